"""The one entry point: no sub-command opens the window, sub-commands work headless.

Each area of the application registers its own sub-commands through a ``register(subparsers)``
function in a ``commands`` module, so this file only lists them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys

from catalyseur_app import __version__
from catalyseur_app.messages import set_language
from catalyseur_app.user_errors import UserError

# Modules exposing ``register(subparsers)``; each sub-parser sets ``handler(args) -> int``.
COMMAND_MODULES = (
    "catalyseur_app.self_check",
    "catalyseur_app.store.backup_commands",
    "catalyseur_app.demo.commands",
    "catalyseur_app.kit.commands",
    "catalyseur_app.diagnostics.commands",
    "catalyseur_app.reports.commands",
    "catalyseur_app.exchange.commands",
    "catalyseur_app.exchange.trust_commands",
    "catalyseur_app.foundation.commands",
    "catalyseur_app.packs.commands",
)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="catalyseur-app",
        description="Catalyseur — l'application des catalyseurs territoriaux.",
    )
    parser.add_argument("--version", action="version", version=f"catalyseur-app {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="dossier des données (sinon CATALYSEUR_DATA_DIR, sinon le dossier de l'utilisateur)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    parser.add_argument("--foundation-db", metavar="BASE",
                        help="fenêtre : ouvrir aussi cette base de consolidation (page « Fondation »)")
    if commands:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(subparsers)
    return parser


def _opens_the_window(argv: list[str]) -> bool:
    """Only global options (no command, no --help or --version): the commands need not be loaded."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            _args, rest = build_parser(commands=False).parse_known_args(argv)
    except SystemExit:  # a bad option: the full parser says so
        return False
    return not rest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Starting the window should not wait for every command's modules to load.
    args = build_parser(commands=not _opens_the_window(argv)).parse_args(argv)
    if args.lang:
        set_language(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        from catalyseur_app.ui.app import run_gui

        return run_gui(args)
    try:
        return handler(args)
    except UserError as error:  # a refusal no command caught: its message, no traceback
        print(error, file=sys.stderr)
        return 1
    except Exception as error:
        from catalyseur_app.store.errors import database_problem

        problem = database_problem(error)  # a damaged or unwritable database: a message, no traceback
        if problem is None:
            raise
        print(problem, file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
