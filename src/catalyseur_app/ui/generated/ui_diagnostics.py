# Generated from forms/diagnostics.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostics.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DiagnosticsPage(object):
    def setupUi(self, DiagnosticsPage):
        if not DiagnosticsPage.objectName():
            DiagnosticsPage.setObjectName(u"DiagnosticsPage")
        self.layout = QVBoxLayout(DiagnosticsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(DiagnosticsPage)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.title = QLabel(self.listPage)
        self.title.setObjectName(u"title")

        self.listLayout.addWidget(self.title)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.newButton = QPushButton(self.listPage)
        self.newButton.setObjectName(u"newButton")

        self.actions.addWidget(self.newButton)

        self.openButton = QPushButton(self.listPage)
        self.openButton.setObjectName(u"openButton")

        self.actions.addWidget(self.openButton)

        self.reportButton = QPushButton(self.listPage)
        self.reportButton.setObjectName(u"reportButton")

        self.actions.addWidget(self.reportButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.installKitButton = QPushButton(self.listPage)
        self.installKitButton.setObjectName(u"installKitButton")

        self.actions.addWidget(self.installKitButton)


        self.listLayout.addLayout(self.actions)

        self.table = QTableView(self.listPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)

        self.listLayout.addWidget(self.table)

        self.emptyLabel = QLabel(self.listPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.listPage)
        self.runnerPage = QWidget()
        self.runnerPage.setObjectName(u"runnerPage")
        self.runnerLayout = QVBoxLayout(self.runnerPage)
        self.runnerLayout.setObjectName(u"runnerLayout")
        self.runnerLayout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.runnerPage)

        self.layout.addWidget(self.stack)

        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.installKitButton)
        QWidget.setTabOrder(self.installKitButton, self.table)

        self.retranslateUi(DiagnosticsPage)

        QMetaObject.connectSlotsByName(DiagnosticsPage)
    # setupUi

    def retranslateUi(self, DiagnosticsPage):
        self.title.setText(QCoreApplication.translate("DiagnosticsPage", u"<h2>Diagnostics \u201csortie de crise\u201d</h2>", None))
        self.newButton.setText(QCoreApplication.translate("DiagnosticsPage", u"&New diagnostic\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DiagnosticsPage", u"&Open", None))
        self.reportButton.setText(QCoreApplication.translate("DiagnosticsPage", u"PDF &report\u2026", None))
        self.installKitButton.setText(QCoreApplication.translate("DiagnosticsPage", u"&Install a kit\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DiagnosticsPage", u"Diagnostics", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("DiagnosticsPage", u"No diagnostic yet. Press Ctrl+N to start one with a commune.", None))
        pass
    # retranslateUi

