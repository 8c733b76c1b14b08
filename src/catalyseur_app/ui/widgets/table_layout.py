"""Tables that read well at any window width: one line per row, and columns that make room.

    compact_rows(view)          one text line per row (no word wrap, text elided with « … »,
                                the full value stays in the cell's tooltip)
    ResponsiveColumns(view, stretch=0, columns=[(index, chars), ...])
                                the ``stretch`` column takes the free width; the others, listed
                                from the most to the least useful with a width in characters, are
                                shown while they fit and hidden, least useful first, when the
                                table is too narrow (a wider window or splitter brings them back)
    .width_of(chars, *columns)  the width those columns need, to keep a table wide enough for them
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def compact_rows(view: QTableView) -> None:
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class ResponsiveColumns(QObject):
    def __init__(self, view: QTableView, stretch: int, columns: list[tuple[int, int]],
                 stretch_chars: int = 18, hidden: tuple[int, ...] = ()):
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._columns = list(columns)
        self._hidden = set(hidden)
        char = view.fontMetrics().averageCharWidth()
        self._stretch_min = stretch_chars * char
        header = view.horizontalHeader()
        # never narrower than the column's title (« Consentement » over a date)
        self._widths = {index: max(chars * char + 24, header.sectionSizeHint(index) if view.model() else 0)
                        for index, chars in columns}
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for index in self._hidden:
            view.setColumnHidden(index, True)
        for index, width in self._widths.items():
            view.setColumnWidth(index, width)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
        self.fit()

    def width_of(self, stretch_chars: int, *columns: tuple[int, int]) -> int:
        """Pixels taken by the stretching column at ``stretch_chars`` and the given columns."""
        char = self._view.fontMetrics().averageCharWidth()
        return stretch_chars * char + sum(self._widths.get(index, chars * char + 24) for index, chars in columns)

    def shown_columns(self) -> list[int]:
        return [index for index in range(self._view.model().columnCount()) if not self._view.isColumnHidden(index)]

    def fit(self) -> None:
        view = self._view
        if view.model() is None:
            return
        available = view.viewport().width() - self._stretch_min
        for index, _chars in self._columns:
            width = self._widths[index]
            fits = available >= width
            if fits:
                available -= width
            if view.isColumnHidden(index) == fits:
                view.setColumnHidden(index, not fits)
                if fits:
                    view.setColumnWidth(index, width)
            # once one column is left out, the less useful ones are too
            if not fits:
                available = -1

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
