"""Partnerships: create, edit, load, delete — validated, each change an undoable Operation.

    draft = PartnershipDraft(title="…", form="mecenat", stage="active",
                             partners=[Partner(actor_a, "porteur"), Partner(actor_b, "financeur")],
                             communes=["15014"], needs=["emploi"], odds=[8, 17])
    problems = validate_partnership(store, draft)       # {field: message in the current language}, empty when fine
    operation = create_partnership(store, draft)        # raises ValidationError; subject_id = new id
    operation = update_partnership(store, partnership_id, draft)
    draft = load_partnership(store, partnership_id)     # raises RecordNotFound
    operation = delete_partnership(store, partnership_id)   # to the trash (records.trash)

Field keys of ``ValidationError.field_errors``: title, description, form, stage, partners,
start_date, end_date, money_eur, in_kind, skills, outcomes, communes, needs, odds, cited_example.
Removed partners are tombstoned (they travel with sync) and revived if added back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalyseur_app.domain import validators as check
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.vocabularies import NEEDS, ODD, PARTNER_ROLES, PARTNERSHIP_FORMS, PARTNERSHIP_STAGES
from catalyseur_app.messages import t, translatable
from catalyseur_app.records.collections import make_collection_equal
from catalyseur_app.records.errors import RecordNotFound
from catalyseur_app.records.trash import delete_records
from catalyseur_app.records.undo import Operation, save_draft
from catalyseur_app.store.models import (
    Actor,
    InspiringExample,
    Partnership,
    PartnershipCommune,
    PartnershipExample,
    PartnershipNeed,
    PartnershipOdd,
    PartnershipPartner,
    new_uuid,
    utc_now,
)

MONEY_MAX = 1_000_000_000  # one billion euros: beyond it, a typo is far more likely
MIN_PARTNERS = 2


@dataclass
class Partner:
    actor_id: str
    role: str = "partenaire"


@dataclass
class PartnershipDraft:
    title: str = ""
    description: str = ""
    form: str = ""
    stage: str = "emergence"
    partners: list[Partner] = field(default_factory=list)
    communes: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    odds: list[int] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    money_eur: float | None = None
    in_kind: str = ""
    skills: str = ""
    outcomes: str = ""
    inspiring: bool = False
    cited_example: str | None = None  # id of an inspiring example from the foundation's packs
    version: int | None = field(default=None, compare=False)  # as loaded; None: not checked


def validate_partnership(store_or_session, draft: PartnershipDraft) -> dict[str, str]:
    """Every problem of ``draft``, by field, for the person (empty when it can be saved)."""
    if isinstance(store_or_session, Session):
        return _validate(store_or_session, draft)
    with store_or_session.read() as session:
        return _validate(session, draft)


def _validate(session: Session, draft: PartnershipDraft) -> dict[str, str]:
    errors: dict[str, str] = {}

    def put(key: str, message: str | None) -> None:
        if message and key not in errors:
            errors[key] = message

    put("title", check.check_name(draft.title, translatable("Titre")))
    put("description", check.check_notes(draft.description, translatable("Description")))
    for key, label in (("in_kind", translatable("Apports en nature")),
                       ("skills", translatable("Compétences apportées")), ("outcomes", translatable("Résultats"))):
        put(key, check.check_notes(getattr(draft, key), label))
    if not draft.form:
        put("form", t("Choisissez la forme du partenariat (mécénat, pratiques responsables, coopération économique "
                      "ou innovation sociétale)."))
    elif draft.form not in PARTNERSHIP_FORMS:
        put("form", t("La forme « {form} » n'existe pas.", form=draft.form))
    if not draft.stage:
        put("stage", t("Choisissez l'étape du partenariat."))
    elif draft.stage not in PARTNERSHIP_STAGES:
        put("stage", t("L'étape « {stage} » n'existe pas.", stage=draft.stage))
    put("partners", _partner_problem(session, draft.partners))
    put("end_date", check.check_date_order(draft.start_date, draft.end_date))
    put("money_eur", _money_problem(draft.money_eur))
    index = get_commune_index()
    unknown = [code for code in draft.communes if index.get(code) is None]
    if unknown:
        put("communes", t("Commune inconnue (code INSEE {codes}) : choisissez-la dans la liste.",
                          codes=", ".join(unknown[:3])))
    wrong_needs = [need for need in draft.needs if need not in NEEDS]
    if wrong_needs:
        put("needs", t("Besoin inconnu : {codes}.", codes=", ".join(wrong_needs[:3])))
    if draft.cited_example and session.get(InspiringExample, draft.cited_example) is None:
        put("cited_example", t("Cet exemple inspirant n'est plus disponible : choisissez-en un autre."))
    wrong_odds = [odd for odd in draft.odds if str(odd) not in ODD]
    if wrong_odds:
        put("odds", t("Les objectifs de développement durable sont numérotés de 1 à 17."))
    return errors


def _partner_problem(session: Session, partners: list[Partner]) -> str | None:
    actor_ids = [partner.actor_id for partner in partners if partner.actor_id]
    if len(actor_ids) < MIN_PARTNERS:
        return t("Un partenariat réunit au moins deux acteurs : ajoutez-en dans le tableau des partenaires.")
    if len(set(actor_ids)) != len(actor_ids):
        return t("Un même acteur figure deux fois parmi les partenaires ; gardez-le une seule fois.")
    for partner in partners:
        if not partner.role:
            return t("Indiquez le rôle de chaque partenaire (porteur, partenaire, financeur…).")
        if partner.role not in PARTNER_ROLES:
            return t("Le rôle « {role} » n'existe pas.", role=partner.role)
    live = set(session.scalars(select(Actor.id).where(
        Actor.id.in_(actor_ids), Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None))))
    if len(live) != len(set(actor_ids)):
        return t("Un des partenaires n'existe plus (supprimé ou fusionné) : retirez-le ou choisissez-en un autre.")
    return None


def _money_problem(value: float | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value):
        return t("Le montant doit être un nombre d'euros (exemple : 1500 ou 1500,50).")
    if value < 0:
        return t("Le montant engagé ne peut pas être négatif.")
    if value > MONEY_MAX:
        return t("Le montant dépasse un milliard d'euros : vérifiez le nombre de zéros.")
    return None


def _clean(draft: PartnershipDraft) -> PartnershipDraft:
    return PartnershipDraft(
        title=draft.title.strip(), description=draft.description.strip(), form=draft.form,
        stage=draft.stage, partners=[Partner(p.actor_id, p.role) for p in draft.partners if p.actor_id],
        communes=list(dict.fromkeys(c.strip().upper() for c in draft.communes if c and c.strip())),
        needs=list(dict.fromkeys(draft.needs)), odds=sorted({int(o) for o in draft.odds}),
        start_date=draft.start_date, end_date=draft.end_date,
        money_eur=None if draft.money_eur is None else round(float(draft.money_eur), 2),
        in_kind=draft.in_kind.strip(), skills=draft.skills.strip(), outcomes=draft.outcomes.strip(),
        inspiring=bool(draft.inspiring), cited_example=draft.cited_example or None, version=draft.version,
    )


_SCALAR_FIELDS = ("title", "description", "form", "stage", "start_date", "end_date", "money_eur",
                  "in_kind", "skills", "outcomes", "inspiring")


def create_partnership(store, draft: PartnershipDraft) -> Operation:
    """Save a new partnership; the Operation's ``subject_id`` is its id."""
    draft = _clean(draft)
    return save_draft(store, draft, model=Partnership, fields=_SCALAR_FIELDS, validate=_validate,
                      write_links=_write_links, description=t("Créer le partenariat « {title} »", title=draft.title))


