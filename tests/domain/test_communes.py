import gzip

import pytest

from catalyseur_app.domain.communes import (
    Commune,
    CommuneDataError,
    CommuneIndex,
    format_commune,
    get_commune_index,
)
from catalyseur_app.resources import resource_path


@pytest.fixture(scope="module")
def index() -> CommuneIndex:
    return get_commune_index()


def names(communes):
    return [c.name for c in communes]


def codes(communes):
    return [c.insee for c in communes]


# -- the data ------------------------------------------------------------------------------


def test_every_current_commune_is_loaded(index):
    assert 34_000 <= len(index) <= 35_500
    assert len({c.insee for c in index}) == len(index)


def test_every_commune_is_complete(index):
    for commune in index:
        assert commune.name and commune.department_name and commune.region_name, commune
        assert commune.insee.startswith(commune.department_code[:2]), commune
        assert commune.population is None or (type(commune.population) is int and commune.population >= 0)
        assert all(len(code) == 5 and code.isdigit() for code in commune.postal_codes), commune
    # Only a handful of uninhabited overseas territories have no population.
    assert sum(c.population is None for c in index) < 10
    # Nearly every commune belongs to an EPCI à fiscalité propre.
    assert sum(c.epci_code is None for c in index) < 200


def test_a_known_commune_has_all_its_fields(index):
    ajaccio = index.get("2A004")
    assert ajaccio == Commune(
        insee="2A004",
        name="Ajaccio",
        department_code="2A",
        department_name="Corse-du-Sud",
        region_code="94",
        region_name="Corse",
        epci_code=ajaccio.epci_code,
        epci_name=ajaccio.epci_name,
        postal_codes=("20000", "20090", "20167"),
        population=ajaccio.population,
    )
    assert ajaccio.epci_code and len(ajaccio.epci_code) == 9
    assert "Ajaccien" in ajaccio.epci_name
    assert 50_000 < ajaccio.population < 100_000


def test_source_version_is_recorded(index):
    assert index.source_version == "6.0.0"
    assert index.generated[:4].isdigit()
    source_note = resource_path("communes", "SOURCE.md").read_text(encoding="utf-8")
    assert f"| Package version | {index.source_version} |" in source_note
    assert "MIT" in source_note


def test_index_is_loaded_once():
    assert get_commune_index() is get_commune_index()


# -- look-up and labels --------------------------------------------------------------------


def test_get_by_code(index):
    assert index.get("75056").name == "Paris"
    assert index.get("2a004").name == "Ajaccio"
    assert index.get(" 2B033 ").name == "Bastia"
    assert index.get("99999") is None
    assert index.get("") is None


def test_label(index):
    assert index.get("17369").label == "Saint-Martin-de-Ré (17) — 17410"
    assert index.get("2A004").label == "Ajaccio (2A) — 20000, 20090, 20167"
    assert index.get("75056").label == "Paris (75) — 75001, 75002…"


def test_format_commune():
    assert format_commune("17369") == "Saint-Martin-de-Ré (17) — 17410"
    assert format_commune("00000") == "00000"
    assert format_commune(None) == ""


# -- search by name ------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Saint-Étienne", "saint etienne", "SAINT-ETIENNE", "st etienne", "St-Étienne"])
def test_search_ignores_accents_case_hyphens_and_abbreviations(index, query):
    found = index.search(query)
    assert found[0].insee == "42218"
    assert all(c.name.startswith("Saint-Étienne") for c in found[:5])


def test_search_exact_name_comes_first_then_prefix_then_word(index):
    found = index.search("rennes")
    assert found[0].insee == "35238"
    rennes_positions = {c.name: n for n, c in enumerate(found)}
    assert "Rennes-le-Château" in rennes_positions  # starts with the query
    assert "Saint-Pierre-de-Rennes" not in rennes_positions or (
        rennes_positions["Saint-Pierre-de-Rennes"] > rennes_positions["Rennes-le-Château"]
    )


