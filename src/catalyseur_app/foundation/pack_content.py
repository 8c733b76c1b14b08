"""What the foundation enters for its reference packs, and the pack it writes from them.

    add_kit(db, file)                       a kit workbook, validated by the kit engine
    add_term(db, vocabulary, code, fr, en)  a new need, partnership stage, partner role…
    import_examples(db, file.xlsx)          the inspiring examples workbook (examples_sheet)
    make_pack(db, out, key)                 pack n° N+1 holding all of it, signed with ``key``

Each call is one transaction: on any problem nothing is stored (FoundationError with every problem).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from catalyseur_app.messages import t
from catalyseur_app.packs.terms import term_problem

from .database import FoundationError, database_url, open_consolidation_store, shown

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


class ContentError(FoundationError):
    """Refused content: ``details`` lists every problem (sheet, row, column)."""

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.details = list(details or [])


@dataclass(frozen=True)
class Outcome:
    added: int
    updated: int = 0
    unchanged: int = 0


def _session(db: str):
    from sqlalchemy.orm import Session

    engine = open_consolidation_store(db)
    return engine, Session(engine)


def add_kit(db: str, path: str | Path) -> tuple[str, str, bool]:
    """Store a kit version; (form_id, version, newly added). The same version with another content
    is refused: a published version never changes."""
    from catalyseur_app.kit import KitError, load_kit

    from .models import PackKit

    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise FoundationError(t("Le fichier « {path} » ne peut pas être lu : {error}.", path=path,
                                error=error.strerror or error)) from None
    try:
        kit = load_kit(content)
    except KitError as error:
        raise ContentError(t("Le kit « {name} » n'est pas valide ; rien n'a été enregistré.", name=path.name),
                              [str(problem) for problem in error.problems]) from None
    sha256 = hashlib.sha256(content).hexdigest()
    engine, session = _session(db)
    try:
        with session, session.begin():
            existing = session.get(PackKit, (kit.form_id, kit.version))
            if existing is not None:
                if existing.sha256 == sha256:
                    return kit.form_id, kit.version, False
                raise FoundationError(t(
                    "La version « {version} » du kit « {form_id} » est déjà enregistrée avec un autre contenu : "
                    "augmentez le numéro de version dans la feuille settings.",
                    version=kit.version, form_id=kit.form_id))
            session.add(PackKit(form_id=kit.form_id, version=kit.version, title=kit.title or kit.form_id,
                                content=content, sha256=sha256))
    finally:
        engine.dispose()
    return kit.form_id, kit.version, True


def add_term(db: str, vocabulary: str, code: str, fr: str, en: str) -> bool:
    """Store a vocabulary term; False when it is already there with the same labels."""
    from .models import PackTerm

    term = {"vocabulary": vocabulary, "code": code, "fr": fr.strip(), "en": en.strip()}
    problem = term_problem(term)
    if problem:
        raise FoundationError(problem)
    engine, session = _session(db)
    try:
        with session, session.begin():
            existing = session.get(PackTerm, (vocabulary, code))
            if existing is not None:
                if (existing.label_fr, existing.label_en) == (term["fr"], term["en"]):
                    return False
                raise FoundationError(t(
                    "Le code « {code} » existe déjà dans la liste « {vocabulary} » (« {label} ») : un nouveau terme "
                    "doit avoir un nouveau code.", code=code, vocabulary=vocabulary, label=existing.label_fr))
            session.add(PackTerm(vocabulary=vocabulary, code=code, label_fr=term["fr"], label_en=term["en"]))
    finally:
        engine.dispose()
    return True


def apply_published_terms(engine) -> None:
    """Put the terms the foundation publishes into the vocabularies, so that the catalyseurs'
    sync files using them (after installing a pack) are consolidated, not refused."""
    from sqlalchemy import select

    from catalyseur_app.domain.vocabularies import Term, set_additions

    from .models import PackTerm

    with engine.connect() as connection:
        rows = connection.execute(select(PackTerm.vocabulary, PackTerm.code, PackTerm.label_fr, PackTerm.label_en)
                                  .order_by(PackTerm.added_at, PackTerm.code)).all()
    set_additions((vocabulary, Term(code, fr, en)) for vocabulary, code, fr, en in rows)


def import_examples(db: str, path: str | Path) -> Outcome:
    """Add or update the examples of the workbook (an example is known by its identifier)."""
    from .examples_sheet import ExamplesSheetError, read_examples
    from .models import PackExample

    try:
        examples = read_examples(path)
    except ExamplesSheetError as error:
        raise ContentError(t("Les exemples de « {name} » ne sont pas importés :", name=Path(path).name),
                              error.problems) from None
    added = updated = unchanged = 0
    engine, session = _session(db)
    try:
        with session, session.begin():
            for example in examples:
                values = {**example, "odds": ";".join(str(odd) for odd in example["odds"])}
                row = session.get(PackExample, example["id"])
                if row is None:
                    session.add(PackExample(**values))
                    added += 1
                elif any(getattr(row, key) != value for key, value in values.items()):
                    for key, value in values.items():
                        setattr(row, key, value)
                    row.updated_at = datetime.now(UTC)
                    updated += 1
                else:
                    unchanged += 1
    finally:
        engine.dispose()
    return Outcome(added, updated, unchanged)


def make_pack(db: str, out: str | Path, key_path: Path):
    """Write the next reference pack (everything the foundation publishes), signed; its content."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from catalyseur_app.output_guard import check_output
    from catalyseur_app.packs.format import PackContent, write_pack
    from catalyseur_app.signing import load_or_create

    from .models import PackExample, PackKit, PackTerm, PublishedPack

    out = check_output(out, ".zip", None)
    key = load_or_create(key_path)
    engine, session = _session(db)
    written: Path | None = None
    try:
        with session, session.begin():
            sequence = (session.scalar(select(func.max(PublishedPack.sequence))) or 0) + 1
            content = PackContent(sequence=sequence, made_at=datetime.now(UTC))
            for kit in session.scalars(select(PackKit).order_by(PackKit.form_id, PackKit.added_at)):
                name = _SAFE_NAME.sub("_", f"{kit.form_id}-{kit.version}") + ".xlsx"
                content.kits[name] = kit.content
            content.terms = [{"vocabulary": term.vocabulary, "code": term.code, "fr": term.label_fr,
                              "en": term.label_en}
                             for term in session.scalars(select(PackTerm).order_by(PackTerm.added_at, PackTerm.code))]
            content.examples = [
                {"id": e.id, "title": e.title, "territory": e.territory, "partners": e.partners, "form": e.form,
                 "odds": [int(o) for o in e.odds.split(";") if o], "what_was_done": e.what_was_done,
                 "results": e.results}
                for e in session.scalars(select(PackExample).order_by(PackExample.title))]
            path = written = Path(write_pack(out, content, key))
            # The register line is committed only once the file exists under its final name; if
            # that commit fails the file is removed, so its number is never published twice.
            session.add(PublishedPack(sequence=sequence, made_at=content.made_at, file_name=Path(path).name,
                                      sha256=hashlib.sha256(Path(path).read_bytes()).hexdigest(),
                                      counts=json.dumps({"kits": len(content.kits), "vocabulary": len(content.terms),
                                                         "examples": len(content.examples)})))
    except BaseException as error:
        if written is not None:
            written.unlink(missing_ok=True)
        if not isinstance(error, SQLAlchemyError):
            raise
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise FoundationError(t("Le pack n'a pas pu être inscrit au registre de « {db} » ({error}) ; aucun pack "
                                "n'a été écrit.", db=shown(database_url(db)), error=detail)) from None
    finally:
        engine.dispose()
    return content, key
