# Generated from forms/journal.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal.ui'
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
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(1200, 720)
        self.pageLayout = QHBoxLayout(JournalPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(JournalPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorHost = QWidget()
        self.editorHost.setObjectName(u"editorHost")
        self.editorScroll.setWidget(self.editorHost)
        self.splitter.addWidget(self.editorScroll)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchHost = QWidget(self.listTab)
        self.searchHost.setObjectName(u"searchHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchHost.sizePolicy().hasHeightForWidth())
        self.searchHost.setSizePolicy(sizePolicy)

        self.searchRow.addWidget(self.searchHost)

        self.metierFilter = QComboBox(self.listTab)
        self.metierFilter.setObjectName(u"metierFilter")

        self.searchRow.addWidget(self.metierFilter)


        self.listLayout.addLayout(self.searchRow)

        self.filtersRow = QHBoxLayout()
        self.filtersRow.setObjectName(u"filtersRow")
        self.periodFilter = QCheckBox(self.listTab)
        self.periodFilter.setObjectName(u"periodFilter")

        self.filtersRow.addWidget(self.periodFilter)

        self.periodStart = DateField(self.listTab)
        self.periodStart.setObjectName(u"periodStart")

        self.filtersRow.addWidget(self.periodStart)

        self.periodTo = QLabel(self.listTab)
        self.periodTo.setObjectName(u"periodTo")

        self.filtersRow.addWidget(self.periodTo)

        self.periodEnd = DateField(self.listTab)
        self.periodEnd.setObjectName(u"periodEnd")

        self.filtersRow.addWidget(self.periodEnd)

        self.periodError = QLabel(self.listTab)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setWordWrap(True)

        self.filtersRow.addWidget(self.periodError)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersRow.addItem(self.periodSpacer)


        self.listLayout.addLayout(self.filtersRow)

        self.table = QTableView(self.listTab)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.listLayout.addWidget(self.table)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.countLabel = QLabel(self.listTab)
        self.countLabel.setObjectName(u"countLabel")

        self.listButtons.addWidget(self.countLabel)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.deleteButton = QPushButton(self.listTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtons)

        self.tabs.addTab(self.listTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.granularityRow = QHBoxLayout()
        self.granularityRow.setObjectName(u"granularityRow")
        self.byWeek = QRadioButton(self.timelineTab)
        self.byWeek.setObjectName(u"byWeek")

        self.granularityRow.addWidget(self.byWeek)

        self.byMonth = QRadioButton(self.timelineTab)
        self.byMonth.setObjectName(u"byMonth")
        self.byMonth.setChecked(True)

        self.granularityRow.addWidget(self.byMonth)

        self.granularitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.granularityRow.addItem(self.granularitySpacer)


        self.timelineLayout.addLayout(self.granularityRow)

        self.timelineHost = QWidget(self.timelineTab)
        self.timelineHost.setObjectName(u"timelineHost")
        self.timelineHost.setMinimumSize(QSize(0, 320))

        self.timelineLayout.addWidget(self.timelineHost)

        self.timelineSummary = QLabel(self.timelineTab)
        self.timelineSummary.setObjectName(u"timelineSummary")
        self.timelineSummary.setWordWrap(True)
        self.timelineSummary.setTextFormat(Qt.TextFormat.RichText)

        self.timelineLayout.addWidget(self.timelineSummary)

        self.tabs.addTab(self.timelineTab, "")
        self.splitter.addWidget(self.tabs)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(JournalPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
#if QT_CONFIG(accessibility)
        self.metierFilter.setAccessibleName(QCoreApplication.translate("JournalPage", u"Filter by m\u00e9tier", None))
#endif // QT_CONFIG(accessibility)
        self.periodFilter.setText(QCoreApplication.translate("JournalPage", u"Pe&riod from", None))
#if QT_CONFIG(accessibility)
        self.periodStart.setAccessibleName(QCoreApplication.translate("JournalPage", u"Start of the period", None))
#endif // QT_CONFIG(accessibility)
        self.periodTo.setText(QCoreApplication.translate("JournalPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.periodEnd.setAccessibleName(QCoreApplication.translate("JournalPage", u"End of the period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("JournalPage", u"Activities of the journal", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("JournalPage", u"Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("JournalPage", u"&Activities", None))
        self.byWeek.setText(QCoreApplication.translate("JournalPage", u"By &week (12 weeks)", None))
        self.byMonth.setText(QCoreApplication.translate("JournalPage", u"By m&onth (12 months)", None))
#if QT_CONFIG(accessibility)
        self.timelineSummary.setAccessibleName(QCoreApplication.translate("JournalPage", u"Time per m\u00e9tier over the period", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("JournalPage", u"&Timeline", None))
        pass
    # retranslateUi

