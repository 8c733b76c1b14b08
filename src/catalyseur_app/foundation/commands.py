"""``catalyseur-app foundation consolidate|tables``: the foundation's side, headless."""

from __future__ import annotations

import sys

from catalyseur_app.messages import format_number, t


def register(subparsers) -> None:
    foundation = subparsers.add_parser("foundation", help="la Fondation : consolider les fichiers d'échange, "
                                                          "tableaux nationaux")
    actions = foundation.add_subparsers(dest="foundation_command", metavar="ACTION", required=True)
    consolidate = actions.add_parser("consolidate", help="consolider tous les fichiers d'échange d'un dossier")
    consolidate.add_argument("inbox", metavar="DOSSIER", help="dossier des fichiers d'échange reçus (.xlsx)")
    consolidate.add_argument("--db", required=True, metavar="BASE",
                             help="chemin d'un fichier SQLite, ou postgresql+psycopg://utilisateur@hôte/base")
    consolidate.set_defaults(handler=_consolidate)


def _consolidate(args) -> int:
    from .consolidate import APPLIED, REFUSED, consolidate
    from .database import FoundationError

    def show(report, done, total):
        print(f"[{done}/{total}] " + describe(report), flush=True)

    try:
        reports = consolidate(args.db, args.inbox, on_report=show)
    except FoundationError as error:
        print(t("Consolidation refusée : {error}", error=error), file=sys.stderr)
        return 2
    applied = sum(1 for r in reports if r.status == APPLIED)
    refused = sum(1 for r in reports if r.status == REFUSED)
    print(t("Consolidation terminée : {applied} fichier(s) appliqué(s), {skipped} déjà consolidé(s), "
            "{refused} refusé(s).", applied=applied, skipped=len(reports) - applied - refused, refused=refused))
    return 1 if refused else 0


def describe(report) -> str:
    from .consolidate import APPLIED, SKIPPED

    if report.status == SKIPPED:
        return t("{name} : ignoré ({reason}).", name=report.file_name, reason=report.reason)
    if report.status != APPLIED:
        return t("{name} : refusé — {reason}", name=report.file_name, reason=report.reason)
    s = report.summary
    line = t("{name} : appliqué (envoi n° {sequence} de {catalyseur}) — {added} ajout(s), {updated} mise(s) à jour, "
             "{deleted} suppression(s), {conflicts} conflit(s) réglé(s) par la règle, {unchanged} inchangé(s).",
             name=report.file_name, sequence=report.sequence, catalyseur=report.catalyseur,
             added=format_number(s.get("add", 0)), updated=format_number(s.get("update", 0)),
             deleted=format_number(s.get("delete", 0) + s.get("erase", 0)), conflicts=report.conflicts,
             unchanged=format_number(s.get("unchanged", 0) + s.get("ignored", 0)))
    for warning in report.warnings:
        line += " " + t("Attention : {warning}.", warning=warning)
    return line
