from datetime import date

import pytest
from sqlalchemy import text

from catalyseur_app.records.actors import ActorData, create_actor, update_actor
from catalyseur_app.records.contacts import ContactData, create_contact
from catalyseur_app.records.query import ListQuery, QueryError, count_rows, fetch_ids, fetch_rows, get_entity
from catalyseur_app.records.search import count_matches, match_expression, rebuild_search_index
from catalyseur_app.store.models import Partnership, PartnershipOdd


def make(store, name, kind="association", commune="81004", **extra):
    return create_actor(store, ActorData(name=name, kind=kind, commune_insee=commune, **extra)).subject_id


def names(store, **query):
    with store.read() as session:
        return [row[1] for row in fetch_rows(session, ListQuery("actors", **query))]


@pytest.fixture
def actors(store):
    return {
        "ecole": make(store, "École des Arts", notes="Cours de poterie"),
        "mairie": make(store, "Mairie de Vabre", kind="commune", commune="81305"),
        "boulangerie": make(store, "Boulangerie Dupont", kind="tpe_pme", notes="Pain bio, fête de l'été"),
    }


def test_match_expression_quotes_prefixes():
    assert match_expression("  écol  MAIR ") == '"écol"* AND "MAIR"*'
    assert match_expression('" OR *') == '"OR"*'  # operators become plain words
    assert match_expression('" * -') is None
    assert match_expression("") is None


def test_search_ignores_accents_and_case_and_matches_prefixes(store, actors):
    assert names(store, search="ecole") == ["École des Arts"]
    assert names(store, search="ÉCO") == ["École des Arts"]
    assert names(store, search="fete ete") == ["Boulangerie Dupont"]  # in the notes
    assert names(store, search="pote") == ["École des Arts"]
    assert names(store, search="vab mai") == ["Mairie de Vabre"]
    assert names(store, search="introuvable") == []
    assert names(store, search='"; DROP TABLE actors; --') == []


def test_search_follows_updates_and_deletions(store, actors):
    update_actor(store, actors["ecole"], ActorData(name="Conservatoire", kind="association", commune_insee="81004"))
    assert names(store, search="ecole") == []
    assert names(store, search="conserv") == ["Conservatoire"]
    with store.write() as session:
        session.execute(text("DELETE FROM actors WHERE name = 'Conservatoire'"))
    assert names(store, search="conserv") == []
    with store.read() as session:
        assert count_matches(session, "actors", "boul") == 1


def test_sort_on_every_column_both_ways(store, actors):
    entity = get_entity("actors")
    for column in entity.columns:
        for descending in (False, True):
            with store.read() as session:
                rows = fetch_rows(session, ListQuery("actors", sort=column.key, descending=descending))
            assert len(rows) == 3
    assert names(store) == ["Boulangerie Dupont", "École des Arts", "Mairie de Vabre"]  # accents folded
    assert names(store, descending=True) == ["Mairie de Vabre", "École des Arts", "Boulangerie Dupont"]
    assert names(store, sort="kind") == ["École des Arts", "Mairie de Vabre", "Boulangerie Dupont"]


def test_filters_and_counts(store, actors):
    assert names(store, filters={"kind": "commune"}) == ["Mairie de Vabre"]
    assert names(store, filters={"kind": ["commune", "tpe_pme"]}) == ["Boulangerie Dupont", "Mairie de Vabre"]
    assert names(store, filters={"commune": "81004", "kind": None}) == ["Boulangerie Dupont", "École des Arts"]
    assert names(store, filters={"world": "entreprises"}) == ["Boulangerie Dupont"]
    with store.read() as session:
        assert count_rows(session, ListQuery("actors", search="d")) == 3  # des, de, Dupont
        assert count_rows(session, ListQuery("actors", filters={"kind": "commune"}, search="vabre")) == 1
        with pytest.raises(QueryError):
            count_rows(session, ListQuery("actors", filters={"nope": 1}))


def test_paging_windows_are_stable(store):
    for number in range(25):
        make(store, f"Asso {number:02d}")
    with store.read() as session:
        query = ListQuery("actors")
        pages = [fetch_rows(session, query, offset, 10) for offset in (0, 10, 20)]
        assert [len(page) for page in pages] == [10, 10, 5]
        assert [row[0] for page in pages for row in page] == fetch_ids(session, query)


