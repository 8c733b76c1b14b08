"""Reading a kit workbook into plain tables, refusing what is not a usable .xlsx file."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from catalyseur_app.kit.problems import KitError, Problem
from catalyseur_app.messages import t

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


@dataclass
class Table:
    """One sheet: header names (stripped) and data rows as {header: text}, with row numbers."""

    title: str
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return str(value).strip()


def read_bytes(source: str | Path | bytes) -> tuple[bytes, str]:
    """The workbook bytes and a name for messages."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), t("classeur")
    path = Path(source)
    try:
        return path.read_bytes(), path.name
    except FileNotFoundError:
        raise KitError([Problem(None, None, None, t("Le fichier « {path} » n'existe pas.", path=path))]) from None
    except IsADirectoryError:
        raise KitError([Problem(None, None, None,
                                t("« {path} » est un dossier, pas un fichier.", path=path))]) from None
    except OSError as error:
        raise KitError([Problem(None, None, None, t("Le fichier « {path} » ne peut pas être lu : {error}.",
                                                    path=path, error=error.strerror))]) from None


def check_defusedxml() -> None:
    """Refuse to read any workbook unless openpyxl parses XML through defusedxml."""
    import openpyxl  # here, not at the top: the command line and the window start without it

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise KitError(
            [Problem(None, None, None, t("La lecture est refusée : la protection defusedxml n'est pas active "
                                         "(installez le paquet defusedxml)."))]
        )


def _refuse_non_xlsx(data: bytes, name: str) -> None:
    if not data:
        raise KitError([Problem(None, None, None, t("Le fichier « {name} » est vide.", name=name))])
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            message = t("Le classeur « {name} » est protégé par un mot de passe (fichier chiffré) : "
                        "enregistrez-le sans mot de passe puis recommencez.", name=name)
        else:
            message = t("Le fichier « {name} » est au format Excel 97-2003 (.xls) : "
                        "enregistrez-le au format .xlsx puis recommencez.", name=name)
        raise KitError([Problem(None, None, None, message)])
    if not data.startswith(_ZIP_MAGIC) or not zipfile.is_zipfile(io.BytesIO(data)):
        raise KitError([Problem(None, None, None, t("Le fichier « {name} » n'est pas un classeur Excel (.xlsx).",
                                                    name=name))])


def load_tables(data: bytes, name: str | None = None) -> dict[str, Table]:
    """Tables by lower-cased sheet name; raises :class:`KitError` for unreadable files."""
    name = name or t("classeur")
    check_defusedxml()
    _refuse_non_xlsx(data, name)
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged archives
        raise KitError(
            [Problem(None, None, None, t("Le fichier « {name} » n'est pas un classeur Excel lisible ({kind}).",
                                         name=name, kind=type(error).__name__))]
        ) from None
    tables: dict[str, Table] = {}
    for sheet in workbook.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header_row = next(rows, None) or ()
        headers = [_cell_text(value) for value in header_row]
        data_rows: list[tuple[int, dict[str, str]]] = []
        for number, values in enumerate(rows, start=2):
            record = {}
            for header, value in zip(headers, values, strict=False):  # a row may stop short of the headers
                text = _cell_text(value)
                if header and text:
                    record[header] = text
            if record:
                data_rows.append((number, record))
        tables.setdefault(sheet.title.strip().lower(), Table(sheet.title, headers, data_rows))
    if all(not any(table.headers) and not table.rows for table in tables.values()):
        raise KitError([Problem(None, None, None, t("Le classeur « {name} » est vide.", name=name))])
    return tables
