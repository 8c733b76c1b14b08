# Generated from forms/exchange_preview.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_preview.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ExchangePreviewDialog(object):
    def setupUi(self, ExchangePreviewDialog):
        if not ExchangePreviewDialog.objectName():
            ExchangePreviewDialog.setObjectName(u"ExchangePreviewDialog")
        ExchangePreviewDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(ExchangePreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ExchangePreviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ExchangePreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.conflictsLabel = QLabel(ExchangePreviewDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableView(ExchangePreviewDialog)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.conflictsTable)

        self.choiceButtons = QHBoxLayout()
        self.choiceButtons.setObjectName(u"choiceButtons")
        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceButtons.addItem(self.choiceSpacer)

        self.keepMineButton = QPushButton(ExchangePreviewDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.choiceButtons.addWidget(self.keepMineButton)

        self.takeTheirsButton = QPushButton(ExchangePreviewDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.choiceButtons.addWidget(self.takeTheirsButton)


        self.dialogLayout.addLayout(self.choiceButtons)

        self.applyLabel = QLabel(ExchangePreviewDialog)
        self.applyLabel.setObjectName(u"applyLabel")
        self.applyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.applyLabel)

        self.buttons = QDialogButtonBox(ExchangePreviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.conflictsTable, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.takeTheirsButton)
        QWidget.setTabOrder(self.takeTheirsButton, self.buttons)

        self.retranslateUi(ExchangePreviewDialog)

        QMetaObject.connectSlotsByName(ExchangePreviewDialog)
    # setupUi

    def retranslateUi(self, ExchangePreviewDialog):
        ExchangePreviewDialog.setWindowTitle(QCoreApplication.translate("ExchangePreviewDialog", u"Import preview", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("ExchangePreviewDialog", u"Conflicts and the version to keep", None))
#endif // QT_CONFIG(accessibility)
        self.keepMineButton.setText(QCoreApplication.translate("ExchangePreviewDialog", u"Keep &mine", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ExchangePreviewDialog", u"Take thei&rs", None))
    # retranslateUi

