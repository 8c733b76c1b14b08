"""Evaluation of parsed expressions with XPath 1.0 value semantics (see docs/kit-format.md).

Values are ``str``, ``float`` or ``bool``. A tree is compiled once into nested closures so a
re-evaluation is a handful of Python calls per node, with no tree walking or dispatch.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from typing import Protocol

from catalyseur_app.kit.parser import Binary, Call, Current, FieldRef, Negate, Node, Number, String

Value = str | float | bool


class Environment(Protocol):
    """What an expression can see: answers by name, the current answer and today's date."""

    current: Value
    today: str

    def value(self, name: str) -> Value: ...


Compiled = Callable[[Environment], Value]

_NUMERIC = re.compile(r"\s*-?(\d+(\.\d*)?|\.\d+)\s*\Z")


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    if _NUMERIC.match(value):
        return float(value)
    return math.nan


def to_string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (float, int)):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value == int(value):
            return str(int(value))
        return repr(float(value))
    return value


def to_bool(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (float, int)):
        return not (value == 0 or math.isnan(value))
    return len(value) > 0


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return to_bool(left) == to_bool(right)
    if isinstance(left, (float, int)) or isinstance(right, (float, int)):
        return to_number(left) == to_number(right)
    return left == right


def _order_operands(left: Value, right: Value) -> tuple[float, float] | tuple[str, str] | None:
    """Operands for < <= > >=: None when an answer is empty (the comparison is then false)."""
    if left == "" or right == "":
        return None
    if isinstance(left, str) and isinstance(right, str):
        if _NUMERIC.match(left) and _NUMERIC.match(right):
            return float(left), float(right)
        return left, right  # ISO dates and other texts compare as strings
    return to_number(left), to_number(right)


def _compare(op: str) -> Callable[[Value, Value], bool]:
    def compare(left: Value, right: Value) -> bool:
        operands = _order_operands(left, right)
        if operands is None:
            return False
        return bool(relation(*operands))

    relation = {"<": operator.lt, "<=": operator.le, ">": operator.gt}.get(op, operator.ge)

    return compare


def _divide(a: float, b: float) -> float:
    if b == 0 or math.isnan(b):
        if math.isnan(a) or math.isnan(b) or a == 0:
            return math.nan
        return math.copysign(math.inf, a) * (math.copysign(1.0, b))
    return a / b


def _modulo(a: float, b: float) -> float:
    if b == 0 or math.isnan(a) or math.isnan(b) or math.isinf(a):
        return math.nan
    return math.fmod(a, b)


_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "div": _divide,
    "mod": _modulo,
}


def _truncate(value: float) -> float:
    if math.isnan(value) or math.isinf(value):
        return value
    return float(math.trunc(value))


def compile_node(node: Node) -> Compiled:
    """Turn a tree into a function of an :class:`Environment`."""
    if isinstance(node, Number):
        number = node.value
        return lambda env: number
    if isinstance(node, String):
        text = node.value
        return lambda env: text
    if isinstance(node, FieldRef):
        name = node.name
        return lambda env: env.value(name)
    if isinstance(node, Current):
        return lambda env: env.current
    if isinstance(node, Negate):
        operand = compile_node(node.operand)
        return lambda env: -to_number(operand(env))
    if isinstance(node, Binary):
        return _compile_binary(node)
    if isinstance(node, Call):
        return _compile_call(node)
    raise TypeError(f"unknown node {node!r}")


def _compile_binary(node: Binary) -> Compiled:
    left = compile_node(node.left)
    right = compile_node(node.right)
    op = node.op
    if op == "and":
        return lambda env: to_bool(left(env)) and to_bool(right(env))
    if op == "or":
        return lambda env: to_bool(left(env)) or to_bool(right(env))
    if op == "=":
        return lambda env: _equal(left(env), right(env))
    if op == "!=":
        return lambda env: not _equal(left(env), right(env))
    if op in ("<", "<=", ">", ">="):
        compare = _compare(op)
        return lambda env: compare(left(env), right(env))
    arithmetic = _ARITHMETIC[op]
    return lambda env: arithmetic(to_number(left(env)), to_number(right(env)))


def _compile_call(node: Call) -> Compiled:
    args = [compile_node(arg) for arg in node.args]
    name = node.name
    if name == "not":
        (a,) = args
        return lambda env: not to_bool(a(env))
    if name == "selected":
        values, wanted = args
        return lambda env: to_string(wanted(env)).strip() in to_string(values(env)).split()
    if name == "count-selected":
        (a,) = args
        return lambda env: float(len(to_string(a(env)).split()))
    if name == "string-length":
        (a,) = args
        return lambda env: float(len(to_string(a(env))))
    if name == "if":
        condition, then, otherwise = args
        return lambda env: then(env) if to_bool(condition(env)) else otherwise(env)
    if name == "today":
        return lambda env: env.today
    if name == "true":
        return lambda env: True
    if name == "false":
        return lambda env: False
    if name == "number":
        (a,) = args
        return lambda env: to_number(a(env))
    if name == "int":
        (a,) = args
        return lambda env: _truncate(to_number(a(env)))
    if name == "string":
        (a,) = args
        return lambda env: to_string(a(env))
    if name == "concat":
        return lambda env: "".join(to_string(a(env)) for a in args)
    raise TypeError(f"unknown function {name!r}")
