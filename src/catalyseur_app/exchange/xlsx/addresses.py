"""Cell addresses and OOXML text escapes, shared by the reader, the fast row extraction and the writer."""

from __future__ import annotations

import re

# Letters of a column -> its index, filled as columns are met; read directly by the fast row path.
COLUMN_INDEXES: dict[str, int] = {}

_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """Undo the _xHHHH_ escapes of OOXML strings."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def column_index(ref: str) -> int:
    """"C12" → 2."""
    letters = ref.rstrip("0123456789")
    index = COLUMN_INDEXES.get(letters)
    if index is None:
        index = 0
        for char in letters:
            index = index * 26 + (ord(char) - 64)
        index -= 1
        COLUMN_INDEXES[letters] = index
    return index


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
