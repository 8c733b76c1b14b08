"""The inspiring examples workbook the foundation's staff fill in Excel (docs/pack-format.md).

One sheet « exemples », a header row, one example per row:

    Identifiant | Titre | Territoire | Partenaires | Forme | ODD | Ce qui a été fait | Résultats

Titre is required; Forme is a partnership form (its code or its French label); ODD lists numbers
from 1 to 17 separated by « ; » or « , ». Identifiant is optional: without it the example is known
by its title, so importing the same workbook again updates the examples instead of adding them.
Every problem is reported with its sheet, row and column; one problem and nothing is imported.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from catalyseur_app.domain.text import fold
from catalyseur_app.domain.vocabularies import PARTNERSHIP_FORMS
from catalyseur_app.messages import t

SHEET = "exemples"
COLUMNS = (  # (key, French header, required)
    ("id", "Identifiant", False), ("title", "Titre", True), ("territory", "Territoire", False),
    ("partners", "Partenaires", False), ("form", "Forme", False), ("odds", "ODD", False),
    ("what_was_done", "Ce qui a été fait", False), ("results", "Résultats", False),
)
_EXAMPLE_NAMESPACE = uuid.UUID("6f1c2d3e-8a41-4c0f-9a57-3b1f0e5c7d20")
_ODD_SPLIT = re.compile(r"[;,\s]+")
MAX_TEXT = 5000


class ExamplesSheetError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def example_id(title: str) -> str:
    """The identifier of an example given without one: derived from its title."""
    return str(uuid.uuid5(_EXAMPLE_NAMESPACE, fold(title.strip())))


def read_examples(path: str | Path) -> list[dict]:
    """The examples of the workbook, checked; ExamplesSheetError lists every problem."""
    from python_calamine import CalamineError, CalamineWorkbook

    path = Path(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as error:
        raise ExamplesSheetError([t("« {name} » n'est pas un classeur Excel lisible ({error}).",
                                    name=path.name, error=error)]) from None
    if SHEET not in workbook.sheet_names:
        raise ExamplesSheetError([t("« {name} » n'a pas de feuille « {sheet} » (feuilles trouvées : {sheets}).",
                                    name=path.name, sheet=SHEET, sheets=", ".join(workbook.sheet_names))])
    rows = workbook.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    if not rows:
        raise ExamplesSheetError([t("La feuille « {sheet} » de « {name} » est vide.", sheet=SHEET, name=path.name)])
    headers = {fold(str(cell).strip()): index for index, cell in enumerate(rows[0]) if str(cell).strip()}
    positions, problems = {}, []
    for key, header, required in COLUMNS:
        if fold(header) in headers:
            positions[key] = headers[fold(header)]
        elif required:
            problems.append(t("Feuille « {sheet} » : la colonne « {column} » manque à la ligne 1.",
                              sheet=SHEET, column=header))
    if problems:
        raise ExamplesSheetError(problems)
    examples: list = []
    seen: dict = {}
    for number, row in enumerate(rows[1:], start=2):
        values = {key: _text(row[index] if index < len(row) else "") for key, index in positions.items()}
        if not any(values.values()):
            continue
        example = _example(values, number, problems)
        if example is None:
            continue
        if example["id"] in seen:
            problems.append(_where(number, "Titre", t("cet exemple figure déjà à la ligne {first}.",
                                                      first=seen[example["id"]])))
            continue
        seen[example["id"]] = number
        examples.append(example)
    if problems:
        raise ExamplesSheetError(problems)
    return examples


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def _where(row: int, column: str, message: str) -> str:
    return t("Feuille « {sheet} », ligne {row}, colonne « {column} » : {message}",
             sheet=SHEET, row=row, column=column, message=message)


def _example(values: dict[str, str], row: int, problems: list[str]) -> dict | None:
    before = len(problems)
    if not values.get("title"):
        problems.append(_where(row, "Titre", t("le titre est obligatoire.")))
    for key, header, _required in COLUMNS:
        if len(values.get(key, "")) > MAX_TEXT:
            problems.append(_where(row, header, t("le texte dépasse {limit} caractères.", limit=MAX_TEXT)))
    form = _form(values.get("form", ""))
    if form is None:
        problems.append(_where(row, "Forme", t("« {value} » n'est pas une forme de partenariat ({forms}).",
                                               value=values["form"],
                                               forms=", ".join(term.fr for term in PARTNERSHIP_FORMS))))
    odds = []
    for part in _ODD_SPLIT.split(values.get("odds", "")):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 17:
            problems.append(_where(row, "ODD", t("« {value} » : les ODD sont numérotés de 1 à 17.", value=part)))
            break
        odds.append(int(part))
    if len(problems) > before:
        return None
    identifier = values.get("id") or example_id(values["title"])
    return {"id": identifier[:36], "title": values["title"], "territory": values.get("territory", ""),
            "partners": values.get("partners", ""), "form": form, "odds": sorted(set(odds)),
            "what_was_done": values.get("what_was_done", ""), "results": values.get("results", "")}


def _form(value: str) -> str | None:
    """The form's code from its code or its French or English label; "" when empty; None when unknown."""
    if not value:
        return ""
    wanted = fold(value)
    for term in PARTNERSHIP_FORMS:
        if wanted in (fold(term.code), fold(term.fr), fold(term.en)):
            return term.code
    return None
