<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>Device id: %1</source>
            <translation>Device id: %1</translation>
        </message>
        <message>
            <source>Communes referential: @etalab/decoupage-administratif %1</source>
            <translation>Communes referential: @etalab/decoupage-administratif %1</translation>
        </message>
        <message>
            <source>About Catalyseur</source>
            <translation>About Catalyseur</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>The application of the catalyseurs territoriaux: partnerships between the actors of a territory, the “sortie de crise” diagnostic with mayors, the journal of the four métiers, and exchanges with the Fondation des Territoires.</source>
            <translation>The application of the catalyseurs territoriaux: partnerships between the actors of a territory, the “sortie de crise” diagnostic with mayors, the journal of the four métiers, and exchanges with the Fondation des Territoires.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Catalyseur — first start</source>
            <translation>Catalyseur — first start</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Journal of the métiers</source>
            <translation>Journal of the métiers</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <source>This page is not available in this version.</source>
            <translation>This page is not available in this version.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>%1 · data in %2</source>
            <translation>%1 · data in %2</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Periodic &amp;summary…</source>
            <translation>Periodic &amp;summary…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>My &amp;profile and communes…</source>
            <translation>My &amp;profile and communes…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Open the &amp;data folder</translation>
        </message>
        <message>
            <source>&amp;About Catalyseur</source>
            <translation>&amp;About Catalyseur</translation>
        </message>
    </context>
    <context>
        <name>ProfileCommunes</name>
        <message>
            <source>&amp;Find a commune by name, INSEE code or postal code:</source>
            <translation>&amp;Find a commune by name, INSEE code or postal code:</translation>
        </message>
        <message>
            <source>Commune search</source>
            <translation>Commune search</translation>
        </message>
        <message>
            <source>e.g. Saint-Flour, 15187 or 15100</source>
            <translation>e.g. Saint-Flour, 15187 or 15100</translation>
        </message>
        <message>
            <source>Communes found</source>
            <translation>Communes found</translation>
        </message>
        <message>
            <source>&amp;Add →</source>
            <translation>&amp;Add →</translation>
        </message>
        <message>
            <source>Add the commune</source>
            <translation>Add the commune</translation>
        </message>
        <message>
            <source>← &amp;Remove</source>
            <translation>← &amp;Remove</translation>
        </message>
        <message>
            <source>Remove the commune</source>
            <translation>Remove the commune</translation>
        </message>
        <message>
            <source>Your communes</source>
            <translation>Your communes</translation>
        </message>
        <message>
            <source>Press Enter or double-click to add a commune. You can change this list later in Settings.</source>
            <translation>Press Enter or double-click to add a commune. You can change this list later in Settings.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>My profile and communes</source>
            <translation>My profile and communes</translation>
        </message>
    </context>
    <context>
        <name>ProfileIdentity</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>First name and last name</source>
            <translation>First name and last name</translation>
        </message>
        <message>
            <source>&amp;Structure:</source>
            <translation>&amp;Structure:</translation>
        </message>
        <message>
            <source>Your structure</source>
            <translation>Your structure</translation>
        </message>
        <message>
            <source>The organisation you work for</source>
            <translation>The organisation you work for</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Your e-mail address</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>_CommunesPage</name>
        <message>
            <source>Your communes</source>
            <translation>Your communes</translation>
        </message>
        <message>
            <source>Choose the communes you work in. Search by name, INSEE code or postal code.</source>
            <translation>Choose the communes you work in. Search by name, INSEE code or postal code.</translation>
        </message>
    </context>
    <context>
        <name>_IdentityPage</name>
        <message>
            <source>Welcome to Catalyseur</source>
            <translation>Welcome to Catalyseur</translation>
        </message>
        <message>
            <source>Tell us who you are. This stays on your computer; it is sent to the Fondation des Territoires only in the files you choose to send.</source>
            <translation>Tell us who you are. This stays on your computer; it is sent to the Fondation des Territoires only in the files you choose to send.</translation>
        </message>
    </context>
</TS>
