"""The one entry point: no sub-command opens the window, sub-commands work headless.

Each area of the application registers its own sub-commands through a ``register(subparsers)``
function in a ``commands`` module, so this file only lists them.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from catalyseur_app import __version__
from catalyseur_app.messages import set_language

# Modules exposing ``register(subparsers)``; each sub-parser sets ``handler(args) -> int``.
COMMAND_MODULES = (
    "catalyseur_app.store.commands",
    "catalyseur_app.demo.commands",
    "catalyseur_app.kit.commands",
    "catalyseur_app.diagnostics.commands",
    "catalyseur_app.reports.commands",
    "catalyseur_app.exchange.commands",
)


def build_parser() -> argparse.ArgumentParser:
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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang: set_language(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        from catalyseur_app.ui.app import run_gui

        return run_gui(args)
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
