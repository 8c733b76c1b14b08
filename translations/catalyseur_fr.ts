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
        <name>FirstRunWizard</name>
        <message>
            <source>Catalyseur — first start</source>
            <translation>Catalyseur — premier démarrage</translation>
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
            <source>Journal of the métiers</source>
            <translation>Journal des métiers</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>This page is not available in this version.</source>
            <translation>Cette page n'est pas disponible dans cette version.</translation>
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
            <source>%1 · data in %2</source>
            <translation>%1 · données dans %2</translation>
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
            <translation>&amp;Affichage</translation>
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
            <translation>par ex. Saint-Flour, 15187 ou 15100</translation>
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
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
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
