"""English for the messages of the reference packs, both sides: ``packs`` (receiving) and the
foundation's pack commands (``foundation/pack_*.py``, ``foundation/examples_sheet.py``)."""

ENGLISH = {
    # the pack file
    "« {name} » n'est pas un pack de la Fondation (un fichier .zip signé, avec son manifest.json).":
        "“{name}” is not a pack from the Foundation (a signed .zip file with its manifest.json).",
    "Le pack « {name} » a été modifié après sa signature (contenu « {member} ») : il est refusé.":
        "The pack “{name}” was changed after it was signed (content “{member}”): it is refused.",
    "Le pack « {name} » a été fait par une version plus récente de Catalyseur (format {version}) : "
    "mettez à jour l'application.":
        "The pack “{name}” was made by a newer version of Catalyseur (format {version}): please update the "
        "application.",
    "Le pack « {name} » n'est pas signé : seul un pack signé par la Fondation peut être installé.":
        "The pack “{name}” is not signed: only a pack signed by the Foundation can be installed.",
    "La signature du pack « {name} » ne correspond pas à son contenu : le pack a été modifié après sa signature ; "
    "il est refusé.":
        "The signature of the pack “{name}” does not match its content: the pack was changed after it was signed; "
        "it is refused.",
    # receiving a pack
    "Le pack n° {sequence} est déjà installé ; rien n'a été modifié.":
        "Pack no. {sequence} is already installed; nothing was changed.",
    "Le pack n° {sequence} est plus ancien que le pack n° {last} déjà installé : il est refusé, rien n'a été modifié.":
        "Pack no. {sequence} is older than pack no. {last}, already installed: it is refused, nothing was changed.",
    "Le kit « {name} » du pack ne passe pas la vérification : le pack est refusé, rien n'a été installé.":
        "The kit “{name}” in the pack fails the checks: the pack is refused, nothing was installed.",
    "Le kit « {form_id} » version « {version} » du pack diffère de celui déjà installé sous le même numéro : "
    "le pack est refusé.":
        "The kit “{form_id}” version “{version}” in the pack differs from the one already installed under the same "
        "number: the pack is refused.",
    "Le code « {code} » figure deux fois dans la liste « {vocabulary} » du pack.":
        "The code “{code}” appears twice in the list “{vocabulary}” of the pack.",
    "Le pack « {name} » est refusé, rien n'a été installé : {problem}":
        "The pack “{name}” is refused, nothing was installed: {problem}",
    "Un exemple inspirant du pack n'a pas d'identifiant ou de titre : le pack est refusé.":
        "An inspiring example in the pack has no identifier or no title: the pack is refused.",
    "L'exemple « {title} » a une forme de partenariat inconnue (« {form} ») : le pack est refusé.":
        "The example “{title}” has an unknown partnership form (“{form}”): the pack is refused.",
    "L'exemple « {title} » cite un ODD qui n'existe pas (ils sont numérotés de 1 à 17) : le pack est refusé.":
        "The example “{title}” names an SDG that does not exist (they are numbered 1 to 17): the pack is refused.",
    "Premier pack reçu : vérifiez auprès de la Fondation que l'empreinte de sa clé est bien {fingerprint}, "
    "puis acceptez-la (--accept-key « empreinte »). Rien n'a été installé.":
        "First pack received: check with the Foundation that its key's fingerprint is {fingerprint}, then accept it "
        "(--accept-key “fingerprint”). Nothing was installed.",
    "« {key} » n'est pas une clé publique de la Fondation (texte base64 de 44 caractères).":
        "“{key}” is not a public key of the Foundation (base64 text of 44 characters).",
    "Une autre clé de la Fondation est déjà enregistrée (empreinte {fingerprint}) : ajoutez --replace pour la "
    "remplacer.":
        "Another Foundation key is already recorded (fingerprint {fingerprint}): add --replace to replace it.",
    "Le pack « {name} » est signé par une autre clé (empreinte {fingerprint}) que celle de la Fondation "
    "enregistrée ici (empreinte {pinned}) : il est refusé.":
        "The pack “{name}” is signed by another key (fingerprint {fingerprint}) than the Foundation's key recorded "
        "here (fingerprint {pinned}): it is refused.",
    # vocabulary terms
    "La liste « {vocabulary} » ne peut pas recevoir de nouveaux termes (listes possibles : {names}).":
        "The list “{vocabulary}” cannot receive new terms (possible lists: {names}).",
    "Le code « {code} » doit commencer par une lettre et ne contenir que des minuscules sans accent, des chiffres "
    "et « _ » (40 caractères au plus).":
        "The code “{code}” must start with a letter and hold only lower-case letters without accents, digits and "
        "“_” (40 characters at most).",
    "Le terme « {code} » doit avoir un libellé français et un libellé anglais (200 caractères au plus).":
        "The term “{code}” needs a French label and an English label (200 characters at most).",
    "Le code « {code} » existe déjà dans la liste « {vocabulary} » (« {label} ») : un nouveau terme doit avoir "
    "un nouveau code.":
        "The code “{code}” already exists in the list “{vocabulary}” (“{label}”): a new term needs a new code.",
    # command line, catalyseur's side
    "Pack n° {sequence} de la Fondation, fait le {date}, clé d'empreinte {fingerprint}.":
        "Foundation pack no. {sequence}, made on {date}, key fingerprint {fingerprint}.",
    "  Nouveau kit : {title} ({form_id}, version {version})": "  New kit: {title} ({form_id}, version {version})",
    "  Nouveau terme dans la liste « {vocabulary} » : {label} ({code})":
        "  New term in the list “{vocabulary}”: {label} ({code})",
    "  Exemples inspirants — nouveaux : {new}, mis à jour : {updated}, déjà présents : {known}.":
        "  Inspiring examples — new: {new}, updated: {updated}, already here: {known}.",
    "  Déjà installés : kits {kits}, termes {terms}.": "  Already installed: kits {kits}, terms {terms}.",
    "Pack refusé : {error}": "Pack refused: {error}",
    "Premier pack : pour l'installer, vérifiez l'empreinte auprès de la Fondation et ajoutez --accept-key "
    "« {fingerprint} ».":
        "First pack: to install it, check the fingerprint with the Foundation and add --accept-key “{fingerprint}”.",
    "Aperçu seulement (--preview) : rien n'a été modifié.": "Preview only (--preview): nothing was changed.",
    "Pack n° {sequence} installé.": "Pack no. {sequence} installed.",
    "Aucune clé de la Fondation n'est encore enregistrée : elle le sera au premier pack accepté.":
        "No Foundation key is recorded yet: it will be at the first pack accepted.",
    "Clé de la Fondation enregistrée, empreinte {fingerprint}.": "Foundation key recorded, fingerprint {fingerprint}.",
    # the foundation's side
    "Refusé : {error}": "Refused: {error}",
    "Clé de la Fondation : {path}": "Foundation key: {path}",
    "Clé publique : {key}": "Public key: {key}",
    "Empreinte : {fingerprint}": "Fingerprint: {fingerprint}",
    "Kit « {form_id} » version « {version} » enregistré pour le prochain pack.":
        "Kit “{form_id}” version “{version}” recorded for the next pack.",
    "Le kit « {form_id} » version « {version} » était déjà enregistré.":
        "The kit “{form_id}” version “{version}” was already recorded.",
    "Terme « {code} » ajouté à la liste « {vocabulary} » pour le prochain pack.":
        "Term “{code}” added to the list “{vocabulary}” for the next pack.",
    "Le terme « {code} » était déjà dans la liste « {vocabulary} ».":
        "The term “{code}” was already in the list “{vocabulary}”.",
    "Exemples inspirants — ajoutés : {added}, mis à jour : {updated}, inchangés : {unchanged}.":
        "Inspiring examples — added: {added}, updated: {updated}, unchanged: {unchanged}.",
    "Pack n° {sequence} écrit : {path} — kits : {kits}, termes : {terms}, exemples : {examples}.":
        "Pack no. {sequence} written: {path} — kits: {kits}, terms: {terms}, examples: {examples}.",
    "Signé par la clé d'empreinte {fingerprint}.": "Signed by the key with fingerprint {fingerprint}.",
    "Le kit « {name} » n'est pas valide ; rien n'a été enregistré.":
        "The kit “{name}” is not valid; nothing was recorded.",
    "La version « {version} » du kit « {form_id} » est déjà enregistrée avec un autre contenu : augmentez le "
    "numéro de version dans la feuille settings.":
        "Version “{version}” of the kit “{form_id}” is already recorded with another content: raise the version "
        "number in the settings sheet.",
    "Les exemples de « {name} » ne sont pas importés :": "The examples of “{name}” are not imported:",
    # the examples workbook
    "« {name} » n'est pas un classeur Excel lisible ({error}).": "“{name}” is not a readable Excel workbook ({error}).",
    "« {name} » n'a pas de feuille « {sheet} » (feuilles trouvées : {sheets}).":
        "“{name}” has no sheet “{sheet}” (sheets found: {sheets}).",
    "La feuille « {sheet} » de « {name} » est vide.": "The sheet “{sheet}” of “{name}” is empty.",
    "Feuille « {sheet} » : la colonne « {column} » manque à la ligne 1.":
        "Sheet “{sheet}”: the column “{column}” is missing from row 1.",
    "cet exemple figure déjà à la ligne {first}.": "this example is already on row {first}.",
    "Feuille « {sheet} », ligne {row}, colonne « {column} » : {message}":
        "Sheet “{sheet}”, row {row}, column “{column}”: {message}",
    "le titre est obligatoire.": "the title is required.",
    "le texte dépasse {limit} caractères.": "the text is longer than {limit} characters.",
    "« {value} » n'est pas une forme de partenariat ({forms}).": "“{value}” is not a partnership form ({forms}).",
    "« {value} » : les ODD sont numérotés de 1 à 17.": "“{value}”: the SDGs are numbered 1 to 17.",
    # a partnership citing an example
    "Cet exemple inspirant n'est plus disponible : choisissez-en un autre.":
        "This inspiring example is no longer available: choose another one.",
}
