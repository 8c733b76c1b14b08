"""The vocabulary terms installed from the foundation's reference packs, put into the domain's
extendable vocabularies when a store is opened (plain SQL: the first screen needs no SQLAlchemy)."""

from __future__ import annotations

from catalyseur_app.domain.vocabularies import Term, set_additions


def apply_vocabulary_additions(store) -> None:
    rows = store.query("SELECT vocabulary, code, label_fr, label_en FROM vocabulary_additions "
                       "ORDER BY pack_sequence, rowid")
    set_additions((vocabulary, Term(code, fr, en)) for vocabulary, code, fr, en in rows)
