# Generated from forms/summary_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(460, 300)
        self.layout = QVBoxLayout(SummaryDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SummaryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fromLabel = QLabel(SummaryDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = DateField(SummaryDialog)
        self.fromDate.setObjectName(u"fromDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(SummaryDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = DateField(SummaryDialog)
        self.toDate.setObjectName(u"toDate")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)

        self.formatLabel = QLabel(SummaryDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formats = QVBoxLayout()
        self.formats.setObjectName(u"formats")
        self.pdfRadio = QRadioButton(SummaryDialog)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.formats.addWidget(self.pdfRadio)

        self.xlsxRadio = QRadioButton(SummaryDialog)
        self.xlsxRadio.setObjectName(u"xlsxRadio")

        self.formats.addWidget(self.xlsxRadio)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.formats)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(SummaryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #8B2E2E;")

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SummaryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.pdfRadio)
        QWidget.setTabOrder(self.pdfRadio, self.xlsxRadio)
        QWidget.setTabOrder(self.xlsxRadio, self.buttons)

        self.retranslateUi(SummaryDialog)
        self.buttons.rejected.connect(SummaryDialog.reject)

        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"Activity summary", None))
        self.intro.setText(QCoreApplication.translate("SummaryDialog", u"Choose the period and the kind of document. By default, the last complete quarter.", None))
        self.fromLabel.setText(QCoreApplication.translate("SummaryDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("SummaryDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("SummaryDialog", u"Document:", None))
        self.pdfRadio.setText(QCoreApplication.translate("SummaryDialog", u"&PDF, to read and print (preview first)", None))
        self.xlsxRadio.setText(QCoreApplication.translate("SummaryDialog", u"&Excel workbook, to sort and chart", None))
    # retranslateUi

