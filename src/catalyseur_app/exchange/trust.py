"""The trust registry: which keys a store accepts for which catalyseur (docs/sync-format.md, "Trust").

SQLAlchemy Core on a given table (``trusted_keys`` in a catalyseur's store,
``foundation_trusted_keys`` in a consolidation store), so the same rules run on SQLite and
PostgreSQL. ``check`` decides about one file's manifest and changes nothing: a refusal raises
SyncFileError (TrustNeeded when only a person's acceptance is missing); ``remember`` then records
a key accepted on first use, in the transaction that applies the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select, update

from catalyseur_app.formatting import format_date
from catalyseur_app.messages import t
from catalyseur_app.store.models.base import utc_now

from .errors import SyncFileError

TRUSTED, UNSIGNED = "trusted", "unsigned"


class TrustNeeded(SyncFileError):
    """The first signed file from a catalyseur this store does not know: accept its key first."""

    def __init__(self, message: str, manifest):
        super().__init__(message)
        self.manifest = manifest


@dataclass
class TrustCheck:
    status: str  # TRUSTED or UNSIGNED (an unsigned file from a catalyseur with no known key)
    remember: bool = False  # a key to record with the file (first use, or pinned beforehand)
    warning: str = ""


def identity(manifest) -> str:
    """Whom a file speaks for: its catalyseur id (its device id in a file made before any profile)."""
    return manifest.catalyseur_id or manifest.device_id


def _who(manifest) -> str:
    return t("{name} (identifiant {id})", name=manifest.catalyseur_name or t("catalyseur sans nom"),
             id=identity(manifest))


def check(connection, table, manifest, file_name: str, trust_new: bool = False) -> TrustCheck:
    rows = connection.execute(select(table).where(table.c.catalyseur_id == identity(manifest))).mappings().all()
    revoked = [row for row in rows if row["revoked_at"] is not None]
    if revoked:
        raise SyncFileError(t("« {file} » refusé : la confiance en {who} a été retirée le {date} ; ses fichiers ne "
                              "sont plus importés (« catalyseur-app trust accept {id} » la rétablit).",
                              file=file_name, who=_who(manifest), date=format_date(revoked[0]["revoked_at"]),
                              id=identity(manifest)))
    keyed = [row for row in rows if row["fingerprint"]]
    if not manifest.signed:
        if keyed:
            raise SyncFileError(t("« {file} » refusé : ce fichier n'est pas signé (format version {version}) alors "
                                  "que la clé de {who} est connue ici ; il peut avoir été fabriqué par quelqu'un "
                                  "d'autre. Demandez-lui un nouveau fichier fait avec une application à jour.",
                                  file=file_name, version=manifest.format_version, who=_who(manifest)))
        return TrustCheck(UNSIGNED, warning=t(
            "Ce fichier n'est pas signé (format version {version}) : son origine ne peut pas être vérifiée.",
            version=manifest.format_version))
    for row in keyed:
        if row["fingerprint"] == manifest.key_fingerprint:
            return TrustCheck(TRUSTED, remember=not row["public_key"])
    if keyed:
        raise SyncFileError(t("« {file} » refusé : il est signé par une autre clé que celle acceptée pour {who}.\n"
                              "Clé acceptée : {known}\nClé de ce fichier : {fingerprint}\n"
                              "Si cette personne a changé d'ordinateur ou réinstallé l'application, vérifiez avec "
                              "elle l'empreinte de sa nouvelle clé, puis : catalyseur-app trust accept {id} "
                              "--fingerprint \"{fingerprint}\".", file=file_name, who=_who(manifest),
                              known=keyed[0]["fingerprint"], fingerprint=manifest.key_fingerprint,
                              id=identity(manifest)))
    if rows or trust_new:  # accepted beforehand without a fingerprint, or accepted now
        return TrustCheck(TRUSTED, remember=True)
    raise TrustNeeded(t("« {file} » vient de {who}, inconnu ici. Empreinte de sa clé :\n{fingerprint}\n"
                        "Vérifiez cette empreinte avec cette personne (par téléphone), puis importez avec "
                        "--trust-new, ou acceptez-la d'abord : catalyseur-app trust accept {id}.",
                        file=file_name, who=_who(manifest), fingerprint=manifest.key_fingerprint,
                        id=identity(manifest)), manifest)


def remember(connection, table, manifest) -> None:
    """Record the manifest's key as accepted for its catalyseur (after ``check`` said ``remember``)."""
    who = identity(manifest)
    values = {"public_key": manifest.public_key, "catalyseur_name": manifest.catalyseur_name or ""}
    pinned = connection.execute(update(table).where(
        table.c.catalyseur_id == who, table.c.fingerprint == manifest.key_fingerprint).values(**values)).rowcount
    if pinned:
        return
    waiting = connection.execute(update(table).where(table.c.catalyseur_id == who, table.c.fingerprint == "")
                                 .values(fingerprint=manifest.key_fingerprint, **values)).rowcount
    if not waiting:
        connection.execute(insert(table).values(catalyseur_id=who, fingerprint=manifest.key_fingerprint,
                                                accepted_at=utc_now(), **values))


def accept(connection, table, catalyseur_id: str, fingerprint: str = "") -> str:
    """Trust ``catalyseur_id`` again if revoked, and accept ``fingerprint`` (or its first key when
    none is given and none is known); returns what was done, for a person."""
    fingerprint = " ".join(fingerprint.split()).lower()
    rows = connection.execute(select(table).where(table.c.catalyseur_id == catalyseur_id)).mappings().all()
    restored = connection.execute(update(table).where(table.c.catalyseur_id == catalyseur_id,
                                                      table.c.revoked_at.is_not(None))
                                  .values(revoked_at=None)).rowcount
    if any(row["fingerprint"] == fingerprint for row in rows):
        return t("{id} : confiance rétablie.", id=catalyseur_id) if restored else t(
            "{id} : cette clé est déjà acceptée.", id=catalyseur_id)
    if not fingerprint and rows:
        return t("{id} : confiance rétablie.", id=catalyseur_id) if restored else t(
            "{id} : une clé est déjà acceptée ; pour en accepter une autre, donnez son empreinte "
            "(--fingerprint).", id=catalyseur_id)
    name = rows[0]["catalyseur_name"] if rows else ""
    connection.execute(insert(table).values(catalyseur_id=catalyseur_id, catalyseur_name=name,
                                            fingerprint=fingerprint, public_key="", accepted_at=utc_now()))
    if fingerprint:
        return t("{id} : la clé {fingerprint} est acceptée.", id=catalyseur_id, fingerprint=fingerprint)
    return t("{id} : accepté ; la clé de son premier fichier sera retenue.", id=catalyseur_id)


def revoke(connection, table, catalyseur_id: str) -> int:
    """Refuse every future file from ``catalyseur_id``; what was imported stays. Rows changed."""
    rows = connection.execute(update(table).where(table.c.catalyseur_id == catalyseur_id,
                                                  table.c.revoked_at.is_(None))
                              .values(revoked_at=utc_now())).rowcount
    if not rows and not connection.execute(select(table.c.id).where(table.c.catalyseur_id == catalyseur_id)).first():
        connection.execute(insert(table).values(catalyseur_id=catalyseur_id, catalyseur_name="", fingerprint="",
                                                public_key="", accepted_at=utc_now(), revoked_at=utc_now()))
        rows = 1
    return rows


def entries(connection, table) -> list[dict]:
    return [dict(row) for row in connection.execute(
        select(table).order_by(table.c.catalyseur_name, table.c.catalyseur_id, table.c.accepted_at)).mappings()]
