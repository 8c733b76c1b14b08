"""The départements' choropleth map of the « Fondation » page, drawn with QGraphicsView.

Outlines come from ``foundation.boundaries`` (the shipped, offline GeoJSON). Colours are
ColorBrewer's sequential « Blues » in five classes: light for little, dark for much, which reads
the same for colour-blind people and in black and white; a département without any value is
white with grey hatching, so it cannot be taken for the lightest class. Clicking a département
emits ``department_clicked(code)``; each one has a tooltip with its name and value.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from catalyseur_app.foundation.boundaries import load_departments
from catalyseur_app.ui.i18n import filled

PALETTE = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")  # ColorBrewer Blues, 5 classes
NO_DATA = QColor("#ffffff")
HATCH = QColor("#b0b0b0")
BORDER = QColor("#4d4d4d")


def class_breaks(values: list[float], whole: bool) -> list[tuple[float, float]]:
    """Up to five classes of equal width from the smallest value to the largest, as (low, high);
    whole numbers (counts) give whole bounds."""
    if not values:
        return []
    low, high = min(values), max(values)
    count = min(len(PALETTE), len(set(values)))
    if count <= 1 or high == low:
        return [(low, high)]
    width = (high - low) / count
    if whole:
        width = max(1, math.ceil(width))
        count = min(count, math.ceil((high - low + 1) / width))
    bounds = []
    for i in range(count):
        start = low + i * width
        end = high if i == count - 1 else start + width - (1 if whole else 0)
        bounds.append((start, end))
    return bounds


def class_of(value: float, breaks: list[tuple[float, float]]) -> int:
    for i, (_low, high) in enumerate(breaks):
        if value <= high:
            return i
    return len(breaks) - 1


def class_colour(index: int, count: int) -> QColor:
    """Fewer than five classes take colours spread over the whole palette (light to dark)."""
    if count <= 1:
        return QColor(PALETTE[2])
    return QColor(PALETTE[round(index * (len(PALETTE) - 1) / (count - 1))])


def no_data_brush() -> QBrush:
    return QBrush(HATCH, Qt.BrushStyle.BDiagPattern)


class DepartmentItem(QGraphicsPathItem):
    def __init__(self, code: str, name: str, path: QPainterPath):
        super().__init__(path)
        self.code, self.name = code, name
        pen = QPen(BORDER, 0.8)
        pen.setCosmetic(True)
        self.setPen(pen)


def _path(polygons) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in polygon:
            path.moveTo(*ring[0])
            for point in ring[1:]:
                path.lineTo(*point)
            path.closeSubpath()
    return path


class DepartmentMap(QGraphicsView):
    department_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("departmentMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.items_by_code: dict[str, DepartmentItem] = {}
        self.breaks: list[tuple[float, float]] = []
        self.selected: str | None = None
        for code, department in load_departments().items():
            if department.inset:
                frame = QGraphicsRectItem(QRectF(*department.inset))
                pen = QPen(QColor("#9a9a9a"), 0.8)
                pen.setCosmetic(True)
                frame.setPen(pen)
                frame.setZValue(-1)
                self.scene().addItem(frame)
            item = DepartmentItem(code, department.name, _path(department.polygons))
            self.scene().addItem(item)
            self.items_by_code[code] = item
        bounds = self.scene().itemsBoundingRect()
        self.scene().setSceneRect(bounds.adjusted(-10, -10, 10, 10))
        self.set_values({}, "", whole=True)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 220)

    # --- colours ------------------------------------------------------------------------------
    def set_values(self, values: dict[str, float], label: str, whole: bool, shown=str) -> None:
        """Colour each département by ``values`` (code -> value), ``label`` naming the measure;
        ``shown(value)`` writes a value for the tooltips."""
        self.breaks = class_breaks(list(values.values()), whole)
        no_data = self.tr("no data")
        value_template = self.tr("%1: %2")  # "Partnerships: 12"; a no-break space before « : » in French
        for code, item in self.items_by_code.items():
            value = values.get(code)
            tip = f"{item.name} ({code})"
            if value is None:
                item.setBrush(no_data_brush())
            else:
                item.setBrush(QBrush(class_colour(class_of(value, self.breaks), len(self.breaks))))
            if label:
                shown_value = no_data if value is None else shown(value)
                tip += "\n" + filled(value_template, label, shown_value)
            item.setToolTip(tip)
        self.scene().setBackgroundBrush(QBrush(NO_DATA))
        self._show_selection()

    def set_selected(self, code: str | None) -> None:
        self.selected = code
        self._show_selection()

    def _show_selection(self) -> None:
        for code, item in self.items_by_code.items():
            chosen = code == self.selected
            pen = QPen(QColor("#000000") if chosen else BORDER, 3 if chosen else 0.8)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setZValue(1 if chosen else 0)

    # --- geometry and clicks ------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def department_at(self, point: QPoint) -> str | None:
        for item in self.items(point):
            if isinstance(item, DepartmentItem):
                return item.code
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.department_at(event.position().toPoint())
            if code is not None:
                self.department_clicked.emit(code)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        over = self.department_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def point_of(self, code: str) -> QPoint:
        """A point of the viewport inside département ``code`` (where a click selects it)."""
        item = self.items_by_code[code]
        rect = item.path().boundingRect()
        candidates = [rect.center()] + [QPointF(rect.left() + rect.width() * (i + 0.5) / 9,
                                                rect.top() + rect.height() * (j + 0.5) / 9)
                                        for j in range(9) for i in range(9)]
        for candidate in candidates:
            point = self.mapFromScene(candidate)
            if item.path().contains(candidate) and self.department_at(point) == code:
                return point
        return self.mapFromScene(rect.center())


def _swatch(brush: QBrush, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(NO_DATA)
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, size, size, brush)
    painter.setPen(QPen(BORDER, 1))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """The classes of the map's colours, one line each, then « no data »."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.lines: list[str] = []

    def set_classes(self, title: str, breaks: list[tuple[float, float]], shown=str) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.grid.addWidget(heading, 0, 0, 1, 2)
        size = self.fontMetrics().height()
        self.lines = []
        entries = [(QBrush(class_colour(i, len(breaks))),
                    shown(low) if low == high else f"{shown(low)} – {shown(high)}")
                   for i, (low, high) in enumerate(breaks)]
        entries.append((no_data_brush(), self.tr("no data")))
        for row, (brush, text) in enumerate(entries, start=1):
            box = QLabel(self)
            box.setPixmap(_swatch(brush, size))
            box.setFixedSize(size, size)
            label = QLabel(text, self)
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(label, row, 1)
            self.lines.append(text)
        self.grid.setColumnStretch(1, 1)
