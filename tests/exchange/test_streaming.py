"""Sheets are read as a stream of small pieces: the rows are the same whatever the piece size,
and a comment or CDATA part-way through hands the rest to the element parser without losing or
repeating a row."""

import re
from datetime import UTC

import pytest
from exchange_factory import populate
from exchange_files import refused, rewrite_part, sheet_part

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.reader import read_sync_file
from catalyseur_app.exchange.xlsx import fast_rows
from catalyseur_app.store import models as m


@pytest.fixture
def exported(other_store, tmp_path):
    populate(other_store, actors=40)
    path = tmp_path / "envoi.xlsx"
    export_sync_file(other_store, path, full=True)
    return path


@pytest.mark.parametrize("piece", [97, 700, 5000])
def test_the_rows_do_not_depend_on_the_piece_size(exported, monkeypatch, piece):
    whole = read_sync_file(exported).records
    monkeypatch.setattr(fast_rows, "PIECE_BYTES", piece)
    assert read_sync_file(exported).records == whole


@pytest.mark.parametrize("insert", ["<!-- une note -->", "<?pi quelque chose?>"])
def test_a_comment_part_way_through_hands_over_to_the_element_parser(exported, tmp_path, monkeypatch, insert):
    path = rewrite_part(exported, tmp_path / "commentaire.xlsx", sheet_part("acteurs"),
                        lambda text: text.replace('<row r="30"', insert + '<row r="30"', 1))
    whole = read_sync_file(exported).records
    monkeypatch.setattr(fast_rows, "PIECE_BYTES", 700)
    assert read_sync_file(path).records == whole


def test_a_prefixed_row_end_is_a_row_end():
    assert fast_rows._after_last_row(b'<x:row r="1"><x:c/></x:row><x:row r="2">') == len(b'<x:row r="1"><x:c/></x:row>')
    assert fast_rows._after_last_row(b"<row><c/></row><row>") == len(b"<row><c/></row>")
    assert fast_rows._after_last_row(b"<arrow>") == 0


def test_damage_far_into_a_sheet_is_found_with_small_pieces(store, exported, tmp_path, capsys, monkeypatch):
    path = rewrite_part(exported, tmp_path / "abime.xlsx", sheet_part("acteurs"),
                        lambda text: re.sub(r'(<row r="35"[^>]*>)', r"\1<c>", text, count=1))
    monkeypatch.setattr(fast_rows, "PIECE_BYTES", 700)
    refused(store, path, "endommagé", capsys=capsys)


def test_the_import_applies_what_the_preview_checked_even_if_the_file_changed_since(store, exported, tmp_path):
    from catalyseur_app.exchange.apply import apply_plan
    from catalyseur_app.exchange.importer import preview_import

    plan = preview_import(store, exported, trust_new=True)
    changed = rewrite_part(exported, tmp_path / "autre.xlsx", sheet_part("partenariats"),
                           lambda text: text.replace("Épicerie solidaire", "Épicerie"))
    exported.write_bytes(changed.read_bytes())
    apply_plan(store, plan)
    exported.unlink()
    with store.read() as s:
        assert [p.title for p in s.query(m.Partnership)] == ["Épicerie solidaire"]
        assert s.query(m.Actor).count() == 40


def test_a_revision_before_its_original_in_the_sheet(store, tmp_path):
    """Rows are written in file order, one chunk at a time: references are checked at the commit."""
    import uuid
    from datetime import date, datetime

    from exchange_files import OTHER_DEVICE, forge

    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    original, revision = sorted(str(uuid.uuid4()) for _ in range(2))[::-1]

    def diagnostic(record_id, **values):
        return {"id": record_id, "kit_id": "sortie_de_crise", "kit_version": "2024.1", "commune_insee": "15187",
                "started_on": date(2024, 5, 6), "version": 1, "changed_by": OTHER_DEVICE, "created_at": stamp,
                "updated_at": stamp, **values}

    path = forge(tmp_path / "revision.xlsx", {"diagnostics": [
        diagnostic(revision, revision=2, revision_of_id=original), diagnostic(original)]})
    from catalyseur_app.exchange.importer import import_sync_file

    assert import_sync_file(store, path, trust_new=True).result.summary["add"] == 2
    with store.read() as s:
        assert s.get(m.Diagnostic, revision).revision_of_id == original
