<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Dossier des données : %1</translation>
        </message>
        <message>
            <source>Device id: %1</source>
            <translation>Identifiant de l'appareil : %1</translation>
        </message>
        <message>
            <source>Communes referential: @etalab/decoupage-administratif %1</source>
            <translation>Référentiel des communes : @etalab/decoupage-administratif %1</translation>
        </message>
        <message>
            <source>About Catalyseur</source>
            <translation>À propos de Catalyseur</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>The application of the catalyseurs territoriaux: partnerships between the actors of a territory, the “sortie de crise” diagnostic with mayors, the journal of the four métiers, and exchanges with the Fondation des Territoires.</source>
            <translation>L'application des catalyseurs territoriaux : les partenariats entre les acteurs d'un territoire, le diagnostic « sortie de crise » avec les maires, le journal des quatre métiers et les échanges avec la Fondation des Territoires.</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Please describe the action.</source>
            <translation>Veuillez décrire l'action.</translation>
        </message>
        <message>
            <source>Action of the plan</source>
            <translation>Action du plan</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Ce qui sera fait</translation>
        </message>
        <message>
            <source>&amp;Lead actor:</source>
            <translation>&amp;Pilote :</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Pilote</translation>
        </message>
        <message>
            <source>&amp;Partners (Space to tick):</source>
            <translation>&amp;Partenaires (Espace pour cocher) :</translation>
        </message>
        <message>
            <source>Partner actors</source>
            <translation>Acteurs partenaires</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>not given</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>Type part of an actor's name</source>
            <translation>Tapez une partie du nom d'un acteur</translation>
        </message>
        <message>
            <source>Actor to add</source>
            <translation>Acteur à ajouter</translation>
        </message>
        <message>
            <source>Actors involved</source>
            <translation>Acteurs concernés</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected actor (Suppr)</source>
            <translation>Retirer l'acteur sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>None — type part of a title to link one</source>
            <translation>Aucun — tapez une partie d'un titre pour en lier un</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Commune to add</source>
            <translation>Commune à ajouter</translation>
        </message>
        <message>
            <source>Save the activity (Ctrl+S or Ctrl+Entrée)</source>
            <translation>Enregistrer l'activité (Ctrl+S ou Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Fill the form again with the last activity, dated today (Ctrl+R)</source>
            <translation>Reprendre la dernière activité, datée d'aujourd'hui (Ctrl+R)</translation>
        </message>
        <message>
            <source>Empty form for a new activity (Ctrl+N)</source>
            <translation>Formulaire vide pour une nouvelle activité (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Noter une activité</translation>
        </message>
        <message>
            <source>Edit an activity</source>
            <translation>Modifier une activité</translation>
        </message>
        <message>
            <source>Log an activity (copied from the last one)</source>
            <translation>Noter une activité (reprise de la dernière)</translation>
        </message>
        <message>
            <source>Choose the commune typed in the list, or clear the field.</source>
            <translation>Choisissez dans la liste la commune saisie, ou videz le champ.</translation>
        </message>
        <message>
            <source>Choose the partnership in the list, or clear the field.</source>
            <translation>Choisissez le partenariat dans la liste, ou videz le champ.</translation>
        </message>
        <message>
            <source>Type the time spent, e.g. 1:30, 1h30, 1,5 or 90 min.</source>
            <translation>Indiquez le temps passé, par exemple 1:30, 1h30, 1,5 ou 90 min.</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Dat&amp;e :</translation>
        </message>
        <message>
            <source>Date of the activity</source>
            <translation>Date de l'activité</translation>
        </message>
        <message>
            <source>&amp;Métier:</source>
            <translation>&amp;Métier :</translation>
        </message>
        <message>
            <source>Métier</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>M&amp;ission:</source>
            <translation>M&amp;ission :</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>In&amp;titulé :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>What was done, in a few words</source>
            <translation>Ce qui a été fait, en quelques mots</translation>
        </message>
        <message>
            <source>Time &amp;spent (h:min):</source>
            <translation>Temps passé (&amp;h:min) :</translation>
        </message>
        <message>
            <source>Time spent in hours and minutes</source>
            <translation>Temps passé en heures et minutes</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>Participa&amp;nts :</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Nombre de participants</translation>
        </message>
        <message>
            <source>Commu&amp;nes:</source>
            <translation>&amp;Communes :</translation>
        </message>
        <message>
            <source>A&amp;ctors:</source>
            <translation>Acte&amp;urs :</translation>
        </message>
        <message>
            <source>Partners&amp;hip:</source>
            <translation>Pa&amp;rtenariat :</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Résu&amp;ltat :</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Repeat the last one</source>
            <translation>Répéter la dernière</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ActorContacts</name>
        <message>
            <source>Add a contact to this actor</source>
            <translation>Ajouter un contact à cet acteur</translation>
        </message>
        <message>
            <source>Export everything held about this person (xlsx or JSON)</source>
            <translation>Exporter tout ce qui est conservé sur cette personne (xlsx ou JSON)</translation>
        </message>
        <message>
            <source>Erase this person's data (cannot be undone)</source>
            <translation>Effacer les données de cette personne (définitif)</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Contacts (%1)</translation>
        </message>
        <message>
            <source>Export the person</source>
            <translation>Exporter la personne</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
            <translation>Classeur Excel (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exporté dans %1.</translation>
        </message>
        <message>
            <source>Erase a person</source>
            <translation>Effacer une personne</translation>
        </message>
        <message>
            <source>Erase every detail held about “%1”? Only an erasure mark stays, so the erasure also reaches the foundation. This cannot be undone.</source>
            <translation>Effacer toutes les données conservées sur « %1 » ? Seule une marque d'effacement reste, pour que l'effacement parvienne aussi à la fondation. C'est irréversible.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The person's details were erased.</source>
            <translation>Les données de la personne ont été effacées.</translation>
        </message>
    </context>
    <context>
        <name>ActorEditor</name>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>&lt;h3&gt;New actor&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Nouvel acteur&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs en rouge.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>« %1 » (%2)</translation>
        </message>
        <message>
            <source>This actor may already exist:</source>
            <translation>Cet acteur existe peut-être déjà :</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Nouvel acteur</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>No&amp;m :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Mairie de Vabre, Association Les Jardins du Lac</source>
            <translation>ex. Mairie de Vabre, Association Les Jardins du Lac</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type d'acteur</translation>
        </message>
        <message>
            <source>&amp;Commune:</source>
            <translation>&amp;Commune :</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>&amp;SIREN / SIRET:</source>
            <translation>&amp;SIREN / SIRET :</translation>
        </message>
        <message>
            <source>SIREN / SIRET</source>
            <translation>SIREN / SIRET</translation>
        </message>
        <message>
            <source>9 or 14 digits</source>
            <translation>9 ou 14 chiffres</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>Site &amp;web :</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Open the existing actor</source>
            <translation>Ouvrir l'acteur existant</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>Créer quand même</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Discard the changes</source>
            <translation>A&amp;bandonner les modifications</translation>
        </message>
        <message>
            <source>Go back to the record as it was last saved (Alt+D)</source>
            <translation>Revenir à la fiche telle qu'elle a été enregistrée (Alt+B)</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Nouvel acteur</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Merge two actors</source>
            <translation>Fusionner deux acteurs</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Afficher la corbeille</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Move the selected actors to the trash (Del)</source>
            <translation>Mettre les acteurs sélectionnés à la corbeille (Suppr)</translation>
        </message>
        <message>
            <source>Search names, addresses and notes, accents ignored (Ctrl+F)</source>
            <translation>Rechercher dans les noms, adresses et notes, sans tenir compte des accents (Ctrl+F)</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>Aucun acteur</translation>
        </message>
        <message>
            <source>1 actor</source>
            <translation>1 acteur</translation>
        </message>
        <message>
            <source>%1 actors</source>
            <translation>%1 acteurs</translation>
        </message>
        <message>
            <source>Not saved yet: check the possible duplicate.</source>
            <translation>Pas encore enregistré : vérifiez le doublon possible.</translation>
        </message>
        <message>
            <source>Show only one kind of actor</source>
            <translation>N'afficher qu'un type d'acteur</translation>
        </message>
        <message>
            <source>Show only the actors of one commune</source>
            <translation>N'afficher que les acteurs d'une commune</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The actor form has changes that are not saved.</source>
            <translation>La fiche de l'acteur contient des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation>Mise à la corbeille…</translation>
        </message>
        <message>
            <source>Moved to the trash. Ctrl+Z undoes it.</source>
            <translation>Mis à la corbeille. Ctrl+Z annule.</translation>
        </message>
        <message>
            <source>Select exactly two actors to merge (Ctrl+click).</source>
            <translation>Sélectionnez exactement deux acteurs à fusionner (Ctrl+clic).</translation>
        </message>
        <message>
            <source>Merged. Ctrl+Z undoes the merge.</source>
            <translation>Fusion faite. Ctrl+Z annule la fusion.</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrer par type</translation>
        </message>
        <message>
            <source>Filter by commune</source>
            <translation>Filtrer par commune</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Deleted records can be restored until the trash is emptied.</source>
            <translation>Les éléments supprimés peuvent être restaurés tant que la corbeille n'est pas vidée.</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Tras&amp;h</source>
            <translation>Corbei&amp;lle</translation>
        </message>
        <message>
            <source>R&amp;estore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Em&amp;pty the trash…</source>
            <translation>&amp;Vider la corbeille…</translation>
        </message>
        <message>
            <source>Con&amp;tacts</source>
            <translation>Co&amp;ntacts</translation>
        </message>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Era&amp;se…</source>
            <translation>Effa&amp;cer…</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>Fic&amp;he</translation>
        </message>
        <message>
            <source>Contacts of the actor</source>
            <translation>Contacts de l'acteur</translation>
        </message>
    </context>
    <context>
        <name>ActorsTrash</name>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Empty the trash? Its %1 records will be erased for good; this cannot be undone.</source>
            <translation>Vider la corbeille ? Ses %1 enregistrements seront effacés définitivement ; c'est irréversible.</translation>
        </message>
        <message>
            <source>Empty the trash? Its %1 record will be erased for good; this cannot be undone.</source>
            <translation>Vider la corbeille ? Son %1 enregistrement sera effacé définitivement ; c'est irréversible.</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>Vidage de la corbeille…</translation>
        </message>
        <message>
            <source>%1 records erased from the trash.</source>
            <translation>%1 enregistrements effacés de la corbeille.</translation>
        </message>
        <message>
            <source>%1 record erased from the trash.</source>
            <translation>%1 enregistrement effacé de la corbeille.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restore the backup of %1 (%2)? Your data as it is now is backed up first, then replaced by this backup; the window then reopens on the restored data.</source>
            <translation>Restaurer la sauvegarde du %1 (%2) ? Vos données telles qu'elles sont maintenant sont d'abord sauvegardées, puis remplacées par cette sauvegarde ; la fenêtre se rouvre ensuite sur les données restaurées.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backup made and checked: %1.</source>
            <translation>Sauvegarde faite et vérifiée : %1.</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Vérification de la base…</translation>
        </message>
        <message>
            <source>The database is sound (full integrity check): %1.</source>
            <translation>La base de données est saine (contrôle d'intégrité complet) : %1.</translation>
        </message>
        <message>
            <source>The database has problems: %1. Restore a verified backup from this list.</source>
            <translation>La base de données a des problèmes : %1. Restaurez une sauvegarde vérifiée de cette liste.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Catalyseur copies your data every 30 minutes while you work, when it closes, and before every import, database update or restore. Each copy is checked before it is kept.</source>
            <translation>Catalyseur copie vos données toutes les 30 minutes pendant que vous travaillez, à la fermeture, et avant chaque import, mise à jour de la base ou restauration. Chaque copie est vérifiée avant d'être gardée.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Put the chosen backup back in place; your data as it is now is backed up first</source>
            <translation>Remet en place la sauvegarde choisie ; vos données actuelles sont d'abord sauvegardées</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>&amp;Vérifier la base</translation>
        </message>
        <message>
            <source>A full integrity check of the database, page by page</source>
            <translation>Un contrôle d'intégrité complet de la base, page par page</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>CommunePartnerships</name>
        <message>
            <source>&lt;b&gt;Partnerships already recorded for %1&lt;/b&gt; (%2)</source>
            <translation>&lt;b&gt;Partenariats déjà enregistrés pour %1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <source>No partnership is recorded for this commune yet.</source>
            <translation>Aucun partenariat n'est encore enregistré pour cette commune.</translation>
        </message>
        <message>
            <source>Partnerships already recorded for the commune</source>
            <translation>Partenariats déjà enregistrés pour la commune</translation>
        </message>
    </context>
    <context>
        <name>CommunePicker</name>
        <message>
            <source>Commune: name, INSEE or postal code</source>
            <translation>Commune : nom, code INSEE ou code postal</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>— not specified —</source>
            <translation>— non précisée —</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Type the date the consent was given, e.g. 15/11/2026.</source>
            <translation>Indiquez la date du consentement, par exemple 15/11/2026.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Personal data: record only what is useful, with the person's consent.</source>
            <translation>Données personnelles : n'enregistrez que l'utile, avec le consentement de la personne.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>first.last@example.fr</source>
            <translation>prenom.nom@exemple.fr</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>01 23 45 67 89</source>
            <translation>01 23 45 67 89</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Consentement :</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>&amp;Consent recorded</source>
            <translation>&amp;Consentement recueilli</translation>
        </message>
        <message>
            <source>Consent &amp;date:</source>
            <translation>&amp;Date du consentement :</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <source>Consent &amp;given by:</source>
            <translation>&amp;Moyen de recueil :</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>Moyen de recueil</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Time per métier over the last 12 months (hours)</source>
            <translation>Temps par métier sur les 12 derniers mois (heures)</translation>
        </message>
        <message>
            <source>Partnerships by form</source>
            <translation>Partenariats par forme</translation>
        </message>
        <message>
            <source>Partnerships by stage</source>
            <translation>Partenariats par étape</translation>
        </message>
        <message>
            <source>Partnerships by Sustainable Development Goal (ODD)</source>
            <translation>Partenariats par objectif de développement durable (ODD)</translation>
        </message>
        <message>
            <source>Diagnostics by status</source>
            <translation>Diagnostics par statut</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Refresh the figures (F5)</source>
            <translation>Actualiser les chiffres (F5)</translation>
        </message>
        <message>
            <source>Click a bar to open the matching list</source>
            <translation>Cliquez sur une barre pour ouvrir la liste correspondante</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>actors</source>
            <translation>acteurs</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>partnerships</source>
            <translation>partenariats</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actifs</translation>
        </message>
        <message>
            <source>inspiring examples</source>
            <translation>exemples inspirants</translation>
        </message>
        <message>
            <source>diagnostics</source>
            <translation>diagnostics</translation>
        </message>
        <message>
            <source>activities in 12 months</source>
            <translation>activités en 12 mois</translation>
        </message>
        <message>
            <source>of work logged</source>
            <translation>de travail noté</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(en retard)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>&amp;Upcoming actions (next 30 days and overdue):</source>
            <translation>Actions à &amp;venir (30 prochains jours et en retard) :</translation>
        </message>
        <message>
            <source>Upcoming actions of the action plans</source>
            <translation>Actions à venir des plans d'action</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>Choose in a calendar</source>
            <translation>Choisir dans un calendrier</translation>
        </message>
    </context>
    <context>
        <name>DepartmentMap</name>
        <message>
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticActionsModel</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Pilote</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticPartnershipsModel</name>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticResults</name>
        <message>
            <source>Finalise: lock the answers</source>
            <translation>Finaliser : verrouiller les réponses</translation>
        </message>
        <message>
            <source>Revise: a new revision that keeps this one</source>
            <translation>Réviser : une nouvelle révision qui conserve celle-ci</translation>
        </message>
        <message>
            <source>Add a line to the action plan</source>
            <translation>Ajouter une ligne au plan d'action</translation>
        </message>
        <message>
            <source>%1: &lt;b&gt;%2&lt;/b&gt; / 100</source>
            <translation>%1 : &lt;b&gt;%2&lt;/b&gt; / 100</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Scores&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Scores&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Finalised: the answers are locked. The action plan can still be followed up.</source>
            <translation>Finalisé : les réponses sont verrouillées. Le plan d'action peut encore être suivi.</translation>
        </message>
        <message>
            <source>Replaced by a revision: kept as it was, read only.</source>
            <translation>Remplacé par une révision : conservé tel quel, en lecture seule.</translation>
        </message>
        <message>
            <source>%1 errors to correct before finalising (Ctrl+E lists them).</source>
            <translation>%1 erreurs à corriger avant de finaliser (Ctrl+E les liste).</translation>
        </message>
        <message>
            <source>%1 error to correct before finalising (Ctrl+E shows it).</source>
            <translation>%1 erreur à corriger avant de finaliser (Ctrl+E la montre).</translation>
        </message>
        <message>
            <source>No error: the diagnostic can be finalised.</source>
            <translation>Aucune erreur : le diagnostic peut être finalisé.</translation>
        </message>
        <message>
            <source>The PDF report for the mayor (%1)</source>
            <translation>Le rapport PDF pour le maire (%1)</translation>
        </message>
        <message>
            <source>The diagnostic is in progress: the report is a draft marked “PROVISOIRE” on every page.</source>
            <translation>Le diagnostic est en cours : le rapport est un brouillon marqué « PROVISOIRE » sur chaque page.</translation>
        </message>
        <message>
            <source>Delete the action “%1”?</source>
            <translation>Supprimer l'action « %1 » ?</translation>
        </message>
        <message>
            <source>The diagnostic cannot be finalised yet: correct the errors listed under “Check”.</source>
            <translation>Le diagnostic ne peut pas encore être finalisé : corrigez les erreurs listées par « Vérifier ».</translation>
        </message>
        <message>
            <source>Still missing (an empty volet is shown as “not filled in”, never as 0):</source>
            <translation>Il manque encore (un volet vide apparaît « non renseigné », jamais à 0) :</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>Delete the action</source>
            <translation>Supprimer l'action</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Finalise</source>
            <translation>Finaliser</translation>
        </message>
        <message>
            <source>Finalise the diagnostic? The answers will be locked; to change them later you will create a revision.</source>
            <translation>Finaliser le diagnostic ? Les réponses seront verrouillées ; pour les changer plus tard, vous créerez une révision.</translation>
        </message>
        <message>
            <source>– %1: nothing answered</source>
            <translation>– %1 : aucune réponse</translation>
        </message>
        <message>
            <source>– %1: %2 of %3 questions answered</source>
            <translation>– %1 : %2 questions sur %3 renseignées</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Réviser</translation>
        </message>
        <message>
            <source>Create a new revision of this diagnostic? This one is kept unchanged.</source>
            <translation>Créer une nouvelle révision de ce diagnostic ? Celui-ci est conservé sans changement.</translation>
        </message>
        <message>
            <source>Scores per volet</source>
            <translation>Scores par volet</translation>
        </message>
        <message>
            <source>Priorities chosen by the commune</source>
            <translation>Priorités choisies par la commune</translation>
        </message>
        <message>
            <source>Priorities, most important first</source>
            <translation>Priorités, la plus importante d'abord</translation>
        </message>
        <message>
            <source>Volet to add as a priority</source>
            <translation>Volet à ajouter comme priorité</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Add the fla&amp;gged volets</source>
            <translation>Ajouter les volets si&amp;gnalés</translation>
        </message>
        <message>
            <source>Add the volets that the answers flag as priorities</source>
            <translation>Ajouter les volets que les réponses signalent comme prioritaires</translation>
        </message>
        <message>
            <source>New ac&amp;tion…</source>
            <translation>&amp;Nouvelle action…</translation>
        </message>
        <message>
            <source>PDF rep&amp;ort…</source>
            <translation>Rapp&amp;ort PDF…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Mod&amp;ifier…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>S&amp;upprimer</translation>
        </message>
        <message>
            <source>Re&amp;vise</source>
            <translation>Révis&amp;er</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticRunner</name>
        <message>
            <source>Results and action plan</source>
            <translation>Résultats et plan d'action</translation>
        </message>
        <message>
            <source>Next volet</source>
            <translation>Volet suivant</translation>
        </message>
        <message>
            <source>Previous volet</source>
            <translation>Volet précédent</translation>
        </message>
        <message>
            <source>Check: list every error</source>
            <translation>Vérifier : lister toutes les erreurs</translation>
        </message>
        <message>
            <source>Scores, priorities and action plan</source>
            <translation>Scores, priorités et plan d'action</translation>
        </message>
        <message>
            <source>Back to the list of diagnostics</source>
            <translation>Retour à la liste des diagnostics</translation>
        </message>
        <message>
            <source>, revision %1</source>
            <translation>, révision %1</translation>
        </message>
        <message>
            <source>%1 — started on %2 — kit %3 version %4%5</source>
            <translation>%1 — commencé le %2 — kit %3 version %4%5</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Volet %1 of %2</source>
            <translation>Volet %1 sur %2</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>« %1 » (%2)</translation>
        </message>
        <message>
            <source>Not saved, to correct: %1</source>
            <translation>Non enregistré, à corriger : %1</translation>
        </message>
        <message>
            <source>No error: the diagnostic can be finalised.</source>
            <translation>Aucune erreur : le diagnostic peut être finalisé.</translation>
        </message>
        <message>
            <source>Errors to correct: %1 (Enter to go to one)</source>
            <translation>Erreurs à corriger : %1 (Entrée pour y aller)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>← Back to the &amp;list</source>
            <translation>← Retour à la &amp;liste</translation>
        </message>
        <message>
            <source>Answers given</source>
            <translation>Réponses données</translation>
        </message>
        <message>
            <source>%v / %m answers</source>
            <translation>%v / %m réponses</translation>
        </message>
        <message>
            <source>Volets</source>
            <translation>Volets</translation>
        </message>
        <message>
            <source>Errors to correct</source>
            <translation>Erreurs à corriger</translation>
        </message>
        <message>
            <source>← &amp;Previous volet</source>
            <translation>← Volet &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Next volet →</source>
            <translation>Volet &amp;suivant →</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Résultats</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticScoresModel</name>
        <message>
            <source>Volet</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Axe</translation>
        </message>
        <message>
            <source>Score / 100</source>
            <translation>Score / 100</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondu</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsModel</name>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>INSEE code</source>
            <translation>Code INSEE</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>%1 / %2 · %3 / %4 volets</source>
            <translation>%1 / %2 · %3 / %4 volets</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>Start a diagnostic with a commune</source>
            <translation>Commencer un diagnostic avec une commune</translation>
        </message>
        <message>
            <source>Open the selected diagnostic (or Enter)</source>
            <translation>Ouvrir le diagnostic choisi (ou Entrée)</translation>
        </message>
        <message>
            <source>Install a kit workbook (.xlsx) published by the foundation</source>
            <translation>Installer un classeur de kit (.xlsx) publié par la fondation</translation>
        </message>
        <message>
            <source>PDF report of the selected diagnostic</source>
            <translation>Rapport PDF du diagnostic choisi</translation>
        </message>
        <message>
            <source>A diagnostic in progress gives a draft marked “PROVISOIRE” on every page.</source>
            <translation>Pour un diagnostic en cours, le rapport est un brouillon marqué « PROVISOIRE » sur chaque page.</translation>
        </message>
        <message>
            <source>The kit “%1” version %2 was already installed.</source>
            <translation>Le kit « %1 » version %2 était déjà installé.</translation>
        </message>
        <message>
            <source>The kit “%1” version %2 is installed. New diagnostics will use it.</source>
            <translation>Le kit « %1 » version %2 est installé. Les nouveaux diagnostics l'utiliseront.</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>New diagnostic</source>
            <translation>Nouveau diagnostic</translation>
        </message>
        <message>
            <source>Install a kit</source>
            <translation>Installer un kit</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The kit was not installed: %1 problems found. Nothing was changed.</source>
            <translation>Le kit n'a pas été installé : %1 problèmes trouvés. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The kit was not installed: %1 problem found. Nothing was changed.</source>
            <translation>Le kit n'a pas été installé : %1 problème trouvé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>
… and %1 more problems (see the details).</source>
            <translation>
… et %1 autres problèmes (voir les détails).</translation>
        </message>
        <message>
            <source>
… and %1 more problem (see the details).</source>
            <translation>
… et %1 autre problème (voir les détails).</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Diagnostics “sortie de crise”&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Diagnostics « sortie de crise »&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&amp;New diagnostic…</source>
            <translation>&amp;Nouveau diagnostic…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>PDF &amp;report…</source>
            <translation>Rapport &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Install a kit…</source>
            <translation>&amp;Installer un kit…</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>No diagnostic yet. Press Ctrl+N to start one with a commune.</source>
            <translation>Aucun diagnostic pour l'instant. Appuyez sur Ctrl+N pour en commencer un avec une commune.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Save the document</source>
            <translation>Enregistrer le document</translation>
        </message>
        <message>
            <source>The document could not be made: {error}</source>
            <translation>Le document n'a pas pu être préparé : {error}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Preparing the document…</source>
            <translation>Préparation du document…</translation>
        </message>
        <message>
            <source>Diagnostic report</source>
            <translation>Rapport de diagnostic</translation>
        </message>
        <message>
            <source>Partnership sheet</source>
            <translation>Fiche partenariat</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>Bilan périodique</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The workbook was saved: {path}</source>
            <translation>Le classeur a été enregistré : {path}</translation>
        </message>
        <message>
            <source>Preparing the workbook…</source>
            <translation>Préparation du classeur…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <source>Document pages</source>
            <translation>Pages du document</translation>
        </message>
        <message>
            <source>Page {page} / {count}</source>
            <translation>Page {page} / {count}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Enregistrer le document</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>L'imprimante n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Aperçu du document</translation>
        </message>
        <message>
            <source>Page shown</source>
            <translation>Page affichée</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Réduire (Ctrl+-)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Réduire</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Agrandir (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Agrandir</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Pleine largeur</translation>
        </message>
        <message>
            <source>Fit the page width to the window (Ctrl+0)</source>
            <translation>Ajuster la largeur de la page à la fenêtre (Ctrl+0)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print the document (Ctrl+P)</source>
            <translation>Imprimer le document (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save the document as a file (Ctrl+S)</source>
            <translation>Enregistrer le document dans un fichier (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the preview (Esc)</source>
            <translation>Fermer l'aperçu (Échap)</translation>
        </message>
    </context>
    <context>
        <name>DurationField</name>
        <message>
            <source>e.g. 1:30, 1h30, 1,5 or 90 min</source>
            <translation>ex. 1:30, 1h30, 1,5 ou 90 min</translation>
        </message>
    </context>
    <context>
        <name>ExamplesPage</name>
        <message>
            <source>All goals (ODD)</source>
            <translation>Tous les objectifs (ODD)</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>Toutes les formes</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>ODD</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>No inspiring example shown. They come with the packs of the Foundation (Exchanges → Receive a pack from the Foundation).</source>
            <translation>Aucun exemple inspirant pour l'instant. Ils arrivent avec les packs de la Fondation (Échanges → Recevoir un pack de la Fondation).</translation>
        </message>
        <message>
            <source>%1 examples shown.</source>
            <translation>%1 exemples affichés.</translation>
        </message>
        <message>
            <source>%1 example shown.</source>
            <translation>%1 exemple affiché.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objectifs de développement durable</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Cited by your partnerships</source>
            <translation>Cité par vos partenariats</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Inspiring examples&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Exemples inspirants&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Partnerships of other territories, shared by the Foundation in its reference packs. Cite one in a partnership (tab Resources) when it inspired you.</source>
            <translation>Des partenariats d'autres territoires, partagés par la Fondation dans ses packs de référence. Citez-en un dans un partenariat (onglet Ressources) quand il vous a inspiré.</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>Filter by goal (ODD)</source>
            <translation>Filtrer par objectif (ODD)</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>For&amp;me :</translation>
        </message>
        <message>
            <source>Filter by partnership form</source>
            <translation>Filtrer par forme de partenariat</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Search the examples</source>
            <translation>Rechercher dans les exemples</translation>
        </message>
        <message>
            <source>Inspiring examples</source>
            <translation>Exemples inspirants</translation>
        </message>
        <message>
            <source>The example chosen</source>
            <translation>L'exemple choisi</translation>
        </message>
    </context>
    <context>
        <name>ExchangePreviewDialog</name>
        <message>
            <source>Import preview — %1</source>
            <translation>Aperçu de l'import — %1</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Ce qui diffère</translation>
        </message>
        <message>
            <source>My version</source>
            <translation>Ma version</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Leur version</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Gardée</translation>
        </message>
        <message>
            <source>Keep the version that is on this computer</source>
            <translation>Garder la version qui est sur cet ordinateur</translation>
        </message>
        <message>
            <source>Take the version of the imported file</source>
            <translation>Prendre la version du fichier importé</translation>
        </message>
        <message>
            <source>When you click Apply, a backup copy of your data is made first, then all these changes are saved at once. Cancel (now or during the import) leaves your data as it is.</source>
            <translation>Quand vous cliquez sur Appliquer, une copie de sauvegarde de vos données est faite d'abord, puis tous ces changements sont enregistrés d'un seul coup. Annuler (maintenant ou pendant l'import) laisse vos données telles quelles.</translation>
        </message>
        <message>
            <source>Nothing to change: your data is already up to date.</source>
            <translation>Rien à changer : vos données sont déjà à jour.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Changed on both sides since your last exchange: the automatic choice is shown for each. Select a line and choose the version to keep; the lines you leave stay in “Conflicts to review”, where you can still change your mind.</source>
            <translation>Modifiés des deux côtés depuis votre dernier échange : le choix automatique est indiqué pour chacun. Sélectionnez une ligne et choisissez la version à garder ; les lignes que vous laissez restent dans « Conflits à examiner », où vous pourrez encore changer d'avis.</translation>
        </message>
        <message>
            <source>Nothing to change: your data is already up to date. The key you accepted is recorded: the next files signed with it are trusted.</source>
            <translation>Rien à changer : vos données sont déjà à jour. La clé que vous avez acceptée est enregistrée : les prochains fichiers signés avec elle seront reconnus.</translation>
        </message>
        <message>
            <source>everything that computer holds</source>
            <translation>tout ce que contient cet ordinateur</translation>
        </message>
        <message>
            <source>the changes since %1</source>
            <translation>les changements depuis le %1</translation>
        </message>
        <message>
            <source>everything since its first file</source>
            <translation>tout, depuis son premier envoi</translation>
        </message>
        <message>
            <source>File “%1”: file no. %2 from %3, made on %4, with %5.</source>
            <translation>Fichier « %1 » : envoi n° %2 de %3, fait le %4, avec %5.</translation>
        </message>
        <message>
            <source>an unnamed catalyseur</source>
            <translation>un catalyseur sans nom</translation>
        </message>
        <message>
            <source>File no. %1 from that computer was already imported: newer data already here is kept.</source>
            <translation>L'envoi n° %1 de cet ordinateur a déjà été importé : les données plus récentes déjà présentes ici sont gardées.</translation>
        </message>
        <message>
            <source>to add</source>
            <translation>à ajouter</translation>
        </message>
        <message>
            <source>new records, not on this computer yet</source>
            <translation>nouveaux enregistrements, pas encore sur cet ordinateur</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>à mettre à jour</translation>
        </message>
        <message>
            <source>changed on their side only: their version replaces yours</source>
            <translation>modifiés de leur côté seulement : leur version remplace la vôtre</translation>
        </message>
        <message>
            <source>to delete</source>
            <translation>à supprimer</translation>
        </message>
        <message>
            <source>deleted on their side (or a person erased at their request)</source>
            <translation>supprimés de leur côté (ou une personne effacée à sa demande)</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflits</translation>
        </message>
        <message>
            <source>changed on both sides: see below</source>
            <translation>modifiés des deux côtés : voir ci-dessous</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangés</translation>
        </message>
        <message>
            <source>already the same here, or newer here: nothing changes</source>
            <translation>déjà identiques ici, ou plus récents ici : rien ne change</translation>
        </message>
        <message>
            <source>made on both sides: %1</source>
            <translation>fait des deux côtés : %1</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>Import preview</source>
            <translation>Aperçu de l'import</translation>
        </message>
        <message>
            <source>Conflicts and the version to keep</source>
            <translation>Conflits et version à garder</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder &amp;ma version</translation>
        </message>
        <message>
            <source>Take thei&amp;rs</source>
            <translation>Prendre &amp;leur version</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTexts</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 « %2 »</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(supprimé)</translation>
        </message>
        <message>
            <source>kept and changed</source>
            <translation>gardé et modifié</translation>
        </message>
        <message>
            <source>deleted on one side</source>
            <translation>supprimé d'un côté</translation>
        </message>
        <message>
            <source>nothing a person sees</source>
            <translation>rien de visible</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>la mienne</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>la leur</translation>
        </message>
        <message>
            <source>my version (your choice)</source>
            <translation>ma version (votre choix)</translation>
        </message>
        <message>
            <source>my version (automatic)</source>
            <translation>ma version (automatique)</translation>
        </message>
        <message>
            <source>their version (your choice)</source>
            <translation>leur version (votre choix)</translation>
        </message>
        <message>
            <source>their version (automatic)</source>
            <translation>leur version (automatique)</translation>
        </message>
    </context>
    <context>
        <name>ExchangesPage</name>
        <message>
            <source>Made on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Prepare the file to send…</source>
            <translation>Préparer l'envoi…</translation>
        </message>
        <message>
            <source>Import a file…</source>
            <translation>Importer un fichier…</translation>
        </message>
        <message>
            <source>Keep the version that was on this computer</source>
            <translation>Garder la version qui était sur cet ordinateur</translation>
        </message>
        <message>
            <source>Take the version of the imported file</source>
            <translation>Prendre la version du fichier importé</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>changements</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Changements depuis</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Ce qui diffère</translation>
        </message>
        <message>
            <source>My version</source>
            <translation>Ma version</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Leur version</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Gardée</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <source>Also for a new computer, or to restore a lost one</source>
            <translation>Aussi pour un nouvel ordinateur, ou pour en remplacer un perdu</translation>
        </message>
        <message>
            <source>Without it, no name, e-mail or phone number leaves this computer</source>
            <translation>Sans cela, aucun nom, courriel ou téléphone ne quitte cet ordinateur</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>tout</translation>
        </message>
        <message>
            <source>the beginning</source>
            <translation>le début</translation>
        </message>
        <message>
            <source>&amp;Conflicts to review (%1)</source>
            <translation>C&amp;onflits à examiner (%1)</translation>
        </message>
        <message>
            <source>deletions</source>
            <translation>suppressions</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Aucun changement</translation>
        </message>
        <message>
            <source>Conflicts settled: %1.</source>
            <translation>Conflits réglés : %1.</translation>
        </message>
        <message>
            <source>Prepare the file to send</source>
            <translation>Préparer l'envoi</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Preparing the file…</source>
            <translation>Préparation du fichier…</translation>
        </message>
        <message>
            <source>File no. %1 written: %2 (%3 rows).</source>
            <translation>Fichier n° %1 écrit : %2 (%3 lignes).</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importer un fichier</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Lecture et vérification du fichier…</translation>
        </message>
        <message>
            <source>This is the first file from %1 (id %2).</source>
            <translation>C'est le premier fichier de %1 (identifiant %2).</translation>
        </message>
        <message>
            <source>Fingerprint of the key that signed it:
%1

Check it with this person (by phone, for instance). Accept this key and see what the file would change?</source>
            <translation>Empreinte de la clé qui l'a signé :
%1

Vérifiez-la avec cette personne (par téléphone, par exemple). Accepter cette clé et voir ce que le fichier changerait ?</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Import done: %1 added, %2 updated, %3 deleted, %4 conflicts. Backup: %5.</source>
            <translation>Import terminé : %1 ajoutés, %2 mis à jour, %3 supprimés, %4 conflits. Sauvegarde : %5.</translation>
        </message>
        <message>
            <source>Check the conflicts below: the automatic choice was applied where you did not choose.</source>
            <translation>Vérifiez les conflits ci-dessous : le choix automatique a été appliqué là où vous n'avez pas choisi.</translation>
        </message>
        <message>
            <source>The file was not written.</source>
            <translation>Le fichier n'a pas été écrit.</translation>
        </message>
        <message>
            <source>The file was not imported; your data is unchanged.</source>
            <translation>Le fichier n'a pas été importé ; vos données n'ont pas changé.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Received on %1 in “%2”</source>
            <translation>Reçu le %1 dans « %2 »</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Annulé : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>A file is being prepared or imported. Wait for the end, or click Cancel in its window.</source>
            <translation>Un fichier est en cours de préparation ou d'import. Attendez la fin, ou cliquez sur Annuler dans sa fenêtre.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Exchanges&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Échanges&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Send to the foundation or to another computer</source>
            <translation>Envoyer à la Fondation ou à un autre ordinateur</translation>
        </message>
        <message>
            <source>One Excel file with what changed since the last file made here.</source>
            <translation>Un fichier Excel avec ce qui a changé depuis le dernier envoi fait ici.</translation>
        </message>
        <message>
            <source>Send e&amp;verything (not only the changes)</source>
            <translation>&amp;Tout envoyer (pas seulement les changements)</translation>
        </message>
        <message>
            <source>Include the &amp;details of contacts who gave their consent</source>
            <translation>Inclure les coor&amp;données des contacts qui ont donné leur consentement</translation>
        </message>
        <message>
            <source>&amp;Prepare the file to send…</source>
            <translation>P&amp;réparer l'envoi…</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recevoir</translation>
        </message>
        <message>
            <source>Import a file made on another computer: you see what will change before anything changes.</source>
            <translation>Importer un fichier fait sur un autre ordinateur : vous voyez ce qui changera avant que rien ne change.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
        <message>
            <source>Receive a pack from the Fo&amp;undation…</source>
            <translation>Recevoir un pac&amp;k de la Fondation…</translation>
        </message>
        <message>
            <source>Files sen&amp;t</source>
            <translation>Historique des en&amp;vois</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder &amp;ma version</translation>
        </message>
        <message>
            <source>Take thei&amp;rs</source>
            <translation>Prendre &amp;leur version</translation>
        </message>
        <message>
            <source>Files made on this computer</source>
            <translation>Fichiers faits sur cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Conflicts to review</source>
            <translation>C&amp;onflits à examiner</translation>
        </message>
        <message>
            <source>Records changed on both sides. The automatic choice has been applied; choose another version if it is not the right one.</source>
            <translation>Enregistrements modifiés des deux côtés. Le choix automatique a été appliqué ; choisissez l'autre version si ce n'est pas la bonne.</translation>
        </message>
        <message>
            <source>Records changed on both sides</source>
            <translation>Enregistrements modifiés des deux côtés</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Catalyseur — first start</source>
            <translation>Catalyseur — premier démarrage</translation>
        </message>
        <message>
            <source>Quit Catalyseur?</source>
            <translation>Quitter Catalyseur ?</translation>
        </message>
        <message>
            <source>Catalyseur needs your profile to start. Quit without creating it? Nothing you typed here is kept.</source>
            <translation>Catalyseur a besoin de votre profil pour démarrer. Quitter sans le créer ? Rien de ce que vous avez saisi ici n'est conservé.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>&lt;b&gt;First steps&lt;/b&gt; — three things to start with:</source>
            <translation>&lt;b&gt;Premiers pas&lt;/b&gt; — trois choses pour commencer :</translation>
        </message>
        <message>
            <source>1. Add the actors of your communes</source>
            <translation>1. Ajouter les acteurs de vos communes</translation>
        </message>
        <message>
            <source>2. Record a partnership</source>
            <translation>2. Noter un partenariat</translation>
        </message>
        <message>
            <source>3. Start a diagnostic with a mayor</source>
            <translation>3. Commencer un diagnostic avec un maire</translation>
        </message>
    </context>
    <context>
        <name>FoundationPage</name>
        <message>
            <source>Partnerships observatory — %1</source>
            <translation>Observatoire des partenariats — %1</translation>
        </message>
        <message>
            <source>First day of the period (empty: no limit)</source>
            <translation>Premier jour de la période (vide : sans limite)</translation>
        </message>
        <message>
            <source>Last day of the period (empty: no limit)</source>
            <translation>Dernier jour de la période (vide : sans limite)</translation>
        </message>
        <message>
            <source>Only the partnerships, activities, actors and diagnostics of this region</source>
            <translation>Seulement les partenariats, activités, acteurs et diagnostics de cette région</translation>
        </message>
        <message>
            <source>Only the partnerships, activities, actors and diagnostics of this department (or click it on the map)</source>
            <translation>Seulement les partenariats, activités, acteurs et diagnostics de ce département (ou cliquez dessus sur la carte)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>The whole country, every period</source>
            <translation>Toute la France, toutes périodes</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>What the map shows</source>
            <translation>Ce que montre la carte</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formes</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Départements</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Métiers</source>
            <translation>Métiers</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Catalyseurs</source>
            <translation>Catalyseurs</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Tous les départements</translation>
        </message>
        <message>
            <source>Reading the national tables…</source>
            <translation>Lecture des tableaux nationaux…</translation>
        </message>
        <message>
            <source>National tables</source>
            <translation>Tableaux nationaux</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Communes with a diagnostic</source>
            <translation>Communes diagnostiquées</translation>
        </message>
        <message>
            <source>Median score: %1</source>
            <translation>Note médiane : %1</translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>%1 catalyseurs silent for 90 days or more (in bold in “Catalyseurs”).</source>
            <translation>%1 catalyseurs sans envoi depuis 90 jours ou plus (en gras dans « Catalyseurs »).</translation>
        </message>
        <message>
            <source>%1 catalyseur silent for 90 days or more (in bold in “Catalyseurs”).</source>
            <translation>%1 catalyseur sans envoi depuis 90 jours ou plus (en gras dans « Catalyseurs »).</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>depuis le %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>jusqu'au %1</translation>
        </message>
        <message>
            <source>every period</source>
            <translation>toutes périodes</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>User guide — Catalyseur</source>
            <translation>Guide de l'utilisateur — Catalyseur</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Search titles and outcomes (Ctrl+F)</source>
            <translation>Rechercher dans les intitulés et résultats (Ctrl+F)</translation>
        </message>
        <message>
            <source>All métiers</source>
            <translation>Tous les métiers</translation>
        </message>
        <message>
            <source>Move the selected activity to the trash (Suppr); Ctrl+Z undoes</source>
            <translation>Mettre l'activité sélectionnée à la corbeille (Suppr) ; Ctrl+Z annule</translation>
        </message>
        <message>
            <source>Unsaved activity</source>
            <translation>Activité non enregistrée</translation>
        </message>
        <message>
            <source>The activity being typed is not saved.</source>
            <translation>L'activité en cours de saisie n'est pas enregistrée.</translation>
        </message>
        <message>
            <source>Do you want to save it?</source>
            <translation>Voulez-vous l'enregistrer ?</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Activities shown: {0}</source>
            <translation>Activités affichées : {0}</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>Time per métier</source>
            <translation>Temps par métier</translation>
        </message>
        <message>
            <source>W%1</source>
            <translation>S%1</translation>
        </message>
        <message>
            <source>Time per métier, by ISO week (hours)</source>
            <translation>Temps par métier, par semaine ISO (heures)</translation>
        </message>
        <message>
            <source>Time per métier, by month (hours)</source>
            <translation>Temps par métier, par mois (heures)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total : %1</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>Acti&amp;vités</translation>
        </message>
        <message>
            <source>Filter by métier</source>
            <translation>Filtrer par métier</translation>
        </message>
        <message>
            <source>Pe&amp;riod from</source>
            <translation>Péri&amp;ode du</translation>
        </message>
        <message>
            <source>Start of the period</source>
            <translation>Début de la période</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>Fin de la période</translation>
        </message>
        <message>
            <source>Activities of the journal</source>
            <translation>Activités du journal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>Chronolo&amp;gie</translation>
        </message>
        <message>
            <source>By &amp;week (12 weeks)</source>
            <translation>Par &amp;semaine (12 semaines)</translation>
        </message>
        <message>
            <source>By m&amp;onth (12 months)</source>
            <translation>Par m&amp;ois (12 mois)</translation>
        </message>
        <message>
            <source>Time per métier over the period</source>
            <translation>Temps par métier sur la période</translation>
        </message>
    </context>
    <context>
        <name>LineQuestion</name>
        <message>
            <source>A whole number, e.g. 12</source>
            <translation>Un nombre entier, ex. 12</translation>
        </message>
        <message>
            <source>A number, e.g. 12.5</source>
            <translation>Un nombre, ex. 12,5</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Activity journal</source>
            <translation>Journal des métiers</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Foundation</source>
            <translation>Fondation</translation>
        </message>
        <message>
            <source>Inspiring examples</source>
            <translation>Exemples inspirants</translation>
        </message>
        <message>
            <source>Open a consolidation database</source>
            <translation>Ouvrir une base de consolidation</translation>
        </message>
        <message>
            <source>Consolidation databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
            <translation>Bases de consolidation (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Opening the consolidation database…</source>
            <translation>Ouverture de la base de consolidation…</translation>
        </message>
        <message>
            <source>Consolidation database open: %1</source>
            <translation>Base de consolidation ouverte : %1</translation>
        </message>
        <message>
            <source>Consolidation database</source>
            <translation>Base de consolidation</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Open a &amp;consolidation database…</source>
            <translation>Ouvrir une base de &amp;consolidation…</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Sau&amp;vegardes…</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Sauvegarde automatique</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>La sauvegarde automatique a échoué : %1</translation>
        </message>
        <message>
            <source>%1 · data in %2</source>
            <translation>%1 · données dans %2</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>Sauvegarde avant la fermeture…</translation>
        </message>
        <message>
            <source>Backup at closing</source>
            <translation>Sauvegarde à la fermeture</translation>
        </message>
        <message>
            <source>The backup at closing failed: %1</source>
            <translation>La sauvegarde à la fermeture a échoué : %1</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Periodic &amp;summary…</source>
            <translation>&amp;Bilan périodique…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>My &amp;profile and communes…</source>
            <translation>Mon &amp;profil et mes communes…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Ouvrir le &amp;dossier des données</translation>
        </message>
        <message>
            <source>&amp;About Catalyseur</source>
            <translation>À &amp;propos de Catalyseur</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
    </context>
    <context>
        <name>MergeActorsDialog</name>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Fusion en cours…</translation>
        </message>
        <message>
            <source>Merge two actors</source>
            <translation>Fusionner deux acteurs</translation>
        </message>
        <message>
            <source>Which actor is kept? The other one's contacts, partnerships and activities move to it, then it is removed. Ctrl+Z undoes the merge.</source>
            <translation>Quel acteur conserver ? Les contacts, partenariats et activités de l'autre lui sont rattachés, puis l'autre est retiré. Ctrl+Z annule la fusion.</translation>
        </message>
    </context>
    <context>
        <name>MultiCommunePicker</name>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected commune (Suppr)</source>
            <translation>Retirer la commune sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Chosen communes</source>
            <translation>Communes choisies</translation>
        </message>
    </context>
    <context>
        <name>NewDiagnosticDialog</name>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (version %2)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>Co&amp;mmencer</translation>
        </message>
        <message>
            <source>Start the diagnostic with these participants (Enter)</source>
            <translation>Commencer le diagnostic avec ces participants (Entrée)</translation>
        </message>
        <message>
            <source>Add this person (Enter in the name field)</source>
            <translation>Ajouter cette personne (Entrée dans le champ du nom)</translation>
        </message>
        <message>
            <source>Choose the commune in the list that appears as you type.</source>
            <translation>Choisissez la commune dans la liste qui s'affiche pendant la saisie.</translation>
        </message>
        <message>
            <source>Commune: %1 (INSEE %2)</source>
            <translation>Commune : %1 (INSEE %2)</translation>
        </message>
        <message>
            <source>No contact recorded for the actors of this commune.</source>
            <translation>Aucun contact enregistré pour les acteurs de cette commune.</translation>
        </message>
        <message>
            <source>Please choose the commune in the list.</source>
            <translation>Veuillez choisir la commune dans la liste.</translation>
        </message>
        <message>
            <source>Type the date of the diagnostic.</source>
            <translation>Indiquez la date du diagnostic.</translation>
        </message>
        <message>
            <source>New diagnostic</source>
            <translation>Nouveau diagnostic</translation>
        </message>
        <message>
            <source>&amp;Commune:</source>
            <translation>&amp;Commune :</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Name, INSEE code or postal code, e.g. Saint-Flour</source>
            <translation>Nom, code INSEE ou code postal, ex. Saint-Flour</translation>
        </message>
        <message>
            <source>&amp;Kit:</source>
            <translation>&amp;Kit :</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date of the diagnostic</source>
            <translation>Date du diagnostic</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>C&amp;ontacts of the actors of the commune (Space to tick):</source>
            <translation>C&amp;ontacts des acteurs de la commune (Espace pour cocher) :</translation>
        </message>
        <message>
            <source>Contacts of the commune</source>
            <translation>Contacts de la commune</translation>
        </message>
        <message>
            <source>Other &amp;person:</source>
            <translation>Autre &amp;personne :</translation>
        </message>
        <message>
            <source>Name of another participant</source>
            <translation>Nom d'un autre participant</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>Role of the participant</source>
            <translation>Rôle du participant</translation>
        </message>
        <message>
            <source>Role, e.g. deputy mayor</source>
            <translation>Rôle, ex. adjoint au maire</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Other participants</source>
            <translation>Autres participants</translation>
        </message>
        <message>
            <source>&amp;Remove the selected person</source>
            <translation>&amp;Retirer la personne choisie</translation>
        </message>
    </context>
    <context>
        <name>OperationCommand</name>
        <message>
            <source>Could not redo “{0}”: {1}</source>
            <translation>Impossible de rétablir « {0} » : {1}</translation>
        </message>
        <message>
            <source>Could not undo “{0}”: {1}</source>
            <translation>Impossible d'annuler « {0} » : {1}</translation>
        </message>
    </context>
    <context>
        <name>PackPreviewDialog</name>
        <message>
            <source>Pack no. %1 of the Foundation, made on %2 (file %3).</source>
            <translation>Pack n° %1 de la Fondation, fait le %2 (fichier %3).</translation>
        </message>
        <message>
            <source>Signed by the Foundation's key recorded on this computer (fingerprint %1).</source>
            <translation>Signé par la clé de la Fondation enregistrée sur cet ordinateur (empreinte %1).</translation>
        </message>
        <message>
            <source>First pack received on this computer. Check with the Foundation (by phone or on its website) that the fingerprint of its key is:
%1</source>
            <translation>Premier pack reçu sur cet ordinateur. Vérifiez auprès de la Fondation (par téléphone ou sur son site) que l'empreinte de sa clé est bien :
%1</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Installer</translation>
        </message>
        <message>
            <source>New kit: %1 (version %2)</source>
            <translation>Nouveau kit : %1 (version %2)</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>besoins</translation>
        </message>
        <message>
            <source>partnership stages</source>
            <translation>étapes de partenariat</translation>
        </message>
        <message>
            <source>partner roles</source>
            <translation>rôles des partenaires</translation>
        </message>
        <message>
            <source>contact roles</source>
            <translation>fonctions des contacts</translation>
        </message>
        <message>
            <source>New term in the list of %1: %2</source>
            <translation>Nouveau terme dans la liste des %1 : %2</translation>
        </message>
        <message>
            <source>New inspiring example: %1</source>
            <translation>Nouvel exemple inspirant : %1</translation>
        </message>
        <message>
            <source>Updated inspiring example: %1</source>
            <translation>Exemple inspirant mis à jour : %1</translation>
        </message>
        <message>
            <source>Already on this computer — kits: %1, terms: %2, examples: %3.</source>
            <translation>Déjà sur cet ordinateur — kits : %1, termes : %2, exemples : %3.</translation>
        </message>
        <message>
            <source>Nothing new in this pack.</source>
            <translation>Rien de nouveau dans ce pack.</translation>
        </message>
        <message>
            <source>Reference pack of the Foundation</source>
            <translation>Pack de référence de la Fondation</translation>
        </message>
        <message>
            <source>What the pack installs</source>
            <translation>Ce que le pack installe</translation>
        </message>
        <message>
            <source>I have &amp;checked this fingerprint with the Foundation: trust this key</source>
            <translation>J'ai &amp;vérifié cette empreinte auprès de la Fondation : faire confiance à cette clé</translation>
        </message>
    </context>
    <context>
        <name>PackReceiver</name>
        <message>
            <source>Receive a pack from the Foundation…</source>
            <translation>Recevoir un pack de la Fondation…</translation>
        </message>
        <message>
            <source>Receive a pack from the Foundation</source>
            <translation>Recevoir un pack de la Fondation</translation>
        </message>
        <message>
            <source>Foundation pack (*.zip)</source>
            <translation>Pack de la Fondation (*.zip)</translation>
        </message>
        <message>
            <source>Checking the pack…</source>
            <translation>Vérification du pack…</translation>
        </message>
        <message>
            <source>Installing the pack…</source>
            <translation>Installation du pack…</translation>
        </message>
        <message>
            <source>Pack no. %1 installed — kits: %2, terms: %3, examples: %4. Backup: %5.</source>
            <translation>Pack n° %1 installé — kits : %2, termes : %3, exemples : %4. Sauvegarde : %5.</translation>
        </message>
        <message>
            <source>The pack was not installed; your data is unchanged.</source>
            <translation>Le pack n'a pas été installé ; vos données sont inchangées.</translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>— choose a form —</source>
            <translation>— choisissez une forme —</translation>
        </message>
        <message>
            <source>Actor: type part of its name</source>
            <translation>Acteur : tapez une partie de son nom</translation>
        </message>
        <message>
            <source>Actor to add as partner</source>
            <translation>Acteur à ajouter comme partenaire</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Double-click a role (or F2) to change it</source>
            <translation>Double-cliquez sur un rôle (ou F2) pour le changer</translation>
        </message>
        <message>
            <source>Save the partnership (Ctrl+S)</source>
            <translation>Enregistrer le partenariat (Ctrl+S)</translation>
        </message>
        <message>
            <source>Forget the changes not yet saved</source>
            <translation>Oublier les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Add the chosen actor with this role (Alt+D)</source>
            <translation>Ajouter l'acteur choisi avec ce rôle (Alt+J)</translation>
        </message>
        <message>
            <source>Remove the selected partner (Alt+R)</source>
            <translation>Retirer le partenaire sélectionné (Alt+T)</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Nouveau partenariat</translation>
        </message>
        <message>
            <source>The amount must be a number of euros (e.g. 1500 or 1 500,50).</source>
            <translation>Le montant doit être un nombre d'euros (exemple : 1500 ou 1 500,50).</translation>
        </message>
        <message>
            <source>Choose the commune typed in the list, or clear the field.</source>
            <translation>Choisissez dans la liste la commune saisie, ou videz le champ.</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Général</translation>
        </message>
        <message>
            <source>Title, form, stage, dates, description</source>
            <translation>Titre, forme, étape, dates, description</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>What the partners do together</source>
            <translation>Ce que les partenaires font ensemble</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>For&amp;me :</translation>
        </message>
        <message>
            <source>Form of partnership</source>
            <translation>Forme du partenariat</translation>
        </message>
        <message>
            <source>S&amp;tage:</source>
            <translation>É&amp;tape :</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Start &amp;date:</source>
            <translation>Date de dé&amp;but :</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Date d&amp;e fin :</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>&amp;Inspiring example (to share)</source>
            <translation>E&amp;xemple inspirant (à partager)</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>Des&amp;cription :</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Partners</source>
            <translation>Parte&amp;naires</translation>
        </message>
        <message>
            <source>The actors of the partnership and their roles (two at least)</source>
            <translation>Les acteurs du partenariat et leur rôle (deux au moins)</translation>
        </message>
        <message>
            <source>At least two actors, ideally from different worlds. Type a name, choose the role, then Add (Alt+D).</source>
            <translation>Au moins deux acteurs, de préférence de mondes différents. Tapez un nom, choisissez le rôle, puis Ajouter (Alt+J).</translation>
        </message>
        <message>
            <source>Role of the partner to add</source>
            <translation>Rôle du partenaire à ajouter</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Partners and their roles</source>
            <translation>Partenaires et leurs rôles</translation>
        </message>
        <message>
            <source>&amp;Remove the selected partner</source>
            <translation>Re&amp;tirer le partenaire sélectionné</translation>
        </message>
        <message>
            <source>Territ&amp;ory</source>
            <translation>Territ&amp;oire</translation>
        </message>
        <message>
            <source>Communes, needs answered and Sustainable Development Goals</source>
            <translation>Communes, besoins auxquels il répond et objectifs de développement durable</translation>
        </message>
        <message>
            <source>Resour&amp;ces</source>
            <translation>Re&amp;ssources</translation>
        </message>
        <message>
            <source>Money, in kind, skills, and the outcomes</source>
            <translation>Montant, en nature, compétences, et les résultats</translation>
        </message>
        <message>
            <source>Communes concerned:</source>
            <translation>Communes concernées :</translation>
        </message>
        <message>
            <source>&amp;Needs answered (Space to tick):</source>
            <translation>&amp;Besoins auxquels il répond (Espace pour cocher) :</translation>
        </message>
        <message>
            <source>Sustainable Development &amp;Goals (ODD):</source>
            <translation>Ob&amp;jectifs de développement durable (ODD) :</translation>
        </message>
        <message>
            <source>Needs answered</source>
            <translation>Besoins auxquels il répond</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objectifs de développement durable</translation>
        </message>
        <message>
            <source>&amp;Money committed (€):</source>
            <translation>&amp;Montant engagé (€) :</translation>
        </message>
        <message>
            <source>Money committed in euros</source>
            <translation>Montant engagé en euros</translation>
        </message>
        <message>
            <source>e.g. 1 500,00</source>
            <translation>ex. 1 500,00</translation>
        </message>
        <message>
            <source>In &amp;kind:</source>
            <translation>En na&amp;ture :</translation>
        </message>
        <message>
            <source>Resources in kind</source>
            <translation>Apports en nature</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Compétences :</translation>
        </message>
        <message>
            <source>Skills contributed</source>
            <translation>Compétences apportées</translation>
        </message>
        <message>
            <source>O&amp;utcomes:</source>
            <translation>Rés&amp;ultats :</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Inspired &amp;by:</source>
            <translation>Inspiré &amp;par :</translation>
        </message>
        <message>
            <source>Inspiring example cited</source>
            <translation>Exemple inspirant cité</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>— no example cited —</source>
            <translation>— aucun exemple cité —</translation>
        </message>
        <message>
            <source>An inspiring example of another territory, received in a pack of the Foundation</source>
            <translation>Un exemple inspirant d'un autre territoire, reçu dans un pack de la Fondation</translation>
        </message>
        <message>
            <source>No inspiring example yet: they come with the packs of the Foundation</source>
            <translation>Pas encore d'exemple inspirant : ils arrivent avec les packs de la Fondation</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message>
            <source>Search titles, descriptions and outcomes (Ctrl+F)</source>
            <translation>Rechercher dans les titres, descriptions et résultats (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter by commune</source>
            <translation>Filtrer par commune</translation>
        </message>
        <message>
            <source>All communes</source>
            <translation>Toutes les communes</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>Toutes les formes</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>All goals (ODD)</source>
            <translation>Tous les objectifs (ODD)</translation>
        </message>
        <message>
            <source>New partnership (Ctrl+N)</source>
            <translation>Nouveau partenariat (Ctrl+N)</translation>
        </message>
        <message>
            <source>Move the selected partnership to the trash (Suppr); Ctrl+Z undoes</source>
            <translation>Mettre le partenariat sélectionné à la corbeille (Suppr) ; Ctrl+Z annule</translation>
        </message>
        <message>
            <source>Preview, print or save the one-page sheet of the selected partnership (Ctrl+P)</source>
            <translation>Prévisualiser, imprimer ou enregistrer la fiche d'une page du partenariat choisi (Ctrl+P)</translation>
        </message>
        <message>
            <source>Show only the partnerships marked as inspiring examples</source>
            <translation>N'afficher que les partenariats marqués comme exemples inspirants</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The partnership being edited has changes that are not saved.</source>
            <translation>Le partenariat en cours de modification a des changements non enregistrés.</translation>
        </message>
        <message>
            <source>Do you want to save them?</source>
            <translation>Voulez-vous les enregistrer ?</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Partnerships shown: {0}</source>
            <translation>Partenariats affichés : {0}</translation>
        </message>
        <message>
            <source>Partnership sheet</source>
            <translation>Fiche du partenariat</translation>
        </message>
        <message>
            <source>Choose a saved partnership in the list first.</source>
            <translation>Choisissez d'abord un partenariat enregistré dans la liste.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Filter by form</source>
            <translation>Filtrer par forme</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filtrer par étape</translation>
        </message>
        <message>
            <source>Filter by Sustainable Development Goal</source>
            <translation>Filtrer par objectif de développement durable</translation>
        </message>
        <message>
            <source>Pe&amp;riod from</source>
            <translation>Pé&amp;riode du</translation>
        </message>
        <message>
            <source>Start of the period</source>
            <translation>Début de la période</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>Fin de la période</translation>
        </message>
        <message>
            <source>Inspiring e&amp;xamples only</source>
            <translation>Exemples in&amp;spirants seulement</translation>
        </message>
        <message>
            <source>List of partnerships</source>
            <translation>Liste des partenariats</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>PDF s&amp;heet…</source>
            <translation>Fic&amp;he PDF…</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Nouveau partenariat</translation>
        </message>
    </context>
    <context>
        <name>ProfileCommunes</name>
        <message>
            <source>&amp;Find a commune by name, INSEE code or postal code:</source>
            <translation>&amp;Chercher une commune par nom, code INSEE ou code postal :</translation>
        </message>
        <message>
            <source>Commune search</source>
            <translation>Recherche de commune</translation>
        </message>
        <message>
            <source>e.g. Saint-Flour, 15187 or 15100</source>
            <translation>ex. Saint-Flour, 15187 ou 15100</translation>
        </message>
        <message>
            <source>Communes found</source>
            <translation>Communes trouvées</translation>
        </message>
        <message>
            <source>&amp;Add →</source>
            <translation>&amp;Ajouter →</translation>
        </message>
        <message>
            <source>Add the commune</source>
            <translation>Ajouter la commune</translation>
        </message>
        <message>
            <source>← &amp;Remove</source>
            <translation>← &amp;Retirer</translation>
        </message>
        <message>
            <source>Remove the commune</source>
            <translation>Retirer la commune</translation>
        </message>
        <message>
            <source>Your communes</source>
            <translation>Vos communes</translation>
        </message>
        <message>
            <source>Press Enter or double-click to add a commune. You can change this list later in Settings.</source>
            <translation>Appuyez sur Entrée ou double-cliquez pour ajouter une commune. Vous pourrez modifier cette liste plus tard dans Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>My profile and communes</source>
            <translation>Mon profil et mes communes</translation>
        </message>
        <message>
            <source>Press Enter or double-click to add a commune.</source>
            <translation>Appuyez sur Entrée ou double-cliquez pour ajouter une commune.</translation>
        </message>
    </context>
    <context>
        <name>ProfileIdentity</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>First name and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>&amp;Structure:</source>
            <translation>&amp;Structure :</translation>
        </message>
        <message>
            <source>Your structure</source>
            <translation>Votre structure</translation>
        </message>
        <message>
            <source>The organisation you work for</source>
            <translation>L'organisation pour laquelle vous travaillez</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Votre adresse électronique</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Message d'erreur</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Radar chart of the scores per volet</source>
            <translation>Graphique radar des notes par volet</translation>
        </message>
        <message>
            <source>%1 (not filled in)</source>
            <translation>%1 (non renseigné)</translation>
        </message>
    </context>
    <context>
        <name>RecordListModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>SIREN / SIRET</source>
            <translation>SIREN / SIRET</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modifié le</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Inspiring</source>
            <translation>Exemple inspirant</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Métier</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Temps passé</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Supprimé le</translation>
        </message>
    </context>
    <context>
        <name>RestoreNeededDialog</name>
        <message>
            <source>Restore the data</source>
            <translation>Restaurer les données</translation>
        </message>
        <message>
            <source>Choose a backup to restore. Nothing is deleted: the current database file is set aside in the “mis-de-cote” folder of the data folder.</source>
            <translation>Choisissez une sauvegarde à restaurer. Rien n'est supprimé : le fichier actuel de la base est mis de côté dans le dossier « mis-de-cote » du dossier de données.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration en cours…</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search (accents ignored)…</source>
            <translation>Rechercher (accents ignorés)…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
    </context>
    <context>
        <name>SelectMultipleQuestion</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>SelectOneQuestion</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Clear the answer</source>
            <translation>Effacer la réponse</translation>
        </message>
        <message>
            <source>Clear the answer: %1</source>
            <translation>Effacer la réponse : %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>Type a date, e.g. 31/12/2026.</source>
            <translation>Indiquez une date, par exemple 31/12/2026.</translation>
        </message>
        <message>
            <source>The last day is before the first one: choose a period in order.</source>
            <translation>Le dernier jour est avant le premier : choisissez une période dans l'ordre.</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>Bilan périodique</translation>
        </message>
        <message>
            <source>Choose the period and the kind of document. By default, the last complete quarter.</source>
            <translation>Choisissez la période et le type de document. Par défaut, le dernier trimestre complet.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document :</translation>
        </message>
        <message>
            <source>&amp;PDF, to read and print (preview first)</source>
            <translation>&amp;PDF, à lire et à imprimer (avec aperçu)</translation>
        </message>
        <message>
            <source>&amp;Excel workbook, to sort and chart</source>
            <translation>Classeur &amp;Excel, à trier et à mettre en graphiques</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>WindowController</name>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Backup restored; your data as it was before is kept in a backup too.</source>
            <translation>Sauvegarde restaurée ; vos données d'avant sont gardées elles aussi dans une sauvegarde.</translation>
        </message>
    </context>
    <context>
        <name>_CommunesPage</name>
        <message>
            <source>Your communes</source>
            <translation>Vos communes</translation>
        </message>
        <message>
            <source>Choose the communes you work in. Search by name, INSEE code or postal code.</source>
            <translation>Choisissez les communes où vous travaillez. Cherchez-les par nom, code INSEE ou code postal.</translation>
        </message>
    </context>
    <context>
        <name>_IdentityPage</name>
        <message>
            <source>Welcome to Catalyseur</source>
            <translation>Bienvenue dans Catalyseur</translation>
        </message>
        <message>
            <source>Tell us who you are. This stays on your computer; it is sent to the Fondation des Territoires only in the files you choose to send.</source>
            <translation>Dites-nous qui vous êtes. Ces informations restent sur votre ordinateur ; elles ne sont transmises à la Fondation des Territoires que dans les fichiers que vous choisissez d'envoyer.</translation>
        </message>
    </context>
</TS>
