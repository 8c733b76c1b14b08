"""Every current French commune, offline: look one up by INSEE code, or search by name,
INSEE code or postal code.

The data file (``resources/communes/communes.tsv.gz``) is written by
``tools/build_communes.py`` from Etalab's ``@etalab/decoupage-administratif`` package; its
format is described there. The index is read once, on first use (``get_commune_index()``).
"""

from __future__ import annotations

import gzip
import re
import threading
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from catalyseur_app.domain.text import fold

DATA_FILE_NAME = "communes.tsv.gz"

# The highest code point: appended to a prefix, it bounds every string that starts with it.
_AFTER_ALL = "\U0010ffff"
_CODE_QUERY = re.compile(r"(?:\d{1,5}|2[ab]\d{0,3})", re.IGNORECASE)
# Abbreviations people type for the commonest words of French place names.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

# Match tiers, best first.
_EXACT, _PREFIX, _WORD_PREFIX, _ALL_WORDS, _CONTAINS = range(5)


@dataclass(frozen=True, slots=True)
class Commune:
    insee: str
    name: str
    department_code: str
    department_name: str
    region_code: str
    region_name: str
    epci_code: str | None
    epci_name: str | None
    postal_codes: tuple[str, ...]
    population: int | None

    @property
    def label(self) -> str:
        """What a person reads in a list, e.g. « Saint-Martin-de-Ré (17) — 17410 »."""
        base = f"{self.name} ({self.department_code})"
        codes = self.postal_codes
        if not codes:
            return base
        if len(codes) <= 3:
            return f"{base} — {', '.join(codes)}"
        return f"{base} — {codes[0]}…{codes[-1]}"


class CommuneDataError(Exception):
    """The shipped data file is missing or unreadable (message in French)."""


