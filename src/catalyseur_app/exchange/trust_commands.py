"""``catalyseur-app trust list|accept|revoke``: this store's trust registry (or, with ``--db``, a
consolidation store's)."""

from __future__ import annotations

import contextlib
import re
import sys

from ..formatting import format_date
from ..messages import t

FINGERPRINT_RE = re.compile(r"^[0-9a-f]{4}( [0-9a-f]{4}){15}$")


def register(subparsers) -> None:
    trust = subparsers.add_parser("trust", help="clés acceptées pour les fichiers d'échange signés")
    actions = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="les catalyseurs connus, leurs clés et leur état")
    accept = actions.add_parser("accept", help="accepter un catalyseur (ou une nouvelle clé, avec --fingerprint)")
    accept.add_argument("id", metavar="ID", help="identifiant du catalyseur")
    accept.add_argument("--fingerprint", metavar="EMPREINTE", default="",
                        help="l'empreinte de sa clé, lue avec lui (16 groupes de 4 caractères)")
    revoke = actions.add_parser("revoke", help="refuser désormais tous les fichiers d'un catalyseur")
    revoke.add_argument("id", metavar="ID", help="identifiant du catalyseur")
    for parser, handler in ((listing, _list), (accept, _accept), (revoke, _revoke)):
        parser.add_argument("--db", metavar="BASE", help="une base de consolidation de la Fondation (sinon : ce poste)")
        parser.set_defaults(handler=handler)


@contextlib.contextmanager
def _registry(args):
    """(connection in a transaction, table) of the chosen store."""
    if args.db:
        from catalyseur_app.foundation.database import connect, migrate
        from catalyseur_app.foundation.models import FoundationTrustedKey

        engine = connect(args.db)
        try:
            migrate(engine)
            with engine.begin() as connection:
                yield connection, FoundationTrustedKey.__table__
        finally:
            engine.dispose()
    else:
        from catalyseur_app.store import open_store_for_cli
        from catalyseur_app.store.models import TrustedKey

        with open_store_for_cli(args) as store, store.write() as session:
            yield session.connection(), TrustedKey.__table__


def _run(args, action) -> int:
    from catalyseur_app.store import StoreError  # FoundationError is one too

    try:
        with _registry(args) as (connection, table):
            return action(connection, table)
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1


def _list(args) -> int:
    from .trust import entries

    def action(connection, table):
        rows = entries(connection, table)
        if not rows:
            print(t("Aucun catalyseur dans le registre de confiance."))
        for row in rows:
            state = (t("révoqué le {date}", date=format_date(row["revoked_at"])) if row["revoked_at"]
                     else t("accepté le {date}", date=format_date(row["accepted_at"])))
            key = row["fingerprint"] or t("(la clé de son premier fichier)")
            print(f"{row['catalyseur_id']}  {row['catalyseur_name'] or '—'}  {key}  {state}")
        return 0
    return _run(args, action)


def _accept(args) -> int:
    from .trust import accept

    fingerprint = " ".join(args.fingerprint.split()).lower()
    if fingerprint and not FINGERPRINT_RE.match(fingerprint):
        print(t("« {fingerprint} » n'est pas une empreinte de clé : 16 groupes de 4 caractères (0-9, a-f) "
                "séparés par des espaces.", fingerprint=args.fingerprint), file=sys.stderr)
        return 2
    return _run(args, lambda connection, table: print(accept(connection, table, args.id, fingerprint)) or 0)


def _revoke(args) -> int:
    from .trust import revoke

    def action(connection, table):
        revoke(connection, table, args.id)
        print(t("{id} : ses fichiers seront désormais refusés ; ce qui a déjà été importé reste.", id=args.id))
        return 0
    return _run(args, action)