def update_partnership(store, partnership_id: str, draft: PartnershipDraft) -> Operation:
    draft = _clean(draft)
    return save_draft(store, draft, model=Partnership, fields=_SCALAR_FIELDS, validate=_validate,
                      write_links=_write_links, description=t("Modifier le partenariat « {title} »", title=draft.title),
                      load=lambda session: _live(session, partnership_id))


def delete_partnership(store, partnership_id: str) -> Operation:
    return delete_records(store, "partnerships", [partnership_id])


def load_partnership(store, partnership_id: str) -> PartnershipDraft:
    with store.read() as session:
        partnership = _live(session, partnership_id)
        partners = session.scalars(
            select(PartnershipPartner)
            .join(Actor, Actor.id == PartnershipPartner.actor_id)
            .where(PartnershipPartner.partnership_id == partnership_id, PartnershipPartner.deleted_at.is_(None))
        ).all()
        role_rank = {code: i for i, code in enumerate(PARTNER_ROLES.codes())}
        partners = sorted(partners, key=lambda p: (role_rank.get(p.role, 99), p.actor.name_key, p.created_at))
        return PartnershipDraft(
            **{name: getattr(partnership, name) for name in _SCALAR_FIELDS},
            partners=[Partner(p.actor_id, p.role) for p in partners],
            communes=sorted(c.insee for c in partnership.communes),
            needs=[code for code in NEEDS.codes() if code in {n.need for n in partnership.needs}],
            odds=sorted(o.odd for o in partnership.odds),
            cited_example=session.scalar(select(PartnershipExample.example_id).where(
                PartnershipExample.partnership_id == partnership_id)),
            version=partnership.version,
        )


def _live(session: Session, partnership_id: str) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or partnership.deleted_at is not None:
        raise RecordNotFound(translatable("Ce partenariat"))
    return partnership


def _write_links(session: Session, partnership: Partnership, draft: PartnershipDraft) -> None:
    existing = {} if partnership.id is None else {row.actor_id: row for row in session.scalars(
        select(PartnershipPartner).where(PartnershipPartner.partnership_id == partnership.id))}
    wanted = {partner.actor_id: partner.role for partner in draft.partners}
    for actor_id, row in existing.items():
        if actor_id not in wanted and row.deleted_at is None:
            row.deleted_at = utc_now()
    for actor_id, role in wanted.items():
        link = existing.get(actor_id)
        if link is None:
            session.add(PartnershipPartner(partnership=partnership, actor_id=actor_id, role=role))
            continue
        if link.deleted_at is not None:
            link.deleted_at = None
        if link.role != role:
            link.role = role
    make_collection_equal(partnership.communes, draft.communes, lambda code: PartnershipCommune(insee=code),
                          lambda row: row.insee)
    make_collection_equal(partnership.needs, draft.needs, lambda code: PartnershipNeed(need=code),
                          lambda row: row.need)
    make_collection_equal(partnership.odds, draft.odds, lambda code: PartnershipOdd(odd=code), lambda row: row.odd)
    _write_citation(session, partnership, draft.cited_example)


def _write_citation(session: Session, partnership: Partnership, example_id: str | None) -> None:
    """The example the partnership cites: a row of its own, local (it does not travel)."""
    if partnership.id is None:
        partnership.id = new_uuid()
    row = session.get(PartnershipExample, partnership.id)
    if row is None:
        if example_id:
            session.add(PartnershipExample(partnership_id=partnership.id, example_id=example_id))
    elif not example_id:
        session.delete(row)
    elif row.example_id != example_id:
        row.example_id = example_id


