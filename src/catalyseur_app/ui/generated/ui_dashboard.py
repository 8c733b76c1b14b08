# Generated from forms/dashboard.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1200, 900)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(DashboardPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.grid = QGridLayout(self.content)
        self.grid.setObjectName(u"grid")
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.heading = QLabel(self.content)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headingRow.addWidget(self.heading)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingRow.addItem(self.headingSpacer)

        self.refreshButton = QPushButton(self.content)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headingRow.addWidget(self.refreshButton)


        self.grid.addLayout(self.headingRow, 0, 0, 1, 2)

        self.totals = QLabel(self.content)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        self.grid.addWidget(self.totals, 1, 0, 1, 2)

        self.timeHost = QWidget(self.content)
        self.timeHost.setObjectName(u"timeHost")
        self.timeHost.setMinimumSize(QSize(0, 300))

        self.grid.addWidget(self.timeHost, 2, 0, 1, 2)

        self.formHost = QWidget(self.content)
        self.formHost.setObjectName(u"formHost")
        self.formHost.setMinimumSize(QSize(0, 250))

        self.grid.addWidget(self.formHost, 3, 0, 1, 1)

        self.stageHost = QWidget(self.content)
        self.stageHost.setObjectName(u"stageHost")
        self.stageHost.setMinimumSize(QSize(0, 250))

        self.grid.addWidget(self.stageHost, 3, 1, 1, 1)

        self.oddHost = QWidget(self.content)
        self.oddHost.setObjectName(u"oddHost")
        self.oddHost.setMinimumSize(QSize(0, 260))

        self.grid.addWidget(self.oddHost, 4, 0, 1, 2)

        self.diagnosticHost = QWidget(self.content)
        self.diagnosticHost.setObjectName(u"diagnosticHost")
        self.diagnosticHost.setMinimumSize(QSize(0, 230))

        self.grid.addWidget(self.diagnosticHost, 5, 0, 1, 1)

        self.upcomingLayout = QVBoxLayout()
        self.upcomingLayout.setObjectName(u"upcomingLayout")
        self.upcomingLabel = QLabel(self.content)
        self.upcomingLabel.setObjectName(u"upcomingLabel")
        self.upcomingLabel.setStyleSheet(u"font-weight: 600;")

        self.upcomingLayout.addWidget(self.upcomingLabel)

        self.upcoming = QTableView(self.content)
        self.upcoming.setObjectName(u"upcoming")
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.upcomingLayout.addWidget(self.upcoming)


        self.grid.addLayout(self.upcomingLayout, 5, 1, 1, 1)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.upcomingLabel.setBuddy(self.upcoming)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.heading.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"Refresh", None))
#if QT_CONFIG(accessibility)
        self.totals.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Totals", None))
#endif // QT_CONFIG(accessibility)
        self.upcomingLabel.setText(QCoreApplication.translate("DashboardPage", u"&Upcoming actions (next 30 days and overdue):", None))
#if QT_CONFIG(accessibility)
        self.upcoming.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Upcoming actions of the action plans", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

