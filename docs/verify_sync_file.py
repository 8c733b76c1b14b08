"""Reference verifier of a Catalyseur sync file, written from docs/sync-format.md alone.

    python verify_sync_file.py FILE.xlsx     prints "OK" and exits 0 when every sheet's row count
                                             and SHA-256 match the manifest and, in a signed file
                                             (version 3), the manifest's signature is good; names
                                             what differs and exits 1 otherwise

Python 3.9+ standard library (no Catalyseur code): it reads the workbook's XML itself, so a third
party can check a file, or port these ~150 lines to another language. Only the column types below
are needed from the format document (every other column is text). Checking a signature needs the
`cryptography` package (`pip install cryptography`); without it, a signed file is reported as
not verified.
"""

import base64
import datetime
import hashlib
import json
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
STAMPS = {"version": "int", "created_at": "datetime", "updated_at": "datetime", "base_version": "int"}
# Columns that are not text, per sheet (docs/sync-format.md, "Sheets and columns").
TYPES = {
    "profil": STAMPS,
    "acteurs": STAMPS,
    "contacts": {"consent_date": "date", "erased_at": "datetime", **STAMPS},
    "partenariats": {"start_date": "date", "end_date": "date", "money_eur": "float", "inspiring": "bool", **STAMPS},
    "partenaires": STAMPS,
    "activites": {"day": "date", "minutes": "int", "participants": "int", **STAMPS},
    "diagnostics": {"started_on": "date", "revision": "int", "finalised_at": "datetime", **STAMPS},
    "participants": STAMPS,
    "reponses": STAMPS,
    "priorites": {"rank": "int", **STAMPS},
    "actions": {"due_date": "date", **STAMPS},
    "suppressions": {"at": "datetime", "version": "int", "updated_at": "datetime", "base_version": "int"},
    "codes": {},
}
# Manifest entries that are not text (docs/sync-format.md, "Manifest"); rows:<sheet> are int.
MANIFEST_TYPES = {"format_version": "int", "sequence": "int", "full": "bool", "with_contacts": "bool",
                  "period_start": "datetime", "period_end": "datetime", "made_at": "datetime"}
NOT_SIGNED = ("about", "signature")
EPOCH = datetime.datetime(1899, 12, 30)
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def canonical(kind, cell_type, raw):
    """The canonical text of one cell (docs/sync-format.md, "Canonical content and checksums")."""
    if raw is None or raw == "":
        return ""
    if kind == "int":
        return str(int(float(raw)))
    if kind == "float":
        return repr(float(raw))
    if kind == "bool":
        return "true" if raw in ("1", "true", "TRUE") else "false"
    if kind == "date":
        return (EPOCH + datetime.timedelta(days=int(float(raw)))).date().isoformat()
    if kind == "datetime":
        moment = EPOCH + datetime.timedelta(milliseconds=round(float(raw) * 86400000))
        return moment.isoformat("T", "milliseconds") + "Z"
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)


def cell_text(cell, shared):
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(MAIN + "t"))
    value = cell.find(MAIN + "v")
    if value is None or value.text is None:
        return None
    return shared[int(value.text)] if kind == "s" else value.text


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group()
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def read_rows(archive, part, shared):
    for row in ET.fromstring(archive.read(part)).iter(MAIN + "row"):
        cells = {}
        for cell in row.iter(MAIN + "c"):
            cells[column_index(cell.get("r"))] = (cell.get("t"), cell_text(cell, shared))
        yield int(row.get("r")), cells


def sheet_parts(archive):
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    relations = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in relations.iter(PKG + "Relationship")}
    parts = {}
    for sheet in workbook.iter(MAIN + "sheet"):
        target = targets[sheet.get(REL)]
        parts[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return parts


def verify(path):
    """[problems]; empty when the file is sound."""
    with zipfile.ZipFile(path) as archive:
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            for item in ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                shared.append("".join(t.text or "" for t in item.iter(MAIN + "t") if _not_phonetic(item, t)))
        parts = sheet_parts(archive)
        manifest, cells_by_key = {}, {}
        for number, cells in read_rows(archive, parts["manifeste"], shared):
            if number > 2 and 0 in cells:
                manifest[cells[0][1]] = cells.get(2, (None, None))[1]
                cells_by_key[cells[0][1]] = cells.get(2, (None, None))
        problems = check_signature(manifest, cells_by_key)
        for key in [k for k in manifest if k.startswith("sha256:")]:
            sheet = key.split(":", 1)[1]
            if sheet not in parts:
                problems.append(f"sheet {sheet}: missing")
                continue
            digest, count = hashlib.sha256(), 0
            keys = []
            for number, cells in read_rows(archive, parts[sheet], shared):
                if number == 1:
                    keys = [cells[i][1] for i in sorted(cells)]
                    digest.update(_json(keys))
                    types = [TYPES.get(sheet, {}).get(k, "text") for k in keys]
                elif number > 2:
                    texts = [canonical(types[i], *cells.get(i, (None, None))) for i in range(len(keys))]
                    digest.update(_json(texts))
                    count += 1
            if str(count) != str(int(float(manifest.get(f"rows:{sheet}", -1)))):
                problems.append(f"sheet {sheet}: {count} rows, the manifest says {manifest.get(f'rows:{sheet}')}")
            elif digest.hexdigest() != manifest[key]:
                problems.append(f"sheet {sheet}: the SHA-256 differs from the manifest's")
        return problems


def check_signature(manifest, cells_by_key):
    """[problems] of the manifest's signature (docs/sync-format.md, "Signature"); none when unsigned."""
    if "signature" not in manifest:
        return [] if int(float(manifest.get("format_version") or 0)) < 3 else ["manifest: the signature is missing"]
    lines = []
    for key in sorted(k for k in cells_by_key if k not in NOT_SIGNED):
        kind = "int" if key.startswith("rows:") else MANIFEST_TYPES.get(key, "text")
        lines.append(_json([key, canonical(kind, *cells_by_key[key])]))
    public_key = base64.b64decode(manifest.get("public_key") or "")
    digest = hashlib.sha256(public_key).hexdigest()
    if " ".join(digest[i:i + 4] for i in range(0, 64, 4)) != manifest.get("key_fingerprint"):
        return ["manifest: the public key does not match its fingerprint"]
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        return ["manifest: signed, but the signature cannot be checked without the cryptography package"]
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(base64.b64decode(manifest["signature"]), b"".join(lines))
    except (InvalidSignature, ValueError):
        return ["manifest: the signature does not match its content"]
    return []


def _not_phonetic(item, text):
    return all(text not in list(run.iter()) for run in item.iter(MAIN + "rPh"))


def _json(values):
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


if __name__ == "__main__":
    found = verify(sys.argv[1])
    for problem in found:
        print(problem)
    print("OK" if not found else f"NOT OK: {len(found)} problem(s)")
    sys.exit(1 if found else 0)