def test_contacts_list_search_and_actor_filter(store, actors):
    create_contact(store, ContactData(actor_id=actors["mairie"], full_name="Hélène Côté", email="h.cote@vabre.fr"))
    create_contact(store, ContactData(actor_id=actors["ecole"], full_name="Paul Durand"))
    with store.read() as session:
        rows = fetch_rows(session, ListQuery("contacts", search="helene cote"))
        assert [(row[1], row[3]) for row in rows] == [("Hélène Côté", "Mairie de Vabre")]
        rows = fetch_rows(session, ListQuery("contacts", filters={"actor": actors["ecole"]}))
        assert [row[1] for row in rows] == ["Paul Durand"]
        rows = fetch_rows(session, ListQuery("actors", search="vabre"))
        assert get_entity("actors").columns[4].display(rows[0][5]) == "1"


def test_partnership_filters_by_odd_form_and_period(store):
    with store.write() as session:
        first = Partnership(title="Cantine solidaire", form="mecenat", stage="active",
                            start_date=date(2024, 1, 1), end_date=date(2024, 6, 30))
        second = Partnership(title="Fab lab", form="innovation_societale", stage="emergence")
        session.add_all([first, second])
        session.flush()
        session.add(PartnershipOdd(partnership_id=first.id, odd=2))
    with store.read() as session:
        def titles(**q):
            return [row[1] for row in fetch_rows(session, ListQuery("partnerships", **q))]
        assert titles(filters={"odd": 2}) == ["Cantine solidaire"]
        assert titles(filters={"form": "innovation_societale"}) == ["Fab lab"]
        assert titles(filters={"period": (date(2024, 7, 1), None)}) == ["Fab lab"]
        assert titles(filters={"period": (date(2024, 3, 1), date(2024, 3, 31))}) == ["Cantine solidaire", "Fab lab"]
        assert titles(search="cantin") == ["Cantine solidaire"]
        assert get_entity("partnerships").column("form").display("mecenat") == "Mécénat"


def test_rebuild_keeps_search_working_and_skips_deleted_rows(store, actors):
    from catalyseur_app.records.trash import delete_records

    delete_records(store, "actors", [actors["ecole"]])
    with store.write() as session:
        rebuild_search_index(session)
    assert names(store, search="boul") == ["Boulangerie Dupont"]
    assert names(store, search="ecole") == []
    with store.read() as session:
        assert count_matches(session, "actors", "ecole") == 0


def test_a_broad_search_walks_the_sort_index_and_gives_the_same_rows(store, monkeypatch):
    from catalyseur_app.domain.text import fold
    from catalyseur_app.records import query as query_module
    from catalyseur_app.records.query import NO_WALK, select_sql, walk_bound

    monkeypatch.setattr(query_module, "WALK_MIN_MATCHES", 5)
    monkeypatch.setattr(query_module, "WALK_WINDOW", 14)
    # name order: 15 "Mairie"s (odd numbers), 15 "Maison"s (even numbers), then 10 "Zèbre"s
    for number in range(30):
        make(store, f"Mairie {number:02d}" if number % 2 else f"Maison {number:02d}")
    for number in range(10):
        make(store, f"Zèbre {number}")
    mairies = [f"Mairie {n:02d}" for n in range(1, 30, 2)]
    maisons = [f"Maison {n:02d}" for n in range(0, 30, 2)]

    def plan(search, rows_needed, **options):
        with store.read() as session:
            return walk_bound(session, ListQuery("actors", search=search, **options), rows_needed)

    def page(search, offset, limit, **options):
        with store.read() as session:
            return [row[1] for row in fetch_rows(session, ListQuery("actors", search=search, **options), offset, limit)]

    assert plan("ma", 5) == fold("Mairie 29")  # the 15th name: the walk stops there
    assert plan("ma", 5, descending=True) == fold("Maison 20")  # 10 zèbres, then Maison 28…20
    assert plan("ma", 40) is NO_WALK  # the page would end beyond the window
    assert plan("zebre", 5) is NO_WALK  # too few matches to be worth a walk
    assert plan("ma", 5, sort="contacts") is NO_WALK  # no index to walk
    assert "+a.rowid IN" in select_sql(ListQuery("actors", search="ma"), walk=True, bounded=True)[0]

    assert page("ma", 0, 5) == mairies[:5]  # found by the walk
    assert page("ma", 10, 5) == mairies[10:15]
    assert page("ma", 0, 5, descending=True) == maisons[::-1][:5]
    assert plan("maison", 5) is not NO_WALK
    assert page("maison", 0, 5) == maisons[:5]  # none in the window: the matches are sorted
    assert page("ma", 0, 30, descending=True) == (mairies + maisons)[::-1]
    monkeypatch.setattr(query_module, "WALK_WINDOW", 1000)
    assert plan("ma", 30) is None  # the whole table fits in the window: one walk, no bound
    assert page("ma", 0, 100) == mairies + maisons
