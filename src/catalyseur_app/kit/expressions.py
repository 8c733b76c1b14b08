"""Public face of the expression language: parse once, list references, evaluate many times."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from catalyseur_app.kit.evaluator import Compiled, Value, compile_node, to_bool
from catalyseur_app.kit.lexer import ExpressionError
from catalyseur_app.kit.parser import Current, FieldRef, Node, parse, walk

__all__ = ["Expression", "ExpressionError", "MappingEnvironment", "parse_expression", "Value"]


@dataclass(frozen=True)
class Expression:
    """A parsed expression. ``references`` are the ``${name}`` it reads, in order of appearance."""

    source: str
    tree: Node
    references: tuple[str, ...]
    uses_current: bool
    _compiled: Compiled = field(repr=False, compare=False)

    def evaluate(self, env) -> Value:
        return self._compiled(env)

    def is_true(self, env) -> bool:
        return to_bool(self._compiled(env))


def parse_expression(source: str) -> Expression:
    """Parse ``source``; raises :class:`ExpressionError` (message in the current language, 0-based position)."""
    tree = parse(source)
    references: list[str] = []
    uses_current = False
    for node in walk(tree):
        if isinstance(node, FieldRef) and node.name not in references:
            references.append(node.name)
        elif isinstance(node, Current):
            uses_current = True
    return Expression(source, tree, tuple(references), uses_current, compile_node(tree))


class MappingEnvironment:
    """An environment over a plain mapping of already converted values (missing means empty)."""

    def __init__(self, values: Mapping[str, Value], current: Value = "", today: str | None = None):
        self.values = values
        self.current = current
        self.today = today or _dt.date.today().isoformat()

    def value(self, name: str) -> Value:
        return self.values.get(name, "")
