# Generated from forms/actors.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actors.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.commune_picker import CommunePicker
from catalyseur_app.ui.widgets.search_box import SearchBox

class Ui_ActorsPage(object):
    def setupUi(self, ActorsPage):
        if not ActorsPage.objectName():
            ActorsPage.setObjectName(u"ActorsPage")
        ActorsPage.resize(1100, 700)
        self.layout = QVBoxLayout(ActorsPage)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.search = SearchBox(ActorsPage)
        self.search.setObjectName(u"search")

        self.toolbar.addWidget(self.search)

        self.kindFilter = QComboBox(ActorsPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.toolbar.addWidget(self.kindFilter)

        self.communeFilter = CommunePicker(ActorsPage)
        self.communeFilter.setObjectName(u"communeFilter")

        self.toolbar.addWidget(self.communeFilter)

        self.toolbar.setStretch(0, 3)
        self.toolbar.setStretch(2, 2)

        self.layout.addLayout(self.toolbar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ActorsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(ActorsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.mergeButton = QPushButton(ActorsPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonRow.addWidget(self.mergeButton)

        self.trashButton = QPushButton(ActorsPage)
        self.trashButton.setObjectName(u"trashButton")
        self.trashButton.setCheckable(True)

        self.buttonRow.addWidget(self.trashButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.splitter = QSplitter(ActorsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listStack = QStackedWidget(self.splitter)
        self.listStack.setObjectName(u"listStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, -1, -1, -1)
        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.table = QTableView(self.listPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)

        self.listLayout.addWidget(self.table)

        self.listStack.addWidget(self.listPage)
        self.trashPage = QWidget()
        self.trashPage.setObjectName(u"trashPage")
        self.trashLayout = QVBoxLayout(self.trashPage)
        self.trashLayout.setObjectName(u"trashLayout")
        self.trashLayout.setContentsMargins(0, -1, -1, -1)
        self.trashLabel = QLabel(self.trashPage)
        self.trashLabel.setObjectName(u"trashLabel")
        self.trashLabel.setWordWrap(True)

        self.trashLayout.addWidget(self.trashLabel)

        self.trashTable = QTableView(self.trashPage)
        self.trashTable.setObjectName(u"trashTable")
        self.trashTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trashTable.setSortingEnabled(True)

        self.trashLayout.addWidget(self.trashTable)

        self.trashButtons = QHBoxLayout()
        self.trashButtons.setObjectName(u"trashButtons")
        self.restoreButton = QPushButton(self.trashPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.trashButtons.addWidget(self.restoreButton)

        self.emptyTrashButton = QPushButton(self.trashPage)
        self.emptyTrashButton.setObjectName(u"emptyTrashButton")

        self.trashButtons.addWidget(self.emptyTrashButton)

        self.trashSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trashButtons.addItem(self.trashSpacer)


        self.trashLayout.addLayout(self.trashButtons)

        self.listStack.addWidget(self.trashPage)
        self.splitter.addWidget(self.listStack)
        self.detailTabs = QTabWidget(self.splitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.actorTab = QWidget()
        self.actorTab.setObjectName(u"actorTab")
        self.actorTabLayout = QVBoxLayout(self.actorTab)
        self.actorTabLayout.setObjectName(u"actorTabLayout")
        self.detailTabs.addTab(self.actorTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactsTab)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.editContactButton = QPushButton(self.contactsTab)
        self.editContactButton.setObjectName(u"editContactButton")

        self.contactButtons.addWidget(self.editContactButton)

        self.exportContactButton = QPushButton(self.contactsTab)
        self.exportContactButton.setObjectName(u"exportContactButton")

        self.contactButtons.addWidget(self.exportContactButton)

        self.eraseContactButton = QPushButton(self.contactsTab)
        self.eraseContactButton.setObjectName(u"eraseContactButton")

        self.contactButtons.addWidget(self.eraseContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contactsTable = QTableView(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setSortingEnabled(True)

        self.contactsLayout.addWidget(self.contactsTable)

        self.detailTabs.addTab(self.contactsTab, "")
        self.splitter.addWidget(self.detailTabs)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(ActorsPage)

        QMetaObject.connectSlotsByName(ActorsPage)
    # setupUi

    def retranslateUi(self, ActorsPage):
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("ActorsPage", u"Filter by kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.communeFilter.setAccessibleName(QCoreApplication.translate("ActorsPage", u"Filter by commune", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ActorsPage", u"New actor", None))
        self.deleteButton.setText(QCoreApplication.translate("ActorsPage", u"Delete", None))
        self.mergeButton.setText(QCoreApplication.translate("ActorsPage", u"&Merge\u2026", None))
        self.trashButton.setText(QCoreApplication.translate("ActorsPage", u"Tras&h", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ActorsPage", u"Actors", None))
#endif // QT_CONFIG(accessibility)
        self.trashLabel.setText(QCoreApplication.translate("ActorsPage", u"Deleted records can be restored until the trash is emptied.", None))
#if QT_CONFIG(accessibility)
        self.trashTable.setAccessibleName(QCoreApplication.translate("ActorsPage", u"Trash", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("ActorsPage", u"R&estore", None))
        self.emptyTrashButton.setText(QCoreApplication.translate("ActorsPage", u"Em&pty the trash\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.actorTab), QCoreApplication.translate("ActorsPage", u"&Record", None))
        self.addContactButton.setText(QCoreApplication.translate("ActorsPage", u"&New contact\u2026", None))
        self.editContactButton.setText(QCoreApplication.translate("ActorsPage", u"Ed&it\u2026", None))
        self.exportContactButton.setText(QCoreApplication.translate("ActorsPage", u"E&xport\u2026", None))
        self.eraseContactButton.setText(QCoreApplication.translate("ActorsPage", u"Era&se\u2026", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("ActorsPage", u"Contacts of the actor", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.contactsTab), QCoreApplication.translate("ActorsPage", u"Con&tacts", None))
        pass
    # retranslateUi

