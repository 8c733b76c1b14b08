"""Signed sync files and the trust registry (issue 13 §1 and §5): every refusal names the file, says
why, and leaves the store exactly as it was."""

import pytest
from exchange_factory import populate
from exchange_files import (
    actor_row,
    flip_first,
    forge,
    refused,
    rewrite_part,
    set_manifest_text,
    set_manifest_value,
    sheet_part,
    snapshot,
)

from catalyseur_app.cli import main
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.profile import own_profile
from catalyseur_app.store.installation_key import key_path
from catalyseur_app.store.models import Actor, TrustedKey


@pytest.fixture
def sender(other_store, tmp_path):
    """Another catalyseur's device, with records, and its first (full) file."""
    populate(other_store)
    export_sync_file(other_store, tmp_path / "premier.xlsx", full=True)
    return other_store


def _catalyseur_id(store):
    with store.read() as session:
        return own_profile(session).id


def _cli(store, *args):
    store.close()
    try:
        return main(["--data-dir", str(store.data_dir), *args])
    finally:
        store.__init__(store.data_dir, store.engine, None)


def _trusted(store):
    with store.read() as session:
        return [(k.catalyseur_id, k.fingerprint, k.revoked_at is not None) for k in session.query(TrustedKey)]


def test_a_first_file_is_refused_until_its_key_is_accepted(store, sender, tmp_path, capsys):
    first = tmp_path / "premier.xlsx"
    fingerprint = sender.signing_key().fingerprint
    message = refused(store, first, "inconnu ici", fingerprint, "--trust-new", capsys=capsys, trust_new=False)
    assert _catalyseur_id(sender) in message
    english = refused(store, first, "unknown here", fingerprint, capsys=capsys, trust_new=False, lang="en")
    assert "Check this fingerprint" in english
    assert _cli(store, "sync", "import", str(first), "--trust-new") == 0
    assert _trusted(store) == [(_catalyseur_id(sender), fingerprint, False)]
    with store.read() as session:
        assert session.query(Actor).count() > 0


def test_accepting_beforehand_takes_the_key_of_the_first_file(store, sender, tmp_path, capsys):
    who = _catalyseur_id(sender)
    assert _cli(store, "trust", "accept", who) == 0
    assert "la clé de son premier fichier sera retenue" in capsys.readouterr().out
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx")) == 0
    assert _trusted(store) == [(who, sender.signing_key().fingerprint, False)]
    assert _cli(store, "trust", "list") == 0
    listing = capsys.readouterr().out
    assert who in listing and sender.signing_key().fingerprint in listing and "accepté le" in listing


def test_a_file_signed_with_another_key_is_refused(store, sender, tmp_path, capsys):
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx"), "--trust-new") == 0
    known = sender.signing_key().fingerprint
    key_path(sender.data_dir, sender.device_id).unlink()  # the sender's key lost: a new one is made
    sender.close()
    sender.__init__(sender.data_dir, sender.engine, None)
    new = sender.signing_key().fingerprint
    assert new != known
    export_sync_file(sender, tmp_path / "nouvelle-cle.xlsx", full=True)
    refused(store, tmp_path / "nouvelle-cle.xlsx", "signé par une autre clé", known, new,
            "trust accept", capsys=capsys)
    # Once its owner confirmed the new fingerprint, it is accepted.
    assert _cli(store, "trust", "accept", _catalyseur_id(sender), "--fingerprint", new.upper()) == 0
    assert _cli(store, "sync", "import", str(tmp_path / "nouvelle-cle.xlsx")) == 0


def test_a_bad_fingerprint_is_refused_by_trust_accept(store, capsys):
    before = snapshot(store)
    assert _cli(store, "trust", "accept", "x", "--fingerprint", "abcd") == 2
    assert "n'est pas une empreinte de clé" in capsys.readouterr().err
    assert snapshot(store) == before


@pytest.mark.parametrize("change,message", [
    ("sheet", "l'empreinte SHA-256 du contenu ne correspond pas au manifeste"),
    ("manifest", "la signature ne correspond pas au contenu du manifeste"),
    ("signature", "la signature ne correspond pas au contenu du manifeste"),
    ("public_key", "ne correspond pas à son empreinte"),
])
def test_a_changed_file_is_refused(store, sender, tmp_path, capsys, change, message):
    assert _cli(store, "trust", "accept", _catalyseur_id(sender)) == 0
    first = tmp_path / "premier.xlsx"
    changed = tmp_path / "change.xlsx"
    if change == "sheet":  # one byte of a sheet
        rewrite_part(first, changed, sheet_part("acteurs"), lambda text: text.replace("ligne 1", "ligne 7", 1))
    elif change == "manifest":
        rewrite_part(first, changed, sheet_part("manifeste"),
                     lambda text: set_manifest_value(text, "sequence", "<v>9</v>"))
    else:
        rewrite_part(first, changed, sheet_part("manifeste"), lambda text: set_manifest_text(text, change, flip_first))
    refused(store, changed, message, capsys=capsys, trust_new=False)
    refused(store, changed, message, capsys=capsys, trust_new=True)


def test_an_unsigned_file_is_refused_once_the_key_is_known(store, tmp_path, capsys):
    forged_id = "0f0f0f0f-0000-4000-8000-0000000000aa"  # the catalyseur of forge()
    unsigned = forge(tmp_path / "non-signe.xlsx", {"acteurs": [actor_row("0f0f0f0f-0000-4000-8000-000000000101")]})
    # Unknown catalyseur: an unsigned (version 2) file still imports, with a warning.
    assert _cli(store, "sync", "import", str(unsigned), "--dry-run") == 0
    assert "n'est pas signé (format version 2)" in capsys.readouterr().out
    assert _cli(store, "trust", "accept", forged_id, "--fingerprint", "ab12 " * 15 + "ab12") == 0
    refused(store, unsigned, "n'est pas signé (format version 2)", "quelqu'un d'autre", capsys=capsys)


def test_a_replayed_file_changes_nothing(store, sender, tmp_path, capsys):
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx"), "--trust-new") == 0
    with sender.write() as session:
        session.query(Actor).first().name = "Nom changé"
    export_sync_file(sender, tmp_path / "second.xlsx")
    assert _cli(store, "sync", "import", str(tmp_path / "second.xlsx")) == 0
    capsys.readouterr()
    before = snapshot(store)
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx")) == 0
    out = capsys.readouterr().out
    assert "l'envoi n° 2 a déjà été appliqué" in out and "premier.xlsx" in out
    assert snapshot(store) == before


def test_a_revoked_catalyseur_is_refused_whatever_its_key(store, sender, tmp_path, capsys):
    who = _catalyseur_id(sender)
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx"), "--trust-new") == 0
    assert _cli(store, "trust", "revoke", who) == 0
    assert "seront désormais refusés" in capsys.readouterr().out
    with sender.write() as session:
        session.query(Actor).first().name = "Nom changé"
    export_sync_file(sender, tmp_path / "second.xlsx")
    refused(store, tmp_path / "second.xlsx", "la confiance en", "a été retirée", capsys=capsys)
    refused(store, tmp_path / "second.xlsx", "trust in", "was revoked", capsys=capsys, lang="en")
    assert _cli(store, "trust", "accept", who) == 0
    assert "confiance rétablie" in capsys.readouterr().out
    assert _cli(store, "sync", "import", str(tmp_path / "second.xlsx")) == 0
