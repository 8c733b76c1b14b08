"""``catalyseur-app demo [--scale N]``: fill an empty data folder with the demo data set."""

from __future__ import annotations

import sys
import time

from catalyseur_app.messages import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="remplir un dossier de données vide avec des données de démonstration",
        description="Remplit un dossier de données vide avec un jeu de démonstration réaliste "
        "(communes du Cantal et de la Creuse, acteurs, contacts, partenariats, journal des métiers).",
    )
    parser.add_argument(
        "--scale", type=int, default=1, metavar="N",
        help="multiplie le volume (1 ≈ 1 000 enregistrements, 100 ≈ 100 000 pour les mesures)",
    )
    parser.add_argument("--seed", type=int, default=None, help="graine du tirage aléatoire (reproductible)")
    parser.set_defaults(handler=handle)


def handle(args) -> int:
    from catalyseur_app.demo.dataset import DEFAULT_SEED, DemoRefused, create_demo
    from catalyseur_app.store import StoreError, open_store_for_cli

    if args.scale < 1 or args.scale > 1000:
        print(t("L'échelle (--scale) doit être un nombre entier entre 1 et 1000."), file=sys.stderr)
        return 1
    try:
        with open_store_for_cli(args) as store:
            started = time.perf_counter()
            summary = create_demo(store, scale=args.scale, seed=args.seed if args.seed is not None else DEFAULT_SEED)
            elapsed = time.perf_counter() - started
            where = store.data_dir
    except (StoreError, DemoRefused) as error:
        print(str(error), file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - a full disk or an I/O error, told without a traceback
        if not _is_write_failure(error):
            raise
        print(_write_failure(error), file=sys.stderr)
        return 1
    print(t(
        "Données de démonstration créées dans « {where} » en {elapsed:.1f} s : "
        "{actors} acteurs, {contacts} contacts, {partnerships} partenariats "
        "({partners} partenaires), {activities} activités, {diagnostics} diagnostics.",
        where=where, elapsed=elapsed, actors=summary.actors, contacts=summary.contacts,
        partnerships=summary.partnerships, partners=summary.partners, activities=summary.activities,
        diagnostics=summary.diagnostics))
    return 0


def _is_write_failure(error: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    return isinstance(error, (OSError, sqlite3.OperationalError, OperationalError))


def _write_failure(error: BaseException) -> str:
    """The demo is one transaction: whatever failed, nothing of it was kept."""
    import errno

    text = str(getattr(error, "orig", None) or error).splitlines()[0]
    if getattr(error, "errno", None) == errno.ENOSPC or "full" in text:
        return t("Le disque est plein : la démonstration n'a pas été créée et le dossier de données "
                 "est resté tel quel. Libérez de la place, puis recommencez.")
    return t("La démonstration n'a pas pu être créée ({error}) ; le dossier de données est resté tel quel.",
             error=text)
