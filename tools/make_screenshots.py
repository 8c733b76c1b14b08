"""Screenshots of the real window on a demo store, for the user guide and the README.

    python tools/make_screenshots.py [--lang fr|en] [--size WxH] [--check] [--out DIR] [--only NAME ...] [--list]

Builds the demo data set (fixed seed) in a temporary folder, starts the window exactly as
``catalyseur-app`` does (``catalyseur_app.ui.app.start``) under QT_QPA_PLATFORM=offscreen at
1280×800 (``--size 1366x768``: the window maximised on a screen of that size, less a 30-pixel
panel and a 28-pixel title bar), drives it through the pages' public methods and saves one PNG per capture in
``--out`` (default ``docs/images``; ``docs/images/en`` for English). In French, without
``--out`` or ``--only``, the dashboard is also saved as ``docs/screenshot.png`` for the README.

Other engineers change the pages: every capture runs on its own, and one that fails (a method
renamed, a widget moved) is reported with its reason while the others are still written.
The exit code is 1 when a capture failed.

``--check`` also lists, for every capture, the text wider than its widget and the widgets drawn
outside the window (``catalyseur_app.ui.fit_check``); the exit code is 1 when there is one.

The status bar shows the data folder; the temporary path is replaced there by the usual Linux
one (``~/.local/share/Catalyseur``) so that the images do not change from run to run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:  # run from a clone without an editable install
    sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

WIDTH, HEIGHT = 1280, 800
SCREEN_CHROME = 30 + 28  # a panel and the window's title bar, on a maximised window
SHOWN_DATA_DIR = "~/.local/share/Catalyseur"


def _quiet_offscreen(_mode, _context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says it for every dialog
        print(message, file=sys.stderr)


class CaptureError(Exception):
    """A capture could not be made; the message says what was expected and not found."""


# --- waiting for Qt -------------------------------------------------------------------------

def settle(rounds: int = 4) -> None:
    """Let posted events, zero-delay timers and layouts run (no sleeping)."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def wait_until(condition: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    """Process events until ``condition()`` is true; CaptureError naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise CaptureError(f"waited {timeout:.0f} s for {what}")
        QTest.qWait(15)
    settle()


def need(obj, name: str):
    """``obj.name`` or a CaptureError saying which attribute moved."""
    try:
        return getattr(obj, name)
    except AttributeError:
        raise CaptureError(f"{type(obj).__name__} has no attribute {name!r} any more") from None


def colour_count(image: QImage, step: int = 7) -> int:
    """How many distinct colours a grid of pixels holds (a blank image has one or two)."""
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def save(widget: QWidget, path: Path) -> QImage:
    settle()
    image = widget.grab().toImage()
    if image.isNull() or colour_count(image) < 8:
        raise CaptureError(f"the image of {type(widget).__name__} is blank")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise CaptureError(f"could not write {path}")
    return image


