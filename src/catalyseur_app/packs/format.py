"""The reference pack file (docs/pack-format.md): a zip holding a signed manifest, the kit
workbooks byte for byte, the vocabulary additions and the inspiring examples as JSON.

    write_pack(path, content, key)   the foundation's side: signed, written atomically
    read_pack(path) -> PackContent   verified: every file's SHA-256 and the signature; the caller
                                     decides whether it trusts the key (packs.install)
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t
from catalyseur_app.signing import SigningKey, fingerprint, verify

FORMAT = "catalyseur-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
VOCABULARY = "vocabulaire.json"
EXAMPLES = "exemples.json"
KITS_FOLDER = "kits/"
MAX_MEMBER_BYTES = 50 * 1024 * 1024  # a kit or a list far beyond this is not a pack: refuse, do not inflate it
MAX_MEMBERS = 500


class PackError(Exception):
    """A pack that cannot be read, verified or installed; the message is meant for a person."""

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.details = details or []


@dataclass
class PackContent:
    sequence: int
    made_at: datetime
    public_key: str = ""
    kits: dict[str, bytes] = field(default_factory=dict)  # file name in kits/ -> workbook
    terms: list[dict] = field(default_factory=list)  # {vocabulary, code, fr, en}
    examples: list[dict] = field(default_factory=list)  # {id, title, territory, partners, form, odds, ...}
    sha256: str = ""  # of the whole file, once read

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def canonical(manifest: dict) -> bytes:
    """The bytes the signature covers: the manifest without its signature, keys sorted, UTF-8."""
    unsigned = {key: value for key, value in manifest.items() if key != "signature"}
    return json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_pack(path: str | Path, content: PackContent, key: SigningKey) -> Path:
    """Write ``content`` as a pack signed with ``key`` (to a temporary name, then renamed)."""
    members = {VOCABULARY: _json_bytes(content.terms), EXAMPLES: _json_bytes(content.examples)}
    members.update({KITS_FOLDER + name: data for name, data in sorted(content.kits.items())})
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "sequence": content.sequence,
        "made_at": content.made_at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "public_key": key.public_key, "fingerprint": key.fingerprint,
        "counts": {"kits": len(content.kits), "vocabulary": len(content.terms), "examples": len(content.examples)},
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in members.items()},
    }
    manifest["signature"] = key.sign(canonical(manifest))
    path = Path(path)
    with atomic_path(path) as temporary, zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _json_bytes(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def read_pack(path: str | Path) -> PackContent:
    """Read and verify a pack; PackError (nothing else) for anything that is not a sound pack."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError(t("Le fichier « {path} » n'existe pas.", path=path)) from None
    except OSError as error:
        raise PackError(t("Le fichier « {path} » ne peut pas être lu : {error}.", path=path,
                          error=error.strerror or error)) from None
    not_a_pack = t("« {name} » n'est pas un pack de la Fondation (un fichier .zip signé, avec son manifest.json).",
                   name=path.name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise PackError(not_a_pack) from None
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if MANIFEST not in infos or len(infos) > MAX_MEMBERS or len(infos) != len(archive.infolist()):
            raise PackError(not_a_pack)
        manifest = _load_json(archive, infos[MANIFEST], not_a_pack)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackError(not_a_pack)
        _check_manifest(manifest, path.name)
        members = {}
        for name, info in infos.items():
            if name == MANIFEST:
                continue
            expected = manifest["files"].get(name)
            if expected is None or info.file_size > MAX_MEMBER_BYTES:
                raise PackError(_tampered(path.name, name))
            data = archive.read(info)
            if hashlib.sha256(data).hexdigest() != expected.get("sha256"):
                raise PackError(_tampered(path.name, name))
            members[name] = data
        missing = sorted(set(manifest["files"]) - set(members))
        if missing:
            raise PackError(_tampered(path.name, missing[0]))
    try:
        content = PackContent(
            sequence=int(manifest["sequence"]),
            made_at=datetime.fromisoformat(str(manifest["made_at"])),
            public_key=manifest["public_key"],
            kits={name.removeprefix(KITS_FOLDER): data for name, data in members.items()
                  if name.startswith(KITS_FOLDER)},
            terms=json.loads(members[VOCABULARY]), examples=json.loads(members[EXAMPLES]),
            sha256=hashlib.sha256(raw).hexdigest())
    except (KeyError, ValueError, TypeError):
        raise PackError(not_a_pack) from None
    if not isinstance(content.terms, list) or not isinstance(content.examples, list):
        raise PackError(not_a_pack)
    return content


def _load_json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, message: str):
    if info.file_size > MAX_MEMBER_BYTES:
        raise PackError(message)
    try:
        return json.loads(archive.read(info))
    except (ValueError, zipfile.BadZipFile, OSError):
        raise PackError(message) from None


def _tampered(name: str, member: str) -> str:
    return t("Le pack « {name} » a été modifié après sa signature (contenu « {member} ») : il est refusé.",
             name=name, member=member)


def _check_manifest(manifest: dict, name: str) -> None:
    version = manifest.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise PackError(t("Le pack « {name} » a été fait par une version plus récente de Catalyseur "
                          "(format {version}) : mettez à jour l'application.", name=name, version=version))
    if not manifest.get("signature") or not manifest.get("public_key"):
        raise PackError(t("Le pack « {name} » n'est pas signé : seul un pack signé par la Fondation peut être "
                          "installé.", name=name))
    try:
        signed = verify(str(manifest["public_key"]), str(manifest["signature"]), canonical(manifest))
    except (TypeError, ValueError):
        signed = False
    if not signed:
        raise PackError(t("La signature du pack « {name} » ne correspond pas à son contenu : le pack a été modifié "
                          "après sa signature ; il est refusé.", name=name))
    if not isinstance(manifest.get("files"), dict) or not all(isinstance(v, dict) for v in manifest["files"].values()):
        raise PackError(t("« {name} » n'est pas un pack de la Fondation (un fichier .zip signé, avec son "
                          "manifest.json).", name=name))
