from itertools import pairwise

from reportlab.graphics.shapes import Drawing

from catalyseur_app.reports.charts import bar_chart, radar_chart
from catalyseur_app.reports.fonts import drawable, paragraph_text
from catalyseur_app.reports.pdf_base import SERIES, grey_level


def test_series_colours_stay_apart_in_greyscale():
    greys = sorted(grey_level(colour) for colour in SERIES)
    assert all(b - a >= 30 for a, b in pairwise(greys)), greys


def test_french_text_is_kept_and_what_the_font_lacks_is_dropped():
    french = "Œuvre « été » l’Ÿonne — ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜ àâæçéèêëîïôœùûüÿ …"
    assert drawable(french) == french
    assert drawable("A\x00B\x07C\u200bD🦄E\u202fF") == "ABCDE\u202fF"  # controls, zero-width, missing glyph
    assert paragraph_text("a < b & c\nd") == "a &lt; b &amp; c<br/>d"


def test_charts_handle_empty_and_small_inputs():
    assert isinstance(radar_chart(["A", "B"], [None, 50]), Drawing)  # fewer than 3 volets: bars
    assert isinstance(radar_chart(["A", "B", "C"], [None, None, None]), Drawing)
    assert isinstance(bar_chart([], []), Drawing)
    assert isinstance(bar_chart(["Un libellé très long " * 10], [0]), Drawing)
