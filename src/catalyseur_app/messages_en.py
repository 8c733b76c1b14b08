"""English for the messages of the top-level modules (profile, atomic, output_guard, signing); see catalyseur_app.messages."""

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
    # output_guard
    "« {name} » : choisissez un nom de fichier qui finit par {suffixes}.":
        "“{name}”: choose a file name ending in {suffixes}.",
    " ou ": " or ",
    "Impossible d'écrire « {target} » : ce chemin ne mène nulle part (lien symbolique en boucle ?).":
        "Cannot write “{target}”: this path leads nowhere (a loop of symbolic links?).",
    "« {target} » est dans le dossier de données de Catalyseur ({folder}) : "
    "enregistrez le fichier ailleurs, par exemple dans vos Documents.":
        "“{target}” is inside Catalyseur's data folder ({folder}): save the file elsewhere, "
        "for example in your Documents.",
    "« {target} » appartient à un dossier de données de Catalyseur : "
    "il n'est pas remplacé. Choisissez un autre nom ou un autre dossier.":
        "“{target}” belongs to a Catalyseur data folder: it is not replaced. "
        "Choose another name or another folder.",
    "« {target} » existe déjà et n'est pas un fichier {suffix} : il n'est pas remplacé. "
    "Choisissez un autre nom.":
        "“{target}” already exists and is not a {suffix} file: it is not replaced. Choose another name.",
    # signing
    "La clé de signature « {path} » est illisible : {error}": "The signing key “{path}” cannot be read: {error}",
    "La clé de signature « {path} » n'est pas une clé Ed25519.": "The signing key “{path}” is not an Ed25519 key.",
}
