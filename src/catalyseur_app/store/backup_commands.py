"""``catalyseur-app backup list|create|restore ID|check``.

``list``, ``restore`` and ``check`` do not open the store: they work when it cannot be opened
(a missing, empty or damaged database), which is when they are needed most.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys

from catalyseur_app.messages import plural, t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup", help="sauvegardes : les lister, en faire une, en restaurer une, vérifier la base",
        description="Les sauvegardes vérifiées du dossier de données (dossier backups/).")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="liste les sauvegardes : identifiant, date, raison, contenu, taille"
                       ).set_defaults(handler=list_backups_command)
    actions.add_parser("create", help="fait maintenant une sauvegarde vérifiée").set_defaults(handler=create_command)
    restore = actions.add_parser(
        "restore", help="remplace la base par une sauvegarde (l'état actuel est sauvegardé d'abord, "
        "l'ancien fichier mis de côté)")
    restore.add_argument("id", metavar="ID", help="l'identifiant donné par « backup list », ou son début")
    restore.set_defaults(handler=restore_command)
    actions.add_parser("check", help="contrôle complet de l'intégrité de la base, et ses nombres de lignes"
                       ).set_defaults(handler=check_command)


def _data_dir(args):
    from .paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def list_backups_command(args) -> int:
    from .backup import list_backups
    from .backup_texts import describe
    from .paths import backups_dir

    data_dir = _data_dir(args)
    backups = list_backups(data_dir)
    if not backups:
        print(t("Aucune sauvegarde dans « {folder} ».", folder=backups_dir(data_dir)))
        return 0
    count, folder = len(backups), backups_dir(data_dir)
    print(t("{count} sauvegardes dans « {folder} », la plus récente d'abord :", count=count, folder=folder)
          if plural(count) else t("{count} sauvegarde dans « {folder} » :", count=count, folder=folder))
    for info in backups:
        with contextlib.suppress(sqlite3.Error, OSError):  # an unreadable copy: counts shown as « ? »
            info.counts_on_demand()
        print(f"  {info.id}  {describe(info)}")
    return 0


def create_command(args) -> int:
    from catalyseur_app.atomic import OutputError

    from . import StoreError, open_store_for_cli
    from .backup import MANUAL, read_info
    from .backup_texts import describe

    try:
        with open_store_for_cli(args) as store:
            info = read_info(store.backup(MANUAL))
            assert info is not None, "a backup just made is named as one"
    except (StoreError, OutputError) as error:
        print(str(error), file=sys.stderr)
        return 1
    print(t("Sauvegarde vérifiée « {id} » : {description}.", id=info.id, description=describe(info)))
    return 0


def restore_command(args) -> int:
    from catalyseur_app.atomic import OutputError

    from .backup_texts import counts_label
    from .errors import StoreError
    from .installation_key import RESTORED
    from .restore import restore_backup

    try:
        result = restore_backup(_data_dir(args), args.id)
    except (StoreError, OutputError) as error:
        print(str(error), file=sys.stderr)
        return 1
    except OSError as error:
        print(t("La restauration a échoué : {error}. La base est restée telle quelle ou a été mise de côté "
                "dans le dossier « mis-de-cote » ; rien n'a été supprimé.", error=error.strerror or error),
              file=sys.stderr)
        return 1
    print(t("Sauvegarde « {id} » restaurée : {counts}.", id=result.restored.id,
            counts=counts_label(result.restored.counts)))
    if result.safety_backup is not None:
        print(t("L'état d'avant la restauration est gardé dans la sauvegarde « {id} ».",
                id=result.safety_backup.stem.removeprefix("catalyseur-")))
    if result.set_aside is not None:
        print(t("L'ancien fichier de la base est mis de côté : « {path} ».", path=result.set_aside))
    if result.erased_again:
        count = result.erased_again
        print(t("{count} personnes effacées à nouveau d'après le registre des effacements.", count=count)
              if plural(count) else
              t("{count} personne effacée à nouveau d'après le registre des effacements.", count=count))
    if result.key == RESTORED:
        print(t("La clé de signature de cet appareil a été remise en place depuis la sauvegarde."))
    if result.key_differs:
        print(t("La clé de signature actuelle de cet appareil est gardée, pas celle de la sauvegarde : elle est "
                "plus récente, et les fichiers déjà envoyés ont été signés avec elle."))
    return 0


def check_command(args) -> int:
    from .backup_texts import counts_label
    from .database_check import check_database
    from .paths import database_path

    result = check_database(database_path(_data_dir(args)))
    if result.ok:
        print(t("La base de données « {path} » est saine (contrôle d'intégrité complet) : {counts}.",
                path=result.path, counts=counts_label(result.counts)))
        return 0
    print(t("La base de données « {path} » a des problèmes :", path=result.path), file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    print(t("Restaurez une sauvegarde vérifiée : « catalyseur-app backup list », puis "
            "« catalyseur-app backup restore ID »."), file=sys.stderr)
    return 1
