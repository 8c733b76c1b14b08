"""Reading a kit workbook into a :class:`Kit`, collecting every problem on the way.

The sheets are read row by row (this module); the cross-references that need the whole
workbook (choice lists, dependencies, cycles, defaults, scoring) are checked in ``checks``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from catalyseur_app.kit import checks
from catalyseur_app.kit.columns import (
    CHOICES_SIMPLE,
    SURVEY_SIMPLE,
    Columns,
    analyse_headers,
    language_code,
    parse_flag,
    parse_number,
    plain_ascii,
)
from catalyseur_app.kit.expressions import Expression, ExpressionError, parse_expression
from catalyseur_app.kit.model import AXES, QUESTION_TYPES, Choice, Kit, Text
from catalyseur_app.kit.problems import KitError, Problem
from catalyseur_app.kit.read_state import ReadState, SurveyRow
from catalyseur_app.kit.sheets import Table, load_tables, read_bytes
from catalyseur_app.messages import t

NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_AXIS_SPELLINGS = {"urgences": "urgences", "urgence": "urgences",
                   "redeveloppement": "redeveloppement", "(re)developpement": "redeveloppement",
                   "developpement": "redeveloppement"}
_ROLE_SPELLINGS = {"observation": "observation", "observations": "observation",
                   "priority": "priority", "priorite": "priority"}
_ALLOWED_TYPES = ", ".join((*QUESTION_TYPES[:4], "select_one LISTE", "select_multiple LISTE", "note",
                            "begin_group", "end_group"))


def load_kit(source: str | Path | bytes) -> Kit:
    """The kit in a workbook (path or bytes); raises :class:`KitError` listing every problem."""
    kit, problems = inspect_kit(source)
    if problems or kit is None:
        raise KitError(problems)
    return kit


def validate_kit_file(source: str | Path | bytes) -> list[Problem]:
    """Every problem of a kit workbook; an empty list when the kit is sound."""
    return inspect_kit(source)[1]


def inspect_kit(source: str | Path | bytes) -> tuple[Kit | None, list[Problem]]:
    """The kit (None when there are problems) and the list of problems."""
    try:
        data, name = read_bytes(source)
        tables = load_tables(data, name)
    except KitError as error:
        return None, error.problems
    return _KitReader(tables, hashlib.sha256(data).hexdigest()).read()


class _KitReader:
    def __init__(self, tables: dict[str, Table], checksum: str) -> None:
        self.tables = tables
        self.checksum = checksum
        self.state = ReadState()

    def read(self) -> tuple[Kit | None, list[Problem]]:
        state = self.state
        settings = self._read_settings()
        survey = self.tables.get("survey")
        choices = self.tables.get("choices")
        survey_columns = choices_columns = None
        if survey is None:
            state.problem("survey", None, None, t("cette feuille est absente du classeur (elle porte les questions)."))
        else:
            survey_columns = self._columns(survey, SURVEY_SIMPLE, ("type", "name"))
        if choices is not None:
            state.has_choices_sheet = True
            choices_columns = self._columns(choices, CHOICES_SIMPLE, ("list_name", "name"))
        self._resolve_languages(settings, survey_columns, choices_columns)
        if survey is not None and survey_columns is not None:
            state.columns = survey_columns
            self._read_survey(survey, survey_columns)
        if choices is not None and choices_columns is not None:
            self._read_choices(choices, choices_columns)
        elif choices is not None:
            state.choices_unreadable = True  # its own problem is reported; no cascade on the lists
        volets, choice_lists = checks.check_and_build(state)
        problems = sorted(state.problems, key=_problem_order)
        if problems:
            return None, problems
        kit = Kit(
            form_id=settings["form_id"],
            version=settings["version"],
            title=settings.get("form_title") or settings["form_id"],
            languages=tuple(state.languages),
            default_language=state.default_language,
            volets=tuple(volets),
            choice_lists={lst.name: lst for lst in choice_lists},
            checksum=self.checksum,
        )
        return kit, []

    # -- settings ------------------------------------------------------------------------
    def _read_settings(self) -> dict[str, str]:
        table = self.tables.get("settings")
        if table is None:
            self.state.problem("settings", None, None,
                               t("cette feuille est absente du classeur (form_id et version y sont obligatoires)."))
            return {}
        headers = {header.strip().lower(): header for header in table.headers if header}
        values = table.rows[0][1] if table.rows else {}
        row_number = table.rows[0][0] if table.rows else 2
        settings: dict[str, str] = {}
        for key in ("form_id", "version", "form_title", "default_language"):
            header = headers.get(key)
            if header is None:
                if key in ("form_id", "version"):
                    self.state.problem("settings", 1, key, t("colonne obligatoire absente."))
                continue
            value = values.get(header, "")
            if value:
                settings[key] = value
            elif key in ("form_id", "version"):
                self.state.problem("settings", row_number, header, t("valeur obligatoire manquante."))
        form_id = settings.get("form_id")
        if form_id and not NAME_PATTERN.match(form_id):
            self.state.problem("settings", row_number, headers["form_id"],
                               t("identifiant « {form_id} » invalide : il commence par une lettre ou _ et ne contient "
                                 "que des lettres sans accent, des chiffres, _, - ou des points.", form_id=form_id))
        return settings

    def _columns(self, table: Table, simple: tuple[str, ...], required: tuple[str, ...]) -> Columns | None:
        columns, problems = analyse_headers(table.title, table.headers, simple)
        self.state.problems.extend(problems)
        missing = [name for name in required if name not in columns.simple]
        if "label" not in columns.translated:
            missing.append("label")
        for name in missing:
            self.state.problem(table.title, 1, name,
                               t("colonne obligatoire absente (par exemple « label::Français (fr) »).")
                               if name == "label" else t("colonne obligatoire absente."))
        return None if any(name in ("type", "name", "list_name") for name in missing) else columns

    def _resolve_languages(self, settings: dict[str, str], *all_columns: Columns | None) -> None:
        languages: list[str] = []
        for columns in all_columns:
            for code in columns.languages if columns else ():
                if code not in languages:
                    languages.append(code)
        wanted = settings.get("default_language")
        if wanted:
            code = language_code(wanted)
            if languages and code not in languages:
                self.state.problem("settings", 2, "default_language",
                                   t("la langue « {wanted} » n'a aucune colonne de libellés (langues présentes : "
                                     "{languages}).", wanted=wanted, languages=", ".join(languages)))
            default = code
        else:
            default = languages[0] if languages else "fr"
        if default not in languages:
            languages.insert(0, default)
        self.state.languages = languages
        self.state.default_language = default

    def text(self, columns: Columns, base: str, cells: dict[str, str]) -> Text:
        by_language: dict[str, str] = {}
        for code, header in columns.translated.get(base, {}).items():
            value = cells.get(header, "")
            if value and (code is not None or not by_language.get(self.state.default_language)):
                by_language[code or self.state.default_language] = value
        return Text(by_language, self.state.default_language)

    # -- survey --------------------------------------------------------------------------
    def _read_survey(self, table: Table, columns: Columns) -> None:
        state = self.state
        type_header = columns.simple["type"]
        current: SurveyRow | None = None
        depth = 0
        nested_open: list[int] = []
        for index, (number, cells) in enumerate(table.rows):
            type_text = cells.get(type_header, "")
            name = cells.get(columns.simple["name"], "")
            if not type_text:
                state.problem("survey", number, type_header,
                              t("type manquant pour « {name} ».", name=name) if name else t("type manquant."))
                state.rows_by_name.setdefault(name, SurveyRow(number, "invalid", name, index))
                continue
            kind, list_name = self._parse_type(type_text, number, type_header)
            if kind is None:
                # Known by name all the same, so that references to it are not reported too.
                state.rows_by_name.setdefault(name, SurveyRow(number, "invalid", name, index))
                continue
            if kind == "end_group":
                if depth == 0:
                    state.problem("survey", number, type_header, t("end_group sans begin_group correspondant."))
                elif depth > 1:
                    depth -= 1
                    nested_open.pop()
                else:
                    depth, current = 0, None
                continue
            if kind == "begin_group" and depth > 0:
                state.problem("survey", number, type_header,
                              t("les groupes imbriqués ne sont pas pris en charge : fermez le volet « {volet} » "
                                "(end_group) avant d'en ouvrir un autre.", volet=current.name if current else ""))
                depth += 1
                nested_open.append(number)
                continue
            row = self._read_row(number, cells, columns, kind, list_name, name, index)
            if kind == "begin_group":
                depth, current = 1, row
                state.volets.append(row)
            elif current is None:
                state.problem("survey", number, type_header,
                              t("la question « {name} » est hors de tout volet : placez-la entre "
                                "un begin_group et un end_group.", name=name))
            else:
                row.volet = current.name
                current.questions.append(row)
        if current is not None:
            state.problem("survey", current.number, type_header,
                          t("le volet « {volet} » n'est jamais fermé (end_group manquant).", volet=current.name))

    def _parse_type(self, text: str, number: int, header: str) -> tuple[str | None, str | None]:
        words = text.split()
        first = words[0].lower()
        if first in ("begin", "end") and len(words) == 2 and words[1].lower() == "group":
            return f"{first}_group", None
        if first in ("begin_group", "end_group") and len(words) == 1:
            return first, None
        if first in ("select_one", "select_multiple"):
            if len(words) == 1:
                self.state.problem("survey", number, header,
                                   t("il manque le nom de la liste de choix (par exemple « {first} echelle »).",
                                     first=first))
                return None, None
            if len(words) > 2:
                self.state.problem("survey", number, header,
                                   t("« {extra} » n'est pas pris en charge après « {first} {list_name} ».",
                                     extra=" ".join(words[2:]), first=first, list_name=words[1]))
                return None, None
            return first, words[1]
        if first in QUESTION_TYPES and len(words) == 1:
            return first, None
        self.state.problem("survey", number, header,
                           t("type « {text} » inconnu ou non pris en charge (types permis : {allowed}).",
                             text=text, allowed=_ALLOWED_TYPES))
        return None, None

    def _read_row(self, number: int, cells: dict[str, str], columns: Columns, kind: str,
                  list_name: str | None, name: str, index: int) -> SurveyRow:
        state = self.state
        simple = columns.simple
        name_header = simple["name"]
        row = SurveyRow(number=number, kind=kind, name=name, index=index, list_name=list_name)
        what = t("le volet") if kind == "begin_group" else (t("la note") if kind == "note" else t("la question"))
        if not name:
            state.problem("survey", number, name_header, t("nom manquant pour {what}.", what=what))
        elif not NAME_PATTERN.match(name):
            state.problem("survey", number, name_header,
                          t("nom « {name} » invalide : il commence par une lettre ou _ et ne contient que "
                            "des lettres sans accent, des chiffres, _, - ou des points.", name=name))
        elif name in state.rows_by_name:
            state.problem("survey", number, name_header,
                          t("le nom « {name} » est déjà utilisé à la ligne {line}.", name=name,
                            line=state.rows_by_name[name].number))
        else:
            state.rows_by_name[name] = row
        row.label = self.text(columns, "label", cells)
        row.hint = self.text(columns, "hint", cells)
        row.required_message = self.text(columns, "required_message", cells)
        row.constraint_message = self.text(columns, "constraint_message", cells)
        if not row.label and "label" in columns.translated:
            state.problem("survey", number, columns.label_header(),
                          t("libellé manquant pour {what} « {name} ».", what=what, name=name))
        is_question = kind not in ("begin_group", "note")

        def cell(key: str) -> tuple[str | None, str]:
            header = simple.get(key)
            return header, (cells.get(header, "") if header else "")

        def only_for(key: str, allowed: bool, volets_only: bool) -> str:
            header, value = cell(key)
            if value and not allowed:
                state.problem("survey", number, header, t(
                    "la colonne « {header} » ne s'applique qu'aux volets (lignes begin_group).", header=header)
                    if volets_only else t("la colonne « {header} » ne s'applique qu'aux questions.", header=header))
                return ""
            return value

        if value := only_for("required", is_question, False):
            flag = parse_flag(value)
            if flag is None:
                state.problem("survey", number, simple["required"], t("« {value} » : écrivez yes ou no.", value=value))
            row.required = bool(flag)
        if value := cell("relevant")[1]:
            row.relevant = self._expression(value, number, simple["relevant"], allow_current=False)
        if value := only_for("constraint", is_question, False):
            row.constraint = self._expression(value, number, simple["constraint"], allow_current=True)
        row.default_text = only_for("default", is_question, False)
        if value := only_for("weight", is_question, False):
            weight = parse_number(value)
            if weight is None or weight < 0:
                state.problem("survey", number, simple["weight"],
                              t("poids « {value} » invalide : un nombre positif ou nul est attendu.", value=value))
            row.weight = weight if weight is not None and weight >= 0 else None
        if value := only_for("axis", kind == "begin_group", True):
            axis = _AXIS_SPELLINGS.get(plain_ascii(value))
            if axis is None:
                state.problem("survey", number, simple["axis"],
                              t("axe « {value} » inconnu (axes permis : {axes}).", value=value, axes=", ".join(AXES)))
            row.axis = axis
        if value := only_for("show_partnerships", kind == "begin_group", True):
            flag = parse_flag(value)
            if flag is None:
                state.problem("survey", number, simple["show_partnerships"],
                              t("« {value} » : écrivez yes ou no.", value=value))
            row.show_partnerships = bool(flag)
        if value := only_for("role", is_question, False):
            row.role = _ROLE_SPELLINGS.get(plain_ascii(value))
            if row.role is None:
                state.problem("survey", number, simple["role"],
                              t("rôle « {value} » inconnu (rôles permis : observation, priority).", value=value))
        return row

    def _expression(self, source: str, number: int, header: str, *, allow_current: bool) -> Expression | None:
        try:
            expression = parse_expression(source)
        except ExpressionError as error:
            self.state.problem("survey", number, header, error.describe() + ".")
            return None
        if expression.uses_current and not allow_current:
            self.state.problem("survey", number, header,
                               t("« . » (la réponse elle-même) n'est permis que dans une contrainte ; "
                                 "ici, nommez la question avec ${nom}."))
            return None
        return expression

    # -- choices -------------------------------------------------------------------------
    def _read_choices(self, table: Table, columns: Columns) -> None:
        state = self.state
        list_header = columns.simple["list_name"]
        name_header = columns.simple["name"]
        score_header = columns.simple.get("score")
        seen: dict[tuple[str, str], int] = {}
        for number, cells in table.rows:
            list_name = cells.get(list_header, "")
            name = cells.get(name_header, "")
            if not list_name:
                state.problem("choices", number, list_header,
                              t("nom de liste manquant pour le choix « {name} ».", name=name))
                continue
            if not name:
                state.problem("choices", number, name_header,
                              t("nom de choix manquant dans la liste « {list_name} ».", list_name=list_name))
                continue
            if (list_name, name) in seen:
                state.problem("choices", number, name_header,
                              t("le choix « {name} » figure déjà dans la liste « {list_name} » (ligne {line}).",
                                name=name, list_name=list_name, line=seen[list_name, name]))
                continue
            seen[list_name, name] = number
            label = self.text(columns, "label", cells)
            if not label:
                state.problem("choices", number, columns.label_header(),
                              t("libellé manquant pour le choix « {name} ».", name=name))
            score = None
            if score_header and (raw := cells.get(score_header, "")):
                score = parse_number(raw)
                if score is None:
                    state.problem("choices", number, score_header,
                                  t("note « {raw} » invalide : un nombre est attendu.", raw=raw))
            state.choice_lists.setdefault(list_name, []).append(Choice(name, label, score, number))
            state.choice_list_rows.setdefault(list_name, number)


def _problem_order(problem: Problem) -> tuple:
    sheets = {None: 0, "settings": 1, "survey": 2, "choices": 3}
    return (sheets.get(problem.sheet.lower() if problem.sheet else None, 4), problem.row or 0)
