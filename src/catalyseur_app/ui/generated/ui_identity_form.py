# Generated from forms/identity_form.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfileIdentity(object):
    def setupUi(self, ProfileIdentity):
        if not ProfileIdentity.objectName():
            ProfileIdentity.setObjectName(u"ProfileIdentity")
        self.layout = QVBoxLayout(ProfileIdentity)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProfileIdentity)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.fullName = QLineEdit(ProfileIdentity)
        self.fullName.setObjectName(u"fullName")
        self.fullName.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.structureLabel = QLabel(ProfileIdentity)
        self.structureLabel.setObjectName(u"structureLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.structureLabel)

        self.structure = QLineEdit(ProfileIdentity)
        self.structure.setObjectName(u"structure")
        self.structure.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.structure)

        self.emailLabel = QLabel(ProfileIdentity)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(ProfileIdentity)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)


        self.layout.addLayout(self.form)

        self.error = QLabel(ProfileIdentity)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.fullName)
        self.structureLabel.setBuddy(self.structure)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullName, self.structure)
        QWidget.setTabOrder(self.structure, self.email)

        self.retranslateUi(ProfileIdentity)

        QMetaObject.connectSlotsByName(ProfileIdentity)
    # setupUi

    def retranslateUi(self, ProfileIdentity):
        self.nameLabel.setText(QCoreApplication.translate("ProfileIdentity", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.fullName.setAccessibleName(QCoreApplication.translate("ProfileIdentity", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.fullName.setPlaceholderText(QCoreApplication.translate("ProfileIdentity", u"First name and last name", None))
        self.structureLabel.setText(QCoreApplication.translate("ProfileIdentity", u"&Structure:", None))
#if QT_CONFIG(accessibility)
        self.structure.setAccessibleName(QCoreApplication.translate("ProfileIdentity", u"Your structure", None))
#endif // QT_CONFIG(accessibility)
        self.structure.setPlaceholderText(QCoreApplication.translate("ProfileIdentity", u"The organisation you work for", None))
        self.emailLabel.setText(QCoreApplication.translate("ProfileIdentity", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("ProfileIdentity", u"Your e-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.email.setPlaceholderText(QCoreApplication.translate("ProfileIdentity", u"name@example.org", None))
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("ProfileIdentity", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

