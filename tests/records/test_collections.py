"""make_collection_equal: a child collection made equal to a list, touching only what differs."""

from types import SimpleNamespace

from catalyseur_app.records.collections import make_collection_equal


def test_keeps_the_rows_that_stay_removes_the_others_adds_the_new_once():
    kept, gone = SimpleNamespace(code="15187"), SimpleNamespace(code="15138")
    rows = [kept, gone]
    make_collection_equal(rows, ["15187", "15014", "15014"], lambda code: SimpleNamespace(code=code),
                          lambda row: row.code)
    assert [row.code for row in rows] == ["15187", "15014"]
    assert rows[0] is kept


def test_an_empty_list_empties_the_collection():
    rows = [SimpleNamespace(code="1")]
    make_collection_equal(rows, [], lambda code: SimpleNamespace(code=code), lambda row: row.code)
    assert rows == []
