"""Text reports of a preview and of an import, for the command line (and the window's details),
in the current language (French by default)."""

from __future__ import annotations

from catalyseur_app.store.models.exchange import DECIDED_BY_PERSON

from ..formatting import format_date
from ..messages import t, translatable
from .merge import ADD, CONFLICT, DELETE, ERASE, IGNORED, INCOMING, UNCHANGED, UPDATE, Plan
from .schema import KIND_BY_NAME

ACTION_LABELS = {ADD: translatable("à ajouter"), UPDATE: translatable("à mettre à jour"),
                 DELETE: translatable("à supprimer"), ERASE: translatable("à effacer (RGPD)"),
                 CONFLICT: translatable("en conflit"), UNCHANGED: translatable("inchangés"),
                 IGNORED: translatable("ignorés")}
SIDE_LABELS = {INCOMING: translatable("la version du fichier"), "local": translatable("votre version")}


def _utc_moment(moment) -> str:
    """A manifest's moment as written, in UTC (the report says so)."""
    return f"{format_date(moment.date())} {moment:%H:%M}" if moment else ""


def describe_plan(plan: Plan) -> list[str]:
    m = plan.file.manifest
    start, end = _utc_moment(m.period_start), _utc_moment(m.period_end)
    period = t("du {start} au {end}", start=start, end=end) if m.period_start else t("jusqu'au {end}", end=end)
    lines = [t("Fichier « {name} » : {catalyseur}, envoi n° {sequence} ({scope}), {period} (UTC).",
               name=plan.file.name, catalyseur=m.catalyseur_name or t("catalyseur inconnu"), sequence=m.sequence,
               scope=t("complet") if m.full else t("changements"), period=period)]
    lines += plan.warnings
    counts = ", ".join(f"{n} {t(ACTION_LABELS[a])}" for a, n in plan.summary().items())
    lines.append(t("Aperçu : {counts}.", counts=counts))
    for change in plan.conflicts:
        lines.append(t("  Conflit — {kind} « {label} » ({id}) : modifié des deux côtés ; règle automatique : {side}.",
                       kind=t(KIND_BY_NAME[change.kind].label), label=change.label, id=change.record_id,
                       side=t(SIDE_LABELS[change.rule_choice or INCOMING])))
    return lines


def describe_result(outcome) -> list[str]:
    if outcome.result is None:
        return [t("Rien à changer : vos données sont déjà à jour.")] if not outcome.plan.has_work else []
    lines = [t("Import appliqué. Sauvegarde faite avant l'import : {backup}.", backup=outcome.result.backup.name)]
    for conflict in outcome.result.conflicts:
        who = t("choix de la personne") if conflict["decided_by"] == DECIDED_BY_PERSON else t("règle automatique")
        lines.append(t("  Conflit {kind} {id} : {side} gardée ({who}) ; l'autre version est conservée "
                       "dans Échanges › Conflits.", kind=t(KIND_BY_NAME[conflict["kind"]].label), id=conflict["id"],
                       side=t(SIDE_LABELS[conflict["chosen"]]), who=who))
    return lines
