# Generated from forms/partnerships.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partnerships.ui'
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
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from catalyseur_app.ui.widgets.typed_fields import DateField

class Ui_PartnershipsPage(object):
    def setupUi(self, PartnershipsPage):
        if not PartnershipsPage.objectName():
            PartnershipsPage.setObjectName(u"PartnershipsPage")
        PartnershipsPage.resize(1200, 700)
        self.pageLayout = QHBoxLayout(PartnershipsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(PartnershipsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listSide = QWidget(self.splitter)
        self.listSide.setObjectName(u"listSide")
        self.listLayout = QVBoxLayout(self.listSide)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.heading = QLabel(self.listSide)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headingRow.addWidget(self.heading)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingRow.addItem(self.headingSpacer)

        self.newButton = QPushButton(self.listSide)
        self.newButton.setObjectName(u"newButton")

        self.headingRow.addWidget(self.newButton)


        self.listLayout.addLayout(self.headingRow)

        self.searchHost = QWidget(self.listSide)
        self.searchHost.setObjectName(u"searchHost")

        self.listLayout.addWidget(self.searchHost)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.formFilter = QComboBox(self.listSide)
        self.formFilter.setObjectName(u"formFilter")
        self.formFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.formFilter.setMinimumContentsLength(12)

        self.filters.addWidget(self.formFilter, 0, 0, 1, 1)

        self.stageFilter = QComboBox(self.listSide)
        self.stageFilter.setObjectName(u"stageFilter")
        self.stageFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stageFilter.setMinimumContentsLength(12)

        self.filters.addWidget(self.stageFilter, 0, 1, 1, 1)

        self.oddFilter = QComboBox(self.listSide)
        self.oddFilter.setObjectName(u"oddFilter")
        self.oddFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.oddFilter.setMinimumContentsLength(12)

        self.filters.addWidget(self.oddFilter, 1, 0, 1, 1)

        self.communeFilterHost = QWidget(self.listSide)
        self.communeFilterHost.setObjectName(u"communeFilterHost")

        self.filters.addWidget(self.communeFilterHost, 1, 1, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodFilter = QCheckBox(self.listSide)
        self.periodFilter.setObjectName(u"periodFilter")

        self.periodRow.addWidget(self.periodFilter)

        self.periodStart = DateField(self.listSide)
        self.periodStart.setObjectName(u"periodStart")

        self.periodRow.addWidget(self.periodStart)

        self.periodTo = QLabel(self.listSide)
        self.periodTo.setObjectName(u"periodTo")

        self.periodRow.addWidget(self.periodTo)

        self.periodEnd = DateField(self.listSide)
        self.periodEnd.setObjectName(u"periodEnd")

        self.periodRow.addWidget(self.periodEnd)

        self.periodError = QLabel(self.listSide)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setWordWrap(True)

        self.periodRow.addWidget(self.periodError)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.filters.addLayout(self.periodRow, 2, 0, 1, 2)

        self.inspiringFilter = QCheckBox(self.listSide)
        self.inspiringFilter.setObjectName(u"inspiringFilter")

        self.filters.addWidget(self.inspiringFilter, 3, 0, 1, 2)

        self.filters.setColumnStretch(0, 1)
        self.filters.setColumnStretch(1, 1)

        self.listLayout.addLayout(self.filters)

        self.table = QTableView(self.listSide)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.listLayout.addWidget(self.table)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.countLabel = QLabel(self.listSide)
        self.countLabel.setObjectName(u"countLabel")

        self.listButtons.addWidget(self.countLabel)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.deleteButton = QPushButton(self.listSide)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)

        self.sheetButton = QPushButton(self.listSide)
        self.sheetButton.setObjectName(u"sheetButton")

        self.listButtons.addWidget(self.sheetButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listSide)
        self.editorHost = QWidget(self.splitter)
        self.editorHost.setObjectName(u"editorHost")
        self.splitter.addWidget(self.editorHost)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.newButton, self.formFilter)
        QWidget.setTabOrder(self.formFilter, self.stageFilter)
        QWidget.setTabOrder(self.stageFilter, self.oddFilter)
        QWidget.setTabOrder(self.oddFilter, self.periodFilter)
        QWidget.setTabOrder(self.periodFilter, self.periodStart)
        QWidget.setTabOrder(self.periodStart, self.periodEnd)
        QWidget.setTabOrder(self.periodEnd, self.inspiringFilter)
        QWidget.setTabOrder(self.inspiringFilter, self.table)
        QWidget.setTabOrder(self.table, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.sheetButton)

        self.retranslateUi(PartnershipsPage)

        QMetaObject.connectSlotsByName(PartnershipsPage)
    # setupUi

    def retranslateUi(self, PartnershipsPage):
        self.heading.setText(QCoreApplication.translate("PartnershipsPage", u"Partnerships", None))
        self.newButton.setText(QCoreApplication.translate("PartnershipsPage", u"New partnership", None))
#if QT_CONFIG(accessibility)
        self.formFilter.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"Filter by form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stageFilter.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"Filter by stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.oddFilter.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"Filter by Sustainable Development Goal", None))
#endif // QT_CONFIG(accessibility)
        self.periodFilter.setText(QCoreApplication.translate("PartnershipsPage", u"Pe&riod from", None))
#if QT_CONFIG(accessibility)
        self.periodStart.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"Start of the period", None))
#endif // QT_CONFIG(accessibility)
        self.periodTo.setText(QCoreApplication.translate("PartnershipsPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.periodEnd.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"End of the period", None))
#endif // QT_CONFIG(accessibility)
        self.inspiringFilter.setText(QCoreApplication.translate("PartnershipsPage", u"Inspiring e&xamples only", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PartnershipsPage", u"List of partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("PartnershipsPage", u"Delete", None))
        self.sheetButton.setText(QCoreApplication.translate("PartnershipsPage", u"PDF s&heet\u2026", None))
        pass
    # retranslateUi

