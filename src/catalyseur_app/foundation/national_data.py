"""The Observatoire's national tables, gathered from a consolidation store with SQL aggregates.

The same SQLAlchemy Core queries run on SQLite and PostgreSQL. "In the period" means what it means
in a catalyseur's summary (``reports/summary_data.py``): activities whose day is in it,
partnerships under way at some time in it, diagnostics started in it; deleted records never count.
Without a period, everything counts. A ``Territory`` (a region or a department) keeps the
partnerships and activities with at least one commune inside, the actors and diagnostics of a
commune inside, and the catalyseurs who sent at least one of those. Diagnostic scores are computed
by the kit engine with the
kits shipped with the application (a diagnostic made with a kit version this application does not
ship is left out of the scores, and counted as such).

Every table is a plain ``Table`` (title, typed columns, rows, optional chart), so the workbook and
the PDF writers need not know what each table means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the kit engine is loaded only when a table is made
    from catalyseur_app.kit import Kit

import datetime as _dt
import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.vocabularies import (
    ACTOR_WORLDS,
    METIERS,
    MISSIONS,
    ODD,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
    WORLD_OF_KIND,
    metier_of,
)
from catalyseur_app.store.models import (
    Activity,
    ActivityCommune,
    Actor,
    Diagnostic,
    DiagnosticAnswer,
    Partnership,
    PartnershipCommune,
    PartnershipOdd,
)

from .models import ActorLink, AppliedFile, RecordSource
from .territory import Territory

TEXT, INT, HOURS, SCORE, DATE = "text", "int", "hours", "score", "date"
SILENT_AFTER_DAYS = 90
UNKNOWN = "Inconnu"


@dataclass(frozen=True)
class Table:
    sheet: str  # the workbook's sheet name (31 characters at most)
    title: str
    columns: tuple[tuple[str, str], ...]  # (header, type)
    rows: tuple[tuple, ...]
    chart: tuple[int, int] | None = None  # (label column, value column) of a bar chart
    note: str = ""


@dataclass
class NationalTables:
    start: _dt.date | None
    end: _dt.date | None
    generated_on: _dt.date
    tables: list[Table] = field(default_factory=list)
    territory: Territory = field(default_factory=Territory)

    def table(self, sheet: str) -> Table:
        return next(t for t in self.tables if t.sheet == sheet)


def national_tables(engine, start: _dt.date | None = None, end: _dt.date | None = None,
                    today: _dt.date | None = None, territory: Territory | None = None) -> NationalTables:
    today = today or _dt.date.today()
    territory = territory or Territory()
    data = NationalTables(start, end, today, territory=territory)
    with engine.connect() as connection:
        data.tables += _partnerships(connection, start, end, territory)
        data.tables.append(_actors(connection, territory))
        data.tables += _time(connection, start, end, territory)
        data.tables.append(_scores(connection, start, end, territory))
        data.tables.append(_catalyseurs(connection, today, territory))
    return data


def _where(condition, extra):
    return condition if extra is None else and_(condition, extra)


def _live(table):
    return table.c.deleted_at.is_(None)


def _partnerships_in_period(start, end, territory: Territory):
    p = Partnership.__table__
    condition = _where(_live(p), territory.linked_condition(p.c.id, PartnershipCommune.__table__, "partnership_id"))
    if end is not None:
        condition = and_(condition, or_(p.c.start_date.is_(None), p.c.start_date <= end))
    if start is not None:
        condition = and_(condition, or_(p.c.end_date.is_(None), p.c.end_date >= start))
    return condition


def _partnerships(connection, start, end, territory: Territory) -> list[Table]:
    p, odds, communes = Partnership.__table__, PartnershipOdd.__table__, PartnershipCommune.__table__
    in_period = _partnerships_in_period(start, end, territory)
    by_form = dict(connection.execute(select(p.c.form, func.count()).where(in_period).group_by(p.c.form)).all())
    by_stage = dict(connection.execute(select(p.c.stage, func.count()).where(in_period).group_by(p.c.stage)).all())
    by_odd = dict(connection.execute(
        select(odds.c.odd, func.count(func.distinct(odds.c.partnership_id)))
        .join(p, p.c.id == odds.c.partnership_id).where(in_period).group_by(odds.c.odd)).all())
    pairs = connection.execute(select(communes.c.insee, communes.c.partnership_id)
                               .join(p, p.c.id == communes.c.partnership_id)
                               .where(_where(in_period, territory.insee_condition(communes.c.insee)))).all()
    index = get_commune_index()
    departments: dict[tuple, set] = defaultdict(set)
    regions: dict[tuple, set] = defaultdict(set)
    for insee, partnership_id in pairs:
        commune = index.get(insee)
        department = (commune.department_code, commune.department_name, commune.region_name) if commune \
            else ("", UNKNOWN, UNKNOWN)
        departments[department].add(partnership_id)
        regions[(commune.region_code, commune.region_name) if commune else ("", UNKNOWN)].add(partnership_id)
    return [
        Table("Partenariats par forme", "Partenariats par forme", (("Forme", TEXT), ("Partenariats", INT)),
              tuple((term.fr, by_form.get(term.code, 0)) for term in PARTNERSHIP_FORMS), chart=(0, 1)),
        Table("Partenariats par ODD", "Partenariats par objectif de développement durable",
              (("ODD", INT), ("Objectif", TEXT), ("Partenariats", INT)),
              tuple((int(term.code), term.fr, by_odd.get(int(term.code), 0)) for term in ODD), chart=(1, 2)),
        Table("Partenariats par étape", "Partenariats par étape", (("Étape", TEXT), ("Partenariats", INT)),
              tuple((term.fr, by_stage.get(term.code, 0)) for term in PARTNERSHIP_STAGES), chart=(0, 1)),
        Table("Partenariats par région", "Partenariats par région",
              (("Code", TEXT), ("Région", TEXT), ("Partenariats", INT)),
              tuple((code, name, len(ids)) for (code, name), ids in sorted(regions.items())), chart=(1, 2),
              note="Un partenariat qui touche plusieurs régions compte dans chacune."),
        Table("Partenariats par département", "Partenariats par département",
              (("Code", TEXT), ("Département", TEXT), ("Région", TEXT), ("Partenariats", INT)),
              tuple((code, name, region, len(ids)) for (code, name, region), ids in sorted(departments.items())),
              note="Un partenariat qui touche plusieurs départements compte dans chacun."),
    ]


def _actors(connection, territory: Territory) -> Table:
    a, links = Actor.__table__, ActorLink.__table__
    rows = connection.execute(select(a.c.id, a.c.kind, links.c.national_key)
                              .outerjoin(links, links.c.actor_id == a.c.id)
                              .where(_where(and_(_live(a), a.c.merged_into_id.is_(None)),
                                            territory.insee_condition(a.c.commune_insee)))).all()
    records: dict[str, int] = defaultdict(int)
    distinct: dict[str, set] = defaultdict(set)
    for actor_id, kind, key in rows:
        world = WORLD_OF_KIND.get(kind, "citoyens")
        records[world] += 1
        distinct[world].add(key or actor_id)
    return Table("Acteurs par monde", "Acteurs par monde",
                 (("Monde", TEXT), ("Fiches des catalyseurs", INT), ("Acteurs distincts", INT)),
                 tuple((term.fr, records.get(term.code, 0), len(distinct.get(term.code, ())))
                       for term in ACTOR_WORLDS), chart=(0, 2),
                 note="Une commune (code INSEE) ou une organisation (SIREN) suivie par plusieurs catalyseurs "
                      "compte une seule fois parmi les acteurs distincts.")


def _time(connection, start, end, territory: Territory) -> list[Table]:
    act = Activity.__table__
    condition = _where(_live(act), territory.linked_condition(act.c.id, ActivityCommune.__table__, "activity_id"))
    if start is not None:
        condition = and_(condition, act.c.day >= start)
    if end is not None:
        condition = and_(condition, act.c.day <= end)
    found = {mission: (count, minutes) for mission, count, minutes in connection.execute(
        select(act.c.mission, func.count(), func.coalesce(func.sum(act.c.minutes), 0))
        .where(condition).group_by(act.c.mission)).all()}
    missions = tuple((METIERS.label(metier_of(term.code)), term.fr, found.get(term.code, (0, 0))[0],
                      round(found.get(term.code, (0, 0))[1] / 60, 2)) for term in MISSIONS)
    metiers = []
    for metier in METIERS:
        mine = [found.get(term.code, (0, 0)) for term in MISSIONS if metier_of(term.code) == metier.code]
        metiers.append((metier.fr, sum(m[0] for m in mine), round(sum(m[1] for m in mine) / 60, 2)))
    return [
        Table("Temps par métier", "Temps de travail par métier", (("Métier", TEXT), ("Activités", INT),
                                                                  ("Heures", HOURS)), tuple(metiers), chart=(0, 2)),
        Table("Temps par mission", "Temps de travail par mission",
              (("Métier", TEXT), ("Mission", TEXT), ("Activités", INT), ("Heures", HOURS)), missions),
    ]


def _shipped_kits() -> dict[tuple[str, str], Kit]:
    from catalyseur_app.kit import load_kit, shipped_kit_paths

    kits: dict[tuple[str, str], Kit] = {}
    for path in shipped_kit_paths():
        kit = load_kit(path)
        kits[(kit.form_id, kit.version)] = kit
    return kits


def _scores(connection, start, end, territory: Territory) -> Table:
    from catalyseur_app.kit import compute_scores

    d, answers_table = Diagnostic.__table__, DiagnosticAnswer.__table__
    condition = _where(and_(_live(d), d.c.status != "superseded"), territory.insee_condition(d.c.commune_insee))
    if start is not None:
        condition = and_(condition, d.c.started_on >= start)
    if end is not None:
        condition = and_(condition, d.c.started_on <= end)
    diagnostics = connection.execute(select(d.c.id, d.c.commune_insee, d.c.started_on, d.c.kit_id, d.c.kit_version)
                                     .where(condition).order_by(d.c.started_on, d.c.id)).all()
    latest = {row.commune_insee: row for row in diagnostics}  # one diagnostic per commune: its latest
    answers: dict[str, dict] = defaultdict(dict)
    ids = [row.id for row in latest.values()]
    for part in range(0, len(ids), 500):
        for diagnostic_id, question, value in connection.execute(
                select(answers_table.c.diagnostic_id, answers_table.c.question, answers_table.c.value)
                .where(answers_table.c.diagnostic_id.in_(ids[part:part + 500]), _live(answers_table))):
            answers[diagnostic_id][question] = json.loads(value)
    kits = _shipped_kits()
    index = get_commune_index()
    values: dict[tuple, list[float]] = defaultdict(list)
    volet_labels: dict[str, str] = {}
    unscored = 0
    for insee, row in sorted(latest.items()):
        kit = kits.get((row.kit_id, row.kit_version))
        if kit is None:
            unscored += 1
            continue
        scores = compute_scores(kit, answers.get(row.id, {}), today=row.started_on)
        commune = index.get(insee)
        department = (commune.department_code, commune.department_name) if commune else ("", UNKNOWN)
        for volet in kit.volets:
            volet_labels.setdefault(volet.name, volet.label.get("fr"))
            score = scores.volets[volet.name].score if volet.name in scores.volets else None
            if score is not None:
                values[(department, volet.name)].append(score)
    order = {name: i for i, name in enumerate(volet_labels)}
    rows = []
    for (department, volet), found in sorted(values.items(), key=lambda item: (item[0][0], order[item[0][1]])):
        q1, median, q3 = _quartiles(found)
        rows.append((department[0], department[1], volet_labels[volet], len(found), median, q1, q3))
    note = "Pour chaque commune, son diagnostic le plus récent ; notes sur 100."
    if unscored:
        note += (f" {unscored} diagnostics faits avec un kit que cette version ne connaît pas sont laissés de côté."
                 if unscored > 1 else
                 " 1 diagnostic fait avec un kit que cette version ne connaît pas est laissé de côté.")
    return Table("Notes par département", "Notes des diagnostics par volet et par département",
                 (("Code", TEXT), ("Département", TEXT), ("Volet", TEXT), ("Communes", INT), ("Médiane", SCORE),
                  ("1er quartile", SCORE), ("3e quartile", SCORE)), tuple(rows), note=note)


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return round(q1, 1), round(median, 1), round(q3, 1)


def _working_in(territory: Territory):
    """The catalyseurs who sent at least one partnership, activity, diagnostic or actor inside."""
    sources = RecordSource.__table__
    p, act, d, a = Partnership.__table__, Activity.__table__, Diagnostic.__table__, Actor.__table__
    pc, ac = PartnershipCommune.__table__, ActivityCommune.__table__
    inside = {
        "partnership": select(p.c.id).where(territory.linked_condition(p.c.id, pc, "partnership_id")),
        "activity": select(act.c.id).where(territory.linked_condition(act.c.id, ac, "activity_id")),
        "diagnostic": select(d.c.id).where(territory.insee_condition(d.c.commune_insee)),
        "actor": select(a.c.id).where(territory.insee_condition(a.c.commune_insee)),
    }
    return select(sources.c.catalyseur_id).where(
        or_(*(and_(sources.c.kind == kind, sources.c.record_id.in_(ids)) for kind, ids in inside.items())))


def _catalyseurs(connection, today: _dt.date, territory: Territory) -> Table:
    files, sources = AppliedFile.__table__, RecordSource.__table__
    query = select(files.c.catalyseur_id, files.c.catalyseur_name, files.c.made_at).order_by(files.c.made_at)
    if not territory.everywhere:
        query = query.where(files.c.catalyseur_id.in_(_working_in(territory)))
    rows = connection.execute(query).all()
    seen: dict[str, dict] = {}
    for catalyseur_id, name, made_at in rows:
        entry = seen.setdefault(catalyseur_id, {"files": 0})
        entry.update(name=name, last=made_at)
        entry["files"] += 1
    records: dict[tuple[str, str], int] = {
        (c, k): n for c, k, n in connection.execute(
            select(sources.c.catalyseur_id, sources.c.kind, func.count()).group_by(sources.c.catalyseur_id,
                                                                                  sources.c.kind)).all()}
    table = []
    for catalyseur_id, entry in sorted(seen.items(), key=lambda item: (item[1]["name"].casefold(), item[0])):
        last = entry["last"].date()
        silent = (today - last).days
        table.append((entry["name"], catalyseur_id, entry["files"], last, silent,
                      "Oui" if silent >= SILENT_AFTER_DAYS else "Non",
                      *(records.get((catalyseur_id, kind), 0) for kind in ("partnership", "activity", "diagnostic",
                                                                            "actor"))))
    return Table("Catalyseurs", "Envois et fiches par catalyseur",
                 (("Catalyseur", TEXT), ("Identifiant", TEXT), ("Fichiers", INT), ("Dernier fichier", DATE),
                  ("Jours depuis", INT), (f"Sans envoi depuis {SILENT_AFTER_DAYS} jours", TEXT),
                  ("Partenariats", INT), ("Activités", INT), ("Diagnostics", INT), ("Acteurs", INT)),
                 tuple(table), note="Fiches envoyées par chaque catalyseur (suppressions comprises).")
