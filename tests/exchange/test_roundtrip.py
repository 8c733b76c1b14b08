"""Export, import and merge between devices, through the command line."""

from datetime import UTC, datetime

import openpyxl
import pytest
from exchange_factory import populate
from exchange_files import snapshot
from sqlalchemy import func, select

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.reader import read_sync_file
from catalyseur_app.progress import Cancelled, Progress
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.store import models as m
from catalyseur_app.store.paths import backups_dir


def run(store, *args):
    """Run the CLI on ``store``'s folder (the store is closed meanwhile, as another process would)."""
    store.close()
    code = main(["--data-dir", str(store.data_dir), *map(str, args)])
    store.__init__(store.data_dir, store.engine, None)
    return code


def test_full_round_trip_gives_the_same_content(store, other_store, tmp_path, capsys):
    populate(store)
    first = tmp_path / "a.xlsx"
    assert run(store, "sync", "export", "--out", first, "--full", "--with-contacts") == 0
    assert run(other_store, "sync", "import", "--trust-new", first) == 0
    assert "15 à ajouter" in capsys.readouterr().out
    second = tmp_path / "b.xlsx"
    assert run(other_store, "sync", "export", "--out", second, "--full", "--with-contacts") == 0
    a, b = read_sync_file(first).manifest, read_sync_file(second).manifest
    assert a.counts == b.counts and a.counts["acteurs"] == 3
    assert a.checksums == b.checksums  # same content, sheet by sheet
    with other_store.read() as s:
        partnership = s.scalar(select(m.Partnership))
        assert {c.insee for c in partnership.communes} == {"15187", "15014"}
        assert sorted(o.odd for o in partnership.odds) == [2, 17]
        assert partnership.money_eur == 1500.5 and partnership.inspiring is True
        assert s.scalar(select(m.Actor).where(m.Actor.name == "=1+1")).notes == "ligne 1\nligne 2\r\nfin _x0041_ \x0b"


def test_the_file_holds_text_numbers_and_dates_never_formulas(store, tmp_path):
    populate(store, actors=4)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True)
    book = openpyxl.load_workbook(path)  # an independent reader
    actors = book["acteurs"]
    assert [c.value for c in actors[1]][:2] == ["id", "name"]
    assert [c.value for c in actors[2]][:2] == ["Identifiant", "Nom"]
    assert actors.freeze_panes == "A3" and actors.auto_filter.ref.startswith("A2:")
    names = {actors.cell(row=r, column=2).value: actors.cell(row=r, column=2).data_type for r in range(3, 7)}
    assert names == {"=1+1": "s", "+33 6 12 34 56 78": "s", "-": "s", "@x": "s"}
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    partnership = book["partenariats"]
    keys = [c.value for c in partnership[1]]
    row = {k: c.value for k, c in zip(keys, partnership[3], strict=True)}
    assert row["start_date"] == datetime(2024, 1, 15) and row["money_eur"] == 1500.5
    assert row["inspiring"] is True and row["odds"] == "17;2" or row["odds"] == "2;17"
    assert isinstance(row["version"], int)
    manifest = {r[0].value: r[2].value for r in book["manifeste"].iter_rows(min_row=3)}
    assert manifest["format_version"] == 3 and manifest["rows:acteurs"] == 4
    assert len(manifest["signature"]) == 88 and len(manifest["key_fingerprint"].split()) == 16
    assert isinstance(manifest["made_at"], datetime)


def test_personal_details_stay_home_unless_asked(store, tmp_path):
    populate(store)
    plain, personal = tmp_path / "plain.xlsx", tmp_path / "personal.xlsx"
    export_sync_file(store, plain, full=True)
    export_sync_file(store, personal, full=True, with_contacts=True)

    def strings(path):
        book = openpyxl.load_workbook(path)
        return {str(c.value) for s in book for r in s.iter_rows() for c in r if c.value is not None}

    assert not {"Jeanne Dupont", "jeanne@example.org", "Sans Consentement"} & strings(plain)
    assert "Jeanne Dupont" in strings(personal) and "jeanne@example.org" in strings(personal)
    assert "Sans Consentement" not in {str(v) for v in read_sync_file(personal).records["contact"]}
    assert [r["full_name"] for r in read_sync_file(personal).records["contact"]] == ["Jeanne Dupont"]


