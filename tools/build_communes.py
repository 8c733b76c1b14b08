"""Regenerate the offline referential of French communes shipped in ``resources/communes/``.

The data comes from Etalab's npm package ``@etalab/decoupage-administratif`` (MIT licence).
The tarball is fetched with ``npm pack`` into a temporary folder, its JSON files are read,
and a compact, deterministic gzip'd TSV is written::

    python tools/build_communes.py                 # latest published version
    python tools/build_communes.py --version 6.0.0
    python tools/build_communes.py --from-tarball etalab-decoupage-administratif-6.0.0.tgz

Same package version and same generation date give identical bytes: the gzip header has a
fixed mtime and no file name, and every table is sorted. The generation date defaults to the
one already recorded in the data file when the package version is unchanged (so rerunning the
tool is a no-op), otherwise to today (or ``SOURCE_DATE_EPOCH`` when set); ``--date`` forces it.

File format (UTF-8, tab-separated, one record per line):

    # key<TAB>value                        metadata (source, version, integrity, generated…)
    @regions                               then: code, name
    @departements                          then: code, name, region code
    @epci                                  then: SIREN, name
    @communes                              then: INSEE code, name, department code,
                                           region code, EPCI SIREN (or empty),
                                           postal codes (space-separated), population (or empty)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif"
REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = REPO_ROOT / "resources" / "communes"
DATA_FILE = OUTPUT_DIR / "communes.tsv.gz"
SOURCE_FILE = OUTPUT_DIR / "SOURCE.md"
FORMAT_VERSION = "1"


class BuildError(Exception):
    """A failure explained to the person running the tool (message in French)."""


def npm_pack(spec: str, destination: Path) -> tuple[Path, dict]:
    """Download the package tarball with ``npm pack``; return its path and npm's JSON report."""
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("La commande « npm » est introuvable : installez Node.js et npm, puis relancez.")
    result = subprocess.run(
        [npm, "pack", spec, "--json", "--pack-destination", str(destination)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"« npm pack {spec} » a échoué :\n{result.stderr.strip()}")
    report = json.loads(result.stdout)[0]
    return destination / report["filename"], report


def read_package(tarball: Path) -> dict:
    """Read package.json and the data files we need straight from the tarball."""
    wanted = {
        "package/package.json": "package",
        "package/data/communes.json": "communes",
        "package/data/departements.json": "departements",
        "package/data/regions.json": "regions",
        "package/data/epci.json": "epci",
    }
    found: dict = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive.getmembers():
            key = wanted.get(member.name)
            if key is not None:
                found[key] = json.load(archive.extractfile(member))
    missing = sorted(set(wanted.values()) - set(found))
    if missing:
        raise BuildError(f"L'archive {tarball.name} ne contient pas les fichiers attendus : {', '.join(missing)}.")
    return found


def _clean(text: str) -> str:
    if "\t" in text or "\n" in text:
        raise BuildError(f"Valeur inattendue (tabulation ou saut de ligne) : {text!r}")
    return text.strip()


def build_tables(data: dict) -> dict[str, list[tuple[str, ...]]]:
    """Turn the package's JSON into sorted rows; check every reference resolves."""
    regions = {r["code"]: _clean(r["nom"]) for r in data["regions"]}
    departements = {d["code"]: (_clean(d["nom"]), d["region"]) for d in data["departements"]}
    epci_names: dict[str, str] = {}
    epci_of: dict[str, str] = {}
    for epci in data["epci"]:
        epci_names[epci["code"]] = _clean(epci["nom"])
        for member in epci["membres"]:
            if member["code"] in epci_of:
                raise BuildError(f"La commune {member['code']} appartient à deux EPCI.")
            epci_of[member["code"]] = epci["code"]

    communes = []
    for c in data["communes"]:
        if c["type"] != "commune-actuelle":
            continue
        if c["departement"] not in departements:
            raise BuildError(f"Commune {c['code']} : département {c['departement']} inconnu.")
        if c["region"] not in regions:
            raise BuildError(f"Commune {c['code']} : région {c['region']} inconnue.")
        population = c.get("population")
        communes.append(
            (
                c["code"],
                _clean(c["nom"]),
                c["departement"],
                c["region"],
                epci_of.get(c["code"], ""),
                " ".join(sorted(set(c.get("codesPostaux", [])))),
                "" if population is None else str(int(population)),
            )
        )
    return {
        "regions": sorted(regions.items()),
        "departements": sorted((code, name, region) for code, (name, region) in departements.items()),
        "epci": sorted(epci_names.items()),
        "communes": sorted(communes),
    }


def render(tables: dict, metadata: dict[str, str]) -> bytes:
    """The gzip'd file as bytes, identical for identical inputs."""
    lines = [f"# {key}\t{value}" for key, value in metadata.items()]
    for section in ("regions", "departements", "epci", "communes"):
        lines.append(f"@{section}")
        lines.extend("\t".join(row) for row in tables[section])
    text = "\n".join(lines) + "\n"
    buffer = io.BytesIO()
    # filename="" and mtime=0 keep the gzip header free of anything that changes between runs.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return buffer.getvalue()


def read_existing_metadata(path: Path) -> dict[str, str]:
    """Metadata lines of an existing data file (empty when there is none)."""
    if not path.exists():
        return {}
    metadata = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("# "):
                break
            key, _, value = line[2:].rstrip("\n").partition("\t")
            metadata[key] = value
    return metadata


def choose_date(explicit: str | None, version: str, existing: dict[str, str]) -> str:
    if explicit:
        try:
            return dt.date.fromisoformat(explicit).isoformat()
        except ValueError:
            raise BuildError(f"Date invalide : {explicit!r} (format attendu : AAAA-MM-JJ).") from None
    if existing.get("version") == version and existing.get("generated"):
        return existing["generated"]
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def write_source_note(metadata: dict[str, str], counts: dict[str, int], path: Path) -> None:
    text = f"""# Communes referential — provenance

`communes.tsv.gz` is generated by `tools/build_communes.py`; do not edit it by hand.

| | |
| --- | --- |
| Source | npm package `{PACKAGE}` (Etalab, data.gouv.fr) |
| Package version | {metadata['version']} |
| Tarball integrity | `{metadata['integrity']}` |
| Generated on | {metadata['generated']} |
| Licence of the data | MIT — Copyright (c) 2018-2019 Etalab (see the package's LICENSE) |
| Communes (type `commune-actuelle`) | {counts['communes']} |
| Départements / régions / EPCI | {counts['departements']} / {counts['regions']} / {counts['epci']} |

Fields per commune: INSEE code, name, department (code and name), region (code and name), EPCI
à fiscalité propre (SIREN and name, from the package's `epci.json` member lists; empty for the
few communes outside any EPCI, e.g. most overseas collectivities), postal codes, population.
Communes déléguées, associées and municipal arrondissements are left out.

To regenerate (needs `npm`): `python tools/build_communes.py [--version X.Y.Z]`.
Running it again with the same package version gives byte-identical files.

## Licence (MIT, Etalab)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: the above copyright
notice and this permission notice shall be included in all copies or substantial portions of
the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""
    path.write_text(text, encoding="utf-8")


def _write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(payload)
    os.replace(temporary, path)


def build(version: str, tarball: Path | None, date: str | None, output: Path) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="communes-") as tmp:
        if tarball is None:
            tarball, report = npm_pack(f"{PACKAGE}@{version}", Path(tmp))
            integrity = report.get("integrity", "")
        else:
            integrity = ""
        data = read_package(tarball)
    package_version = data["package"]["version"]
    if not re.fullmatch(r"\d+\.\d+\.\d+([-.+].*)?", package_version):
        raise BuildError(f"Version de paquet inattendue : {package_version!r}.")
    tables = build_tables(data)
    existing = read_existing_metadata(output)
    if not integrity and existing.get("version") == package_version:
        integrity = existing.get("integrity", "")
    metadata = {
        "format": f"catalyseur-communes {FORMAT_VERSION}",
        "source": PACKAGE,
        "version": package_version,
        "integrity": integrity or "inconnue",
        "licence": "MIT (Etalab)",
        "generated": choose_date(date, package_version, existing),
    }
    _write_atomically(output, render(tables, metadata))
    counts = {name: len(rows) for name, rows in tables.items()}
    write_source_note(metadata, counts, output.parent / "SOURCE.md")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Régénère le référentiel des communes (resources/communes/).")
    parser.add_argument("--version", default="latest", help="version du paquet npm (défaut : latest)")
    parser.add_argument("--from-tarball", type=Path, help="archive .tgz déjà téléchargée (sans npm)")
    parser.add_argument("--date", help="date de génération à inscrire (AAAA-MM-JJ)")
    parser.add_argument("--output", type=Path, default=DATA_FILE, help="fichier à écrire")
    args = parser.parse_args(argv)
    try:
        counts = build(args.version, args.from_tarball, args.date, args.output)
    except BuildError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    size = args.output.stat().st_size
    print(
        f"{counts['communes']} communes, {counts['departements']} départements, {counts['regions']} régions, "
        f"{counts['epci']} EPCI écrits dans {args.output} ({size / 1024:.0f} Kio)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
