"""English for the messages of ``store`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    "Catalyseur est déjà ouvert sur ce dossier de données ({folder}). Fermez l'autre fenêtre "
    "ou attendez la fin de la commande en cours, puis réessayez.":
        "Catalyseur is already open on this data folder ({folder}). Close the other window "
        "or wait for the running command to finish, then try again.",
    "« {path} » n'est pas une base de données Catalyseur ; elle n'a pas été modifiée.":
        "“{path}” is not a Catalyseur database; it has not been changed.",
    "« {path} » n'est pas une base de données lisible ({error}) ; elle n'a pas été modifiée.":
        "“{path}” is not a readable database ({error}); it has not been changed.",
    "Cette base de données a été écrite par une version plus récente de Catalyseur. "
    "Mettez à jour l'application pour l'ouvrir ; la base n'a pas été modifiée.":
        "This database was written by a newer version of Catalyseur. "
        "Update the application to open it; the database has not been changed.",
    "La copie de sauvegarde « {name} » est incomplète ; rien n'a été modifié.":
        "The backup copy “{name}” is incomplete; nothing has been changed.",
    "Impossible de créer le dossier de données « {folder} » : {error}.":
        "Cannot create the data folder “{folder}”: {error}.",
    "Aucune sauvegarde « {key} » dans « {folder} ». « catalyseur-app backup list » les montre.":
        "No backup “{key}” in “{folder}”. “catalyseur-app backup list” shows them.",
    "« {key} » désigne plusieurs sauvegardes : {names}. Donnez-en davantage.":
        "“{key}” names several backups: {names}. Give more of it.",
    "La sauvegarde « {name} » est endommagée ou illisible ({error}).":
        "The backup “{name}” is damaged or cannot be read ({error}).",
    "La sauvegarde « {name} » ne contient plus les lignes qu'elle avait à sa création.":
        "The backup “{name}” no longer holds the rows it had when it was made.",
    "« {name} » n'est pas une base de données Catalyseur.": "“{name}” is not a Catalyseur database.",
    "La base de données semble endommagée : sa copie de sauvegarde « {name} » ne passe pas "
    "le contrôle d'intégrité. Aucune sauvegarde n'a été supprimée ; restaurez-en une "
    "(« catalyseur-app backup list »).":
        "The database seems damaged: its backup copy “{name}” fails the integrity check. "
        "No backup has been deleted; restore one (“catalyseur-app backup list”).",
    "Le registre des effacements « {path} » est illisible ({error}) ; rien n'a été modifié. "
    "Remettez-le en état (ou restaurez-le d'une copie du dossier) avant de continuer.":
        "The erasure register “{path}” cannot be read ({error}); nothing has been changed. "
        "Repair it (or restore it from a copy of the folder) before going on.",
    "Vérification de la sauvegarde « {name} »…": "Checking the backup “{name}”…",
    "La sauvegarde « {name} » a été faite par une version plus récente de Catalyseur ; rien n'a été modifié.":
        "The backup “{name}” was made by a newer version of Catalyseur; nothing has been changed.",
    "Préparation de la copie…": "Preparing the copy…",
    "Sauvegarde de l'état actuel…": "Backing up the current state…",
    "Mise de côté de l'ancienne base…": "Setting the previous database aside…",
    "Mise en place de la sauvegarde…": "Putting the backup in place…",
    "La copie de « {name} » ne passe pas le contrôle d'intégrité ; rien n'a été modifié.":
        "The copy of “{name}” fails the integrity check; nothing has been changed.",
    # backup texts, check and the backup command
    "La base de données « {path} » est absente ou vide.": "The database “{path}” is missing or empty.",
    "La base de données « {path} » est illisible ({error}).": "The database “{path}” cannot be read ({error}).",
    "automatique": "automatic",
    "à la fermeture": "at closing",
    "faite à la main": "made by hand",
    "avant un import": "before an import",
    "avant une mise à jour de la base": "before a database update",
    "avant une restauration": "before a restore",
    "acteurs": "actors",
    "contacts": "contacts",
    "partenariats": "partnerships",
    "activités": "activities",
    "diagnostics": "diagnostics",
    "{size} Mo": "{size} MB",
    "{moment}, {reason} : {counts} ({size})": "{moment}, {reason}: {counts} ({size})",
    "Aucune sauvegarde dans « {folder} ».": "No backup in “{folder}”.",
    "{count} sauvegarde(s) dans « {folder} », la plus récente d'abord :":
        "{count} backup(s) in “{folder}”, newest first:",
    "Sauvegarde vérifiée « {id} » : {description}.": "Verified backup “{id}”: {description}.",
    "La restauration a échoué : {error}. La base est restée telle quelle ou a été mise de côté "
    "dans le dossier « mis-de-cote » ; rien n'a été supprimé.":
        "The restore failed: {error}. The database was left as it was or set aside in the "
        "“mis-de-cote” folder; nothing was deleted.",
    "Sauvegarde « {id} » restaurée : {counts}.": "Backup “{id}” restored: {counts}.",
    "L'état d'avant la restauration est gardé dans la sauvegarde « {id} ».":
        "The state before the restore is kept in the backup “{id}”.",
    "L'ancien fichier de la base est mis de côté : « {path} ».": "The previous database file is set aside: “{path}”.",
    "{count} personne(s) effacée(s) à nouveau d'après le registre des effacements.":
        "{count} person(s) erased again according to the erasure register.",
    "La base de données « {path} » est saine (contrôle d'intégrité complet) : {counts}.":
        "The database “{path}” is sound (full integrity check): {counts}.",
    "La base de données « {path} » a des problèmes :": "The database “{path}” has problems:",
    "Restaurez une sauvegarde vérifiée : « catalyseur-app backup list », puis "
    "« catalyseur-app backup restore ID ».":
        "Restore a verified backup: “catalyseur-app backup list”, then “catalyseur-app backup restore ID”.",
}
