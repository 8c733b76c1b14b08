"""Read and verify a sync file: structure, types, identifiers, row counts and checksums.

``open_sync_file`` checks the container and reads the manifest; ``SyncFile.chunks(sheet)`` then
streams a sheet's typed, checked rows in chunks, verifying its row count and checksum at the end
(so a file is never held whole in memory). ``read_sync_file`` reads everything at once, for small
files and tests. SyncFileError (French or English, naming file, sheet, row and column) at the first problem.
Nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from catalyseur_app.progress import NO_PROGRESS, Progress

from ..messages import t, translatable
from .errors import SyncFileError, where
from .manifest_signature import (
    KEY_ENTRIES,
    NOT_SIGNED,
    SIGNATURE_ENTRY,
    SIGNED_SINCE,
    check_signature,
    entry_type,
)
from .schema import (
    ALL_DATA_SHEETS,
    DELETIONS,
    DELETIONS_SHEET,
    EXPECTED_SHEETS,
    FORMAT_VERSION,
    INT,
    KIND_BY_NAME,
    KIND_BY_SHEET,
    KINDS,
    MANIFEST_ENTRIES,
    MANIFEST_SHEET,
    NATURE_DELETED,
    NATURE_ERASED,
    OPTIONAL_SHEETS,
    TEXT,
)
from .values import VERSION_MAX, column_checks, row_problem
from .xlsx.addresses import column_letter
from .xlsx.canonical import SheetHasher
from .xlsx.cells import SLOW, UUID_RE, cell_text, column_label, convert, fast_converter, has_surrogate, no_character
from .xlsx.safety import open_checked

CHUNK_ROWS = 2000
DELETION_KIND = len(KINDS)  # the index value of an id met on the deletions sheet


@dataclass
class Manifest:
    format_version: int
    app_version: str
    catalyseur_id: str
    catalyseur_name: str
    device_id: str
    sequence: int
    full: bool
    with_contacts: bool
    period_start: datetime | None
    period_end: datetime | None
    made_at: datetime
    counts: dict[str, int] = field(default_factory=dict)
    checksums: dict[str, str] = field(default_factory=dict)
    public_key: str = ""  # the sending device's key (base64), in signed files (version 3)
    key_fingerprint: str = ""

    @property
    def signed(self) -> bool:
        """The signature has been checked when the manifest was read (an unsigned file is refused there
        from version 3 on)."""
        return bool(self.public_key)


@dataclass
class SyncFile:
    path: Path
    manifest: Manifest
    _all: tuple | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def chunks(self, sheet: str, progress: Progress = NO_PROGRESS, at=(0, None),
               size: int = CHUNK_ROWS) -> Iterator[list[dict]]:
        """The typed rows of ``sheet`` (column key -> value, and "_row"), ``size`` at a time, read from
        the file again; the last chunk is given only once the row count and checksum are verified."""
        from .xlsx.reader import Workbook

        with open_checked(self.path) as archive:
            yield from self._book_chunks(Workbook(archive, self.name), sheet, progress, at, size)

    def _book_chunks(self, book, sheet: str, progress: Progress = NO_PROGRESS, at=(0, None),
                     size: int = CHUNK_ROWS) -> Iterator[list[dict]]:
        if sheet not in book.sheets:
            raise SyncFileError(t("{place} : la feuille « {sheet} » manque (renommée ou supprimée ?).",
                                  place=where(self.name), sheet=sheet))
        yield from _sheet_chunks(book, self.name, sheet, self.manifest, progress, at, size)

    @property
    def records(self) -> dict[str, list[dict]]:
        """Every row of every record sheet (kind name -> rows): the whole file in memory."""
        return self._read_all()[0]

    @property
    def deletions(self) -> list[dict]:
        return self._read_all()[1]

    def _read_all(self, progress: Progress = NO_PROGRESS, book=None):
        """Every sheet, read from ``book`` (the file's open workbook) or from the file opened once."""
        if self._all is None:
            if book is None:
                from .xlsx.reader import Workbook

                with open_checked(self.path) as archive:
                    return self._read_all(progress, Workbook(archive, self.name))
            index = IdIndex(self)
            records, deletions = {}, []
            for position, sheet in enumerate(ALL_DATA_SHEETS):
                rows = [row for chunk in self._book_chunks(book, sheet, progress, (position, len(ALL_DATA_SHEETS)))
                        for row in chunk]
                index.add(sheet, rows)
                if sheet == DELETIONS_SHEET:
                    deletions = rows
                else:
                    records[KIND_BY_SHEET[sheet].name] = rows
            self._all = (records, deletions)
        return self._all


class IdIndex:
    """Every id met in a file so far and the kind it names (an index of KINDS, or DELETION_KIND):
    an id appears once in a file. Kept as 16 bytes per id, so a million ids fit in about 100 MB."""

    def __init__(self, sync_file: SyncFile):
        self.sync_file = sync_file
        self._kinds: dict[bytes, int] = {}

    @staticmethod
    def key(record_id: str) -> bytes:
        return bytes.fromhex(record_id.replace("-", ""))

    def kind_of(self, record_id: str) -> int | None:
        return self._kinds.get(self.key(record_id))

    def add(self, sheet: str, rows: list[dict]) -> None:
        value = DELETION_KIND if sheet == DELETIONS_SHEET else KINDS.index(KIND_BY_SHEET[sheet])
        kinds = self._kinds
        for row in rows:
            key = bytes.fromhex(row["id"].replace("-", ""))
            if key in kinds:
                raise self._twice(sheet, row)
            kinds[key] = value

    def _twice(self, sheet: str, row: dict) -> SyncFileError:
        other_sheet, other_row = self._first(row["id"], sheet, row["_row"])
        column = column_label("id", "A" if sheet != DELETIONS_SHEET else "B")
        return SyncFileError(t("{place} : l'identifiant {key} apparaît deux fois (aussi feuille « {other_sheet} », "
                               "ligne {other_row}).", place=where(self.sync_file.name, sheet, row["_row"], column),
                               key=row["id"], other_sheet=other_sheet, other_row=other_row))

    def _first(self, record_id: str, sheet: str, row: int) -> tuple[str, int]:
        """Where the id was first met (read again: only when refusing the file)."""
        for other in ALL_DATA_SHEETS:
            try:
                for chunk in self.sync_file.chunks(other):
                    for found in chunk:
                        if found["id"] == record_id and (other, found["_row"]) != (sheet, row):
                            return other, found["_row"]
                        if (other, found["_row"]) == (sheet, row):
                            raise LookupError
            except LookupError:
                break
        return sheet, row


def open_sync_file(path) -> SyncFile:
    """Check the container and the sheets, read the manifest; the rows are read by ``chunks``."""
    path = Path(path)
    from .xlsx.reader import Workbook

    with open_checked(path) as archive:
        return _opened(Workbook(archive, path.name), path)


def _opened(book, path: Path) -> SyncFile:
    """The checks of the sheets and the manifest, on the open workbook of ``path``."""
    if MANIFEST_SHEET not in book.sheets:
        raise SyncFileError(t("{place} : la feuille « {sheet} » manque ; ce n'est pas un fichier d'échange "
                              "Catalyseur.", place=where(path.name), sheet=MANIFEST_SHEET))
    manifest = _read_manifest(book, path.name)
    missing = [s for s in EXPECTED_SHEETS if s not in book.sheets]  # OPTIONAL_SHEETS are skipped
    if missing:
        raise SyncFileError(t("{place} : la feuille « {sheet} » manque (renommée ou supprimée ?).",
                              place=where(path.name), sheet=missing[0]))
    extra = [s for s in book.sheets if s not in EXPECTED_SHEETS and s not in OPTIONAL_SHEETS]
    if extra:
        raise SyncFileError(t("{place} : la feuille « {sheet} » est inattendue.", place=where(path.name),
                              sheet=extra[0]))
    return SyncFile(path, manifest)


def read_sync_file(path, progress: Progress = NO_PROGRESS) -> SyncFile:
    """Read and verify the whole file into memory (``records``, ``deletions``)."""
    path = Path(path)
    from .xlsx.reader import Workbook

    with open_checked(path) as archive:  # opened once for the manifest and every sheet
        book = Workbook(archive, path.name)
        sync_file = _opened(book, path)
        sync_file._read_all(progress, book)
    return sync_file


def _read_manifest(book, file_name: str) -> Manifest:
    values: dict[str, tuple[int, tuple]] = {}
    for number, cells in book.rows(MANIFEST_SHEET):
        if number < 3 or not cells:
            continue
        key = cell_text(cells.get(0))
        if key:
            values[key] = (number, cells.get(2))
    types = {key: kind for key, _, kind in MANIFEST_ENTRIES}

    def get(key, kind):
        if key not in values:
            raise SyncFileError(t("{place} : l'information « {key} » manque.",
                                  place=where(file_name, MANIFEST_SHEET), key=key))
        number, cell = values[key]
        value = convert(cell, kind, file_name, MANIFEST_SHEET, number, column_label("value", "C"))
        if isinstance(value, str) and has_surrogate(value):
            raise no_character(file_name, MANIFEST_SHEET, number, {"value": value},
                                {"value": column_label("value", "C")})
        return value

    version = get("format_version", INT)
    if version is None or version > FORMAT_VERSION:
        raise SyncFileError(t("{place} : ce fichier utilise la version {version} du format d'échange, plus "
                              "récente que celle que connaît cette application ({known}) : mettez à jour "
                              "l'application.", place=where(file_name, MANIFEST_SHEET), version=version,
                              known=FORMAT_VERSION))
    if version < 1:
        raise SyncFileError(t("{place} : version du format inconnue ({version}).",
                              place=where(file_name, MANIFEST_SHEET), version=version))
    data = {key: get(key, types[key]) for key in types if key != "format_version"}
    for key in ("device_id", "sequence", "made_at"):
        if data[key] in (None, ""):
            raise SyncFileError(t("{place} : l'information « {key} » est vide.",
                                  place=where(file_name, MANIFEST_SHEET), key=key))
    if not UUID_RE.match(data["device_id"]):
        raise SyncFileError(t("{place} : l'appareil « {device} » n'est pas un identifiant valide.",
                              place=where(file_name, MANIFEST_SHEET), device=data["device_id"]))
    if not 1 <= data["sequence"] <= VERSION_MAX:
        raise SyncFileError(t("{place} : numéro d'envoi impossible ({sequence}).",
                              place=where(file_name, MANIFEST_SHEET), sequence=data["sequence"]))
    manifest = Manifest(format_version=version, **data)
    for sheet in ALL_DATA_SHEETS:
        manifest.counts[sheet] = get(f"rows:{sheet}", INT)
        manifest.checksums[sheet] = get(f"sha256:{sheet}", TEXT)
    if version >= SIGNED_SINCE:
        _check_signature(values, get, types, file_name, manifest)
    return manifest


def _check_signature(values, get, types, file_name: str, manifest: Manifest) -> None:
    signed = []
    types = dict(types, **{key: kind for key, _, kind in KEY_ENTRIES})
    for key in values:
        kind = entry_type(key, types)
        if kind is None and key not in NOT_SIGNED:
            raise SyncFileError(t("{place} : l'information « {key} » est inattendue.",
                                  place=where(file_name, MANIFEST_SHEET), key=key))
        if key not in NOT_SIGNED:
            signed.append((key, kind, get(key, kind)))
    for key, _, _ in (*KEY_ENTRIES, SIGNATURE_ENTRY):
        get(key, TEXT)  # says which one is missing
    manifest.public_key, manifest.key_fingerprint = get("public_key", TEXT) or "", get("key_fingerprint", TEXT) or ""
    check_signature(file_name, signed, manifest.public_key, manifest.key_fingerprint, get("signature", TEXT))


def _sheet_chunks(book, file_name, sheet, manifest, progress, at, size):
    progress.step(*at, t(READING[0], sheet=sheet))
    columns = DELETIONS.columns if sheet == DELETIONS_SHEET else KIND_BY_SHEET[sheet].columns
    rows_iter = book.rows(sheet)
    header = None
    for number, cells in rows_iter:
        if number == 1:
            header = cells
            break
    if header is None:
        raise SyncFileError(t("{place} : la ligne des clés de colonnes manque.", place=where(file_name, sheet, 1)))
    keys = {}
    for position, cell in header.items():
        text = cell_text(cell)
        if text:
            keys[text] = position
    for column in columns:
        if column.key not in keys:
            raise SyncFileError(t("{place} : la colonne « {key} » manque (renommée ou supprimée ?).",
                                  place=where(file_name, sheet, 1), key=column.key))
    known = {c.key for c in columns}
    for key, position in keys.items():
        if key not in known:
            raise SyncFileError(t("{place} : la colonne « {key} » est inattendue.",
                                  place=where(file_name, sheet, 1, column_letter(position)), key=key))
    plan = [(c.key, keys[c.key], fast_converter(c.type), c.type, c.required,
             column_label(c.key, column_letter(keys[c.key]))) for c in columns]
    labels = {key: label for key, _, _, _, _, label in plan}
    checks = column_checks(sheet, columns)
    hasher = SheetHasher([c.key for c in columns], [c.type for c in columns])
    out = []
    count = 0
    for number, cells in rows_iter:
        if number < 3:
            continue
        if not any(value not in (None, "") for _, value, _ in cells.values()):
            continue  # a row left empty (formatting only)
        record = {"_row": number}
        values = []
        get = cells.get
        for key, position, fast, kind, required, label in plan:
            cell = get(position)
            if cell is None:
                value = None
            else:
                value = fast(cell)
                if value is SLOW:
                    value = convert(cell, kind, file_name, sheet, number, label)
            if value is None and required:
                raise SyncFileError(t("{place} : valeur obligatoire manquante.",
                                      place=where(file_name, sheet, number, label)))
            record[key] = value
            values.append(value)
        for key, check in checks:
            value = record[key]
            if value is not None and value != "":
                problem = check(value)
                if problem:
                    raise SyncFileError(t("{place} : {problem}", problem=problem,
                                          place=where(file_name, sheet, number, labels[key])))
        problem = row_problem(sheet, record)
        if problem:
            raise SyncFileError(t("{place} : {problem}", problem=problem[1],
                                  place=where(file_name, sheet, number, labels[problem[0]])))
        try:
            hasher.add(values)
        except UnicodeEncodeError:
            raise no_character(file_name, sheet, number, record, labels) from None
        if sheet == DELETIONS_SHEET:
            _check_deletion(file_name, record)
        out.append(record)
        count += 1
        if count % 20000 == 0:
            progress.step(*at, t(READING[1], sheet=sheet, count=count))
        if len(out) == size:
            yield out
            out = []
    expected = manifest.counts.get(sheet)
    if expected != hasher.rows:
        raise SyncFileError(t("{place} : {count} lignes lues alors que le manifeste en annonce {expected} ; "
                              "le fichier a été modifié ou abîmé.", place=where(file_name, sheet),
                              count=hasher.rows, expected=expected))
    if manifest.checksums.get(sheet) != hasher.hexdigest():
        raise SyncFileError(t("{place} : l'empreinte SHA-256 du contenu ne correspond pas au manifeste ; "
                              "le fichier a été modifié ou abîmé après sa création.", place=where(file_name, sheet)))
    if out:
        yield out


def _check_deletion(file_name: str, row: dict) -> None:
    if row["kind"] not in KIND_BY_NAME:
        raise SyncFileError(t("{place} : type d'enregistrement inconnu « {kind} ».",
                              place=where(file_name, DELETIONS_SHEET, row["_row"], column_label("kind", "A")),
                              kind=row["kind"]))
    if row["nature"] not in (NATURE_DELETED, NATURE_ERASED) or (
            row["nature"] == NATURE_ERASED and row["kind"] != "contact"):
        raise SyncFileError(t("{place} : nature « {nature} » inconnue (« {deleted} » ou « {erased} »).",
                              place=where(file_name, DELETIONS_SHEET, row["_row"], column_label("nature", "C")),
                              nature=row["nature"], deleted=NATURE_DELETED, erased=NATURE_ERASED))


READING = (translatable("Lecture de la feuille « {sheet} »…"),
           translatable("Lecture de la feuille « {sheet} » : {count} lignes…"))
