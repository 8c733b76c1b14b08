"""The expression language: a table of expressions with their values, and every error kind."""

import math

import pytest

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.kit.expressions import ExpressionError, MappingEnvironment, parse_expression

ANSWERS = {
    "n": 12.0,
    "zero": 0.0,
    "txt": "bonjour",
    "choice": "partiel",
    "multi": "association entreprise",
    "d": "2024-03-05",
    "empty": "",
}


def value(source, current="", today="2026-01-15"):
    return parse_expression(source).evaluate(MappingEnvironment(ANSWERS, current, today))


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),  # left-associative
        ("7 div 2", 3.5),
        ("7 mod 3", 1.0),
        ("-7 mod 3", -1.0),  # truncated, as XPath
        ("- - 3", 3.0),
        ("-${n} + 2", -10.0),
        ("${n} > 10", True),
        ("${n} >= 12 and ${n} <= 12", True),
        ("${n} = '12'", True),  # number against text: compared as numbers
        ("${n} != 12", False),
        ("${txt} = 'bonjour'", True),
        ("${txt} = \"bonjour\"", True),
        ("${choice} != 'absent'", True),
        ("${empty} = ''", True),
        ("${empty} = 0", False),  # '' is NaN as a number
        ("${empty} != 0", True),
        ("${empty} < 3", False),  # any ordering comparison with an empty answer is false
        ("${empty} >= 3", False),
        ("${missing} = ''", True),  # unknown in the mapping: empty
        ("${d} < '2024-04-01'", True),  # dates compare as ISO strings
        ("${d} > today()", False),
        ("'10' < '9'", False),  # two numeric texts compare as numbers
        ("'b' > 'a'", True),
        ("selected(${multi}, 'entreprise')", True),
        ("selected(${multi}, 'fondation')", False),
        ("selected(${choice}, 'partiel')", True),
        ("count-selected(${multi})", 2.0),
        ("count-selected(${empty})", 0.0),
        ("string-length(${txt})", 7.0),
        ("string-length(.)", 3.0),
        ("if(${n} > 5, 'grand', 'petit')", "grand"),
        ("if(${zero}, 1, 2)", 2.0),
        ("not(${n} = 12)", False),
        ("not(${empty})", True),
        ("true() or false()", True),
        ("true() and false()", False),
        ("1 or 0 and 0", True),  # and binds tighter than or
        ("1 = 1 = 1", True),  # (1 = 1) = 1: boolean true against 1
        ("number('3.5') + 1", 4.5),
        ("int(-3.7)", -3.0),
        ("string(12)", "12"),
        ("concat('a', 1, 'b')", "a1b"),
        (". > 2", True),
        (".5 + .5", 1.0),
        ("today()", "2026-01-15"),
    ],
)
def test_values(source, expected):
    assert value(source, current="abc" if "string-length(.)" in source else 3.0) == expected


def test_division_by_zero_and_nan():
    assert value("1 div 0") == math.inf
    assert value("-1 div 0") == -math.inf
    assert math.isnan(value("0 div 0"))
    assert math.isnan(value("5 mod 0"))
    assert math.isnan(value("${txt} + 1"))
    assert value("string(1 div 0)") == "Infinity"


def test_references_and_current():
    expression = parse_expression("${a} > 1 and selected(${b}, 'x') or ${a} = . and if(${c}, 1, 2)")
    assert expression.references == ("a", "b", "c")
    assert expression.uses_current
    assert not parse_expression("${a} = 1").uses_current


def test_is_true_converts_to_boolean():
    env = MappingEnvironment({"n": 0.0, "t": "x"})
    assert parse_expression("${t}").is_true(env)
    assert not parse_expression("${n}").is_true(env)


@pytest.mark.parametrize(
    "source, position, fragment",
    [
        ("", 0, "l'expression est vide"),
        ("   ", 0, "l'expression est vide"),
        ("${a} >", 6, "s'arrête trop tôt"),
        ("${a} = 'oui", 7, "texte non terminé"),
        ("${a", 0, "accolade fermante"),
        ("${} = 1", 0, "nom de question vide"),
        ("${a b} = 1", 0, "nom de question invalide"),
        ("$a = 1", 0, spaced("doit être suivi de « { »")),
        ("(1 + 2", 6, "parenthèse fermante"),
        ("1 + 2)", 5, spaced("« ) » inattendu")),
        ("${a} ${b}", 5, spaced("« ${b} » inattendu")),
        ("${a} & 1", 5, spaced("caractère inattendu « & »")),
        ("${a} ! 1", 5, spaced("« ! » seul")),
        ("../a = 1", 0, spaced("« .. »")),
        ("foo(1)", 0, spaced("fonction inconnue « foo() »")),
        ("regex(., 'a')", 0, spaced("fonction inconnue « regex() »")),
        ("selected(${a})", 0, "2 attendu, 1 reçu"),
        ("not()", 0, "1 attendu, 0 reçu"),
        ("today(1)", 0, "0 attendu"),
        ("if(1, 2)", 0, "3 attendu"),
        ("concat()", 0, "au moins 1 attendu"),
        ("oui = 1", 0, spaced("mot inconnu « oui »")),
        ("and 1", 0, spaced("« and » est un opérateur")),
        ("1 = = 2", 4, spaced("une valeur est attendue, pas « = »")),
        ("selected(${a}, 'x'", 18, spaced("parenthèse fermante « ) » attendue (ouverte au caractère 9)")),
    ],
)
def test_errors(source, position, fragment):
    with pytest.raises(ExpressionError) as caught:
        parse_expression(source)
    assert caught.value.position == position
    assert fragment in caught.value.message
    assert caught.value.describe().startswith(spaced(f"expression invalide au caractère {position + 1} : "))


def test_no_eval_of_python():
    with pytest.raises(ExpressionError):
        parse_expression("__import__('os')")