class ModalGuard:
    """Closes a modal dialog nobody asked for (an « unsaved changes? » question, a warning), which
    would otherwise wait for a click forever in an offscreen window, and remembers its text."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.closed: list[str] = []
        self.timer = QTimer(interval=100, timeout=self._check)
        self.timer.start()

    def _check(self) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):  # run_task's progress: let it run
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.closed.append(f"« {dialog.windowTitle()} » {text}".strip())
        print(f"  (closed an unexpected dialog: {self.closed[-1]})", file=sys.stderr)
        dialog.reject()


# --- the demo store and what the pages need ------------------------------------------------

class Session:
    """The demo store, the running window and the ids the captures show."""

    def __init__(self, folder: Path, language: str, size: tuple[int, int] = (WIDTH, HEIGHT)):
        from catalyseur_app.demo.dataset import DEFAULT_SEED, create_demo
        from catalyseur_app.store import open_store

        self.folder, self.language, self.size = folder, language, size
        self.data_dir = folder / "Catalyseur"
        self.store = open_store(self.data_dir)
        create_demo(self.store, seed=DEFAULT_SEED)
        self.incoming: Path | None = None
        try:
            self.incoming = prepare_exchanges(self.store, folder)
        except Exception as error:  # noqa: BLE001 (the Échanges captures say so; the others go on)
            print(f"  (exchange files not prepared: {error})", file=sys.stderr)
        self.window = None
        self.cleanups: list[Callable[[], object]] = []

    def start(self):
        from catalyseur_app.ui.app import start

        controller = start(self.store, self.language)
        if controller is None or controller.window is None:
            raise CaptureError("the window did not open (the demo has no profile?)")
        self.controller, self.window = controller, controller.window
        self.show_page("dashboard")
        return self.window

    def show_page(self, key: str, **filters) -> QWidget:
        if not self.window.navigate(key, **filters):
            raise CaptureError(f"the window refused to show the page {key!r}")
        self.window.resize(*self.size)  # a page that needed more room may have grown it
        settle()
        bar = self.window.statusBar()
        bar.showMessage(bar.currentMessage().replace(str(self.data_dir), SHOWN_DATA_DIR))
        page = self.window.page(key)
        wait_until(page.isVisible, f"the page {key!r} to show")
        return page

    def dialog(self, dialog: QWidget) -> QWidget:
        """Show ``dialog`` without exec() (nothing is applied) and close it after the capture."""
        self.cleanups.append(dialog.hide)
        self.cleanups.append(dialog.deleteLater)
        dialog.show()
        wait_until(dialog.isVisible, f"the dialog {type(dialog).__name__} to show")
        return dialog

    def clean_up(self) -> None:
        while self.cleanups:
            self.cleanups.pop(0)()
        settle()

    def close(self) -> None:
        if self.window is not None:  # hide, not close: closing would ask about unsaved edits
            self.window.hide()
            self.window.deleteLater()
            settle()
        self.store.close()


def prepare_exchanges(store, folder: Path) -> Path:
    """A file sent to the foundation (the ledger), a conflict already settled by the rule (the
    conflicts tab), and a file from a second laptop waiting to be imported (the preview)."""
    from sqlalchemy import select

    from catalyseur_app.exchange.export import export_sync_file
    from catalyseur_app.exchange.importer import import_sync_file
    from catalyseur_app.store import open_store
    from catalyseur_app.store.models import Actor, Partnership

    export_sync_file(store, folder / "envoi-1.xlsx", full=True)
    laptop = open_store(folder / "second-ordinateur")
    try:
        import_sync_file(laptop, folder / "envoi-1.xlsx", trust_new=True)

        def edit(target, model, order, rows: slice, change: Callable) -> None:
            with target.write() as session:
                for record in session.scalars(select(model).order_by(order)).all()[rows]:
                    change(record)

        # Round 1: one actor edited on both computers, the laptop's file applied here.
        edit(laptop, Actor, Actor.name, slice(0, 1), lambda a: setattr(a, "notes", "Rencontre en mairie le 12 mars."))
        edit(store, Actor, Actor.name, slice(0, 1), lambda a: setattr(a, "notes", "Contact pris par téléphone."))
        export_sync_file(laptop, folder / "portable-1.xlsx")
        import_sync_file(store, folder / "portable-1.xlsx", trust_new=True)
        # Round 2 (to preview): updates, a new actor and one more conflict.
        edit(laptop, Partnership, Partnership.title, slice(0, 3),
             lambda p: setattr(p, "outcomes", (p.outcomes + " Bilan partagé avec les élus.").strip()))
        edit(laptop, Actor, Actor.name, slice(5, 6), lambda a: setattr(a, "website", "https://www.exemple.fr"))
        edit(store, Actor, Actor.name, slice(5, 6), lambda a: setattr(a, "website", "https://exemple.org"))
        with laptop.write() as session:
            session.add(Actor(name="Épicerie solidaire du Plateau", kind="association", commune_insee="15138"))
        incoming = folder / "portable-2.xlsx"
        export_sync_file(laptop, incoming)
        return incoming
    finally:
        laptop.close()


def first_row(model, condition: Callable[[int], bool] = lambda row: True) -> int:
    """The first row of a lazy list model meeting ``condition`` (fetching pages as needed)."""
    row = 0
    while True:
        while row >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if row >= model.rowCount():
            raise CaptureError(f"no row of {type(model).__name__} fits")
        if condition(row):
            return row
        row += 1


def commune_with_contacts(store) -> str:
    """The commune whose mairie has the most contacts (the people around the table)."""
    from sqlalchemy import func, select

    from catalyseur_app.store.models import Actor, Contact

    with store.read() as session:
        return session.scalar(select(Actor.commune_insee).join(Contact, Contact.actor_id == Actor.id)
                              .where(Actor.kind == "commune").group_by(Actor.commune_insee)
                              .order_by(func.count().desc(), Actor.commune_insee).limit(1))


def diagnostic_ids(store, status: str) -> list[str]:
    from catalyseur_app.diagnostics.queries import list_diagnostics

    return [d.id for d in list_diagnostics(store) if d.status == status]


# --- the captures: each shows something and returns the widget to photograph -----------------

def dashboard(s: Session) -> QWidget:
    page = s.show_page("dashboard")
    wait_until(lambda: getattr(page, "data", True) is not None, "the dashboard figures")
    return s.window


def actor(s: Session, tab: int = 0, dialog: bool = False) -> QWidget:
    """A mairie with its mayor and staff recorded: the Fiche tab, the Contacts tab, or a contact."""
    page = s.show_page("actors")
    model = need(page, "model")
    try:
        row = first_row(model, lambda r: model.raw_value(r, "kind") == "commune"
                        and (model.raw_value(r, "contacts") or 0) >= 2)
    except CaptureError:
        row = first_row(model, lambda r: (model.raw_value(r, "contacts") or 0) >= 1)
    actor_id = model.record_id(row)
    need(page, "open_actor")(actor_id)
    wait_until(lambda: page.editor.actor_id == actor_id, "the actor form to load")
    page.ui.detailTabs.setCurrentIndex(tab)
    if tab == 1:
        page.ui.contactsTable.selectRow(0)  # its buttons (Modifier, Exporter, Effacer) enabled
    if not dialog:
        return s.window
    need(need(page, "contacts"), "edit")()
    wait_until(lambda: page.contacts.dialog is not None and page.contacts.dialog.isVisible(),
               "the contact form")
    return s.dialog(page.contacts.dialog)


def partnership(s: Session, tab: int) -> QWidget:
    """An inspiring example with three partners or more, its editor on ``tab``."""
    page = s.show_page("partnerships", inspiring=True)
    model = need(page, "model")
    wait_until(lambda: model.rowCount() > 0, "inspiring partnerships in the list")
    try:
        row = first_row(model, lambda r: (model.raw_value(r, "partners") or 0) >= 3)
    except (KeyError, ValueError, IndexError, AttributeError):  # the column moved: any example will do
        row = 0
    page.ui.table.selectRow(row)
    record_id = model.record_id(row)
    wait_until(lambda: page.editor.current_id == record_id, "the partnership form to load")
    tabs = page.editor.ui.tabs
    tabs.setCurrentIndex(min(tab, tabs.count() - 1))
    return s.window


def diagnostics(s: Session) -> QWidget:
    page = s.show_page("diagnostics")
    if getattr(page, "runner", None) is not None:
        page.show_list()
    wait_until(lambda: page.model.rowCount() > 0, "diagnostics in the list")
    return s.window


def new_diagnostic(s: Session) -> QWidget:
    from PySide6.QtCore import Qt

    from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog

    dialog = s.dialog(NewDiagnosticDialog(s.window.context, s.show_page("diagnostics")))  # shown, not exec()
    dialog.ui.commune.set_insee(commune_with_contacts(s.store))
    wait_until(lambda: dialog.contacts_model.rowCount() > 0, "the contacts of the commune")
    if dialog.contacts_model.item(0).isCheckable():
        dialog.contacts_model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.freeName.setText("Martine Roux")
    dialog.ui.freeRole.setText("Présidente du comité des fêtes")
    return dialog


def open_diagnostic(s: Session, status: str):
    ids = diagnostic_ids(s.store, status)
    if not ids:
        raise CaptureError(f"the demo has no diagnostic with status {status!r}")
    runner = need(s.show_page("diagnostics"), "open_diagnostic")(ids[0])
    if runner is None:
        raise CaptureError("the diagnostic did not open")
    wait_until(runner.isVisible, "the diagnostic runner to show")
    return runner


def diagnostic_run(s: Session) -> QWidget:
    open_diagnostic(s, "in_progress").show_volet(0)  # the first volet is answered in the demo
    return s.window


def diagnostic_check(s: Session) -> QWidget:
    runner = open_diagnostic(s, "in_progress")
    runner.show_volet(len(runner.kit.volets) - 1)  # the last volet: still to be answered
    need(runner, "verify")()
    return s.window


def diagnostic_results(s: Session, scrolled: bool = False) -> QWidget:
    from PySide6.QtWidgets import QScrollArea

    from catalyseur_app.ui.pages.diagnostic.results import DiagnosticResults

    runner = open_diagnostic(s, "finalised")
    need(runner, "show_results")()
    wait_until(lambda: runner.findChild(DiagnosticResults) is not None, "the results")
    area = runner.findChild(DiagnosticResults).parentWidget()
    while scrolled and area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if scrolled and area is not None:  # down to the priorities and the action plan
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    return s.window


def journal(s: Session, tab: int = 0) -> QWidget:
    page = s.show_page("journal")
    wait_until(lambda: page.model.rowCount() > 0, "activities in the journal")
    page.ui.table.selectRow(0)
    page.ui.tabs.setCurrentIndex(tab)
    if tab == 1:
        need(page, "show_timeline")()
    return s.window


def exchanges(s: Session, tab: int = 0) -> QWidget:
    page = s.show_page("exchanges")
    page.refresh()
    page.ui.tabs.setCurrentIndex(tab)
    table, model = (page.ui.ledgerTable, page.ledger) if tab == 0 else (page.ui.conflictsTable, page.conflicts)
    wait_until(lambda: model.rowCount() > 0, "rows in the Échanges lists (exchange files not prepared?)")
    table.selectRow(0)
    return s.window


def import_preview(s: Session) -> QWidget:
    from catalyseur_app.exchange.importer import preview_import
    from catalyseur_app.ui.pages.exchanges import ExchangePreviewDialog

    if s.incoming is None:
        raise CaptureError("no incoming file was prepared")
    dialog = ExchangePreviewDialog(preview_import(s.store, s.incoming), s.store, s.show_page("exchanges"))
    dialog.resize(max(dialog.width(), 860), max(dialog.height(), 480))
    return s.dialog(dialog)  # shown, not exec(): nothing is applied


def report_preview(s: Session) -> QWidget:
    from PySide6.QtPdf import QPdfDocument

    from catalyseur_app.ui.documents import (
        DocumentPreviewDialog,
        show_diagnostic_report,
    )

    ids = diagnostic_ids(s.store, "finalised")
    if not ids:
        raise CaptureError("the demo has no finalised diagnostic")
    s.show_page("diagnostics")
    show_diagnostic_report(s.window, s.window.context, ids[0])
    wait_until(lambda: s.window.findChild(DocumentPreviewDialog) is not None, "the report preview")
    dialog = s.dialog(s.window.findChild(DocumentPreviewDialog))
    wait_until(lambda: dialog.document.status() == QPdfDocument.Status.Ready, "the PDF to load")
    dialog.resize(min(1000, s.size[0]), min(780, s.size[1]))  # within the screen asked for (--size)
    wait_until_still(dialog)  # QPdfView draws its pages in the background: no signal says when
    return dialog


def wait_until_still(widget: QWidget, timeout: float = 5.0) -> None:
    """Wait until two pictures of ``widget`` taken 100 ms apart are the same."""
    deadline = time.monotonic() + timeout
    previous = None
    while time.monotonic() < deadline:
        QTest.qWait(100)
        image = widget.grab().toImage()
        if image == previous:
            return
        previous = image


def wizard(s: Session, page: int) -> QWidget:
    from catalyseur_app.store import open_store
    from catalyseur_app.ui.profile_wizard import FirstRunWizard

    empty = open_store(s.folder / f"premier-demarrage-{page}")
    s.cleanups.append(empty.close)
    dialog = s.dialog(FirstRunWizard(empty))
    identity = dialog.identity.ui
    identity.fullName.setText("Camille Martin")
    identity.structure.setText("Tiers-lieu La Grange")
    identity.email.setText("camille.martin@exemple.fr")
    if page == 1:
        dialog.next()
        chooser = need(dialog, "chooser")
        chooser.set_communes(["15138", "15014", "15187"])
        chooser.ui.search.setText("Riom")
        wait_until(lambda: chooser.ui.results.model().rowCount() > 0, "communes found by the search")
    return dialog


def backups(s: Session) -> QWidget:
    from catalyseur_app.ui.backups_dialog import BackupsDialog

    s.store.backup("manuelle")
    return s.dialog(BackupsDialog(s.data_dir, s.store, s.window))


def foundation(s: Session, department: str | None = None) -> QWidget:
    """The « Fondation » page on a consolidation store made from the demo's sync file."""
    from catalyseur_app.exchange.export import export_sync_file
    from catalyseur_app.foundation.consolidate import consolidate

    database = s.folder / "nationale.sqlite"
    if not database.exists():
        inbox = s.folder / "fichiers-recus"
        inbox.mkdir(exist_ok=True)
        export_sync_file(s.store, inbox / "catalyseur-1.xlsx", full=True)
        consolidate(str(database), inbox, trust_new=True)
    if "foundation" not in need(s.window, "page_keys")():
        s.window.open_foundation(str(database), show=False)
        wait_until(lambda: "foundation" in s.window.page_keys(), "the consolidation store to open")
    page = s.show_page("foundation")
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    need(page, "apply_filters")(department=department)
    wait_until(lambda: loaded, "the national tables")
    page.tabs.setCurrentIndex(len(page.tables) - 1 if department else 0)
    page.heading.setText(page.heading.text().replace(str(s.folder), "~/Fondation"))
    s.window.statusBar().clearMessage()
    return s.window


