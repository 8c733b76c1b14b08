# Generated from forms/partnership_editor.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partnership_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_PartnershipEditor(object):
    def setupUi(self, PartnershipEditor):
        if not PartnershipEditor.objectName():
            PartnershipEditor.setObjectName(u"PartnershipEditor")
        PartnershipEditor.resize(560, 620)
        self.layout = QVBoxLayout(PartnershipEditor)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(PartnershipEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.summaryError = QLabel(PartnershipEditor)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)
        self.summaryError.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.summaryError)

        self.tabs = QTabWidget(PartnershipEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.generalTab)
        self.title.setObjectName(u"title")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(self.generalTab)
        self.titleError.setObjectName(u"titleError")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.formLabel = QLabel(self.generalTab)
        self.formLabel.setObjectName(u"formLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.form = QComboBox(self.generalTab)
        self.form.setObjectName(u"form")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.form)

        self.formError = QLabel(self.generalTab)
        self.formError.setObjectName(u"formError")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formError)

        self.stageLabel = QLabel(self.generalTab)
        self.stageLabel.setObjectName(u"stageLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stage = QComboBox(self.generalTab)
        self.stage.setObjectName(u"stage")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stage)

        self.stageError = QLabel(self.generalTab)
        self.stageError.setObjectName(u"stageError")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stageError)

        self.hasStart = QCheckBox(self.generalTab)
        self.hasStart.setObjectName(u"hasStart")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hasStart)

        self.startDate = DateField(self.generalTab)
        self.startDate.setObjectName(u"startDate")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.hasEnd = QCheckBox(self.generalTab)
        self.hasEnd.setObjectName(u"hasEnd")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hasEnd)

        self.endDate = DateField(self.generalTab)
        self.endDate.setObjectName(u"endDate")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.endDateError = QLabel(self.generalTab)
        self.endDateError.setObjectName(u"endDateError")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endDateError)

        self.inspiring = QCheckBox(self.generalTab)
        self.inspiring.setObjectName(u"inspiring")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.inspiring)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.generalTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.description)

        self.descriptionError = QLabel(self.generalTab)
        self.descriptionError.setObjectName(u"descriptionError")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.tabs.addTab(self.generalTab, "")
        self.partnersTab = QWidget()
        self.partnersTab.setObjectName(u"partnersTab")
        self.partnersLayout = QVBoxLayout(self.partnersTab)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnersHint = QLabel(self.partnersTab)
        self.partnersHint.setObjectName(u"partnersHint")
        self.partnersHint.setWordWrap(True)

        self.partnersLayout.addWidget(self.partnersHint)

        self.addPartnerRow = QHBoxLayout()
        self.addPartnerRow.setObjectName(u"addPartnerRow")
        self.actorPickerHost = QWidget(self.partnersTab)
        self.actorPickerHost.setObjectName(u"actorPickerHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actorPickerHost.sizePolicy().hasHeightForWidth())
        self.actorPickerHost.setSizePolicy(sizePolicy)

        self.addPartnerRow.addWidget(self.actorPickerHost)

        self.partnerRole = QComboBox(self.partnersTab)
        self.partnerRole.setObjectName(u"partnerRole")

        self.addPartnerRow.addWidget(self.partnerRole)

        self.addPartner = QPushButton(self.partnersTab)
        self.addPartner.setObjectName(u"addPartner")

        self.addPartnerRow.addWidget(self.addPartner)


        self.partnersLayout.addLayout(self.addPartnerRow)

        self.partners = QTableView(self.partnersTab)
        self.partners.setObjectName(u"partners")
        self.partners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partners.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.partnersLayout.addWidget(self.partners)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.removePartner = QPushButton(self.partnersTab)
        self.removePartner.setObjectName(u"removePartner")

        self.partnerButtons.addWidget(self.removePartner)

        self.partnerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partnerButtons.addItem(self.partnerSpacer)


        self.partnersLayout.addLayout(self.partnerButtons)

        self.partnersError = QLabel(self.partnersTab)
        self.partnersError.setObjectName(u"partnersError")

        self.partnersLayout.addWidget(self.partnersError)

        self.tabs.addTab(self.partnersTab, "")
        self.territoryTab = QWidget()
        self.territoryTab.setObjectName(u"territoryTab")
        self.territoryLayout = QGridLayout(self.territoryTab)
        self.territoryLayout.setObjectName(u"territoryLayout")
        self.communesLabel = QLabel(self.territoryTab)
        self.communesLabel.setObjectName(u"communesLabel")

        self.territoryLayout.addWidget(self.communesLabel, 0, 0, 1, 2)

        self.communesHost = QWidget(self.territoryTab)
        self.communesHost.setObjectName(u"communesHost")

        self.territoryLayout.addWidget(self.communesHost, 1, 0, 1, 2)

        self.communesError = QLabel(self.territoryTab)
        self.communesError.setObjectName(u"communesError")

        self.territoryLayout.addWidget(self.communesError, 2, 0, 1, 2)

        self.needsLabel = QLabel(self.territoryTab)
        self.needsLabel.setObjectName(u"needsLabel")
        self.needsLabel.setWordWrap(True)

        self.territoryLayout.addWidget(self.needsLabel, 3, 0, 1, 1)

        self.oddsLabel = QLabel(self.territoryTab)
        self.oddsLabel.setObjectName(u"oddsLabel")
        self.oddsLabel.setWordWrap(True)

        self.territoryLayout.addWidget(self.oddsLabel, 3, 1, 1, 1)

        self.needs = QListWidget(self.territoryTab)
        self.needs.setObjectName(u"needs")

        self.territoryLayout.addWidget(self.needs, 4, 0, 1, 1)

        self.odds = QListWidget(self.territoryTab)
        self.odds.setObjectName(u"odds")

        self.territoryLayout.addWidget(self.odds, 4, 1, 1, 1)

        self.needsError = QLabel(self.territoryTab)
        self.needsError.setObjectName(u"needsError")

        self.territoryLayout.addWidget(self.needsError, 5, 0, 1, 1)

        self.oddsError = QLabel(self.territoryTab)
        self.oddsError.setObjectName(u"oddsError")

        self.territoryLayout.addWidget(self.oddsError, 5, 1, 1, 1)

        self.territoryLayout.setRowStretch(4, 1)
        self.territoryLayout.setColumnStretch(0, 2)
        self.territoryLayout.setColumnStretch(1, 3)
        self.tabs.addTab(self.territoryTab, "")
        self.resourcesTab = QWidget()
        self.resourcesTab.setObjectName(u"resourcesTab")
        self.resourcesForm = QFormLayout(self.resourcesTab)
        self.resourcesForm.setObjectName(u"resourcesForm")
        self.moneyLabel = QLabel(self.resourcesTab)
        self.moneyLabel.setObjectName(u"moneyLabel")

        self.resourcesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moneyLabel)

        self.money = QLineEdit(self.resourcesTab)
        self.money.setObjectName(u"money")

        self.resourcesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.money)

        self.moneyError = QLabel(self.resourcesTab)
        self.moneyError.setObjectName(u"moneyError")

        self.resourcesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moneyError)

        self.inKindLabel = QLabel(self.resourcesTab)
        self.inKindLabel.setObjectName(u"inKindLabel")

        self.resourcesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inKindLabel)

        self.inKind = QPlainTextEdit(self.resourcesTab)
        self.inKind.setObjectName(u"inKind")
        self.inKind.setTabChangesFocus(True)

        self.resourcesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inKind)

        self.skillsLabel = QLabel(self.resourcesTab)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.resourcesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skills = QPlainTextEdit(self.resourcesTab)
        self.skills.setObjectName(u"skills")
        self.skills.setTabChangesFocus(True)

        self.resourcesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skills)

        self.outcomesLabel = QLabel(self.resourcesTab)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.resourcesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomesLabel)

        self.outcomes = QPlainTextEdit(self.resourcesTab)
        self.outcomes.setObjectName(u"outcomes")
        self.outcomes.setTabChangesFocus(True)

        self.resourcesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomes)

        self.outcomesError = QLabel(self.resourcesTab)
        self.outcomesError.setObjectName(u"outcomesError")

        self.resourcesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomesError)

        self.citedExampleLabel = QLabel(self.resourcesTab)
        self.citedExampleLabel.setObjectName(u"citedExampleLabel")

        self.resourcesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.citedExampleLabel)

        self.citedExample = QComboBox(self.resourcesTab)
        self.citedExample.setObjectName(u"citedExample")
        self.citedExample.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.citedExample.setMinimumContentsLength(16)

        self.resourcesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.citedExample)

        self.citedExampleError = QLabel(self.resourcesTab)
        self.citedExampleError.setObjectName(u"citedExampleError")

        self.resourcesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.citedExampleError)

        self.tabs.addTab(self.resourcesTab, "")

        self.layout.addWidget(self.tabs)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(PartnershipEditor)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(PartnershipEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsRow.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.formLabel.setBuddy(self.form)
        self.stageLabel.setBuddy(self.stage)
        self.descriptionLabel.setBuddy(self.description)
        self.needsLabel.setBuddy(self.needs)
        self.oddsLabel.setBuddy(self.odds)
        self.moneyLabel.setBuddy(self.money)
        self.inKindLabel.setBuddy(self.inKind)
        self.skillsLabel.setBuddy(self.skills)
        self.outcomesLabel.setBuddy(self.outcomes)
        self.citedExampleLabel.setBuddy(self.citedExample)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.form)
        QWidget.setTabOrder(self.form, self.stage)
        QWidget.setTabOrder(self.stage, self.hasStart)
        QWidget.setTabOrder(self.hasStart, self.startDate)
        QWidget.setTabOrder(self.startDate, self.hasEnd)
        QWidget.setTabOrder(self.hasEnd, self.endDate)
        QWidget.setTabOrder(self.endDate, self.inspiring)
        QWidget.setTabOrder(self.inspiring, self.description)
        QWidget.setTabOrder(self.description, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(PartnershipEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PartnershipEditor)
    # setupUi

    def retranslateUi(self, PartnershipEditor):
        self.heading.setText(QCoreApplication.translate("PartnershipEditor", u"New partnership", None))
        self.titleLabel.setText(QCoreApplication.translate("PartnershipEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("PartnershipEditor", u"What the partners do together", None))
        self.formLabel.setText(QCoreApplication.translate("PartnershipEditor", u"&Form:", None))
#if QT_CONFIG(accessibility)
        self.form.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Form of partnership", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("PartnershipEditor", u"S&tage:", None))
#if QT_CONFIG(accessibility)
        self.stage.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.hasStart.setText(QCoreApplication.translate("PartnershipEditor", u"Start &date:", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.hasEnd.setText(QCoreApplication.translate("PartnershipEditor", u"&End date:", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.inspiring.setText(QCoreApplication.translate("PartnershipEditor", u"&Inspiring example (to share)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PartnershipEditor", u"Descri&ption:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("PartnershipEditor", u"&General", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("PartnershipEditor", u"Title, form, stage, dates, description", None))
#endif // QT_CONFIG(tooltip)
        self.partnersHint.setText(QCoreApplication.translate("PartnershipEditor", u"At least two actors, ideally from different worlds. Type a name, choose the role, then Add (Alt+D).", None))
#if QT_CONFIG(accessibility)
        self.partnerRole.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Role of the partner to add", None))
#endif // QT_CONFIG(accessibility)
        self.addPartner.setText(QCoreApplication.translate("PartnershipEditor", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.partners.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Partners and their roles", None))
#endif // QT_CONFIG(accessibility)
        self.removePartner.setText(QCoreApplication.translate("PartnershipEditor", u"&Remove the selected partner", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partnersTab), QCoreApplication.translate("PartnershipEditor", u"&Partners", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.partnersTab), QCoreApplication.translate("PartnershipEditor", u"The actors of the partnership and their roles (two at least)", None))
#endif // QT_CONFIG(tooltip)
        self.communesLabel.setText(QCoreApplication.translate("PartnershipEditor", u"Communes concerned:", None))
        self.needsLabel.setText(QCoreApplication.translate("PartnershipEditor", u"&Needs answered (Space to tick):", None))
        self.oddsLabel.setText(QCoreApplication.translate("PartnershipEditor", u"Sustainable Development &Goals (ODD):", None))
#if QT_CONFIG(accessibility)
        self.needs.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Needs answered", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.odds.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Sustainable Development Goals", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.territoryTab), QCoreApplication.translate("PartnershipEditor", u"Territ&ory", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.territoryTab), QCoreApplication.translate("PartnershipEditor", u"Communes, needs answered and Sustainable Development Goals", None))
#endif // QT_CONFIG(tooltip)
        self.moneyLabel.setText(QCoreApplication.translate("PartnershipEditor", u"&Money committed (\u20ac):", None))
#if QT_CONFIG(accessibility)
        self.money.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Money committed in euros", None))
#endif // QT_CONFIG(accessibility)
        self.money.setPlaceholderText(QCoreApplication.translate("PartnershipEditor", u"e.g. 1 500,00", None))
        self.inKindLabel.setText(QCoreApplication.translate("PartnershipEditor", u"In &kind:", None))
#if QT_CONFIG(accessibility)
        self.inKind.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Resources in kind", None))
#endif // QT_CONFIG(accessibility)
        self.skillsLabel.setText(QCoreApplication.translate("PartnershipEditor", u"&Skills:", None))
#if QT_CONFIG(accessibility)
        self.skills.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Skills contributed", None))
#endif // QT_CONFIG(accessibility)
        self.outcomesLabel.setText(QCoreApplication.translate("PartnershipEditor", u"O&utcomes:", None))
#if QT_CONFIG(accessibility)
        self.outcomes.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.citedExampleLabel.setText(QCoreApplication.translate("PartnershipEditor", u"Inspired &by:", None))
#if QT_CONFIG(accessibility)
        self.citedExample.setAccessibleName(QCoreApplication.translate("PartnershipEditor", u"Inspiring example cited", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.resourcesTab), QCoreApplication.translate("PartnershipEditor", u"Resour&ces", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.resourcesTab), QCoreApplication.translate("PartnershipEditor", u"Money, in kind, skills, and the outcomes", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("PartnershipEditor", u"Discard changes", None))
        self.saveButton.setText(QCoreApplication.translate("PartnershipEditor", u"Save", None))
        pass
    # retranslateUi

