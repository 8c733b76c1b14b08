# Generated from forms/documents.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(820, 900)
        self.layout = QVBoxLayout(DocumentPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.titleLabel = QLabel(DocumentPreviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.toolbar.addWidget(self.titleLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.pageLabel = QLabel(DocumentPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolbar.addWidget(self.pageLabel)

        self.zoomOutButton = QToolButton(DocumentPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbar.addWidget(self.zoomOutButton)

        self.zoomInButton = QToolButton(DocumentPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbar.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(DocumentPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.toolbar.addWidget(self.fitWidthButton)


        self.layout.addLayout(self.toolbar)

        self.viewHost = QWidget(DocumentPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHost.sizePolicy().hasHeightForWidth())
        self.viewHost.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.viewHost)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.printButton = QPushButton(DocumentPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.closeButton = QPushButton(DocumentPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)

        self.retranslateUi(DocumentPreviewDialog)
        self.closeButton.clicked.connect(DocumentPreviewDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Document preview", None))
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Page shown", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidthButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Fit width", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Fit the page width to the window (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.viewHost.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Document pages", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Print the document (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Save the document as a file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Close the preview (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

