"""Checks of a vocabulary term a pack adds, the same on the foundation's side (when staff enter
it) and on the catalyseur's (when a pack is installed): a new code in an extendable vocabulary,
never a code that already means something else."""

from __future__ import annotations

import re

from catalyseur_app.domain.vocabularies import EXTENDABLE
from catalyseur_app.messages import t

CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
MAX_LABEL = 200


def term_problem(term: dict) -> str | None:
    """Why ``term`` ({vocabulary, code, fr, en}) cannot be added; None when it can (or is already
    there with the same labels)."""
    name, code = str(term.get("vocabulary", "")), str(term.get("code", ""))
    fr, en = str(term.get("fr", "")).strip(), str(term.get("en", "")).strip()
    vocabulary = EXTENDABLE.get(name)
    if vocabulary is None:
        return t("La liste « {vocabulary} » ne peut pas recevoir de nouveaux termes (listes possibles : {names}).",
                 vocabulary=name, names=", ".join(sorted(EXTENDABLE)))
    if not CODE_PATTERN.match(code):
        return t("Le code « {code} » doit commencer par une lettre et ne contenir que des minuscules sans accent, "
                 "des chiffres et « _ » (40 caractères au plus).", code=code)
    if not fr or not en or len(fr) > MAX_LABEL or len(en) > MAX_LABEL:
        return t("Le terme « {code} » doit avoir un libellé français et un libellé anglais (200 caractères au plus).",
                 code=code)
    existing = vocabulary.get(code)
    if existing is not None and (existing.fr, existing.en) != (fr, en) or vocabulary.is_builtin(code):
        shown = existing.fr if existing is not None else code
        return t("Le code « {code} » existe déjà dans la liste « {vocabulary} » (« {label} ») : un nouveau terme "
                 "doit avoir un nouveau code.", code=code, vocabulary=name, label=shown)
    return None
