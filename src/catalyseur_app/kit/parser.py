"""Recursive-descent parser for the XLSForm expression subset, producing a small AST.

Precedence, lowest first (as in XPath 1.0): ``or``; ``and``; ``=`` ``!=``; ``<`` ``<=`` ``>``
``>=``; ``+`` ``-``; ``*`` ``div`` ``mod``; unary minus; literals, ``${name}``, ``.``, calls and
parentheses. Binary operators are left-associative.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalyseur_app.kit.lexer import ExpressionError, Tok, Token, tokenize


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
        return "la fin de l'expression"
    return f"« {token.text} »"


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
            raise ExpressionError("l'expression est vide", 0)
        node = self.binary(0)
        if self.current.kind is not Tok.END:
            token = self.current
            raise ExpressionError(f"{_describe(token)} inattendu ici (opérateur manquant ?)", token.position)
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
            raise ExpressionError("l'expression s'arrête trop tôt : une valeur est attendue", token.position)
        raise ExpressionError(f"une valeur est attendue, pas {_describe(token)}", token.position)

    def call(self, name: Token) -> Node:
        if self.current.kind is not Tok.LPAREN:
            if name.text in _WORD_OPERATORS:
                message = f"« {name.text} » est un opérateur : une valeur est attendue avant lui"
            else:
                message = f"mot inconnu « {name.text} » (pour une question, écrivez ${{{name.text}}})"
            raise ExpressionError(message, name.position)
        if name.text not in FUNCTIONS:
            known = ", ".join(f"{f}()" for f in FUNCTIONS)
            raise ExpressionError(f"fonction inconnue « {name.text}() » (fonctions permises : {known})", name.position)
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
            expected = str(low) if low == high else (f"au moins {low}" if high is None else f"{low} à {high}")
            raise ExpressionError(
                f"la fonction {name.text}() attend {expected} argument(s), elle en reçoit {len(args)}",
                name.position,
            )
        return Call(name.text, tuple(args), name.position)

    def expect(self, kind: Tok, opening: Token) -> None:
        token = self.current
        if token.kind is not kind:
            raise ExpressionError(
                f"parenthèse fermante « ) » attendue (ouverte au caractère {opening.position + 1}),"
                f" trouvé {_describe(token)}",
                token.position,
            )
        self.advance()


def parse(source: str) -> Node:
    """Parse ``source``; raises :class:`ExpressionError` with a French message and position."""
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
