"""Make a sync file: everything, or what changed since the last file made by this device.

"Changed" is decided by the record stamps, not the clock: a record travels in an incremental
file when its (version, device) differs both from the stamp last sent from here and from the
stamp last received (so a record merely received from another device is not echoed back).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from catalyseur_app import __version__
from catalyseur_app.atomic import OutputError, PendingFile, describe_os_error
from catalyseur_app.messages import t
from catalyseur_app.output_guard import check_output
from catalyseur_app.profile import own_profile
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.store.models import ExchangeFile, SyncState, utc_now

from .codes import COLUMNS as CODE_COLUMNS
from .codes import code_rows
from .manifest_signature import SIGNED_SINCE, sign_entries
from .rows import association_lists, records_with_states, to_row
from .schema import (
    CODES_SHEET,
    DELETIONS,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_COLUMNS,
    MANIFEST_ENTRIES,
    MANIFEST_SHEET,
    NATURE_DELETED,
    NATURE_ERASED,
    WRITTEN_SHEETS,
)
from .xlsx.canonical import to_millis
from .xlsx.writer import XlsxWriter

STATES = SyncState.__table__
ABOUT = ("Fichier d'échange de l'application Catalyseur, fait pour être lu par une personne et fusionné par un "
         "programme. Une feuille par sorte d'enregistrement (acteurs, partenariats, activités, diagnostics…) ; "
         "ligne 1 : les clés lues par les programmes, ligne 2 : les intitulés ; « suppressions » liste les "
         "enregistrements supprimés. Les codes (types, formes, étapes…) et leurs libellés sont dans la feuille "
         "« codes ». "
         "Dates et heures en temps universel (UTC). Ne modifiez pas ce fichier : le nombre de lignes et "
         "l'empreinte de chaque feuille, ci-dessous, vérifient son contenu à l'import.")


@dataclass
class ExportResult:
    path: Path
    sequence: int
    full: bool
    with_contacts: bool
    period_start: datetime | None
    period_end: datetime
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def next_sequence(session) -> int:
    return (session.scalar(select(func.max(ExchangeFile.sequence))) or 0) + 1


def export_sync_file(store, out, *, full: bool = False, with_contacts: bool = False,
                     progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write the sync file ``out`` atomically and record it in the ledger.

    Cancel (``progress`` raising Cancelled) or any failure leaves no file and no ledger row;
    raises OutputError with a message for a person.
    """
    out = check_output(out, ".xlsx", store.data_dir)
    steps = 2 * len(KINDS) + 2  # one bar: reading each kind of record, then writing each sheet
    progress.step(0, steps, t("Lecture des enregistrements…"))
    made_at = to_millis(utc_now())
    with store.read() as session:
        sequence = next_sequence(session)
        last = session.scalar(select(ExchangeFile).order_by(ExchangeFile.sequence.desc()).limit(1))
        profile = own_profile(session)
        key = store.signing_key()
        sheets, sent = _collect(session.connection(), full, with_contacts, progress, steps)
    period_start = None if full or last is None else to_millis(last.made_at)
    counts: dict[str, int] = {}
    checksums: dict[str, str] = {}

    pending = PendingFile(out)
    try:
        _write_workbook(pending, sheets, progress, steps, counts, checksums,
                        lambda: build_manifest(profile, store.device_id, sequence, full, with_contacts,
                                               period_start, made_at, counts, checksums, key))
        progress.step(steps, steps, t("Enregistrement de l'envoi…"))
        # The ledger row and the "sent" stamps are committed only once the file is complete under
        # its final name; if that commit fails, the file goes too (no file the ledger does not know).
        with store.write() as session:
            session.add(ExchangeFile(
                sequence=sequence, made_at=made_at, full=full, with_contacts=with_contacts,
                period_start=period_start, period_end=made_at, file_name=out.name,
                counts=json.dumps(counts, ensure_ascii=False), total_rows=sum(counts.values()),
            ))
            _mark_sent(session.connection(), sent)
            session.flush()
            pending.publish()
    except BaseException as error:
        pending.discard()
        if isinstance(error, (SQLAlchemyError, sqlite3.Error)):
            raise OutputError(t("L'envoi n'a pas pu être enregistré ({error}) : « {target} » a été retiré, "
                                "rien n'est marqué comme envoyé.", error=_short(error), target=out)) from error
        raise
    return ExportResult(out, sequence, full, with_contacts, period_start, made_at, counts)


