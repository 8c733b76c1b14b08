"""The import use case shared by the window and the command line: read, check trust, preview, apply."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass

from catalyseur_app.progress import NO_PROGRESS, Progress

from ..messages import t
from .apply import ApplyResult, apply_plan
from .errors import SyncFileError, storage_problem
from .merge import Plan
from .peers import last_sequence
from .reader import SyncFile, open_sync_file
from .walk import preview


def preview_import(store, path, progress: Progress = NO_PROGRESS, trust_new: bool = False) -> Plan:
    """Read and verify ``path``, check its signature against the trust registry and compare it with
    the store; changes nothing. ``trust_new``: accept the key of a catalyseur not known yet (it is
    recorded by the import). The file is read as a stream: the import (``apply_plan``) reads it
    again, checking it is still the same."""
    from catalyseur_app.store.models import TrustedKey

    from .trust import check

    sync_file = open_sync_file(path)
    trust = None
    if sync_file.manifest.device_id != store.device_id:  # else make_plan refuses it, saying why
        with store.read() as session:
            trust = check(session.connection(), TrustedKey.__table__, sync_file.manifest, sync_file.name, trust_new)
    plan = make_plan(store, sync_file, progress)
    plan.trust = trust
    if trust is not None and trust.warning:
        plan.warnings.insert(0, trust.warning)
    return plan


def remember_key(store, plan: Plan) -> None:
    """Record a key accepted for a file that had nothing to change (``apply_plan`` does it otherwise)."""
    from catalyseur_app.store.models import TrustedKey

    from .trust import remember

    if plan.trust is not None and plan.trust.remember:
        with store.write() as session:
            remember(session.connection(), TrustedKey.__table__, plan.file.manifest)


def make_plan(store, sync_file: SyncFile, progress: Progress = NO_PROGRESS) -> Plan:
    """Read the file through, with every check, and compare it with the store; changes nothing."""
    manifest = sync_file.manifest
    if manifest.device_id == store.device_id:
        raise SyncFileError(t("« {name} » a été fait par cet appareil-ci : il ne peut pas y être importé "
                              "(un fichier s'importe sur un autre appareil ou à la Fondation).", name=sync_file.name))
    from catalyseur_app.store.erasures import read_register

    from .erased import Erased

    erased = Erased(register=frozenset(read_register(store.data_dir)))  # the store holding them or not
    spool = tempfile.TemporaryFile(prefix="catalyseur-import-")  # noqa: SIM115 - the plan keeps it open until applied
    plan = Plan(sync_file, explain_only=True, spool=spool)
    with store.read() as session:
        connection = session.connection()
        last = last_sequence(connection, manifest.device_id)
        plan.last_applied = last
        if last is not None and manifest.sequence <= last:
            plan.warnings.append(t(
                "Ce fichier est l'envoi n° {sequence} de cet appareil ; l'envoi n° {last} a déjà été "
                "appliqué : les données plus récentes déjà présentes sont conservées.",
                sequence=manifest.sequence, last=last))
        try:
            for _, changes in preview(connection, sync_file, store.device_id, progress, spool, erased):
                for change in changes:
                    plan.add(change)
        except OSError as error:  # no room left for the checked rows
            spool.close()
            raise SyncFileError(storage_problem(sync_file.name, error)) from None
        except BaseException:
            spool.close()
            raise
    return plan


@dataclass
class ImportOutcome:
    plan: Plan
    result: ApplyResult | None  # None when there was nothing to change (or a dry run)


def import_sync_file(store, path, *, dry_run: bool = False, choices=None, trust_new: bool = False,
                     progress: Progress = NO_PROGRESS) -> ImportOutcome:
    plan = preview_import(store, path, progress, trust_new)
    if dry_run:
        return ImportOutcome(plan, None)
    if not plan.has_work:
        remember_key(store, plan)
        return ImportOutcome(plan, None)
    return ImportOutcome(plan, apply_plan(store, plan, choices, progress))
