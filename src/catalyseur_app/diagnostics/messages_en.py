"""English for the messages of ``diagnostics`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    # sessions
    "Ce diagnostic est finalisé : ses réponses ne peuvent plus être modifiées. "
    "Créez une révision (« Réviser ») pour les changer.":
        "This diagnostic is finalised: its answers can no longer be changed. "
        "Create a revision (“Revise”) to change them.",
    "Ce diagnostic a été remplacé par une révision : il est conservé tel quel et ne peut "
    "plus être modifié. Ouvrez sa dernière révision.":
        "This diagnostic has been replaced by a revision: it is kept as it is and can no longer "
        "be changed. Open its latest revision.",
    "Ce diagnostic ne peut plus être modifié.": "This diagnostic can no longer be changed.",
    "Le code INSEE « {insee} » ne correspond à aucune commune connue.":
        "The INSEE code “{insee}” matches no known commune.",
    "Un des participants choisis n'existe plus dans les contacts.":
        "One of the chosen participants no longer exists in the contacts.",
    "Ce diagnostic n'existe pas (ou plus).": "This diagnostic does not exist (any more).",
    "La question « {name} » n'existe pas dans ce kit.": "The question “{name}” does not exist in this kit.",
    "{volet} — {question} : {message}": "{volet} — {question}: {message}",
    # kits
    "Le fichier « {path} » n'existe pas.": "The file “{path}” does not exist.",
    "« {path} » est un dossier, pas un classeur Excel.": "“{path}” is a folder, not an Excel workbook.",
    "Le fichier « {path} » ne peut pas être lu : {error}.": "The file “{path}” cannot be read: {error}.",
    "la version « {version} » du kit « {form_id} » est déjà installée avec un contenu différent : "
    "augmentez le numéro de version dans la feuille settings.":
        "version “{version}” of the kit “{form_id}” is already installed with different content: "
        "increase the version number in the settings sheet.",
    "Le kit livré avec l'application « {name} » est refusé.":
        "The kit shipped with the application “{name}” is refused.",
    "Aucun kit de diagnostic n'est installé : installez un kit (classeur Excel).":
        "No diagnostic kit is installed: install a kit (Excel workbook).",
    "Le kit « {form_id} » n'est pas installé.": "The kit “{form_id}” is not installed.",
    "La version « {version} » du kit « {form_id} » n'est pas installée sur cet ordinateur : "
    "installez ce classeur pour ouvrir ce diagnostic.":
        "Version “{version}” of the kit “{form_id}” is not installed on this computer: "
        "install that workbook to open this diagnostic.",
    "Le kit « {form_id} » version « {version} » ne peut plus être lu.":
        "The kit “{form_id}” version “{version}” can no longer be read.",
    # results
    "Volet inconnu dans ce kit : « {volet} ».": "Unknown volet in this kit: “{volet}”.",
    "L'intitulé de l'action est obligatoire.": "The title of the action is required.",
    "Statut d'action inconnu « {status} ».": "Unknown action status “{status}”.",
    "Un des acteurs choisis pour l'action n'existe plus.": "One of the actors chosen for the action no longer exists.",
    "Cette action n'existe pas (ou plus).": "This action does not exist (any more).",
    "Ce diagnostic est déjà finalisé.": "This diagnostic is already finalised.",
    "Ce diagnostic a été remplacé par une révision.": "This diagnostic has been replaced by a revision.",
    "Le diagnostic ne peut pas être finalisé : {count} erreurs restent à corriger (bouton « Vérifier »).":
        "The diagnostic cannot be finalised: {count} errors remain to be corrected (“Check” button).",
    "Le diagnostic ne peut pas être finalisé : {count} erreur reste à corriger (bouton « Vérifier »).":
        "The diagnostic cannot be finalised: {count} error remains to be corrected (“Check” button).",
    "Ce diagnostic est encore en cours : modifiez-le directement, une révision n'est utile qu'après la finalisation.":
        "This diagnostic is still in progress: change it directly; a revision is only useful once it is finalised.",
    "Ce diagnostic a déjà été révisé : révisez sa dernière révision.":
        "This diagnostic has already been revised: revise its latest revision.",
    # queries
    "(personne effacée)": "(person erased)",
    # command line
    "Aucun diagnostic.": "No diagnostics.",
    "Identifiant": "Id",
    "Code": "Code",
    "Commune": "Commune",
    "Date": "Date",
    "Statut": "Status",
    "Kit": "Kit",
    "Version": "Version",
    "Titre": "Title",
    "Installé le": "Installed on",
    "Le kit « {file} » n'est pas installé : {count} problèmes.": "The kit “{file}” is not installed: {count} problems.",
    "Le kit « {file} » n'est pas installé : {count} problème.": "The kit “{file}” is not installed: {count} problem.",
    "Le kit « {title} » ({form_id}) version {version} était déjà installé.":
        "The kit “{title}” ({form_id}) version {version} was already installed.",
    "Kit « {title} » ({form_id}) version {version} installé.": "Kit “{title}” ({form_id}) version {version} installed.",
}
