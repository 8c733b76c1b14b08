# Generated from forms/diagnostic_results.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostic_results.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DiagnosticResults(object):
    def setupUi(self, DiagnosticResults):
        if not DiagnosticResults.objectName():
            DiagnosticResults.setObjectName(u"DiagnosticResults")
        self.layout = QVBoxLayout(DiagnosticResults)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(DiagnosticResults)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.summary)

        self.scoresRow = QHBoxLayout()
        self.scoresRow.setObjectName(u"scoresRow")
        self.scores = QTableView(DiagnosticResults)
        self.scores.setObjectName(u"scores")
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.scoresRow.addWidget(self.scores)

        self.chartHost = QWidget(DiagnosticResults)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(360, 320))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.scoresRow.addWidget(self.chartHost)

        self.scoresRow.setStretch(0, 2)
        self.scoresRow.setStretch(1, 3)

        self.layout.addLayout(self.scoresRow)

        self.conclusionRow = QHBoxLayout()
        self.conclusionRow.setObjectName(u"conclusionRow")
        self.prioritiesBox = QGroupBox(DiagnosticResults)
        self.prioritiesBox.setObjectName(u"prioritiesBox")
        self.prioritiesLayout = QVBoxLayout(self.prioritiesBox)
        self.prioritiesLayout.setObjectName(u"prioritiesLayout")
        self.priorities = QListView(self.prioritiesBox)
        self.priorities.setObjectName(u"priorities")
        self.priorities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.prioritiesLayout.addWidget(self.priorities)

        self.priorityAddRow = QHBoxLayout()
        self.priorityAddRow.setObjectName(u"priorityAddRow")
        self.voletChoice = QComboBox(self.prioritiesBox)
        self.voletChoice.setObjectName(u"voletChoice")

        self.priorityAddRow.addWidget(self.voletChoice)

        self.addPriority = QPushButton(self.prioritiesBox)
        self.addPriority.setObjectName(u"addPriority")

        self.priorityAddRow.addWidget(self.addPriority)


        self.prioritiesLayout.addLayout(self.priorityAddRow)

        self.priorityButtons = QHBoxLayout()
        self.priorityButtons.setObjectName(u"priorityButtons")
        self.upPriority = QPushButton(self.prioritiesBox)
        self.upPriority.setObjectName(u"upPriority")

        self.priorityButtons.addWidget(self.upPriority)

        self.downPriority = QPushButton(self.prioritiesBox)
        self.downPriority.setObjectName(u"downPriority")

        self.priorityButtons.addWidget(self.downPriority)

        self.removePriority = QPushButton(self.prioritiesBox)
        self.removePriority.setObjectName(u"removePriority")

        self.priorityButtons.addWidget(self.removePriority)

        self.useFlagged = QPushButton(self.prioritiesBox)
        self.useFlagged.setObjectName(u"useFlagged")

        self.priorityButtons.addWidget(self.useFlagged)


        self.prioritiesLayout.addLayout(self.priorityButtons)


        self.conclusionRow.addWidget(self.prioritiesBox)

        self.actionsBox = QGroupBox(DiagnosticResults)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actions = QTableView(self.actionsBox)
        self.actions.setObjectName(u"actions")
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.actionsLayout.addWidget(self.actions)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addAction = QPushButton(self.actionsBox)
        self.addAction.setObjectName(u"addAction")

        self.actionButtons.addWidget(self.addAction)

        self.editAction = QPushButton(self.actionsBox)
        self.editAction.setObjectName(u"editAction")

        self.actionButtons.addWidget(self.editAction)

        self.deleteAction = QPushButton(self.actionsBox)
        self.deleteAction.setObjectName(u"deleteAction")

        self.actionButtons.addWidget(self.deleteAction)


        self.actionsLayout.addLayout(self.actionButtons)


        self.conclusionRow.addWidget(self.actionsBox)


        self.layout.addLayout(self.conclusionRow)

        self.finalRow = QHBoxLayout()
        self.finalRow.setObjectName(u"finalRow")
        self.statusLabel = QLabel(DiagnosticResults)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.finalRow.addWidget(self.statusLabel)

        self.finalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.finalRow.addItem(self.finalSpacer)

        self.reportButton = QPushButton(DiagnosticResults)
        self.reportButton.setObjectName(u"reportButton")

        self.finalRow.addWidget(self.reportButton)

        self.reviseButton = QPushButton(DiagnosticResults)
        self.reviseButton.setObjectName(u"reviseButton")

        self.finalRow.addWidget(self.reviseButton)

        self.finaliseButton = QPushButton(DiagnosticResults)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.finalRow.addWidget(self.finaliseButton)


        self.layout.addLayout(self.finalRow)

        self.layout.setStretch(1, 3)
        self.layout.setStretch(2, 2)

        self.retranslateUi(DiagnosticResults)

        QMetaObject.connectSlotsByName(DiagnosticResults)
    # setupUi

    def retranslateUi(self, DiagnosticResults):
#if QT_CONFIG(accessibility)
        self.scores.setAccessibleName(QCoreApplication.translate("DiagnosticResults", u"Scores per volet", None))
#endif // QT_CONFIG(accessibility)
        self.prioritiesBox.setTitle(QCoreApplication.translate("DiagnosticResults", u"Priorities chosen by the commune", None))
#if QT_CONFIG(accessibility)
        self.priorities.setAccessibleName(QCoreApplication.translate("DiagnosticResults", u"Priorities, most important first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voletChoice.setAccessibleName(QCoreApplication.translate("DiagnosticResults", u"Volet to add as a priority", None))
#endif // QT_CONFIG(accessibility)
        self.addPriority.setText(QCoreApplication.translate("DiagnosticResults", u"&Add", None))
        self.upPriority.setText(QCoreApplication.translate("DiagnosticResults", u"Move &up", None))
        self.downPriority.setText(QCoreApplication.translate("DiagnosticResults", u"Move do&wn", None))
        self.removePriority.setText(QCoreApplication.translate("DiagnosticResults", u"Re&move", None))
        self.useFlagged.setText(QCoreApplication.translate("DiagnosticResults", u"Add the fla&gged volets", None))
#if QT_CONFIG(tooltip)
        self.useFlagged.setToolTip(QCoreApplication.translate("DiagnosticResults", u"Add the volets that the answers flag as priorities", None))
#endif // QT_CONFIG(tooltip)
        self.actionsBox.setTitle(QCoreApplication.translate("DiagnosticResults", u"Action plan", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("DiagnosticResults", u"Action plan", None))
#endif // QT_CONFIG(accessibility)
        self.addAction.setText(QCoreApplication.translate("DiagnosticResults", u"New ac&tion\u2026", None))
        self.editAction.setText(QCoreApplication.translate("DiagnosticResults", u"&Edit\u2026", None))
        self.deleteAction.setText(QCoreApplication.translate("DiagnosticResults", u"&Delete", None))
        self.reportButton.setText(QCoreApplication.translate("DiagnosticResults", u"PDF rep&ort\u2026", None))
        self.reviseButton.setText(QCoreApplication.translate("DiagnosticResults", u"Re&vise", None))
        self.finaliseButton.setText(QCoreApplication.translate("DiagnosticResults", u"&Finalise", None))
        pass
    # retranslateUi

