"""The signature of a sync file's manifest (format version 3; docs/sync-format.md, "Signature").

The manifest already holds every sheet's row count and SHA-256, so signing the manifest signs the
whole file. What is signed is its canonical form: every entry except ``about`` and ``signature``,
sorted by key, one line each, the JSON array ``[key, canonical text of the value]`` (UTF-8, no
spaces, no ASCII escaping) followed by a newline; the canonical text is the sheets' own
(``canonical.canonical_text``). The device's public key and its fingerprint are entries too, so
they are signed with the rest.
"""

from __future__ import annotations

import json

from catalyseur_app import signing
from catalyseur_app.messages import t

from .errors import SyncFileError, where
from .schema import INT, MANIFEST_SHEET, TEXT
from .xlsx.canonical import canonical_text

SIGNED_SINCE = 3
KEY_ENTRIES = (
    ("public_key", "Clé publique de l'appareil (Ed25519, base64)", TEXT),
    ("key_fingerprint", "Empreinte de la clé (SHA-256)", TEXT),
)
SIGNATURE_ENTRY = ("signature", "Signature du manifeste (Ed25519, base64)", TEXT)
NOT_SIGNED = ("about", "signature")

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def canonical_manifest(entries) -> bytes:
    """The bytes signed: ``entries`` are (key, type, value), in any order."""
    lines = [_dumps([key, canonical_text(kind, value)]) + "\n"
             for key, kind, value in sorted(entries, key=lambda entry: entry[0]) if key not in NOT_SIGNED]
    return "".join(lines).encode("utf-8")


def entry_type(key: str, known: dict[str, str]) -> str | None:
    """The type of a manifest entry; None for a key the format does not have."""
    if key in known:
        return known[key]
    if key.startswith("rows:"):
        return INT
    if key.startswith("sha256:"):
        return TEXT
    return None


def sign_entries(entries: list[tuple], key) -> list[tuple]:
    """``entries`` (key, label, type, value) with the key entries and the signature added."""
    signed = list(entries) + [(k, label, kind, value) for (k, label, kind), value
                              in zip(KEY_ENTRIES, (key.public_key, key.fingerprint), strict=True)]
    signature = key.sign(canonical_manifest((k, kind, value) for k, _, kind, value in signed))
    return signed + [(*SIGNATURE_ENTRY[:2], SIGNATURE_ENTRY[2], signature)]


def check_signature(file_name: str, entries, public_key: str, key_fingerprint: str, signature: str) -> None:
    """SyncFileError unless ``signature`` by ``public_key`` covers ``entries`` (key, type, value)."""
    place = where(file_name, MANIFEST_SHEET)
    try:
        expected = signing.fingerprint(public_key)
    except ValueError:
        expected = None
    if expected is None or expected != key_fingerprint:
        raise SyncFileError(t("{place} : la clé publique de l'appareil est illisible ou ne correspond pas à son "
                              "empreinte ; le fichier a été modifié après sa création.", place=place))
    if not signing.verify(public_key, signature or "", canonical_manifest(entries)):
        raise SyncFileError(t("{place} : la signature ne correspond pas au contenu du manifeste ; le fichier a été "
                              "modifié après sa création, ou il ne vient pas de l'appareil qu'il nomme.", place=place))
