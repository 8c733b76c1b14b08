"""Progress shown in the diagnostics list, computed without the Qt window."""

import datetime as dt

from diagnostic_kits import COMMUNE

from catalyseur_app.diagnostics.progress import progress_of
from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic

TODAY = dt.date(2026, 3, 15)


def runner_progress(run: DiagnosticRun) -> tuple[int, int]:
    """What the diagnostic page itself shows: answered / to answer over the relevant volets."""
    pairs = [run.state.progress(volet.name) for volet in run.kit.volets if run.state.is_relevant(volet.name)]
    return sum(done for done, _ in pairs), sum(count for _, count in pairs)


def test_counts_answers_and_complete_volets_like_the_diagnostic_page(store, test_kit):
    empty = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    before = progress_of(store, [diagnostic_id])[diagnostic_id].last_change
    for name, value in (("q_level", "haut"), ("q_count", "250"), ("q_date", "01/02/2026"), ("q_prio", "yes"),
                        ("r_worlds", ["association"])):
        assert run.answer(name, value).ok
    progress = progress_of(store, [diagnostic_id, empty])
    mine = progress[diagnostic_id]
    assert (mine.answered, mine.total, mine.volets_complete, mine.volets_total) == (5, 7, 1, 2)
    assert (mine.answered, mine.total) == runner_progress(run)
    assert mine.last_change >= before
    nothing = progress[empty]
    assert (nothing.answered, nothing.total, nothing.volets_complete, nothing.volets_total) == (0, 6, 0, 2)
    run.answer("q_count", "")  # the conditional question emptied no longer counts
    mine = progress_of(store, [diagnostic_id])[diagnostic_id]
    assert (mine.answered, mine.total) == (4, 6)
    assert mine.as_json()["questions"] == 6


def test_no_diagnostics_no_query(store):
    assert progress_of(store, []) == {}
