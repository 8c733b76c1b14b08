"""French typography for every generated text: spaces, commune names after « de » and « à », plurals, hours.

- ``french_spacing``: a no-break space before ``:`` and inside « », a narrow no-break space
  (U+202F) before ``; ! ?`` — so a ``?`` never starts a line. Only where the text has a space
  (or nothing) before the sign and a space (or the end) after it: « 10:30 », « http://… » and
  « a.php?x=1 » are left alone.
- ``of_commune`` / ``in_commune``: « de » and « à » before a commune name, with the elision
  (« d'Arches », « d'Hérisson ») and the contraction of its article (« du Falgoux », « des Ternes »,
  « au Mas-d'Artige », « aux Ternes »); « La » and « L' » stay (« de La Chapelle », « à L'Hospitalet »).
- ``count_text``: « 1 action », « 6 diagnostics commencés », never « (s) » (0 and 1 are singular).
- ``duration_text``: hours and minutes the one way the application writes them, « 2 h 30 ».

Which initial h is mute cannot be computed: names starting with « Ha », « Ho » or « Hu » are
taken as aspirated (« de Haguenau », « de Honfleur ») except those in ``MUTE_H_NAMES``; any
other initial h is mute (« d'Hérisson », « d'Hyères »).
"""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"
NNBSP = "\u202f"
_ANY_SPACE = "[ \u00a0\u202f]*"

# a no-break space before « ; ! ? » when a word (or a closing sign) precedes it and a space,
# the end or another sign follows it
_TALL = re.compile(rf"(?:(?<=[^\s;:!?«(\[/])|^){_ANY_SPACE}([;!?])(?=[\s»)\]!?.,…]|$)")
_COLON = re.compile(rf"(?:(?<=[^\s:/])|^){_ANY_SPACE}:(?=\s|$)")
_OPEN_QUOTE = re.compile(rf"«{_ANY_SPACE}(?=\S)")
_CLOSE_QUOTE = re.compile(rf"(?<=\S){_ANY_SPACE}»")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")
_ENTITY = re.compile(r"(&#?\w+;)")  # « &amp; » typed as such keeps its « ; »

VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
ASPIRATED_H_PREFIXES = ("ha", "ho", "hu")
MUTE_H_NAMES = frozenset({"hagondange", "harfleur", "hazebrouck", "huningue", "hombourg"})


def french_spacing(text: str) -> str:
    """``text`` with French no-break spaces before ``: ; ! ?`` and inside « »."""
    if not text or not any(sign in text for sign in ":;!?«»"):
        return text
    if "&" in text and _ENTITY.search(text):
        parts = _ENTITY.split(text)
        return "".join(part if index % 2 else _spaced(part) for index, part in enumerate(parts))
    return _spaced(text)


def _spaced(text: str) -> str:
    text = _TALL.sub(lambda m: NNBSP + m.group(1), text)
    text = _COLON.sub(NBSP + ":", text)
    text = _OPEN_QUOTE.sub("«" + NBSP, text)
    return _CLOSE_QUOTE.sub(NBSP + "»", text)


def french_spacing_markup(xml: str) -> str:
    """``french_spacing`` on the text of a small markup string, leaving tags and entities alone."""
    parts = _MARKUP.split(xml)
    return "".join(part if index % 2 else _spaced(part) for index, part in enumerate(parts))


def _starts_with_vowel_sound(name: str) -> bool:
    first = name[:1].casefold()
    if not first:
        return False
    if first == "h":
        folded = _plain(name)
        word = re.split(r"[\s'’-]", folded, maxsplit=1)[0]
        return word in MUTE_H_NAMES or (not folded.startswith(ASPIRATED_H_PREFIXES) and _plain(name[1:2]) in VOWELS)
    if first == "y":  # « Yssingeaux » like a vowel, « Yaucourt » like a consonant
        return _plain(name[1:2]) not in VOWELS
    return _plain(first) in VOWELS or first in VOWELS


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_preposition(name: str, masculine: str, plural: str, plain: str, elided: str) -> str:
    name = name.strip()
    if name.startswith(("Le ", "le ")):
        return f"{masculine} {name[3:]}"
    if name.startswith(("Les ", "les ")):
        return f"{plural} {name[4:]}"
    if elided and _starts_with_vowel_sound(name) and not name.startswith(("L'", "L’", "l'", "l’")):
        return f"{elided}{name}"
    return f"{plain} {name}"


def of_commune(name: str) -> str:
    """« de » + ``name``: « de Saint-Flour », « d'Arches », « du Falgoux », « des Ternes », « de La Chapelle ».

    Works for any noun phrase with its article too: « du maintien à domicile », « de l'emploi ».
    """
    return _with_preposition(name, "du", "des", "de", "d'")


def in_commune(name: str) -> str:
    """« à » + ``name``: « à Saint-Flour », « au Mas-d'Artige », « aux Ternes », « à L'Hospitalet »
    (« au maintien… »)."""
    return _with_preposition(name, "au", "aux", "à", "")


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """« 1 action », « 2 actions », « 6 diagnostics commencés »; French treats 0 and 1 as singular."""
    return f"{_integer(count)} {count_words(count, singular, plural)}"


def count_words(count: int, singular: str, plural: str | None = None) -> str:
    """The words of ``count_text`` without the number: « action en retard » / « actions en retard »."""
    return singular if abs(count) < 2 else (plural if plural is not None else _plural_of(singular))


def _plural_of(words: str) -> str:
    return " ".join(w if w.endswith(("s", "x", "z")) else w + "s" for w in words.split(" "))


def _integer(value: int) -> str:
    return f"{value:,}".replace(",", NNBSP)


def duration_text(minutes: float | int | None) -> str:
    """Minutes as hours and minutes, rounded to the minute: « 2 h 30 », « 2 h », « 45 min », « 1 234 h 05 »."""
    if minutes is None:
        return ""
    hours, rest = divmod(int(round(minutes)), 60)
    if not hours:
        return f"{rest}{NBSP}min"
    return f"{_integer(hours)}{NBSP}h{NBSP}{rest:02d}" if rest else f"{_integer(hours)}{NBSP}h"
