# Generated from forms/pack_receive.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_receive.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PackPreviewDialog(object):
    def setupUi(self, PackPreviewDialog):
        if not PackPreviewDialog.objectName():
            PackPreviewDialog.setObjectName(u"PackPreviewDialog")
        PackPreviewDialog.resize(640, 480)
        self.dialogLayout = QVBoxLayout(PackPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(PackPreviewDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.keyLabel = QLabel(PackPreviewDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.keyLabel)

        self.details = QPlainTextEdit(PackPreviewDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.details)

        self.acceptKey = QCheckBox(PackPreviewDialog)
        self.acceptKey.setObjectName(u"acceptKey")

        self.dialogLayout.addWidget(self.acceptKey)

        self.buttons = QDialogButtonBox(PackPreviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.details, self.acceptKey)
        QWidget.setTabOrder(self.acceptKey, self.buttons)

        self.retranslateUi(PackPreviewDialog)

        QMetaObject.connectSlotsByName(PackPreviewDialog)
    # setupUi

    def retranslateUi(self, PackPreviewDialog):
        PackPreviewDialog.setWindowTitle(QCoreApplication.translate("PackPreviewDialog", u"Reference pack of the Foundation", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("PackPreviewDialog", u"What the pack installs", None))
#endif // QT_CONFIG(accessibility)
        self.acceptKey.setText(QCoreApplication.translate("PackPreviewDialog", u"I have &checked this fingerprint with the Foundation: trust this key", None))
    # retranslateUi

