"""Consolidate an inbox of sync files into the foundation's store: the use case behind
``catalyseur-app foundation consolidate``.

Each file is read and verified by the exchange reader, compared by the merge rules
(``planning.py``) and written in ONE transaction together with its line in the register of applied
files (``foundation_files``): a file is either wholly applied and registered, or not at all. A
file already registered (same bytes, or same device and sequence) is skipped. A file refused for
a reference to a record another catalyseur's file brings is tried again once the other files of
the inbox are in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.merge import CONFLICT
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.store.models import utc_now

from .database import FoundationError, connect, connection_error, migrate
from .erasures import clear_log, erases_someone
from .inbox import InboxFile, fingerprint, in_order, inbox_files, read_manifest
from .lock import consolidation_lock
from .models import AppliedFile
from .pack_content import apply_published_terms
from .planning import plan_file
from .read_ahead import read_ahead
from .trust_check import trust_refusal
from .writing import summary_json, write_plan

FILES = AppliedFile.__table__
APPLIED, SKIPPED, REFUSED = "applied", "skipped", "refused"


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
    while pending:  # a pass applies what it can; files missing a reference wait for the next pass
        waiting: list[InboxFile] = []
        ordered = in_order(pending)
        new = read_ahead([item.path for item in ordered if item.path not in read])
        for item in ordered:
            progress.step(len(reports), total, t("Consolidation : {name}", name=item.name))
            content = read.pop(item.path) if item.path in read else next(new)
            report = _apply_file(engine, url, item, content, register)
            if report is None:
                read[item.path] = content
                waiting.append(item)
            else:
                done(report)
        if len(waiting) == len(pending):
            for item in waiting:  # no progress: report why each is left out
                final = _apply_file(engine, url, item, read.pop(item.path), register, last_try=True)
                assert final is not None, "on the last try a file is applied or refused, never left waiting"
                done(final)
            break
        pending = waiting
    progress.step(total, total, t("Consolidation terminée."))
    return reports


def _backup(engine) -> None:
    """A verified copy of a SQLite store that already holds files, before new ones change it, in
    ``backups/`` beside it (the catalyseurs' backups and their rotation); a PostgreSQL server is
    backed up by its own means."""
    if engine.dialect.name != "sqlite":
        return
    from catalyseur_app.store.backup import BEFORE_CONSOLIDATION, make_backup

    database = Path(engine.url.database)
    make_backup(database, database.parent, BEFORE_CONSOLIDATION)


def _apply_file(engine, url: str, item: InboxFile, content: tuple, register: _Register,
                last_try: bool = False) -> FileReport | None:
    """Apply one file (``content``: what ``read_ahead`` gave for it); None when it must wait for
    a record another file brings."""
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
        with engine.begin() as connection:
            try:
                plan = plan_file(connection, sync_file)
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
        if erases_someone(plan):
            clear_log(engine)
    except IntegrityError as error:  # the database refused a row: the whole file is rolled back
        report.status = REFUSED
        report.reason = t("la base a refusé ce fichier ({error}) ; rien n'en a été appliqué.",
                          error=str(error.orig).strip().splitlines()[0])
        return report
    except DBAPIError as error:
        raise connection_error(url, error) from None
    register.add(item)
    report.summary = plan.summary()
    report.conflicts = plan.count(CONFLICT)
    return report


def _last_sequence(connection, device_id: str) -> int | None:
    from sqlalchemy import func

    return connection.execute(select(func.max(FILES.c.sequence)).where(FILES.c.device_id == device_id)).scalar()
