"""Checks made on a sync file before any XML in it is parsed.

The container is examined with zipfile only: size, number of entries, total uncompressed size,
compression ratio, and the names and content types of the parts (no macros, no external links,
no embedded objects). Files of another kind renamed .xlsx get a message saying what they are.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ...messages import t
from ..errors import SyncFileError

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ENTRIES = 100
MAX_TOTAL_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for parts bigger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")

_ALLOWED_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/[\w.-]+\.xml|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels"
    r"|xl/worksheets/sheet\d+\.xml|xl/worksheets/_rels/sheet\d+\.xml\.rels|xl/styles\.xml|xl/sharedStrings\.xml"
    r"|xl/theme/theme\d+\.xml|xl/calcChain\.xml|xl/printerSettings/printerSettings\d+\.bin|xl/metadata\.xml"
    r"|customXml/[\w./-]+|xl/persons/person\.xml|xl/webextensions/[\w./-]+)$"
)
_DANGEROUS = re.compile(r"vbaproject|macrosheet|externallink|activex|embeddings|oleobject|vbadata|\.bin$",
                        re.IGNORECASE)


# LibreOffice adds an empty drawing part to every sheet it saves: accepted when it holds nothing.
_DRAWING = re.compile(r"^xl/drawings/drawing\d+\.xml$")
_EMPTY_DRAWING_ROOT = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}wsDr"


def _empty_drawing(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    if entry.file_size > 4096:
        return False
    try:
        root = fromstring(archive.read(entry), forbid_dtd=True)
    except (DefusedXmlException, ParseError):
        return False
    return root.tag == _EMPTY_DRAWING_ROOT and len(root) == 0 and not (root.text or "").strip()


def require_defusedxml() -> None:
    """Refuse to read any workbook when openpyxl would not use defusedxml."""
    try:
        import defusedxml  # noqa: F401
        import openpyxl
    except ImportError:
        raise SyncFileError(t("Le module de sécurité « defusedxml » n'est pas installé : "
                              "par précaution, aucun classeur ne peut être lu. Réinstallez l'application.")) from None
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise SyncFileError(t("La protection « defusedxml » n'est pas active : par précaution, "
                              "aucun classeur ne peut être lu. Réinstallez l'application."))


def open_checked(path) -> zipfile.ZipFile:
    """Open ``path`` as an .xlsx container after every check; raise SyncFileError otherwise."""
    require_defusedxml()
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SyncFileError(t("Le fichier « {name} » est introuvable.", name=name)) from None
    except OSError as error:
        raise SyncFileError(t("Impossible de lire « {name} » : {reason}.", name=name, reason=error.strerror)) from None
    if size == 0:
        raise SyncFileError(t("Le fichier « {name} » est vide.", name=name))
    if size > MAX_FILE_BYTES:
        raise SyncFileError(t("Le fichier « {name} » est trop gros ({size} Mo ; au plus {limit} Mo).",
                              name=name, size=size // 1048576, limit=MAX_FILE_BYTES // 1048576))
    if head.startswith(CFB_MAGIC):
        raise SyncFileError(_describe_cfb(path, name))
    if not head.startswith(ZIP_MAGICS):
        raise SyncFileError(_describe_other(path, name))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise SyncFileError(t("Le fichier « {name} » est incomplet ou endommagé (peut-être tronqué "
                              "pendant l'envoi) : demandez à le recevoir de nouveau.", name=name)) from None
    try:
        _check_entries(archive, name)
    except BaseException:
        archive.close()
        raise
    return archive


def _describe_cfb(path: Path, name: str) -> str:
    content = path.read_bytes()
    if "EncryptionInfo".encode("utf-16-le") in content or "EncryptedPackage".encode("utf-16-le") in content:
        return t("Le fichier « {name} » est protégé par un mot de passe : enregistrez-le sans mot de passe "
                 "puis importez-le de nouveau.", name=name)
    return t("Le fichier « {name} » est un ancien classeur Excel (.xls) renommé en .xlsx : "
             "seuls les fichiers d'échange .xlsx faits par Catalyseur peuvent être importés.", name=name)


def _describe_other(path: Path, name: str) -> str:
    with open(path, "rb") as handle:
        sample = handle.read(4096)
    if b"\x00" not in sample:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError:
            text = sample.decode("latin-1")
        if "\n" in text and any(sep in text for sep in (";", ",", "\t")):
            return t("Le fichier « {name} » est un fichier texte CSV renommé en .xlsx, pas un classeur "
                     "Excel : seuls les fichiers d'échange .xlsx faits par Catalyseur peuvent être importés.",
                     name=name)
    return t("Le fichier « {name} » n'est pas un classeur Excel (.xlsx).", name=name)


def _check_entries(archive: zipfile.ZipFile, name: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise SyncFileError(t("Le fichier « {name} » contient {count} éléments, au plus {limit} "
                              "sont attendus dans un fichier d'échange : il est refusé par précaution.",
                              name=name, count=len(entries), limit=MAX_ENTRIES))
    names = {entry.filename for entry in entries}
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200]
        if b"opendocument" in mimetype:
            raise SyncFileError(t("Le fichier « {name} » est un classeur OpenDocument (.ods) renommé en .xlsx : "
                                  "enregistrez-le au format Excel (.xlsx) ou demandez le fichier d'origine.",
                                  name=name))
    total = 0
    for entry in entries:
        part = entry.filename
        if _DANGEROUS.search(part) and not part.startswith("xl/printerSettings/"):
            raise SyncFileError(t("Le fichier « {name} » contient des macros, des liens externes ou des objets "
                                  "incorporés (« {part} ») : il est refusé par sécurité.", name=name, part=part))
        if _DRAWING.match(part) and _empty_drawing(archive, entry):
            continue
        if not _ALLOWED_PARTS.match(part):
            raise SyncFileError(t("Le fichier « {name} » contient un élément inattendu « {part} » : "
                                  "ce n'est pas un fichier d'échange Catalyseur.", name=name, part=part))
        total += entry.file_size
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise SyncFileError(t("Le fichier « {name} » est anormalement compressé (« {part} » : {ratio} fois) : "
                                  "il est refusé par sécurité (bombe de décompression).",
                                  name=name, part=part, ratio=entry.file_size // max(entry.compress_size, 1)))
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise SyncFileError(t("Le fichier « {name} » occuperait {size} Mo une fois décompressé : "
                              "il est refusé par sécurité.", name=name, size=total // 1048576))
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise SyncFileError(t("Le fichier « {name} » n'est pas un classeur Excel (.xlsx) : "
                              "des parties indispensables manquent.", name=name))
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > 1024 * 1024:
        raise SyncFileError(t("Le fichier « {name} » a une table des types trop grande : il est refusé.", name=name))
    types = archive.read(info)
    if re.search(rb"macroEnabled|vbaProject|vnd\.ms-excel\.addin", types, re.IGNORECASE):
        raise SyncFileError(t("Le fichier « {name} » est un classeur avec macros (.xlsm) : "
                              "il est refusé par sécurité.", name=name))
