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
    # one consolidation at a time
    "Une autre consolidation est en cours sur « {url} » : attendez qu'elle se termine, puis relancez ; "
    "rien n'a été modifié.":
        "Another consolidation is running on “{url}”: wait until it ends, then start again; nothing was changed.",
    # consolidation
    "Le dossier « {folder} » est introuvable.": "The folder “{folder}” cannot be found.",
    "Le dossier « {folder} » ne contient aucun fichier d'échange (.xlsx) ; rien n'a été modifié.":
        "The folder “{folder}” holds no sync file (.xlsx); nothing was changed.",
    "Lecture des manifestes : {name}": "Reading the manifests: {name}",
    "Consolidation : {name}": "Consolidating: {name}",
    "Consolidation terminée.": "Consolidation finished.",
    "déjà consolidé": "already consolidated",
    "envoi n° {sequence} de cet appareil déjà consolidé": "file no. {sequence} from this device already consolidated",
    "la base a refusé ce fichier ({error}) ; rien n'en a été appliqué.":
        "the database refused this file ({error}); nothing of it was applied.",
    "les envois n° {first} à {last} de cet appareil manquent":
        "files no. {first} to {last} from this device are missing",
    # the command
    "Consolidation refusée : {error}": "Consolidation refused: {error}",
    "Consolidation terminée — fichiers appliqués : {applied}, déjà consolidés : {skipped}, refusés : {refused}.":
        "Consolidation finished — files applied: {applied}, already consolidated: {skipped}, refused: {refused}.",
    "{name} : ignoré ({reason}).": "{name}: skipped ({reason}).",
    "{name} : refusé — {reason}": "{name}: refused — {reason}",
    "{name} : appliqué (envoi n° {sequence} de {catalyseur}) — ajouts : {added}, mises à jour : {updated}, "
    "suppressions : {deleted}, conflits réglés par la règle : {conflicts}, inchangés : {unchanged}.":
        "{name}: applied (file no. {sequence} from {catalyseur}) — added: {added}, updated: {updated}, "
        "deleted: {deleted}, conflicts settled by the rule: {conflicts}, unchanged: {unchanged}.",
    "Attention : {warning}.": "Warning: {warning}.",
    # national tables
    "La période est vide : le {start} vient après le {end}.": "The period is empty: {start} comes after {end}.",
    "« {url} » n'est pas une base de consolidation : lancez d'abord « foundation consolidate ».":
        "“{url}” is not a consolidation database: run “foundation consolidate” first.",
    # territory filters of the national tables
    "« {code} » n'est pas un code de département connu (ex. 15, 2A, 974).":
        "“{code}” is not a known department code (e.g. 15, 2A, 974).",
    "« {code} » n'est pas un code de région connu (ex. 84, 75).":
        "“{code}” is not a known region code (e.g. 84, 75).",
}
