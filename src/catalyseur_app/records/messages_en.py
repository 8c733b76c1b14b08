"""English for the messages of ``records`` (French key -> English template; see catalyseur_app.messages)."""

ENGLISH = {
    # field labels (translated by the checks)
    "Type d'acteur": "Kind",
    "Commune": "Commune",
    "Adresse": "Address",
    "SIREN / SIRET": "SIREN / SIRET",
    "Site web": "Website",
    "Fonction": "Role",
    "Courriel": "E-mail",
    "Téléphone": "Phone",
    "Date du consentement": "Consent date",
    "Forme du consentement": "Consent given by",
    "Acteur": "Actor",
    "Intitulé": "Title",
    "Résultat": "Outcome",
    "Titre": "Title",
    "Description": "Description",
    "Apports en nature": "In kind",
    "Compétences apportées": "Skills",
    "Résultats": "Outcomes",
    # saved elsewhere meanwhile
    "Cette fiche a été modifiée ailleurs depuis que vous l'avez ouverte : vos modifications "
    "n'ont pas été enregistrées, pour ne pas effacer les autres. Rouvrez la fiche pour "
    "repartir de la version enregistrée.":
        "This record was changed elsewhere since you opened it: your changes were not saved, so as not "
        "to erase the other ones. Open the record again to start from the saved version.",
    # not found
    "Cet enregistrement": "This record",
    "Cet acteur": "This actor",
    "Ce contact": "This contact",
    "Ce partenariat": "This partnership",
    "Cette activité": "This activity",
    "{what} n'existe plus : il a peut-être été supprimé ou fusionné.":
        "{what} no longer exists: it may have been deleted or merged.",
    # actors
    "Choisissez le type d'acteur.": "Choose the kind of actor.",
    "Le type d'acteur « {kind} » est inconnu.": "The kind of actor “{kind}” is unknown.",
    "La commune de code INSEE « {insee} » est inconnue.": "The commune with INSEE code “{insee}” is unknown.",
    "Créer l'acteur « {name} »": "Create the actor “{name}”",
    "Modifier l'acteur « {name} »": "Edit the actor “{name}”",
    "même SIREN ({siren})": "same SIREN ({siren})",
    "même nom dans la même commune": "same name in the same commune",
    "Choisissez deux acteurs différents à fusionner.": "Choose two different actors to merge.",
    "Fusionner « {loser} » dans « {survivor} »": "Merge “{loser}” into “{survivor}”",
    # contacts
    "La fonction « {role} » est inconnue.": "The role “{role}” is unknown.",
    "La forme de consentement « {source} » est inconnue.": "The consent source “{source}” is unknown.",
    "La date du consentement ne peut pas être dans le futur.": "The consent date cannot be in the future.",
    "Précisez comment le consentement a été donné.": "Say how consent was given.",
    "Indiquez la date à laquelle le consentement a été donné.": "Give the date on which consent was given.",
    "Ajouter le contact « {name} »": "Add the contact “{name}”",
    "Modifier le contact « {name} »": "Edit the contact “{name}”",
    # activities
    "Indiquez la date de l'activité.": "Give the date of the activity.",
    "Choisissez le métier.": "Choose the métier.",
    "Le métier « {metier} » n'existe pas.": "The métier “{metier}” does not exist.",
    "Choisissez la mission.": "Choose the mission.",
    "La mission « {mission} » n'existe pas.": "The mission “{mission}” does not exist.",
    "La mission « {mission} » n'appartient pas au métier « {metier} ».":
        "The mission “{mission}” does not belong to the métier “{metier}”.",
    "Le temps passé ne peut pas être négatif.": "The time spent cannot be negative.",
    "Le temps passé dépasse 24 heures : saisissez une activité par journée.":
        "The time spent exceeds 24 hours: enter one activity per day.",
    "Le nombre de participants doit être compris entre 0 et {maximum}.":
        "The number of participants must be between 0 and {maximum}.",
    "Commune inconnue (code INSEE {codes}) : choisissez-la dans la liste.":
        "Unknown commune (INSEE code {codes}): choose it from the list.",
    "Un des acteurs n'existe plus (supprimé ou fusionné) : retirez-le de la liste.":
        "One of the actors no longer exists (deleted or merged): remove it from the list.",
    "Ce partenariat n'existe plus : choisissez-en un autre ou aucun.":
        "This partnership no longer exists: choose another one or none.",
    "Noter l'activité « {title} »": "Log the activity “{title}”",
    "Modifier l'activité « {title} »": "Edit the activity “{title}”",
    # partnerships
    "Choisissez la forme du partenariat (mécénat, pratiques responsables, coopération économique "
    "ou innovation sociétale).":
        "Choose the form of the partnership (corporate philanthropy, responsible practices, economic "
        "cooperation or social innovation).",
    "La forme « {form} » n'existe pas.": "The form “{form}” does not exist.",
    "Choisissez l'étape du partenariat.": "Choose the stage of the partnership.",
    "L'étape « {stage} » n'existe pas.": "The stage “{stage}” does not exist.",
    "Besoin inconnu : {codes}.": "Unknown need: {codes}.",
    "Les objectifs de développement durable sont numérotés de 1 à 17.":
        "The Sustainable Development Goals are numbered from 1 to 17.",
    "Un partenariat réunit au moins deux acteurs : ajoutez-en dans le tableau des partenaires.":
        "A partnership brings together at least two actors: add some in the partners table.",
    "Un même acteur figure deux fois parmi les partenaires ; gardez-le une seule fois.":
        "The same actor appears twice among the partners; keep it only once.",
    "Indiquez le rôle de chaque partenaire (porteur, partenaire, financeur…).":
        "Give the role of each partner (lead, partner, funder…).",
    "Le rôle « {role} » n'existe pas.": "The role “{role}” does not exist.",
    "Un des partenaires n'existe plus (supprimé ou fusionné) : retirez-le ou choisissez-en un autre.":
        "One of the partners no longer exists (deleted or merged): remove it or choose another one.",
    "Le montant doit être un nombre d'euros (exemple : 1500 ou 1500,50).":
        "The amount must be a number of euros (example: 1500 or 1500.50).",
    "Le montant engagé ne peut pas être négatif.": "The amount committed cannot be negative.",
    "Le montant dépasse un milliard d'euros : vérifiez le nombre de zéros.":
        "The amount exceeds one billion euros: check the number of zeros.",
    "Créer le partenariat « {title} »": "Create the partnership “{title}”",
    "Modifier le partenariat « {title} »": "Edit the partnership “{title}”",
    # trash
    "l'acteur « {title} »": "the actor “{title}”",
    "le contact « {title} »": "the contact “{title}”",
    "le partenariat « {title} »": "the partnership “{title}”",
    "l'activité « {title} »": "the activity “{title}”",
    "{count} acteurs": "{count} actors",
    "{count} contacts": "{count} contacts",
    "{count} partenariats": "{count} partnerships",
    "{count} activités": "{count} activities",
    "Supprimer {what}": "Delete {what}",
    "Restaurer {what}": "Restore {what}",
    "Vidage de la corbeille…": "Emptying the trash…",
}
