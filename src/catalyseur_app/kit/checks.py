"""Checks that need the whole workbook: choice lists, references, cycles, defaults, scoring."""

from __future__ import annotations

import difflib

from catalyseur_app.kit.answers import NEUTRAL, AnswerValueError, convert_input
from catalyseur_app.kit.model import PRIORITY_CHOICE, ChoiceList, Question, Text, Volet
from catalyseur_app.kit.read_state import ReadState, SurveyRow
from catalyseur_app.messages import t


def check_and_build(state: ReadState) -> tuple[list[Volet], list[ChoiceList]]:
    choice_lists = [ChoiceList(name, tuple(choices)) for name, choices in state.choice_lists.items()]
    by_name = {lst.name: lst for lst in choice_lists}
    _check_lists(state, choice_lists)
    volets: list[Volet] = []
    for volet_row in state.volets:
        _check_references(state, volet_row)
        questions = []
        priorities = 0
        for row in volet_row.questions:
            _check_references(state, row)
            choices = _check_question(state, row, by_name)
            if row.role == "priority":
                priorities += 1
                if priorities == 2:
                    _problem(state, row, "role", t("le volet « {volet} » a déjà une question de priorité.",
                                                   volet=volet_row.name))
            questions.append(_question(state, row, choices))
        volets.append(
            Volet(
                name=volet_row.name,
                label=volet_row.label or _empty(state),
                hint=volet_row.hint or _empty(state),
                axis=volet_row.axis,
                show_partnerships=volet_row.show_partnerships,
                relevant=volet_row.relevant,
                questions=tuple(questions),
                row=volet_row.number,
            )
        )
    _check_cycles(state)
    return volets, choice_lists


def _empty(state: ReadState) -> Text:
    return Text({}, state.default_language)


def _problem(state: ReadState, row: SurveyRow, key: str, message: str) -> None:
    header = state.columns.simple.get(key) if state.columns else None
    state.problem("survey", row.number, header or key, message)


def _check_lists(state: ReadState, lists: list[ChoiceList]) -> None:
    for lst in lists:
        score_range = lst.score_range
        if score_range and score_range[0] == score_range[1]:
            state.problem("choices", state.choice_list_rows[lst.name], "score",
                          t("la liste « {name} » est notée mais toutes ses notes valent {score:g} : "
                            "il faut au moins deux notes différentes.", name=lst.name, score=score_range[0]))


def _check_question(state: ReadState, row: SurveyRow, lists: dict[str, ChoiceList]) -> ChoiceList | None:
    choices = None
    if row.list_name:
        choices = lists.get(row.list_name)
        if choices is None and not state.choices_unreadable:
            where = (t("dans la feuille « choices »") if state.has_choices_sheet
                     else t("(la feuille « choices » est absente)"))
            _problem(state, row, "type", t("la liste de choix « {name} » n'existe pas {where}.",
                                           name=row.list_name, where=where))
        elif choices is not None and row.kind == "select_multiple":
            for choice in choices.choices:
                if " " in choice.name:
                    state.problem("choices", choice.row, "name",
                                  t("le choix « {name} » contient une espace, interdite dans une liste "
                                    "à choix multiples.", name=choice.name))
    if row.role == "observation" and row.kind != "text":
        _problem(state, row, "role", t("une question d'observation doit être de type text."))
    if row.role == "priority":
        if row.kind != "select_one":
            _problem(state, row, "role", t("une question de priorité doit être de type select_one."))
        elif choices is not None and choices.get(PRIORITY_CHOICE) is None:
            _problem(state, row, "role",
                     t("la liste « {name} » d'une question de priorité doit contenir le choix « {choice} ».",
                       name=choices.name, choice=PRIORITY_CHOICE))
    if row.weight is not None:
        scored = row.kind == "select_one" and row.role != "priority" and choices is not None and choices.scored
        if not scored and (choices is not None or not row.list_name):
            _problem(state, row, "weight",
                     t("un poids ne s'applique qu'à une question select_one dont la liste porte des notes (score)."))
    if row.default_text and (choices is not None or not row.list_name):
        probe = Question(row.name, row.kind, _empty(state), _empty(state), "", row.number, row.list_name)
        try:
            convert_input(probe, row.default_text, choices, language=NEUTRAL)
        except AnswerValueError as error:
            _problem(state, row, "default", t("valeur par défaut invalide : {message}", message=error.message))
    return choices


