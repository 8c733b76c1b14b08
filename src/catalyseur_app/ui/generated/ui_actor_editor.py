# Generated from forms/actor_editor.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actor_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from catalyseur_app.ui.widgets.commune_picker import CommunePicker
from catalyseur_app.ui.widgets.search_box import SearchBox

class Ui_ActorEditor(object):
    def setupUi(self, ActorEditor):
        if not ActorEditor.objectName():
            ActorEditor.setObjectName(u"ActorEditor")
        self.layout = QVBoxLayout(ActorEditor)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ActorEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.heading)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.nameLabel = QLabel(ActorEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(ActorEditor)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 0, 1, 1, 1)

        self.nameError = QLabel(ActorEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.grid.addWidget(self.nameError, 1, 1, 1, 1)

        self.kindLabel = QLabel(ActorEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kind = QComboBox(ActorEditor)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 2, 1, 1, 1)

        self.kindError = QLabel(ActorEditor)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.grid.addWidget(self.kindError, 3, 1, 1, 1)

        self.communeLabel = QLabel(ActorEditor)
        self.communeLabel.setObjectName(u"communeLabel")

        self.grid.addWidget(self.communeLabel, 4, 0, 1, 1)

        self.commune = CommunePicker(ActorEditor)
        self.commune.setObjectName(u"commune")

        self.grid.addWidget(self.commune, 4, 1, 1, 1)

        self.communeError = QLabel(ActorEditor)
        self.communeError.setObjectName(u"communeError")
        self.communeError.setWordWrap(True)

        self.grid.addWidget(self.communeError, 5, 1, 1, 1)

        self.addressLabel = QLabel(ActorEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.grid.addWidget(self.addressLabel, 6, 0, 1, 1)

        self.address = QPlainTextEdit(ActorEditor)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 60))

        self.grid.addWidget(self.address, 6, 1, 1, 1)

        self.addressError = QLabel(ActorEditor)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.grid.addWidget(self.addressError, 7, 1, 1, 1)

        self.sirenLabel = QLabel(ActorEditor)
        self.sirenLabel.setObjectName(u"sirenLabel")

        self.grid.addWidget(self.sirenLabel, 8, 0, 1, 1)

        self.siren = QLineEdit(ActorEditor)
        self.siren.setObjectName(u"siren")

        self.grid.addWidget(self.siren, 8, 1, 1, 1)

        self.sirenError = QLabel(ActorEditor)
        self.sirenError.setObjectName(u"sirenError")
        self.sirenError.setWordWrap(True)

        self.grid.addWidget(self.sirenError, 9, 1, 1, 1)

        self.websiteLabel = QLabel(ActorEditor)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.grid.addWidget(self.websiteLabel, 10, 0, 1, 1)

        self.website = QLineEdit(ActorEditor)
        self.website.setObjectName(u"website")

        self.grid.addWidget(self.website, 10, 1, 1, 1)

        self.websiteError = QLabel(ActorEditor)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setWordWrap(True)

        self.grid.addWidget(self.websiteError, 11, 1, 1, 1)

        self.notesLabel = QLabel(ActorEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.grid.addWidget(self.notesLabel, 12, 0, 1, 1)

        self.notes = QPlainTextEdit(ActorEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.grid.addWidget(self.notes, 12, 1, 1, 1)

        self.notesError = QLabel(ActorEditor)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.grid.addWidget(self.notesError, 13, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.duplicateFrame = QFrame(ActorEditor)
        self.duplicateFrame.setObjectName(u"duplicateFrame")
        self.duplicateFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicateLayout = QVBoxLayout(self.duplicateFrame)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLabel = QLabel(self.duplicateFrame)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)

        self.duplicateLayout.addWidget(self.duplicateLabel)

        self.duplicateButtons = QHBoxLayout()
        self.duplicateButtons.setObjectName(u"duplicateButtons")
        self.openDuplicateButton = QPushButton(self.duplicateFrame)
        self.openDuplicateButton.setObjectName(u"openDuplicateButton")

        self.duplicateButtons.addWidget(self.openDuplicateButton)

        self.createAnywayButton = QPushButton(self.duplicateFrame)
        self.createAnywayButton.setObjectName(u"createAnywayButton")

        self.duplicateButtons.addWidget(self.createAnywayButton)

        self.dupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicateButtons.addItem(self.dupSpacer)


        self.duplicateLayout.addLayout(self.duplicateButtons)


        self.layout.addWidget(self.duplicateFrame)

        self.statusLabel = QLabel(ActorEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(ActorEditor)
        self.revertButton.setObjectName(u"revertButton")

        self.buttons.addWidget(self.revertButton)

        self.saveButton = QPushButton(ActorEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.communeLabel.setBuddy(self.commune)
        self.addressLabel.setBuddy(self.address)
        self.sirenLabel.setBuddy(self.siren)
        self.websiteLabel.setBuddy(self.website)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActorEditor)

        QMetaObject.connectSlotsByName(ActorEditor)
    # setupUi

    def retranslateUi(self, ActorEditor):
        self.heading.setText(QCoreApplication.translate("ActorEditor", u"New actor", None))
        self.nameLabel.setText(QCoreApplication.translate("ActorEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("ActorEditor", u"e.g. Mairie de Vabre, Association Les Jardins du Lac", None))
        self.kindLabel.setText(QCoreApplication.translate("ActorEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.communeLabel.setText(QCoreApplication.translate("ActorEditor", u"&Commune:", None))
#if QT_CONFIG(accessibility)
        self.commune.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Commune", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ActorEditor", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.sirenLabel.setText(QCoreApplication.translate("ActorEditor", u"&SIREN / SIRET:", None))
#if QT_CONFIG(accessibility)
        self.siren.setAccessibleName(QCoreApplication.translate("ActorEditor", u"SIREN / SIRET", None))
#endif // QT_CONFIG(accessibility)
        self.siren.setPlaceholderText(QCoreApplication.translate("ActorEditor", u"9 or 14 digits", None))
        self.websiteLabel.setText(QCoreApplication.translate("ActorEditor", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.website.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website.setPlaceholderText(QCoreApplication.translate("ActorEditor", u"https://", None))
        self.notesLabel.setText(QCoreApplication.translate("ActorEditor", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.openDuplicateButton.setText(QCoreApplication.translate("ActorEditor", u"Open the existing actor", None))
        self.createAnywayButton.setText(QCoreApplication.translate("ActorEditor", u"Create anyway", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ActorEditor", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("ActorEditor", u"&Discard the changes", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("ActorEditor", u"Go back to the record as it was last saved (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ActorEditor", u"Sa&ve", None))
        pass
    # retranslateUi

