"""Starting the window: application object, language, store, first-run wizard, main window."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from catalyseur_app import APP_NAME, __version__
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.logs import setup_logging
from catalyseur_app.profile import load_profile
from catalyseur_app.resources import resource_path
from catalyseur_app.store import Store, StoreError, open_store, resolve_data_dir
from catalyseur_app.store.autobackup import AutoBackup
from catalyseur_app.store.errors import PagesDamaged, RestoreNeeded, database_damaged
from catalyseur_app.ui.database_errors import (
    DAMAGED_PAGES_EXIT,
    MAIN_LOOP_PROPERTY,
    database_problems_shown,
    show_database_problem,
)
from catalyseur_app.ui.i18n import DEFAULT_LANGUAGE, install_language
from catalyseur_app.ui.main_window import MainWindow
from catalyseur_app.ui.widgets import elision, wheel_guard

log = logging.getLogger(__name__)
LANGUAGE_SETTING = "language"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Fondation des Territoires")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "catalyseur.svg"))))
    elision.install(app)
    wheel_guard.install(app)
    return app


class _PageCheckRelay(QObject):
    damaged = Signal(object)  # emitted by the background thread, received on the GUI thread


class WindowController:
    """Owns the main window and the store; rebuilds the window when the person changes the language
    and after a restore (which closes the store, replaces the database and opens it again)."""

    def __init__(self, app: QApplication, store: Store, foundation_db: str | None = None):
        self.app, self.store = app, store
        self.foundation_db = foundation_db  # a consolidation store to open beside the store (« Fondation »)
        self.window: MainWindow | None = None
        self.auto_backup: AutoBackup | None = None
        self._relay = _PageCheckRelay()
        self._relay.damaged.connect(self._pages_damaged)

    def load_the_rest(self) -> None:
        """Once the first screen is drawn, in the background: the page check the store was opened
        without (writes wait for it), then what the other pages need: SQLAlchemy with the models
        (the first screen reads without them) and the communes search."""
        store, relay = self.store, self._relay

        def load() -> None:
            try:
                store.check_pages()
            except PagesDamaged as refusal:
                relay.damaged.emit(refusal)
                return
            store.load_sessions()
            get_commune_index().prepare_search()

        threading.Thread(target=load, name="load-the-rest", daemon=True).start()

    def _pages_damaged(self, refusal: PagesDamaged) -> None:
        """Leave the window without writing anything more (no closing backup); ``run_gui`` then
        opens the store again with the check, which offers the restore as at any start."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.window is not None:
            self.window.stop_automatic_backups()
            self.window.hide()
        log.error("the window stops: %s", refusal)
        if self.app.property(MAIN_LOOP_PROPERTY):
            self.app.exit(DAMAGED_PAGES_EXIT)

    def show(self, page: str = "dashboard", carried: dict[str, dict] | None = None) -> MainWindow:
        if self.auto_backup is None:
            self.auto_backup = AutoBackup(self.store)
        if self.window is not None:  # a rebuilt window keeps the consolidation store its predecessor opened
            self.foundation_db = self.window.context.foundation_db or self.foundation_db
        self.window = MainWindow(self.store, auto_backup=self.auto_backup,  # opens on the dashboard
                                 carried=carried, foundation_db=self.foundation_db)
        self.window.language_requested.connect(self.change_language)
        self.window.restore_requested.connect(self.restore)
        self.window.vocabularies_changed.connect(self.refresh_vocabularies, Qt.ConnectionType.QueuedConnection)
        if page == "foundation" and page not in self.window.page_keys():  # back once the store is checked again
            self.window.foundation_opened.connect(lambda _shown, window=self.window: window.navigate(page))
        elif page != self.window.current_page_key():
            self.window.navigate(page)
        self.window.show()
        return self.window

    def change_language(self, language: str) -> None:
        self._rebuild(lambda: self.store.set_setting(LANGUAGE_SETTING, install_language(self.app, language)))

    def refresh_vocabularies(self) -> None:
        """A pack added terms: the window is rebuilt, so every list already built offers them."""
        self._rebuild()

    def _rebuild(self, before_showing: Callable[[], None] = lambda: None) -> None:
        """A new window in place of the old one, on the same page with the session's choices
        (after asking about unsaved edits); ``before_showing`` runs once the old one let go."""
        old = self.window
        if old is None or not old.leave_all_pages():
            return
        page = old.current_page_key() or "dashboard"
        old.save_state()  # the new window opens where the old one was
        before_showing()
        self.show(page, old.session_state())
        old.hide()
        old.deleteLater()

    def restore(self, backup) -> None:
        """Close the store, restore ``backup`` in the background, reopen the store and the window."""
        from catalyseur_app.store.restore import restore_backup
        from catalyseur_app.ui.tasks import run_task

        old = self.window
        if old is None or not old.leave_all_pages():
            return
        page = old.current_page_key() or "dashboard"
        old.stop_automatic_backups()
        self.close_store()
        data_dir = self.store.data_dir
        title = QCoreApplication.translate("WindowController", "Restoring the backup…")
        run_task(old, title, lambda progress: restore_backup(data_dir, backup, progress),
                 on_done=lambda result: self._reopen(old, page, None),
                 on_error=lambda error: self._reopen(old, page, error))

    def _reopen(self, old: MainWindow, page: str, error: Exception | None) -> None:
        try:
            self.store = open_store(self.store.data_dir)
        except StoreError as failure:
            QMessageBox.critical(old, APP_NAME, str(failure))
            old.hide()
            self.window = None
            self.app.quit()
            return
        geometry = old.saveGeometry()
        window = self.show(page)
        window.restoreGeometry(geometry)
        old.hide()
        old.deleteLater()
        if error is None:
            window.ui.statusbar.showMessage(QCoreApplication.translate(
                "WindowController", "Backup restored; your data as it was before is kept in a backup too."))
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(error), parent=window)
            window.restore_warning = box
            box.open()

    def close_store(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.close()
            self.auto_backup = None
        self.store.close()


def start(store: Store, language: str | None = None, foundation_db: str | None = None) -> WindowController | None:
    """Install the language, run the first-run wizard if needed, show the main window.

    Returns None when the person closed the wizard without creating a profile.
    """
    app = application()
    install_language(app, language or store.get_setting(LANGUAGE_SETTING) or DEFAULT_LANGUAGE)
    if load_profile(store) is None:
        from catalyseur_app.ui.profile_wizard import FirstRunWizard

        wizard = FirstRunWizard(store)
        if not wizard.exec():
            return None
    controller = WindowController(app, store, foundation_db)
    controller.show().first_painted.connect(controller.load_the_rest)
    return controller


def restore_at_start(data_dir, error: RestoreNeeded) -> Store | None:
    """The database cannot be used but backups exist: let the person restore one, or quit.
    Returns the store opened on the restored database, or None."""
    from catalyseur_app.ui.backups_dialog import RestoreNeededDialog

    dialog = RestoreNeededDialog(data_dir, error)
    dialog.exec()
    return dialog.opened_store


def run_gui(args, check_pages_later: bool = True) -> int:
    """Open the store (its page check runs once the window is drawn, see ``load_the_rest``), show
    the window and run it. When the check finds damage, start again with the check first: the
    person then meets the restore dialog, or the message, as on any start with a damaged file."""
    data_dir = resolve_data_dir(args.data_dir)
    app = application()
    try:
        setup_logging(data_dir)
        store = open_store(data_dir, check_pages_now=not check_pages_later)
    except RestoreNeeded as error:
        install_language(app, args.lang or DEFAULT_LANGUAGE)
        store = restore_at_start(data_dir, error)
        if store is None:
            return 1
    except (StoreError, OSError) as error:
        install_language(app, args.lang or DEFAULT_LANGUAGE)
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    log.info("Catalyseur %s started on %s", __version__, data_dir)
    controller = None
    try:
        with database_problems_shown(lambda: check_pages_later and not store.pages_checked):
            if args.lang:
                store.set_setting(LANGUAGE_SETTING, args.lang)
            controller = start(store, args.lang, getattr(args, "foundation_db", None))
            if controller is None:
                return 0
            app.setProperty(MAIN_LOOP_PROPERTY, True)
            try:
                code = app.exec()
            finally:
                app.setProperty(MAIN_LOOP_PROPERTY, False)
    except Exception as error:
        unchecked = check_pages_later and not store.pages_checked
        if not show_database_problem(error, unchecked):
            raise
        code = DAMAGED_PAGES_EXIT if unchecked and (isinstance(error, PagesDamaged) or database_damaged(error)) else 1
    finally:
        if controller is not None:
            if controller.window is not None:
                controller.window.hide()
                controller.window.deleteLater()
            controller.close_store()
        else:
            store.close()
        QCoreApplication.processEvents()
    if code == DAMAGED_PAGES_EXIT and check_pages_later:
        return run_gui(args, check_pages_later=False)
    return code