def _write_workbook(pending, sheets, progress, steps, counts, checksums, manifest) -> None:
    """Write every sheet and the manifest into ``pending.temporary`` and flush it to the disk."""
    try:
        writer = XlsxWriter(pending.temporary, WRITTEN_SHEETS)
        try:
            for index, (kind, rows) in enumerate(sheets):
                step = len(KINDS) + index + 1
                progress.step(step, steps, t("Écriture de la feuille « {sheet} »…", sheet=kind.sheet))
                hasher = writer.add_sheet(
                    kind.sheet, [c.key for c in kind.columns], [c.header for c in kind.columns],
                    [c.type for c in kind.columns], [c.width for c in kind.columns], rows,
                    on_row=lambda done, total, step=step: progress.step(step, steps),
                )
                counts[kind.sheet] = hasher.rows
                checksums[kind.sheet] = hasher.hexdigest()
            codes = writer.add_sheet(CODES_SHEET, [c.key for c in CODE_COLUMNS], [c.header for c in CODE_COLUMNS],
                                     [c.type for c in CODE_COLUMNS], [c.width for c in CODE_COLUMNS], code_rows())
            checksums[CODES_SHEET] = codes.hexdigest()
            writer.add_key_values(MANIFEST_SHEET, [c.key for c in MANIFEST_COLUMNS],
                                  [c.header for c in MANIFEST_COLUMNS], [c.width for c in MANIFEST_COLUMNS],
                                  manifest())
            writer.close()
        except BaseException:
            writer.abort()
            raise
    except OSError as error:
        raise OutputError(describe_os_error(error, pending.target)) from error
    pending.flush()


def _short(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error).splitlines()[0]


def build_manifest(profile, device_id, sequence, full, with_contacts, period_start, made_at, counts, checksums,
                   signing_key=None):
    """The manifest entries (key, label, type, value), signed with ``signing_key`` (a SigningKey); without
    one (files forged by tests and benchmarks), an unsigned version 2 manifest."""
    values = {
        "format_version": FORMAT_VERSION if signing_key is not None else SIGNED_SINCE - 1, "app_version": __version__,
        "catalyseur_id": profile.id if profile else "", "catalyseur_name": profile.full_name if profile else "",
        "device_id": device_id, "sequence": sequence, "full": full, "with_contacts": with_contacts,
        "period_start": period_start, "period_end": made_at, "made_at": made_at,
    }
    entries = [(key, label, kind, values[key]) for key, label, kind in MANIFEST_ENTRIES]
    entries.insert(1, ("about", "À propos de ce fichier", "text", ABOUT))
    for sheet, count in counts.items():
        entries.append((f"rows:{sheet}", f"Nombre de lignes — {sheet}", "int", count))
    entries.append((f"rows:{CODES_SHEET}", f"Nombre de lignes — {CODES_SHEET}", "int", len(code_rows())))
    for sheet, digest in checksums.items():
        entries.append((f"sha256:{sheet}", f"Empreinte SHA-256 — {sheet}", "text", digest))
    return sign_entries(entries, signing_key) if signing_key is not None else entries


def _collect(connection, full, with_contacts, progress, steps=None):
    """[(kind, rows)] for every sheet, and the stamps to remember as sent."""
    sheets = []
    deletions = []
    sent = []
    for index, kind in enumerate(KINDS):
        progress.step(index, steps or len(KINDS), t("Lecture : {sheet}…", sheet=kind.sheet))
        lists = association_lists(connection, kind)
        consented = _consented_contacts(connection) if kind.name == "participant" and with_contacts else None
        rows = []
        for number, record in enumerate(records_with_states(connection, kind), 1):
            if number % 5000 == 0:  # lets Annuler act within a large sheet
                progress.step(index, steps or len(KINDS),
                              t("Lecture : {sheet} ({count} lignes)…", sheet=kind.sheet, count=number))
            stamp = (record["version"], record["changed_by"])
            if not full and stamp in ((record["sent_version"], record["sent_by"]),
                                      (record["base_version"], record["base_by"])):
                continue
            erased = kind.name == "contact" and record["erased_at"] is not None
            if record["deleted_at"] is not None or erased:
                at = record["erased_at"] if erased else record["deleted_at"]
                deletions.append((kind.name, record["id"], NATURE_ERASED if erased else NATURE_DELETED,
                                  to_millis(at), record["version"], record["changed_by"],
                                  to_millis(record["updated_at"]), record["base_version"], record["base_by"]))
            elif kind.name == "contact":
                if not with_contacts or record["consent_date"] is None:
                    continue
                rows.append(to_row(kind, record, lists, blank_personal=False))
            else:
                row = to_row(kind, record, lists, blank_personal=not with_contacts)
                if consented is not None and row[2] is not None and row[2] not in consented:
                    row = row[:2] + (None,) + row[3:]  # a participant's contact that does not travel
                rows.append(row)
            sent.append({"kind": kind.name, "record_id": record["id"], "sent_version": stamp[0],
                         "sent_by": stamp[1]})
        sheets.append((kind, rows))
    deletions.sort(key=lambda row: (row[0], row[1]))
    sheets.append((DELETIONS, deletions))
    return sheets, sent


def _consented_contacts(connection) -> set[str]:
    from catalyseur_app.store.models import Contact

    table = Contact.__table__
    query = select(table.c.id).where(table.c.consent_date.is_not(None), table.c.erased_at.is_(None))
    return set(connection.execute(query).scalars())


def _mark_sent(connection, sent) -> None:
    if not sent:
        return
    statement = sqlite_insert(STATES)
    statement = statement.on_conflict_do_update(
        index_elements=[STATES.c.kind, STATES.c.record_id],
        set_={"sent_version": statement.excluded.sent_version, "sent_by": statement.excluded.sent_by},
    )
    connection.execute(statement, sent)
