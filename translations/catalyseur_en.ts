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
        <name>ActionDialog</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Please describe the action.</source>
            <translation>Please describe the action.</translation>
        </message>
        <message>
            <source>Action of the plan</source>
            <translation>Action of the plan</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>What will be done</translation>
        </message>
        <message>
            <source>&amp;Lead actor:</source>
            <translation>&amp;Lead actor:</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Lead actor</translation>
        </message>
        <message>
            <source>&amp;Partners (Space to tick):</source>
            <translation>&amp;Partners (Space to tick):</translation>
        </message>
        <message>
            <source>Partner actors</source>
            <translation>Partner actors</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Due date:</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Type part of an actor's name</source>
            <translation>Type part of an actor's name</translation>
        </message>
        <message>
            <source>Actor to add</source>
            <translation>Actor to add</translation>
        </message>
        <message>
            <source>Actors involved</source>
            <translation>Actors involved</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected actor (Suppr)</source>
            <translation>Remove the selected actor (Suppr)</translation>
        </message>
        <message>
            <source>None — type part of a title to link one</source>
            <translation>None — type part of a title to link one</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <source>Commune to add</source>
            <translation>Commune to add</translation>
        </message>
        <message>
            <source>Save the activity (Ctrl+S or Ctrl+Entrée)</source>
            <translation>Save the activity (Ctrl+S or Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Fill the form again with the last activity, dated today (Ctrl+R)</source>
            <translation>Fill the form again with the last activity, dated today (Ctrl+R)</translation>
        </message>
        <message>
            <source>Empty form for a new activity (Ctrl+N)</source>
            <translation>Empty form for a new activity (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Log an activity</translation>
        </message>
        <message>
            <source>Edit an activity</source>
            <translation>Edit an activity</translation>
        </message>
        <message>
            <source>Log an activity (copied from the last one)</source>
            <translation>Log an activity (copied from the last one)</translation>
        </message>
        <message>
            <source>Choose the commune typed in the list, or clear the field.</source>
            <translation>Choose the commune typed in the list, or clear the field.</translation>
        </message>
        <message>
            <source>Choose the partnership in the list, or clear the field.</source>
            <translation>Choose the partnership in the list, or clear the field.</translation>
        </message>
        <message>
            <source>Type the time spent, e.g. 1:30, 1h30, 1,5 or 90 min.</source>
            <translation>Type the time spent, e.g. 1:30, 1h30, 1,5 or 90 min.</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation>Nothing was saved: please correct the fields marked in red.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the activity</source>
            <translation>Date of the activity</translation>
        </message>
        <message>
            <source>&amp;Métier:</source>
            <translation>&amp;Métier:</translation>
        </message>
        <message>
            <source>Métier</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>M&amp;ission:</source>
            <translation>M&amp;ission:</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>What was done, in a few words</source>
            <translation>What was done, in a few words</translation>
        </message>
        <message>
            <source>Time &amp;spent (h:min):</source>
            <translation>Time &amp;spent (h:min):</translation>
        </message>
        <message>
            <source>Time spent in hours and minutes</source>
            <translation>Time spent in hours and minutes</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Participants:</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Number of participants</translation>
        </message>
        <message>
            <source>Commu&amp;nes:</source>
            <translation>Commu&amp;nes:</translation>
        </message>
        <message>
            <source>A&amp;ctors:</source>
            <translation>A&amp;ctors:</translation>
        </message>
        <message>
            <source>Partners&amp;hip:</source>
            <translation>Partners&amp;hip:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Repeat the last one</source>
            <translation>Repeat the last one</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>ActorContacts</name>
        <message>
            <source>Add a contact to this actor</source>
            <translation>Add a contact to this actor</translation>
        </message>
        <message>
            <source>Export everything held about this person (xlsx or JSON)</source>
            <translation>Export everything held about this person (xlsx or JSON)</translation>
        </message>
        <message>
            <source>Erase this person's data (cannot be undone)</source>
            <translation>Erase this person's data (cannot be undone)</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Contacts (%1)</translation>
        </message>
        <message>
            <source>Export the person</source>
            <translation>Export the person</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
            <translation>Excel workbook (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <source>Erase a person</source>
            <translation>Erase a person</translation>
        </message>
        <message>
            <source>Erase every detail held about “%1”? Only an erasure mark stays, so the erasure also reaches the foundation. This cannot be undone.</source>
            <translation>Erase every detail held about “%1”? Only an erasure mark stays, so the erasure also reaches the foundation. This cannot be undone.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The person's details were erased.</source>
            <translation>The person's details were erased.</translation>
        </message>
    </context>
    <context>
        <name>ActorEditor</name>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>&lt;h3&gt;New actor&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;New actor&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields in red.</source>
            <translation>Nothing was saved: correct the fields in red.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>“%1” (%2)</translation>
        </message>
        <message>
            <source>This actor may already exist:</source>
            <translation>This actor may already exist:</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>New actor</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Mairie de Vabre, Association Les Jardins du Lac</source>
            <translation>e.g. Mairie de Vabre, Association Les Jardins du Lac</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>&amp;Commune:</source>
            <translation>&amp;Commune:</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>&amp;SIREN / SIRET:</source>
            <translation>&amp;SIREN / SIRET:</translation>
        </message>
        <message>
            <source>SIREN / SIRET</source>
            <translation>SIREN / SIRET</translation>
        </message>
        <message>
            <source>9 or 14 digits</source>
            <translation>9 or 14 digits</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Open the existing actor</source>
            <translation>Open the existing actor</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>Create anyway</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Discard the changes</source>
            <translation>&amp;Discard the changes</translation>
        </message>
        <message>
            <source>Go back to the record as it was last saved (Alt+D)</source>
            <translation>Go back to the record as it was last saved (Alt+D)</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Sa&amp;ve</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>New actor</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Merge two actors</source>
            <translation>Merge two actors</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Show the trash</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move the selected actors to the trash (Del)</source>
            <translation>Move the selected actors to the trash (Del)</translation>
        </message>
        <message>
            <source>Search names, addresses and notes, accents ignored (Ctrl+F)</source>
            <translation>Search names, addresses and notes, accents ignored (Ctrl+F)</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>No actor</translation>
        </message>
        <message>
            <source>1 actor</source>
            <translation>1 actor</translation>
        </message>
        <message>
            <source>%1 actors</source>
            <translation>%1 actors</translation>
        </message>
        <message>
            <source>Not saved yet: check the possible duplicate.</source>
            <translation>Not saved yet: check the possible duplicate.</translation>
        </message>
        <message>
            <source>Show only one kind of actor</source>
            <translation>Show only one kind of actor</translation>
        </message>
        <message>
            <source>Show only the actors of one commune</source>
            <translation>Show only the actors of one commune</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The actor form has changes that are not saved.</source>
            <translation>The actor form has changes that are not saved.</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Moved to the trash. Ctrl+Z undoes it.</source>
            <translation>Moved to the trash. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>Select exactly two actors to merge (Ctrl+click).</source>
            <translation>Select exactly two actors to merge (Ctrl+click).</translation>
        </message>
        <message>
            <source>Merged. Ctrl+Z undoes the merge.</source>
            <translation>Merged. Ctrl+Z undoes the merge.</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <source>Filter by commune</source>
            <translation>Filter by commune</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Deleted records can be restored until the trash is emptied.</source>
            <translation>Deleted records can be restored until the trash is emptied.</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>Tras&amp;h</source>
            <translation>Tras&amp;h</translation>
        </message>
        <message>
            <source>R&amp;estore</source>
            <translation>R&amp;estore</translation>
        </message>
        <message>
            <source>Em&amp;pty the trash…</source>
            <translation>Em&amp;pty the trash…</translation>
        </message>
        <message>
            <source>Con&amp;tacts</source>
            <translation>Con&amp;tacts</translation>
        </message>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;New contact…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Era&amp;se…</source>
            <translation>Era&amp;se…</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>Contacts of the actor</source>
            <translation>Contacts of the actor</translation>
        </message>
    </context>
    <context>
        <name>ActorsTrash</name>
        <message>
            <source>Empty the trash</source>
            <translation>Empty the trash</translation>
        </message>
        <message numerus="yes">
            <source>Empty the trash? Its %n record(s) will be erased for good; this cannot be undone.</source>
            <translation>
                <numerusform>Empty the trash? Its %n record will be erased for good; this cannot be undone.</numerusform>
                <numerusform>Empty the trash? Its %n records will be erased for good; this cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>Emptying the trash…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) erased from the trash.</source>
            <translation>
                <numerusform>%n record erased from the trash.</numerusform>
                <numerusform>%n records erased from the trash.</numerusform>
            </translation>
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
            <translation>Reason</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Restore the backup of %1 (%2)? Your data as it is now is backed up first, then replaced by this backup; the window then reopens on the restored data.</source>
            <translation>Restore the backup of %1 (%2)? Your data as it is now is backed up first, then replaced by this backup; the window then reopens on the restored data.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup made and checked: %1.</source>
            <translation>Backup made and checked: %1.</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Checking the database…</translation>
        </message>
        <message>
            <source>The database is sound (full integrity check): %1.</source>
            <translation>The database is sound (full integrity check): %1.</translation>
        </message>
        <message>
            <source>The database has problems: %1. Restore a verified backup from this list.</source>
            <translation>The database has problems: %1. Restore a verified backup from this list.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Catalyseur copies your data every 30 minutes while you work, when it closes, and before every import, database update or restore. Each copy is checked before it is kept.</source>
            <translation>Catalyseur copies your data every 30 minutes while you work, when it closes, and before every import, database update or restore. Each copy is checked before it is kept.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Put the chosen backup back in place; your data as it is now is backed up first</source>
            <translation>Put the chosen backup back in place; your data as it is now is backed up first</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>&amp;Check the database</translation>
        </message>
        <message>
            <source>A full integrity check of the database, page by page</source>
            <translation>A full integrity check of the database, page by page</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CommunePartnerships</name>
        <message>
            <source>&lt;b&gt;Partnerships already recorded for %1&lt;/b&gt; (%2)</source>
            <translation>&lt;b&gt;Partnerships already recorded for %1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <source>No partnership is recorded for this commune yet.</source>
            <translation>No partnership is recorded for this commune yet.</translation>
        </message>
        <message>
            <source>Partnerships already recorded for the commune</source>
            <translation>Partnerships already recorded for the commune</translation>
        </message>
    </context>
    <context>
        <name>CommunePicker</name>
        <message>
            <source>Commune: name, INSEE or postal code</source>
            <translation>Commune: name, INSEE or postal code</translation>
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
            <translation>— not specified —</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Type the date the consent was given, e.g. 15/11/2026.</source>
            <translation>Type the date the consent was given, e.g. 15/11/2026.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
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
            <translation>Personal data: record only what is useful, with the person's consent.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>first.last@example.fr</source>
            <translation>first.last@example.fr</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>01 23 45 67 89</source>
            <translation>01 23 45 67 89</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Consent:</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>&amp;Consent recorded</source>
            <translation>&amp;Consent recorded</translation>
        </message>
        <message>
            <source>Consent &amp;date:</source>
            <translation>Consent &amp;date:</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <source>Consent &amp;given by:</source>
            <translation>Consent &amp;given by:</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
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
            <translation>Time per métier over the last 12 months (hours)</translation>
        </message>
        <message>
            <source>Partnerships by form</source>
            <translation>Partnerships by form</translation>
        </message>
        <message>
            <source>Partnerships by stage</source>
            <translation>Partnerships by stage</translation>
        </message>
        <message>
            <source>Partnerships by Sustainable Development Goal (ODD)</source>
            <translation>Partnerships by Sustainable Development Goal (ODD)</translation>
        </message>
        <message>
            <source>Diagnostics by status</source>
            <translation>Diagnostics by status</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Refresh the figures (F5)</source>
            <translation>Refresh the figures (F5)</translation>
        </message>
        <message>
            <source>Click a bar to open the matching list</source>
            <translation>Click a bar to open the matching list</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>actors</source>
            <translation>actors</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>partnerships</source>
            <translation>partnerships</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>inspiring examples</source>
            <translation>inspiring examples</translation>
        </message>
        <message>
            <source>diagnostics</source>
            <translation>diagnostics</translation>
        </message>
        <message>
            <source>activities in 12 months</source>
            <translation>activities in 12 months</translation>
        </message>
        <message>
            <source>of work logged</source>
            <translation>of work logged</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>&amp;Upcoming actions (next 30 days and overdue):</source>
            <translation>&amp;Upcoming actions (next 30 days and overdue):</translation>
        </message>
        <message>
            <source>Upcoming actions of the action plans</source>
            <translation>Upcoming actions of the action plans</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Choose in a calendar</source>
            <translation>Choose in a calendar</translation>
        </message>
    </context>
    <context>
        <name>DepartmentMap</name>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
            <translation>Lead actor</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticPartnershipsModel</name>
        <message>
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticResults</name>
        <message>
            <source>Finalise: lock the answers</source>
            <translation>Finalise: lock the answers</translation>
        </message>
        <message>
            <source>Revise: a new revision that keeps this one</source>
            <translation>Revise: a new revision that keeps this one</translation>
        </message>
        <message>
            <source>Add a line to the action plan</source>
            <translation>Add a line to the action plan</translation>
        </message>
        <message>
            <source>%1: &lt;b&gt;%2&lt;/b&gt; / 100</source>
            <translation>%1: &lt;b&gt;%2&lt;/b&gt; / 100</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Scores&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Scores&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Finalised: the answers are locked. The action plan can still be followed up.</source>
            <translation>Finalised: the answers are locked. The action plan can still be followed up.</translation>
        </message>
        <message>
            <source>Replaced by a revision: kept as it was, read only.</source>
            <translation>Replaced by a revision: kept as it was, read only.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) to correct before finalising (Ctrl+E lists them).</source>
            <translation>
                <numerusform>%n error to correct before finalising (Ctrl+E lists them).</numerusform>
                <numerusform>%n errors to correct before finalising (Ctrl+E lists them).</numerusform>
            </translation>
        </message>
        <message>
            <source>No error: the diagnostic can be finalised.</source>
            <translation>No error: the diagnostic can be finalised.</translation>
        </message>
        <message>
            <source>The PDF report for the mayor (%1)</source>
            <translation>The PDF report for the mayor (%1)</translation>
        </message>
        <message>
            <source>The diagnostic is in progress: the report is a draft marked “PROVISOIRE” on every page.</source>
            <translation>The diagnostic is in progress: the report is a draft marked “PROVISOIRE” on every page.</translation>
        </message>
        <message>
            <source>Delete the action “%1”?</source>
            <translation>Delete the action “%1”?</translation>
        </message>
        <message>
            <source>The diagnostic cannot be finalised yet: correct the errors listed under “Check”.</source>
            <translation>The diagnostic cannot be finalised yet: correct the errors listed under “Check”.</translation>
        </message>
        <message>
            <source>Still missing (an empty volet is shown as “not filled in”, never as 0):</source>
            <translation>Still missing (an empty volet is shown as “not filled in”, never as 0):</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorities</translation>
        </message>
        <message>
            <source>Delete the action</source>
            <translation>Delete the action</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Finalise</source>
            <translation>Finalise</translation>
        </message>
        <message>
            <source>Finalise the diagnostic? The answers will be locked; to change them later you will create a revision.</source>
            <translation>Finalise the diagnostic? The answers will be locked; to change them later you will create a revision.</translation>
        </message>
        <message>
            <source>– %1: nothing answered</source>
            <translation>– %1: nothing answered</translation>
        </message>
        <message>
            <source>– %1: %2 of %3 questions answered</source>
            <translation>– %1: %2 of %3 questions answered</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Revise</translation>
        </message>
        <message>
            <source>Create a new revision of this diagnostic? This one is kept unchanged.</source>
            <translation>Create a new revision of this diagnostic? This one is kept unchanged.</translation>
        </message>
        <message>
            <source>Scores per volet</source>
            <translation>Scores per volet</translation>
        </message>
        <message>
            <source>Priorities chosen by the commune</source>
            <translation>Priorities chosen by the commune</translation>
        </message>
        <message>
            <source>Priorities, most important first</source>
            <translation>Priorities, most important first</translation>
        </message>
        <message>
            <source>Volet to add as a priority</source>
            <translation>Volet to add as a priority</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Add the fla&amp;gged volets</source>
            <translation>Add the fla&amp;gged volets</translation>
        </message>
        <message>
            <source>Add the volets that the answers flag as priorities</source>
            <translation>Add the volets that the answers flag as priorities</translation>
        </message>
        <message>
            <source>New ac&amp;tion…</source>
            <translation>New ac&amp;tion…</translation>
        </message>
        <message>
            <source>PDF rep&amp;ort…</source>
            <translation>PDF rep&amp;ort…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Re&amp;vise</source>
            <translation>Re&amp;vise</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finalise</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticRunner</name>
        <message>
            <source>Results and action plan</source>
            <translation>Results and action plan</translation>
        </message>
        <message>
            <source>Next volet</source>
            <translation>Next volet</translation>
        </message>
        <message>
            <source>Previous volet</source>
            <translation>Previous volet</translation>
        </message>
        <message>
            <source>Check: list every error</source>
            <translation>Check: list every error</translation>
        </message>
        <message>
            <source>Scores, priorities and action plan</source>
            <translation>Scores, priorities and action plan</translation>
        </message>
        <message>
            <source>Back to the list of diagnostics</source>
            <translation>Back to the list of diagnostics</translation>
        </message>
        <message>
            <source>, revision %1</source>
            <translation>, revision %1</translation>
        </message>
        <message>
            <source>%1 — started on %2 — kit %3 version %4%5</source>
            <translation>%1 — started on %2 — kit %3 version %4%5</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Volet %1 of %2</source>
            <translation>Volet %1 of %2</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>“%1” (%2)</translation>
        </message>
        <message>
            <source>Not saved, to correct: %1</source>
            <translation>Not saved, to correct: %1</translation>
        </message>
        <message>
            <source>No error: the diagnostic can be finalised.</source>
            <translation>No error: the diagnostic can be finalised.</translation>
        </message>
        <message>
            <source>Errors to correct: %1 (Enter to go to one)</source>
            <translation>Errors to correct: %1 (Enter to go to one)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>← Back to the &amp;list</source>
            <translation>← Back to the &amp;list</translation>
        </message>
        <message>
            <source>Answers given</source>
            <translation>Answers given</translation>
        </message>
        <message>
            <source>%v / %m answers</source>
            <translation>%v / %m answers</translation>
        </message>
        <message>
            <source>Volets</source>
            <translation>Volets</translation>
        </message>
        <message>
            <source>Errors to correct</source>
            <translation>Errors to correct</translation>
        </message>
        <message>
            <source>← &amp;Previous volet</source>
            <translation>← &amp;Previous volet</translation>
        </message>
        <message>
            <source>&amp;Next volet →</source>
            <translation>&amp;Next volet →</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Results</translation>
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
            <translation>Axis</translation>
        </message>
        <message>
            <source>Score / 100</source>
            <translation>Score / 100</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
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
            <translation>INSEE code</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <translation>Revision</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
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
            <translation>Start a diagnostic with a commune</translation>
        </message>
        <message>
            <source>Open the selected diagnostic (or Enter)</source>
            <translation>Open the selected diagnostic (or Enter)</translation>
        </message>
        <message>
            <source>Install a kit workbook (.xlsx) published by the foundation</source>
            <translation>Install a kit workbook (.xlsx) published by the foundation</translation>
        </message>
        <message>
            <source>PDF report of the selected diagnostic</source>
            <translation>PDF report of the selected diagnostic</translation>
        </message>
        <message>
            <source>A diagnostic in progress gives a draft marked “PROVISOIRE” on every page.</source>
            <translation>A diagnostic in progress gives a draft marked “PROVISOIRE” on every page.</translation>
        </message>
        <message>
            <source>The kit “%1” version %2 was already installed.</source>
            <translation>The kit “%1” version %2 was already installed.</translation>
        </message>
        <message>
            <source>The kit “%1” version %2 is installed. New diagnostics will use it.</source>
            <translation>The kit “%1” version %2 is installed. New diagnostics will use it.</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>New diagnostic</source>
            <translation>New diagnostic</translation>
        </message>
        <message>
            <source>Install a kit</source>
            <translation>Install a kit</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>The kit was not installed: %n problem(s) found. Nothing was changed.</source>
            <translation>
                <numerusform>The kit was not installed: %n problem found. Nothing was changed.</numerusform>
                <numerusform>The kit was not installed: %n problems found. Nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>
… and %n more (see the details).</source>
            <translation>
                <numerusform>
… and %n more (see the details).</numerusform>
                <numerusform>
… and %n more (see the details).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Diagnostics “sortie de crise”&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Diagnostics “sortie de crise”&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&amp;New diagnostic…</source>
            <translation>&amp;New diagnostic…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>PDF &amp;report…</source>
            <translation>PDF &amp;report…</translation>
        </message>
        <message>
            <source>&amp;Install a kit…</source>
            <translation>&amp;Install a kit…</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>No diagnostic yet. Press Ctrl+N to start one with a commune.</source>
            <translation>No diagnostic yet. Press Ctrl+N to start one with a commune.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Save the document</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <source>The document could not be made: {error}</source>
            <translation>The document could not be made: {error}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Preparing the document…</source>
            <translation>Preparing the document…</translation>
        </message>
        <message>
            <source>Diagnostic report</source>
            <translation>Diagnostic report</translation>
        </message>
        <message>
            <source>Partnership sheet</source>
            <translation>Partnership sheet</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>Activity summary</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>The workbook was saved: {path}</source>
            <translation>The workbook was saved: {path}</translation>
        </message>
        <message>
            <source>Preparing the workbook…</source>
            <translation>Preparing the workbook…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <source>Document pages</source>
            <translation>Document pages</translation>
        </message>
        <message>
            <source>Page {page} / {count}</source>
            <translation>Page {page} / {count}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>The printer could not be opened.</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Document preview</translation>
        </message>
        <message>
            <source>Page shown</source>
            <translation>Page shown</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit the page width to the window (Ctrl+0)</source>
            <translation>Fit the page width to the window (Ctrl+0)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the document (Ctrl+P)</source>
            <translation>Print the document (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Save the document as a file (Ctrl+S)</source>
            <translation>Save the document as a file (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close the preview (Esc)</source>
            <translation>Close the preview (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DurationField</name>
        <message>
            <source>e.g. 1:30, 1h30, 1,5 or 90 min</source>
            <translation>e.g. 1:30, 1h30, 1,5 or 90 min</translation>
        </message>
    </context>
    <context>
        <name>ExamplesPage</name>
        <message>
            <source>All goals (ODD)</source>
            <translation>All goals (ODD)</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>All forms</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>ODD</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>No inspiring example shown. They come with the packs of the Foundation (Exchanges → Receive a pack from the Foundation).</source>
            <translation>No inspiring example shown. They come with the packs of the Foundation (Exchanges → Receive a pack from the Foundation).</translation>
        </message>
        <message numerus="yes">
            <source>%n example(s) shown.</source>
            <translation>
                <numerusform>%n example shown.</numerusform>
                <numerusform>%n examples shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Cited by your partnerships</source>
            <translation>Cited by your partnerships</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Inspiring examples&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Inspiring examples&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Partnerships of other territories, shared by the Foundation in its reference packs. Cite one in a partnership (tab Resources) when it inspired you.</source>
            <translation>Partnerships of other territories, shared by the Foundation in its reference packs. Cite one in a partnership (tab Resources) when it inspired you.</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Goal:</translation>
        </message>
        <message>
            <source>Filter by goal (ODD)</source>
            <translation>Filter by goal (ODD)</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>Filter by partnership form</source>
            <translation>Filter by partnership form</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Search the examples</source>
            <translation>Search the examples</translation>
        </message>
        <message>
            <source>Inspiring examples</source>
            <translation>Inspiring examples</translation>
        </message>
        <message>
            <source>The example chosen</source>
            <translation>The example chosen</translation>
        </message>
    </context>
    <context>
        <name>ExchangePreviewDialog</name>
        <message>
            <source>Import preview — %1</source>
            <translation>Import preview — %1</translation>
        </message>
        <message>
            <source>Changed on both sides since your last exchange: the automatic choice is shown for each. Select a line and choose the version to keep; the lines you leave stay in “Conflicts to review”, where you can still change your mind.</source>
            <translation>Changed on both sides since your last exchange: the automatic choice is shown for each. Select a line and choose the version to keep; the lines you leave stay in “Conflicts to review”, where you can still change your mind.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>What differs</translation>
        </message>
        <message>
            <source>My version</source>
            <translation>My version</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Their version</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Keep the version that is on this computer</source>
            <translation>Keep the version that is on this computer</translation>
        </message>
        <message>
            <source>Take the version of the imported file</source>
            <translation>Take the version of the imported file</translation>
        </message>
        <message>
            <source>When you click Apply, a backup copy of your data is made first, then all these changes are saved at once. Cancel (now or during the import) leaves your data as it is.</source>
            <translation>When you click Apply, a backup copy of your data is made first, then all these changes are saved at once. Cancel (now or during the import) leaves your data as it is.</translation>
        </message>
        <message>
            <source>Nothing to change: your data is already up to date.</source>
            <translation>Nothing to change: your data is already up to date.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>everything that computer holds</source>
            <translation>everything that computer holds</translation>
        </message>
        <message>
            <source>the changes since %1</source>
            <translation>the changes since %1</translation>
        </message>
        <message>
            <source>everything since its first file</source>
            <translation>everything since its first file</translation>
        </message>
        <message>
            <source>File “%1”: file no. %2 from %3, made on %4, with %5.</source>
            <translation>File “%1”: file no. %2 from %3, made on %4, with %5.</translation>
        </message>
        <message>
            <source>an unnamed catalyseur</source>
            <translation>an unnamed catalyseur</translation>
        </message>
        <message>
            <source>File no. %1 from that computer was already imported: newer data already here is kept.</source>
            <translation>File no. %1 from that computer was already imported: newer data already here is kept.</translation>
        </message>
        <message>
            <source>to add</source>
            <translation>to add</translation>
        </message>
        <message>
            <source>new records, not on this computer yet</source>
            <translation>new records, not on this computer yet</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>to update</translation>
        </message>
        <message>
            <source>changed on their side only: their version replaces yours</source>
            <translation>changed on their side only: their version replaces yours</translation>
        </message>
        <message>
            <source>to delete</source>
            <translation>to delete</translation>
        </message>
        <message>
            <source>deleted on their side (or a person erased at their request)</source>
            <translation>deleted on their side (or a person erased at their request)</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflicts</translation>
        </message>
        <message>
            <source>changed on both sides: see below</source>
            <translation>changed on both sides: see below</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>already the same here, or newer here: nothing changes</source>
            <translation>already the same here, or newer here: nothing changes</translation>
        </message>
        <message>
            <source>made on both sides: %1</source>
            <translation>made on both sides: %1</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Import preview</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>Conflicts and the version to keep</source>
            <translation>Conflicts and the version to keep</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Take thei&amp;rs</source>
            <translation>Take thei&amp;rs</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTexts</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 “%2”</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>kept and changed</source>
            <translation>kept and changed</translation>
        </message>
        <message>
            <source>deleted on one side</source>
            <translation>deleted on one side</translation>
        </message>
        <message>
            <source>nothing a person sees</source>
            <translation>nothing a person sees</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>mine</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>theirs</translation>
        </message>
        <message>
            <source>my version (your choice)</source>
            <translation>my version (your choice)</translation>
        </message>
        <message>
            <source>my version (automatic)</source>
            <translation>my version (automatic)</translation>
        </message>
        <message>
            <source>their version (your choice)</source>
            <translation>their version (your choice)</translation>
        </message>
        <message>
            <source>their version (automatic)</source>
            <translation>their version (automatic)</translation>
        </message>
    </context>
    <context>
        <name>ExchangesPage</name>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Prepare the file to send…</source>
            <translation>Prepare the file to send…</translation>
        </message>
        <message>
            <source>Import a file…</source>
            <translation>Import a file…</translation>
        </message>
        <message>
            <source>Keep the version that was on this computer</source>
            <translation>Keep the version that was on this computer</translation>
        </message>
        <message>
            <source>Take the version of the imported file</source>
            <translation>Take the version of the imported file</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>changes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Changes since</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>What differs</translation>
        </message>
        <message>
            <source>My version</source>
            <translation>My version</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Their version</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Also for a new computer, or to restore a lost one</source>
            <translation>Also for a new computer, or to restore a lost one</translation>
        </message>
        <message>
            <source>Without it, no name, e-mail or phone number leaves this computer</source>
            <translation>Without it, no name, e-mail or phone number leaves this computer</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>everything</translation>
        </message>
        <message>
            <source>the beginning</source>
            <translation>the beginning</translation>
        </message>
        <message>
            <source>&amp;Conflicts to review (%1)</source>
            <translation>&amp;Conflicts to review (%1)</translation>
        </message>
        <message>
            <source>deletions</source>
            <translation>deletions</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>No change</translation>
        </message>
        <message>
            <source>Conflicts settled: %1.</source>
            <translation>Conflicts settled: %1.</translation>
        </message>
        <message>
            <source>Prepare the file to send</source>
            <translation>Prepare the file to send</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Preparing the file…</source>
            <translation>Preparing the file…</translation>
        </message>
        <message>
            <source>File no. %1 written: %2 (%3 rows).</source>
            <translation>File no. %1 written: %2 (%3 rows).</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Import a file</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Reading and checking the file…</translation>
        </message>
        <message>
            <source>This is the first file from %1 (id %2).</source>
            <translation>This is the first file from %1 (id %2).</translation>
        </message>
        <message>
            <source>Fingerprint of the key that signed it:
%1

Check it with this person (by phone, for instance). Accept this key and see what the file would change?</source>
            <translation>Fingerprint of the key that signed it:
%1

Check it with this person (by phone, for instance). Accept this key and see what the file would change?</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import done: %1 added, %2 updated, %3 deleted, %4 conflicts. Backup: %5.</source>
            <translation>Import done: %1 added, %2 updated, %3 deleted, %4 conflicts. Backup: %5.</translation>
        </message>
        <message>
            <source>Check the conflicts below: the automatic choice was applied where you did not choose.</source>
            <translation>Check the conflicts below: the automatic choice was applied where you did not choose.</translation>
        </message>
        <message>
            <source>The file was not written.</source>
            <translation>The file was not written.</translation>
        </message>
        <message>
            <source>The file was not imported; your data is unchanged.</source>
            <translation>The file was not imported; your data is unchanged.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <source>Received on %1 in “%2”</source>
            <translation>Received on %1 in “%2”</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelled: nothing was changed.</translation>
        </message>
        <message>
            <source>A file is being prepared or imported. Wait for the end, or click Cancel in its window.</source>
            <translation>A file is being prepared or imported. Wait for the end, or click Cancel in its window.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Exchanges&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Exchanges&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Send to the foundation or to another computer</source>
            <translation>Send to the foundation or to another computer</translation>
        </message>
        <message>
            <source>One Excel file with what changed since the last file made here.</source>
            <translation>One Excel file with what changed since the last file made here.</translation>
        </message>
        <message>
            <source>Send e&amp;verything (not only the changes)</source>
            <translation>Send e&amp;verything (not only the changes)</translation>
        </message>
        <message>
            <source>Include the &amp;details of contacts who gave their consent</source>
            <translation>Include the &amp;details of contacts who gave their consent</translation>
        </message>
        <message>
            <source>&amp;Prepare the file to send…</source>
            <translation>&amp;Prepare the file to send…</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Receive</translation>
        </message>
        <message>
            <source>Import a file made on another computer: you see what will change before anything changes.</source>
            <translation>Import a file made on another computer: you see what will change before anything changes.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Import a file…</translation>
        </message>
        <message>
            <source>Receive a pack from the Fo&amp;undation…</source>
            <translation>Receive a pack from the Fo&amp;undation…</translation>
        </message>
        <message>
            <source>Files sen&amp;t</source>
            <translation>Files sen&amp;t</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Take thei&amp;rs</source>
            <translation>Take thei&amp;rs</translation>
        </message>
        <message>
            <source>Files made on this computer</source>
            <translation>Files made on this computer</translation>
        </message>
        <message>
            <source>&amp;Conflicts to review</source>
            <translation>&amp;Conflicts to review</translation>
        </message>
        <message>
            <source>Records changed on both sides. The automatic choice has been applied; choose another version if it is not the right one.</source>
            <translation>Records changed on both sides. The automatic choice has been applied; choose another version if it is not the right one.</translation>
        </message>
        <message>
            <source>Records changed on both sides</source>
            <translation>Records changed on both sides</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Catalyseur — first start</source>
            <translation>Catalyseur — first start</translation>
        </message>
        <message>
            <source>Quit Catalyseur?</source>
            <translation>Quit Catalyseur?</translation>
        </message>
        <message>
            <source>Catalyseur needs your profile to start. Quit without creating it? Nothing you typed here is kept.</source>
            <translation>Catalyseur needs your profile to start. Quit without creating it? Nothing you typed here is kept.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>&lt;b&gt;First steps&lt;/b&gt; — three things to start with:</source>
            <translation>&lt;b&gt;First steps&lt;/b&gt; — three things to start with:</translation>
        </message>
        <message>
            <source>1. Add the actors of your communes</source>
            <translation>1. Add the actors of your communes</translation>
        </message>
        <message>
            <source>2. Record a partnership</source>
            <translation>2. Record a partnership</translation>
        </message>
        <message>
            <source>3. Start a diagnostic with a mayor</source>
            <translation>3. Start a diagnostic with a mayor</translation>
        </message>
    </context>
    <context>
        <name>FoundationPage</name>
        <message>
            <source>Partnerships observatory — %1</source>
            <translation>Partnerships observatory — %1</translation>
        </message>
        <message>
            <source>First day of the period (empty: no limit)</source>
            <translation>First day of the period (empty: no limit)</translation>
        </message>
        <message>
            <source>Last day of the period (empty: no limit)</source>
            <translation>Last day of the period (empty: no limit)</translation>
        </message>
        <message>
            <source>Only the partnerships, activities, actors and diagnostics of this region</source>
            <translation>Only the partnerships, activities, actors and diagnostics of this region</translation>
        </message>
        <message>
            <source>Only the partnerships, activities, actors and diagnostics of this department (or click it on the map)</source>
            <translation>Only the partnerships, activities, actors and diagnostics of this department (or click it on the map)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>The whole country, every period</source>
            <translation>The whole country, every period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>What the map shows</source>
            <translation>What the map shows</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>SDGs</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
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
            <translation>Scores</translation>
        </message>
        <message>
            <source>Catalyseurs</source>
            <translation>Catalyseurs</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>Reading the national tables…</source>
            <translation>Reading the national tables…</translation>
        </message>
        <message>
            <source>National tables</source>
            <translation>National tables</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Communes with a diagnostic</source>
            <translation>Communes with a diagnostic</translation>
        </message>
        <message>
            <source>Median score: %1</source>
            <translation>Median score: %1</translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n catalyseur(s) silent for 90 days or more (in bold in “Catalyseurs”).</source>
            <translation>
                <numerusform>%n catalyseur silent for 90 days or more (in bold in “Catalyseurs”).</numerusform>
                <numerusform>%n catalyseurs silent for 90 days or more (in bold in “Catalyseurs”).</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <source>every period</source>
            <translation>every period</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>User guide — Catalyseur</source>
            <translation>User guide — Catalyseur</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Find in the guide</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Search titles and outcomes (Ctrl+F)</source>
            <translation>Search titles and outcomes (Ctrl+F)</translation>
        </message>
        <message>
            <source>All métiers</source>
            <translation>All métiers</translation>
        </message>
        <message>
            <source>Move the selected activity to the trash (Suppr); Ctrl+Z undoes</source>
            <translation>Move the selected activity to the trash (Suppr); Ctrl+Z undoes</translation>
        </message>
        <message>
            <source>Unsaved activity</source>
            <translation>Unsaved activity</translation>
        </message>
        <message>
            <source>The activity being typed is not saved.</source>
            <translation>The activity being typed is not saved.</translation>
        </message>
        <message>
            <source>Do you want to save it?</source>
            <translation>Do you want to save it?</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Activities shown: {0}</source>
            <translation>Activities shown: {0}</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>Time per métier</source>
            <translation>Time per métier</translation>
        </message>
        <message>
            <source>W%1</source>
            <translation>W%1</translation>
        </message>
        <message>
            <source>Time per métier, by ISO week (hours)</source>
            <translation>Time per métier, by ISO week (hours)</translation>
        </message>
        <message>
            <source>Time per métier, by month (hours)</source>
            <translation>Time per métier, by month (hours)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>&amp;Activities</translation>
        </message>
        <message>
            <source>Filter by métier</source>
            <translation>Filter by métier</translation>
        </message>
        <message>
            <source>Pe&amp;riod from</source>
            <translation>Pe&amp;riod from</translation>
        </message>
        <message>
            <source>Start of the period</source>
            <translation>Start of the period</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>End of the period</translation>
        </message>
        <message>
            <source>Activities of the journal</source>
            <translation>Activities of the journal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <source>By &amp;week (12 weeks)</source>
            <translation>By &amp;week (12 weeks)</translation>
        </message>
        <message>
            <source>By m&amp;onth (12 months)</source>
            <translation>By m&amp;onth (12 months)</translation>
        </message>
        <message>
            <source>Time per métier over the period</source>
            <translation>Time per métier over the period</translation>
        </message>
    </context>
    <context>
        <name>LineQuestion</name>
        <message>
            <source>A whole number, e.g. 12</source>
            <translation>A whole number, e.g. 12</translation>
        </message>
        <message>
            <source>A number, e.g. 12,5</source>
            <translation>A number, e.g. 12,5</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
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
            <source>Activity journal</source>
            <translation>Activity journal</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <source>Foundation</source>
            <translation>Foundation</translation>
        </message>
        <message>
            <source>Inspiring examples</source>
            <translation>Inspiring examples</translation>
        </message>
        <message>
            <source>Open a consolidation database</source>
            <translation>Open a consolidation database</translation>
        </message>
        <message>
            <source>Consolidation databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
            <translation>Consolidation databases (*.sqlite *.db *.sqlite3);;All files (*)</translation>
        </message>
        <message>
            <source>Opening the consolidation database…</source>
            <translation>Opening the consolidation database…</translation>
        </message>
        <message>
            <source>Consolidation database open: %1</source>
            <translation>Consolidation database open: %1</translation>
        </message>
        <message>
            <source>Consolidation database</source>
            <translation>Consolidation database</translation>
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
            <source>Open a &amp;consolidation database…</source>
            <translation>Open a &amp;consolidation database…</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
        <message>
            <source>%1 · data in %2</source>
            <translation>%1 · data in %2</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>Backing up before closing…</translation>
        </message>
        <message>
            <source>Backup at closing</source>
            <translation>Backup at closing</translation>
        </message>
        <message>
            <source>The backup at closing failed: %1</source>
            <translation>The backup at closing failed: %1</translation>
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
        <name>MapLegend</name>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
    </context>
    <context>
        <name>MergeActorsDialog</name>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Merge two actors</source>
            <translation>Merge two actors</translation>
        </message>
        <message>
            <source>Which actor is kept? The other one's contacts, partnerships and activities move to it, then it is removed. Ctrl+Z undoes the merge.</source>
            <translation>Which actor is kept? The other one's contacts, partnerships and activities move to it, then it is removed. Ctrl+Z undoes the merge.</translation>
        </message>
    </context>
    <context>
        <name>MultiCommunePicker</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected commune (Suppr)</source>
            <translation>Remove the selected commune (Suppr)</translation>
        </message>
        <message>
            <source>Chosen communes</source>
            <translation>Chosen communes</translation>
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
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Start the diagnostic with these participants (Enter)</source>
            <translation>Start the diagnostic with these participants (Enter)</translation>
        </message>
        <message>
            <source>Add this person (Enter in the name field)</source>
            <translation>Add this person (Enter in the name field)</translation>
        </message>
        <message>
            <source>Choose the commune in the list that appears as you type.</source>
            <translation>Choose the commune in the list that appears as you type.</translation>
        </message>
        <message>
            <source>Commune: %1 (INSEE %2)</source>
            <translation>Commune: %1 (INSEE %2)</translation>
        </message>
        <message>
            <source>No contact recorded for the actors of this commune.</source>
            <translation>No contact recorded for the actors of this commune.</translation>
        </message>
        <message>
            <source>Please choose the commune in the list.</source>
            <translation>Please choose the commune in the list.</translation>
        </message>
        <message>
            <source>Type the date of the diagnostic.</source>
            <translation>Type the date of the diagnostic.</translation>
        </message>
        <message>
            <source>New diagnostic</source>
            <translation>New diagnostic</translation>
        </message>
        <message>
            <source>&amp;Commune:</source>
            <translation>&amp;Commune:</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Name, INSEE code or postal code, e.g. Saint-Flour</source>
            <translation>Name, INSEE code or postal code, e.g. Saint-Flour</translation>
        </message>
        <message>
            <source>&amp;Kit:</source>
            <translation>&amp;Kit:</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the diagnostic</source>
            <translation>Date of the diagnostic</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>C&amp;ontacts of the actors of the commune (Space to tick):</source>
            <translation>C&amp;ontacts of the actors of the commune (Space to tick):</translation>
        </message>
        <message>
            <source>Contacts of the commune</source>
            <translation>Contacts of the commune</translation>
        </message>
        <message>
            <source>Other &amp;person:</source>
            <translation>Other &amp;person:</translation>
        </message>
        <message>
            <source>Name of another participant</source>
            <translation>Name of another participant</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Role of the participant</source>
            <translation>Role of the participant</translation>
        </message>
        <message>
            <source>Role, e.g. deputy mayor</source>
            <translation>Role, e.g. deputy mayor</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Other participants</source>
            <translation>Other participants</translation>
        </message>
        <message>
            <source>&amp;Remove the selected person</source>
            <translation>&amp;Remove the selected person</translation>
        </message>
    </context>
    <context>
        <name>OperationCommand</name>
        <message>
            <source>Could not redo “{0}”: {1}</source>
            <translation>Could not redo “{0}”: {1}</translation>
        </message>
        <message>
            <source>Could not undo “{0}”: {1}</source>
            <translation>Could not undo “{0}”: {1}</translation>
        </message>
    </context>
    <context>
        <name>PackPreviewDialog</name>
        <message>
            <source>Pack no. %1 of the Foundation, made on %2 (file %3).</source>
            <translation>Pack no. %1 of the Foundation, made on %2 (file %3).</translation>
        </message>
        <message>
            <source>Signed by the Foundation's key recorded on this computer (fingerprint %1).</source>
            <translation>Signed by the Foundation's key recorded on this computer (fingerprint %1).</translation>
        </message>
        <message>
            <source>First pack received on this computer. Check with the Foundation (by phone or on its website) that the fingerprint of its key is:
%1</source>
            <translation>First pack received on this computer. Check with the Foundation (by phone or on its website) that the fingerprint of its key is:
%1</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Install</translation>
        </message>
        <message>
            <source>New kit: %1 (version %2)</source>
            <translation>New kit: %1 (version %2)</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>needs</translation>
        </message>
        <message>
            <source>partnership stages</source>
            <translation>partnership stages</translation>
        </message>
        <message>
            <source>partner roles</source>
            <translation>partner roles</translation>
        </message>
        <message>
            <source>contact roles</source>
            <translation>contact roles</translation>
        </message>
        <message>
            <source>New term in the list of %1: %2</source>
            <translation>New term in the list of %1: %2</translation>
        </message>
        <message>
            <source>New inspiring example: %1</source>
            <translation>New inspiring example: %1</translation>
        </message>
        <message>
            <source>Updated inspiring example: %1</source>
            <translation>Updated inspiring example: %1</translation>
        </message>
        <message>
            <source>Already on this computer — kits: %1, terms: %2, examples: %3.</source>
            <translation>Already on this computer — kits: %1, terms: %2, examples: %3.</translation>
        </message>
        <message>
            <source>Nothing new in this pack.</source>
            <translation>Nothing new in this pack.</translation>
        </message>
        <message>
            <source>Reference pack of the Foundation</source>
            <translation>Reference pack of the Foundation</translation>
        </message>
        <message>
            <source>What the pack installs</source>
            <translation>What the pack installs</translation>
        </message>
        <message>
            <source>I have &amp;checked this fingerprint with the Foundation: trust this key</source>
            <translation>I have &amp;checked this fingerprint with the Foundation: trust this key</translation>
        </message>
    </context>
    <context>
        <name>PackReceiver</name>
        <message>
            <source>Receive a pack from the Foundation…</source>
            <translation>Receive a pack from the Foundation…</translation>
        </message>
        <message>
            <source>Receive a pack from the Foundation</source>
            <translation>Receive a pack from the Foundation</translation>
        </message>
        <message>
            <source>Foundation pack (*.zip)</source>
            <translation>Foundation pack (*.zip)</translation>
        </message>
        <message>
            <source>Checking the pack…</source>
            <translation>Checking the pack…</translation>
        </message>
        <message>
            <source>Installing the pack…</source>
            <translation>Installing the pack…</translation>
        </message>
        <message>
            <source>Pack no. %1 installed — kits: %2, terms: %3, examples: %4. Backup: %5.</source>
            <translation>Pack no. %1 installed — kits: %2, terms: %3, examples: %4. Backup: %5.</translation>
        </message>
        <message>
            <source>The pack was not installed; your data is unchanged.</source>
            <translation>The pack was not installed; your data is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>— choose a form —</source>
            <translation>— choose a form —</translation>
        </message>
        <message>
            <source>Actor: type part of its name</source>
            <translation>Actor: type part of its name</translation>
        </message>
        <message>
            <source>Actor to add as partner</source>
            <translation>Actor to add as partner</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Double-click a role (or F2) to change it</source>
            <translation>Double-click a role (or F2) to change it</translation>
        </message>
        <message>
            <source>Save the partnership (Ctrl+S)</source>
            <translation>Save the partnership (Ctrl+S)</translation>
        </message>
        <message>
            <source>Forget the changes not yet saved</source>
            <translation>Forget the changes not yet saved</translation>
        </message>
        <message>
            <source>Add the chosen actor with this role (Alt+D)</source>
            <translation>Add the chosen actor with this role (Alt+D)</translation>
        </message>
        <message>
            <source>Remove the selected partner (Alt+R)</source>
            <translation>Remove the selected partner (Alt+R)</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>New partnership</translation>
        </message>
        <message>
            <source>The amount must be a number of euros (e.g. 1500 or 1 500,50).</source>
            <translation>The amount must be a number of euros (e.g. 1500 or 1 500,50).</translation>
        </message>
        <message>
            <source>Choose the commune typed in the list, or clear the field.</source>
            <translation>Choose the commune typed in the list, or clear the field.</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation>Nothing was saved: please correct the fields marked in red.</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <source>Title, form, stage, dates, description</source>
            <translation>Title, form, stage, dates, description</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>What the partners do together</source>
            <translation>What the partners do together</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>Form of partnership</source>
            <translation>Form of partnership</translation>
        </message>
        <message>
            <source>S&amp;tage:</source>
            <translation>S&amp;tage:</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Start &amp;date:</source>
            <translation>Start &amp;date:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>&amp;End date:</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>&amp;Inspiring example (to share)</source>
            <translation>&amp;Inspiring example (to share)</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>Descri&amp;ption:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Partners</source>
            <translation>&amp;Partners</translation>
        </message>
        <message>
            <source>The actors of the partnership and their roles (two at least)</source>
            <translation>The actors of the partnership and their roles (two at least)</translation>
        </message>
        <message>
            <source>At least two actors, ideally from different worlds. Type a name, choose the role, then Add (Alt+D).</source>
            <translation>At least two actors, ideally from different worlds. Type a name, choose the role, then Add (Alt+D).</translation>
        </message>
        <message>
            <source>Role of the partner to add</source>
            <translation>Role of the partner to add</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Partners and their roles</source>
            <translation>Partners and their roles</translation>
        </message>
        <message>
            <source>&amp;Remove the selected partner</source>
            <translation>&amp;Remove the selected partner</translation>
        </message>
        <message>
            <source>Territ&amp;ory</source>
            <translation>Territ&amp;ory</translation>
        </message>
        <message>
            <source>Communes, needs answered and Sustainable Development Goals</source>
            <translation>Communes, needs answered and Sustainable Development Goals</translation>
        </message>
        <message>
            <source>Resour&amp;ces</source>
            <translation>Resour&amp;ces</translation>
        </message>
        <message>
            <source>Money, in kind, skills, and the outcomes</source>
            <translation>Money, in kind, skills, and the outcomes</translation>
        </message>
        <message>
            <source>Communes concerned:</source>
            <translation>Communes concerned:</translation>
        </message>
        <message>
            <source>&amp;Needs answered (Space to tick):</source>
            <translation>&amp;Needs answered (Space to tick):</translation>
        </message>
        <message>
            <source>Sustainable Development &amp;Goals (ODD):</source>
            <translation>Sustainable Development &amp;Goals (ODD):</translation>
        </message>
        <message>
            <source>Needs answered</source>
            <translation>Needs answered</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>&amp;Money committed (€):</source>
            <translation>&amp;Money committed (€):</translation>
        </message>
        <message>
            <source>Money committed in euros</source>
            <translation>Money committed in euros</translation>
        </message>
        <message>
            <source>e.g. 1 500,00</source>
            <translation>e.g. 1 500,00</translation>
        </message>
        <message>
            <source>In &amp;kind:</source>
            <translation>In &amp;kind:</translation>
        </message>
        <message>
            <source>Resources in kind</source>
            <translation>Resources in kind</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Skills:</translation>
        </message>
        <message>
            <source>Skills contributed</source>
            <translation>Skills contributed</translation>
        </message>
        <message>
            <source>O&amp;utcomes:</source>
            <translation>O&amp;utcomes:</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Inspired &amp;by:</source>
            <translation>Inspired &amp;by:</translation>
        </message>
        <message>
            <source>Inspiring example cited</source>
            <translation>Inspiring example cited</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>— no example cited —</source>
            <translation>— no example cited —</translation>
        </message>
        <message>
            <source>An inspiring example of another territory, received in a pack of the Foundation</source>
            <translation>An inspiring example of another territory, received in a pack of the Foundation</translation>
        </message>
        <message>
            <source>No inspiring example yet: they come with the packs of the Foundation</source>
            <translation>No inspiring example yet: they come with the packs of the Foundation</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message>
            <source>Search titles, descriptions and outcomes (Ctrl+F)</source>
            <translation>Search titles, descriptions and outcomes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter by commune</source>
            <translation>Filter by commune</translation>
        </message>
        <message>
            <source>All communes</source>
            <translation>All communes</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>All forms</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>All goals (ODD)</source>
            <translation>All goals (ODD)</translation>
        </message>
        <message>
            <source>New partnership (Ctrl+N)</source>
            <translation>New partnership (Ctrl+N)</translation>
        </message>
        <message>
            <source>Move the selected partnership to the trash (Suppr); Ctrl+Z undoes</source>
            <translation>Move the selected partnership to the trash (Suppr); Ctrl+Z undoes</translation>
        </message>
        <message>
            <source>Preview, print or save the one-page sheet of the selected partnership (Ctrl+P)</source>
            <translation>Preview, print or save the one-page sheet of the selected partnership (Ctrl+P)</translation>
        </message>
        <message>
            <source>Show only the partnerships marked as inspiring examples</source>
            <translation>Show only the partnerships marked as inspiring examples</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The partnership being edited has changes that are not saved.</source>
            <translation>The partnership being edited has changes that are not saved.</translation>
        </message>
        <message>
            <source>Do you want to save them?</source>
            <translation>Do you want to save them?</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Partnerships shown: {0}</source>
            <translation>Partnerships shown: {0}</translation>
        </message>
        <message>
            <source>Partnership sheet</source>
            <translation>Partnership sheet</translation>
        </message>
        <message>
            <source>Choose a saved partnership in the list first.</source>
            <translation>Choose a saved partnership in the list first.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Filter by form</source>
            <translation>Filter by form</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filter by stage</translation>
        </message>
        <message>
            <source>Filter by Sustainable Development Goal</source>
            <translation>Filter by Sustainable Development Goal</translation>
        </message>
        <message>
            <source>Pe&amp;riod from</source>
            <translation>Pe&amp;riod from</translation>
        </message>
        <message>
            <source>Start of the period</source>
            <translation>Start of the period</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>End of the period</translation>
        </message>
        <message>
            <source>Inspiring e&amp;xamples only</source>
            <translation>Inspiring e&amp;xamples only</translation>
        </message>
        <message>
            <source>List of partnerships</source>
            <translation>List of partnerships</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>PDF s&amp;heet…</source>
            <translation>PDF s&amp;heet…</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>New partnership</translation>
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
        <message>
            <source>Press Enter or double-click to add a commune.</source>
            <translation>Press Enter or double-click to add a commune.</translation>
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
        <name>RadarChart</name>
        <message>
            <source>Radar chart of the scores per volet</source>
            <translation>Radar chart of the scores per volet</translation>
        </message>
        <message>
            <source>%1 (not filled in)</source>
            <translation>%1 (not filled in)</translation>
        </message>
    </context>
    <context>
        <name>RecordListModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
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
            <translation>Modified</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Inspiring</source>
            <translation>Inspiring</translation>
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
            <translation>Time spent</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Deleted on</translation>
        </message>
    </context>
    <context>
        <name>RestoreNeededDialog</name>
        <message>
            <source>Restore the data</source>
            <translation>Restore the data</translation>
        </message>
        <message>
            <source>Choose a backup to restore. Nothing is deleted: the current database file is set aside in the “mis-de-cote” folder of the data folder.</source>
            <translation>Choose a backup to restore. Nothing is deleted: the current database file is set aside in the “mis-de-cote” folder of the data folder.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search (accents ignored)…</source>
            <translation>Search (accents ignored)…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>SelectMultipleQuestion</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>SelectOneQuestion</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Clear the answer</source>
            <translation>Clear the answer</translation>
        </message>
        <message>
            <source>Clear the answer: %1</source>
            <translation>Clear the answer: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>Type a date, e.g. 31/12/2026.</source>
            <translation>Type a date, e.g. 31/12/2026.</translation>
        </message>
        <message>
            <source>The last day is before the first one: choose a period in order.</source>
            <translation>The last day is before the first one: choose a period in order.</translation>
        </message>
        <message>
            <source>Activity summary</source>
            <translation>Activity summary</translation>
        </message>
        <message>
            <source>Choose the period and the kind of document. By default, the last complete quarter.</source>
            <translation>Choose the period and the kind of document. By default, the last complete quarter.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>&amp;PDF, to read and print (preview first)</source>
            <translation>&amp;PDF, to read and print (preview first)</translation>
        </message>
        <message>
            <source>&amp;Excel workbook, to sort and chart</source>
            <translation>&amp;Excel workbook, to sort and chart</translation>
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
        <name>WindowController</name>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>Backup restored; your data as it was before is kept in a backup too.</source>
            <translation>Backup restored; your data as it was before is kept in a backup too.</translation>
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
