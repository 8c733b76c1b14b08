# Generated from forms/diagnostic_runner.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostic_runner.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QLabel, QListView, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_DiagnosticRunner(object):
    def setupUi(self, DiagnosticRunner):
        if not DiagnosticRunner.objectName():
            DiagnosticRunner.setObjectName(u"DiagnosticRunner")
        self.layout = QVBoxLayout(DiagnosticRunner)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(DiagnosticRunner)
        self.title.setObjectName(u"title")
        self.title.setTextFormat(Qt.TextFormat.RichText)

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.backButton = QPushButton(DiagnosticRunner)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)


        self.layout.addLayout(self.header)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.position = QLabel(DiagnosticRunner)
        self.position.setObjectName(u"position")

        self.progressRow.addWidget(self.position)

        self.progress = QProgressBar(DiagnosticRunner)
        self.progress.setObjectName(u"progress")

        self.progressRow.addWidget(self.progress)


        self.layout.addLayout(self.progressRow)

        self.splitter = QSplitter(DiagnosticRunner)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.volets = QListView(self.splitter)
        self.volets.setObjectName(u"volets")
        self.volets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volets.setMaximumSize(QSize(250, 16777215))
        self.splitter.addWidget(self.volets)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.layout.addWidget(self.splitter)

        self.errorsBox = QGroupBox(DiagnosticRunner)
        self.errorsBox.setObjectName(u"errorsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.errorsBox.sizePolicy().hasHeightForWidth())
        self.errorsBox.setSizePolicy(sizePolicy)
        self.errorsLayout = QVBoxLayout(self.errorsBox)
        self.errorsLayout.setObjectName(u"errorsLayout")
        self.errors = QListView(self.errorsBox)
        self.errors.setObjectName(u"errors")
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors.setWordWrap(True)
        self.errors.setResizeMode(QListView.ResizeMode.Adjust)
        self.errors.setSpacing(1)

        self.errorsLayout.addWidget(self.errors)


        self.layout.addWidget(self.errorsBox)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previousButton = QPushButton(DiagnosticRunner)
        self.previousButton.setObjectName(u"previousButton")

        self.buttons.addWidget(self.previousButton)

        self.nextButton = QPushButton(DiagnosticRunner)
        self.nextButton.setObjectName(u"nextButton")

        self.buttons.addWidget(self.nextButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.verifyButton = QPushButton(DiagnosticRunner)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttons.addWidget(self.verifyButton)

        self.resultsButton = QPushButton(DiagnosticRunner)
        self.resultsButton.setObjectName(u"resultsButton")

        self.buttons.addWidget(self.resultsButton)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(2, 1)

        self.retranslateUi(DiagnosticRunner)

        QMetaObject.connectSlotsByName(DiagnosticRunner)
    # setupUi

    def retranslateUi(self, DiagnosticRunner):
        self.backButton.setText(QCoreApplication.translate("DiagnosticRunner", u"\u2190 Back to the &list", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("DiagnosticRunner", u"Answers given", None))
#endif // QT_CONFIG(accessibility)
        self.progress.setFormat(QCoreApplication.translate("DiagnosticRunner", u"%v / %m answers", None))
#if QT_CONFIG(accessibility)
        self.volets.setAccessibleName(QCoreApplication.translate("DiagnosticRunner", u"Volets", None))
#endif // QT_CONFIG(accessibility)
        self.errorsBox.setTitle(QCoreApplication.translate("DiagnosticRunner", u"Errors to correct", None))
#if QT_CONFIG(accessibility)
        self.errors.setAccessibleName(QCoreApplication.translate("DiagnosticRunner", u"Errors to correct", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("DiagnosticRunner", u"\u2190 &Previous volet", None))
        self.nextButton.setText(QCoreApplication.translate("DiagnosticRunner", u"&Next volet \u2192", None))
        self.verifyButton.setText(QCoreApplication.translate("DiagnosticRunner", u"&Check", None))
        self.resultsButton.setText(QCoreApplication.translate("DiagnosticRunner", u"&Results", None))
        pass
    # retranslateUi

