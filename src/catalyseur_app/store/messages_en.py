"""English for the messages of ``store`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    "Catalyseur est déjà ouvert sur ce dossier de données ({folder}). Fermez l'autre fenêtre "
    "ou attendez la fin de la commande en cours, puis réessayez.":
        "Catalyseur is already open on this data folder ({folder}). Close the other window "
        "or wait for the running command to finish, then try again.",
    "« {path} » n'est pas une base de données Catalyseur ; elle n'a pas été modifiée.":
        "“{path}” is not a Catalyseur database; it has not been changed.",
    "Cette base de données a été écrite par une version plus récente de Catalyseur. "
    "Mettez à jour l'application pour l'ouvrir ; la base n'a pas été modifiée.":
        "This database was written by a newer version of Catalyseur. "
        "Update the application to open it; the database has not been changed.",
    "La copie de sauvegarde « {name} » est incomplète ; rien n'a été modifié.":
        "The backup copy “{name}” is incomplete; nothing has been changed.",
    "Impossible de créer le dossier de données « {folder} » : {error}.":
        "Cannot create the data folder “{folder}”: {error}.",
    "La base de données « {path} » est absente.":
        "The database “{path}” is missing.",
    "La base de données « {path} » est vide (0 octet).":
        "The database “{path}” is empty (0 bytes).",
    "La base de données « {path} » est vide (aucune table).":
        "The database “{path}” is empty (no tables).",
    "La base de données « {path} » ne peut pas être lue ({error}).":
        "The database “{path}” cannot be read ({error}).",
    "« {path} » n'est pas une base de données lisible ({error}).":
        "“{path}” is not a readable database ({error}).",
    "La base de données « {path} » est endommagée ({damage}).":
        "The database “{path}” is damaged ({damage}).",
    "{reason} Elle n'a pas été modifiée et aucune sauvegarde n'a été trouvée dans « {folder} ». "
    "Gardez ce fichier : une personne compétente pourra peut-être en récupérer les données.":
        "{reason} It has not been changed and no backup was found in “{folder}”. "
        "Keep this file: someone skilled may be able to recover its data.",
    "La base de données « {path} » est à moitié construite : sa création ou une mise à jour a été "
    "interrompue.":
        "The database “{path}” is half-built: its creation or an update was interrupted.",
    "La sauvegarde faite avant la mise à jour est « {name} ».":
        "The backup made before the update is “{name}”.",
    "{reason} Elle n'a pas été modifiée et il n'y a aucune sauvegarde. Si vous n'aviez encore "
    "rien saisi, déplacez ce fichier hors du dossier puis relancez Catalyseur.":
        "{reason} It has not been changed and there is no backup. If you had not entered anything yet, "
        "move this file out of the folder, then start Catalyseur again.",
    "{reason} Catalyseur ne l'ouvre pas et n'en crée pas de nouvelle à sa place, car le dossier des "
    "sauvegardes en contient {count}. Rien n'a été modifié. Restaurez-en une depuis la fenêtre, ou avec "
    "« catalyseur-app backup list » puis « catalyseur-app backup restore ID » (à essayer en "
    "premier : « {name} »).":
        "{reason} Catalyseur does not open it nor create a new one in its place, because the backups "
        "folder holds {count} backups. Nothing has been changed. Restore one from the window, or with "
        "“catalyseur-app backup list” then “catalyseur-app backup restore ID” (try first: “{name}”).",
    "La mise à jour de la base laisserait des références cassées ({table}, nombre : {count}) : "
    "elle a été annulée et la base n'a pas été modifiée.":
        "Updating the database would leave broken references ({table}, number: {count}): "
        "it was cancelled and the database has not been changed.",
    "La création de la base a échoué ({error}) : elle a été annulée et la base n'a pas été modifiée.":
        "Creating the database failed ({error}): it was cancelled and the database has not been changed.",
    "La mise à jour de la base a échoué ({error}) : son schéma ne correspond pas à sa version. Elle a été "
    "annulée et la base n'a pas été modifiée. La sauvegarde faite avant la mise à jour est « {name} » ; "
    "restaurez-la avec « catalyseur-app backup restore » si le problème persiste.":
        "Updating the database failed ({error}): its schema does not match its version. The update was "
        "cancelled and the database has not been changed. The backup made before the update is “{name}”; "
        "restore it with “catalyseur-app backup restore” if the problem remains.",
    "La base de données est endommagée ({error}). Catalyseur s'est arrêté sans rien y changer. "
    "Gardez ce fichier et restaurez la dernière sauvegarde : au prochain démarrage de la fenêtre, "
    "ou avec « catalyseur-app backup restore ».":
        "The database is damaged ({error}). Catalyseur stopped without changing anything in it. "
        "Keep this file and restore the latest backup: at the next start of the window, "
        "or with “catalyseur-app backup restore”.",
    "Le disque est plein : la base de données n'a pas pu être écrite et rien n'a été modifié. "
    "Libérez de la place, puis réessayez.":
        "The disk is full: the database could not be written and nothing has been changed. "
        "Free some space, then try again.",
    "La base de données n'a pas pu être lue ou écrite ({error}) ; rien n'a été modifié. "
    "Vérifiez le disque et les droits sur le dossier de données, puis réessayez.":
        "The database could not be read or written ({error}); nothing has been changed. "
        "Check the disk and the permissions on the data folder, then try again.",
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
    "{count} sauvegarde dans « {folder} » :": "{count} backup in “{folder}”:",
    "{count} sauvegardes dans « {folder} », la plus récente d'abord :":
        "{count} backups in “{folder}”, newest first:",
    "Sauvegarde vérifiée « {id} » : {description}.": "Verified backup “{id}”: {description}.",
    "La restauration a échoué : {error}. La base est restée telle quelle ou a été mise de côté "
    "dans le dossier « mis-de-cote » ; rien n'a été supprimé.":
        "The restore failed: {error}. The database was left as it was or set aside in the "
        "“mis-de-cote” folder; nothing was deleted.",
    "Sauvegarde « {id} » restaurée : {counts}.": "Backup “{id}” restored: {counts}.",
    "L'état d'avant la restauration est gardé dans la sauvegarde « {id} ».":
        "The state before the restore is kept in the backup “{id}”.",
    "L'ancien fichier de la base est mis de côté : « {path} ».": "The previous database file is set aside: “{path}”.",
    "{count} personne effacée à nouveau d'après le registre des effacements.":
        "{count} person erased again according to the erasure register.",
    "{count} personnes effacées à nouveau d'après le registre des effacements.":
        "{count} people erased again according to the erasure register.",
    "La base de données « {path} » est saine (contrôle d'intégrité complet) : {counts}.":
        "The database “{path}” is sound (full integrity check): {counts}.",
    "La base de données « {path} » a des problèmes :": "The database “{path}” has problems:",
    "Restaurez une sauvegarde vérifiée : « catalyseur-app backup list », puis "
    "« catalyseur-app backup restore ID ».":
        "Restore a verified backup: “catalyseur-app backup list”, then “catalyseur-app backup restore ID”.",
    "Le dossier de données « {folder} » est en lecture seule, ou vous n'avez pas le droit d'y "
    "écrire : Catalyseur ne peut pas y travailler. Rien n'a été modifié. Choisissez un dossier où "
    "vous pouvez écrire (--data-dir), ou faites rétablir l'accès en écriture.":
        "The data folder “{folder}” is read-only, or you are not allowed to write in it: Catalyseur "
        "cannot work there. Nothing has been changed. Choose a folder you can write in (--data-dir), "
        "or have write access restored.",
    "Le dossier de données « {folder} » ne peut pas être utilisé ({error}). Rien n'a été modifié.":
        "The data folder “{folder}” cannot be used ({error}). Nothing has been changed.",
    "La clé de signature de cet appareil a été remise en place depuis la sauvegarde.":
        "This device's signing key was put back from the backup.",
    "La clé de signature actuelle de cet appareil est gardée, pas celle de la sauvegarde : elle est "
    "plus récente, et les fichiers déjà envoyés ont été signés avec elle.":
        "This device's current signing key is kept, not the backup's: it is newer, and the files already sent "
        "were signed with it.",
}
