"""English for the messages of the top-level modules (profile, atomic); see catalyseur_app.messages."""

ENGLISH = {
    # profile
    "Structure": "Structure",
    "Commune inconnue : {codes}.": "Unknown commune: {codes}.",
    # atomic
    "Le dossier « {folder} » n'existe pas.": "The folder “{folder}” does not exist.",
    "Le disque est plein : « {target} » n'a pas été écrit.": "The disk is full: “{target}” was not written.",
    "Impossible d'écrire « {target} » : accès refusé.": "Cannot write “{target}”: access denied.",
    "Impossible d'écrire « {target} » : {error}.": "Cannot write “{target}”: {error}.",
    "« {target} » est un dossier : choisissez un nom de fichier.": "“{target}” is a folder: choose a file name.",
}