def _question(state: ReadState, row: SurveyRow, choices: ChoiceList | None) -> Question:
    default = None
    if row.default_text:
        probe = Question(row.name, row.kind, _empty(state), _empty(state), "", row.number, row.list_name)
        try:
            default = convert_input(probe, row.default_text, choices, language=NEUTRAL)
        except AnswerValueError:
            default = None
    return Question(
        name=row.name,
        type=row.kind,
        label=row.label or _empty(state),
        hint=row.hint or _empty(state),
        volet=row.volet or "",
        row=row.number,
        list_name=row.list_name,
        required=row.required,
        required_message=row.required_message or None,
        relevant=row.relevant,
        constraint=row.constraint,
        constraint_message=row.constraint_message or None,
        default=default,
        weight=row.weight,
        role=row.role,
    )


def _check_references(state: ReadState, row: SurveyRow) -> None:
    for key, expression in (("relevant", row.relevant), ("constraint", row.constraint)):
        if expression is None:
            continue
        for name in expression.references:
            target = state.rows_by_name.get(name)
            if target is None:
                earlier = [n for n, r in state.rows_by_name.items() if r.index < row.index]
                close = difflib.get_close_matches(name, earlier, n=1) or difflib.get_close_matches(
                    name, list(state.rows_by_name), n=1)
                _problem(state, row, key, t("${{{name}}} désigne une question qui n'existe pas (vouliez-vous dire "
                                            "${{{close}}} ?).", name=name, close=close[0]) if close else
                         t("${{{name}}} désigne une question qui n'existe pas.", name=name))
            elif target is row or target.kind == "invalid":
                continue  # in a constraint it means "."; in relevant it is reported as a cycle
            elif target.kind == "begin_group":
                _problem(state, row, key, t("${{{name}}} désigne un volet, pas une question.", name=name))
            elif target.kind == "note":
                _problem(state, row, key, t("${{{name}}} désigne une note, qui n'a pas de réponse.", name=name))
            elif target.index > row.index:
                _problem(state, row, key,
                         t("${{{name}}} désigne une question qui vient plus loin (ligne {line}) : "
                           "une condition ne peut dépendre que des questions précédentes.",
                           name=name, line=target.number))


def _check_cycles(state: ReadState) -> None:
    """Relevance depends on the referenced answers and on the volet's own relevance."""
    graph: dict[str, list[str]] = {}
    for volet in state.volets:
        if state.rows_by_name.get(volet.name) is not volet:
            continue
        graph[volet.name] = list(volet.relevant.references) if volet.relevant else []
        for row in volet.questions:
            if state.rows_by_name.get(row.name) is not row:
                continue
            edges = list(row.relevant.references) if row.relevant else []
            graph[row.name] = [*edges, volet.name]
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph, white)
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        colour[node] = grey
        path.append(node)
        for target in graph.get(node, ()):
            if target not in colour:
                continue
            if colour[target] == grey:
                cycle = path[path.index(target):]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    first = min((state.rows_by_name[n] for n in cycle), key=lambda r: r.index)
                    start = cycle.index(first.name)
                    ordered = cycle[start:] + cycle[:start] + [first.name]
                    _problem(state, first, "relevant",
                             t("cycle de pertinence : {cycle} ; ces conditions dépendent "
                               "les unes des autres et ne peuvent pas être évaluées.", cycle=" → ".join(ordered)))
            elif colour[target] == white:
                visit(target, path)
        path.pop()
        colour[node] = black

    for node in graph:
        if colour[node] == white:
            visit(node, [])
