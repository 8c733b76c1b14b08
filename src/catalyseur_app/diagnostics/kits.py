"""Installed kits: several kits and versions side by side, stored whole in the database.

A kit workbook is validated entirely by the kit engine before anything is stored; on any problem
nothing is installed and every problem is returned. The workbook shipped with the application
(``resources/kits/*.xlsx``) is installed automatically the first time kits are needed.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from catalyseur_app.diagnostics.errors import DiagnosticError
from catalyseur_app.kit import Kit, KitError, Problem, load_kit, version_key
from catalyseur_app.messages import t
from catalyseur_app.resources import resource_path
from catalyseur_app.store import Store
from catalyseur_app.store.models import InstalledKit

DEFAULT_KIT_SETTING = "diagnostics.default_kit"
_CACHE_SIZE = 8
_cache: OrderedDict[str, Kit] = OrderedDict()  # sha256 -> Kit; a (form_id, version) never changes
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class KitInfo:
    form_id: str
    version: str
    title: str
    sha256: str
    installed_at: datetime | None


@dataclass(frozen=True)
class InstallResult:
    """What ``install_kit`` did: ``kit`` installed (or already there), or the ``problems`` found."""

    kit: KitInfo | None
    problems: tuple[Problem, ...] = ()
    already_installed: bool = False

    @property
    def ok(self) -> bool:
        return self.kit is not None and not self.problems

    @property
    def installed(self) -> KitInfo:
        """The kit, once ``ok`` is known to be true."""
        if self.kit is None:
            raise ValueError("no kit was installed: check ok first")
        return self.kit


def _info(row: InstalledKit) -> KitInfo:
    return KitInfo(row.form_id, row.version, row.title, row.sha256, row.installed_at)


def _read_source(source: str | Path | bytes) -> tuple[bytes | None, list[Problem]]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), []
    path = Path(source)
    try:
        return path.read_bytes(), []
    except FileNotFoundError:
        message = t("Le fichier « {path} » n'existe pas.", path=path)
    except IsADirectoryError:
        message = t("« {path} » est un dossier, pas un classeur Excel.", path=path)
    except OSError as error:
        message = t("Le fichier « {path} » ne peut pas être lu : {error}.", path=path, error=error.strerror or error)
    return None, [Problem(None, None, None, message)]


def install_kit(store: Store, source: str | Path | bytes) -> InstallResult:
    """Validate and install a kit workbook; on any problem, install nothing and list them all."""
    content, problems = _read_source(source)
    if content is None:
        return InstallResult(None, tuple(problems))
    try:
        kit = load_kit(content)
    except KitError as error:
        return InstallResult(None, tuple(error.problems))
    sha256 = hashlib.sha256(content).hexdigest()
    with store.write() as session:
        existing = session.get(InstalledKit, (kit.form_id, kit.version))
        if existing is not None:
            if existing.sha256 == sha256:
                return InstallResult(_info(existing), already_installed=True)
            return InstallResult(None, (Problem(
                "settings", 2, "version",
                t("la version « {version} » du kit « {form_id} » est déjà installée avec un contenu différent : "
                  "augmentez le numéro de version dans la feuille settings.", version=kit.version, form_id=kit.form_id),
            ),))
        row = InstalledKit(form_id=kit.form_id, version=kit.version, title=kit.title or kit.form_id,
                           content=content, sha256=sha256)
        session.add(row)
        session.flush()
        info = _info(row)
    _remember(sha256, kit)
    return InstallResult(info)


def shipped_kit_files() -> list[Path]:
    """The kit workbooks shipped with the application."""
    try:
        folder = resource_path("kits")
    except FileNotFoundError:
        return []
    return sorted(path for path in folder.glob("*.xlsx") if not path.name.startswith("~$"))


def ensure_default_kits(store: Store) -> None:
    """Install the shipped kits that are not installed yet (cheap when they all are)."""
    for path in shipped_kit_files():
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        with store.read() as session:
            known = session.scalar(select(InstalledKit.form_id).where(InstalledKit.sha256 == sha256))
        if known is None:
            result = install_kit(store, content)
            if not result.ok:
                raise DiagnosticError(t("Le kit livré avec l'application « {name} » est refusé.", name=path.name),
                                      [str(problem) for problem in result.problems])
            known = result.installed.form_id
        if store.get_setting(DEFAULT_KIT_SETTING) is None:
            store.set_setting(DEFAULT_KIT_SETTING, known)


def list_installed_kits(store: Store) -> list[KitInfo]:
    """Every installed kit version: by kit, newest version first."""
    ensure_default_kits(store)
    with store.read() as session:
        rows = session.execute(select(InstalledKit.form_id, InstalledKit.version, InstalledKit.title,
                                      InstalledKit.sha256, InstalledKit.installed_at)).all()
    infos = [KitInfo(*row) for row in rows]
    infos.sort(key=lambda info: version_key(info.version), reverse=True)
    infos.sort(key=lambda info: info.form_id)
    return infos


def default_kit_id(store: Store) -> str:
    """The kit a new diagnostic uses when none is named: the shipped one (or the only one)."""
    kits = list_installed_kits(store)
    wanted = store.get_setting(DEFAULT_KIT_SETTING)
    if wanted and any(info.form_id == wanted for info in kits):
        return wanted
    if not kits:
        raise DiagnosticError(t("Aucun kit de diagnostic n'est installé : installez un kit (classeur Excel)."))
    return kits[0].form_id


def newest_kit(store: Store, form_id: str | None = None) -> KitInfo:
    """The newest installed version of a kit (the default kit when ``form_id`` is None)."""
    form_id = form_id or default_kit_id(store)
    versions = [info for info in list_installed_kits(store) if info.form_id == form_id]
    if not versions:
        raise DiagnosticError(t("Le kit « {form_id} » n'est pas installé.", form_id=form_id))
    return versions[0]


def load_installed(store: Store, form_id: str, version: str) -> Kit:
    """The installed kit ``form_id`` in ``version``, parsed once and then taken from a cache."""
    with store.read() as session:
        sha256 = session.scalar(select(InstalledKit.sha256).where(
            InstalledKit.form_id == form_id, InstalledKit.version == version))
        if sha256 is None:
            raise _not_installed(form_id, version)
        with _cache_lock:
            if sha256 in _cache:
                _cache.move_to_end(sha256)
                return _cache[sha256]
        content = session.scalar(select(InstalledKit.content).where(
            InstalledKit.form_id == form_id, InstalledKit.version == version))
        if content is None:  # removed since the first query
            raise _not_installed(form_id, version)
    try:
        kit = load_kit(content)
    except KitError as error:  # a kit installed by an older, more lenient engine
        raise DiagnosticError(t("Le kit « {form_id} » version « {version} » ne peut plus être lu.",
                                form_id=form_id, version=version),
                              [str(problem) for problem in error.problems]) from None
    _remember(sha256, kit)
    return kit


def _not_installed(form_id: str, version: str) -> DiagnosticError:
    return DiagnosticError(t("La version « {version} » du kit « {form_id} » n'est pas installée sur cet ordinateur : "
                             "installez ce classeur pour ouvrir ce diagnostic.", version=version, form_id=form_id))


def _remember(sha256: str, kit: Kit) -> None:
    with _cache_lock:
        _cache[sha256] = kit
        _cache.move_to_end(sha256)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
