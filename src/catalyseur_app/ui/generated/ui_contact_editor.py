# Generated from forms/contact_editor.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from catalyseur_app.ui.widgets.commune_picker import CommunePicker
from catalyseur_app.ui.widgets.search_box import SearchBox
from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(520, 520)
        self.layout = QVBoxLayout(ContactEditor)
        self.layout.setObjectName(u"layout")
        self.privacyNote = QLabel(ContactEditor)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.layout.addWidget(self.privacyNote)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.fullNameLabel = QLabel(ContactEditor)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.grid.addWidget(self.fullNameLabel, 0, 0, 1, 1)

        self.fullName = QLineEdit(ContactEditor)
        self.fullName.setObjectName(u"fullName")

        self.grid.addWidget(self.fullName, 0, 1, 1, 1)

        self.fullNameError = QLabel(ContactEditor)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)

        self.grid.addWidget(self.fullNameError, 1, 1, 1, 1)

        self.roleLabel = QLabel(ContactEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.grid.addWidget(self.roleLabel, 2, 0, 1, 1)

        self.role = QComboBox(ContactEditor)
        self.role.setObjectName(u"role")

        self.grid.addWidget(self.role, 2, 1, 1, 1)

        self.roleError = QLabel(ContactEditor)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.grid.addWidget(self.roleError, 3, 1, 1, 1)

        self.emailLabel = QLabel(ContactEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.grid.addWidget(self.emailLabel, 4, 0, 1, 1)

        self.email = QLineEdit(ContactEditor)
        self.email.setObjectName(u"email")

        self.grid.addWidget(self.email, 4, 1, 1, 1)

        self.emailError = QLabel(ContactEditor)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.grid.addWidget(self.emailError, 5, 1, 1, 1)

        self.phoneLabel = QLabel(ContactEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.grid.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phone = QLineEdit(ContactEditor)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 6, 1, 1, 1)

        self.phoneError = QLabel(ContactEditor)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.grid.addWidget(self.phoneError, 7, 1, 1, 1)

        self.consentGivenLabel = QLabel(ContactEditor)
        self.consentGivenLabel.setObjectName(u"consentGivenLabel")

        self.grid.addWidget(self.consentGivenLabel, 8, 0, 1, 1)

        self.consentGiven = QCheckBox(ContactEditor)
        self.consentGiven.setObjectName(u"consentGiven")

        self.grid.addWidget(self.consentGiven, 8, 1, 1, 1)

        self.consentGivenError = QLabel(ContactEditor)
        self.consentGivenError.setObjectName(u"consentGivenError")
        self.consentGivenError.setWordWrap(True)

        self.grid.addWidget(self.consentGivenError, 9, 1, 1, 1)

        self.consentDateLabel = QLabel(ContactEditor)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.grid.addWidget(self.consentDateLabel, 10, 0, 1, 1)

        self.consentDate = DateField(ContactEditor)
        self.consentDate.setObjectName(u"consentDate")

        self.grid.addWidget(self.consentDate, 10, 1, 1, 1)

        self.consentDateError = QLabel(ContactEditor)
        self.consentDateError.setObjectName(u"consentDateError")
        self.consentDateError.setWordWrap(True)

        self.grid.addWidget(self.consentDateError, 11, 1, 1, 1)

        self.consentSourceLabel = QLabel(ContactEditor)
        self.consentSourceLabel.setObjectName(u"consentSourceLabel")

        self.grid.addWidget(self.consentSourceLabel, 12, 0, 1, 1)

        self.consentSource = QComboBox(ContactEditor)
        self.consentSource.setObjectName(u"consentSource")

        self.grid.addWidget(self.consentSource, 12, 1, 1, 1)

        self.consentSourceError = QLabel(ContactEditor)
        self.consentSourceError.setObjectName(u"consentSourceError")
        self.consentSourceError.setWordWrap(True)

        self.grid.addWidget(self.consentSourceError, 13, 1, 1, 1)

        self.notesLabel = QLabel(ContactEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.grid.addWidget(self.notesLabel, 14, 0, 1, 1)

        self.notes = QPlainTextEdit(ContactEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.grid.addWidget(self.notes, 14, 1, 1, 1)

        self.notesError = QLabel(ContactEditor)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.grid.addWidget(self.notesError, 15, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.buttonBox = QDialogButtonBox(ContactEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullName)
        self.roleLabel.setBuddy(self.role)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.consentGivenLabel.setBuddy(self.consentGiven)
        self.consentDateLabel.setBuddy(self.consentDate)
        self.consentSourceLabel.setBuddy(self.consentSource)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"Contact", None))
        self.privacyNote.setText(QCoreApplication.translate("ContactEditor", u"Personal data: record only what is useful, with the person's consent.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("ContactEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.fullName.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ContactEditor", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ContactEditor", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("ContactEditor", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.email.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"first.last@example.fr", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactEditor", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"01 23 45 67 89", None))
        self.consentGivenLabel.setText(QCoreApplication.translate("ContactEditor", u"Consent:", None))
#if QT_CONFIG(accessibility)
        self.consentGiven.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Consent", None))
#endif // QT_CONFIG(accessibility)
        self.consentGiven.setText(QCoreApplication.translate("ContactEditor", u"&Consent recorded", None))
        self.consentDateLabel.setText(QCoreApplication.translate("ContactEditor", u"Consent &date:", None))
#if QT_CONFIG(accessibility)
        self.consentDate.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Consent date", None))
#endif // QT_CONFIG(accessibility)
        self.consentSourceLabel.setText(QCoreApplication.translate("ContactEditor", u"Consent &given by:", None))
#if QT_CONFIG(accessibility)
        self.consentSource.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Consent given by", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ContactEditor", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

