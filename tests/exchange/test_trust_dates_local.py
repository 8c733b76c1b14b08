"""The trust registry's dates on the command line (``trust list``, a refused file) are written by
``formatting.format_date`` in the chosen language, on the day it is here: the store keeps UTC, and
22:30 UTC on 14 March is already 15 March in a time zone nine hours ahead."""

import time
from datetime import UTC, datetime

import pytest
from exchange_factory import populate
from exchange_files import refused

from catalyseur_app import messages
from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.profile import own_profile
from catalyseur_app.store.models import Actor, TrustedKey

LATE_EVENING_UTC = datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
FINGERPRINT = " ".join(["ab12"] * 16)


@pytest.fixture
def nine_hours_ahead(monkeypatch):
    monkeypatch.setenv("TZ", "JST-9")  # POSIX form: UTC+9, no time-zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _cli(store, *args):
    store.close()
    try:
        return main(["--data-dir", str(store.data_dir), *args])
    finally:
        messages.set_language("fr")
        store.__init__(store.data_dir, store.engine, None)


def _stamp(store, catalyseur_id, **moments):
    with store.write() as session:
        for key in session.query(TrustedKey).filter_by(catalyseur_id=catalyseur_id):
            for name, value in moments.items():
                setattr(key, name, value)


@pytest.mark.parametrize("language, accepted, revoked", [
    ("fr", "accepté le 15/03/2026", "révoqué le 15/03/2026"),
    ("en", "accepted on 15/03/2026", "revoked on 15/03/2026"),
])
def test_trust_list_writes_the_local_day(store, nine_hours_ahead, capsys, language, accepted, revoked):
    assert _cli(store, "trust", "accept", "cat-accepte", "--fingerprint", FINGERPRINT) == 0
    assert _cli(store, "trust", "accept", "cat-revoque", "--fingerprint", FINGERPRINT) == 0
    assert _cli(store, "trust", "revoke", "cat-revoque") == 0
    _stamp(store, "cat-accepte", accepted_at=LATE_EVENING_UTC)
    _stamp(store, "cat-revoque", revoked_at=LATE_EVENING_UTC)
    capsys.readouterr()
    assert _cli(store, "--lang", language, "trust", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("cat-accepte ")][0].endswith(accepted)
    assert [line for line in lines if line.startswith("cat-revoque ")][0].endswith(revoked)


@pytest.mark.parametrize("language, fragment", [("fr", "a été retirée le 15/03/2026 ;"),
                                                ("en", "was revoked on 15/03/2026;")])
def test_a_refused_file_gives_the_local_day_of_the_revocation(store, other_store, nine_hours_ahead, tmp_path,
                                                               capsys, language, fragment):
    populate(other_store)
    export_sync_file(other_store, tmp_path / "premier.xlsx", full=True)
    with other_store.read() as session:
        who = own_profile(session).id
    assert _cli(store, "sync", "import", str(tmp_path / "premier.xlsx"), "--trust-new") == 0
    assert _cli(store, "trust", "revoke", who) == 0
    _stamp(store, who, revoked_at=LATE_EVENING_UTC)
    with other_store.write() as session:
        session.query(Actor).first().name = "Nom changé"
    export_sync_file(other_store, tmp_path / "second.xlsx")
    expected = spaced(fragment) if language == "fr" else fragment
    refused(store, tmp_path / "second.xlsx", expected, capsys=capsys, lang=language)
