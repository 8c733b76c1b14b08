"""``catalyseur-app diagnostics [--json]``, ``catalyseur-app kit install FILE`` and ``kit list``.

The ``kit`` sub-command belongs to ``catalyseur_app.kit.commands`` (``kit validate``), registered
before this module; ``install`` and ``list`` are added to its sub-parsers here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from catalyseur_app.diagnostics.errors import DiagnosticError
from catalyseur_app.domain.vocabularies import DIAGNOSTIC_STATUSES
from catalyseur_app.formatting import format_date
from catalyseur_app.messages import current_language, plural, t
from catalyseur_app.store import StoreError, open_store_for_cli


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "diagnostics", help="lister les diagnostics",
        description="Liste les diagnostics : identifiant, commune, date, statut, kit et version.")
    parser.add_argument("--json", action="store_true", help="sortie JSON (une liste d'objets)")
    parser.set_defaults(handler=_list_diagnostics)

    kit_commands = _kit_subparsers(subparsers)
    install = kit_commands.add_parser(
        "install", help="installer un kit (classeur Excel)",
        description="Vérifie un classeur de kit puis l'installe ; rien n'est installé s'il a un problème.")
    install.add_argument("file", metavar="FICHIER.xlsx", help="le classeur du kit")
    install.set_defaults(handler=_install_kit)
    listing = kit_commands.add_parser("list", help="lister les kits installés",
                                      description="Liste les kits installés et leurs versions.")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=_list_kits)


def _kit_subparsers(subparsers) -> argparse._SubParsersAction:
    """The sub-parsers of ``kit``: the kit engine's when it registered them, else new ones."""
    parser = subparsers.choices.get("kit")
    if parser is None:
        parser = subparsers.add_parser("kit", help="kits de diagnostic",
                                       description="Vérifier, installer et lister les kits de diagnostic.")
    for action in parser._actions:  # argparse keeps no public handle on a parser's sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="kit_command", metavar="ACTION")


def _open(args):
    return open_store_for_cli(args)


def _list_diagnostics(args) -> int:
    from catalyseur_app.diagnostics.progress import progress_of
    from catalyseur_app.diagnostics.queries import list_diagnostics

    try:
        with _open(args) as store:
            rows = list_diagnostics(store)
            progress = progress_of(store, [row.id for row in rows]) if args.json else {}
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([row.as_json() | {"progress": progress[row.id].as_json() if row.id in progress else None}
                          for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(t("Aucun diagnostic."))
        return 0
    table = [(t("Identifiant"), t("Code"), t("Commune"), t("Date"), t("Statut"), t("Kit"), t("Version"))]
    for row in rows:
        table.append((row.id, row.commune_insee, row.commune_name, format_date(row.started_on),
                      DIAGNOSTIC_STATUSES.label(row.status, current_language()), row.kit_id, row.kit_version))
    _print_table(table)
    return 0


def _print_table(table: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(str(line[i])) for line in table) for i in range(len(table[0]))]
    for number, line in enumerate(table):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))


def _install_kit(args) -> int:
    from catalyseur_app.diagnostics.kits import install_kit

    try:
        with _open(args) as store:
            result = install_kit(store, args.file)
    except (StoreError, DiagnosticError) as error:
        print(error, file=sys.stderr)
        return 1
    if not result.ok:
        count = len(result.problems)
        print(t("Le kit « {file} » n'est pas installé : {count} problèmes.", file=args.file, count=count)
              if plural(count)
              else t("Le kit « {file} » n'est pas installé : {count} problème.", file=args.file, count=count),
              file=sys.stderr)
        for problem in result.problems:
            print(f"  – {problem}", file=sys.stderr)
        return 1
    kit = result.installed
    if result.already_installed:
        print(t("Le kit « {title} » ({form_id}) version {version} était déjà installé.",
                title=kit.title, form_id=kit.form_id, version=kit.version))
    else:
        print(t("Kit « {title} » ({form_id}) version {version} installé.",
                title=kit.title, form_id=kit.form_id, version=kit.version))
    return 0


def _list_kits(args) -> int:
    from catalyseur_app.diagnostics.kits import list_installed_kits

    try:
        with _open(args) as store:
            kits = list_installed_kits(store)
    except (StoreError, DiagnosticError) as error:
        print(error, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([{"form_id": k.form_id, "version": k.version, "title": k.title, "sha256": k.sha256,
                           "installed_at": k.installed_at.isoformat() if k.installed_at else None}
                          for k in kits], ensure_ascii=False, indent=2))
        return 0
    table = [(t("Kit"), t("Version"), t("Titre"), t("Installé le"))]
    for kit in kits:
        table.append((kit.form_id, kit.version, kit.title,
                      format_date(kit.installed_at)))
    _print_table(table)
    return 0
