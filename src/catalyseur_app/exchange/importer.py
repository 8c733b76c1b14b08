"""The import use case shared by the window and the command line: read, preview, apply."""

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


def preview_import(store, path, progress: Progress = NO_PROGRESS) -> Plan:
    """Read and verify ``path`` and compare it with the store; changes nothing. The file is read
    as a stream: the import (``apply_plan``) reads it again, checking it is still the same."""
    return make_plan(store, open_sync_file(path), progress)


def make_plan(store, sync_file: SyncFile, progress: Progress = NO_PROGRESS) -> Plan:
    """Read the file through, with every check, and compare it with the store; changes nothing."""
    manifest = sync_file.manifest
    if manifest.device_id == store.device_id:
        raise SyncFileError(t("« {name} » a été fait par cet appareil-ci : il ne peut pas y être importé "
                              "(un fichier s'importe sur un autre appareil ou à la Fondation).", name=sync_file.name))
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
            for _, changes in preview(connection, sync_file, store.device_id, progress, spool):
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


def import_sync_file(store, path, *, dry_run: bool = False, choices=None,
                     progress: Progress = NO_PROGRESS) -> ImportOutcome:
    plan = preview_import(store, path, progress)
    if dry_run or not plan.has_work:
        return ImportOutcome(plan, None)
    return ImportOutcome(plan, apply_plan(store, plan, choices, progress))
