"""The main window: navigation between the pages, menus, undo/redo, language, About."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from catalyseur_app import messages
from catalyseur_app.profile import load_profile
from catalyseur_app.resources import resource_path
from catalyseur_app.store import Store
from catalyseur_app.store.autobackup import INTERVAL_SECONDS as BACKUP_INTERVAL_SECONDS
from catalyseur_app.store.autobackup import AutoBackup
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_main_window import Ui_MainWindow
from catalyseur_app.ui.widgets import elision, wheel_guard
from catalyseur_app.ui.window_state import WindowState

log = logging.getLogger(__name__)

# (key, module, class): the pages in navigation order, each created the first time it is shown.
PAGES = (
    ("dashboard", "catalyseur_app.ui.pages.dashboard", "DashboardPage"),
    ("actors", "catalyseur_app.ui.pages.actors", "ActorsPage"),
    ("partnerships", "catalyseur_app.ui.pages.partnerships", "PartnershipsPage"),
    ("diagnostics", "catalyseur_app.ui.pages.diagnostics", "DiagnosticsPage"),
    ("journal", "catalyseur_app.ui.pages.journal", "JournalPage"),
    ("exchanges", "catalyseur_app.ui.pages.exchanges", "ExchangesPage"),
    ("examples", "catalyseur_app.ui.pages.examples", "ExamplesPage"),
)
PAGE_KEYS = tuple(key for key, _, _ in PAGES)
# Shown after the others only once a consolidation store is open (the foundation's side).
FOUNDATION_PAGE = ("foundation", "catalyseur_app.ui.pages.foundation", "FoundationPage")


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    restore_requested = Signal(object)  # a BackupInfo the person chose to restore (the controller does it)
    first_painted = Signal()  # once, when the window has been drawn for the first time
    vocabularies_changed = Signal()  # a pack added terms (the controller rebuilds the window)
    foundation_opened = Signal(str)  # a consolidation store was opened (as shown to a person)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 auto_backup: AutoBackup | None = None, carried: dict[str, dict] | None = None,
                 foundation_db: str | None = None):
        super().__init__(parent)
        elision.install(QApplication.instance())  # also when a test builds the window without app.application()
        wheel_guard.install()  # once for the application; before the pages are built
        self.store = store
        # Given by the controller, the automatic backup outlives a window rebuilt for a new language.
        self.auto_backup = auto_backup or AutoBackup(store)
        if auto_backup is None:
            self.destroyed.connect(self.auto_backup.close)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self.context = AppContext(store=store, undo_stack=self.undo_stack, navigate=self.navigate)
        self._pages: dict[str, QWidget] = {}
        self._keys = list(PAGE_KEYS)  # the navigation's rows; « foundation » joins them when opened
        # Choices made on pages of the window this one replaces (a language switch), by page key.
        self._carried = dict(carried or {})
        self._current = None
        self.help_window = None  # the user guide, made when first asked for (F1)
        self._painted = False
        self.window_state = WindowState(store.data_dir)
        self.window_state.place(self)
        self._setup_navigation()
        self._setup_menus()
        self._update_status()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_SECONDS * 1000)
        self._backup_timer.timeout.connect(self.backup_if_changed)
        self._backup_timer.start()
        self.navigate("dashboard")
        if foundation_db:  # once the first screen is drawn: checking it loads SQLAlchemy
            self.first_painted.connect(lambda: self.open_foundation(foundation_db, show=False))

    # --- navigation -------------------------------------------------------------------------
    def page_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "actors": self.tr("Actors"),
            "partnerships": self.tr("Partnerships"),
            "diagnostics": self.tr("Diagnostics"),
            "journal": self.tr("Activity journal"),
            "exchanges": self.tr("Exchanges"),
            "foundation": self.tr("Foundation"),
            "examples": self.tr("Inspiring examples"),
        }

    def _setup_navigation(self) -> None:
        titles = self.page_titles()
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(QIcon(str(resource_path("icons", f"{key}.svg"))), titles[key])
            item.setToolTip(f"{titles[key]} (Ctrl+{number})")
            self.ui.navigation.addItem(item)
        self.ui.navigation.currentRowChanged.connect(self._on_navigation_row)

    def _on_navigation_row(self, row: int) -> None:
        if 0 <= row < len(self._keys) and self._keys[row] != self._current:
            self.navigate(self._keys[row])

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            _, module_name, class_name = next(p for p in (*PAGES, FOUNDATION_PAGE) if p[0] == key)
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.context, self)
            self._pages[key] = page
            if hasattr(page, "vocabularies_changed"):
                page.vocabularies_changed.connect(self.vocabularies_changed)
            self.ui.pages.addWidget(page)
            self.window_state.restore_parts(page, key)
            if key in self._carried and hasattr(page, "restore_session_state"):
                page.restore_session_state(self._carried[key])
        return self._pages[key]

    def navigate(self, key: str, **filters) -> bool:
        """Show page ``key`` (leaving the current one only if it agrees) and apply ``filters``."""
        if key not in self._keys:
            return False  # the « Fondation » page before a consolidation store is open
        if self._current and self._current != key:
            current = self._pages.get(self._current)
            if current is not None and hasattr(current, "maybe_leave") and not current.maybe_leave():
                self._select_row(self._current)
                # The question ran inside the sidebar's mouse press, which then goes on to select
                # the row clicked: select the open page again once that click is over.
                QTimer.singleShot(0, lambda: self._current and self._select_row(self._current))
                return False
        page = self.page(key)
        self._current = key
        self._select_row(key)
        self.ui.pages.setCurrentWidget(page)
        if hasattr(page, "refresh"):
            page.refresh()
        if filters and hasattr(page, "apply_filters"):
            page.apply_filters(**filters)
        self.setWindowTitle(f"{self.page_titles()[key]} — Catalyseur")
        return True

    def current_page_key(self) -> str | None:
        return self._current

    def page_keys(self) -> list[str]:
        """The pages in the navigation, in order."""
        return list(self._keys)

    # --- the foundation's consolidation store ---------------------------------------------------
    def choose_foundation(self) -> None:
        """File → Open a consolidation database…: a SQLite file made by « foundation consolidate »."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a consolidation database"), "",
            self.tr("Consolidation databases (*.sqlite *.db *.sqlite3);;All files (*)"))
        if path:
            self.open_foundation(path)

    def open_foundation(self, target: str, show: bool = True) -> None:
        """Check in the background that ``target`` is a consolidation store, then add the
        « Fondation » page (and show it if ``show``); a message and no page otherwise."""
        from catalyseur_app.ui.tasks import run_task

        def check(progress):
            from catalyseur_app.foundation.tables import check_consolidation_store

            return check_consolidation_store(target)

        self.foundation_task = run_task(self, self.tr("Opening the consolidation database…"), check,
                                        on_done=lambda shown: self._foundation_opened(target, shown, show),
                                        on_error=self._foundation_refused, show_dialog=show)

    def _foundation_opened(self, target: str, shown: str, show: bool) -> None:
        old = self._pages.pop("foundation", None)
        if old is not None:  # another store than before: a new page
            if self._current == "foundation":
                self.navigate("dashboard")
            self.ui.pages.removeWidget(old)
            old.deleteLater()
        self.context.foundation_db, self.context.foundation_shown = target, shown
        if "foundation" not in self._keys:
            self._keys.append("foundation")
            title = self.page_titles()["foundation"]
            number = len(self._keys)
            item = QListWidgetItem(QIcon(str(resource_path("icons", "foundation.svg"))), title)
            item.setToolTip(f"{title} (Ctrl+{number})")
            self.ui.navigation.addItem(item)
            action = self.ui.menuView.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False: self.navigate("foundation"))
        self.ui.statusbar.showMessage(self.tr("Consolidation database open: %1").replace("%1", shown), 10000)
        self.foundation_opened.emit(shown)
        if show:
            self.navigate("foundation")

    def _foundation_refused(self, error: Exception) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Consolidation database"), str(error), parent=self)
        self.foundation_warning = box
        box.open()

    def _select_row(self, key: str) -> None:
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(self._keys.index(key), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.ui.navigation.blockSignals(False)

    # --- menus ------------------------------------------------------------------------------
    def _setup_menus(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        titles = self.page_titles()
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = self.ui.menuView.addAction(titles[key])
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.navigate(k))
        self.ui.actionQuit.triggered.connect(self.close)
        consolidation = QAction(self.tr("Open a &consolidation database…"), self)
        consolidation.setObjectName("actionOpenConsolidation")
        consolidation.triggered.connect(self.choose_foundation)
        file_actions = self.ui.menuFile.actions()
        self.ui.menuFile.insertAction(file_actions[file_actions.index(self.ui.actionQuit) - 1], consolidation)
        self.ui.actionAbout.triggered.connect(self.show_about)
        guide = QAction(self.tr("User &guide"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_help)
        self.ui.menuHelp.insertAction(self.ui.actionAbout, guide)
        self.guide_action = guide
        self.ui.actionProfile.triggered.connect(self.edit_profile)
        self.ui.actionSummary.triggered.connect(self.show_summary)
        backups = self.ui.menuSettings.addAction(self.tr("&Backups…"))
        backups.setObjectName("actionBackups")
        backups.triggered.connect(self.show_backups)
        self.ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir))))
        group = QActionGroup(self)
        for action, code in ((self.ui.actionFrench, "fr"), (self.ui.actionEnglish, "en")):
            group.addAction(action)
            action.setChecked(code == messages.language())
            action.triggered.connect(lambda _checked=False, c=code: self.request_language(c))

    def request_language(self, language: str) -> None:
        if language != messages.language():
            self.language_requested.emit(language)

    # Dialogs are imported when first opened: they are not needed to show the window.
    def show_about(self) -> None:
        from catalyseur_app.ui.about_dialog import AboutDialog

        AboutDialog(self.store, self).exec()

    def show_help(self) -> None:
        """The user guide, at the section of the page shown."""
        from catalyseur_app.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.show_section(self._current)

    def edit_profile(self) -> None:
        from catalyseur_app.ui.profile_wizard import ProfileDialog

        if ProfileDialog(self.store, self).exec():
            self._update_status()

    def show_backups(self) -> None:
        from catalyseur_app.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.store.data_dir, self.store, self)
        dialog.restore_chosen.connect(self.restore_requested.emit)
        self.backups_dialog = dialog
        dialog.open()

    # --- automatic backups ------------------------------------------------------------------
    def backup_if_changed(self) -> None:
        """Every 30 minutes: a verified copy in the background, if anything was written since the last."""
        from catalyseur_app.ui.tasks import run_task

        auto = self.auto_backup
        run_task(self, self.tr("Automatic backup"), lambda progress: auto.backup_if_changed(),
                 on_done=lambda info: info and log.info("automatic backup %s", info.path.name),
                 on_error=self._automatic_backup_failed, show_dialog=False)

    def _automatic_backup_failed(self, error: Exception) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Automatic backup"),
                          self.tr("The automatic backup failed: %1").replace("%1", str(error)), parent=self)
        self.backup_warning = box
        box.open()

    def stop_automatic_backups(self) -> None:
        self._backup_timer.stop()

    def show_summary(self) -> None:
        from catalyseur_app.ui.documents import show_summary

        show_summary(self, self.context)

    def _update_status(self) -> None:
        profile = load_profile(self.store)
        who = f"{profile.full_name} — {profile.structure}" if profile and profile.structure else (
            profile.full_name if profile else "")
        self.ui.statusbar.showMessage(self.tr("%1 · data in %2").replace("%1", who).replace(
            "%2", str(self.store.data_dir)))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint has reached the screen

    # --- closing ----------------------------------------------------------------------------
    def leave_all_pages(self) -> bool:
        """Ask every open page about unsaved edits; False when the person wants to stay."""
        return all(page.maybe_leave() for page in self._pages.values() if hasattr(page, "maybe_leave"))

    def session_state(self) -> dict[str, dict]:
        """Choices of this session to carry into a rebuilt window (not kept between launches)."""
        state = dict(self._carried)
        state.update({key: page.session_state() for key, page in self._pages.items() if hasattr(page, "session_state")})
        return state

    def save_state(self) -> None:
        """Remember the window's place and size, and the splitters and columns of its pages."""
        self.window_state.save_window(self)
        for key, page in self._pages.items():
            self.window_state.save_parts(page, key)
        self.window_state.sync()

    def _backup_at_closing(self) -> None:
        """The closing copy, if anything was written since the last one. It runs here, not in the
        pool: close() must return with the copy made (a local event loop would also run the deferred
        deletions of other windows). The status bar says what the wait is for."""
        if not self.auto_backup.has_changes():
            return
        self.ui.statusbar.showMessage(self.tr("Backing up before closing…"))
        self.ui.statusbar.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.auto_backup.backup_if_changed(closing=True)
        except Exception as error:  # any failure is told, and closing goes on
            log.exception("backup at closing failed")
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Backup at closing"),
                                self.tr("The backup at closing failed: %1").replace("%1", str(error)))
        else:
            QApplication.restoreOverrideCursor()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_all_pages():
            event.ignore()
            return
        self.save_state()
        self.stop_automatic_backups()
        self._backup_at_closing()
        event.accept()
