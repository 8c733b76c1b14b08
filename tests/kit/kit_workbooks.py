"""Small kit workbooks built with openpyxl for the tests: a sound one, and ways to break it."""

from __future__ import annotations

import io

from openpyxl import Workbook

FR = "label::Français (fr)"
EN = "label::English (en)"
SURVEY_HEADER = ["type", "name", FR, EN, "relevant", "constraint", "constraint_message::Français (fr)",
                 "required", "weight", "axis", "show_partnerships", "role", "default"]


def survey_rows() -> list[dict]:
    """Rows of the sound kit; the spreadsheet row of item i is i + 2."""
    return [
        {"type": "begin_group", "name": "v1", FR: "Volet un", EN: "Part one", "axis": "urgences"},  # 2
        {"type": "select_one echelle", "name": "q1", FR: "Question un", EN: "Question one",
         "required": "yes"},  # 3
        {"type": "integer", "name": "n", FR: "Nombre", EN: "Number", "relevant": "${q1} = 'b'",
         "constraint": ". >= 0", "constraint_message::Français (fr)": "Pas de nombre négatif."},  # 4
        {"type": "text", "name": "obs", FR: "Observations", EN: "Remarks", "role": "observation"},  # 5
        {"type": "select_one oui_non", "name": "prio", FR: "Prioritaire ?", EN: "Priority?",
         "role": "priority"},  # 6
        {"type": "end_group"},  # 7
        {"type": "begin_group", "name": "v2", FR: "Volet deux", EN: "Part two", "axis": "redeveloppement",
         "show_partnerships": "yes"},  # 8
        {"type": "select_one echelle", "name": "q2", FR: "Question deux", EN: "Question two", "weight": "2"},  # 9
        {"type": "date", "name": "d", FR: "Date", EN: "Date", "constraint": ". <= today()"},  # 10
        {"type": "end_group"},  # 11
    ]


def choice_rows() -> list[list]:
    return [
        ["list_name", "name", FR, EN, "score"],
        ["echelle", "a", "Faible", "Low", 0],
        ["echelle", "b", "Moyen", "Medium", 1],
        ["echelle", "c", "Fort", "High", 2],
        ["echelle", "nsp", "Ne sait pas", "Don't know", None],
        ["oui_non", "yes", "Oui", "Yes", None],
        ["oui_non", "no", "Non", "No", None],
    ]


def settings_rows() -> list[list]:
    return [["form_id", "version", "form_title", "default_language"],
            ["essai", "1.0", "Kit d'essai", "Français (fr)"]]


def workbook_bytes(survey=None, choices=None, settings=None, *, header=None, drop=(), extra=None) -> bytes:
    """A workbook from rows; ``survey`` rows are dicts keyed by header. ``drop`` omits sheets."""
    survey = survey_rows() if survey is None else survey
    header = SURVEY_HEADER if header is None else header
    sheets = {
        "survey": [header] + [[row.get(column) for column in header] for row in survey],
        "choices": choice_rows() if choices is None else choices,
        "settings": settings_rows() if settings is None else settings,
        **(extra or {}),
    }
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        if title in drop:
            continue
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_row(index: int, **changes) -> list[dict]:
    """The sound survey with row ``index`` (0-based item) changed; None removes a cell."""
    rows = survey_rows()
    rows[index] = {**rows[index], **{key.replace("__", "::"): value for key, value in changes.items()}}
    return rows
