"""French text reports of a preview and of an import, for the command line (and the window's details)."""

from __future__ import annotations

from .merge import ADD, CONFLICT, DELETE, ERASE, IGNORED, INCOMING, UNCHANGED, UPDATE, Plan
from .schema import KIND_BY_NAME

ACTION_LABELS = {ADD: "à ajouter", UPDATE: "à mettre à jour", DELETE: "à supprimer", ERASE: "à effacer (RGPD)",
                 CONFLICT: "en conflit", UNCHANGED: "inchangés", IGNORED: "ignorés"}
SIDE_LABELS = {INCOMING: "la version du fichier", "local": "votre version"}


def describe_plan(plan: Plan) -> list[str]:
    m = plan.file.manifest
    period = (f"du {m.period_start:%d/%m/%Y %H:%M} au {m.period_end:%d/%m/%Y %H:%M}" if m.period_start
              else f"jusqu'au {m.period_end:%d/%m/%Y %H:%M}")
    lines = [f"Fichier « {plan.file.name} » : {m.catalyseur_name or 'catalyseur inconnu'}, envoi n° {m.sequence} "
             f"({'complet' if m.full else 'changements'}), {period} (UTC)."]
    lines += plan.warnings
    lines.append("Aperçu : " + ", ".join(f"{n} {ACTION_LABELS[a]}" for a, n in plan.summary().items()) + ".")
    for change in plan.conflicts:
        kind = KIND_BY_NAME[change.kind].label
        lines.append(f"  Conflit — {kind} « {change.label} » ({change.record_id}) : modifié des deux côtés ; "
                     f"règle automatique : {SIDE_LABELS[change.rule_choice]}.")
    return lines


def describe_result(outcome) -> list[str]:
    if outcome.result is None:
        return ["Rien à changer : vos données sont déjà à jour."] if not outcome.plan.has_work else []
    lines = [f"Import appliqué. Sauvegarde faite avant l'import : {outcome.result.backup.name}."]
    for conflict in outcome.result.conflicts:
        who = "choix de la personne" if conflict["decided_by"] == "person" else "règle automatique"
        lines.append(f"  Conflit {KIND_BY_NAME[conflict['kind']].label} {conflict['id']} : "
                     f"{SIDE_LABELS[conflict['chosen']]} gardée ({who}) ; l'autre version est conservée "
                     "dans Échanges › Conflits.")
    return lines
