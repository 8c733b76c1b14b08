"""Tokenizer for the XLSForm expression subset used in ``relevant`` and ``constraint``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from catalyseur_app.messages import t


class ExpressionError(ValueError):
    """An expression that cannot be read; ``position`` is the 0-based offset in the source."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position

    def describe(self) -> str:
        """Text naming the 1-based character where the problem is."""
        return t("expression invalide au caractère {position} : {message}", position=self.position + 1,
                 message=self.message)


class Tok(Enum):
    NUMBER = "nombre"
    STRING = "texte"
    FIELD = "${…}"
    DOT = "."
    NAME = "nom"
    OP = "opérateur"
    LPAREN = "("
    RPAREN = ")"
    COMMA = ","
    END = "fin de l'expression"


@dataclass(frozen=True, slots=True)
class Token:
    kind: Tok
    text: str
    position: int
    value: object = None


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_TWO_CHAR_OPS = ("!=", "<=", ">=")
_ONE_CHAR_OPS = "=<>+-*"


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    length = len(source)
    while i < length:
        char = source[i]
        if char.isspace():
            i += 1
            continue
        if char == "$":
            if not source.startswith("${", i):
                raise ExpressionError(t("« $ » doit être suivi de « { » (forme ${nom})"), i)
            end = source.find("}", i + 2)
            if end < 0:
                raise ExpressionError(t("accolade fermante « } » manquante après « ${ »"), i)
            name = source[i + 2 : end].strip()
            if not name:
                raise ExpressionError(t("nom de question vide dans « ${} »"), i)
            if not _FIELD_NAME.match(name):
                raise ExpressionError(t("nom de question invalide « {name} » dans « ${{…}} »", name=name), i)
            tokens.append(Token(Tok.FIELD, source[i : end + 1], i, name))
            i = end + 1
            continue
        if char in "'\"":
            end = source.find(char, i + 1)
            if end < 0:
                raise ExpressionError(t("texte non terminé : le guillemet {char} n'est pas refermé", char=char), i)
            tokens.append(Token(Tok.STRING, source[i : end + 1], i, source[i + 1 : end]))
            i = end + 1
            continue
        number = _NUMBER.match(source, i)
        if number:
            text = number.group()
            tokens.append(Token(Tok.NUMBER, text, i, float(text)))
            i = number.end()
            continue
        if char == ".":
            if source.startswith("..", i):
                raise ExpressionError(t("« .. » (le parent) n'est pas pris en charge"), i)
            tokens.append(Token(Tok.DOT, ".", i))
            i += 1
            continue
        word = _NAME.match(source, i)
        if word:
            tokens.append(Token(Tok.NAME, word.group(), i))
            i = word.end()
            continue
        two = source[i : i + 2]
        if two in _TWO_CHAR_OPS:
            tokens.append(Token(Tok.OP, two, i))
            i += 2
            continue
        if char in _ONE_CHAR_OPS:
            tokens.append(Token(Tok.OP, char, i))
            i += 1
            continue
        if char == "!":
            raise ExpressionError(t("« ! » seul n'existe pas : utilisez « != » ou not(…)"), i)
        if char == "(":
            tokens.append(Token(Tok.LPAREN, char, i))
        elif char == ")":
            tokens.append(Token(Tok.RPAREN, char, i))
        elif char == ",":
            tokens.append(Token(Tok.COMMA, char, i))
        else:
            raise ExpressionError(t("caractère inattendu « {char} »", char=char), i)
        i += 1
    tokens.append(Token(Tok.END, "", length))
    return tokens
