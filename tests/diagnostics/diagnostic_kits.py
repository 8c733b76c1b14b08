"""Small kit workbooks written with openpyxl, as a spreadsheet user would, for the diagnostics tests."""

from __future__ import annotations

import io

import openpyxl

COMMUNE = "01001"

SURVEY_HEADERS = ["type", "name", "label::Français (fr)", "label::English (en)", "hint::Français (fr)",
                  "required", "required_message::Français (fr)", "relevant", "constraint",
                  "constraint_message::Français (fr)", "weight", "axis", "role"]


def survey_rows() -> list[list]:
    return [
        ["begin_group", "situation", "Situation", "Situation", "Où en est la commune ?", None, None, None, None,
         None, None, "urgences", None],
        ["select_one niveau", "q_level", "Niveau d'organisation", "Level", "Choisissez un niveau.", "yes",
         "Choisissez un niveau.", None, None, None, None, None, None],
        ["integer", "q_count", "Combien de personnes ?", "How many?", None, None, None, "${q_level} = 'haut'",
         ". >= 0 and . <= 1000", "Indiquez un nombre entre 0 et 1000.", None, None, None],
        ["date", "q_date", "Depuis quand ?", "Since when?", None, None, None, None, ". <= today()",
         "La date ne peut pas être dans le futur.", None, None, None],
        ["select_one oui_non", "q_prio", "Volet prioritaire ?", "Priority?", None, None, None, None, None, None,
         None, None, "priority"],
        ["end_group", "situation", None, None, None, None, None, None, None, None, None, None, None],
        ["begin_group", "ressources", "Ressources", "Resources", None, None, None, None, None, None, None,
         "redeveloppement", None],
        ["select_one niveau", "r_level", "Ressources disponibles", "Resources", None, None, None, None, None, None,
         2, None, None],
        ["select_multiple mondes", "r_worlds", "Mondes engagés", "Worlds", None, None, None, None, None, None,
         None, None, None],
        ["note", "r_note", "Merci pour vos réponses.", "Thank you.", None, None, None, None, None, None, None, None,
         None],
        ["text", "r_obs", "Observations", "Remarks", None, None, None, None, None, None, None, None, "observation"],
        ["end_group", "ressources", None, None, None, None, None, None, None, None, None, None, None],
    ]


CHOICES = [
    ["list_name", "name", "label::Français (fr)", "label::English (en)", "score"],
    ["niveau", "bas", "Bas", "Low", 0],
    ["niveau", "moyen", "Moyen", "Medium", 1],
    ["niveau", "haut", "Haut", "High", 2],
    ["oui_non", "yes", "Oui", "Yes", None],
    ["oui_non", "no", "Non", "No", None],
    ["mondes", "association", "Associations", "Associations", None],
    ["mondes", "entreprise", "Entreprises", "Businesses", None],
]


def kit_bytes(version: str = "1", *, form_id: str = "test_kit", title: str = "Kit d'essai",
              rows: list[list] | None = None) -> bytes:
    workbook = openpyxl.Workbook()
    survey = workbook.active
    survey.title = "survey"
    survey.append(SURVEY_HEADERS)
    for row in rows if rows is not None else survey_rows():
        survey.append(row)
    choices = workbook.create_sheet("choices")
    for row in CHOICES:
        choices.append(row)
    settings = workbook.create_sheet("settings")
    settings.append(["form_id", "version", "form_title", "default_language"])
    settings.append([form_id, version, title, "Français (fr)"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
