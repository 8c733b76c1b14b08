"""`catalyseur-app self-check`: open a store in a temporary folder and check what the app ships."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "self-check", help="vérifie l'installation : base de données, référentiel des communes, fichiers livrés"
    )
    parser.set_defaults(handler=self_check)


def _guide_shipped(guide_dir, name: str) -> bool:
    try:
        folder = guide_dir()
    except FileNotFoundError:
        return False
    return (folder / name).is_file() and any((folder / "images").glob("*.png"))


def self_check(args) -> int:
    import openpyxl
    from sqlalchemy import select

    from catalyseur_app import __version__
    from catalyseur_app.domain.communes import get_commune_index
    from catalyseur_app.messages import DOMAIN, t
    from catalyseur_app.resources import GUIDE_FILE, guide_dir, resource_path, translations_dir
    from catalyseur_app.store import open_store
    from catalyseur_app.store.models import Actor

    checks: list[tuple[str, bool]] = []
    with tempfile.TemporaryDirectory(prefix="catalyseur-self-check-") as folder, open_store(Path(folder)) as store:
        with store.write() as session:
            session.add(Actor(name="Mairie d'essai", kind="commune", commune_insee="15187"))
        with store.read() as session:
            checks.append((t("base de données"), session.scalars(select(Actor)).one().version == 1))
    index = get_commune_index()
    checks.append((t("référentiel des communes ({count})", count=len(index)),
                   len(index) > 30_000 and index.get("2A004") is not None))
    checks.append((t("traductions de la fenêtre"), (translations_dir() / "catalyseur_fr.qm").is_file()))
    checks.append((t("catalogue des messages anglais"),
                   (translations_dir() / "locale" / "en" / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()))
    checks.append((t("kits de diagnostic"), any(resource_path("kits").glob("*.xlsx"))))
    checks.append((t("polices"), any(resource_path("fonts").glob("*.ttf"))))
    checks.append((t("guide de l'utilisateur"), _guide_shipped(guide_dir, GUIDE_FILE)))
    checks.append((t("lecture sûre des classeurs (defusedxml)"), bool(openpyxl.DEFUSEDXML)))
    failed = t("ÉCHEC")
    for name, ok in checks:
        print(f"{'ok ' if ok else failed} {name}")
    if all(ok for _, ok in checks):
        print(t("catalyseur-app {version} : installation correcte.", version=__version__))
        return 0
    print(t("L'installation est incomplète."), file=sys.stderr)
    return 1
