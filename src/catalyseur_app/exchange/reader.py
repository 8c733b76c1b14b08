"""Read and verify a sync file: structure, types, identifiers, row counts and checksums.

Gives a ``SyncFile`` of typed rows; raises SyncFileError (French, naming file, sheet, row and
column) at the first problem. Nothing is written anywhere.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from catalyseur_app.progress import NO_PROGRESS, Progress

from .canonical import EXCEL_EPOCH, EXCEL_EPOCH_DATE, SheetHasher, to_millis
from ..messages import format_number, t, translatable
from .errors import SyncFileError, where
from .safety import open_checked
from .schema import (
    ALL_DATA_SHEETS, BOOL, DATE, DATETIME, DELETIONS, DELETIONS_SHEET, EXPECTED_SHEETS, FLOAT, FORMAT_VERSION,
    ID, IDLIST, INT, INTLIST, KIND_BY_SHEET, KINDS, LIST, MANIFEST_ENTRIES, MANIFEST_SHEET, OPTIONAL_SHEETS, REF, TEXT,
)
from .values import MAX_CELL_TEXT, VERSION_MAX, column_checks, row_problem
from .xlsx_writer import column_letter

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MIN_SERIAL, MAX_SERIAL = 61, 2958465  # 1900-03-01 .. 9999-12-31 (before March 1900 Excel is ambiguous)
TEXT_TYPES = (TEXT, ID, REF, LIST, IDLIST, INTLIST)


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


@dataclass
class SyncFile:
    path: Path
    manifest: Manifest
    records: dict[str, list[dict]]  # kind name -> rows (column key -> typed value), with "_row"
    deletions: list[dict]

    @property
    def name(self) -> str:
        return self.path.name


def read_sync_file(path, progress: Progress = NO_PROGRESS) -> SyncFile:
    path = Path(path)
    from .xlsx_reader import Workbook

    with open_checked(path) as archive:
        book = Workbook(archive, path.name)
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
        records: dict[str, list[dict]] = {}
        seen: dict[str, tuple[str, int]] = {}
        for index, sheet in enumerate(ALL_DATA_SHEETS):
            progress.step(index, len(ALL_DATA_SHEETS), t("Lecture de la feuille « {sheet} »…", sheet=sheet))
            kind = DELETIONS if sheet == DELETIONS_SHEET else KIND_BY_SHEET[sheet]
            position = (index, len(ALL_DATA_SHEETS))
            rows = _read_sheet(book, path.name, sheet, kind.columns, manifest, progress, position)
            for row in rows:
                key = row["id"]
                if key in seen:
                    other_sheet, other_row = seen[key]
                    column = _column("id", "A" if sheet != DELETIONS_SHEET else "B")
                    raise SyncFileError(t("{place} : l'identifiant {key} apparaît deux fois (aussi feuille "
                                          "« {other_sheet} », ligne {other_row}).",
                                          place=where(path.name, sheet, row["_row"], column), key=key,
                                          other_sheet=other_sheet, other_row=other_row))
                seen[key] = (sheet, row["_row"])
            if sheet == DELETIONS_SHEET:
                deletions = rows
            else:
                records[kind.name] = rows
    _check_deletions(path.name, deletions)
    return SyncFile(path, manifest, records, deletions)


def _read_manifest(book, file_name: str) -> Manifest:
    values: dict[str, tuple[int, tuple]] = {}
    for number, cells in book.rows(MANIFEST_SHEET):
        if number < 3 or not cells:
            continue
        key = _cell_text(cells.get(0))
        if key:
            values[key] = (number, cells.get(2))
    types = {key: kind for key, _, kind in MANIFEST_ENTRIES}

    def get(key, kind):
        if key not in values:
            raise SyncFileError(t("{place} : l'information « {key} » manque.",
                                  place=where(file_name, MANIFEST_SHEET), key=key))
        number, cell = values[key]
        value = _convert(cell, kind, file_name, MANIFEST_SHEET, number, _column("value", "C"))
        if isinstance(value, str) and _has_surrogate(value):
            raise _no_character(file_name, MANIFEST_SHEET, number, {"value": value},
                                {"value": _column("value", "C")})
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
    return manifest


def _read_sheet(book, file_name, sheet, columns, manifest, progress, at=(0, None)) -> list[dict]:
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
        text = _cell_text(cell)
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
    plan = [(c.key, keys[c.key], _fast_converter(c.type), c.type, c.required,
             _column(c.key, column_letter(keys[c.key]))) for c in columns]
    labels = {key: label for key, _, _, _, _, label in plan}
    checks = column_checks(sheet, columns)
    hasher = SheetHasher([c.key for c in columns], [c.type for c in columns])
    out = []
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
                if value is _SLOW:
                    value = _convert(cell, kind, file_name, sheet, number, label)
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
            raise _no_character(file_name, sheet, number, record, labels) from None
        out.append(record)
        if len(out) % 20000 == 0:
            progress.step(*at, t("Lecture de la feuille « {sheet} » : {count} lignes…", sheet=sheet, count=len(out)))
    expected = manifest.counts.get(sheet)
    if expected != hasher.rows:
        raise SyncFileError(t("{place} : {count} lignes lues alors que le manifeste en annonce {expected} ; "
                              "le fichier a été modifié ou abîmé.", place=where(file_name, sheet),
                              count=hasher.rows, expected=expected))
    if manifest.checksums.get(sheet) != hasher.hexdigest():
        raise SyncFileError(t("{place} : l'empreinte SHA-256 du contenu ne correspond pas au manifeste ; "
                              "le fichier a été modifié ou abîmé après sa création.", place=where(file_name, sheet)))
    return out


def _no_character(file_name, sheet, number, record, labels) -> SyncFileError:
    """A text holding a lone surrogate, which only an escape such as _xD800_ can make."""
    key = next(k for k, v in record.items() if isinstance(v, str) and _has_surrogate(v))
    escape = "_x{:04X}_".format(ord(next(c for c in record[key] if "\ud800" <= c <= "\udfff")))
    return SyncFileError(t("{place} : la cellule contient « {escape} », qui ne code aucun caractère ; le fichier "
                           "a été abîmé ou fabriqué.", place=where(file_name, sheet, number, labels.get(key)),
                           escape=escape))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_SLOW = object()
_A_TEXT = translatable("un texte")
_A_NUMBER = translatable("un nombre")
_AN_INTEGER = translatable("un nombre entier")


def _column(key: str, letter: str) -> str:
    """« name » (B): a column key (part of the format, never translated) and its letter."""
    return t("« {key} » ({letter})", key=key, letter=letter)


def _fast_converter(kind):
    """The common, valid case of each type, without checks that cannot fail there; anything
    else returns _SLOW and goes through ``_convert``, which gives the precise message."""
    if kind in (TEXT, LIST):
        return lambda cell: (cell[1] if cell[0] == "inlineStr" and not cell[2] and cell[1]
                             and len(cell[1]) <= MAX_CELL_TEXT else _SLOW)
    if kind in (ID, REF):
        match = UUID_RE.match
        return lambda cell: cell[1] if cell[0] == "inlineStr" and not cell[2] and cell[1] and match(cell[1]) else _SLOW
    if kind == INT:
        return lambda cell: int(cell[1]) if cell[0] is None and not cell[2] and cell[1] and cell[1].isdigit() else _SLOW
    if kind == DATE:
        def date_cell(cell):
            raw = cell[1]
            if cell[0] is None and not cell[2] and raw and raw.isdigit() and MIN_SERIAL <= int(raw) <= MAX_SERIAL:
                return EXCEL_EPOCH_DATE + timedelta(days=int(raw))
            return _SLOW
        return date_cell
    if kind == DATETIME:
        def datetime_cell(cell):
            raw = cell[1]
            if cell[0] is None and not cell[2] and raw:
                try:
                    serial = float(raw)
                except ValueError:
                    return _SLOW
                if MIN_SERIAL <= serial <= MAX_SERIAL + 1:
                    return EXCEL_EPOCH_UTC + timedelta(milliseconds=round(serial * 86400000))
            return _SLOW
        return datetime_cell
    return lambda cell: _SLOW


EXCEL_EPOCH_UTC = EXCEL_EPOCH.replace(tzinfo=timezone.utc)


def _cell_text(cell) -> str | None:
    if cell is None:
        return None
    return cell[1]


def _convert(cell, kind, file_name, sheet, row, label):
    if cell is None:
        return None
    cell_type, raw, formula = cell
    if formula and not (kind == BOOL and _constant_boolean(cell)):
        raise SyncFileError(t("{place} : la cellule contient une formule ; un fichier d'échange n'en contient "
                              "jamais.", place=where(file_name, sheet, row, label)))
    if raw is None or raw == "":
        return None
    is_text = cell_type in ("inlineStr", "str")
    is_bool = cell_type == "b"
    is_number = cell_type in (None, "n")
    if cell_type == "e":
        raise SyncFileError(t("{place} : la cellule contient une erreur ({raw}).",
                              place=where(file_name, sheet, row, label), raw=raw))

    def wrong(expected):
        found = _A_TEXT if is_text else translatable("un booléen") if is_bool else _A_NUMBER
        return SyncFileError(t("{place} : {expected} attendu, {found} trouvé (« {raw} »).",
                               place=where(file_name, sheet, row, label), expected=t(expected), found=t(found),
                               raw=raw))

    if kind in TEXT_TYPES:
        if is_number and kind == INTLIST:
            raw = _integer(raw, wrong, translatable("une liste de nombres"))
            return str(raw)
        if not is_text:
            raise wrong(_A_TEXT)
        if len(raw) > MAX_CELL_TEXT:
            raise SyncFileError(t("{place} : texte de {length} caractères ; une cellule Excel en contient au plus "
                                  "{limit}.", place=where(file_name, sheet, row, label),
                                  length=format_number(len(raw)), limit=format_number(MAX_CELL_TEXT)))
        if kind in (ID, REF) and not UUID_RE.match(raw):
            raise SyncFileError(t("{place} : « {raw} » n'est pas un identifiant valide (UUID).",
                                  place=where(file_name, sheet, row, label), raw=raw))
        if kind == IDLIST:
            for part in raw.split(";"):
                if not UUID_RE.match(part.strip()):
                    raise SyncFileError(t("{place} : « {raw} » n'est pas un identifiant valide (UUID).",
                                          place=where(file_name, sheet, row, label), raw=part))
        if kind == INTLIST:
            for part in raw.split(";"):
                if not part.strip().isdigit():
                    raise SyncFileError(t("{place} : « {raw} » n'est pas un nombre.",
                                          place=where(file_name, sheet, row, label), raw=part))
        return raw
    if kind == INT:
        if not is_number:
            raise wrong(_AN_INTEGER)
        return _integer(raw, wrong, _AN_INTEGER)
    if kind == FLOAT:
        if not is_number:
            raise wrong(_A_NUMBER)
        value = float(raw)
        if not math.isfinite(value):
            raise wrong(_A_NUMBER)
        return value
    if kind == BOOL:
        if is_bool or is_number:
            if raw in ("1", "0", "1.0", "0.0"):
                return raw.startswith("1")
        raise wrong(translatable("oui/non (VRAI/FAUX)"))
    if kind in (DATE, DATETIME):
        return _date_value(raw, cell_type, kind, file_name, sheet, row, label)
    raise AssertionError(kind)


def _constant_boolean(cell) -> bool:
    """TRUE() or FALSE() with its cached value: how LibreOffice saves a boolean again."""
    cell_type, raw, formula = cell
    expected = {"TRUE()": "1", "FALSE()": "0"}.get(formula.strip().upper() if isinstance(formula, str) else None)
    return expected is not None and cell_type == "b" and raw == expected


def _integer(raw, wrong, expected):
    try:
        value = float(raw)
    except ValueError:
        raise wrong(expected) from None
    if not value.is_integer():
        raise wrong(expected)
    return int(value)


def _date_value(raw, cell_type, kind, file_name, sheet, row, label):
    impossible = SyncFileError(t("{place} : date impossible (« {raw} »).",
                                   place=where(file_name, sheet, row, label), raw=raw))
    if cell_type in (None, "n"):
        try:
            serial = float(raw)
        except ValueError:
            raise impossible from None
        if not (MIN_SERIAL <= serial <= MAX_SERIAL + 1) or (kind == DATE and not serial.is_integer()):
            raise impossible
        if kind == DATE:
            return EXCEL_EPOCH_DATE + timedelta(days=int(serial))
        moment = EXCEL_EPOCH + timedelta(milliseconds=round(serial * 86400000))
        return moment.replace(tzinfo=timezone.utc)
    try:  # ISO text (t="d" or a text cell): accepted when it is a real date
        if kind == DATE:
            return date.fromisoformat(raw.strip()[:10]) if len(raw.strip()) == 10 else _raise(impossible)
        moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        return to_millis(moment)
    except ValueError:
        raise impossible from None


def _raise(error):
    raise error


def _check_deletions(file_name: str, deletions: list[dict]) -> None:
    from .schema import KIND_BY_NAME, NATURE_DELETED, NATURE_ERASED

    for row in deletions:
        if row["kind"] not in KIND_BY_NAME:
            raise SyncFileError(t("{place} : type d'enregistrement inconnu « {kind} ».",
                                  place=where(file_name, DELETIONS_SHEET, row["_row"], _column("kind", "A")),
                                  kind=row["kind"]))
        if row["nature"] not in (NATURE_DELETED, NATURE_ERASED) or (
                row["nature"] == NATURE_ERASED and row["kind"] != "contact"):
            raise SyncFileError(t("{place} : nature « {nature} » inconnue (« {deleted} » ou « {erased} »).",
                                  place=where(file_name, DELETIONS_SHEET, row["_row"], _column("nature", "C")),
                                  nature=row["nature"], deleted=NATURE_DELETED, erased=NATURE_ERASED))
