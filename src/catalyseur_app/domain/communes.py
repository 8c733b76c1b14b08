"""Every current French commune, offline: look one up by INSEE code, or search by name,
INSEE code or postal code.

The data file (``resources/communes/communes.tsv.gz``) is written by
``tools/build_communes.py`` from Etalab's ``@etalab/decoupage-administratif`` package; its
format is described there. The index is read once, on first use (``get_commune_index()``).
"""

from __future__ import annotations

import gzip
import heapq
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, pairwise
from pathlib import Path

from catalyseur_app.domain.text import fold
from catalyseur_app.messages import t, translatable
from catalyseur_app.user_errors import UserError

DATA_FILE_NAME = "communes.tsv.gz"

# The highest code point: appended to a prefix, it bounds every string that starts with it.
_AFTER_ALL = "\U0010ffff"
_CODE_QUERY = re.compile(r"(?:\d{1,5}|2[ab]\d{0,3})", re.IGNORECASE)
# Abbreviations people type for the commonest words of French place names.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


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
        return f"{base} — {codes[0]}, {codes[1]}…"


class CommuneDataError(UserError):
    """The shipped data file is missing or unreadable (message in French)."""


class CommuneIndex:
    """All communes with the sorted arrays that make searches fast.

    Lines are kept as read from the file; a ``Commune`` is built the first time it is asked for,
    and the search arrays on the first search, so looking up a code is ready in about 50 ms.
    """

    def __init__(
        self,
        lines: list[str],
        *,
        departments: dict[str, str],
        regions: dict[str, str],
        epcis: dict[str, str],
        source_version: str = "",
        generated: str = "",
    ) -> None:
        """``lines`` hold, tab-separated, in INSEE order: INSEE code, name, department code,
        region code, EPCI SIREN (or ""), space-separated postal codes, population (or "").
        Only the codes are read here; a line is split when its commune is first asked for, so
        the window can show commune names a few milliseconds after start."""
        self.source_version = source_version
        self.generated = generated
        self.departments = dict(departments)
        self.regions = dict(regions)
        self._epcis = dict(epcis)
        keys = [line[:5] for line in lines]  # INSEE codes are five characters (2A004 too)
        if any(a > b for a, b in pairwise(keys)):
            order = sorted(range(len(lines)), key=keys.__getitem__)
            lines, keys = [lines[i] for i in order], [keys[i] for i in order]
        self._lines = lines
        self._split: list[list[str]] | None = None
        self._objects: list[Commune | None] = [None] * len(lines)
        self._insee_keys = keys
        self._by_insee = {code: i for i, code in enumerate(keys)}

        self._search_lock = threading.Lock()
        self._searchable = False  # the search arrays are built on the first search

    @property
    def _rows(self) -> list[list[str]]:
        """Every line split into its fields (done once, for searches)."""
        if self._split is None:
            rows = [line.split("\t") for line in self._lines]
            self._check_consistency(rows)
            self._split = rows
        return self._split

    def _check_consistency(self, rows: list[list[str]]) -> None:
        for label, column, known in ((translatable("département"), 2, self.departments),
                                     (translatable("région"), 3, self.regions)):
            unknown = {row[column] for row in rows} - known.keys()
            if unknown:
                raise CommuneDataError(t("Référentiel des communes incohérent, codes inconnus ({label}) : {codes}.",
                                         label=t(label), codes=", ".join(sorted(unknown))))

    def prepare_search(self) -> None:
        """Build the sorted arrays used by ``search`` (done by the first search if not before);
        ``get`` needs none of them, so a window that only shows names starts faster."""
        if self._searchable:
            return
        with self._search_lock:
            if self._searchable:
                return
            rows = self._rows
            count = len(rows)
            # Rank for ties: most populated first, then by code (the sort is stable).
            weights = [-int(row[6]) if row[6] else 0 for row in rows]
            self._rank = [0] * count
            for position, i in enumerate(sorted(range(count), key=weights.__getitem__)):
                self._rank[i] = position

            postal_keys = [code for row in rows for code in row[5].split()]
            postal_ids = [i for i, row in enumerate(rows) for _ in row[5].split()]
            self._postal_keys, self._postal_ids = _sorted_pairs(postal_keys, postal_ids)

            self._folded = [fold(row[1]) for row in rows]
            self._spaced = [" " + name for name in self._folded]
            self._name_keys, self._name_ids = _sorted_pairs(self._folded, list(range(count)))
            # Every tail of a name that starts at a word after the first: "saint martin de re"
            # gives "martin de re", "de re" and "re"; a prefix search there finds word starts.
            tail_keys: list[str] = []
            tail_ids: list[int] = []
            for i, name in enumerate(self._folded):
                pos = name.find(" ")
                while pos >= 0:
                    tail_keys.append(name[pos + 1 :])
                    tail_ids.append(i)
                    pos = name.find(" ", pos + 1)
            self._tail_keys, self._tail_ids = _sorted_pairs(tail_keys, tail_ids)
            self._searchable = True

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: Path) -> CommuneIndex:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise CommuneDataError(t("Le référentiel des communes est illisible ({path}) : {error}",
                                     path=path, error=error)) from error
        chunks = ("\n" + text).split("\n@")
        metadata: dict[str, str] = {}
        for line in chunks[0].splitlines():
            if line.startswith("# "):
                key, _, value = line[2:].partition("\t")
                metadata[key] = value
        sections: dict[str, list[str]] = {}
        for chunk in chunks[1:]:
            name, _, body = chunk.partition("\n")
            sections[name] = [line for line in body.split("\n") if line]
        missing = {"regions", "departements", "epci", "communes"} - set(sections)
        if missing:
            raise CommuneDataError(t(
                "Le référentiel des communes ({path}) est incomplet, sections manquantes : {sections}.",
                path=path, sections=", ".join(sorted(missing))))
        lines = sections["communes"]
        malformed = next((n for n, line in enumerate(lines) if line.count("\t") != 6 or line[5:6] != "\t"), None)
        if malformed is not None:
            raise CommuneDataError(t(
                "Le référentiel des communes ({path}) est abîmé : ligne de commune n° {line} mal formée.",
                path=path, line=malformed + 1))
        return cls(
            lines,
            departments=dict(line.split("\t")[:2] for line in sections["departements"]),
            regions=dict(line.split("\t")[:2] for line in sections["regions"]),
            epcis=dict(line.split("\t")[:2] for line in sections["epci"]),
            source_version=metadata.get("version", ""),
            generated=metadata.get("generated", ""),
        )

    # -- look-ups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Commune]:
        return (self._commune(i) for i in range(len(self._lines)))

    def _commune(self, i: int) -> Commune:
        commune = self._objects[i]
        if commune is None:
            insee, name, dep, reg, epci, postal, population = self._lines[i].split("\t")
            if dep not in self.departments or reg not in self.regions:
                self._check_consistency([[insee, name, dep, reg]])
            commune = Commune(
                insee=insee,
                name=name,
                department_code=dep,
                department_name=self.departments[dep],
                region_code=reg,
                region_name=self.regions[reg],
                epci_code=epci or None,
                epci_name=self._epcis.get(epci) if epci else None,
                postal_codes=tuple(postal.split()),
                population=int(population) if population else None,
            )
            self._objects[i] = commune
        return commune

    def get(self, insee: str) -> Commune | None:
        i = self._by_insee.get(insee.strip().upper()) if insee else None
        return None if i is None else self._commune(i)

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
        self.prepare_search()
        compact = query.strip().replace(" ", "")
        if _CODE_QUERY.fullmatch(compact):
            return self._take(self._code_tiers(compact.upper()), limit)
        words = fold(query).split()
        codes = [w.upper() for w in words if _CODE_QUERY.fullmatch(w)]
        names = " ".join(w for w in words if not _CODE_QUERY.fullmatch(w))
        if not names:
            return []
        keep = (lambda i: all(self._has_code(i, code) for code in codes)) if codes else None
        return self._take(self._name_tiers(names), limit, keep)

    # -- internals -------------------------------------------------------------------------

    def _take(
        self, tiers: Iterable[Callable[[], Iterable[int]]], limit: int, keep: Callable[[int], bool] | None = None
    ) -> list[Commune]:
        """The best ``limit`` ids: tier by tier, each tier by rank; later tiers run only if needed."""
        chosen: list[int] = []
        seen: set[int] = set()
        for produce in tiers:
            fresh = set(produce())
            fresh -= seen
            seen |= fresh
            if keep is not None:
                fresh = {i for i in fresh if keep(i)}
            chosen.extend(heapq.nsmallest(limit - len(chosen), fresh, key=self._rank.__getitem__))
            if len(chosen) >= limit:
                break
        return [self._commune(i) for i in chosen]

    def _has_code(self, i: int, code: str) -> bool:
        insee, _, department, _, _, postal, _ = self._rows[i]
        return department == code or insee.startswith(code) or any(p.startswith(code) for p in postal.split())

    def _code_tiers(self, code: str) -> list[Callable[[], Iterable[int]]]:
        insee_exact, insee_prefix = _ranges(self._insee_keys, code)
        postal_exact, postal_prefix = _ranges(self._postal_keys, code)
        ids = self._postal_ids
        return [
            lambda: chain(range(*insee_exact), ids[slice(*postal_exact)]),
            lambda: chain(range(*insee_prefix), ids[slice(*postal_prefix)]),
        ]

    def _name_tiers(self, folded: str) -> list[Callable[[], Iterable[int]]]:
        variants = [folded]
        expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in folded.split())
        if expanded != folded:
            variants.append(expanded)
        names = [_ranges(self._name_keys, v) for v in variants]
        tails = [_ranges(self._tail_keys, v) for v in variants]
        spaced = self._spaced

        def all_words() -> Iterable[int]:
            for variant in variants:
                # Longest word first: likely the rarest, so the fewest names reach the others.
                tokens = sorted({" " + t for t in variant.split()}, key=len, reverse=True)
                if len(tokens) > 1:  # one word is the word-prefix tier already
                    first, rest = tokens[0], tokens[1:]
                    yield from (i for i, s in enumerate(spaced) if first in s and all(t in s for t in rest))

        return [
            lambda: chain.from_iterable(self._name_ids[slice(*exact)] for exact, _ in names),
            lambda: chain.from_iterable(self._name_ids[slice(*prefix)] for _, prefix in names),
            lambda: chain.from_iterable(self._tail_ids[slice(*prefix)] for _, prefix in tails),
            all_words,
            lambda: (i for variant in variants for i, s in enumerate(spaced) if variant in s),
        ]


def _ranges(keys: list[str], text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Positions in sorted ``keys`` of the keys equal to ``text``, and of those starting with it."""
    start = bisect_left(keys, text)
    equal_stop = bisect_right(keys, text, start)
    prefix_stop = bisect_left(keys, text + _AFTER_ALL, equal_stop)
    return (start, equal_stop), (start, prefix_stop)


def _sorted_pairs(keys: list[str], ids: list[int]) -> tuple[list[str], list[int]]:
    """``keys`` sorted, with ``ids`` reordered alongside."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return [keys[k] for k in order], [ids[k] for k in order]


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