class CommuneIndex:
    """All communes with the sorted arrays that make searches fast."""

    def __init__(
        self,
        communes: list[Commune],
        *,
        source_version: str = "",
        generated: str = "",
        departments: dict[str, str] | None = None,
        regions: dict[str, str] | None = None,
    ) -> None:
        self.source_version = source_version
        self.generated = generated
        self.departments = dict(departments or {})
        self.regions = dict(regions or {})
        self._communes = sorted(communes, key=lambda c: c.insee)
        self._by_insee = {c.insee: c for c in self._communes}
        self._insee_keys = [c.insee for c in self._communes]

        # Ranking key for ties: most populated first, then name, then code.
        order = sorted(
            range(len(self._communes)),
            key=lambda i: (-(self._communes[i].population or 0), self._communes[i].name, self._communes[i].insee),
        )
        self._rank = [0] * len(order)
        for position, i in enumerate(order):
            self._rank[i] = position

        postal = sorted((code, i) for i, c in enumerate(self._communes) for code in c.postal_codes)
        self._postal_keys = [code for code, _ in postal]
        self._postal_ids = [i for _, i in postal]

        self._folded = [fold(c.name) for c in self._communes]
        self._spaced = [" " + name for name in self._folded]
        names = sorted((name, i) for i, name in enumerate(self._folded))
        self._name_keys = [name for name, _ in names]
        self._name_ids = [i for _, i in names]
        # Every tail of a name that starts a word after the first: "saint martin de re" gives
        # "martin de re", "de re", "re"; a prefix search here finds a word-start match.
        tails = sorted(
            (name[pos + 1 :], i)
            for i, name in enumerate(self._folded)
            for pos, ch in enumerate(name)
            if ch == " "
        )
        self._tail_keys = [tail for tail, _ in tails]
        self._tail_ids = [i for _, i in tails]

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: Path) -> CommuneIndex:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise CommuneDataError(f"Le référentiel des communes est illisible ({path}) : {error}") from error
        metadata: dict[str, str] = {}
        sections: dict[str, list[list[str]]] = {}
        current: list[list[str]] | None = None
        for line in text.splitlines():
            if line.startswith("# "):
                key, _, value = line[2:].partition("\t")
                metadata[key] = value
            elif line.startswith("@"):
                current = sections.setdefault(line[1:], [])
            elif line and current is not None:
                current.append(line.split("\t"))
        missing = {"regions", "departements", "epci", "communes"} - set(sections)
        if missing:
            raise CommuneDataError(
                f"Le référentiel des communes ({path}) est incomplet : sections manquantes {', '.join(sorted(missing))}."
            )
        regions = {row[0]: row[1] for row in sections["regions"]}
        departments = {row[0]: row[1] for row in sections["departements"]}
        epcis = {row[0]: row[1] for row in sections["epci"]}
        communes = []
        for insee, name, dep, reg, epci, postal, population in sections["communes"]:
            communes.append(
                Commune(
                    insee,
                    name,
                    dep,
                    departments[dep],
                    reg,
                    regions[reg],
                    epci or None,
                    epcis[epci] if epci else None,
                    tuple(postal.split()),
                    int(population) if population else None,
                )
            )
        return cls(
            communes,
            source_version=metadata.get("version", ""),
            generated=metadata.get("generated", ""),
            departments=departments,
            regions=regions,
        )

    # -- look-ups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._communes)

    def __iter__(self) -> Iterator[Commune]:
        return iter(self._communes)

    def get(self, insee: str) -> Commune | None:
        return self._by_insee.get(insee.strip().upper()) if insee else None

    def search(self, query: str, limit: int = 50) -> list[Commune]:
        """Communes matching ``query``, best first, at most ``limit``.

        A query that looks like a code (digits, or 2A/2B then digits) matches INSEE and postal
        codes, exactly or by prefix. Otherwise it matches names with accents, case, hyphens and
        apostrophes ignored (« st »/« ste » stand for saint/sainte): the exact name first, then
        names that start with it, then names with a word that starts with it, then names holding
        every word, then names that contain it. Ties go to the most populated commune. A name
        followed by a department or postal code (« saint denis 93 ») keeps the communes of that
        department or postal code.
        """
        if limit <= 0:
            return []
        compact = query.strip().replace(" ", "")
        if _CODE_QUERY.fullmatch(compact):
            return self._take(self._code_tiers(compact.upper()), limit)
        words = fold(query).split()
        codes = [w for w in words if _CODE_QUERY.fullmatch(w)]
        names = [w for w in words if not _CODE_QUERY.fullmatch(w)]
        if not names:
            return []
        if not codes:
            return self._take(self._name_tiers(" ".join(names), limit), limit)
        tiers = self._name_tiers(" ".join(names), None)
        wanted = [code.upper() for code in codes]
        kept = {i: tier for i, tier in tiers.items() if all(self._has_code(i, code) for code in wanted)}
        return self._take(kept, limit)

    # -- internals -------------------------------------------------------------------------

    def _take(self, tiers: dict[int, int], limit: int) -> list[Commune]:
        best = sorted(tiers, key=lambda i: (tiers[i], self._rank[i]))[:limit]
        return [self._communes[i] for i in best]

    def _has_code(self, i: int, code: str) -> bool:
        commune = self._communes[i]
        return (
            commune.department_code == code
            or commune.insee.startswith(code)
            or any(p.startswith(code) for p in commune.postal_codes)
        )

    def _code_tiers(self, code: str) -> dict[int, int]:
        tiers: dict[int, int] = {}
        for keys, ids in ((self._insee_keys, None), (self._postal_keys, self._postal_ids)):
            start = bisect_left(keys, code)
            stop = bisect_left(keys, code + _AFTER_ALL, start)
            for pos in range(start, stop):
                i = pos if ids is None else ids[pos]
                tier = _EXACT if keys[pos] == code else _PREFIX
                if tiers.get(i, _CONTAINS + 1) > tier:
                    tiers[i] = tier
        return tiers

    def _name_tiers(self, folded: str, limit: int | None) -> dict[int, int]:
        variants = [folded]
        expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in folded.split())
        if expanded != folded:
            variants.append(expanded)
        tiers: dict[int, int] = {}

        def note(i: int, tier: int) -> None:
            if tiers.get(i, _CONTAINS + 1) > tier:
                tiers[i] = tier

        for variant in variants:
            start = bisect_left(self._name_keys, variant)
            stop = bisect_left(self._name_keys, variant + _AFTER_ALL, start)
            for pos in range(start, stop):
                note(self._name_ids[pos], _EXACT if self._name_keys[pos] == variant else _PREFIX)
            start = bisect_left(self._tail_keys, variant)
            stop = bisect_left(self._tail_keys, variant + _AFTER_ALL, start)
            for pos in range(start, stop):
                note(self._tail_ids[pos], _WORD_PREFIX)
        if limit is not None and len(tiers) >= limit:
            return tiers  # the slower tiers below could only rank after these
        for variant in variants:
            tokens = [" " + t for t in variant.split()]
            first = tokens[0]
            for i, spaced in enumerate(self._spaced):
                if variant in spaced:
                    note(i, _CONTAINS)
                if first in spaced and all(t in spaced for t in tokens):
                    note(i, _ALL_WORDS)
        return tiers


_index: CommuneIndex | None = None
_index_lock = threading.Lock()


def get_commune_index() -> CommuneIndex:
    """The index of every commune, read from the shipped file on first call."""
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                from catalyseur_app.resources import resource_path

                _index = CommuneIndex.from_file(resource_path("communes", DATA_FILE_NAME))
    return _index


def format_commune(insee: str | None) -> str:
    """The label of a commune, or the code itself when it is unknown."""
    if not insee:
        return ""
    commune = get_commune_index().get(insee)
    return commune.label if commune is not None else insee
