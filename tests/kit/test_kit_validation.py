"""Kit validation on a corpus of broken workbooks: each problem with its sheet, row and column."""

import io
import zipfile

import openpyxl
import pytest
from kit_workbooks import EN, FR, SURVEY_HEADER, choice_rows, survey_rows, with_row, workbook_bytes

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.kit import KitError, Problem, load_kit, validate_kit_file


def problems_of(data: bytes) -> list[Problem]:
    return validate_kit_file(data)


def test_sound_kit_has_no_problem_and_loads_from_bytes_and_path(tmp_path):
    data = workbook_bytes()
    assert problems_of(data) == []
    kit = load_kit(data)
    assert (kit.form_id, kit.version, kit.title) == ("essai", "1.0", "Kit d'essai")
    assert kit.languages == ("fr", "en") and kit.default_language == "fr"
    assert [v.name for v in kit.volets] == ["v1", "v2"]
    assert [q.name for q in kit.volet("v1").questions] == ["q1", "n", "obs", "prio"]
    assert kit.volet("v2").show_partnerships and not kit.volet("v1").show_partnerships
    assert kit.volet("v1").axis == "urgences" and kit.volet("v2").axis == "redeveloppement"
    assert kit.question("n").constraint_message.get("en") == "Pas de nombre négatif."  # falls back to French
    assert kit.question("q1").label.get("en") == "Question one"
    assert kit.volet("v1").priority_question.name == "prio"
    assert kit.choice_lists["echelle"].score_range == (0, 2)
    path = tmp_path / "kit.xlsx"
    path.write_bytes(data)
    assert load_kit(path).checksum == kit.checksum


def test_load_kit_raises_with_every_problem():
    rows = with_row(1, type="calculate")
    rows[3]["relevant"] = "${inconnu} = 1"
    with pytest.raises(KitError) as caught:
        load_kit(workbook_bytes(rows))
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "type"), (5, "relevant")]
    assert spaced("feuille « survey », ligne 3, colonne « type » : type « calculate » inconnu") in str(caught.value)


def single(data: bytes) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]


# -- files that are not usable workbooks ------------------------------------------------------

def test_not_a_workbook():
    assert problems_of(b"type,name\ntext,a\n") == [
        Problem(None, None, None, spaced("Le fichier « classeur » n'est pas un classeur Excel (.xlsx)."))]