def test_search_ties_go_to_the_most_populated(index):
    found = index.search("saint denis")
    assert found[0].insee in {"93066", "97411"}  # the two big Saint-Denis
    exact = [c for c in found if c.name == "Saint-Denis"]
    populations = [c.population or 0 for c in exact]
    assert len(exact) >= 3
    assert populations == sorted(populations, reverse=True)
    assert found[: len(exact)] == exact


def test_search_apostrophes_and_ligatures(index):
    assert index.search("l'hay les roses")[0].insee == "94038"
    assert index.search("vandoeuvre")[0].name == "Vandœuvre-lès-Nancy"
    assert index.search("Vandœuvre")[0].name == "Vandœuvre-lès-Nancy"


def test_search_words_in_any_order(index):
    assert "Saint-Martin-de-Ré" in names(index.search("martin ré"))


def test_search_inside_a_word(index):
    assert "Forléans" in names(index.search("orleans"))


def test_search_name_with_department(index):
    found = index.search("saint denis 93")
    assert codes(found)[0] == "93066"
    assert all(c.department_code == "93" for c in found)


def test_one_letter_queries_give_the_biggest_towns(index):
    found = index.search("m")
    assert len(found) == 50
    assert found[0].name == "Marseille"
    assert all(c.name.lower().startswith("m") for c in found)


def test_limit(index):
    assert len(index.search("saint", limit=7)) == 7
    assert index.search("saint", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "zzzqx", "'-", "Atlantis-sur-Mer"])
def test_unknown_query_returns_nothing(index, query):
    assert index.search(query) == []


def test_a_label_typed_back_finds_its_commune(index):
    # A completer puts the label in the line edit; searching that text must give the commune.
    sample = list(index)[::250]
    for commune in sample:
        assert index.search(commune.label, limit=3)[0] == commune, commune.label


# -- search by code ------------------------------------------------------------------------


def test_search_by_insee_code(index):
    assert codes(index.search("75056")) == ["75056"]
    assert codes(index.search("2A004"))[0] == "2A004"
    assert codes(index.search("2a004"))[0] == "2A004"
    assert index.search("2B033")[0].name == "Bastia"


def test_search_by_insee_prefix(index):
    corse_du_sud = index.search("2A", limit=500)
    assert corse_du_sud[0].name == "Ajaccio"
    assert len(corse_du_sud) > 100
    assert all(c.department_code == "2A" for c in corse_du_sud)
    assert all(c.insee.startswith("690") or any(p.startswith("690") for p in c.postal_codes)
               for c in index.search("690"))


def test_search_by_postal_code(index):
    assert codes(index.search("75001")) == ["75056"]
    assert codes(index.search("20000")) == ["2A004"]
    assert index.search("13008")[0].name == "Marseille"


def test_a_shared_postal_code_returns_every_commune(index):
    expected = {c.insee for c in index if "51300" in c.postal_codes}
    assert len(expected) > 40
    found = index.search("51300", limit=200)
    # 51300 is also the INSEE code of a commune of the Marne (found as well).
    assert {c.insee for c in found} == expected | {"51300"}
    populations = [c.population or 0 for c in found]
    assert populations == sorted(populations, reverse=True)


def test_search_by_postal_prefix(index):
    found = index.search("1741", limit=200)
    assert "17369" in codes(found)
    assert all(any(p.startswith("1741") for p in c.postal_codes) or c.insee.startswith("1741") for c in found)


def test_unknown_code_returns_nothing(index):
    assert index.search("00000") == []
    assert index.search("2C") == []


# -- a damaged data file ------------------------------------------------------------------


def test_missing_file_is_reported_in_french(tmp_path):
    with pytest.raises(CommuneDataError, match="illisible"):
        CommuneIndex.from_file(tmp_path / "absent.tsv.gz")


def test_truncated_file_is_reported_in_french(tmp_path):
    path = tmp_path / "communes.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("# version\t0.0.1\n@regions\n84\tAuvergne-Rhône-Alpes\n")
    with pytest.raises(CommuneDataError, match="incomplet"):
        CommuneIndex.from_file(path)


