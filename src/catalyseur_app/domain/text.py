"""Text helpers shared by every search: compare words as a person reads them."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
# Letters that Unicode decomposition does not split into a base letter plus an accent.
_LIGATURES = {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss"}


class _FoldTable(dict):
    """``str.translate`` table that works out, once per character, what it folds to."""

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        folded = _LIGATURES.get(char)
        if folded is None:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code_point] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text``, drop accents, and turn punctuation into single spaces.

    >>> fold("  L'Haÿ-les-Roses ")
    'l hay les roses'
    >>> fold("Œuvre ÉTÉ")
    'oeuvre ete'
    """
    lowered = text.casefold()
    if not lowered.isascii():
        lowered = lowered.translate(_TABLE)
    return _NON_WORD.sub(" ", lowered).strip()



def slug(*parts: str, max_words: int | None = None) -> str:
    """The words of ``parts`` folded (``fold``), ASCII letters and digits only, joined by dashes:
    what file names are made of. ``slug("Hélène", "Côté-Lœuvre")`` is "helene-cote-loeuvre";
    "" when nothing is left.
    """
    words = ("".join(ch for ch in word if ch.isascii() and ch.isalnum())
             for part in parts if part for word in fold(str(part)).split())
    return "-".join([word for word in words if word][:max_words])


def sort_key(text: str) -> tuple[str, str, str]:
    """Order names as a French reader expects: « Védrines » before « Viersat », « École » among the E.

    Python compares code points, which puts every accented letter after « z ». The key compares
    the letters without accents, case or punctuation first (``fold``), then breaks ties with the
    accented, case-folded text, then the text itself, so the order is total and stable. (Babel has
    no collation and PyICU needs a compiler and the ICU headers; this covers French names.)
    """
    return fold(text), text.casefold(), text
