"""English for the messages of ``reports`` (French key -> English template; see catalyseur_app.messages).

Only errors and progress steps: the documents themselves stay French.
"""

ENGLISH = {
    "Le diagnostic « {id} » n'existe pas (ou plus).": "The diagnostic “{id}” does not exist (any more).",
    "Le rapport ne peut pas être préparé : {error}": "The report cannot be prepared: {error}",
    "Le partenariat « {id} » n'existe pas (ou plus).": "The partnership “{id}” does not exist (any more).",
    "La période est vide : le {end:%d/%m/%Y} est avant le {start:%d/%m/%Y}.":
        "The period is empty: {end:%d/%m/%Y} is before {start:%d/%m/%Y}.",
    # progress steps
    "Journal des métiers…": "Métier journal…",
    "Partenariats…": "Partnerships…",
    "Diagnostics…": "Diagnostics…",
    "Plan d'action…": "Action plan…",
    "Notes des diagnostics…": "Diagnostic scores…",
    "Mise en page du rapport…": "Laying out the report…",
    "Écriture du PDF…": "Writing the PDF…",
    "Rapport prêt.": "Report ready.",
    "Mise en page de la fiche…": "Laying out the sheet…",
    "Fiche prête.": "Sheet ready.",
    "Mise en page de la synthèse…": "Laying out the summary…",
    "Synthèse prête.": "Summary ready.",
    "Classeur : synthèse…": "Workbook: summary…",
    "Classeur : journal des métiers…": "Workbook: métier journal…",
    "Classeur : partenariats…": "Workbook: partnerships…",
    "Classeur : diagnostics et actions…": "Workbook: diagnostics and actions…",
    "Classeur prêt.": "Workbook ready.",
    # command line
    "« {text} » n'est pas une date au format AAAA-MM-JJ (ex. 2026-09-30)":
        "“{text}” is not a date in the YYYY-MM-DD format (e.g. 2026-09-30)",
    "Erreur : {error}": "Error: {error}",
    "Document écrit : {path}": "Document written: {path}",
}