def test_incremental_export_carries_only_the_edits(store, tmp_path):
    ids = populate(store)
    export_sync_file(store, tmp_path / "1.xlsx")
    with store.write() as s:
        s.get(m.Actor, ids["actors"][1]).notes = "Nouvelle note"
    result = export_sync_file(store, tmp_path / "2.xlsx")
    assert result.sequence == 2 and result.total == 1 and result.counts["acteurs"] == 1
    assert read_sync_file(tmp_path / "2.xlsx").records["actor"][0]["notes"] == "Nouvelle note"
    assert read_sync_file(tmp_path / "2.xlsx").manifest.period_start is not None
    with store.read() as s:
        ledger = s.scalars(select(m.ExchangeFile).order_by(m.ExchangeFile.sequence)).all()
    assert [(f.sequence, f.total_rows, f.file_name) for f in ledger] == [(1, 14, "1.xlsx"), (2, 1, "2.xlsx")]


def test_reimport_is_a_no_op(store, other_store, tmp_path, capsys):
    populate(store)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True, with_contacts=True)
    assert run(other_store, "sync", "import", "--trust-new", path) == 0
    before = snapshot(other_store)
    copies = len(list(backups_dir(other_store.data_dir).glob("*")))
    capsys.readouterr()
    assert run(other_store, "sync", "import", "--trust-new", path) == 0
    assert "Rien à changer" in capsys.readouterr().out
    assert snapshot(other_store) == before
    assert len(list(backups_dir(other_store.data_dir).glob("*"))) == copies


def _share(source, target, tmp_path, name, **options):
    path = tmp_path / name
    export_sync_file(source, path, **options)
    return run(target, "sync", "import", "--trust-new", path)


def test_edits_on_both_sides_are_a_conflict_and_nothing_is_lost(store, other_store, tmp_path, capsys):
    ids = populate(store)
    actor = ids["actors"][2]
    assert _share(store, other_store, tmp_path, "1.xlsx", full=True) == 0
    with store.write() as s:
        s.get(m.Actor, actor).notes = "Note écrite sur A"
    with other_store.write() as s:
        s.get(m.Actor, actor).notes = "Note écrite sur B"
        s.get(m.Actor, ids["actors"][0]).website = "https://b.example.org"  # no conflict here
    capsys.readouterr()
    assert _share(other_store, store, tmp_path, "2.xlsx") == 0
    out = capsys.readouterr().out
    assert "1 en conflit" in out and "1 à mettre à jour" in out
    with store.read() as s:
        conflict = s.scalar(select(m.SyncConflict))
        kept = s.get(m.Actor, actor).notes
        assert s.get(m.Actor, ids["actors"][0]).website == "https://b.example.org"
    assert conflict.record_id == actor and conflict.status == "open" and conflict.decided_by == "rule"
    assert "Note écrite sur A" in conflict.local and "Note écrite sur B" in conflict.incoming
    # the rule: equal versions, so the greater device id wins, on both sides alike
    expected = "Note écrite sur B" if other_store.device_id > store.device_id else "Note écrite sur A"
    assert kept == expected
    assert _share(store, other_store, tmp_path, "3.xlsx") == 0
    with other_store.read() as s:
        assert s.get(m.Actor, actor).notes == expected  # both devices agree after one round trip


def test_delete_on_one_side_edit_on_the_other_keeps_the_edit(store, other_store, tmp_path):
    ids = populate(store)
    actor = ids["actors"][1]
    _share(store, other_store, tmp_path, "1.xlsx", full=True)
    with store.write() as s:
        s.get(m.Actor, actor).deleted_at = datetime.now(UTC)
    with other_store.write() as s:
        s.get(m.Actor, actor).notes = "Toujours actif"
    assert _share(store, other_store, tmp_path, "2.xlsx") == 0  # the deletion reaches B: B keeps its edit
    assert _share(other_store, store, tmp_path, "3.xlsx") == 0  # the edit reaches A: A takes it back
    for side, conflicts in ((store, 0), (other_store, 1)):  # B saw the conflict; A then just followed
        with side.read() as s:
            record = s.get(m.Actor, actor)
            assert record.deleted_at is None and record.notes == "Toujours actif"
            assert s.scalar(select(func.count()).select_from(m.SyncConflict)) == conflicts


