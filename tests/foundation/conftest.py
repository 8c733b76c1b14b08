"""A real PostgreSQL for the foundation's tests (docs/development.md, "PostgreSQL in tests").

``pg_cluster`` starts one throwaway cluster per test session (per xdist worker) with the machine's
initdb/pg_ctl; ``postgres_url`` gives each test a fresh empty database in it. Tests that use them
are skipped, saying why, only when no PostgreSQL server programs are installed.
"""

import uuid

import pytest

from catalyseur_app.foundation.throwaway_postgres import find_bin_dir, throwaway_cluster


@pytest.fixture(scope="session")
def pg_cluster():
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed: "
                    "apt-get install postgresql to run the PostgreSQL tests")
    with throwaway_cluster() as cluster:
        yield cluster


@pytest.fixture
def postgres_url(pg_cluster):
    """``postgresql+psycopg://…`` URL of a new, empty database."""
    return pg_cluster.create_database(f"test_{uuid.uuid4().hex[:12]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same test on both engines: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "foundation.sqlite")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def small_inbox(tmp_path_factory):
    """Three demo catalyseurs (seeds 1-3; the third sends a second, incremental file)."""
    from demo_inbox import make_demo_inbox

    return make_demo_inbox(tmp_path_factory.mktemp("small-inbox"), range(1, 4))


@pytest.fixture(autouse=True)
def _french_again():
    """``--lang en`` sets the language for the process: the next test starts in French."""
    yield
    from catalyseur_app.messages import set_language

    set_language("fr")


@pytest.fixture(scope="session")
def twenty_inbox(tmp_path_factory):
    """Twenty demo catalyseurs (seeds 101-120), every third sending a second file."""
    from demo_inbox import make_demo_inbox

    return make_demo_inbox(tmp_path_factory.mktemp("twenty-inbox"), range(101, 121))


@pytest.fixture(scope="session")
def twenty_consolidated(twenty_inbox, pg_cluster, tmp_path_factory):
    """The twenty catalyseurs consolidated into a SQLite file and into PostgreSQL: (sqlite, postgresql)."""
    from catalyseur_app.foundation.consolidate import consolidate

    sqlite = str(tmp_path_factory.mktemp("twenty-sqlite") / "national.sqlite")
    postgresql = pg_cluster.create_database("twenty")
    for target in (sqlite, postgresql):
        reports = consolidate(target, twenty_inbox.folder, trust_new=True)
        assert [r.status for r in reports] == ["applied"] * len(reports)
    return sqlite, postgresql
