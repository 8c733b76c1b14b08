"""A PostgreSQL that refuses the login, or that cannot be reached, stops the consolidation at once:
a message naming the server and the role, in French and in English, exit code 2, the password
never shown, and nothing written to the database.

(Already covered elsewhere: a wrong password on ``open_consolidation_store`` and on a database
that does not exist, a socket folder where no server listens, a server going down midway.)
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, inspect

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced

SECRET = "mauvais-secret-42"


@pytest.fixture
def empty_database(pg_cluster) -> str:
    """The name of a new, empty database of the throwaway cluster."""
    name = f"refus_{uuid.uuid4().hex[:10]}"
    pg_cluster.create_database(name)
    return name


def tables(pg_cluster, database: str) -> list[str]:
    engine = create_engine(pg_cluster.url(database))
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
    engine.dispose()
    return names


def consolidate(url: str, inbox, *options: str) -> int:
    return main([*options, "foundation", "consolidate", str(inbox.folder), "--db", url, "--trust-new"])


def test_an_unknown_role_is_refused_naming_the_server_and_the_role(pg_cluster, empty_database, small_inbox, capsys):
    url = pg_cluster.url(empty_database, user="observatoire", password=SECRET)
    assert consolidate(url, small_inbox) == 2
    err = capsys.readouterr().err
    assert "Consolidation refusée" in err and "a refusé la connexion" in err
    assert spaced("« observatoire »") in err and str(pg_cluster.socket_dir) in err
    assert SECRET not in err
    assert tables(pg_cluster, empty_database) == []
    assert consolidate(url, small_inbox, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "refused the login of the user “observatoire”" in err and str(pg_cluster.socket_dir) in err


def test_a_wrong_password_is_refused_naming_the_server_and_the_role(pg_cluster, empty_database, small_inbox, capsys):
    url = pg_cluster.url(empty_database, password=SECRET)
    assert consolidate(url, small_inbox) == 2
    err = capsys.readouterr().err
    assert "a refusé la connexion" in err and spaced("« postgres »") in err and str(pg_cluster.socket_dir) in err
    assert SECRET not in err
    assert tables(pg_cluster, empty_database) == []


def test_a_missing_password_is_named_as_such(pg_cluster, empty_database, small_inbox, capsys, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(pg_cluster.folder / "no-such-pgpass"))
    url = f"postgresql+psycopg://postgres@/{empty_database}?host={pg_cluster.socket_dir}"
    assert consolidate(url, small_inbox) == 2
    err = capsys.readouterr().err
    assert "demande un mot de passe" in err and spaced("« postgres »") in err
    assert tables(pg_cluster, empty_database) == []


def test_a_wrong_port_on_the_servers_socket_is_a_server_that_cannot_be_reached(pg_cluster, empty_database,
                                                                               small_inbox, capsys):
    url = pg_cluster.url(empty_database, password=SECRET) + "&port=1"
    assert consolidate(url, small_inbox) == 2
    err = capsys.readouterr().err
    assert "injoignable" in err and f"{pg_cluster.socket_dir}:1" in err and SECRET not in err
    assert tables(pg_cluster, empty_database) == []


def test_a_wrong_tcp_port_is_a_server_that_cannot_be_reached(small_inbox, capsys):
    url = f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:1/national"  # nothing listens on port 1
    assert consolidate(url, small_inbox) == 2
    err = capsys.readouterr().err
    assert "Consolidation refusée" in err and "injoignable" in err and "127.0.0.1:1" in err and SECRET not in err
    assert consolidate(url, small_inbox, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "The PostgreSQL server “127.0.0.1:1” cannot be reached" in err