def test_deletions_propagate_and_an_erased_person_stays_erased(store, other_store, tmp_path):
    ids = populate(store)
    first = tmp_path / "1.xlsx"
    export_sync_file(store, first, full=True, with_contacts=True)
    assert run(other_store, "sync", "import", "--trust-new", first) == 0
    erase_person(store, ids["contact"])  # the same use case as the window's « Effacer la personne »
    with store.write() as s:
        s.get(m.Partnership, ids["partnership"]).deleted_at = datetime.now(UTC)
    second = tmp_path / "2.xlsx"
    export_sync_file(store, second)  # erasures travel even without contacts
    assert read_sync_file(second).manifest.counts["suppressions"] == 2
    assert run(other_store, "sync", "import", "--trust-new", second) == 0
    assert run(other_store, "sync", "import", "--trust-new", first) == 0  # the older file, with the name, again
    with other_store.read() as s:
        contact = s.get(m.Contact, ids["contact"])
        assert contact.erased_at is not None and contact.full_name == "" and contact.email == ""
        assert contact.role == "" and contact.consent_date is None and contact.deleted_at is not None
        participants = s.scalars(select(m.DiagnosticParticipant.name)
                                 .where(m.DiagnosticParticipant.contact_id == ids["contact"])).all()
        assert participants and all(name == "" for name in participants)
        assert s.get(m.Partnership, ids["partnership"]).deleted_at is not None


def test_an_older_file_never_overwrites_newer_data(store, other_store, tmp_path):
    ids = populate(store)
    actor = ids["actors"][0]
    old, new = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    export_sync_file(store, old, full=True)
    with store.write() as s:
        s.get(m.Actor, actor).notes = "Version 2"
    export_sync_file(store, new, full=True)
    assert run(other_store, "sync", "import", "--trust-new", new) == 0
    assert run(other_store, "sync", "import", "--trust-new", old) == 0
    with other_store.read() as s:
        assert s.get(m.Actor, actor).notes == "Version 2"
        assert s.scalar(select(func.count()).select_from(m.SyncConflict)) == 0


def test_dry_run_changes_nothing(store, other_store, tmp_path, capsys):
    populate(store)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True)
    before = snapshot(other_store)
    assert run(other_store, "sync", "import", "--trust-new", path, "--dry-run") == 0
    assert "rien n'a été modifié" in capsys.readouterr().out
    assert snapshot(other_store) == before


class CancelAt(Progress):
    def __init__(self, message_part):
        super().__init__()
        self.part = message_part

    def report(self, done, total, message):
        if self.part in message:
            self.cancel()


def test_cancelled_export_leaves_no_file_and_no_ledger_row(store, tmp_path):
    populate(store)
    path = tmp_path / "f.xlsx"
    with pytest.raises(Cancelled):
        export_sync_file(store, path, progress=CancelAt("partenaires"))
    assert not path.exists() and list(tmp_path.glob("*.part")) == [] and list(tmp_path.iterdir()) == [
        p for p in tmp_path.iterdir() if p.is_dir()]
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.ExchangeFile)) == 0
    assert export_sync_file(store, path).sequence == 1


def test_cancelled_import_leaves_the_store_as_it_was(store, other_store, tmp_path):
    from catalyseur_app.exchange.importer import import_sync_file

    populate(store)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True)
    before = snapshot(other_store)
    with pytest.raises(Cancelled):
        import_sync_file(other_store, path, progress=CancelAt(spaced("Application : activites")), trust_new=True)
    assert snapshot(other_store) == before


def test_a_person_can_take_the_other_version_of_a_conflict(store, other_store, tmp_path):
    from catalyseur_app.exchange.conflicts import open_conflicts, resolve_conflict

    ids = populate(store)
    actor = ids["actors"][2]
    _share(store, other_store, tmp_path, "1.xlsx", full=True)
    with store.write() as s:
        s.get(m.Actor, actor).notes = "A"
    with other_store.write() as s:
        s.get(m.Actor, actor).notes = "B"
    _share(other_store, store, tmp_path, "2.xlsx")
    [conflict] = open_conflicts(store)
    applied = "B" if conflict.chosen == "incoming" else "A"
    other_choice = "local" if conflict.chosen == "incoming" else "incoming"
    resolve_conflict(store, conflict.id, other_choice)
    with store.read() as s:
        record = s.get(m.Actor, actor)
        assert record.notes == ("A" if applied == "B" else "B")
        assert record.version == 3 and record.changed_by == store.device_id
    assert open_conflicts(store) == []
    _share(store, other_store, tmp_path, "3.xlsx")  # the other device follows the person's choice
    with other_store.read() as s:
        assert s.get(m.Actor, actor).notes == ("A" if applied == "B" else "B")
