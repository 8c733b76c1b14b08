"""``catalyseur-app report diagnostic|summary|partnership``: documents from the command line."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys

from catalyseur_app.atomic import OutputError
from catalyseur_app.messages import t
from catalyseur_app.store import StoreError, open_store_for_cli


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="produire un document (PDF ou Excel)",
                                   description="Produire les documents : rapport de diagnostic, synthèse, "
                                               "fiche partenariat.")
    kinds = parser.add_subparsers(dest="report_kind", metavar="DOCUMENT", required=True)

    diagnostic = kinds.add_parser("diagnostic", help="le rapport d'un diagnostic pour la mairie (PDF)")
    diagnostic.add_argument("id", metavar="ID", help="identifiant du diagnostic")
    diagnostic.add_argument("--out", required=True, metavar="FICHIER.pdf", help="fichier à écrire")
    diagnostic.set_defaults(handler=_diagnostic)

    summary = kinds.add_parser("summary", help="la synthèse d'une période (PDF ou Excel)")
    summary.add_argument("--from", dest="start", required=True, type=_date, metavar="AAAA-MM-JJ", help="premier jour")
    summary.add_argument("--to", dest="end", required=True, type=_date, metavar="AAAA-MM-JJ", help="dernier jour")
    summary.add_argument("--out", required=True, metavar="FICHIER.pdf|FICHIER.xlsx", help="fichier à écrire")
    summary.set_defaults(handler=_summary)

    partnership = kinds.add_parser("partnership", help="la fiche d'un partenariat (PDF, une page)")
    partnership.add_argument("id", metavar="ID", help="identifiant du partenariat")
    partnership.add_argument("--out", required=True, metavar="FICHIER.pdf", help="fichier à écrire")
    partnership.set_defaults(handler=_partnership)


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("« {text} » n'est pas une date au format AAAA-MM-JJ (ex. 2026-09-30)",
                                           text=text)) from None


def _run(args, write) -> int:
    from catalyseur_app.reports.data import ReportError

    try:
        with open_store_for_cli(args) as store:
            path = write(store)
    except (StoreError, OutputError, ReportError) as error:
        print(t("Erreur : {error}", error=error), file=sys.stderr)
        return 1
    print(t("Document écrit : {path}", path=path))
    return 0


def _diagnostic(args) -> int:
    from catalyseur_app.reports.outputs import write_diagnostic_report

    return _run(args, lambda store: write_diagnostic_report(store, args.id, args.out))


def _partnership(args) -> int:
    from catalyseur_app.reports.outputs import write_partnership_sheet

    return _run(args, lambda store: write_partnership_sheet(store, args.id, args.out))


def _summary(args) -> int:
    from catalyseur_app.reports.outputs import write_summary

    return _run(args, lambda store: write_summary(store, args.start, args.end, args.out))
