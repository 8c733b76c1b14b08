"""Typed values of the cells of a sync file: the common valid case fast, anything else through
``convert``, which gives the precise message (file, sheet, row, column)."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta

from ...formatting import format_number
from ...messages import t, translatable
from ..errors import SyncFileError, where
from ..schema import BOOL, DATE, DATETIME, FLOAT, ID, IDLIST, INT, INTLIST, LIST, REF, TEXT
from ..values import MAX_CELL_TEXT
from .canonical import EXCEL_EPOCH, EXCEL_EPOCH_DATE, to_millis

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MIN_SERIAL, MAX_SERIAL = 61, 2958465  # 1900-03-01 .. 9999-12-31 (before March 1900 Excel is ambiguous)
TEXT_TYPES = (TEXT, ID, REF, LIST, IDLIST, INTLIST)


def no_character(file_name, sheet, number, record, labels) -> SyncFileError:
    """A text holding a lone surrogate, which only an escape such as _xD800_ can make."""
    key = next(k for k, v in record.items() if isinstance(v, str) and has_surrogate(v))
    escape = "_x{:04X}_".format(ord(next(c for c in record[key] if "\ud800" <= c <= "\udfff")))
    return SyncFileError(t("{place} : la cellule contient « {escape} », qui ne code aucun caractère ; le fichier "
                           "a été abîmé ou fabriqué.", place=where(file_name, sheet, number, labels.get(key)),
                           escape=escape))


def has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


SLOW = object()
_A_TEXT = translatable("un texte")
_A_NUMBER = translatable("un nombre")
_AN_INTEGER = translatable("un nombre entier")


def column_label(key: str, letter: str) -> str:
    """« name » (B): a column key (part of the format, never translated) and its letter."""
    return t("« {key} » ({letter})", key=key, letter=letter)


def fast_converter(kind):
    """The common, valid case of each type, without checks that cannot fail there; anything
    else returns SLOW and goes through ``_convert``, which gives the precise message."""
    if kind in (TEXT, LIST):
        return lambda cell: (cell[1] if cell[0] == "inlineStr" and not cell[2] and cell[1]
                             and len(cell[1]) <= MAX_CELL_TEXT else SLOW)
    if kind in (ID, REF):
        match = UUID_RE.match
        return lambda cell: cell[1] if cell[0] == "inlineStr" and not cell[2] and cell[1] and match(cell[1]) else SLOW
    if kind == INT:
        return lambda cell: int(cell[1]) if cell[0] is None and not cell[2] and cell[1] and cell[1].isdigit() else SLOW
    if kind == DATE:
        def date_cell(cell):
            raw = cell[1]
            if cell[0] is None and not cell[2] and raw and raw.isdigit() and MIN_SERIAL <= int(raw) <= MAX_SERIAL:
                return EXCEL_EPOCH_DATE + timedelta(days=int(raw))
            return SLOW
        return date_cell
    if kind == DATETIME:
        def datetime_cell(cell):
            raw = cell[1]
            if cell[0] is None and not cell[2] and raw:
                try:
                    serial = float(raw)
                except ValueError:
                    return SLOW
                if MIN_SERIAL <= serial <= MAX_SERIAL + 1:
                    return EXCEL_EPOCH_UTC + timedelta(milliseconds=round(serial * 86400000))
            return SLOW
        return datetime_cell
    return lambda cell: SLOW


EXCEL_EPOCH_UTC = EXCEL_EPOCH.replace(tzinfo=UTC)


def cell_text(cell) -> str | None:
    if cell is None:
        return None
    return cell[1]


def convert(cell, kind, file_name, sheet, row, label):
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
        if (is_bool or is_number) and raw in ("1", "0", "1.0", "0.0"):
            return raw.startswith("1")
        raise wrong(translatable("oui/non (VRAI/FAUX)"))
    if kind in (DATE, DATETIME):
        return _date_value(raw, cell_type, kind, file_name, sheet, row, label)
    raise AssertionError(kind)


def _constant_boolean(cell) -> bool:
    """TRUE() or FALSE() with its cached value: how LibreOffice saves a boolean again."""
    cell_type, raw, formula = cell
    if not isinstance(formula, str):
        return False
    expected = {"TRUE()": "1", "FALSE()": "0"}.get(formula.strip().upper())
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
        return moment.replace(tzinfo=UTC)
    try:  # ISO text (t="d" or a text cell): accepted when it is a real date
        if kind == DATE:
            return date.fromisoformat(raw.strip()[:10]) if len(raw.strip()) == 10 else _raise(impossible)
        moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        return to_millis(moment)
    except ValueError:
        raise impossible from None


def _raise(error):
    raise error
