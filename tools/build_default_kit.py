"""Write the default « sortie de crise » kit workbook into resources/kits/.

    python tools/build_default_kit.py [OUTPUT_DIR]

The kit is data: this script is only the convenient way the project writes its own default
version; the foundation may edit the resulting workbook in a spreadsheet program instead.

Each version is a new file: a diagnostic keeps the kit version it was started with, so the
workbooks of older versions stay in resources/kits (they are installed too) and are never
rewritten. Change VERSION whenever the questions change.

2026.2: a hint on every volet; volets shown as one screen in ODK (``appearance=field-list``);
at least five scored questions per volet, with housing, mobility, youth, health and isolation,
and damage to infrastructure; the recovery budget bounded (0 to 10 million euros).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FORM_ID = "sortie_de_crise"
VERSION = "2026.2"  # 2026.1 stays in resources/kits: diagnostics made with it keep it
FR, EN = "Français (fr)", "English (en)"

SURVEY_COLUMNS = (
    "type", "name", f"label::{FR}", f"label::{EN}", f"hint::{FR}", f"hint::{EN}", "required",
    f"required_message::{FR}", f"required_message::{EN}", "relevant", "constraint",
    f"constraint_message::{FR}", f"constraint_message::{EN}", "default", "weight", "axis",
    "show_partnerships", "role", "appearance",
)
CHOICES_COLUMNS = ("list_name", "name", f"label::{FR}", f"label::{EN}", "score")

MATURITY = (
    ("absent", "Inexistant", "Non-existent", 0),
    ("emergent", "Émergent : on en parle, rien n'est organisé", "Emerging: discussed, nothing organised", 1),
    ("partiel", "Partiel : des actions existent, incomplètes", "Partial: some actions, incomplete", 2),
    ("etabli", "Établi : organisé et suffisant", "Established: organised and sufficient", 3),
    ("nsp", "Ne sait pas", "Don't know", None),
)
YES_NO = (("yes", "Oui", "Yes", None), ("no", "Non", "No", None))
WORLDS = (
    ("collectivite", "Collectivités territoriales", "Local authorities"),
    ("association", "Associations", "Non-profit organisations"),
    ("entreprise", "Entreprises", "Businesses"),
    ("fondation", "Fondations", "Foundations"),
    ("academique", "Acteurs académiques et de recherche", "Academic and research bodies"),
    ("etat", "Institutions publiques (État et opérateurs)", "Public institutions (State and agencies)"),
    ("citoyens", "Citoyens ou collectifs informels", "Citizens or informal groups"),
)


def scale(name, fr, en, *, hint=("", ""), required=False, weight=None, relevant=""):
    row = {"type": "select_one maturite", "name": name, "fr": fr, "en": en, "hint": hint,
           "relevant": relevant, "weight": weight}
    if required:
        row.update(required="yes", required_message=("Merci de choisir un niveau, ou « Ne sait pas ».",
                                                      "Please choose a level, or « Don't know »."))
    return row


def closing(prefix, topic_fr, topic_en):
    return [
        {"type": "text", "name": f"{prefix}_observations", "role": "observation",
         "fr": f"Observations sur {topic_fr}", "en": f"Remarks on {topic_en}",
         "hint": ("Ce qui a été dit autour de la table, les chiffres cités, les pistes évoquées.",
                  "What was said around the table, figures quoted, ideas raised.")},
        {"type": "select_one oui_non", "name": f"{prefix}_priorite", "role": "priority",
         "fr": "La commune retient-elle ce volet comme prioritaire ?",
         "en": "Does the commune choose this area as a priority?"},
    ]


NOT_NEGATIVE = ("Le nombre ne peut pas être négatif.", "The number cannot be negative.")

VOLETS = [
    {
        "name": "fragilites", "axis": "urgences",
        "fr": "Fragilités des personnes", "en": "Vulnerability of people",
        "hint": ("Isolement, précarité, santé, alimentation : qui a besoin d'aide, et est-il aidé ?",
                 "Isolation, poverty, health, food: who needs help, and do they get it?"),
        "questions": [
            scale("fr_isolement", "Les personnes isolées (âgées, seules, en situation de handicap) sont-elles "
                  "repérées et contactées régulièrement ?",
                  "Are isolated people (elderly, living alone, disabled) identified and contacted regularly?",
                  required=True, weight=2),
            {"type": "integer", "name": "fr_personnes_isolees",
             "fr": "Combien de personnes isolées sont suivies aujourd'hui (approximativement) ?",
             "en": "How many isolated people are followed today (roughly)?",
             "relevant": "selected(${fr_isolement}, 'partiel') or selected(${fr_isolement}, 'etabli')",
             "constraint": ". >= 0 and . <= 100000",
             "constraint_message": ("Indiquez un nombre entre 0 et 100 000.", "Enter a number between 0 and 100,000.")},
            scale("fr_precarite", "Les ménages en difficulté financière sont-ils orientés vers les aides existantes ?",
                  "Are households in financial difficulty directed to the existing support?"),
            scale("fr_sante", "L'accès aux soins (médecin, pharmacie, téléconsultation) est-il assuré pour tous ?",
                  "Is access to care (doctor, pharmacy, teleconsultation) ensured for everyone?"),
            scale("fr_alimentation", "L'aide alimentaire répond-elle aux besoins des habitants ?",
                  "Does food aid meet the needs of the inhabitants?"),
            scale("fr_logement", "Les ménages sinistrés ou mal logés ont-ils une solution de logement digne ?",
                  "Do households hit by the crisis or badly housed have decent housing?",
                  hint=("Hébergement d'urgence, logements vacants mobilisables, travaux d'urgence.",
                        "Emergency shelter, empty homes that can be used, urgent repairs.")),
            scale("fr_jeunesse", "Les enfants et les jeunes ont-ils un accueil, des activités et un "
                  "accompagnement (école, loisirs, écoute) ?",
                  "Do children and young people have care, activities and support (school, leisure, "
                  "someone to talk to)?"),
            *closing("fr", "les fragilités des personnes", "the vulnerability of people"),
        ],
    },
    {
        "name": "continuite", "axis": "urgences",
        "fr": "Continuité des acteurs locaux", "en": "Continuity of local actors",
        "hint": ("Associations, commerces, TPE, services publics : qui tient, qui vacille ?",
                 "Associations, shops, small firms, public services: who holds, who falters?"),
        "questions": [
            {"type": "integer", "name": "co_associations", "required": "yes",
             "fr": "Combien d'associations sont actives dans la commune ?",
             "en": "How many associations are active in the commune?",
             "hint": ("Un ordre de grandeur suffit ; 0 s'il n'y en a aucune.", "A rough figure is enough; 0 if none."),
             "required_message": ("Indiquez le nombre d'associations, même approximatif.",
                                  "Enter the number of associations, even roughly."),
             "constraint": ". >= 0", "constraint_message": NOT_NEGATIVE},
            scale("co_associations_activite", "Les associations ont-elles pu maintenir ou reprendre leurs activités ?",
                  "Have the associations been able to keep up or resume their activities?",
                  relevant="${co_associations} > 0"),
            scale("co_commerces", "Les commerces de proximité restent-ils ouverts et accessibles ?",
                  "Do local shops remain open and accessible?"),
            scale("co_tpe", "Les TPE et les artisans disposent-ils de la trésorerie et des soutiens nécessaires ?",
                  "Do small firms and craftspeople have the cash and support they need?"),
            scale("co_services_publics", "Les services publics (mairie, poste, école, France Services) "
                  "fonctionnent-ils normalement ?",
                  "Do public services (town hall, post office, school, France Services) work normally?"),
            scale("co_infrastructures", "Les dégâts aux infrastructures (routes, ponts, réseaux d'eau et "
                  "d'électricité, bâtiments publics) sont-ils recensés et leur réparation programmée ?",
                  "Is the damage to infrastructure (roads, bridges, water and power networks, public "
                  "buildings) surveyed and its repair scheduled?", weight=2),
            scale("co_mobilite", "Les habitants sans voiture peuvent-ils se déplacer (transport à la demande, "
                  "covoiturage, navettes) ?",
                  "Can inhabitants without a car get around (on-demand transport, car sharing, shuttles)?"),
            *closing("co", "la continuité des acteurs locaux", "the continuity of local actors"),
        ],
    },
    {
        "name": "coordination", "axis": "urgences",
        "fr": "Coordination locale et solidarités", "en": "Local coordination and solidarity",
        "hint": ("Qui coordonne l'entraide, comment les habitants sont informés, comment l'on tient dans la durée.",
                 "Who coordinates mutual aid, how inhabitants are informed, how it lasts."),
        "questions": [
            {"type": "select_one oui_non", "name": "cl_cellule",
             "fr": "Une cellule de coordination (mairie, associations, bénévoles) a-t-elle été mise en place ?",
             "en": "Has a coordination unit (town hall, associations, volunteers) been set up?"},
            {"type": "date", "name": "cl_cellule_date", "relevant": "${cl_cellule} = 'yes'",
             "fr": "Depuis quand existe-t-elle ?", "en": "Since when has it existed?",
             "constraint": ". <= today()",
             "constraint_message": ("La date ne peut pas être dans le futur.", "The date cannot be in the future.")},
            scale("cl_benevoles", "Les bénévoles sont-ils recensés et mobilisables rapidement ?",
                  "Are volunteers listed and quickly available?"),
            scale("cl_information", "Les habitants sont-ils informés des aides et des initiatives locales ?",
                  "Are inhabitants informed of the support and local initiatives?"),
            scale("cl_solidarites", "Les solidarités de voisinage sont-elles encouragées et soutenues ?",
                  "Are neighbourly solidarities encouraged and supported?"),
            scale("cl_sante_social", "Les professionnels de santé et du social se coordonnent-ils pour suivre "
                  "les personnes fragiles ou isolées ?",
                  "Do health and social care professionals coordinate to follow vulnerable or isolated people?"),
            scale("cl_plan_sauvegarde", "Le plan communal de sauvegarde est-il à jour et connu des élus et des "
                  "bénévoles ?",
                  "Is the municipal emergency plan up to date and known to councillors and volunteers?"),
            *closing("cl", "la coordination et les solidarités", "coordination and solidarity"),
        ],
    },
    {
        "name": "economie", "axis": "redeveloppement",
        "fr": "Économie locale et emploi", "en": "Local economy and jobs",
        "hint": ("Emplois perdus et à pourvoir, exploitations et commerces, projets de relance.",
                 "Jobs lost and open, farms and shops, recovery projects."),
        "questions": [
            scale("ec_emploi", "La situation de l'emploi local (pertes d'emplois, besoins de recrutement) "
                  "est-elle connue ?",
                  "Is the local job situation (job losses, hiring needs) known?"),
            {"type": "decimal", "name": "ec_chomage",
             "fr": "Part estimée des demandeurs d'emploi parmi les actifs (en %)",
             "en": "Estimated share of job seekers among the working population (%)",
             "constraint": ". >= 0 and . <= 100",
             "constraint_message": ("Indiquez un pourcentage entre 0 et 100.",
                                    "Enter a percentage between 0 and 100.")},
            scale("ec_circuits_courts", "Les circuits courts et l'achat local sont-ils encouragés ?",
                  "Are short supply chains and local purchasing encouraged?"),
            scale("ec_projets", "Des projets de relance économique sont-ils identifiés et portés ?",
                  "Are economic recovery projects identified and led?"),
            scale("ec_agriculture", "Les exploitations agricoles touchées sont-elles accompagnées ?",
                  "Are the farms affected given support?"),
            scale("ec_insertion", "Les jeunes et les demandeurs d'emploi sont-ils accompagnés vers la formation "
                  "et l'emploi ?",
                  "Are young people and job seekers helped towards training and work?"),
            *closing("ec", "l'économie locale et l'emploi", "the local economy and jobs"),
        ],
    },
    {
        "name": "alliances", "axis": "redeveloppement", "show_partnerships": "yes",
        "fr": "Dynamique d'alliances", "en": "Alliance dynamics",
        "hint": ("Les partenariats déjà enregistrés pour la commune sont rappelés sur cette page.",
                 "The partnerships already recorded for the commune are shown on this page."),
        "questions": [
            scale("al_partenariats", "Des partenariats existent-ils entre acteurs de mondes différents "
                  "(collectivité, associations, entreprises…) ?",
                  "Do partnerships exist between actors from different worlds (local authority, "
                  "associations, businesses…)?", required=True, weight=2),
            {"type": "select_multiple mondes", "name": "al_mondes",
             "fr": "Quels mondes sont déjà engagés dans ces alliances ?",
             "en": "Which worlds already take part in these alliances?",
             "relevant": "${al_partenariats} != 'absent' and ${al_partenariats} != 'nsp'"},
            scale("al_confiance", "La confiance entre les acteurs permet-elle d'agir ensemble ?",
                  "Does trust between actors allow them to act together?"),
            scale("al_jouer_collectif",
                  "Les acteurs ont-ils l'habitude de « jouer collectif » sur des projets communs ?",
                  "Are actors used to « playing as a team » on shared projects?"),
            scale("al_entreprises", "Les entreprises du territoire participent-elles aux projets collectifs ?",
                  "Do the businesses of the area take part in shared projects?"),
            scale("al_habitants", "Les habitants sont-ils associés aux décisions et aux projets de relance ?",
                  "Are inhabitants involved in decisions and recovery projects?"),
            {"type": "text", "name": "al_partenaires_a_mobiliser",
             "fr": "Quels partenaires faudrait-il mobiliser en priorité ?",
             "en": "Which partners should be brought in first?",
             "relevant": "count-selected(${al_mondes}) < 3"},
            *closing("al", "la dynamique d'alliances", "alliance dynamics"),
        ],
    },
    {
        "name": "ingenierie", "axis": "redeveloppement",
        "fr": "Ingénierie et ressources", "en": "Engineering and resources",
        "hint": ("Données, outils, compétences, financements.", "Data, tools, skills, funding."),
        "questions": [
            scale("in_donnees", "La commune dispose-t-elle de données à jour sur son territoire ?",
                  "Does the commune have up-to-date data on its territory?"),
            scale("in_outils", "Les outils nécessaires (numériques, méthodes) sont-ils disponibles ?",
                  "Are the necessary tools (digital, methods) available?"),
            scale("in_competences", "Les compétences pour porter les projets sont-elles présentes ou accessibles ?",
                  "Are the skills to lead projects present or within reach?"),
            scale("in_financements", "Les financements mobilisables (État, région, fondations, mécénat) "
                  "sont-ils identifiés ?",
                  "Are the available funds (State, region, foundations, sponsorship) identified?"),
            scale("in_suivi", "Un suivi des actions de relance (tableau de bord, point régulier en conseil) "
                  "est-il en place ?",
                  "Is there a follow-up of the recovery actions (dashboard, regular review by the council)?"),
            {"type": "decimal", "name": "in_budget",
             "fr": "Budget communal consacré à la relance cette année (en euros)",
             "en": "Municipal budget devoted to recovery this year (euros)",
             "hint": ("Le montant inscrit au budget, en euros (par exemple 25000).",
                      "The amount in the budget, in euros (for example 25000)."),
             "constraint": ". >= 0 and . <= 10000000",
             "constraint_message": ("Indiquez un montant entre 0 et 10 000 000 €.",
                                    "Enter an amount between 0 and €10,000,000.")},
            *closing("in", "l'ingénierie et les ressources", "engineering and resources"),
        ],
    },
]


def _survey_row(spec: dict) -> list:
    hint = spec.get("hint", ("", ""))
    required_message = spec.get("required_message", ("", ""))
    constraint_message = spec.get("constraint_message", ("", ""))
    weight = spec.get("weight")
    return [spec["type"], spec["name"], spec["fr"], spec["en"], hint[0], hint[1], spec.get("required", ""),
            required_message[0], required_message[1], spec.get("relevant", ""), spec.get("constraint", ""),
            constraint_message[0], constraint_message[1], spec.get("default", ""),
            weight if weight is not None else None, spec.get("axis", ""), spec.get("show_partnerships", ""),
            spec.get("role", ""), spec.get("appearance", "")]


def build_workbook() -> Workbook:
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    survey.append(SURVEY_COLUMNS)
    for volet in VOLETS:
        survey.append(_survey_row({**volet, "type": "begin_group", "appearance": "field-list"}))
        for question in volet["questions"]:
            survey.append(_survey_row(question))
        survey.append(["end_group", volet["name"]])
    choices = workbook.create_sheet("choices")
    choices.append(CHOICES_COLUMNS)
    for name, fr, en, score in MATURITY:
        choices.append(["maturite", name, fr, en, score])
    for name, fr, en, score in YES_NO:
        choices.append(["oui_non", name, fr, en, score])
    for name, fr, en in WORLDS:
        choices.append(["mondes", name, fr, en, None])
    settings = workbook.create_sheet("settings")
    settings.append(("form_id", "version", "form_title", "default_language"))
    settings.append((FORM_ID, VERSION, "Diagnostic « sortie de crise »", FR))
    for sheet in workbook.worksheets:
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            letter = column[0].column_letter
            longest = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[letter].width = min(max(12, longest + 2), 60)
            for cell in column[1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula
    workbook.properties.creator = "Catalyseur"
    workbook.properties.title = "Kit « sortie de crise »"
    workbook.properties.created = _dt.datetime(2026, 1, 1)
    return workbook


def output_path(directory: Path) -> Path:
    return directory / f"sortie-de-crise-{VERSION}.xlsx"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    directory = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "resources" / "kits"
    directory.mkdir(parents=True, exist_ok=True)
    target = output_path(directory)
    temporary = target.with_suffix(".tmp")
    build_workbook().save(temporary)
    temporary.replace(target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
