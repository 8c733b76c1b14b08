"""Builds the demo data set: ``create_demo(store, scale=1, seed=...)`` (see the package docstring).

Real communes of the Cantal (15) and the Creuse (23), actors of every kind, contacts whose
consent is recorded, partnerships of every form and stage, a year of journal entries across the
16 missions ending today, and (when the diagnostics area provides it) some diagnostics.
Everything is written in one transaction, the diagnostics too (their use cases join it through
``_OneTransaction``): interrupted at any moment (an error, a full disk, kill -9), the demo leaves
the store as it was, empty. Records go in with bulk inserts (the full-text index follows through
its triggers), so ``scale=100`` (≈ 100,000 records) takes seconds.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.messages import t
from catalyseur_app.profile import OWN_PROFILE_SETTING
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Activity,
    ActivityActor,
    ActivityCommune,
    Actor,
    Contact,
    Diagnostic,
    Partnership,
    PartnershipCommune,
    PartnershipNeed,
    PartnershipOdd,
    PartnershipPartner,
    Profile,
    ProfileCommune,
    Setting,
)

from . import records as demo_records

DEFAULT_SEED = 20201117
DEMO_DEPARTMENTS = ("15", "23")
# Tables whose rows mean "this folder already holds someone's data".
DATA_TABLES = (Profile, Actor, Contact, Partnership, Activity, Diagnostic)
BATCH = 20_000


class DemoRefused(Exception):
    """The store already has data; the message is French and names the folder."""


@dataclass(frozen=True)
class DemoSummary:
    actors: int
    contacts: int
    partnerships: int
    partners: int
    activities: int
    diagnostics: int

    @property
    def total(self) -> int:
        return self.actors + self.contacts + self.partnerships + self.partners + self.activities + self.diagnostics


def store_has_data(store: Store) -> bool:
    with store.read() as session:
        return _has_data(session)


def _has_data(session) -> bool:
    return any(session.scalar(select(func.count()).select_from(model)) for model in DATA_TABLES)


class _OneTransaction:
    """The store seen from inside the demo's one open transaction: the use cases the demo calls
    (``read()``, ``write()``, settings) join it instead of committing on their own."""

    def __init__(self, store: Store, session):
        self._store = store
        self._session = session

    def __getattr__(self, name):
        return getattr(self._store, name)

    @contextlib.contextmanager
    def read(self):
        yield self._session

    @contextlib.contextmanager
    def write(self):
        yield self._session
        self._session.flush()

    def query(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        return list(self._session.connection().exec_driver_sql(sql, params).fetchall())

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._session.get(Setting, key)
        return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        self._session.merge(Setting(key=key, value=value))


def create_demo(store: Store, scale: int = 1, seed: int = DEFAULT_SEED,
                progress: Progress = NO_PROGRESS) -> DemoSummary:
    """Fill an empty store with the demo data set, all or nothing; raises DemoRefused when it has data."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    if store_has_data(store):
        raise _refused(store)
    rng = random.Random(seed)
    communes = demo_records.demo_communes(get_commune_index(), DEMO_DEPARTMENTS)
    stamper = demo_records.Stamper(store.device_id, rng)
    rows = demo_records.DemoRows()
    progress.step(0, 4, t("Acteurs et contacts"))
    actors = demo_records.build_actors(rows, stamper, communes, demo_records.ACTORS_PER_SCALE * scale)
    demo_records.build_contacts(rows, stamper, actors, demo_records.CONTACTS_PER_SCALE * scale)
    progress.step(1, 4, t("Partenariats"))
    partnerships = demo_records.build_partnerships(rows, stamper, actors, demo_records.PARTNERSHIPS_PER_SCALE * scale)
    progress.step(2, 4, t("Journal des métiers"))
    demo_records.build_activities(rows, stamper, communes, actors, partnerships,
                                  demo_records.ACTIVITIES_PER_SCALE * scale)
    progress.step(3, 4, t("Enregistrement"))
    with store.write() as session:
        if _has_data(session):  # filled meanwhile (the check above was outside the transaction)
            raise _refused(store)
        profile = stamper.row(full_name="Camille Démo", structure="Tiers-lieu de démonstration",
                              email="camille.demo@exemple.fr", phone="")
        session.execute(insert(Profile), [profile])
        session.merge(Setting(key=OWN_PROFILE_SETTING, value=profile["id"]))
        chosen = sorted({c.insee for c in rng.sample(communes, min(25, len(communes)))})
        _insert(session, ProfileCommune, [{"profile_id": profile["id"], "insee": c} for c in chosen])
        for model, batch in (
            (Actor, rows.actors), (Contact, rows.contacts), (Partnership, rows.partnerships),
            (PartnershipPartner, rows.partners), (PartnershipCommune, rows.partnership_communes),
            (PartnershipNeed, rows.partnership_needs), (PartnershipOdd, rows.partnership_odds),
            (Activity, rows.activities), (ActivityCommune, rows.activity_communes),
            (ActivityActor, rows.activity_actors),
        ):
            _insert(session, model, batch)
        progress.step(4, 4, t("Diagnostics"))
        diagnostics = _add_diagnostics(_OneTransaction(store, session), rng, [c.insee for c in communes],
                                       [a.id for a in actors], scale)
    return DemoSummary(
        actors=len(rows.actors), contacts=len(rows.contacts), partnerships=len(rows.partnerships),
        partners=len(rows.partners), activities=len(rows.activities), diagnostics=diagnostics,
    )


def _refused(store: Store) -> DemoRefused:
    return DemoRefused(t(
        "Le dossier de données « {folder} » contient déjà des données : la démonstration "
        "ne s'installe que dans un dossier vide. Choisissez un autre dossier avec --data-dir.",
        folder=store.data_dir))


def _insert(session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start:start + BATCH])


def _add_diagnostics(store: Store | _OneTransaction, rng: random.Random, communes: list[str], actors: list[str],
                     scale: int) -> int:
    """Diagnostics belong to the diagnostics area: ``demo/diagnostics.py`` adds them if present.

    Expected signature: ``add_demo_diagnostics(store, rng, communes, actors[, scale=])`` where
    ``communes`` are INSEE codes and ``actors`` actor ids; it returns the number it created
    (or None).
    """
    add = _optional("catalyseur_app.demo.diagnostics", "add_demo_diagnostics")
    if add is None:
        return 0
    kwargs = {"scale": scale} if "scale" in inspect.signature(add).parameters else {}
    created = add(store, rng, communes, actors, **kwargs)
    if isinstance(created, int):
        return created
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Diagnostic)) or 0


def _optional(module: str, name: str) -> Callable | None:
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if module.startswith(error.name or "\0"):
            return None
        raise
    return getattr(loaded, name, None)
