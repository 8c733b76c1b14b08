"""Consolidate an inbox of sync files into the foundation's store: the use case behind
``catalyseur-app foundation consolidate``.

Each file is read and verified by the exchange reader, compared by the merge rules
(``planning.py``) and written in ONE transaction together with its line in the register of applied
files (``foundation_files``): a file is either wholly applied and registered, or not at all. A
file already registered (same bytes, or same device and sequence) is skipped. A file refused for
a reference to a record another catalyseur's file brings is tried again once the other files of
the inbox are in.

On PostgreSQL each file is applied and committed in a transaction of its own. On SQLite a
commit writes every page the transaction changed, and a file of a thousand records adds rows at
random places in a dozen indexes keyed by UUID (some 3,700 pages, 15 MB, per file): the files
applied within ``BATCH_SECONDS`` share one transaction, so a page changed by several of them is
written once. (A savepoint per file would cost as much again: SQLite copies every page a
savepoint changes into its statement journal.) Should the database refuse a row of one of them,
the batch is rolled back and its files applied again one transaction each, as on PostgreSQL, so
only the refused file is left out. A file's report is given once its transaction is committed:
"applied" always means in the store, and a crash loses at most the last batch, which the next
run applies (nothing of it was registered).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.merge import CONFLICT
from catalyseur_app.exchange.schema import KINDS
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.store.models import utc_now

from .database import FoundationError, connect, connection_error, migrate
from .erasures import clear_log, erases_someone
from .inbox import InboxFile, fingerprint, in_order, inbox_files, read_manifest
from .lock import consolidation_lock
from .models import ActorLink, AppliedFile, NationalActor, RecordSource
from .pack_content import apply_published_terms
from .planning import plan_file
from .read_ahead import read_ahead
from .trust_check import trust_refusal
from .writing import summary_json, write_plan

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

FILES = AppliedFile.__table__
APPLIED, SKIPPED, REFUSED = "applied", "skipped", "refused"
BATCH_SECONDS = 2.0  # SQLite: the files applied within this long share one commit
# PostgreSQL: the tables a file's lookups read, analysed as the store grows (_Writer._analyse)
ANALYSED = [kind.table.name for kind in KINDS] + [model.__table__.name for model in (
    AppliedFile, RecordSource, NationalActor, ActorLink)]


@dataclass
class FileReport:
    file_name: str
    status: str  # applied / skipped / refused
    reason: str = ""
    catalyseur: str = ""
    sequence: int | None = None
    summary: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)
    erased_someone: bool = False  # then the store's log is emptied once the file is committed


@dataclass
class _Register:
    hashes: set[str]
    sequences: dict[str, set[int]]  # device id -> sequences applied

    def knows(self, item: InboxFile) -> bool:
        manifest = item.manifest
        return item.sha256 in self.hashes or (
            manifest is not None and manifest.sequence in self.sequences.get(manifest.device_id, set()))

    def add(self, item: InboxFile) -> None:
        self.hashes.add(item.sha256)
        self.sequences.setdefault(item.sent.device_id, set()).add(item.sent.sequence)

    def forget(self, item: InboxFile) -> None:
        """Undo ``add``: the transaction that applied the file was rolled back."""
        self.hashes.discard(item.sha256)
        self.sequences[item.sent.device_id].discard(item.sent.sequence)


def consolidate(target: str, inbox: str | Path, progress: Progress = NO_PROGRESS,
                on_report=None, trust_new: bool = False) -> list[FileReport]:
    """Apply every new sync file of ``inbox`` to the store at ``target`` (SQLite path or URL).

    ``on_report(report, done, total)`` is called after each file. Raises FoundationError when the
    inbox or the store cannot be used, or another consolidation holds the store.
    """
    folder = Path(inbox)
    if not folder.is_dir():
        raise FoundationError(t("Le dossier « {folder} » est introuvable.", folder=folder))
    if not inbox_files(folder):
        raise FoundationError(t("Le dossier « {folder} » ne contient aucun fichier d'échange (.xlsx) ; "
                                "rien n'a été modifié.", folder=folder))
    engine = connect(target)
    try:
        with consolidation_lock(engine):
            migrate(engine)
            apply_published_terms(engine)  # codes added by the foundation's packs
            return _run(engine, folder, progress, on_report or (lambda *_: None), trust_new)
    finally:
        engine.dispose()


def _run(engine, folder: Path, progress: Progress, on_report, trust_new: bool = False) -> list[FileReport]:
    url = engine.url.render_as_string(hide_password=False)
    with engine.connect() as connection:
        register = _Register(set(connection.execute(select(FILES.c.sha256)).scalars()), {})
        for device, sequence in connection.execute(select(FILES.c.device_id, FILES.c.sequence)):
            register.sequences.setdefault(device, set()).add(sequence)
    paths = inbox_files(folder)
    reports: list[FileReport] = []
    pending: list[InboxFile] = []
    total = len(paths)

    def done(report: FileReport) -> None:
        reports.append(report)
        on_report(report, len(reports), total)

    for index, path in enumerate(paths):
        progress.step(index, total, t("Lecture des manifestes : {name}", name=path.name))
        item = InboxFile(path, fingerprint(path))
        if item.sha256 in register.hashes:
            done(FileReport(path.name, SKIPPED, t("déjà consolidé")))
            continue
        try:
            item.manifest = read_manifest(path)
        except SyncFileError as error:
            done(FileReport(path.name, REFUSED, str(error)))
            continue
        refusal = trust_refusal(engine, item.manifest, path.name, trust_new)  # signature and trust registry
        if refusal:
            done(FileReport(path.name, REFUSED, refusal))
            continue
        pending.append(item)
    if pending and register.hashes:
        _backup(engine)
    read: dict[Path, tuple] = {}  # files waiting for another pass keep what was read
    if pending:
        _explicit_transactions(engine)
    with _Writer(engine, url, done) as writer:
        while pending:  # a pass applies what it can; files missing a reference wait for the next pass
            waiting: list[InboxFile] = []
            ordered = in_order(pending)
            new = read_ahead([item.path for item in ordered if item.path not in read])
            for item in ordered:
                progress.step(len(reports) + len(writer.reports), total, t("Consolidation : {name}", name=item.name))
                content = read.pop(item.path) if item.path in read else next(new)
                if writer.apply(item, content, register) is None:
                    read[item.path] = content
                    waiting.append(item)
            writer.commit()
            if len(waiting) == len(pending):
                for item in waiting:  # no progress: report why each is left out
                    final = writer.apply(item, read.pop(item.path), register, last_try=True)
                    assert final is not None, "on the last try a file is applied or refused, never left waiting"
                writer.commit()
                break
            pending = waiting
    progress.step(total, total, t("Consolidation terminée."))
    return reports


def _explicit_transactions(engine) -> None:
    """On SQLite, BEGIN emitted by SQLAlchemy rather than by the driver (SQLAlchemy's recipe for
    pysqlite, "Serializable isolation / Savepoints / Transactional DDL", as store/migrate.py does),
    so a batch of files is one transaction whatever its statements. Set on the connections made
    from here on."""
    if engine.dialect.name != "sqlite":
        return
    engine.dispose()  # the connections made by the checks before, in the driver's own mode

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")


class _Writer:
    """The connection files are applied on: on PostgreSQL one transaction per file, on SQLite the
    files of ``BATCH_SECONDS`` in one (see the module's docstring). Reports are handed to ``done``
    once their transaction is committed."""

    def __init__(self, engine, url: str, done):
        self.engine, self.url, self.done = engine, url, done
        self.batched = engine.dialect.name == "sqlite"
        self.reports: list[FileReport] = []  # of the files in the open transaction
        self.applied: list[tuple] = []  # what was given to ``apply`` for them, to apply them again
        self.connection: Connection | None = None
        self.started = 0.0
        self.files, self.analysed = 0, 4  # files applied; how many there were at the last ANALYZE

    def __enter__(self):
        return self

    def __exit__(self, *error) -> None:
        if self.connection is not None:
            self.connection.close()  # rolls back what is not committed

    def _begin(self) -> Connection:
        try:
            if self.connection is None:
                self.connection = self.engine.connect()
            if not self.connection.in_transaction():
                self.connection.begin()
                self.started = time.monotonic()
        except DBAPIError as error:
            raise connection_error(self.url, error) from None
        return self.connection

    def apply(self, item: InboxFile, content: tuple, register: _Register, last_try: bool = False):
        """The file's report (given out later, at the commit), or None when it must wait."""
        if not self.batched:
            return self._alone(item, content, register, last_try)
        connection = self._begin()
        try:
            report = _apply_file(connection, self.url, item, content, register, last_try)
        except IntegrityError:
            self._again(register)
            return self._alone(item, content, register, last_try)
        if report is not None:
            self.reports.append(report)
            self.applied.append((item, content, last_try))
            if time.monotonic() - self.started >= BATCH_SECONDS:
                self.commit()
        return report

    def _alone(self, item: InboxFile, content: tuple, register: _Register, last_try: bool):
        """Apply one file in a transaction of its own and commit it; a row the database refuses
        rolls the file back, which is then refused."""
        self.commit()
        connection = self._begin()
        try:
            report = _apply_file(connection, self.url, item, content, register, last_try)
        except IntegrityError as error:  # the database refused a row: the whole file is rolled back
            self._rollback()
            manifest = item.sent
            report = FileReport(item.name, REFUSED, t(
                "la base a refusé ce fichier ({error}) ; rien n'en a été appliqué.",
                error=str(error.orig).strip().splitlines()[0]),
                catalyseur=manifest.catalyseur_name or manifest.catalyseur_id, sequence=manifest.sequence)
        if report is not None:
            self.reports.append(report)
        self.commit()
        return report

    def _again(self, register: _Register) -> None:
        """The batch rolled back, then its files applied again one transaction each."""
        self._rollback()
        batch, reports, self.applied, self.reports = self.applied, self.reports, [], []
        for (item, _, _), report in zip(batch, reports, strict=True):
            if report.status == APPLIED:
                register.forget(item)
        for item, content, last_try in batch:
            self._alone(item, content, register, last_try)

    def _rollback(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.rollback()
        except DBAPIError as error:
            raise connection_error(self.url, error) from None

    def commit(self) -> None:
        if self.connection is not None and self.connection.in_transaction():
            try:
                self.connection.commit()
            except DBAPIError as error:
                raise connection_error(self.url, error) from None
        reports, self.reports, self.applied = self.reports, [], []
        if any(report.erased_someone for report in reports):
            clear_log(self.engine)  # page images from before an erasure leave the log
        for report in reports:
            self.done(report)
        self.files += sum(1 for report in reports if report.status == APPLIED)
        if self.files >= self.analysed * 2 and not self.batched:
            self._analyse()

    def _analyse(self) -> None:
        """PostgreSQL: statistics brought up to date each time the files applied have doubled.
        Its own analysis comes a minute or so later; until then the planner takes tables of a
        hundred thousand rows for the few hundred they held, and scans them whole for each file."""
        assert self.connection is not None
        self.analysed = self.files
        try:
            with self.connection.begin():
                self.connection.exec_driver_sql("ANALYZE " + ", ".join(f'"{name}"' for name in ANALYSED))
        except DBAPIError as error:
            raise connection_error(self.url, error) from None


def _backup(engine) -> None:
    """A verified copy of a SQLite store that already holds files, before new ones change it, in
    ``backups/`` beside it (the catalyseurs' backups and their rotation); a PostgreSQL server is
    backed up by its own means."""
    if engine.dialect.name != "sqlite":
        return
    from catalyseur_app.store.backup import BEFORE_CONSOLIDATION, make_backup

    database = Path(engine.url.database)
    make_backup(database, database.parent, BEFORE_CONSOLIDATION)


def _apply_file(connection, url: str, item: InboxFile, content: tuple, register: _Register,
                last_try: bool = False) -> FileReport | None:
    """Apply one file (``content``: what ``read_ahead`` gave for it) in the connection's open
    transaction; None when it must wait for a record another file brings. IntegrityError when the
    database refuses one of its rows (the caller rolls back)."""
    manifest = item.sent
    report = FileReport(item.name, APPLIED, catalyseur=manifest.catalyseur_name or manifest.catalyseur_id,
                        sequence=manifest.sequence)
    if register.knows(item):
        report.status, report.reason = SKIPPED, t("envoi n° {sequence} de cet appareil déjà consolidé",
                                                  sequence=manifest.sequence)
        return report
    sync_file, refusal = content
    if sync_file is None:
        report.status, report.reason = REFUSED, refusal
        return report
    try:
        try:
            plan = plan_file(connection, sync_file)  # reads only: nothing to undo when it refuses
        except SyncFileError as error:
            if not last_try:
                return None
            report.status, report.reason = REFUSED, str(error)
            return report
        last = _last_sequence(connection, manifest.device_id)
        if last is not None and manifest.sequence > last + 1 and not manifest.full:
            report.warnings.append(t("les envois n° {first} à {last} de cet appareil manquent",
                                     first=last + 1, last=manifest.sequence - 1))
        file_id = connection.execute(insert(FILES).values(
            sha256=item.sha256, file_name=item.name, catalyseur_id=manifest.catalyseur_id or "",
            catalyseur_name=manifest.catalyseur_name or "", device_id=manifest.device_id,
            sequence=manifest.sequence, full=bool(manifest.full), made_at=manifest.made_at,
            applied_at=utc_now(), summary="{}")).inserted_primary_key[0]
        conflicts = write_plan(connection, plan, file_id)
        connection.execute(FILES.update().where(FILES.c.id == file_id).values(
            summary=summary_json(plan, conflicts)))
    except IntegrityError:
        raise
    except DBAPIError as error:
        raise connection_error(url, error) from None
    register.add(item)
    report.erased_someone = erases_someone(plan)
    report.summary = plan.summary()
    report.conflicts = plan.count(CONFLICT)
    return report


def _last_sequence(connection, device_id: str) -> int | None:
    from sqlalchemy import func

    return connection.execute(select(func.max(FILES.c.sequence)).where(FILES.c.device_id == device_id)).scalar()
