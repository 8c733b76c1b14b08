"""English for the messages of ``exchange`` (French key -> English template; see catalyseur_app.messages).

Sheet names, column keys and manifest labels are part of the sync format: they stay as they are."""

ENGLISH = {
    # where a problem is
    "« {file_name} »": "“{file_name}”",
    ", feuille « {sheet} »": ", sheet “{sheet}”",
    ", ligne {row}": ", row {row}",
    ", colonne {column}": ", column {column}",
    # safety: the container
    "Le module de sécurité « defusedxml » n'est pas installé : "
    "par précaution, aucun classeur ne peut être lu. Réinstallez l'application.":
        "The security module “defusedxml” is not installed: as a precaution, no workbook can be read. "
        "Please reinstall the application.",
    "La protection « defusedxml » n'est pas active : par précaution, "
    "aucun classeur ne peut être lu. Réinstallez l'application.":
        "The “defusedxml” protection is not active: as a precaution, no workbook can be read. "
        "Please reinstall the application.",
    "Le fichier « {name} » est introuvable.": "The file “{name}” cannot be found.",
    "Impossible de lire « {name} » : {reason}.": "Cannot read “{name}”: {reason}.",
    "Le fichier « {name} » est vide.": "The file “{name}” is empty.",
    "Le fichier « {name} » est trop gros ({size} Mo ; au plus {limit} Mo).":
        "The file “{name}” is too big ({size} MB; {limit} MB at most).",
    "Le fichier « {name} » est incomplet ou endommagé (peut-être tronqué "
    "pendant l'envoi) : demandez à le recevoir de nouveau.":
        "The file “{name}” is incomplete or damaged (perhaps cut short while being sent): "
        "please ask for it again.",
    "Le fichier « {name} » est protégé par un mot de passe : enregistrez-le sans mot de passe "
    "puis importez-le de nouveau.":
        "The file “{name}” is protected by a password: save it without a password, then import it again.",
    "Le fichier « {name} » est un ancien classeur Excel (.xls) renommé en .xlsx : "
    "seuls les fichiers d'échange .xlsx faits par Catalyseur peuvent être importés.":
        "The file “{name}” is an old Excel workbook (.xls) renamed .xlsx: "
        "only .xlsx exchange files made by Catalyseur can be imported.",
    "Le fichier « {name} » est un fichier texte CSV renommé en .xlsx, pas un classeur "
    "Excel : seuls les fichiers d'échange .xlsx faits par Catalyseur peuvent être importés.":
        "The file “{name}” is a CSV text file renamed .xlsx, not an Excel workbook: "
        "only .xlsx exchange files made by Catalyseur can be imported.",
    "Le fichier « {name} » n'est pas un classeur Excel (.xlsx).":
        "The file “{name}” is not an Excel workbook (.xlsx).",
    "Le fichier « {name} » contient {count} éléments, au plus {limit} "
    "sont attendus dans un fichier d'échange : il est refusé par précaution.":
        "The file “{name}” holds {count} parts, an exchange file holds {limit} at most: "
        "it is refused as a precaution.",
    "Le fichier « {name} » est un classeur OpenDocument (.ods) renommé en .xlsx : "
    "enregistrez-le au format Excel (.xlsx) ou demandez le fichier d'origine.":
        "The file “{name}” is an OpenDocument workbook (.ods) renamed .xlsx: "
        "save it in Excel format (.xlsx) or ask for the original file.",
    "Le fichier « {name} » contient des macros, des liens externes ou des objets "
    "incorporés (« {part} ») : il est refusé par sécurité.":
        "The file “{name}” contains macros, external links or embedded objects (“{part}”): "
        "it is refused for safety.",
    "Le fichier « {name} » contient un élément inattendu « {part} » : "
    "ce n'est pas un fichier d'échange Catalyseur.":
        "The file “{name}” contains an unexpected part “{part}”: it is not a Catalyseur exchange file.",
    "Le fichier « {name} » est anormalement compressé (« {part} » : {ratio} fois) : "
    "il est refusé par sécurité (bombe de décompression).":
        "The file “{name}” is abnormally compressed (“{part}”: {ratio} times): "
        "it is refused for safety (decompression bomb).",
    "Le fichier « {name} » occuperait {size} Mo une fois décompressé : "
    "il est refusé par sécurité.":
        "The file “{name}” would take {size} MB once decompressed: it is refused for safety.",
    "Le fichier « {name} » n'est pas un classeur Excel (.xlsx) : "
    "des parties indispensables manquent.":
        "The file “{name}” is not an Excel workbook (.xlsx): essential parts are missing.",
    "Le fichier « {name} » a une table des types trop grande : il est refusé.":
        "The file “{name}” has a content-type table that is too big: it is refused.",
    "Le fichier « {name} » est un classeur avec macros (.xlsm) : "
    "il est refusé par sécurité.":
        "The file “{name}” is a macro-enabled workbook (.xlsm): it is refused for safety.",
    # reader: structure, manifest, cells
    "« {key} » ({letter})": "“{key}” ({letter})",
    "{place} : la feuille « {sheet} » manque ; ce n'est pas un fichier d'échange Catalyseur.":
        "{place}: the sheet “{sheet}” is missing; this is not a Catalyseur exchange file.",
    "{place} : la feuille « {sheet} » manque (renommée ou supprimée ?).":
        "{place}: the sheet “{sheet}” is missing (renamed or deleted?).",
    "{place} : la feuille « {sheet} » est inattendue.": "{place}: the sheet “{sheet}” is unexpected.",
    "Lecture de la feuille « {sheet} »…": "Reading the sheet “{sheet}”…",
    "Lecture de la feuille « {sheet} » : {count} lignes…": "Reading the sheet “{sheet}”: {count} rows…",
    "{place} : l'identifiant {key} apparaît deux fois (aussi feuille « {other_sheet} », ligne {other_row}).":
        "{place}: the identifier {key} appears twice (also sheet “{other_sheet}”, row {other_row}).",
    "{place} : l'information « {key} » manque.": "{place}: the entry “{key}” is missing.",
    "{place} : {problem}": "{place}: {problem}",
    "L'import de « {name} » a été refusé par la base de données ({reason}). Vos données n'ont pas "
    "été modifiées.": "The import of “{name}” was refused by the database ({reason}). Your data was not changed.",
    "L'import de « {name} » n'a pas pu être enregistré : le disque est plein. Vos données n'ont pas "
    "été modifiées ; libérez de la place puis recommencez.":
        "The import of “{name}” could not be saved: the disk is full. Your data was not changed; "
        "free some space and try again.",
    "L'import de « {name} » n'a pas pu être enregistré : erreur d'écriture sur le disque ({reason}). "
    "Vos données n'ont pas été modifiées.":
        "The import of “{name}” could not be saved: a disk write error ({reason}). Your data was not changed.",
    "{value} est hors des limites admises ({low} à {high}).": "{value} is outside the allowed range ({low} to {high}).",
    "code « {value} » inconnu ; codes possibles : {codes}.": "unknown code “{value}”; possible codes: {codes}.",
    "« {value} » n'est le code INSEE d'aucune commune connue.": "“{value}” is not the INSEE code of any known commune.",
    "les objectifs de développement durable (ODD) sont numérotés de 1 à 17 (« {value} »).":
        "the sustainable development goals (SDG) are numbered 1 to 17 (“{value}”).",
    "la mission « {mission} » n'appartient pas au métier « {metier} ».":
        "the mission “{mission}” does not belong to the métier “{metier}”.",
    "{place} : la cellule contient « {escape} », qui ne code aucun caractère ; le fichier a été abîmé ou fabriqué.":
        "{place}: the cell holds “{escape}”, which encodes no character; the file was damaged or forged.",
    "{place} : texte de {length} caractères ; une cellule Excel en contient au plus {limit}.":
        "{place}: a text of {length} characters; an Excel cell holds at most {limit}.",
    "{place} : numéro d'envoi impossible ({sequence}).": "{place}: impossible file number ({sequence}).",
    "{place} : l'identifiant {key} est déjà celui d'un enregistrement « {label} » de vos données ; "
    "un identifiant ne désigne qu'un seul enregistrement.":
        "{place}: the identifier {key} already belongs to a record of kind “{label}” in your data; "
        "an identifier names one record only.",
    "{place} : ce fichier utilise la version {version} du format d'échange, plus récente que celle que "
    "connaît cette application ({known}) : mettez à jour l'application.":
        "{place}: this file uses version {version} of the exchange format, newer than the one this "
        "application knows ({known}): please update the application.",
    "{place} : version du format inconnue ({version}).": "{place}: unknown format version ({version}).",
    "{place} : l'information « {key} » est vide.": "{place}: the entry “{key}” is empty.",
    "{place} : l'appareil « {device} » n'est pas un identifiant valide.":
        "{place}: the device “{device}” is not a valid identifier.",
    "{place} : la ligne des clés de colonnes manque.": "{place}: the row of column keys is missing.",
    "{place} : la colonne « {key} » manque (renommée ou supprimée ?).":
        "{place}: the column “{key}” is missing (renamed or deleted?).",
    "{place} : la colonne « {key} » est inattendue.": "{place}: the column “{key}” is unexpected.",
    "{place} : valeur obligatoire manquante.": "{place}: a required value is missing.",
    "{place} : {count} lignes lues alors que le manifeste en annonce {expected} ; "
    "le fichier a été modifié ou abîmé.":
        "{place}: {count} rows read but the manifest announces {expected}; the file was changed or damaged.",
    "{place} : l'empreinte SHA-256 du contenu ne correspond pas au manifeste ; "
    "le fichier a été modifié ou abîmé après sa création.":
        "{place}: the SHA-256 fingerprint of the content does not match the manifest; "
        "the file was changed or damaged after it was made.",
    "{place} : la cellule contient une formule ; un fichier d'échange n'en contient jamais.":
        "{place}: the cell holds a formula; an exchange file never does.",
    "{place} : la cellule contient une erreur ({raw}).": "{place}: the cell holds an error ({raw}).",
    "{place} : {expected} attendu, {found} trouvé (« {raw} »).":
        "{place}: {expected} expected, {found} found (“{raw}”).",
    "un texte": "a text",
    "un nombre": "a number",
    "un nombre entier": "a whole number",
    "un booléen": "a yes/no value",
    "une liste de nombres": "a list of numbers",
    "oui/non (VRAI/FAUX)": "yes/no (TRUE/FALSE)",
    "{place} : « {raw} » n'est pas un identifiant valide (UUID).":
        "{place}: “{raw}” is not a valid identifier (UUID).",
    "{place} : « {raw} » n'est pas un nombre.": "{place}: “{raw}” is not a number.",
    "{place} : date impossible (« {raw} »).": "{place}: impossible date (“{raw}”).",
    "{place} : type d'enregistrement inconnu « {kind} ».": "{place}: unknown kind of record “{kind}”.",
    "{place} : nature « {nature} » inconnue (« {deleted} » ou « {erased} »).":
        "{place}: unknown nature “{nature}” (“{deleted}” or “{erased}”).",
    # workbook parts
    "Le fichier « {name} » n'est pas un classeur Excel complet (« {part} » manque).":
        "The file “{name}” is not a complete Excel workbook (“{part}” is missing).",
    "Le fichier « {name} » a une partie « {part} » trop grande.": "The file “{name}” has a part “{part}” that is too big.",
    "Le fichier « {name} » est endommagé (« {part} » illisible : {error}).":
        "The file “{name}” is damaged (“{part}” unreadable: {error}).",
    "Le fichier « {name} » est endommagé : la feuille « {sheet} » est annoncée mais absente.":
        "The file “{name}” is damaged: the sheet “{sheet}” is listed but absent.",
    "Le fichier « {name} » est endommagé : feuille « {sheet} », cellule {ref}, texte partagé introuvable.":
        "The file “{name}” is damaged: sheet “{sheet}”, cell {ref}, shared text not found.",
    "Le fichier « {name} » contient des déclarations XML interdites (DTD ou entités, "
    "dans « {part} ») : il est refusé par sécurité (bombe XML ou entité externe).":
        "The file “{name}” contains forbidden XML declarations (DTD or entities, in “{part}”): "
        "it is refused for safety (XML bomb or external entity).",
    "Le fichier « {name} » utilise un encodage non pris en charge (« {part} »).":
        "The file “{name}” uses an unsupported encoding (“{part}”).",
    # kinds of record (singular, in messages)
    "profil": "profile",
    "acteur": "actor",
    "contact": "contact",
    "partenariat": "partnership",
    "partenaire": "partner",
    "activité": "activity",
    "diagnostic": "diagnostic",
    "participant": "participant",
    "réponse": "answer",
    "priorité": "priority",
    "action": "action",
    # comparison
    "« {name} » a été fait par cet appareil-ci : il ne peut pas y être importé "
    "(un fichier s'importe sur un autre appareil ou à la Fondation).":
        "“{name}” was made on this very device: it cannot be imported here "
        "(a file is imported on another device or at the Foundation).",
    "Ce fichier est l'envoi n° {sequence} de cet appareil ; l'envoi n° {last} a déjà été "
    "appliqué : les données plus récentes déjà présentes sont conservées.":
        "This file is send no. {sequence} from that device; send no. {last} has already been applied: "
        "the newer data already here are kept.",
    "rien à supprimer ici": "nothing to delete here",
    "cette personne a été effacée : elle le reste": "this person was erased: they stay erased",
    "déjà supprimé": "already deleted",
    "votre version est plus récente": "your version is newer",
    "supprimé des deux côtés": "deleted on both sides",
    "mêmes modifications des deux côtés": "same changes on both sides",
    "déjà présent sous un autre identifiant, avec le même contenu":
        "already here under another identifier, with the same content",
    "fait des deux côtés sous deux identifiants différents": "made on both sides under two different identifiers",
    "{place} : référence à un {label} inexistant ({target}) — il n'est ni dans ce fichier ni dans vos données.":
        "{place}: reference to a missing {label} ({target}) — it is neither in this file nor in your data.",
    # progress: import
    "Sauvegarde avant import…": "Backing up before the import…",
    "Application : {sheet}…": "Applying: {sheet}…",
    "Application : {sheet} ({count} lignes)…": "Applying: {sheet} ({count} rows)…",
    "Enregistrement de l'état des échanges…": "Saving the exchange state…",
    "Validation…": "Finishing…",
    # progress: export
    "Lecture des enregistrements…": "Reading the records…",
    "Écriture de la feuille « {sheet} »…": "Writing the sheet “{sheet}”…",
    "Enregistrement de l'envoi…": "Recording the send…",
    "Lecture : {sheet}…": "Reading: {sheet}…",
    "Lecture : {sheet} ({count} lignes)…": "Reading: {sheet} ({count} rows)…",
    # command line and reports
    "complet": "full",
    "des changements": "changes only",
    "changements": "changes",
    "Fichier d'échange n° {sequence} ({kind}) écrit : {path} — {total} lignes.":
        "Exchange file no. {sequence} ({kind}) written: {path} — {total} rows.",
    "Fichier d'échange n° {sequence} ({kind}) écrit : {path} — {total} ligne.":
        "Exchange file no. {sequence} ({kind}) written: {path} — {total} row.",
    "Import refusé : {error}": "Import refused: {error}",
    "Aperçu seulement (--dry-run) : rien n'a été modifié.": "Preview only (--dry-run): nothing was changed.",
    "à ajouter": "to add",
    "à mettre à jour": "to update",
    "à supprimer": "to delete",
    "à effacer (RGPD)": "to erase (GDPR)",
    "en conflit": "in conflict",
    "inchangés": "unchanged",
    "ignorés": "ignored",
    "la version du fichier": "the file's version",
    "votre version": "your version",
    "du {start} au {end}": "from {start} to {end}",
    "jusqu'au {end}": "up to {end}",
    "catalyseur inconnu": "unknown catalyseur",
    "Fichier « {name} » : {catalyseur}, envoi n° {sequence} ({scope}), {period} (UTC).":
        "File “{name}”: {catalyseur}, send no. {sequence} ({scope}), {period} (UTC).",
    "Aperçu : {counts}.": "Preview: {counts}.",
    "  Conflit — {kind} « {label} » ({id}) : modifié des deux côtés ; règle automatique : {side}.":
        "  Conflict — {kind} “{label}” ({id}): changed on both sides; automatic rule: {side}.",
    "Rien à changer : vos données sont déjà à jour.": "Nothing to change: your data are already up to date.",
    "Import appliqué. Sauvegarde faite avant l'import : {backup}.":
        "Import applied. Backup made before the import: {backup}.",
    "choix de la personne": "chosen by a person",
    "règle automatique": "automatic rule",
    "  Conflit {kind} {id} : {side} gardée ({who}) ; l'autre version est conservée "
    "dans Échanges › Conflits.":
        "  Conflict {kind} {id}: {side} kept ({who}); the other version is kept in Exchanges › Conflicts.",
    # export
    "L'envoi n'a pas pu être enregistré ({error}) : « {target} » a été retiré, rien n'est marqué comme envoyé.":
        "The sending could not be recorded ({error}): “{target}” was removed, nothing is marked as sent.",
    "{place} : l'information « {key} » est inattendue.": "{place}: the entry “{key}” is unexpected.",
    "{place} : la clé publique de l'appareil est illisible ou ne correspond pas à son "
    "empreinte ; le fichier a été modifié après sa création.":
        "{place}: the device's public key is unreadable or does not match its fingerprint; the file was "
        "changed after it was made.",
    "{place} : la signature ne correspond pas au contenu du manifeste ; le fichier a été "
    "modifié après sa création, ou il ne vient pas de l'appareil qu'il nomme.":
        "{place}: the signature does not match the manifest's content; the file was changed after it was "
        "made, or it does not come from the device it names.",
    "{name} (identifiant {id})": "{name} (id {id})",
    "catalyseur sans nom": "unnamed catalyseur",
    "« {file} » refusé : la confiance en {who} a été retirée le {date} ; ses fichiers ne "
    "sont plus importés (« catalyseur-app trust accept {id} » la rétablit).":
        "“{file}” refused: trust in {who} was revoked on {date}; their files are no longer imported "
        "(“catalyseur-app trust accept {id}” restores it).",
    "« {file} » refusé : ce fichier n'est pas signé (format version {version}) alors "
    "que la clé de {who} est connue ici ; il peut avoir été fabriqué par quelqu'un "
    "d'autre. Demandez-lui un nouveau fichier fait avec une application à jour.":
        "“{file}” refused: this file is not signed (format version {version}) although the key of {who} is "
        "known here; someone else may have made it. Ask them for a new file made with an up-to-date application.",
    "Ce fichier n'est pas signé (format version {version}) : son origine ne peut pas être vérifiée.":
        "This file is not signed (format version {version}): where it comes from cannot be checked.",
    "« {file} » refusé : il est signé par une autre clé que celle acceptée pour {who}.\n"
    "Clé acceptée : {known}\nClé de ce fichier : {fingerprint}\n"
    "Si cette personne a changé d'ordinateur ou réinstallé l'application, vérifiez avec "
    "elle l'empreinte de sa nouvelle clé, puis : catalyseur-app trust accept {id} "
    "--fingerprint \"{fingerprint}\".":
        "“{file}” refused: it is signed with another key than the one accepted for {who}.\n"
        "Accepted key: {known}\nThis file's key: {fingerprint}\n"
        "If this person changed computer or reinstalled the application, check the fingerprint of their new key "
        "with them, then: catalyseur-app trust accept {id} --fingerprint \"{fingerprint}\".",
    "« {file} » vient de {who}, inconnu ici. Empreinte de sa clé :\n{fingerprint}\n"
    "Vérifiez cette empreinte avec cette personne (par téléphone), puis importez avec "
    "--trust-new, ou acceptez-la d'abord : catalyseur-app trust accept {id}.":
        "“{file}” comes from {who}, unknown here. Fingerprint of their key:\n{fingerprint}\n"
        "Check this fingerprint with this person (by phone), then import with --trust-new, or accept it "
        "first: catalyseur-app trust accept {id}.",
    "{id} : confiance rétablie.": "{id}: trust restored.",
    "{id} : cette clé est déjà acceptée.": "{id}: this key is already accepted.",
    "{id} : une clé est déjà acceptée ; pour en accepter une autre, donnez son empreinte "
    "(--fingerprint).": "{id}: a key is already accepted; to accept another one, give its fingerprint (--fingerprint).",
    "{id} : la clé {fingerprint} est acceptée.": "{id}: the key {fingerprint} is accepted.",
    "{id} : accepté ; la clé de son premier fichier sera retenue.":
        "{id}: accepted; the key of their first file will be kept.",
    "Aucun catalyseur dans le registre de confiance.": "No catalyseur in the trust registry.",
    "révoqué le {date}": "revoked on {date}",
    "accepté le {date}": "accepted on {date}",
    "(la clé de son premier fichier)": "(the key of their first file)",
    "« {fingerprint} » n'est pas une empreinte de clé : 16 groupes de 4 caractères (0-9, a-f) "
    "séparés par des espaces.": "“{fingerprint}” is not a key fingerprint: 16 groups of 4 characters (0-9, a-f) "
    "separated by spaces.",
    "{id} : ses fichiers seront désormais refusés ; ce qui a déjà été importé reste.":
        "{id}: their files will be refused from now on; what was already imported stays.",
}
