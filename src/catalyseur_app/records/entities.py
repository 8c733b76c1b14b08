"""The built-in lists of the query layer: actors, contacts, partnerships, activities, trash.

Column keys and filters (values as a page passes them; lists mean "any of"):
    actors        name, kind, commune, siren, contacts, updated    filters: kind, commune, world, ids
    contacts      full_name, role, actor, email, phone, consent     filters: actor, role, consent
    partnerships  title, form, stage, partners, start, end, inspiring, updated
                  filters: form, stage, odd, need, commune, actor, period=(first, last), inspiring
    activities    day, metier, mission, title, minutes, participants, partnership
                  filters: metier, mission, period=(first, last), commune, actor, partnership
    trash         kind, title, deleted                              filters: kind
Another module may ``register()`` a replacement with the same name to change a list.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from catalyseur_app.domain import vocabularies as vocab
from catalyseur_app.domain.typography import duration_text
from catalyseur_app.formatting import format_date
from catalyseur_app.messages import choose
from catalyseur_app.records.list_definitions import (
    Column,
    Entity,
    flag_filter,
    in_filter,
    period_filter,
    register,
    subquery_filter,
)


def vocabulary_format(vocabulary: vocab.Vocabulary):
    def display(value: Any, language: str) -> str:
        return vocabulary.label(None if value is None else str(value), language)

    return display


def commune_format(value: Any, language: str) -> str:
    if not value:
        return ""
    from catalyseur_app.domain.communes import get_commune_index

    commune = get_commune_index().get(value)
    return f"{commune.name} ({commune.department_code})" if commune else str(value)


def date_format(value: Any, language: str | None = None) -> str:
    """A date or a stamp of a list, as ``formatting.format_date`` writes it in ``language`` (the
    interface's when None); a stamp (naive UTC text in the store) on its local day."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10]) if len(value) <= 10 else datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return format_date(value, language)


def minutes_format(value: Any, language: str) -> str:
    return duration_text(value)


def flag_format(value: Any, language: str | None = None) -> str:
    return choose("oui", "yes", language) if value else ""


def count_format(value: Any, language: str) -> str:
    return str(value) if value else ""


TRASH_KINDS = vocab.Vocabulary("trash_kind", [
    vocab.Term("actors", "Acteur", "Actor"),
    vocab.Term("contacts", "Contact", "Contact"),
    vocab.Term("partnerships", "Partenariat", "Partnership"),
    vocab.Term("activities", "Activité", "Activity"),
])

_WORLD_KINDS = {world: [k for k, w in vocab.WORLD_OF_KIND.items() if w == world]
                for world in vocab.ACTOR_WORLDS.codes()}


def _world_filter(value: Any, prefix: str) -> tuple[str, dict]:
    worlds = value if isinstance(value, (list, tuple, set)) else [value]
    kinds = [kind for world in worlds for kind in _WORLD_KINDS.get(world, [])] or ["-"]
    return in_filter("a.kind")(kinds, prefix)


ACTORS = register(Entity(
    name="actors",
    source="actors a",
    id_sql="a.id",
    rowid_sql="a.rowid",
    where="a.deleted_at IS NULL",
    fts_table="actors",
    default_sort="name",
    columns=(
        Column("name", "Name", "a.name", sort_sql="a.name_key", indexed=True),
        Column("kind", "Kind", "a.kind", format=vocabulary_format(vocab.ACTOR_KINDS), indexed=True),
        Column("commune", "Commune", "a.commune_insee", format=commune_format),
        Column("siren", "SIREN / SIRET", "a.siren"),
        Column(
            "contacts", "Contacts",
            "(SELECT count(*) FROM contacts c WHERE c.actor_id = a.id AND c.deleted_at IS NULL)",
            format=count_format, numeric=True,
        ),
        Column("updated", "Modified", "a.updated_at", format=date_format, indexed=True),
    ),
    search_counts_from_index=True,
    filters={
        "kind": in_filter("a.kind"),
        "commune": in_filter("a.commune_insee"),
        "world": _world_filter,
        "ids": in_filter("a.id"),
    },
))

CONTACTS = register(Entity(
    name="contacts",
    source="contacts c LEFT JOIN actors a ON a.id = c.actor_id",
    id_sql="c.id",
    rowid_sql="c.rowid",
    where="c.deleted_at IS NULL",
    fts_table="contacts",
    search_counts_from_index=True,
    default_sort="full_name",
    columns=(
        Column("full_name", "Name", "c.full_name", sort_sql="c.full_name COLLATE NOCASE"),
        Column("role", "Role", "c.role", format=vocabulary_format(vocab.CONTACT_ROLES)),
        Column("actor", "Actor", "a.name", sort_sql="a.name_key"),
        Column("email", "E-mail", "c.email"),
        Column("phone", "Phone", "c.phone"),
        Column("consent", "Consent", "c.consent_date", format=date_format),
    ),
    filters={
        "actor": in_filter("c.actor_id"),
        "role": in_filter("c.role"),
        "consent": flag_filter("c.consent_date IS NOT NULL"),
    },
))

PARTNERSHIPS = register(Entity(
    name="partnerships",
    source="partnerships p",
    id_sql="p.id",
    rowid_sql="p.rowid",
    where="p.deleted_at IS NULL",
    fts_table="partnerships",
    search_counts_from_index=True,
    default_sort="title",
    columns=(
        Column("title", "Title", "p.title", sort_sql="p.title COLLATE NOCASE"),
        Column("form", "Form", "p.form", format=vocabulary_format(vocab.PARTNERSHIP_FORMS)),
        Column("stage", "Stage", "p.stage", format=vocabulary_format(vocab.PARTNERSHIP_STAGES)),
        Column(
            "partners", "Partners",
            "(SELECT count(*) FROM partnership_partners pp WHERE pp.partnership_id = p.id AND pp.deleted_at IS NULL)",
            format=count_format, numeric=True,
        ),
        Column("start", "Start", "p.start_date", format=date_format),
        Column("end", "End", "p.end_date", format=date_format),
        Column("inspiring", "Inspiring", "p.inspiring", format=flag_format),
        Column("updated", "Modified", "p.updated_at", format=date_format),
    ),
    filters={
        "form": in_filter("p.form"),
        "stage": in_filter("p.stage"),
        "odd": subquery_filter("p.id", "SELECT partnership_id FROM partnership_odds", "odd"),
        "need": subquery_filter("p.id", "SELECT partnership_id FROM partnership_needs", "need"),
        "commune": subquery_filter("p.id", "SELECT partnership_id FROM partnership_communes", "insee"),
        "actor": subquery_filter(
            "p.id", "SELECT partnership_id FROM partnership_partners WHERE deleted_at IS NULL", "actor_id"
        ),
        "period": period_filter("p.start_date", "p.end_date"),
        "inspiring": flag_filter("p.inspiring"),
        "ids": in_filter("p.id"),
    },
))

ACTIVITIES = register(Entity(
    name="activities",
    source="activities v",
    id_sql="v.id",
    rowid_sql="v.rowid",
    where="v.deleted_at IS NULL",
    fts_table="activities",
    search_counts_from_index=True,
    default_sort="day",
    columns=(
        Column("day", "Date", "v.day", format=date_format, indexed=True),
        Column("metier", "Métier", "v.metier", format=vocabulary_format(vocab.METIERS)),
        Column("mission", "Mission", "v.mission", format=vocabulary_format(vocab.MISSIONS)),
        Column("title", "Title", "v.title", sort_sql="v.title COLLATE NOCASE"),
        Column("minutes", "Time spent", "v.minutes", format=minutes_format, numeric=True),
        Column("participants", "Participants", "v.participants", numeric=True),
        Column(
            "partnership", "Partnership",
            "(SELECT p.title FROM partnerships p WHERE p.id = v.partnership_id)",
        ),
    ),
    filters={
        "metier": in_filter("v.metier"),
        "mission": in_filter("v.mission"),
        "period": period_filter("v.day"),
        "commune": subquery_filter("v.id", "SELECT activity_id FROM activity_communes", "insee"),
        "actor": subquery_filter("v.id", "SELECT activity_id FROM activity_actors", "actor_id"),
        "partnership": in_filter("v.partnership_id"),
        "ids": in_filter("v.id"),
    },
))

# Deleted records that can still be restored: not merged, not erased, not yet purged (a purged
# tombstone has an empty title), and not a contact deleted together with its actor.
_TRASH_SOURCE = """(
    SELECT 'actors' AS kind, id, name AS title, deleted_at, rowid AS rid FROM actors
     WHERE deleted_at IS NOT NULL AND merged_into_id IS NULL AND name <> ''
    UNION ALL
    SELECT 'contacts', id, full_name, deleted_at, rowid FROM contacts
     WHERE deleted_at IS NOT NULL AND erased_at IS NULL AND full_name <> ''
       AND NOT EXISTS (SELECT 1 FROM actors x WHERE x.id = contacts.actor_id AND x.deleted_at = contacts.deleted_at)
    UNION ALL
    SELECT 'partnerships', id, title, deleted_at, rowid FROM partnerships
     WHERE deleted_at IS NOT NULL AND title <> ''
    UNION ALL
    SELECT 'activities', id, title, deleted_at, rowid FROM activities
     WHERE deleted_at IS NOT NULL AND title <> ''
) t"""

TRASH = register(Entity(
    name="trash",
    source=_TRASH_SOURCE,
    id_sql="t.id",
    rowid_sql="t.rid",
    where="",
    default_sort="deleted",
    columns=(
        Column("kind", "Kind", "t.kind", format=vocabulary_format(TRASH_KINDS)),
        Column("title", "Name", "t.title", sort_sql="t.title COLLATE NOCASE"),
        Column("deleted", "Deleted on", "t.deleted_at", format=date_format),
    ),
    filters={"kind": in_filter("t.kind")},
))
