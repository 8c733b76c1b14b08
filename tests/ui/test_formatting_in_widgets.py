"""Numbers and euros in the window follow the interface's language (issue 14 §1): read from the
real widgets, in French and in English."""

import pytest

from catalyseur_app.messages import set_language

NNBSP = "\u202f"


@pytest.mark.parametrize("language, shown", [("fr", f"12{NNBSP}345"), ("en", "12,345")])
def test_the_actors_count_is_grouped_for_the_language(qtbot, window, language, shown):
    set_language(language)
    try:
        page = window.page("actors")
        page._update_count(12345)
        assert shown in page.ui.countLabel.text() and (language == "fr" or NNBSP not in page.ui.countLabel.text())
    finally:
        set_language("fr")


@pytest.mark.parametrize("language, shown", [("fr", f"1{NNBSP}500,50"), ("en", "1,500.50")])
def test_the_partnership_amount_is_shown_and_read_back_in_the_language(qtbot, window, language, shown):
    from catalyseur_app.ui.pages.partnership_editor import format_euros, parse_euros

    set_language(language)
    try:
        editor = window.page("partnerships").editor
        editor.ui.money.setText(format_euros(1500.5))
        assert editor.ui.money.text() == shown
        assert parse_euros(editor.ui.money.text()) == 1500.5
        editor.ui.revertButton.click()  # « Abandonner les modifications »: nothing left to ask at close
    finally:
        set_language("fr")
