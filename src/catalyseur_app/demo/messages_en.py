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
    "Le disque est plein : la démonstration n'a pas été créée et le dossier de données "
    "est resté tel quel. Libérez de la place, puis recommencez.":
        "The disk is full: the demonstration was not created and the data folder was left as it was. "
        "Free some space, then try again.",
    "La démonstration n'a pas pu être créée ({error}) ; le dossier de données est resté tel quel.":
        "The demonstration could not be created ({error}); the data folder was left as it was.",
}
