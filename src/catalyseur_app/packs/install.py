"""Receiving a reference pack in a catalyseur's store: check, preview, install all or nothing.

    preview = preview_pack(store, path)          # PackError for any refusal; changes nothing
    result = install_pack(store, path, accepted_fingerprint=None)

The foundation's public key is pinned in the settings: set beforehand (``set_foundation_key``) or
accepted at the first pack, whose fingerprint the person compares with the one the foundation
gave them (``accepted_fingerprint``). A pack signed by any other key is refused. A pack adds:
kits as new versions (diagnostics keep the version they were run with), vocabulary terms (never
removing one), inspiring examples (added or updated). A verified backup is made first.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from catalyseur_app.domain.vocabularies import ODD, PARTNERSHIP_FORMS
from catalyseur_app.messages import t
from catalyseur_app.signing import fingerprint as fingerprint_of

from .format import PackContent, PackError, read_pack
from .terms import term_problem

FOUNDATION_KEY_SETTING = "packs.foundation_key"
EXAMPLE_FIELDS = ("title", "territory", "partners", "form", "odds", "what_was_done", "results")


@dataclass
class PackPreview:
    path: Path
    content: PackContent
    key_pinned: bool  # False: the first pack, its key must be accepted
    new_kits: list[tuple[str, str, str]] = field(default_factory=list)  # (form_id, version, title)
    known_kits: int = 0
    new_terms: list[dict] = field(default_factory=list)
    known_terms: int = 0
    new_examples: list[dict] = field(default_factory=list)
    updated_examples: list[dict] = field(default_factory=list)
    known_examples: int = 0
    kit_bytes: dict[tuple[str, str], bytes] = field(default_factory=dict, repr=False)

    @property
    def fingerprint(self) -> str:
        return self.content.fingerprint

    @property
    def has_work(self) -> bool:
        return bool(self.new_kits or self.new_terms or self.new_examples or self.updated_examples)


@dataclass(frozen=True)
class InstallResult:
    preview: PackPreview
    backup: Path | None


def normalised(fingerprint: str) -> str:
    return "".join(fingerprint.split()).lower()


def pinned_key(store) -> str | None:
    return store.get_setting(FOUNDATION_KEY_SETTING) or None


def set_foundation_key(store, public_key: str, replace: bool = False) -> str:
    """Pin the foundation's public key (base64, as ``foundation key`` prints it); its fingerprint."""
    try:
        shown = fingerprint_of(public_key.strip())
    except ValueError:
        raise PackError(t("« {key} » n'est pas une clé publique de la Fondation (texte base64 de 44 caractères).",
                          key=public_key[:60])) from None
    if len(public_key.strip()) != 44:
        raise PackError(t("« {key} » n'est pas une clé publique de la Fondation (texte base64 de 44 caractères).",
                          key=public_key[:60]))
    current = pinned_key(store)
    if current and current != public_key.strip() and not replace:
        raise PackError(t("Une autre clé de la Fondation est déjà enregistrée (empreinte {fingerprint}) : "
                          "ajoutez --replace pour la remplacer.", fingerprint=fingerprint_of(current)))
    store.set_setting(FOUNDATION_KEY_SETTING, public_key.strip())
    return shown


def preview_pack(store, path: str | Path) -> PackPreview:
    """Everything the pack would change; PackError (with details) when it must be refused."""
    from sqlalchemy import func, select

    from catalyseur_app.kit import KitError, load_kit
    from catalyseur_app.store.models import (
        InspiringExample,
        InstalledKit,
        InstalledPack,
    )

    path = Path(path)
    content = read_pack(path)
    pinned = pinned_key(store)
    if pinned and pinned != content.public_key:
        raise PackError(t("Le pack « {name} » est signé par une autre clé (empreinte {fingerprint}) que celle de la "
                          "Fondation enregistrée ici (empreinte {pinned}) : il est refusé.", name=path.name,
                          fingerprint=content.fingerprint, pinned=fingerprint_of(pinned)))
    preview = PackPreview(path, content, key_pinned=bool(pinned))
    with store.read() as session:
        last = session.scalar(select(func.max(InstalledPack.sequence))) or 0
        if content.sequence <= last:
            if content.sequence == last:
                raise PackError(t("Le pack n° {sequence} est déjà installé ; rien n'a été modifié.",
                                  sequence=content.sequence))
            raise PackError(t("Le pack n° {sequence} est plus ancien que le pack n° {last} déjà installé : il est "
                              "refusé, rien n'a été modifié.", sequence=content.sequence, last=last))
        for name, data in sorted(content.kits.items()):
            try:
                kit = load_kit(data)
            except KitError as error:
                raise PackError(t("Le kit « {name} » du pack ne passe pas la vérification : le pack est refusé, "
                                  "rien n'a été installé.", name=name),
                                [str(problem) for problem in error.problems]) from None
            installed = session.scalar(select(InstalledKit.sha256).where(
                InstalledKit.form_id == kit.form_id, InstalledKit.version == kit.version))
            if installed == hashlib.sha256(data).hexdigest():
                preview.known_kits += 1
            elif installed is not None:
                raise PackError(t("Le kit « {form_id} » version « {version} » du pack diffère de celui déjà installé "
                                  "sous le même numéro : le pack est refusé.",
                                  form_id=kit.form_id, version=kit.version))
            else:
                preview.new_kits.append((kit.form_id, kit.version, kit.title or kit.form_id))
                preview.kit_bytes[(kit.form_id, kit.version)] = data
        _preview_terms(preview)
        examples = {row.id: row for row in session.scalars(select(InspiringExample))}
        for example in content.examples:
            problem = _example_problem(example)
            if problem:
                raise PackError(problem)
            row = examples.get(example["id"])
            if row is None:
                preview.new_examples.append(example)
            elif any(getattr(row, key) != value for key, value in _example_values(example).items()):
                preview.updated_examples.append(example)
            else:
                preview.known_examples += 1
    return preview


