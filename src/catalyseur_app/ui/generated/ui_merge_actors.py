# Generated from forms/merge_actors.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_actors.ui'
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
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MergeActorsDialog(object):
    def setupUi(self, MergeActorsDialog):
        if not MergeActorsDialog.objectName():
            MergeActorsDialog.setObjectName(u"MergeActorsDialog")
        MergeActorsDialog.resize(420, 180)
        self.layout = QVBoxLayout(MergeActorsDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(MergeActorsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.firstActor = QRadioButton(MergeActorsDialog)
        self.firstActor.setObjectName(u"firstActor")
        self.firstActor.setChecked(True)

        self.layout.addWidget(self.firstActor)

        self.secondActor = QRadioButton(MergeActorsDialog)
        self.secondActor.setObjectName(u"secondActor")

        self.layout.addWidget(self.secondActor)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(MergeActorsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.firstActor, self.secondActor)
        QWidget.setTabOrder(self.secondActor, self.buttons)

        self.retranslateUi(MergeActorsDialog)
        self.buttons.rejected.connect(MergeActorsDialog.reject)

        QMetaObject.connectSlotsByName(MergeActorsDialog)
    # setupUi

    def retranslateUi(self, MergeActorsDialog):
        MergeActorsDialog.setWindowTitle(QCoreApplication.translate("MergeActorsDialog", u"Merge two actors", None))
        self.explanation.setText(QCoreApplication.translate("MergeActorsDialog", u"Which actor is kept? The other one's contacts, partnerships and activities move to it, then it is removed. Ctrl+Z undoes the merge.", None))
    # retranslateUi

