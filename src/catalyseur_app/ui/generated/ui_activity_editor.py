# Generated from forms/activity_editor.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from catalyseur_app.ui.widgets.typed_fields import (DateField, DurationField)

class Ui_ActivityEditor(object):
    def setupUi(self, ActivityEditor):
        if not ActivityEditor.objectName():
            ActivityEditor.setObjectName(u"ActivityEditor")
        ActivityEditor.resize(460, 640)
        self.layout = QVBoxLayout(ActivityEditor)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ActivityEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.summaryError = QLabel(ActivityEditor)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)
        self.summaryError.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.summaryError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(ActivityEditor)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = DateField(ActivityEditor)
        self.day.setObjectName(u"day")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.dayError = QLabel(ActivityEditor)
        self.dayError.setObjectName(u"dayError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayError)

        self.metierLabel = QLabel(ActivityEditor)
        self.metierLabel.setObjectName(u"metierLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.metierLabel)

        self.metier = QComboBox(ActivityEditor)
        self.metier.setObjectName(u"metier")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.metier)

        self.metierError = QLabel(ActivityEditor)
        self.metierError.setObjectName(u"metierError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.metierError)

        self.missionLabel = QLabel(ActivityEditor)
        self.missionLabel.setObjectName(u"missionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.missionLabel)

        self.mission = QComboBox(ActivityEditor)
        self.mission.setObjectName(u"mission")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mission)

        self.missionError = QLabel(ActivityEditor)
        self.missionError.setObjectName(u"missionError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.missionError)

        self.titleLabel = QLabel(ActivityEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ActivityEditor)
        self.title.setObjectName(u"title")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(ActivityEditor)
        self.titleError.setObjectName(u"titleError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.minutesLabel = QLabel(ActivityEditor)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutes = DurationField(ActivityEditor)
        self.minutes.setObjectName(u"minutes")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.minutes)

        self.minutesError = QLabel(ActivityEditor)
        self.minutesError.setObjectName(u"minutesError")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.minutesError)

        self.participantsLabel = QLabel(ActivityEditor)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participants = QSpinBox(ActivityEditor)
        self.participants.setObjectName(u"participants")
        self.participants.setMaximum(100000)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.participants)

        self.participantsError = QLabel(ActivityEditor)
        self.participantsError.setObjectName(u"participantsError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.participantsError)

        self.communesLabel = QLabel(ActivityEditor)
        self.communesLabel.setObjectName(u"communesLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.communesLabel)

        self.communesHost = QWidget(ActivityEditor)
        self.communesHost.setObjectName(u"communesHost")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.communesHost)

        self.communesError = QLabel(ActivityEditor)
        self.communesError.setObjectName(u"communesError")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.communesError)

        self.actorsLabel = QLabel(ActivityEditor)
        self.actorsLabel.setObjectName(u"actorsLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.actorsLabel)

        self.actorsHost = QWidget(ActivityEditor)
        self.actorsHost.setObjectName(u"actorsHost")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.actorsHost)

        self.actorsError = QLabel(ActivityEditor)
        self.actorsError.setObjectName(u"actorsError")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.actorsError)

        self.partnershipLabel = QLabel(ActivityEditor)
        self.partnershipLabel.setObjectName(u"partnershipLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.partnershipLabel)

        self.partnershipHost = QWidget(ActivityEditor)
        self.partnershipHost.setObjectName(u"partnershipHost")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.partnershipHost)

        self.partnershipError = QLabel(ActivityEditor)
        self.partnershipError.setObjectName(u"partnershipError")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.partnershipError)

        self.outcomeLabel = QLabel(ActivityEditor)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QPlainTextEdit(ActivityEditor)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcomeError = QLabel(ActivityEditor)
        self.outcomeError.setObjectName(u"outcomeError")

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.outcomeError)


        self.layout.addLayout(self.form)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.repeatButton = QPushButton(ActivityEditor)
        self.repeatButton.setObjectName(u"repeatButton")

        self.buttonsRow.addWidget(self.repeatButton)

        self.newButton = QPushButton(ActivityEditor)
        self.newButton.setObjectName(u"newButton")

        self.buttonsRow.addWidget(self.newButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ActivityEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsRow.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonsRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.metierLabel.setBuddy(self.metier)
        self.missionLabel.setBuddy(self.mission)
        self.titleLabel.setBuddy(self.title)
        self.minutesLabel.setBuddy(self.minutes)
        self.participantsLabel.setBuddy(self.participants)
        self.outcomeLabel.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.day, self.metier)
        QWidget.setTabOrder(self.metier, self.mission)
        QWidget.setTabOrder(self.mission, self.title)
        QWidget.setTabOrder(self.title, self.minutes)
        QWidget.setTabOrder(self.minutes, self.participants)
        QWidget.setTabOrder(self.participants, self.outcome)
        QWidget.setTabOrder(self.outcome, self.repeatButton)
        QWidget.setTabOrder(self.repeatButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)

        self.retranslateUi(ActivityEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ActivityEditor)
    # setupUi

    def retranslateUi(self, ActivityEditor):
        self.heading.setText(QCoreApplication.translate("ActivityEditor", u"Log an activity", None))
        self.dayLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Date of the activity", None))
#endif // QT_CONFIG(accessibility)
        self.metierLabel.setText(QCoreApplication.translate("ActivityEditor", u"&M\u00e9tier:", None))
#if QT_CONFIG(accessibility)
        self.metier.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"M\u00e9tier", None))
#endif // QT_CONFIG(accessibility)
        self.missionLabel.setText(QCoreApplication.translate("ActivityEditor", u"M&ission:", None))
#if QT_CONFIG(accessibility)
        self.mission.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Mission", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("ActivityEditor", u"What was done, in a few words", None))
        self.minutesLabel.setText(QCoreApplication.translate("ActivityEditor", u"Time &spent (h:min):", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Time spent in hours and minutes", None))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Participants:", None))
#if QT_CONFIG(accessibility)
        self.participants.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Number of participants", None))
#endif // QT_CONFIG(accessibility)
        self.communesLabel.setText(QCoreApplication.translate("ActivityEditor", u"Commu&nes:", None))
        self.actorsLabel.setText(QCoreApplication.translate("ActivityEditor", u"A&ctors:", None))
        self.partnershipLabel.setText(QCoreApplication.translate("ActivityEditor", u"Partners&hip:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.repeatButton.setText(QCoreApplication.translate("ActivityEditor", u"Repeat the last one", None))
        self.newButton.setText(QCoreApplication.translate("ActivityEditor", u"New", None))
        self.saveButton.setText(QCoreApplication.translate("ActivityEditor", u"Save", None))
        pass
    # retranslateUi

