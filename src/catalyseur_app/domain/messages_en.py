"""English for the messages of ``domain`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    # field labels (translated by the checks)
    "Nom": "Name",
    "Notes": "Notes",
    # validators
    "Le champ « {label} » est obligatoire.": "“{label}” is required.",
    "Le champ « {label} » doit tenir sur une seule ligne (sans retour à la ligne ni tabulation).":
        "“{label}” must fit on one line (no line breaks or tabs).",
    "Le champ « {label} » contient des caractères de contrôle invisibles ; retirez-les.":
        "“{label}” contains invisible control characters; please remove them.",
    "Le champ « {label} » est trop long : {length} caractères, {maximum} au plus. Raccourcissez-le.":
        "“{label}” is too long: {length} characters, {maximum} at most. Please shorten it.",
    "Le SIREN/SIRET ne doit contenir que des chiffres (les espaces sont acceptés).":
        "The SIREN/SIRET must contain digits only (spaces are accepted).",
    "Un SIREN a 9 chiffres et un SIRET 14 ; celui-ci en a {count}.":
        "A SIREN has 9 digits and a SIRET 14; this one has {count}.",
    "Ce {kind} n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez les chiffres.":
        "This {kind} is not valid: its check digit does not match. Please check the digits.",
    "L'adresse électronique « {text} » n'est pas valide (exemple : prenom.nom@exemple.fr).":
        "The e-mail address “{text}” is not valid (example: first.last@example.com).",
    "Le numéro « {text} » n'est pas un numéro français valide : 10 chiffres commençant par 0 "
    "(ex. 01 23 45 67 89) ou +33 suivi de 9 chiffres.":
        "“{text}” is not a valid French phone number: 10 digits starting with 0 "
        "(e.g. 01 23 45 67 89) or +33 followed by 9 digits.",
    "L'adresse web « {text} » n'est pas valide (exemple : https://www.exemple.fr).":
        "The web address “{text}” is not valid (example: https://www.example.com).",
    "La date de fin doit être postérieure ou égale à la date de début.":
        "The end date must be on or after the start date.",
    # communes referential
    "département": "département",
    "région": "region",
    "Référentiel des communes incohérent, codes inconnus ({label}) : {codes}.":
        "Inconsistent commune referential, unknown codes ({label}): {codes}.",
    "Le référentiel des communes est illisible ({path}) : {error}":
        "The commune referential cannot be read ({path}): {error}",
    "Le référentiel des communes ({path}) est incomplet, sections manquantes : {sections}.":
        "The commune referential ({path}) is incomplete, missing sections: {sections}.",
    "Le référentiel des communes ({path}) est abîmé : ligne de commune n° {line} mal formée.":
        "The commune referential ({path}) is damaged: commune line {line} is malformed.",
    # typed dates and durations (domain/typed_values.py)
    "« {text} » n'est pas une date : tapez-la comme 15/11/2026.":
        "“{text}” is not a date: type it like 15/11/2026.",
    "Le {day:02d}/{month:02d}/{year} n'existe pas : vérifiez le jour et le mois.":
        "{day:02d}/{month:02d}/{year} does not exist: check the day and the month.",
    "Une durée ne peut pas être négative.": "A duration cannot be negative.",
    "« {text} » n'est pas une durée : tapez par exemple 1:30, 1h30, 1,5 ou 90 min.":
        "“{text}” is not a duration: type for example 1:30, 1h30, 1.5 or 90 min.",
    "« {text} » dépasse 24 heures : une activité se note jour par jour "
    "(pour des minutes, écrivez par exemple 45 min).":
        "“{text}” is more than 24 hours: activities are logged day by day "
        "(for minutes, write for example 45 min).",
    "« {text} » : les minutes vont de 0 à 59.": "“{text}”: minutes go from 0 to 59.",
}
