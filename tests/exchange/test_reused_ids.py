"""An identifier names one record of one kind: a file that gives an id already used by a record of
another kind (in the file or in the store) is refused, at the preview as at the import; otherwise
every full export from this store would be refused by its receivers."""

import uuid
from datetime import UTC, datetime

import pytest
from exchange_factory import populate
from exchange_files import OTHER_DEVICE, actor_row, forge, refused

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file

STAMP = datetime(2025, 1, 1, tzinfo=UTC)


def partnership_row(record_id, title="Jardin partagé"):
    return dict(id=record_id, title=title, form="mecenat", stage="active", version=1, changed_by=OTHER_DEVICE,
                created_at=STAMP, updated_at=STAMP)


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_partnership_carrying_an_existing_actors_id_is_refused(store, tmp_path, capsys, dry_run):
    ids = populate(store)
    actor = ids["actors"][0]
    path = forge(tmp_path / "meme-id.xlsx", {"partenariats": [partnership_row(actor)]})
    refused(store, path, spaced("feuille « partenariats », ligne 3, colonne « id » (A)"), actor, "acteur",
            capsys=capsys, dry_run=dry_run)


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_deletion_naming_another_kind_than_the_records_is_refused(store, tmp_path, capsys, dry_run):
    ids = populate(store)
    actor = ids["actors"][1]
    deletion = dict(kind="partnership", id=actor, nature="suppression", at=STAMP, version=2,
                    changed_by=OTHER_DEVICE, updated_at=STAMP)
    path = forge(tmp_path / "suppression.xlsx", {"suppressions": [deletion]})
    refused(store, path, spaced("feuille « suppressions », ligne 3, colonne « id » (B)"), actor, "acteur",
            capsys=capsys, dry_run=dry_run)


def test_the_same_id_on_two_sheets_of_one_file_is_refused(store, tmp_path, capsys):
    same = str(uuid.uuid4())
    path = forge(tmp_path / "deux-feuilles.xlsx", {"acteurs": [actor_row(same)],
                                                  "partenariats": [partnership_row(same)]})
    refused(store, path, spaced("feuille « partenariats », ligne 3, colonne « id » (A)"), "apparaît deux fois",
            spaced("feuille « acteurs », ligne 3"), capsys=capsys, dry_run=True)
    refused(store, path, "apparaît deux fois", capsys=capsys)


def test_in_english(store, tmp_path, capsys):
    ids = populate(store)
    path = forge(tmp_path / "same-id.xlsx", {"partenariats": [partnership_row(ids["actors"][0])]})
    refused(store, path, "sheet “partenariats”, row 3, column “id” (A)", "actor", capsys=capsys, lang="en")


def test_after_a_refusal_a_full_export_still_imports_elsewhere(store, other_store, tmp_path):
    """What the defect broke: the receiver of this store's full export."""
    from catalyseur_app.exchange.errors import SyncFileError
    from catalyseur_app.exchange.importer import import_sync_file

    ids = populate(store)
    with pytest.raises(SyncFileError):
        forged = forge(tmp_path / "x.xlsx", {"partenariats": [partnership_row(ids["actors"][0])]})
        import_sync_file(store, forged, trust_new=True)
    export_sync_file(store, tmp_path / "full.xlsx", full=True)
    assert import_sync_file(other_store, tmp_path / "full.xlsx", trust_new=True).result is not None