# (name, what it shows, function): the order the images are made in.
CAPTURES: tuple[tuple[str, str, Callable[[Session], QWidget]], ...] = (
    ("dashboard", "Tableau de bord", dashboard),
    ("actors", "Acteurs, a mairie open", actor),
    ("contacts", "Acteurs, the contacts of the mairie", partial(actor, tab=1)),
    ("contact", "the form of a contact, with the consent", partial(actor, tab=1, dialog=True)),
    ("partnerships", "Partenariats, an inspiring example open (Général)", partial(partnership, tab=0)),
    ("partnership-partners", "Partenariats, the partners and their roles", partial(partnership, tab=1)),
    ("partnership-goals", "Partenariats, communes, needs and ODD", partial(partnership, tab=2)),
    ("diagnostics", "Diagnostics, the list", diagnostics),
    ("diagnostic-new", "a new diagnostic: commune and participants", new_diagnostic),
    ("diagnostic-run", "a diagnostic in progress, its first volet answered", diagnostic_run),
    ("diagnostic-check", "« Vérifier » on a diagnostic in progress", diagnostic_check),
    ("diagnostic-results", "results of a finalised diagnostic: scores and radar", diagnostic_results),
    ("diagnostic-plan", "results: priorities and action plan", partial(diagnostic_results, scrolled=True)),
    ("journal", "Journal des métiers, the entry form and the list", journal),
    ("timeline", "Journal des métiers, the timeline", partial(journal, tab=1)),
    ("exchanges", "Échanges, the files sent", exchanges),
    ("conflicts", "Échanges, the conflicts to review", partial(exchanges, tab=1)),
    ("import-preview", "the preview of an import, with a conflict", import_preview),
    ("report-preview", "the preview of a diagnostic report", report_preview),
    ("sauvegardes", "Paramètres → Sauvegardes, the list of backups", backups),
    ("wizard-identity", "first start: who you are", partial(wizard, page=0)),
    ("wizard-communes", "first start: your communes", partial(wizard, page=1)),
    ("fondation", "Fondation: the national tables and the map of the départements", foundation),
    ("fondation-departement", "Fondation: a département clicked on the map, the catalyseurs",
     partial(foundation, department="15")),
)
NAMES = tuple(name for name, _, _ in CAPTURES)


def screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` -> the window's inner size on such a screen, maximised."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1366x768: {text!r}") from None
    if width < 640 or height < 480:
        raise argparse.ArgumentTypeError(f"too small a screen: {text!r}")
    return width, height - SCREEN_CHROME


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of the window on the demo data.")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the window (fr)")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder of the PNG files (docs/images; docs/images/en in English)")
    parser.add_argument("--only", action="append", choices=NAMES, metavar="NAME",
                        help="make only this capture (repeatable); --list shows the names")
    parser.add_argument("--list", action="store_true", help="list the captures and exit")
    parser.add_argument("--size", type=screen_size, default=None, metavar="WxH",
                        help="the screen, e.g. 1366x768 or 1024x768 (the window: 1280×800 without it)")
    parser.add_argument("--check", action="store_true",
                        help="list cut text and widgets outside the window; exit code 1 when there is one")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for name, what, _ in CAPTURES:
            print(f"{name:20} {what}")
        return 0
    out = args.out or (ROOT / "docs" / "images" / ("" if args.lang == "fr" else "en"))
    readme = ROOT / "docs" / "screenshot.png" if args.lang == "fr" and args.out is None and not args.only else None
    wanted = [c for c in CAPTURES if not args.only or c[0] in args.only]
    from catalyseur_app.ui.app import application

    application()
    qInstallMessageHandler(_quiet_offscreen)
    guard = ModalGuard()
    failures: list[str] = []
    problems: list[str] = []
    from catalyseur_app.ui.fit_check import layout_problems

    with tempfile.TemporaryDirectory(prefix="catalyseur-captures-") as folder:
        started = time.perf_counter()
        size = args.size or (WIDTH, HEIGHT)
        session = Session(Path(folder), args.lang, size)
        try:
            session.start()
            for name, what, capture in wanted:
                target = out / f"{name}.png"
                try:
                    widget = capture(session)
                    image = save(widget, target)
                    if args.check:
                        settle()
                        found = layout_problems(widget)
                        problems.extend(f"{name}: {problem}" for problem in found)
                except Exception as error:  # noqa: BLE001 (report, go on with the next capture)
                    reason = str(error) if isinstance(error, CaptureError) else traceback.format_exc(limit=-3)
                    failures.append(name)
                    print(f"SKIPPED {name} ({what}): {reason}", file=sys.stderr)
                    continue
                finally:
                    session.clean_up()
                print(f"{target}  {image.width()}×{image.height()}")
                if widget is session.window and (image.width(), image.height()) != size:
                    print(f"  (the window could not keep {size[0]}×{size[1]}: a page needs more room)", file=sys.stderr)
                    if args.check:
                        problems.append(f"{name}: the window grew to {image.width()}×{image.height()}")
                if name == "dashboard" and readme is not None:
                    readme.write_bytes(target.read_bytes())
                    print(f"{readme}  (README)")
        finally:
            session.close()
        print(f"{len(wanted) - len(failures)} of {len(wanted)} captures in {time.perf_counter() - started:.1f} s")
    if guard.closed:
        print(f"{len(guard.closed)} unexpected dialog(s) closed: look at the images they may have changed",
              file=sys.stderr)
    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    if args.check:
        print(f"{len(problems)} layout problem(s)")
    return 1 if failures or problems else 0


if __name__ == "__main__":
    sys.exit(main())
