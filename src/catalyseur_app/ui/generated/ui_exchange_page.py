# Generated from forms/exchange_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ExchangesPage(object):
    def setupUi(self, ExchangesPage):
        if not ExchangesPage.objectName():
            ExchangesPage.setObjectName(u"ExchangesPage")
        ExchangesPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(ExchangesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ExchangesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ExchangesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.sendBox = QGroupBox(ExchangesPage)
        self.sendBox.setObjectName(u"sendBox")
        self.sendLayout = QHBoxLayout(self.sendBox)
        self.sendLayout.setObjectName(u"sendLayout")
        self.fullCheck = QCheckBox(self.sendBox)
        self.fullCheck.setObjectName(u"fullCheck")

        self.sendLayout.addWidget(self.fullCheck)

        self.contactsCheck = QCheckBox(self.sendBox)
        self.contactsCheck.setObjectName(u"contactsCheck")

        self.sendLayout.addWidget(self.contactsCheck)

        self.sendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendLayout.addItem(self.sendSpacer)

        self.prepareButton = QPushButton(self.sendBox)
        self.prepareButton.setObjectName(u"prepareButton")

        self.sendLayout.addWidget(self.prepareButton)

        self.importButton = QPushButton(self.sendBox)
        self.importButton.setObjectName(u"importButton")

        self.sendLayout.addWidget(self.importButton)


        self.pageLayout.addWidget(self.sendBox)

        self.statusLabel = QLabel(ExchangesPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(ExchangesPage)
        self.tabs.setObjectName(u"tabs")
        self.ledgerTab = QWidget()
        self.ledgerTab.setObjectName(u"ledgerTab")
        self.ledgerLayout = QVBoxLayout(self.ledgerTab)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerTable = QTableView(self.ledgerTab)
        self.ledgerTable.setObjectName(u"ledgerTable")
        self.ledgerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerTable.setAlternatingRowColors(True)

        self.ledgerLayout.addWidget(self.ledgerTable)

        self.tabs.addTab(self.ledgerTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsTable = QTableView(self.conflictsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setAlternatingRowColors(True)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)

        self.keepMineButton = QPushButton(self.conflictsTab)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.conflictButtons.addWidget(self.keepMineButton)

        self.takeTheirsButton = QPushButton(self.conflictsTab)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.conflictButtons.addWidget(self.takeTheirsButton)


        self.conflictsLayout.addLayout(self.conflictButtons)

        self.tabs.addTab(self.conflictsTab, "")

        self.pageLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.fullCheck, self.contactsCheck)
        QWidget.setTabOrder(self.contactsCheck, self.prepareButton)
        QWidget.setTabOrder(self.prepareButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.ledgerTable)
        QWidget.setTabOrder(self.ledgerTable, self.conflictsTable)
        QWidget.setTabOrder(self.conflictsTable, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.takeTheirsButton)

        self.retranslateUi(ExchangesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExchangesPage)
    # setupUi

    def retranslateUi(self, ExchangesPage):
        self.titleLabel.setText(QCoreApplication.translate("ExchangesPage", u"<h2>Exchanges</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("ExchangesPage", u"Prepare an Excel file to send to the foundation or to another computer, or import a file received.", None))
        self.sendBox.setTitle(QCoreApplication.translate("ExchangesPage", u"Send", None))
        self.fullCheck.setText(QCoreApplication.translate("ExchangesPage", u"&Everything (not only the changes since the last file)", None))
        self.contactsCheck.setText(QCoreApplication.translate("ExchangesPage", u"Include the &details of contacts who gave their consent", None))
        self.prepareButton.setText(QCoreApplication.translate("ExchangesPage", u"&Prepare the file to send\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ExchangesPage", u"&Import a file\u2026", None))
#if QT_CONFIG(accessibility)
        self.ledgerTable.setAccessibleName(QCoreApplication.translate("ExchangesPage", u"Files made on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ledgerTab), QCoreApplication.translate("ExchangesPage", u"&Files made", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("ExchangesPage", u"Records changed on both sides", None))
#endif // QT_CONFIG(accessibility)
        self.keepMineButton.setText(QCoreApplication.translate("ExchangesPage", u"&Keep mine", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ExchangesPage", u"&Take theirs", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("ExchangesPage", u"&Conflicts to review", None))
        pass
    # retranslateUi

