"""``catalyseur-app kit …`` sub-commands that need no database.

``register`` creates the ``kit`` command group and returns its sub-parsers object, so another
module (for example the diagnostics commands that install kits in the database) can add
``kit install`` or ``kit list`` with :func:`kit_subparsers`.
"""

from __future__ import annotations

import argparse
import sys

_KIT_SUBPARSERS_ATTRIBUTE = "_catalyseur_kit_subparsers"


def register(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    parser = subparsers.add_parser("kit", help="kits de diagnostic (classeurs XLSForm)",
                                   description="Kits de diagnostic au format XLSForm.")
    kit_subparsers = parser.add_subparsers(dest="kit_command", metavar="ACTION")
    parser.set_defaults(handler=lambda args: _usage(parser))
    setattr(subparsers, _KIT_SUBPARSERS_ATTRIBUTE, kit_subparsers)

    validate = kit_subparsers.add_parser(
        "validate", help="lister chaque problème d'un classeur de kit",
        description="Liste chaque problème du classeur (feuille, ligne, colonne). Sans problème, "
                    "n'affiche rien et se termine avec le code 0 ; sinon avec le code 1.")
    validate.add_argument("file", metavar="FICHIER.xlsx", help="le classeur du kit")
    validate.set_defaults(handler=validate_command)
    return kit_subparsers


def kit_subparsers(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ``kit`` group's sub-parsers, once :func:`register` has run on ``subparsers``."""
    return getattr(subparsers, _KIT_SUBPARSERS_ATTRIBUTE)


def validate_command(args: argparse.Namespace) -> int:
    from catalyseur_app.kit.loader import validate_kit_file  # openpyxl: only for this command

    problems = validate_kit_file(args.file)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2
