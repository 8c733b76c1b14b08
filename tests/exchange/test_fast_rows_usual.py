"""The shortcut for rows in the usual shape gives exactly what the general cell parser gives, and
hands anything else to it."""

import pytest

from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.xlsx import fast_rows


class Book:
    file_name = "f.xlsx"
    shared_strings = ["zéro", "un"]


def _rows(body: str, monkeypatch, shortcut: bool):
    if not shortcut:
        monkeypatch.setattr(fast_rows, "_usual_cells", lambda body, shared: None)
    text = f'<worksheet><sheetData><row r="7">{body}</row></sheetData></worksheet>'
    try:
        return list(fast_rows.rows(text, Book(), "acteurs"))
    except SyncFileError as error:
        return str(error)
    finally:
        monkeypatch.undo()


BODIES = [
    '<c r="A7" s="8" t="inlineStr"><is><t xml:space="preserve">Réunion &amp; co_x0041_</t></is></c>'
    '<c r="B7" s="1"><v>46100</v></c><c r="C7"/><c r="D7"></c><c r="E7" s="2"><v>46023.5</v></c>',
    '<c r="A7" t="s"><v>1</v></c><c r="AB7" t="inlineStr"><is><t>x</t></is></c>',
    '<c r="A7" t="s"><v></v></c>',  # an empty shared-string index: refused by the general path
    '<c r="A7" t="s"><v>9</v></c>',  # no such shared string
    '<c r="A7" t="s"/>',
    '<c r="A7"><v></v></c><c r="B7" t="inlineStr"><is><t></t></is></c>',
    '<c r="A7"><f>1+1</f><v>2</v></c>',  # a formula
    '<c r="A7" t="inlineStr"><is><r><t>rich</t></r></is></c>',  # rich text
    '<c r="A7" t="inlineStr"><is><t>a</t><t>b</t></is></c>',
    '<c r="A7"><v>1</v></c>junk<c r="B7"><v>2</v></c>',  # something between cells
    '<c r="A7" t="str"><v>&#x41;&lt;</v></c><c r="C7" t="b"><v>1</v></c><c r="D7" t="e"><v>#N/A</v></c>',
    '<c t="n" r="A7"><v>1</v></c>',  # attributes in another order
]


@pytest.mark.parametrize("body", BODIES)
def test_the_usual_shape_shortcut_agrees_with_the_general_parser(body, monkeypatch):
    assert _rows(body, monkeypatch, shortcut=True) == _rows(body, monkeypatch, shortcut=False)


def test_only_rows_wholly_in_the_usual_shape_take_the_shortcut():
    assert fast_rows._usual_cells('<c r="A7"><v>1</v></c>', None) == {0: (None, "1", False)}
    for body in BODIES[6:10]:
        assert fast_rows._usual_cells(body, None) is None
