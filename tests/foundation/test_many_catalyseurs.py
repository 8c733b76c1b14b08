"""Twenty demo catalyseurs consolidated into both engines: the same store, the sum of theirs."""

from demo_inbox import TRAVELLING
from sqlalchemy import func, select, text

from catalyseur_app.foundation.database import make_engine
from catalyseur_app.foundation.models import FoundationBase


def _snapshot(url):
    engine = make_engine(url)
    with engine.connect() as connection:
        snapshot = {
            "total": {k.name: connection.scalar(select(func.count()).select_from(k.table)) for k in TRAVELLING},
            "live": {k.name: connection.scalar(select(func.count()).select_from(k.table)
                                               .where(k.table.c.deleted_at.is_(None))) for k in TRAVELLING},
            "foundation": {name: connection.scalar(select(func.count()).select_from(table))
                           for name, table in FoundationBase.metadata.tables.items()},
            "odds": connection.execute(
                text("SELECT odd, count(*) FROM partnership_odds GROUP BY odd ORDER BY odd")).all(),
            "national": connection.execute(text("SELECT national_key, count(*) FROM foundation_actor_links "
                                                "GROUP BY national_key ORDER BY national_key")).all(),
        }
    engine.dispose()
    return snapshot


def test_both_engines_hold_the_same_consolidation_and_the_sum_of_the_stores(twenty_inbox, twenty_consolidated):
    sqlite, postgresql = (_snapshot(url) for url in twenty_consolidated)
    assert sqlite == postgresql
    assert sqlite["total"] == {k: twenty_inbox.total[k] for k in sqlite["total"]}
    assert sqlite["live"] == {k: twenty_inbox.live[k] for k in sqlite["live"]}
    assert sqlite["foundation"]["foundation_files"] == len(list(twenty_inbox.folder.iterdir())) > 20
    assert sqlite["foundation"]["foundation_record_sources"] == sum(twenty_inbox.total.values())
    assert sqlite["total"]["profile"] == 20
