"""Foundation stores, kits, example workbooks and packs (good and bad) for the pack tests."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from catalyseur_app.cli import main
from catalyseur_app.packs.format import MANIFEST, PackContent, write_pack
from catalyseur_app.resources import resource_path
from catalyseur_app.signing import load_or_create

KIT = "sortie-de-crise-2026.2.xlsx"
HEADERS = ["Identifiant", "Titre", "Territoire", "Partenaires", "Forme", "ODD", "Ce qui a été fait", "Résultats"]
EXAMPLES = [
    ["", "Une épicerie solidaire au village", "Allanche (Cantal)", "Mairie ; Association Les Paniers ; Supermarché",
     "Mécénat", "2; 12; 17", "Le supermarché donne ses invendus, l'association les distribue.",
     "120 familles aidées en un an."],
    ["", "Covoiturage rural", "Pays de Salers", "Communauté de communes ; Transports Vidal",
     "cooperation_economique", "11, 13", "Une plateforme commune de covoiturage.", "300 trajets par mois."],
    ["", "Un fab lab au collège", "Riom-ès-Montagnes", "Collège ; Entreprise Bois & Co ; Association Makers",
     "Innovation sociétale", "4; 9", "Des machines partagées entre élèves et artisans.", "40 projets d'élèves."],
]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def kit_bytes(version: str = "2027.1", *, broken: bool = False) -> bytes:
    """The shipped kit under another version; ``broken``: with a question type the engine refuses."""
    workbook = openpyxl.load_workbook(resource_path("kits") / KIT)
    workbook["settings"]["B2"] = version
    if broken:
        workbook["survey"]["A3"] = "select_one liste_inconnue"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def examples_workbook(path: Path, rows=EXAMPLES, sheet: str = "exemples") -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    worksheet.append(HEADERS)
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path


def foundation_pack(tmp_path: Path, capsys, *, name: str = "pack.zip", key: Path | None = None,
                    kit: bool = True, term: bool = True, examples: bool = True) -> Path:
    """A foundation store on SQLite in ``tmp_path`` filled through the CLI, then its next pack."""
    db = str(tmp_path / "fondation.sqlite")
    key = key or tmp_path / "cle-fondation.pem"
    if kit:
        kit_file = tmp_path / "kit-2027.1.xlsx"
        kit_file.write_bytes(kit_bytes())
        assert run(capsys, "foundation", "kit", "add", str(kit_file), "--db", db)[0] == 0
    if term:
        assert run(capsys, "foundation", "vocabulary", "add", "need", "acces_droits", "--fr", "Accès aux droits",
                   "--en", "Access to rights", "--db", db)[0] == 0
        assert run(capsys, "foundation", "vocabulary", "add", "partnership_stage", "essaimage", "--fr", "Essaimée",
                   "--en", "Spread", "--db", db)[0] == 0
    if examples:
        workbook = examples_workbook(tmp_path / "exemples.xlsx")
        assert run(capsys, "foundation", "examples", "import", str(workbook), "--db", db)[0] == 0
    out = tmp_path / name
    code, _out, err = run(capsys, "foundation", "pack", "--db", db, "--out", str(out), "--key", str(key))
    assert code == 0, err
    return out


def fingerprint_of(key_path: Path) -> str:
    return load_or_create(key_path).fingerprint


def crafted_pack(path: Path, key_path: Path, *, sequence: int = 1, kits=None, terms=(), examples=()) -> Path:
    """A pack written directly (validly signed), with content the foundation's commands would refuse."""
    content = PackContent(sequence=sequence, made_at=datetime.now(UTC), kits=dict(kits or {}),
                          terms=list(terms), examples=list(examples))
    return write_pack(path, content, load_or_create(key_path))


def rewrite_member(source: Path, target: Path, member: str, change) -> Path:
    """A copy of the pack with one member's bytes passed through ``change`` (the rest untouched)."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            out.writestr(info.filename, change(data) if info.filename == member else data)
    return target


def edit_manifest(source: Path, target: Path, edit) -> Path:
    def change(data: bytes) -> bytes:
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()
    return rewrite_member(source, target, MANIFEST, change)


def store_dump(data_dir: Path) -> list[str]:
    """Every row of the catalyseur's database, as SQL: equal dumps, unchanged data."""
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