def test_not_a_workbook_named_by_path(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("bonjour")
    assert [str(p) for p in validate_kit_file(path)] == [
        spaced("Le fichier « notes.xlsx » n'est pas un classeur Excel (.xlsx).")]


def test_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bonjour.txt", "bonjour")
    (problem,) = problems_of(buffer.getvalue())
    assert problem.message.startswith(spaced("Le fichier « classeur » n'est pas un classeur Excel lisible"))


def test_empty_file():
    assert problems_of(b"") == [Problem(None, None, None, spaced("Le fichier « classeur » est vide."))]


def test_missing_file(tmp_path):
    assert [p.message for p in validate_kit_file(tmp_path / "absent.xlsx")] == [
        spaced(f"Le fichier « {tmp_path / 'absent.xlsx'} » n'existe pas.")]


def _compound_file(*stream_names: str) -> bytes:
    """Bytes shaped like an OLE compound file: the signature, then directory entry names."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for name in stream_names)
    return header + directory


def test_password_protected_workbook():
    # An encrypted .xlsx is a compound file holding EncryptionInfo and EncryptedPackage streams.
    data = _compound_file("Root Entry", "EncryptionInfo", "EncryptedPackage")
    assert problems_of(data) == [Problem(None, None, None,
                                         spaced("Le classeur « classeur » est protégé par un mot de passe (fichier "
                                         "chiffré) : enregistrez-le sans mot de passe puis recommencez."))]


def test_old_xls_workbook():
    (problem,) = problems_of(_compound_file("Root Entry", "Workbook"))
    assert "Excel 97-2003 (.xls)" in problem.message


def test_empty_workbook():
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    assert problems_of(buffer.getvalue()) == [Problem(None, None, None, spaced("Le classeur « classeur » est vide."))]


def test_defusedxml_must_be_active(monkeypatch):
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    (problem,) = problems_of(workbook_bytes())
    assert "defusedxml n'est pas active" in problem.message


# -- sheets, columns and settings -------------------------------------------------------------

@pytest.mark.parametrize(
    "sheet, message",
    [
        ("survey", "cette feuille est absente du classeur (elle porte les questions)."),
        ("settings", "cette feuille est absente du classeur (form_id et version y sont obligatoires)."),
    ],
)
def test_missing_sheet(sheet, message):
    assert single(workbook_bytes(drop=(sheet,))) == Problem(sheet, None, None, message)


def test_missing_choices_sheet_names_each_select():
    problems = problems_of(workbook_bytes(drop=("choices",)))
    assert [(p.row, p.column) for p in problems] == [(3, "type"), (6, "type"), (9, "type")]
    assert problems[0].message == (spaced("la liste de choix « echelle » n'existe pas "
                                   "(la feuille « choices » est absente)."))


@pytest.mark.parametrize("column", ["type", "name"])
def test_missing_survey_column(column):
    header = [h for h in SURVEY_HEADER if h != column]
    assert single(workbook_bytes(header=header)) == Problem("survey", 1, column, "colonne obligatoire absente.")


def test_missing_label_columns():
    header = [h for h in SURVEY_HEADER if not h.startswith("label")]
    assert single(workbook_bytes(header=header)) == Problem(
        "survey", 1, "label", spaced("colonne obligatoire absente (par exemple « label::Français (fr) »)."))


def test_missing_choices_column():
    choices = [row[1:] for row in choice_rows()]
    assert single(workbook_bytes(choices=choices)) == Problem("choices", 1, "list_name", "colonne obligatoire absente.")


def test_duplicate_column():
    header = SURVEY_HEADER + ["label::fr"]
    assert single(workbook_bytes(header=header)) == Problem(
        "survey", 1, "label::fr", spaced("la colonne « label::fr » apparaît deux fois (déjà « label::Français (fr) »)."))


def test_missing_settings():
    settings = [["form_title", "version"], ["Titre", ""]]
    assert problems_of(workbook_bytes(settings=settings)) == [
        Problem("settings", 1, "form_id", "colonne obligatoire absente."),
        Problem("settings", 2, "version", "valeur obligatoire manquante."),
    ]


def test_invalid_form_id_and_unknown_default_language():
    settings = [["form_id", "version", "default_language"], ["mon kit", "1", "Deutsch (de)"]]
    assert problems_of(workbook_bytes(settings=settings)) == [
        Problem("settings", 2, "form_id", spaced("identifiant « mon kit » invalide : il commence par une lettre ou _ et "
                                          "ne contient que des lettres sans accent, des chiffres, _, - ou des points.")),
        Problem("settings", 2, "default_language", spaced("la langue « Deutsch (de) » n'a aucune colonne de libellés "
                                                   "(langues présentes : fr, en).")),
    ]


# -- survey rows ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "index, changes, expected",
    [
        (1, {"type": "calculate"}, (3, "type", spaced("type « calculate » inconnu ou non pris en charge (types permis : "
                                   "text, integer, decimal, date, select_one LISTE, select_multiple LISTE, note, "
                                   "begin_group, end_group)."))),
        (1, {"type": "select_one"}, (3, "type", spaced("il manque le nom de la liste de choix (par exemple "
                                     "« select_one echelle »)."))),
        (1, {"type": "select_one echelle or_other"}, (3, "type", spaced("« or_other » n'est pas pris en charge après "
                                                     "« select_one echelle »."))),
        (1, {"type": None}, (3, "type", spaced("type manquant pour « q1 »."))),
        (1, {"type": "select_one echele"}, (3, "type", spaced("la liste de choix « echele » n'existe pas dans la "
                                           "feuille « choices »."))),
        (3, {"name": None}, (5, "name", "nom manquant pour la question.")),
        (3, {"name": "2a"}, (5, "name", spaced("nom « 2a » invalide : il commence par une lettre ou _ et ne contient que "
                             "des lettres sans accent, des chiffres, _, - ou des points."))),
        (2, {"name": "q1", "relevant": None}, (4, "name", spaced("le nom « q1 » est déjà utilisé à la ligne 3."))),
        (1, {FR: None, EN: None}, (3, "label::Français (fr)", spaced("libellé manquant pour la question « q1 »."))),
        (1, {"required": "peut-être"}, (3, "required", spaced("« peut-être » : écrivez yes ou no."))),
        (2, {"relevant": "${q} = 'b'"}, (4, "relevant", "${q} désigne une question qui n'existe pas "
                                         "(vouliez-vous dire ${q1}\u202f?).")),
        (2, {"relevant": "${obs} = 'b'"}, (4, "relevant", spaced("${obs} désigne une question qui vient plus loin "
                                           "(ligne 5) : une condition ne peut dépendre que des questions "
                                           "précédentes."))),
        (2, {"constraint": ". < ${q2}"}, (4, "constraint", spaced("${q2} désigne une question qui vient plus loin "
                                          "(ligne 9) : une condition ne peut dépendre que des questions "
                                          "précédentes."))),
        (2, {"relevant": "${v1} = 'b'"}, (4, "relevant", "${v1} désigne un volet, pas une question.")),
        (2, {"relevant": "${q1} = 'b' and"}, (4, "relevant", spaced("expression invalide au caractère 16 : l'expression "
                                              "s'arrête trop tôt : une valeur est attendue."))),
        (2, {"constraint": ". >= 0)"}, (4, "constraint", spaced("expression invalide au caractère 7 : « ) » inattendu "
                                        "ici (opérateur manquant ?)."))),
        (2, {"relevant": ". = 'b'"}, (4, "relevant", spaced("« . » (la réponse elle-même) n'est permis que dans une "
                                      "contrainte ; ici, nommez la question avec ${nom}."))),
        (2, {"relevant": "${n} > 0"}, (4, "relevant", spaced("cycle de pertinence : n → n ; ces conditions dépendent "
                                       "les unes des autres et ne peuvent pas être évaluées."))),
        (0, {"constraint": ". = 1"}, (2, "constraint", spaced("la colonne « constraint » ne s'applique qu'aux questions."))),
        (0, {"axis": "relance"}, (2, "axis", spaced("axe « relance » inconnu (axes permis : urgences, redeveloppement)."))),
        (1, {"axis": "urgences"}, (3, "axis", spaced("la colonne « axis » ne s'applique qu'aux volets (lignes "
                                   "begin_group)."))),
        (0, {"show_partnerships": "bof"}, (2, "show_partnerships", spaced("« bof » : écrivez yes ou no."))),
        (2, {"weight": "lourd"}, (4, "weight", spaced("poids « lourd » invalide : un nombre positif ou nul est attendu."))),
        (2, {"weight": "-1"}, (4, "weight", spaced("poids « -1 » invalide : un nombre positif ou nul est attendu."))),
        (2, {"weight": "2"}, (4, "weight", "un poids ne s'applique qu'à une question select_one dont la liste "
                              "porte des notes (score).")),
        (3, {"role": "synthese"}, (5, "role", spaced("rôle « synthese » inconnu (rôles permis : observation, "
                                   "priority)."))),
        (2, {"role": "observation"}, (4, "role", "une question d'observation doit être de type text.")),
        (4, {"type": "text"}, (6, "role", "une question de priorité doit être de type select_one.")),
        (4, {"type": "select_one echelle"}, (6, "role", spaced("la liste « echelle » d'une question de priorité doit "
                                             "contenir le choix « yes »."))),
        (2, {"default": "beaucoup"}, (4, "default", spaced("valeur par défaut invalide : Veuillez saisir un nombre "
                                      "entier, par exemple 12."))),
        (1, {"default": "z"}, (3, "default", spaced("valeur par défaut invalide : « z » ne fait pas partie des choix "
                               "proposés."))),
        (8, {"default": "31/02/2024"}, (10, "default", spaced("valeur par défaut invalide : La date « 31/02/2024 » "
                                        "n'existe pas dans le calendrier."))),
    ],
)
def test_survey_row_problem(index, changes, expected):
    rows = survey_rows()
    rows[index] = {**rows[index], **changes}
    assert single(workbook_bytes(rows)) == Problem("survey", *expected)


def test_reference_to_a_note():
    rows = survey_rows()
    rows.insert(1, {"type": "note", "name": "info", FR: "À lire", EN: "Read"})
    rows[3]["relevant"] = "${info} = ''"
    assert single(workbook_bytes(rows)) == Problem("survey", 5, "relevant",
                                                   "${info} désigne une note, qui n'a pas de réponse.")


def test_relevance_cycle_between_two_questions():
    rows = survey_rows()
    rows[1]["relevant"] = "${n} > 1"  # q1 (row 3) depends on n (row 4) which depends on q1
    assert problems_of(workbook_bytes(rows)) == [
        Problem("survey", 3, "relevant", spaced("${n} désigne une question qui vient plus loin (ligne 4) : une condition "
                                         "ne peut dépendre que des questions précédentes.")),
        Problem("survey", 3, "relevant", spaced("cycle de pertinence : q1 → n → q1 ; ces conditions dépendent les unes "
                                         "des autres et ne peuvent pas être évaluées.")),
    ]


def test_volet_relevance_on_its_own_question_is_a_cycle():
    rows = survey_rows()
    rows[6]["relevant"] = "${q2} = 'a'"
    problems = problems_of(workbook_bytes(rows))
    assert [(p.row, p.column) for p in problems] == [(8, "relevant"), (8, "relevant")]
    assert problems[1].message.startswith(spaced("cycle de pertinence : v2 → q2 → v2"))


def test_two_priority_questions_in_a_volet():
    rows = survey_rows()
    rows.insert(5, {"type": "select_one oui_non", "name": "prio2", FR: spaced("Encore ?"), EN: "Again?", "role": "priority"})
    assert single(workbook_bytes(rows)) == Problem("survey", 7, "role",
                                                   spaced("le volet « v1 » a déjà une question de priorité."))


@pytest.mark.parametrize(
    "rows_change, expected",
    [
        (lambda rows: rows.pop(5), ("survey", 2, "type", spaced("le volet « v1 » n'est jamais fermé (end_group manquant)."))),
        (lambda rows: rows.insert(0, {"type": "end_group"}),
         ("survey", 2, "type", "end_group sans begin_group correspondant.")),
        (lambda rows: rows.insert(0, {"type": "text", "name": "seul", FR: "Seul", EN: "Alone"}),
         ("survey", 2, "type", spaced("la question « seul » est hors de tout volet : placez-la entre un begin_group et "
                               "un end_group."))),
    ],
)
def test_unbalanced_groups(rows_change, expected):
    rows = survey_rows()
    rows_change(rows)
    problems = problems_of(workbook_bytes(rows))
    assert Problem(*expected) in problems


def test_end_group_without_begin_group_is_the_only_problem():
    rows = survey_rows()
    rows.append({"type": "end_group"})
    assert single(workbook_bytes(rows)) == Problem("survey", 12, "type", "end_group sans begin_group correspondant.")


def test_nested_group_refused():
    rows = survey_rows()
    rows[2:2] = [{"type": "begin_group", "name": "sous", FR: "Sous-groupe", EN: "Sub"},
                 {"type": "text", "name": "t", FR: "T", EN: "T"}, {"type": "end_group"}]
    assert single(workbook_bytes(rows)) == Problem(
        "survey", 4, "type", spaced("les groupes imbriqués ne sont pas pris en charge : fermez le volet « v1 » "
                             "(end_group) avant d'en ouvrir un autre."))


# -- choices ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda rows: rows[2].__setitem__(4, "beaucoup"), ("choices", 3, "score",
                                                           spaced("note « beaucoup » invalide : un nombre est attendu."))),
        (lambda rows: rows[3].__setitem__(1, "a"), ("choices", 4, "name",
                                                    spaced("le choix « a » figure déjà dans la liste « echelle » "
                                                    "(ligne 2)."))),
        (lambda rows: rows[3].__setitem__(0, None), ("choices", 4, "list_name",
                                                     spaced("nom de liste manquant pour le choix « c »."))),
        (lambda rows: rows[3].__setitem__(1, None), ("choices", 4, "name",
                                                     spaced("nom de choix manquant dans la liste « echelle »."))),
        (lambda rows: rows[6].__setitem__(2, None) or rows[6].__setitem__(3, None),
         ("choices", 7, "label::Français (fr)", spaced("libellé manquant pour le choix « no »."))),
        (lambda rows: [row.__setitem__(4, 1) for row in rows[1:4]],
         ("choices", 2, "score", spaced("la liste « echelle » est notée mais toutes ses notes valent 1 : il faut au "
                                 "moins deux notes différentes."))),
    ],
)
def test_choices_problem(change, expected):
    rows = choice_rows()
    change(rows)
    assert single(workbook_bytes(choices=rows)) == Problem(*expected)


def test_select_multiple_choice_with_a_space():
    rows = survey_rows()
    rows[1]["type"] = "select_multiple echelle"
    choices = choice_rows()
    choices[1][1] = "a b"
    assert single(workbook_bytes(rows, choices)) == Problem(
        "choices", 2, "name", spaced("le choix « a b » contient une espace, interdite dans une liste à choix multiples."))


def test_every_problem_is_listed_at_once():
    rows = survey_rows()
    rows[1]["type"] = "geopoint"
    rows[2]["relevant"] = "(("
    rows[3]["name"] = "q2"
    choices = choice_rows()
    choices[2][4] = "x"
    problems = problems_of(workbook_bytes(rows, choices, drop=()))
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("survey", 3, "type"), ("survey", 4, "relevant"), ("survey", 9, "name"), ("choices", 3, "score")]


# -- accepted spellings -----------------------------------------------------------------------

def test_accepted_spellings():
    header = ["Type", "name", "label::fr", "label", "relevant", "axis"]
    rows = [
        {"Type": "begin group", "name": "v", "label::fr": "Volet", "axis": "(Re)développement"},
        {"Type": "select_one l", "name": "q", "label::fr": "Q", "label": "Q sans langue"},
        {"Type": "text", "name": "t", "label": "Texte", "relevant": "selected(${q}, 'x')"},
        {"Type": "end group"},
    ]
    choices = [["list name", "name", "label::fr"], ["l", "x", "X"], ["l", "y", "Y"]]
    settings = [["form_id", "version"], ["k", 3]]
    data = workbook_bytes(rows, choices, settings, header=header)
    assert problems_of(data) == []
    kit = load_kit(data)
    assert kit.default_language == "fr" and kit.languages == ("fr",)
    assert kit.version == "3" and kit.title == "k"
    assert kit.volet("v").axis == "redeveloppement"
    assert kit.question("q").label.get() == "Q"  # the explicit language wins over plain « label »
    assert kit.question("t").label.get("fr") == "Texte"


def test_sheet_names_are_case_insensitive_and_extra_sheets_ignored():
    data = workbook_bytes(extra={"notes": [["libre"], ["texte"]]})
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    workbook["survey"].title = "tmp"
    workbook["tmp"].title = "Survey"
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert problems_of(buffer.getvalue()) == []


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("default", ["12,5", "12.5"])
def test_a_decimal_default_reads_the_same_whatever_the_interface_language(language, default):
    """The interface's language decides how a person's typing is read, not how a kit is: its
    default « 12,5 » or « 12.5 » is 12.5 in an English session too."""
    from catalyseur_app.messages import set_language

    rows = survey_rows()
    rows.insert(9, {"type": "decimal", "name": "taux", FR: "Taux", EN: "Rate", "default": default})
    set_language(language)
    try:
        assert problems_of(workbook_bytes(rows)) == []
        assert load_kit(workbook_bytes(rows)).question("taux").default == 12.5
    finally:
        set_language("fr")
