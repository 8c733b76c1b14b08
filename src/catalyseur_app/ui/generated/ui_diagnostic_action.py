# Generated from forms/diagnostic_action.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostic_action.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListView, QSizePolicy,
    QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 480)
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ActionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ActionDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.leadLabel = QLabel(ActionDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.lead = QComboBox(ActionDialog)
        self.lead.setObjectName(u"lead")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lead)

        self.partnersLabel = QLabel(ActionDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partners = QListView(ActionDialog)
        self.partners.setObjectName(u"partners")
        self.partners.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partners)

        self.hasDueDate = QCheckBox(ActionDialog)
        self.hasDueDate.setObjectName(u"hasDueDate")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hasDueDate)

        self.dueDate = DateField(ActionDialog)
        self.dueDate.setObjectName(u"dueDate")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueDate)

        self.statusLabel = QLabel(ActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ActionDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)


        self.layout.addLayout(self.form)

        self.message = QLabel(ActionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.leadLabel.setBuddy(self.lead)
        self.partnersLabel.setBuddy(self.partners)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.lead)
        QWidget.setTabOrder(self.lead, self.partners)
        QWidget.setTabOrder(self.partners, self.hasDueDate)
        QWidget.setTabOrder(self.hasDueDate, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.status)

        self.retranslateUi(ActionDialog)
        self.buttons.rejected.connect(ActionDialog.reject)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action of the plan", None))
        self.titleLabel.setText(QCoreApplication.translate("ActionDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"What will be done", None))
        self.leadLabel.setText(QCoreApplication.translate("ActionDialog", u"&Lead actor:", None))
#if QT_CONFIG(accessibility)
        self.lead.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Lead actor", None))
#endif // QT_CONFIG(accessibility)
        self.partnersLabel.setText(QCoreApplication.translate("ActionDialog", u"&Partners (Space to tick):", None))
#if QT_CONFIG(accessibility)
        self.partners.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Partner actors", None))
#endif // QT_CONFIG(accessibility)
        self.hasDueDate.setText(QCoreApplication.translate("ActionDialog", u"&Due date:", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ActionDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

