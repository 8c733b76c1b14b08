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
    "La copie de sauvegarde « {name} » est incorrecte ; rien n'a été modifié.":
        "The backup copy “{name}” is incorrect; nothing has been changed.",
    "La copie de sauvegarde « {name} » est incomplète ; rien n'a été modifié.":
        "The backup copy “{name}” is incomplete; nothing has been changed.",
    "Impossible de créer le dossier de données « {folder} » : {error}.":
        "Cannot create the data folder “{folder}”: {error}.",
}
