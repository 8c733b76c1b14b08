"""English for the kit engine's own messages (French key -> English template; see catalyseur_app.messages).

Messages written inside a kit workbook come in the kit's own languages (``Text.get(language)``).
"""

ENGLISH = {
    # runtime and answers
    "Cette question est obligatoire.": "This question is required.",
    "Cette réponse ne respecte pas la règle fixée par le kit.": "This answer does not follow the rule set by the kit.",
    "Cette ligne est une information : elle n'appelle pas de réponse.":
        "This line is for information: it needs no answer.",
    "Type de question inconnu « {kind} ».": "Unknown question type “{kind}”.",
    "Veuillez saisir un nombre entier, par exemple 12.": "Please enter a whole number, for example 12.",
    "Veuillez saisir un nombre, par exemple 12,5.": "Please enter a number, for example 12.5.",
    "La date « {raw} » n'existe pas dans le calendrier.": "The date “{raw}” does not exist in the calendar.",
    "Veuillez saisir une date au format JJ/MM/AAAA, par exemple 25/03/2024.":
        "Please enter a date as DD/MM/YYYY, for example 25/03/2024.",
    "« {name} » ne fait pas partie des choix proposés.": "“{name}” is not one of the choices offered.",
    # where a problem is
    "feuille « {sheet} »": "sheet “{sheet}”",
    "ligne {row}": "row {row}",
    "colonne « {column} »": "column “{column}”",
    "{where} : {message}": "{where}: {message}",
    # reading the workbook
    "classeur": "workbook",
    "Le fichier « {path} » n'existe pas.": "The file “{path}” does not exist.",
    "« {path} » est un dossier, pas un fichier.": "“{path}” is a folder, not a file.",
    "Le fichier « {path} » ne peut pas être lu : {error}.": "The file “{path}” cannot be read: {error}.",
    "La lecture est refusée : la protection defusedxml n'est pas active (installez le paquet defusedxml).":
        "Reading is refused: the defusedxml protection is not active (install the defusedxml package).",
    "Le fichier « {name} » est vide.": "The file “{name}” is empty.",
    "Le classeur « {name} » est protégé par un mot de passe (fichier chiffré) : "
    "enregistrez-le sans mot de passe puis recommencez.":
        "The workbook “{name}” is protected by a password (encrypted file): "
        "save it without a password, then try again.",
    "Le fichier « {name} » est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx puis recommencez.":
        "The file “{name}” is in Excel 97-2003 format (.xls): save it as .xlsx, then try again.",
    "Le fichier « {name} » n'est pas un classeur Excel (.xlsx).": "The file “{name}” is not an Excel workbook (.xlsx).",
    "Le fichier « {name} » n'est pas un classeur Excel lisible ({kind}).":
        "The file “{name}” is not a readable Excel workbook ({kind}).",
    "Le classeur « {name} » est vide.": "The workbook “{name}” is empty.",
    "la colonne « {header} » apparaît deux fois (déjà « {seen} »).":
        "the column “{header}” appears twice (already “{seen}”).",
    # loader
    "cette feuille est absente du classeur (elle porte les questions).":
        "this sheet is missing from the workbook (it holds the questions).",
    "cette feuille est absente du classeur (form_id et version y sont obligatoires).":
        "this sheet is missing from the workbook (form_id and version are required in it).",
    "colonne obligatoire absente.": "required column missing.",
    "colonne obligatoire absente (par exemple « label::Français (fr) »).":
        "required column missing (for example “label::Français (fr)”).",
    "valeur obligatoire manquante.": "required value missing.",
    "identifiant « {form_id} » invalide : il commence par une lettre ou _ et ne contient "
    "que des lettres sans accent, des chiffres, _, - ou des points.":
        "invalid identifier “{form_id}”: it starts with a letter or _ and contains only "
        "unaccented letters, digits, _, - or dots.",
    "la langue « {wanted} » n'a aucune colonne de libellés (langues présentes : {languages}).":
        "the language “{wanted}” has no label column (languages present: {languages}).",
    "type manquant pour « {name} ».": "type missing for “{name}”.",
    "type manquant.": "type missing.",
    "end_group sans begin_group correspondant.": "end_group without a matching begin_group.",
    "les groupes imbriqués ne sont pas pris en charge : fermez le volet « {volet} » "
    "(end_group) avant d'en ouvrir un autre.":
        "nested groups are not supported: close the volet “{volet}” (end_group) before opening another one.",
    "la question « {name} » est hors de tout volet : placez-la entre un begin_group et un end_group.":
        "the question “{name}” is outside any volet: place it between a begin_group and an end_group.",
    "le volet « {volet} » n'est jamais fermé (end_group manquant).": "the volet “{volet}” is never closed (end_group missing).",
    "il manque le nom de la liste de choix (par exemple « {first} echelle »).":
        "the name of the choice list is missing (for example “{first} scale”).",
    "« {extra} » n'est pas pris en charge après « {first} {list_name} ».":
        "“{extra}” is not supported after “{first} {list_name}”.",
    "type « {text} » inconnu ou non pris en charge (types permis : {allowed}).":
        "type “{text}” unknown or not supported (allowed types: {allowed}).",
    "le volet": "the volet",
    "la note": "the note",
    "la question": "the question",
    "nom manquant pour {what}.": "name missing for {what}.",
    "nom « {name} » invalide : il commence par une lettre ou _ et ne contient que "
    "des lettres sans accent, des chiffres, _, - ou des points.":
        "invalid name “{name}”: it starts with a letter or _ and contains only "
        "unaccented letters, digits, _, - or dots.",
    "le nom « {name} » est déjà utilisé à la ligne {line}.": "the name “{name}” is already used on row {line}.",
    "libellé manquant pour {what} « {name} ».": "label missing for {what} “{name}”.",
    "la colonne « {header} » ne s'applique qu'aux volets (lignes begin_group).":
        "the column “{header}” only applies to volets (begin_group rows).",
    "la colonne « {header} » ne s'applique qu'aux questions.": "the column “{header}” only applies to questions.",
    "« {value} » : écrivez yes ou no.": "“{value}”: write yes or no.",
    "poids « {value} » invalide : un nombre positif ou nul est attendu.":
        "invalid weight “{value}”: a number of zero or more is expected.",
    "axe « {value} » inconnu (axes permis : {axes}).": "unknown axis “{value}” (allowed axes: {axes}).",
    "rôle « {value} » inconnu (rôles permis : observation, priority).":
        "unknown role “{value}” (allowed roles: observation, priority).",
    "« . » (la réponse elle-même) n'est permis que dans une contrainte ; ici, nommez la question avec ${nom}.":
        "“.” (the answer itself) is only allowed in a constraint; here, name the question with ${name}.",
    "nom de liste manquant pour le choix « {name} ».": "list name missing for the choice “{name}”.",
    "nom de choix manquant dans la liste « {list_name} ».": "choice name missing in the list “{list_name}”.",
    "le choix « {name} » figure déjà dans la liste « {list_name} » (ligne {line}).":
        "the choice “{name}” is already in the list “{list_name}” (row {line}).",
    "libellé manquant pour le choix « {name} ».": "label missing for the choice “{name}”.",
    "note « {raw} » invalide : un nombre est attendu.": "invalid score “{raw}”: a number is expected.",
    # checks
    "le volet « {volet} » a déjà une question de priorité.": "the volet “{volet}” already has a priority question.",
    "la liste « {name} » est notée mais toutes ses notes valent {score:g} : il faut au moins deux notes différentes.":
        "the list “{name}” is scored but all its scores are {score:g}: at least two different scores are needed.",
    "dans la feuille « choices »": "in the “choices” sheet",
    "(la feuille « choices » est absente)": "(the “choices” sheet is missing)",
    "la liste de choix « {name} » n'existe pas {where}.": "the choice list “{name}” does not exist {where}.",
    "le choix « {name} » contient une espace, interdite dans une liste à choix multiples.":
        "the choice “{name}” contains a space, which is not allowed in a multiple-choice list.",
    "une question d'observation doit être de type text.": "an observation question must be of type text.",
    "une question de priorité doit être de type select_one.": "a priority question must be of type select_one.",
    "la liste « {name} » d'une question de priorité doit contenir le choix « {choice} ».":
        "the list “{name}” of a priority question must contain the choice “{choice}”.",
    "un poids ne s'applique qu'à une question select_one dont la liste porte des notes (score).":
        "a weight only applies to a select_one question whose list has scores (score).",
    "valeur par défaut invalide : {message}": "invalid default value: {message}",
    "${{{name}}} désigne une question qui n'existe pas (vouliez-vous dire ${{{close}}} ?).":
        "${{{name}}} refers to a question that does not exist (did you mean ${{{close}}}?).",
    "${{{name}}} désigne une question qui n'existe pas.": "${{{name}}} refers to a question that does not exist.",
    "${{{name}}} désigne un volet, pas une question.": "${{{name}}} refers to a volet, not a question.",
    "${{{name}}} désigne une note, qui n'a pas de réponse.": "${{{name}}} refers to a note, which has no answer.",
    "${{{name}}} désigne une question qui vient plus loin (ligne {line}) : "
    "une condition ne peut dépendre que des questions précédentes.":
        "${{{name}}} refers to a question further down (row {line}): "
        "a condition can only depend on earlier questions.",
    "cycle de pertinence : {cycle} ; ces conditions dépendent les unes des autres et ne peuvent pas être évaluées.":
        "relevance cycle: {cycle}; these conditions depend on each other and cannot be evaluated.",
    # expressions
    "expression invalide au caractère {position} : {message}": "invalid expression at character {position}: {message}",
    "« $ » doit être suivi de « { » (forme ${nom})": "“$” must be followed by “{” (form ${name})",
    "accolade fermante « } » manquante après « ${ »": "closing brace “}” missing after “${”",
    "nom de question vide dans « ${} »": "empty question name in “${}”",
    "nom de question invalide « {name} » dans « ${{…}} »": "invalid question name “{name}” in “${{…}}”",
    "texte non terminé : le guillemet {char} n'est pas refermé": "unfinished text: the quote {char} is not closed",
    "« .. » (le parent) n'est pas pris en charge": "“..” (the parent) is not supported",
    "« ! » seul n'existe pas : utilisez « != » ou not(…)": "“!” alone does not exist: use “!=” or not(…)",
    "caractère inattendu « {char} »": "unexpected character “{char}”",
    "la fin de l'expression": "the end of the expression",
    "« {text} »": "“{text}”",
    "l'expression est vide": "the expression is empty",
    "{token} inattendu ici (opérateur manquant ?)": "{token} unexpected here (missing operator?)",
    "l'expression s'arrête trop tôt : une valeur est attendue": "the expression stops too early: a value is expected",
    "une valeur est attendue, pas {token}": "a value is expected, not {token}",
    "« {word} » est un opérateur : une valeur est attendue avant lui": "“{word}” is an operator: a value is expected before it",
    "mot inconnu « {word} » (pour une question, écrivez ${{{word}}})": "unknown word “{word}” (for a question, write ${{{word}}})",
    "fonction inconnue « {name}() » (fonctions permises : {known})": "unknown function “{name}()” (allowed functions: {known})",
    "au moins {low}": "at least {low}",
    "{low} à {high}": "{low} to {high}",
    "nombre d'arguments de la fonction {name}() : {expected} attendu, {count} reçu":
        "number of arguments of the function {name}(): {expected} expected, {count} given",
    "parenthèse fermante « ) » attendue (ouverte au caractère {position}), trouvé {token}":
        "closing parenthesis “)” expected (opened at character {position}), found {token}",
}
