import psycopg
import pytest


def test_the_cluster_answers_and_each_test_gets_its_own_database(pg_cluster, postgres_url):
    conninfo = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        name = connection.execute("SELECT current_database()").fetchone()[0]
    assert int(version) >= 150000
    assert name.startswith("test_") and name in postgres_url


def test_a_wrong_password_is_refused(pg_cluster):
    conninfo = pg_cluster.url(password="wrong").replace("postgresql+psycopg://", "postgresql://")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(conninfo)
