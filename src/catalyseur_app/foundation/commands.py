"""``catalyseur-app foundation consolidate|tables``: the foundation's side, headless."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys

from catalyseur_app.formatting import format_number
from catalyseur_app.messages import t


def register(subparsers) -> None:
    foundation = subparsers.add_parser("foundation", help="la Fondation : consolider les fichiers d'échange, "
                                                          "tableaux nationaux, packs de référence")
    actions = foundation.add_subparsers(dest="foundation_command", metavar="ACTION", required=True)
    consolidate = actions.add_parser("consolidate", help="consolider tous les fichiers d'échange d'un dossier")
    consolidate.add_argument("inbox", metavar="DOSSIER", help="dossier des fichiers d'échange reçus (.xlsx)")
    consolidate.add_argument("--db", required=True, metavar="BASE",
                             help="chemin d'un fichier SQLite, ou postgresql+psycopg://utilisateur@hôte/base")
    consolidate.add_argument("--trust-new", action="store_true",
                             help="accepter la clé de chaque catalyseur encore inconnu de cette base")
    consolidate.set_defaults(handler=_consolidate)
    tables = actions.add_parser("tables", help="les tableaux nationaux de l'Observatoire (Excel ou PDF)")
    tables.add_argument("--db", required=True, metavar="BASE", help="la base de consolidation")
    tables.add_argument("--out", required=True, metavar="FICHIER.xlsx|FICHIER.pdf", help="fichier à écrire")
    tables.add_argument("--from", dest="start", type=_date, metavar="AAAA-MM-JJ", help="premier jour de la période")
    tables.add_argument("--to", dest="end", type=_date, metavar="AAAA-MM-JJ", help="dernier jour de la période")
    tables.add_argument("--region", metavar="CODE", help="seulement cette région (code INSEE, ex. 84)")
    tables.add_argument("--department", metavar="CODE", help="seulement ce département (ex. 15, 2A, 974)")
    tables.set_defaults(handler=_tables)
    from .pack_commands import register as register_pack_commands

    register_pack_commands(actions)


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("« {text} » n'est pas une date au format AAAA-MM-JJ (ex. 2026-09-30)",
                                           text=text)) from None


def _tables(args) -> int:
    from catalyseur_app.atomic import OutputError

    from .database import FoundationError
    from .tables import write_national_tables
    from .territory import Territory

    try:
        territory = Territory(region=args.region, department=args.department)
        path = write_national_tables(args.db, args.out, args.start, args.end, territory=territory)
    except (FoundationError, OutputError, ValueError) as error:
        print(t("Erreur : {error}", error=error), file=sys.stderr)
        return 1
    print(t("Document écrit : {path}", path=path))
    return 0


def _consolidate(args) -> int:
    from .consolidate import APPLIED, REFUSED, consolidate
    from .database import FoundationError

    def show(report, done, total):
        print(f"[{done}/{total}] " + describe(report), flush=True)

    try:
        reports = consolidate(args.db, args.inbox, on_report=show, trust_new=args.trust_new)
    except FoundationError as error:
        print(t("Consolidation refusée : {error}", error=error), file=sys.stderr)
        return 2
    applied = sum(1 for r in reports if r.status == APPLIED)
    refused = sum(1 for r in reports if r.status == REFUSED)
    print(t("Consolidation terminée — fichiers appliqués : {applied}, déjà consolidés : {skipped}, "
            "refusés : {refused}.", applied=applied, skipped=len(reports) - applied - refused, refused=refused))
    return 1 if refused else 0


def describe(report) -> str:
    from .consolidate import APPLIED, SKIPPED

    if report.status == SKIPPED:
        return t("{name} : ignoré ({reason}).", name=report.file_name, reason=report.reason)
    if report.status != APPLIED:
        return t("{name} : refusé — {reason}", name=report.file_name, reason=report.reason)
    s = report.summary
    line = t("{name} : appliqué (envoi n° {sequence} de {catalyseur}) — ajouts : {added}, mises à jour : {updated}, "
             "suppressions : {deleted}, conflits réglés par la règle : {conflicts}, inchangés : {unchanged}.",
             name=report.file_name, sequence=report.sequence, catalyseur=report.catalyseur,
             added=format_number(s.get("add", 0)), updated=format_number(s.get("update", 0)),
             deleted=format_number(s.get("delete", 0) + s.get("erase", 0)), conflicts=report.conflicts,
             unchanged=format_number(s.get("unchanged", 0) + s.get("ignored", 0)))
    for warning in report.warnings:
        line += " " + t("Attention : {warning}.", warning=warning)
    return line
