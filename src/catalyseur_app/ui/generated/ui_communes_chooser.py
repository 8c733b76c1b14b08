# Generated from forms/communes_chooser.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'communes_chooser.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfileCommunes(object):
    def setupUi(self, ProfileCommunes):
        if not ProfileCommunes.objectName():
            ProfileCommunes.setObjectName(u"ProfileCommunes")
        self.layout = QVBoxLayout(ProfileCommunes)
        self.layout.setObjectName(u"layout")
        self.searchLabel = QLabel(ProfileCommunes)
        self.searchLabel.setObjectName(u"searchLabel")

        self.layout.addWidget(self.searchLabel)

        self.search = QLineEdit(ProfileCommunes)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.layout.addWidget(self.search)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.results = QListView(ProfileCommunes)
        self.results.setObjectName(u"results")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.lists.addWidget(self.results)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.topSpacer)

        self.addButton = QPushButton(ProfileCommunes)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(ProfileCommunes)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.bottomSpacer)


        self.lists.addLayout(self.buttons)

        self.chosen = QListView(ProfileCommunes)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.lists.addWidget(self.chosen)


        self.layout.addLayout(self.lists)

        self.hint = QLabel(ProfileCommunes)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.chosen)

        self.retranslateUi(ProfileCommunes)

        QMetaObject.connectSlotsByName(ProfileCommunes)
    # setupUi

    def retranslateUi(self, ProfileCommunes):
        self.searchLabel.setText(QCoreApplication.translate("ProfileCommunes", u"&Find a commune by name, INSEE code or postal code:", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ProfileCommunes", u"Commune search", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ProfileCommunes", u"e.g. Saint-Flour, 15187 or 15100", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("ProfileCommunes", u"Communes found", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProfileCommunes", u"&Add \u2192", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ProfileCommunes", u"Add the commune", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ProfileCommunes", u"\u2190 &Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ProfileCommunes", u"Remove the commune", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chosen.setAccessibleName(QCoreApplication.translate("ProfileCommunes", u"Your communes", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("ProfileCommunes", u"Press Enter or double-click to add a commune. You can change this list later in Settings.", None))
        pass
    # retranslateUi

