"""The user guide inside the application, offline: docs/guide-utilisateur.md (shipped with the
program, see ``resources.guide_dir``) rendered by QTextDocument's Markdown reader, its
screenshots included, with a find box, opened at the section of the current page (F1)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from catalyseur_app.resources import GUIDE_FILE, guide_dir

# The section of the guide for each page: the start of its heading (numbers and accents ignored).
SECTIONS = {
    "dashboard": "Le tableau de bord",
    "actors": "Les acteurs et leurs contacts",
    "partnerships": "Les partenariats",
    "diagnostics": "Le diagnostic",
    "journal": "Le journal des métiers",
    "exchanges": "Les échanges avec la Fondation",
    "foundation": "À la Fondation : rassembler",
    "examples": "Les packs de la Fondation et les exemples inspirants",
}


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lstrip("0123456789. ")).casefold()
    return "".join(c for c in text if not unicodedata.combining(c))


class HelpWindow(QWidget):
    """A window of its own beside the main one (it stays open while the person works)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide — Catalyseur"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        folder = guide_dir()
        self.browser.setSearchPaths([str(folder)])
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        document.setMarkdown((folder / GUIDE_FILE).read_text(encoding="utf-8"))

        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setAccessibleName(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.find_status = QLabel(self)
        row = QHBoxLayout()
        for widget in (self.find_box, self.previous_button, self.next_button, self.find_status):
            row.addWidget(widget)
        row.setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textEdited.connect(lambda _text: self.find_next(from_start=True))
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, activated=self.find_previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.resize(820, 640)

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    # --- sections -------------------------------------------------------------------------
    def show_section(self, page_key: str | None) -> bool:
        """Scroll so that the section of ``page_key`` starts at the top; False if not found."""
        wanted = _plain(SECTIONS.get(page_key or "", ""))
        block = self.browser.document().begin()
        while wanted and block.isValid():
            if block.blockFormat().headingLevel() and _plain(block.text()).startswith(wanted):
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False

    def current_heading(self) -> str:
        """The heading of the section shown at the top (for tests and the window title)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.previous()
        return block.text() if block.isValid() else ""

    # --- find -----------------------------------------------------------------------------
    def find_next(self, from_start: bool = False) -> bool:
        return self._find(QTextDocument.FindFlag(0), from_start)

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward, False)

    def _find(self, flags, from_start: bool) -> bool:
        text = self.find_box.text().strip()
        self.find_status.clear()
        if not text:
            return False
        if from_start:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(text, flags):
            return True
        # wrap around once
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        self.browser.moveCursor(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        if self.browser.find(text, flags):
            return True
        self.find_status.setText(self.tr("Not found"))
        return False
