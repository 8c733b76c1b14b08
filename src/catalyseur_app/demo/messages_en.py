"""English for the progress steps of ``demo`` (the demo data itself is French); see catalyseur_app.messages."""

ENGLISH = {
    "Acteurs et contacts": "Actors and contacts",
    "Partenariats": "Partnerships",
    "Journal des métiers": "Métier journal",
    "Enregistrement": "Saving",
    "Diagnostics": "Diagnostics",
    "Le dossier de données « {folder} » contient déjà des données : la démonstration "
    "ne s'installe que dans un dossier vide. Choisissez un autre dossier avec --data-dir.":
        "The data folder “{folder}” already holds data: the demonstration can only be installed "
        "in an empty folder. Choose another folder with --data-dir.",
    # command line
    "L'échelle (--scale) doit être un nombre entier entre 1 et 1000.": "The scale (--scale) must be a whole number from 1 to 1000.",
    "Données de démonstration créées dans « {where} » en {elapsed:.1f} s : "
    "{actors} acteurs, {contacts} contacts, {partnerships} partenariats "
    "({partners} partenaires), {activities} activités, {diagnostics} diagnostics.":
        "Demonstration data created in “{where}” in {elapsed:.1f} s: "
        "{actors} actors, {contacts} contacts, {partnerships} partnerships "
        "({partners} partners), {activities} activities, {diagnostics} diagnostics.",
}
