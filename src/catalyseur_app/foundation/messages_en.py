"""English for the messages of ``foundation`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    # the consolidation store
    "« {url} » : seules les bases SQLite (un chemin de fichier) et PostgreSQL "
    "(postgresql+psycopg://…) sont prises en charge.":
        "“{url}”: only SQLite databases (a file path) and PostgreSQL (postgresql+psycopg://…) are supported.",
    "La base « {url} » a refusé la connexion (identifiant ou mot de passe) ; rien n'a été modifié.":
        "The database “{url}” refused the login (user name or password); nothing was changed.",
    "La base « {url} » n'existe pas sur ce serveur ; rien n'a été modifié.":
        "The database “{url}” does not exist on this server; nothing was changed.",
    "La base « {url} » est injoignable ({error}) ; rien n'a été modifié.":
        "The database “{url}” cannot be reached ({error}); nothing was changed.",
    "Le dossier « {folder} » n'existe pas ; rien n'a été créé.":
        "The folder “{folder}” does not exist; nothing was created.",
    "Cette base de consolidation a été écrite par une version plus récente de Catalyseur. "
    "Mettez à jour l'application ; la base n'a pas été modifiée.":
        "This consolidation database was written by a newer version of Catalyseur. "
        "Please update the application; the database was not changed.",
    "« {url} » contient déjà des tables qui ne sont pas celles de Catalyseur ; elle n'a pas été modifiée.":
        "“{url}” already holds tables that are not Catalyseur's; it was not changed.",
}
