"""The inspiring examples installed from the foundation's packs, for reading and for citing."""

from __future__ import annotations

from dataclasses import dataclass

from catalyseur_app.domain.text import fold, sort_key


@dataclass(frozen=True)
class Example:
    id: str
    title: str
    territory: str
    partners: str
    form: str
    odds: tuple[int, ...]
    what_was_done: str
    results: str
    pack_sequence: int


def list_examples(store, *, odd: int | None = None, form: str | None = None, search: str = "") -> list[Example]:
    """The examples, in French title order, those serving ``odd`` / of ``form`` / containing
    ``search`` (any field, accents and case ignored) only when given."""
    rows = store.query("SELECT id, title, territory, partners, form, odds, what_was_done, results, pack_sequence "
                       "FROM inspiring_examples")
    wanted = fold(search.strip())
    examples = []
    for row in rows:
        example = Example(id=row[0], title=row[1], territory=row[2], partners=row[3], form=row[4],
                          odds=tuple(int(o) for o in row[5].split(";") if o), what_was_done=row[6],
                          results=row[7], pack_sequence=row[8])
        if odd is not None and odd not in example.odds:
            continue
        if form and example.form != form:
            continue
        text = f"{example.title} {example.territory} {example.partners} {example.what_was_done} {example.results}"
        if wanted and wanted not in fold(text):
            continue
        examples.append(example)
    examples.sort(key=lambda example: sort_key(example.title))
    return examples


def citing_partnerships(store, example_id: str) -> list[str]:
    """Titles of the partnerships (not deleted) that cite the example."""
    rows = store.query("SELECT p.title FROM partnership_examples c JOIN partnerships p ON p.id = c.partnership_id "
                       "WHERE c.example_id = ? AND p.deleted_at IS NULL", (example_id,))
    return sorted((title for (title,) in rows), key=sort_key)