def test_small_file_round_trip(tmp_path):
    path = tmp_path / "communes.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(
            "# version\t9.9.9\n# generated\t2026-01-02\n"
            "@regions\n84\tAuvergne-Rhône-Alpes\n"
            "@departements\n01\tAin\t84\n"
            "@epci\n200069193\tCC de la Veyle\n"
            "@communes\n01001\tL'Abergement-Clémenciat\t01\t84\t200069193\t01400\t860\n"
            "01002\tL'Abergement-de-Varey\t01\t84\t\t01640\t\n"
        )
    small = CommuneIndex.from_file(path)
    assert small.source_version == "9.9.9"
    assert len(small) == 2
    assert small.get("01002").epci_code is None and small.get("01002").population is None
    assert codes(small.search("abergement")) == ["01001", "01002"]
    assert small.get("01001").epci_name == "CC de la Veyle"


# -- the build tool (offline, on a small tarball shaped like the npm package) ---------------


def _load_build_tool():
    import importlib.util

    path = resource_path().parent / "tools" / "build_communes.py"
    if not path.exists():  # an installed wheel ships no tools/
        pytest.skip("tools/build_communes.py is only in a source checkout")
    spec = importlib.util.spec_from_file_location("build_communes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_package(tmp_path, version="1.2.3"):
    import io
    import json
    import tarfile

    files = {
        "package/package.json": {"name": "@etalab/decoupage-administratif", "version": version},
        "package/data/regions.json": [{"code": "94", "nom": "Corse"}, {"code": "84", "nom": "Auvergne-Rhône-Alpes"}],
        "package/data/departements.json": [
            {"code": "2A", "nom": "Corse-du-Sud", "region": "94"},
            {"code": "01", "nom": "Ain", "region": "84"},
        ],
        "package/data/epci.json": [
            {"code": "242010056", "nom": "CA du Pays Ajaccien", "membres": [{"code": "2A004"}]},
        ],
        "package/data/communes.json": [
            {"code": "2A004", "nom": "Ajaccio", "type": "commune-actuelle", "departement": "2A",
             "region": "94", "codesPostaux": ["20167", "20000", "20090"], "population": 76320},
            {"code": "01001", "nom": "L'Abergement-Clémenciat", "type": "commune-actuelle",
             "departement": "01", "region": "84", "codesPostaux": ["01400"], "population": 860},
            {"code": "01015", "nom": "Arbignieu", "type": "commune-deleguee", "departement": "01",
             "region": "84"},
        ],
    }
    tarball = tmp_path / f"package-{version}.tgz"
    with tarfile.open(tarball, "w:gz") as archive:
        for name, content in files.items():
            payload = json.dumps(content).encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            archive.addfile(info, io.BytesIO(payload))
    return tarball


def test_build_tool_writes_a_deterministic_file(tmp_path):
    tool = _load_build_tool()
    tarball = _fake_package(tmp_path)
    output = tmp_path / "out" / "communes.tsv.gz"
    counts = tool.build("1.2.3", tarball, "2026-01-15", output)
    assert counts["communes"] == 2  # the commune déléguée is left out
    first = output.read_bytes()
    # Run again without a date: the recorded one is kept, and the bytes are identical.
    tool.build("1.2.3", tarball, None, output)
    assert output.read_bytes() == first

    built = CommuneIndex.from_file(output)
    assert built.source_version == "1.2.3" and built.generated == "2026-01-15"
    ajaccio = built.get("2A004")
    assert ajaccio.postal_codes == ("20000", "20090", "20167")
    assert ajaccio.epci_name == "CA du Pays Ajaccien" and ajaccio.region_name == "Corse"
    assert built.get("01001").epci_code is None
    note = (output.parent / "SOURCE.md").read_text(encoding="utf-8")
    assert "| Package version | 1.2.3 |" in note and "| Generated on | 2026-01-15 |" in note


def test_build_tool_refuses_an_unknown_department(tmp_path):
    tool = _load_build_tool()
    data = tool.read_package(_fake_package(tmp_path))
    data["communes"][0]["departement"] = "2C"
    with pytest.raises(tool.BuildError, match="département 2C inconnu"):
        tool.build_tables(data)
