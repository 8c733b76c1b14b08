"""The radar chart of the scores per volet (QtCharts polar chart)."""

from __future__ import annotations

import html

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QMargins, QPointF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class RadarChart(QChartView):
    """Scores 0–100 on one spoke per volet. A volet without a score is « not filled in »: its
    spoke is named so and the outline skips it (drawing it at 0 read as the worst score)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Radar chart of the scores per volet"))
        self.setChart(QPolarChart())
        self.points: list[tuple[str, float]] = []

    def set_scores(self, labels: list[str], scores: list[float | None]) -> None:
        chart = QPolarChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        count = max(len(labels), 1)
        angular = QCategoryAxis()
        angular.setRange(0, count)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        font = angular.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        angular.setLabelsFont(font)
        for number, (label, score) in enumerate(zip(labels, scores, strict=True)):
            shown = label if score is not None else self.tr("%1 (not filled in)").replace("%1", label)
            angular.append(_wrapped(shown), number)
        radial = QValueAxis()
        radial.setRange(0, 100)
        radial.setTickCount(5)
        radial.setLabelFormat("%d")
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        outline = QLineSeries()
        self.points = list(zip(labels, scores, strict=True))
        drawn = [(number, score) for number, (_label, score) in enumerate(self.points) if score is not None]
        for number, score in drawn:
            outline.append(QPointF(number, score))
        if drawn:
            first, score = drawn[0]
            outline.append(QPointF(first + len(self.points), score))
        outline.setParent(chart)  # QAreaSeries does not own its upper series
        self._outline = outline
        area = QAreaSeries(outline)
        area.setColor(QColor(30, 100, 170, 90))
        area.setBorderColor(QColor(30, 100, 170))
        area.setPen(QPen(QColor(30, 100, 170), 2))
        chart.addSeries(area)
        area.attachAxis(angular)
        area.attachAxis(radial)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def _wrapped(label: str, width: int = 16) -> str:
    """The whole volet name on lines of about ``width`` characters (the labels are rich text):
    cut names hid which volet a spoke was."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(html.escape(line, quote=False) for line in lines)