def _preview_terms(preview: PackPreview) -> None:
    from catalyseur_app.domain.vocabularies import EXTENDABLE

    seen = set()
    for term in preview.content.terms:
        if not isinstance(term, dict):
            raise PackError(t("« {name} » n'est pas un pack de la Fondation (un fichier .zip signé, avec son "
                              "manifest.json).", name=preview.path.name))
        problem = term_problem(term)
        key = (term.get("vocabulary"), term.get("code"))
        if problem is None and key in seen:
            problem = t("Le code « {code} » figure deux fois dans la liste « {vocabulary} » du pack.",
                        code=key[1], vocabulary=key[0])
        if problem:
            raise PackError(t("Le pack « {name} » est refusé, rien n'a été installé : {problem}",
                              name=preview.path.name, problem=problem))
        seen.add(key)
        if EXTENDABLE[term["vocabulary"]].get(term["code"]) is None:
            preview.new_terms.append(term)
        else:
            preview.known_terms += 1


def _example_values(example: dict) -> dict:
    values = {key: example.get(key, "") for key in EXAMPLE_FIELDS}
    values["odds"] = ";".join(str(odd) for odd in example.get("odds", []))
    return values


def _example_problem(example) -> str | None:
    if (not isinstance(example, dict) or not str(example.get("id", "")).strip()
            or not str(example.get("title", "")).strip()):
        return t("Un exemple inspirant du pack n'a pas d'identifiant ou de titre : le pack est refusé.")
    if example.get("form") and example["form"] not in PARTNERSHIP_FORMS:
        return t("L'exemple « {title} » a une forme de partenariat inconnue (« {form} ») : le pack est refusé.",
                 title=example["title"], form=example["form"])
    odds = example.get("odds", [])
    if not isinstance(odds, list) or any(str(odd) not in ODD for odd in odds):
        return t("L'exemple « {title} » cite un ODD qui n'existe pas (ils sont numérotés de 1 à 17) : le pack est "
                 "refusé.", title=example["title"])
    if any(not isinstance(example.get(key, ""), (str, list)) for key in EXAMPLE_FIELDS):
        return t("Un exemple inspirant du pack n'a pas d'identifiant ou de titre : le pack est refusé.")
    return None


def install_pack(store, path: str | Path, accepted_fingerprint: str | None = None) -> InstallResult:
    """Check and install the pack in one transaction, after a verified backup."""
    from catalyseur_app.store.backup import BEFORE_IMPORT
    from catalyseur_app.store.models import (
        InspiringExample,
        InstalledKit,
        InstalledPack,
        Setting,
        VocabularyAddition,
    )
    from catalyseur_app.store.vocabulary_additions import apply_vocabulary_additions

    preview = preview_pack(store, path)
    content = preview.content
    accepted = accepted_fingerprint is not None and normalised(accepted_fingerprint) == normalised(preview.fingerprint)
    if not preview.key_pinned and not accepted:
        raise PackError(t("Premier pack reçu : vérifiez auprès de la Fondation que l'empreinte de sa clé est bien "
                          "{fingerprint}, puis acceptez-la (--accept-key « empreinte »). Rien n'a été installé.",
                          fingerprint=preview.fingerprint))
    backup = store.backup(BEFORE_IMPORT)
    with store.write() as session:
        if not preview.key_pinned:
            session.merge(Setting(key=FOUNDATION_KEY_SETTING, value=content.public_key))
        for (form_id, version, title) in preview.new_kits:
            data = preview.kit_bytes[(form_id, version)]
            session.add(InstalledKit(form_id=form_id, version=version, title=title, content=data,
                                     sha256=hashlib.sha256(data).hexdigest()))
        for term in preview.new_terms:
            session.add(VocabularyAddition(vocabulary=term["vocabulary"], code=term["code"],
                                           label_fr=term["fr"].strip(),
                                           label_en=term["en"].strip(), pack_sequence=content.sequence))
        for example in preview.new_examples + preview.updated_examples:
            session.merge(InspiringExample(id=example["id"], pack_sequence=content.sequence,
                                           **_example_values(example)))
        session.add(InstalledPack(
            sequence=content.sequence, made_at=content.made_at, sha256=content.sha256,
            fingerprint=content.fingerprint, file_name=preview.path.name,
            counts=json.dumps({"kits": len(preview.new_kits), "vocabulary": len(preview.new_terms),
                               "examples": len(preview.new_examples) + len(preview.updated_examples)})))
    apply_vocabulary_additions(store)
    return InstallResult(preview, backup)
