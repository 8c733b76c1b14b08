# Generated from forms/diagnostic_new.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostic_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.commune_picker import CommunePicker
from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_NewDiagnosticDialog(object):
    def setupUi(self, NewDiagnosticDialog):
        if not NewDiagnosticDialog.objectName():
            NewDiagnosticDialog.setObjectName(u"NewDiagnosticDialog")
        NewDiagnosticDialog.resize(620, 560)
        self.layout = QVBoxLayout(NewDiagnosticDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.communeLabel = QLabel(NewDiagnosticDialog)
        self.communeLabel.setObjectName(u"communeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.commune = CommunePicker(NewDiagnosticDialog)
        self.commune.setObjectName(u"commune")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune)

        self.communeChosen = QLabel(NewDiagnosticDialog)
        self.communeChosen.setObjectName(u"communeChosen")
        self.communeChosen.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.communeChosen)

        self.kitLabel = QLabel(NewDiagnosticDialog)
        self.kitLabel.setObjectName(u"kitLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kitLabel)

        self.kit = QComboBox(NewDiagnosticDialog)
        self.kit.setObjectName(u"kit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kit)

        self.dateLabel = QLabel(NewDiagnosticDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateField(NewDiagnosticDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date)


        self.layout.addLayout(self.form)

        self.participantsBox = QGroupBox(NewDiagnosticDialog)
        self.participantsBox.setObjectName(u"participantsBox")
        self.participantsLayout = QVBoxLayout(self.participantsBox)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.contactsLabel = QLabel(self.participantsBox)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.participantsLayout.addWidget(self.contactsLabel)

        self.contacts = QListView(self.participantsBox)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.participantsLayout.addWidget(self.contacts)

        self.freeRow = QHBoxLayout()
        self.freeRow.setObjectName(u"freeRow")
        self.freeNameLabel = QLabel(self.participantsBox)
        self.freeNameLabel.setObjectName(u"freeNameLabel")

        self.freeRow.addWidget(self.freeNameLabel)

        self.freeName = QLineEdit(self.participantsBox)
        self.freeName.setObjectName(u"freeName")

        self.freeRow.addWidget(self.freeName)

        self.freeRole = QLineEdit(self.participantsBox)
        self.freeRole.setObjectName(u"freeRole")

        self.freeRow.addWidget(self.freeRole)

        self.addFree = QPushButton(self.participantsBox)
        self.addFree.setObjectName(u"addFree")
        self.addFree.setAutoDefault(False)

        self.freeRow.addWidget(self.addFree)


        self.participantsLayout.addLayout(self.freeRow)

        self.freeNames = QListView(self.participantsBox)
        self.freeNames.setObjectName(u"freeNames")
        self.freeNames.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.freeNames.setMaximumSize(QSize(16777215, 100))

        self.participantsLayout.addWidget(self.freeNames)

        self.removeFree = QPushButton(self.participantsBox)
        self.removeFree.setObjectName(u"removeFree")
        self.removeFree.setAutoDefault(False)

        self.participantsLayout.addWidget(self.removeFree)


        self.layout.addWidget(self.participantsBox)

        self.buttons = QDialogButtonBox(NewDiagnosticDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.communeLabel.setBuddy(self.commune)
        self.kitLabel.setBuddy(self.kit)
        self.dateLabel.setBuddy(self.date)
        self.contactsLabel.setBuddy(self.contacts)
        self.freeNameLabel.setBuddy(self.freeName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commune, self.kit)
        QWidget.setTabOrder(self.kit, self.date)
        QWidget.setTabOrder(self.date, self.contacts)
        QWidget.setTabOrder(self.contacts, self.freeName)
        QWidget.setTabOrder(self.freeName, self.freeRole)
        QWidget.setTabOrder(self.freeRole, self.addFree)
        QWidget.setTabOrder(self.addFree, self.freeNames)
        QWidget.setTabOrder(self.freeNames, self.removeFree)

        self.retranslateUi(NewDiagnosticDialog)
        self.buttons.rejected.connect(NewDiagnosticDialog.reject)

        QMetaObject.connectSlotsByName(NewDiagnosticDialog)
    # setupUi

    def retranslateUi(self, NewDiagnosticDialog):
        NewDiagnosticDialog.setWindowTitle(QCoreApplication.translate("NewDiagnosticDialog", u"New diagnostic", None))
        self.communeLabel.setText(QCoreApplication.translate("NewDiagnosticDialog", u"&Commune:", None))
#if QT_CONFIG(accessibility)
        self.commune.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Commune", None))
#endif // QT_CONFIG(accessibility)
        self.commune.setPlaceholderText(QCoreApplication.translate("NewDiagnosticDialog", u"Name, INSEE code or postal code, e.g. Saint-Flour", None))
        self.kitLabel.setText(QCoreApplication.translate("NewDiagnosticDialog", u"&Kit:", None))
#if QT_CONFIG(accessibility)
        self.kit.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Kit", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("NewDiagnosticDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Date of the diagnostic", None))
#endif // QT_CONFIG(accessibility)
        self.participantsBox.setTitle(QCoreApplication.translate("NewDiagnosticDialog", u"Participants", None))
        self.contactsLabel.setText(QCoreApplication.translate("NewDiagnosticDialog", u"C&ontacts of the actors of the commune (Space to tick):", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Contacts of the commune", None))
#endif // QT_CONFIG(accessibility)
        self.freeNameLabel.setText(QCoreApplication.translate("NewDiagnosticDialog", u"Other &person:", None))
#if QT_CONFIG(accessibility)
        self.freeName.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Name of another participant", None))
#endif // QT_CONFIG(accessibility)
        self.freeName.setPlaceholderText(QCoreApplication.translate("NewDiagnosticDialog", u"First and last name", None))
#if QT_CONFIG(accessibility)
        self.freeRole.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Role of the participant", None))
#endif // QT_CONFIG(accessibility)
        self.freeRole.setPlaceholderText(QCoreApplication.translate("NewDiagnosticDialog", u"Role, e.g. deputy mayor", None))
        self.addFree.setText(QCoreApplication.translate("NewDiagnosticDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.freeNames.setAccessibleName(QCoreApplication.translate("NewDiagnosticDialog", u"Other participants", None))
#endif // QT_CONFIG(accessibility)
        self.removeFree.setText(QCoreApplication.translate("NewDiagnosticDialog", u"&Remove the selected person", None))
    # retranslateUi

