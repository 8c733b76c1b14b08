"""Where the window opens and what it remembers between launches.

The window opens within the available part of its screen (a 1024×768 laptop included) and keeps
its size, position, maximised state, splitter positions and column widths in ``window.ini``
inside the data folder (each test has its own data folder, so tests never share it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QWidget

SETTINGS_FILE = "window.ini"
PREFERRED_SIZE = QSize(1200, 780)


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` shrunk to ``available`` if needed and moved inside it."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width)
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def first_rect(available: QRect) -> QRect:
    """The preferred size, at most 95 % of the room on the screen, centred."""
    width = min(PREFERRED_SIZE.width(), int(available.width() * 0.95))
    height = min(PREFERRED_SIZE.height(), int(available.height() * 0.95))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def _frame_margins(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


class WindowState:
    """Saves and restores a window and the splitters and table columns of its pages."""

    def __init__(self, data_dir: Path):
        self.settings = QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)

    # --- the window -------------------------------------------------------------------------
    def place(self, window: QWidget) -> None:
        """Give ``window`` its remembered geometry, or a first one, always within the screen."""
        available = window.screen().availableGeometry()
        saved = self.settings.value("window/geometry")
        if saved is not None and window.restoreGeometry(saved):
            if not window.isMaximized():
                window.setGeometry(fit_rect(window.geometry(), self._inner(window, available)))
        else:
            window.setGeometry(first_rect(self._inner(window, available)))
        if self.settings.value("window/maximised", False, type=bool):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    @staticmethod
    def _inner(window: QWidget, available: QRect) -> QRect:
        """The room for the window's contents once its frame (title bar, borders) is drawn."""
        margins = _frame_margins(window)
        return available.adjusted(0, margins.height(), -margins.width(), 0)

    def save_window(self, window: QWidget) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/maximised", window.isMaximized())

    # --- splitters and columns --------------------------------------------------------------
    @staticmethod
    def _parts(root: QWidget):
        for splitter in root.findChildren(QSplitter):
            if splitter.objectName():
                yield splitter.objectName(), splitter
        for view in root.findChildren(QAbstractItemView):
            header = getattr(view, "horizontalHeader", None)
            if view.objectName() and header is not None:
                yield f"{view.objectName()}.columns", header()

    def restore_parts(self, root: QWidget, key: str) -> None:
        for name, part in self._parts(root):
            state = self.settings.value(f"{key}/{name}")
            if state is None:
                continue
            if isinstance(part, QHeaderView) and part.count() == 0:
                continue  # no columns yet: nothing to restore against
            part.restoreState(state)

    def save_parts(self, root: QWidget, key: str) -> None:
        for name, part in self._parts(root):
            self.settings.setValue(f"{key}/{name}", part.saveState())

    def sync(self) -> None:
        self.settings.sync()
