# Generated from forms/examples.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'examples.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ExamplesPage(object):
    def setupUi(self, ExamplesPage):
        if not ExamplesPage.objectName():
            ExamplesPage.setObjectName(u"ExamplesPage")
        ExamplesPage.resize(900, 620)
        self.pageLayout = QVBoxLayout(ExamplesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ExamplesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ExamplesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.filtersRow = QHBoxLayout()
        self.filtersRow.setObjectName(u"filtersRow")
        self.oddLabel = QLabel(ExamplesPage)
        self.oddLabel.setObjectName(u"oddLabel")

        self.filtersRow.addWidget(self.oddLabel)

        self.oddFilter = QComboBox(ExamplesPage)
        self.oddFilter.setObjectName(u"oddFilter")
        self.oddFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.oddFilter.setMinimumContentsLength(12)

        self.filtersRow.addWidget(self.oddFilter)

        self.formLabel = QLabel(ExamplesPage)
        self.formLabel.setObjectName(u"formLabel")

        self.filtersRow.addWidget(self.formLabel)

        self.formFilter = QComboBox(ExamplesPage)
        self.formFilter.setObjectName(u"formFilter")
        self.formFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.formFilter.setMinimumContentsLength(12)

        self.filtersRow.addWidget(self.formFilter)

        self.searchLabel = QLabel(ExamplesPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filtersRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ExamplesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersRow.addWidget(self.searchEdit)

        self.filtersRow.setStretch(1, 1)
        self.filtersRow.setStretch(3, 1)
        self.filtersRow.setStretch(5, 1)

        self.pageLayout.addLayout(self.filtersRow)

        self.splitter = QSplitter(ExamplesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listHost = QWidget(self.splitter)
        self.listHost.setObjectName(u"listHost")
        self.listLayout = QVBoxLayout(self.listHost)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.listHost)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.listLayout.addWidget(self.table)

        self.countLabel = QLabel(self.listHost)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listHost)
        self.detail = QTextBrowser(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenLinks(False)
        self.splitter.addWidget(self.detail)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.oddLabel.setBuddy(self.oddFilter)
        self.formLabel.setBuddy(self.formFilter)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oddFilter, self.formFilter)
        QWidget.setTabOrder(self.formFilter, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.detail)

        self.retranslateUi(ExamplesPage)

        QMetaObject.connectSlotsByName(ExamplesPage)
    # setupUi

    def retranslateUi(self, ExamplesPage):
        self.titleLabel.setText(QCoreApplication.translate("ExamplesPage", u"<h2>Inspiring examples</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("ExamplesPage", u"Partnerships of other territories, shared by the Foundation in its reference packs. Cite one in a partnership (tab Resources) when it inspired you.", None))
        self.oddLabel.setText(QCoreApplication.translate("ExamplesPage", u"&Goal:", None))
#if QT_CONFIG(accessibility)
        self.oddFilter.setAccessibleName(QCoreApplication.translate("ExamplesPage", u"Filter by goal (ODD)", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel.setText(QCoreApplication.translate("ExamplesPage", u"&Form:", None))
#if QT_CONFIG(accessibility)
        self.formFilter.setAccessibleName(QCoreApplication.translate("ExamplesPage", u"Filter by partnership form", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("ExamplesPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ExamplesPage", u"Search the examples", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ExamplesPage", u"Inspiring examples", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("ExamplesPage", u"The example chosen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

