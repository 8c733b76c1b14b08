# Generated from forms/exchanges.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchanges.ui'
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
        ExchangesPage.resize(780, 620)
        self.pageLayout = QVBoxLayout(ExchangesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ExchangesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.boxesLayout = QHBoxLayout()
        self.boxesLayout.setObjectName(u"boxesLayout")
        self.sendBox = QGroupBox(ExchangesPage)
        self.sendBox.setObjectName(u"sendBox")
        self.sendLayout = QVBoxLayout(self.sendBox)
        self.sendLayout.setObjectName(u"sendLayout")
        self.sendLabel = QLabel(self.sendBox)
        self.sendLabel.setObjectName(u"sendLabel")
        self.sendLabel.setWordWrap(True)

        self.sendLayout.addWidget(self.sendLabel)

        self.fullCheck = QCheckBox(self.sendBox)
        self.fullCheck.setObjectName(u"fullCheck")

        self.sendLayout.addWidget(self.fullCheck)

        self.contactsCheck = QCheckBox(self.sendBox)
        self.contactsCheck.setObjectName(u"contactsCheck")

        self.sendLayout.addWidget(self.contactsCheck)

        self.prepareRow = QHBoxLayout()
        self.prepareRow.setObjectName(u"prepareRow")
        self.prepareSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prepareRow.addItem(self.prepareSpacer)

        self.prepareButton = QPushButton(self.sendBox)
        self.prepareButton.setObjectName(u"prepareButton")

        self.prepareRow.addWidget(self.prepareButton)


        self.sendLayout.addLayout(self.prepareRow)


        self.boxesLayout.addWidget(self.sendBox)

        self.receiveBox = QGroupBox(ExchangesPage)
        self.receiveBox.setObjectName(u"receiveBox")
        self.receiveLayout = QVBoxLayout(self.receiveBox)
        self.receiveLayout.setObjectName(u"receiveLayout")
        self.receiveLabel = QLabel(self.receiveBox)
        self.receiveLabel.setObjectName(u"receiveLabel")
        self.receiveLabel.setWordWrap(True)

        self.receiveLayout.addWidget(self.receiveLabel)

        self.receiveStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.receiveLayout.addItem(self.receiveStretch)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importRow.addItem(self.importSpacer)

        self.importButton = QPushButton(self.receiveBox)
        self.importButton.setObjectName(u"importButton")

        self.importRow.addWidget(self.importButton)


        self.receiveLayout.addLayout(self.importRow)

        self.packRow = QHBoxLayout()
        self.packRow.setObjectName(u"packRow")
        self.packSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packRow.addItem(self.packSpacer)

        self.packButton = QPushButton(self.receiveBox)
        self.packButton.setObjectName(u"packButton")

        self.packRow.addWidget(self.packButton)


        self.receiveLayout.addLayout(self.packRow)


        self.boxesLayout.addWidget(self.receiveBox)


        self.pageLayout.addLayout(self.boxesLayout)

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
        self.ledgerTable.setWordWrap(False)

        self.ledgerLayout.addWidget(self.ledgerTable)

        self.tabs.addTab(self.ledgerTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsHelp = QLabel(self.conflictsTab)
        self.conflictsHelp.setObjectName(u"conflictsHelp")
        self.conflictsHelp.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsHelp)

        self.conflictsTable = QTableView(self.conflictsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setWordWrap(False)

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

        self.conflictsLayout.setStretch(1, 1)
        self.tabs.addTab(self.conflictsTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.pageLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.fullCheck, self.contactsCheck)
        QWidget.setTabOrder(self.contactsCheck, self.prepareButton)
        QWidget.setTabOrder(self.prepareButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.packButton)
        QWidget.setTabOrder(self.packButton, self.tabs)
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
        self.sendBox.setTitle(QCoreApplication.translate("ExchangesPage", u"Send to the foundation or to another computer", None))
        self.sendLabel.setText(QCoreApplication.translate("ExchangesPage", u"One Excel file with what changed since the last file made here.", None))
        self.fullCheck.setText(QCoreApplication.translate("ExchangesPage", u"Send e&verything (not only the changes)", None))
        self.contactsCheck.setText(QCoreApplication.translate("ExchangesPage", u"Include the &details of contacts who gave their consent", None))
        self.prepareButton.setText(QCoreApplication.translate("ExchangesPage", u"&Prepare the file to send\u2026", None))
        self.receiveBox.setTitle(QCoreApplication.translate("ExchangesPage", u"Receive", None))
        self.receiveLabel.setText(QCoreApplication.translate("ExchangesPage", u"Import a file made on another computer: you see what will change before anything changes.", None))
        self.importButton.setText(QCoreApplication.translate("ExchangesPage", u"&Import a file\u2026", None))
        self.packButton.setText(QCoreApplication.translate("ExchangesPage", u"Receive a pack from the Fo&undation\u2026", None))
#if QT_CONFIG(accessibility)
        self.ledgerTable.setAccessibleName(QCoreApplication.translate("ExchangesPage", u"Files made on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ledgerTab), QCoreApplication.translate("ExchangesPage", u"Files sen&t", None))
        self.conflictsHelp.setText(QCoreApplication.translate("ExchangesPage", u"Records changed on both sides. The automatic choice has been applied; choose another version if it is not the right one.", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("ExchangesPage", u"Records changed on both sides", None))
#endif // QT_CONFIG(accessibility)
        self.keepMineButton.setText(QCoreApplication.translate("ExchangesPage", u"Keep &mine", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ExchangesPage", u"Take thei&rs", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("ExchangesPage", u"&Conflicts to review", None))
        pass
    # retranslateUi

