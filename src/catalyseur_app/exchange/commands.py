"""`catalyseur-app sync export|import`."""

from __future__ import annotations

import sys

from catalyseur_app.atomic import OutputError
from catalyseur_app.store import StoreError, open_store_for_cli

from ..messages import t
from .errors import SyncFileError


def register(subparsers) -> None:
    sync = subparsers.add_parser("sync", help="fichiers d'échange (export, import)")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="préparer un fichier d'échange .xlsx")
    export.add_argument("--out", required=True, metavar="FICHIER.xlsx")
    export.add_argument("--full", action="store_true",
                        help="tout envoyer (sinon : les changements depuis le dernier envoi)")
    export.add_argument("--with-contacts", action="store_true",
                        help="inclure les coordonnées des contacts ayant donné leur consentement")
    export.set_defaults(handler=_export)
    importer = actions.add_parser("import", help="importer un fichier d'échange .xlsx")
    importer.add_argument("file", metavar="FICHIER.xlsx")
    importer.add_argument("--dry-run", action="store_true", help="montrer ce qui changerait, sans rien changer")
    importer.add_argument("--trust-new", action="store_true",
                          help="accepter la clé d'un catalyseur encore inconnu ici (vérifiez d'abord son empreinte)")
    importer.set_defaults(handler=_import)


def _export(args) -> int:
    from .export import export_sync_file

    try:
        with open_store_for_cli(args) as store:
            result = export_sync_file(store, args.out, full=args.full, with_contacts=args.with_contacts)
    except (StoreError, OutputError, SyncFileError) as error:
        print(error, file=sys.stderr)
        return 1
    kind = t("complet") if result.full else t("des changements")
    if result.total > 1:
        print(t("Fichier d'échange n° {sequence} ({kind}) écrit : {path} — {total} lignes.",
                sequence=result.sequence, kind=kind, path=result.path, total=result.total))
    else:
        print(t("Fichier d'échange n° {sequence} ({kind}) écrit : {path} — {total} ligne.",
                sequence=result.sequence, kind=kind, path=result.path, total=result.total))
    for sheet, count in result.counts.items():
        if count:
            print(f"  {sheet} : {count}")
    return 0


def _import(args) -> int:
    from .importer import import_sync_file
    from .report import describe_plan, describe_result

    try:
        with open_store_for_cli(args) as store:
            outcome = import_sync_file(store, args.file, dry_run=args.dry_run, trust_new=args.trust_new)
    except (StoreError, SyncFileError) as error:
        print(t("Import refusé : {error}", error=error), file=sys.stderr)
        return 2
    for line in describe_plan(outcome.plan):
        print(line)
    if args.dry_run:
        print(t("Aperçu seulement (--dry-run) : rien n'a été modifié."))
    else:
        for line in describe_result(outcome):
            print(line)
    return 0
