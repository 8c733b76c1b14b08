"""Recursive-descent parser for the XLSForm expression subset, producing a small AST.

Precedence, lowest first (as in XPath 1.0): ``or``; ``and``; ``=`` ``!=``; ``<`` ``<=`` ``>``
``>=``; ``+`` ``-``; ``*`` ``div`` ``mod``; unary minus; literals, ``${name}``, ``.``, calls and
parentheses. Binary operators are left-associative.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalyseur_app.kit.lexer import ExpressionError, Tok, Token, tokenize
from catalyseur_app.messages import t


@dataclass(frozen=True, slots=True)
class Number:
    value: float


@dataclass(frozen=True, slots=True)
class String:
    value: str


@dataclass(frozen=True, slots=True)
class FieldRef:
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Current:
    position: int


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]
    position: int


Node = Number | String | FieldRef | Current | Negate | Binary | Call

# name -> (minimum, maximum) number of arguments; None means no maximum.
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "if": (3, 3),
    "today": (0, 0),
    "true": (0, 0),
    "false": (0, 0),
    "number": (1, 1),
    "int": (1, 1),
    "string": (1, 1),
    "concat": (1, None),
}

_LEVELS: tuple[tuple[str, ...], ...] = (
    ("or",),
    ("and",),
    ("=", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "div", "mod"),
)
_WORD_OPERATORS = frozenset({"or", "and", "div", "mod"})


def _describe(token: Token) -> str:
    if token.kind is Tok.END:
        return t("la fin de l'expression")
    return t("« {text} »", text=token.text)


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.index = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def operator_at(self, level: int) -> str | None:
        token = self.current
        ops = _LEVELS[level]
        if token.kind is Tok.OP and token.text in ops:
            return token.text
        if token.kind is Tok.NAME and token.text in _WORD_OPERATORS and token.text in ops:
            return token.text
        return None

    def parse(self) -> Node:
        if self.current.kind is Tok.END:
            raise ExpressionError(t("l'expression est vide"), 0)
        node = self.binary(0)
        if self.current.kind is not Tok.END:
            token = self.current
            raise ExpressionError(t("{token} inattendu ici (opérateur manquant ?)", token=_describe(token)),
                                  token.position)
        return node

    def binary(self, level: int) -> Node:
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while (op := self.operator_at(level)) is not None:
            self.advance()
            right = self.binary(level + 1)
            left = Binary(op, left, right)
        return left

    def unary(self) -> Node:
        token = self.current
        if token.kind is Tok.OP and token.text == "-":
            self.advance()
            return Negate(self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.advance()
        kind = token.kind
        if kind is Tok.NUMBER:
            return Number(token.value)  # type: ignore[arg-type]
        if kind is Tok.STRING:
            return String(token.value)  # type: ignore[arg-type]
        if kind is Tok.FIELD:
            return FieldRef(token.value, token.position)  # type: ignore[arg-type]
        if kind is Tok.DOT:
            return Current(token.position)
        if kind is Tok.LPAREN:
            if self.current.kind is Tok.END:
                self.expect(Tok.RPAREN, token)
            node = self.binary(0)
            self.expect(Tok.RPAREN, token)
            return node
        if kind is Tok.NAME:
            return self.call(token)
        if kind is Tok.END:
            raise ExpressionError(t("l'expression s'arrête trop tôt : une valeur est attendue"), token.position)
        raise ExpressionError(t("une valeur est attendue, pas {token}", token=_describe(token)), token.position)

    def call(self, name: Token) -> Node:
        if self.current.kind is not Tok.LPAREN:
            if name.text in _WORD_OPERATORS:
                message = t("« {word} » est un opérateur : une valeur est attendue avant lui", word=name.text)
            else:
                message = t("mot inconnu « {word} » (pour une question, écrivez ${{{word}}})", word=name.text)
            raise ExpressionError(message, name.position)
        if name.text not in FUNCTIONS:
            known = ", ".join(f"{f}()" for f in FUNCTIONS)
            raise ExpressionError(t("fonction inconnue « {name}() » (fonctions permises : {known})",
                                    name=name.text, known=known), name.position)
        opening = self.advance()
        args: list[Node] = []
        if self.current.kind is Tok.END:
            self.expect(Tok.RPAREN, opening)
        if self.current.kind is not Tok.RPAREN:
            args.append(self.binary(0))
            while self.current.kind is Tok.COMMA:
                self.advance()
                args.append(self.binary(0))
        self.expect(Tok.RPAREN, opening)
        low, high = FUNCTIONS[name.text]
        if len(args) < low or (high is not None and len(args) > high):
            expected = str(low) if low == high else (
                t("au moins {low}", low=low) if high is None else t("{low} à {high}", low=low, high=high))
            raise ExpressionError(
                t("nombre d'arguments de la fonction {name}() : {expected} attendu, {count} reçu",
                  name=name.text, expected=expected, count=len(args)),
                name.position,
            )
        return Call(name.text, tuple(args), name.position)

    def expect(self, kind: Tok, opening: Token) -> None:
        token = self.current
        if token.kind is not kind:
            raise ExpressionError(
                t("parenthèse fermante « ) » attendue (ouverte au caractère {position}), trouvé {token}",
                  position=opening.position + 1, token=_describe(token)),
                token.position,
            )
        self.advance()


def parse(source: str) -> Node:
    """Parse ``source``; raises :class:`ExpressionError` with a message (French, or English) and position."""
    return _Parser(source).parse()


def walk(node: Node):
    """Every node of the tree, depth first."""
    yield node
    if isinstance(node, Negate):
        yield from walk(node.operand)
    elif isinstance(node, Binary):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Call):
        for arg in node.args:
            yield from walk(arg)
