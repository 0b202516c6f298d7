<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportTable</name>
    <message>
        <source>The table is empty: there is nothing to export.</source>
        <translation>Le tableau est vide : il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n&apos;a pas pu être remplacé.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Registrant ID</source>
        <translation>ID de la personne enregistrée</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Type d&apos;identifiant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numéro d&apos;identification</translation>
    </message>
    <message>
        <source>Registrant name</source>
        <translation>Nom de la personne enregistrée</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>the mapping names the column “%1”, which the file does not have (its columns: %2)</source>
        <translation>la correspondance nomme la colonne « %1 », que le fichier n&apos;a pas (ses colonnes : %2)</translation>
    </message>
    <message>
        <source>the mapping gives the field “%1” to two columns</source>
        <translation>la correspondance donne le champ « %1 » à deux colonnes</translation>
    </message>
    <message>
        <source>the mapping gives column “%1” the unknown field “%2” (fields: %3)</source>
        <translation>la correspondance donne à la colonne « %1 » le champ inconnu « %2 » (champs : %3)</translation>
    </message>
    <message>
        <source>The ID type and the ID number go together: map both or neither.</source>
        <translation>Le type et le numéro d&apos;identification vont ensemble : associez les deux ou aucun.</translation>
    </message>
    <message>
        <source>Say which column holds the registrant ID, or which hold the ID type and the ID number.</source>
        <translation>Indiquez quelle colonne contient l&apos;ID de la personne enregistrée, ou lesquelles contiennent le type et le numéro d&apos;identification.</translation>
    </message>
    <message>
        <source>Say which column holds the program.</source>
        <translation>Indiquez quelle colonne contient le programme.</translation>
    </message>
</context>
<context>
    <name>LocalTimeline</name>
    <message>
        <source>This desktop — waiting in the outbox</source>
        <translation>Ce poste — en attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>This desktop — sent, not yet confirmed</source>
        <translation>Ce poste — envoyée, pas encore confirmée</translation>
    </message>
    <message>
        <source>This desktop — confirmed by the server</source>
        <translation>Ce poste — confirmée par le serveur</translation>
    </message>
    <message>
        <source>This desktop — failed: %1</source>
        <translation>Ce poste — échec : %1</translation>
    </message>
    <message>
        <source>This desktop — conflict: %1</source>
        <translation>Ce poste — conflit : %1</translation>
    </message>
    <message>
        <source>This desktop — discarded</source>
        <translation>Ce poste — abandonnée</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <source>Seen on the server by this desktop</source>
        <translation>Vu sur le serveur par ce poste</translation>
    </message>
</context>
<context>
    <name>MembershipRules</name>
    <message>
        <source>A new membership starts as %1 or %2.</source>
        <translation>Une nouvelle participation commence à l&apos;état %1 ou %2.</translation>
    </message>
    <message>
        <source>An exited membership is final: it cannot become %1.</source>
        <translation>Une participation sortie est définitive : elle ne peut pas devenir %1.</translation>
    </message>
    <message>
        <source>A %1 membership cannot become %2 (it can become: %3).</source>
        <translation>Une participation %1 ne peut pas devenir %2 (elle peut devenir : %3).</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 est terminé ou archivé : personne ne peut y être inscrit.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2, UTC).</source>
        <translation>%1 est dans le futur (aujourd&apos;hui : %2, UTC).</translation>
    </message>
    <message>
        <source>An exit needs a reason.</source>
        <translation>Une sortie exige un motif.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>La date de sortie %1 est antérieure à la date d&apos;inscription %2.</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>program %1</source>
        <translation>programme %1</translation>
    </message>
    <message>
        <source>Add to %1 as draft</source>
        <translation>Ajouter à %1 en brouillon</translation>
    </message>
    <message>
        <source>Enroll in %1</source>
        <translation>Inscrire dans %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Exit from %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1 : passé à %2</translation>
    </message>
    <message>
        <source>%1: change</source>
        <translation>%1 : modification</translation>
    </message>
    <message>
        <source>, enrolled on %1</source>
        <translation>, inscrit le %1</translation>
    </message>
    <message>
        <source>Unknown change “%1”</source>
        <translation>Modification inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The registry refused it: %1</source>
        <translation>Le registre l&apos;a refusé : %1</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Change enrollment date</source>
        <translation>Modifier la date d&apos;inscription</translation>
    </message>
    <message>
        <source>Only a draft or not-eligible membership can be enrolled; this one is %1.</source>
        <translation>Seule une participation en brouillon ou non éligible peut être inscrite ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>Only an enrolled membership can be paused; this one is %1.</source>
        <translation>Seule une participation inscrite peut être suspendue ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>Only a paused membership can be resumed; this one is %1.</source>
        <translation>Seule une participation suspendue peut reprendre ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>This membership has already exited; an exit is final.</source>
        <translation>Cette participation est déjà sortie ; une sortie est définitive.</translation>
    </message>
    <message>
        <source>Only an enrolled or paused membership can exit; this one is %1.</source>
        <translation>Seule une participation inscrite ou suspendue peut sortir ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>A %1 membership has no enrollment date to change.</source>
        <translation>Une participation %1 n&apos;a pas de date d&apos;inscription à modifier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>automatic (ISO; others only when unambiguous)</source>
        <translation>automatique (ISO ; les autres seulement sans ambiguïté)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD, got “%1”</source>
        <translation>AAAA-MM-JJ attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>not a date: “%1” (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)</source>
        <translation>pas une date : « %1 » (utilisez AAAA-MM-JJ, JJ/MM/AAAA ou MM/JJ/AAAA)</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: choose the date format of this file</source>
        <translation>« %1 » peut être %2 ou %3 : choisissez le format de date de ce fichier</translation>
    </message>
    <message>
        <source>not a calendar day: “%1” read as %2</source>
        <translation>pas un jour du calendrier : « %1 » lu comme %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>No byte-order mark: read as %1.</source>
        <translation>Pas d&apos;indicateur d&apos;ordre des octets : lu comme %1.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: read as %1. Check accented letters.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 : lu comme %1. Vérifiez les lettres accentuées.</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large to read (%2 MB).</source>
        <translation>La partie %1 du classeur est trop grande pour être lue (%2 Mo).</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be unpacked.</source>
        <translation>La partie %1 du classeur ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB.</source>
        <translation>La partie %1 du classeur fait plus de %2 Mo une fois décompressée.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (it is not a zip archive).</source>
        <translation>Ce n&apos;est pas un classeur .xlsx (ce n&apos;est pas une archive zip).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (no xl/workbook.xml).</source>
        <translation>Ce n&apos;est pas un classeur .xlsx (pas de xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>Le classeur n&apos;a pas de première feuille lisible (%1).</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>La ligne %1 a plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>La feuille a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The first sheet is damaged (%1 at line %2).</source>
        <translation>La première feuille est endommagée (%1 à la ligne %2).</translation>
    </message>
    <message>
        <source>The first sheet is empty.</source>
        <translation>La première feuille est vide.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters.</source>
        <translation>Ligne %1 : une cellule contient plus de %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>La ligne %1 a plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Le fichier a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cells; split it into smaller files.</source>
        <translation>Le fichier contient plus de %1 cellules ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters (is a quote missing?).</source>
        <translation>Ligne %1 : une cellule contient plus de %2 caractères (manque-t-il un guillemet ?).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB.</source>
        <translation>Le classeur décompressé dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>Row %1: a cell holds more than %2 characters.</source>
        <translation>Ligne %1 : une cellule contient plus de %2 caractères.</translation>
    </message>
    <message>
        <source>The sheet holds more than %1 cells (counting the empty ones before each row&apos;s last filled cell); split it into smaller files.</source>
        <translation>La feuille contient plus de %1 cellules (en comptant les vides avant la dernière cellule remplie de chaque ligne) ; découpez-la en fichiers plus petits.</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Impossible de le lire : %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>From %1, printed on %2</source>
        <translation>Source : %1, imprimé le %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>Numéros d&apos;identité</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>Fiche du ménage</translation>
    </message>
    <message>
        <source>Individual record</source>
        <translation>Fiche de l&apos;individu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>Participations aux programmes</translation>
    </message>
    <message>
        <source>In no program.</source>
        <translation>Dans aucun programme.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motif ou note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Members in state %1: %2 of %3</source>
        <translation>Membres à l&apos;état %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>All members: %1 of %2</source>
        <translation>Tous les membres : %1 sur %2</translation>
    </message>
    <message>
        <source>whose name contains “%1”</source>
        <translation>dont le nom contient « %1 »</translation>
    </message>
    <message>
        <source>(the report stops at this many rows)</source>
        <translation>(le rapport s&apos;arrête à ce nombre de lignes)</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Résumé du programme</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>Participations par état</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message numerus="yes">
        <source>Enrolments by their enrolment date, exits by their exit date, pauses: memberships paused now, by their last change. From %n membership(s) read.</source>
        <translation>
            <numerusform>Inscriptions selon leur date d&apos;inscription, sorties selon leur date de sortie, suspensions : participations suspendues aujourd&apos;hui, selon leur dernier changement. D&apos;après %n participation lue.</numerusform>
            <numerusform>Inscriptions selon leur date d&apos;inscription, sorties selon leur date de sortie, suspensions : participations suspendues aujourd&apos;hui, selon leur dernier changement. D&apos;après %n participations lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated change.</source>
        <translation>Aucun changement daté.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>This server keeps no program memberships.</source>
        <translation>Ce serveur ne garde aucune participation aux programmes.</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships.</source>
        <translation>Ce serveur ne garde pas d&apos;historique des participations.</translation>
    </message>
</context>
<context>
    <name>g2p</name>
    <message>
        <source>Membership %1 is %2; it cannot become %3.</source>
        <translation>La participation %1 est %2 ; elle ne peut pas devenir %3.</translation>
    </message>
    <message>
        <source>Membership %1 cannot be exited without a reason.</source>
        <translation>La participation %1 ne peut pas sortir sans motif.</translation>
    </message>
    <message>
        <source>An exit date and reason apply only to an exited membership; membership %1 would be %2.</source>
        <translation>Une date et un motif de sortie ne s&apos;appliquent qu&apos;à une participation sortie ; la participation %1 serait %2.</translation>
    </message>
    <message>
        <source>Dates after %1 (today, UTC) are not accepted.</source>
        <translation>Les dates après le %1 (aujourd&apos;hui, UTC) ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>La date de sortie %1 est antérieure à la date d&apos;inscription %2.</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityLog</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>done with problems</source>
        <translation>fait avec des problèmes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>queued in the outbox</source>
        <translation>en attente dans la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Progress of the running action</source>
        <translation>Progression de l&apos;action en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running action</source>
        <translation>Annuler l&apos;action en cours</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1 : %v sur %m</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>Activité la plus récente</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <translation>Tout afficher (%1)</translation>
    </message>
    <message>
        <source>Fold the activity to its newest line</source>
        <translation>Replier l&apos;activité sur sa ligne la plus récente</translation>
    </message>
    <message>
        <source>Nothing done yet in this session.</source>
        <translation>Rien n&apos;a encore été fait dans cette session.</translation>
    </message>
    <message>
        <source>Every action of this session, newest first</source>
        <translation>Chaque action de cette session, la plus récente en premier</translation>
    </message>
</context>
<context>
    <name>g2p::ApiClient</name>
    <message>
        <source>read an individual</source>
        <translation>lire un individu</translation>
    </message>
    <message>
        <source>search individuals</source>
        <translation>rechercher des individus</translation>
    </message>
    <message>
        <source>create an individual</source>
        <translation>créer un individu</translation>
    </message>
    <message>
        <source>update individuals</source>
        <translation>mettre à jour des individus</translation>
    </message>
    <message>
        <source>list id values</source>
        <translation>lister les valeurs d&apos;identifiants</translation>
    </message>
    <message>
        <source>read a group</source>
        <translation>lire un ménage</translation>
    </message>
    <message>
        <source>search groups</source>
        <translation>rechercher des ménages</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>créer un ménage</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>lister les programmes</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>lire un programme</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>lister les participations aux programmes</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>lire une participation à un programme</translation>
    </message>
    <message>
        <source>change a program membership</source>
        <translation>modifier une participation à un programme</translation>
    </message>
    <message>
        <source>read membership history</source>
        <translation>lire l&apos;historique d&apos;une participation</translation>
    </message>
    <message>
        <source>enrol registrants in bulk</source>
        <translation>inscrire des personnes en masse</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>lire les changements du registre</translation>
    </message>
</context>
<context>
    <name>g2p::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>g2p::BatchEnroller</name>
    <message>
        <source>The server&apos;s answer did not mention this row.</source>
        <translation>La réponse du serveur ne mentionnait pas cette ligne.</translation>
    </message>
</context>
<context>
    <name>g2p::BulkEditPage</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Memberships to edit</source>
        <translation>Participations à modifier</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Issues (click to go to the cell)</source>
        <translation>Problèmes (cliquez pour aller à la cellule)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Recopier vers le &amp;bas</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it (Ctrl+D)</source>
        <translation>Copier la cellule sélectionnée en haut de chaque colonne dans les cellules en dessous (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Set cells…</source>
        <translation>&amp;Définir les cellules…</translation>
    </message>
    <message>
        <source>Give every selected cell the same value (Ctrl+Shift+F)</source>
        <translation>Donner la même valeur à chaque cellule sélectionnée (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Load members</source>
        <translation>&amp;Charger les participants</translation>
    </message>
    <message>
        <source>Read every membership of the chosen program into the grid (Ctrl+L)</source>
        <translation>Charger dans la grille toutes les participations du programme choisi (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Load rows from a CSV or XLSX file into the grid, to check before sending (Ctrl+I)</source>
        <translation>Charger dans la grille les lignes d&apos;un fichier CSV ou XLSX, à vérifier avant l&apos;envoi (Ctrl+I)</translation>
    </message>
    <message>
        <source>Review and &amp;send…</source>
        <translation>Examiner et &amp;envoyer…</translation>
    </message>
    <message>
        <source>See every change, then send them to the registry (Ctrl+Enter)</source>
        <translation>Voir chaque modification, puis les envoyer au registre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the grid with each row&apos;s result as CSV or XLSX (Ctrl+E)</source>
        <translation>Enregistrer la grille avec le résultat de chaque ligne en CSV ou XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the grid</source>
        <translation>Vider la grille</translation>
    </message>
    <message>
        <source>The grid holds changes that were not sent. Clear it anyway?</source>
        <translation>La grille contient des modifications non envoyées. La vider quand même ?</translation>
    </message>
    <message>
        <source>(choose per row)</source>
        <translation>(à choisir par ligne)</translation>
    </message>
    <message>
        <source>File line %1 (not loaded)%2: %3</source>
        <translation>Ligne %1 du fichier (non chargée)%2 : %3</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>Choose a program and load its members (Ctrl+L), or select registrants on the Individuals or Groups page and add them here (Ctrl+B).</source>
        <translation>Choisissez un programme et chargez ses participants (Ctrl+L), ou sélectionnez des personnes enregistrées sur la page Individus ou Ménages et ajoutez-les ici (Ctrl+B).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with issues</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a program to load its members.</source>
        <translation>Choisissez un programme pour charger ses participants.</translation>
    </message>
    <message>
        <source>Load members</source>
        <translation>Charger les participants</translation>
    </message>
    <message>
        <source>Loading replaces the grid, which holds changes that were not sent. Continue?</source>
        <translation>Le chargement remplace la grille, qui contient des modifications non envoyées. Continuer ?</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Lecture des membres de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading stopped after %n membership(s): %1</source>
        <translation>
            <numerusform>Lecture arrêtée après %n participation : %1</numerusform>
            <numerusform>Lecture arrêtée après %n participations : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set selected cells</source>
        <translation>Définir les cellules sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected cell(s):</source>
        <translation>
            <numerusform>%1 pour la cellule sélectionnée :</numerusform>
            <numerusform>%1 pour les %n cellules sélectionnées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s)</source>
        <translation>
            <numerusform>Définir %n cellule</numerusform>
            <numerusform>Définir %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: no row is changed and free of issues.</source>
        <translation>Rien à envoyer : aucune ligne n&apos;est modifiée et sans problème.</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>%1 envoyées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 conflicts, %3 errors</source>
        <translation>%1 faits, %2 conflits, %3 erreurs</translation>
    </message>
    <message>
        <source>Rows marked as conflicts were changed by someone else: right-click to take their version or keep yours, then send again.</source>
        <translation>Les lignes marquées en conflit ont été modifiées par quelqu&apos;un d&apos;autre : clic droit pour prendre leur version ou garder la vôtre, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Failed rows keep your edits: fix them and send again.</source>
        <translation>Les lignes en échec gardent vos modifications : corrigez-les et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Take their version (%1)</source>
        <translation>Prendre leur version (%1)</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Exporter la grille</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The grid could not be saved to %1: %2</source>
        <translation>La grille n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Import memberships</source>
        <translation>Importer des participations</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded from %1.</source>
        <translation>
            <numerusform>%n ligne chargée depuis %1.</numerusform>
            <numerusform>%n lignes chargées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file were not loaded: see the issues list.</source>
        <translation>
            <numerusform>%n ligne du fichier n&apos;a pas été chargée : voir la liste des problèmes.</numerusform>
            <numerusform>%n lignes du fichier n&apos;ont pas été chargées : voir la liste des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registrants of %1…</source>
        <translation>Lecture des personnes enregistrées de %1…</translation>
    </message>
    <message>
        <source>Put back the values read from the server in the selected cells, or for rows from a file what the file said (Delete)</source>
        <translation>Remettre dans les cellules sélectionnées les valeurs lues sur le serveur ou, pour les lignes venues d&apos;un fichier, ce que disait le fichier (Suppr)</translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation>Reti&amp;rer les lignes</translation>
    </message>
    <message>
        <source>Take the selected rows out of the grid; nothing is sent for them (Ctrl+-)</source>
        <translation>Retirer les lignes sélectionnées de la grille ; rien n&apos;est envoyé pour elles (Ctrl+-)</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) already have a row for this program in the grid.</source>
        <translation>
            <numerusform>%n personne enregistrée a déjà une ligne pour ce programme dans la grille.</numerusform>
            <numerusform>%n personnes enregistrées ont déjà une ligne pour ce programme dans la grille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) went onto rows the grid already held for the same membership.</source>
        <translation>
            <numerusform>%n ligne est allée sur une ligne que la grille avait déjà pour la même participation.</numerusform>
            <numerusform>%n lignes sont allées sur des lignes que la grille avait déjà pour la même participation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into a grid that holds rows</source>
        <translation>Importer dans une grille qui contient des lignes</translation>
    </message>
    <message numerus="yes">
        <source>The grid already holds %n row(s). Replace them with the file&apos;s rows, or merge the file into them (a line for a membership the grid already holds goes onto that row; one row per membership)?</source>
        <translation>
            <numerusform>La grille contient déjà %n ligne. La remplacer par les lignes du fichier, ou y fusionner le fichier (une ligne pour une participation que la grille contient déjà va sur cette ligne ; une ligne par participation) ?</numerusform>
            <numerusform>La grille contient déjà %n lignes. Les remplacer par les lignes du fichier, ou y fusionner le fichier (une ligne pour une participation que la grille contient déjà va sur cette ligne ; une ligne par participation) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing drops %n change(s) in the grid that were not sent.</source>
        <translation>
            <numerusform>Remplacer abandonne %n modification de la grille qui n&apos;a pas été envoyée.</numerusform>
            <numerusform>Remplacer abandonne %n modifications de la grille qui n&apos;ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge into the rows</source>
        <translation>&amp;Fusionner dans les lignes</translation>
    </message>
    <message>
        <source>&amp;Replace the rows</source>
        <translation>&amp;Remplacer les lignes</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>La lecture de %1 a été annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&amp;Open registrant</source>
        <translation>&amp;Ouvrir la personne enregistrée</translation>
    </message>
    <message>
        <source>Show the registrant of the current row with their record and history (Ctrl+O)</source>
        <translation>Afficher la personne enregistrée de la ligne courante, avec sa fiche et son historique (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bulk edit commands</source>
        <translation>Commandes de la modification en masse</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Preparing the changes…</source>
        <translation>Préparation des modifications…</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed: fix those above, or find the marked cells in the grid.</source>
        <translation>
            <numerusform>%n autre problème non listé : corrigez ceux ci-dessus ou repérez les cellules marquées dans la grille.</numerusform>
            <numerusform>%n autres problèmes non listés : corrigez ceux ci-dessus ou repérez les cellules marquées dans la grille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::CacheRefresh</name>
    <message>
        <source>Refresh stopped; the local copy keeps what was already stored.</source>
        <translation>Actualisation arrêtée ; la copie locale garde ce qui était déjà enregistré.</translation>
    </message>
    <message>
        <source>The local copy could not be refreshed (%1): %2</source>
        <translation>La copie locale n&apos;a pas pu être actualisée (%1) : %2</translation>
    </message>
    <message>
        <source>Reading individuals from the server</source>
        <translation>Lecture des individus depuis le serveur</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individus</translation>
    </message>
    <message>
        <source>Storing individuals</source>
        <translation>Enregistrement des individus</translation>
    </message>
    <message>
        <source>writing the local copy</source>
        <translation>écriture de la copie locale</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>ménages</translation>
    </message>
    <message>
        <source>Storing groups</source>
        <translation>Enregistrement des ménages</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>participations</translation>
    </message>
    <message>
        <source>Storing memberships</source>
        <translation>Enregistrement des participations</translation>
    </message>
    <message>
        <source>Local copy refreshed: %1 individuals, %2 groups, %3 memberships (%4 s).</source>
        <translation>Copie locale actualisée : %1 individus, %2 ménages, %3 participations (%4 s).</translation>
    </message>
    <message>
        <source>Local copy brought up to date: %1 individuals, %2 groups, %3 memberships changed (%4 s).</source>
        <translation>Copie locale mise à jour : %1 personnes, %2 groupes, %3 adhésions modifiés (%4 s).</translation>
    </message>
</context>
<context>
    <name>g2p::ChangeMembershipsCommand</name>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1 : %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1 : %n participation</numerusform>
            <numerusform>%1 : %n participations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::ConnectDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation>Se connecter à un registre</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>Saved servers. Type a new name to save a new profile.</source>
        <translation>Serveurs enregistrés. Saisissez un nouveau nom pour enregistrer un nouveau profil.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Sign in with an Odoo session (Odoo 15 servers)</source>
        <translation>Se connecter avec une session Odoo (serveurs Odoo 15)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Open the local copy of this server&apos;s data; changes wait in the outbox and are sent when the server answers again</source>
        <translation>Ouvrir la copie locale des données de ce serveur ; les modifications attendent dans la boîte d&apos;envoi et sont envoyées quand le serveur répond à nouveau</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Enter the password: it is kept for this session only and written nowhere.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Saisissez le mot de passe : il est gardé pour cette session seulement et n&apos;est écrit nulle part.</translation>
    </message>
    <message>
        <source>Password taken from the system keyring.</source>
        <translation>Mot de passe lu dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Save the password in the system keyring</source>
        <translation>Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>not saved: %1. You will be asked for it next time.</source>
        <translation>non enregistré : %1. Il vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Wrong user name or password (the server said: %1).</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect (le serveur a dit : %1).</translation>
    </message>
    <message>
        <source>%1 You can work offline on the local copy: changes wait in the outbox until the server answers.</source>
        <translation>%1 Vous pouvez travailler hors ligne sur la copie locale : les modifications attendent dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur réponde.</translation>
    </message>
    <message>
        <source>This address does not answer like a registry: %1</source>
        <translation>Cette adresse ne répond pas comme un registre : %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server presents a certificate that no authority vouches for.

SHA-256 fingerprint:
%1

Trust it only if your administrator gave you this exact fingerprint. It will be trusted for this profile only; a different certificate later will be refused.</source>
        <translation>Le serveur présente un certificat qu&apos;aucune autorité ne garantit.

Empreinte SHA-256 :
%1

Ne lui faites confiance que si votre administrateur vous a donné exactement cette empreinte. Il sera approuvé pour ce profil seulement ; un autre certificat sera refusé plus tard.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to this server (http://)</source>
        <translation>Autoriser une connexion non chiffrée à ce serveur (http://)</translation>
    </message>
    <message>
        <source>Your password and every record would cross the network readable by anyone on the way. Only when your administrator says this network is private.</source>
        <translation>Votre mot de passe et chaque dossier traverseraient le réseau lisibles par quiconque sur le trajet. Uniquement si votre administrateur indique que ce réseau est privé.</translation>
    </message>
    <message>
        <source>The address held a user name or password; it was removed. Enter the password in the password field (it is kept in the system keyring, never in the address).</source>
        <translation>L&apos;adresse contenait un nom d&apos;utilisateur ou un mot de passe ; il a été retiré. Saisissez le mot de passe dans le champ prévu (il est gardé dans le trousseau du système, jamais dans l&apos;adresse).</translation>
    </message>
    <message>
        <source>This is an unencrypted (http://) address on another machine: your password would cross the network readable by anyone on the way. Use the server&apos;s https:// address, or tick “Allow an unencrypted connection” only if your administrator says this network is private.</source>
        <translation>Cette adresse non chiffrée (http://) désigne une autre machine : votre mot de passe traverserait le réseau lisible par quiconque sur le trajet. Utilisez l&apos;adresse https:// du serveur, ou cochez « Autoriser une connexion non chiffrée » uniquement si votre administrateur indique que ce réseau est privé.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove this profile and everything G2P Desk keeps of it on this computer: the local copy, the outbox, set-aside copies and the saved password</source>
        <translation>Supprimer ce profil et tout ce que G2P Desk en garde sur cet ordinateur : la copie locale, la boîte d&apos;envoi, les copies mises de côté et le mot de passe enregistré</translation>
    </message>
    <message>
        <source>“%1” is not a saved profile: there is nothing to remove.</source>
        <translation>« %1 » n&apos;est pas un profil enregistré : il n&apos;y a rien à supprimer.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>“%1” is open in G2P Desk (this window or another) or in g2p-desk-cli. Close it there first; nothing was removed.</source>
        <translation>« %1 » est ouvert dans G2P Desk (cette fenêtre ou une autre) ou dans g2p-desk-cli. Fermez-le d&apos;abord ; rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all: the local copy of the registry, the outbox and copies set aside as damaged. The saved password is removed from the system keyring.</source>
        <translation>
            <numerusform>%n fichier, %1 au total : la copie locale du registre, la boîte d&apos;envoi et les copies mises de côté comme endommagées. Le mot de passe enregistré est retiré du trousseau du système.</numerusform>
            <numerusform>%n fichiers, %1 au total : la copie locale du registre, la boîte d&apos;envoi et les copies mises de côté comme endommagées. Le mot de passe enregistré est retiré du trousseau du système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not confirmed by the server yet and would be lost. Connect and send them first (Outbox), unless you are sure.</source>
        <translation>
            <numerusform>%n modification faite ici n&apos;est pas encore confirmée par le serveur et serait perdue. Connectez-vous et envoyez-la d&apos;abord (Boîte d&apos;envoi), sauf si vous êtes sûr.</numerusform>
            <numerusform>%n modifications faites ici ne sont pas encore confirmées par le serveur et seraient perdues. Connectez-vous et envoyez-les d&apos;abord (Boîte d&apos;envoi), sauf si vous êtes sûr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be read: changes not yet sent may be in it and would be lost.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue : des modifications non encore envoyées peuvent s&apos;y trouver et seraient perdues.</translation>
    </message>
    <message>
        <source>Remove the profile “%1” (%2 at %3) and everything G2P Desk keeps of it on this computer?</source>
        <translation>Supprimer le profil « %1 » (%2 sur %3) et tout ce que G2P Desk en garde sur cet ordinateur ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The local data of “%1” could not be removed (%2). The profile was kept.</source>
        <translation>Les données locales de « %1 » n&apos;ont pas pu être supprimées (%2). Le profil a été conservé.</translation>
    </message>
    <message>
        <source>The profile “%1” and everything it kept on this computer were removed.</source>
        <translation>Le profil « %1 » et tout ce qu&apos;il gardait sur cet ordinateur ont été supprimés.</translation>
    </message>
    <message>
        <source>Find out when connecting</source>
        <translation>Déterminer à la connexion</translation>
    </message>
    <message>
        <source>REST contract</source>
        <translation>contrat REST</translation>
    </message>
    <message>
        <source>Odoo external API (JSON-RPC)</source>
        <translation>API externe d&apos;Odoo (JSON-RPC)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation>Base de données Odoo</translation>
    </message>
    <message>
        <source>the only one the server has</source>
        <translation>la seule du serveur</translation>
    </message>
    <message>
        <source>Odoo servers may hold several databases; your administrator knows the name.</source>
        <translation>Un serveur Odoo peut contenir plusieurs bases de données ; votre administrateur en connaît le nom.</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>&amp;Type de serveur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Enter the registry address, such as https://registry.example.org.</source>
        <translation>Saisissez l&apos;adresse du registre, par exemple https://registry.example.org.</translation>
    </message>
    <message>
        <source>Finding out what the server speaks…</source>
        <translation>Recherche de ce que parle le serveur…</translation>
    </message>
    <message>
        <source>The server speaks: %1.</source>
        <translation>Le serveur parle : %1.</translation>
    </message>
    <message>
        <source>This server holds several databases: enter one of %1 under Advanced.</source>
        <translation>Ce serveur contient plusieurs bases de données : saisissez l&apos;une de %1 sous Avancé.</translation>
    </message>
    <message>
        <source>The server&apos;s address: G2P Desk finds out whether it speaks the REST contract, OpenSPP2&apos;s API v2 or Odoo&apos;s external API (every OpenG2P 17 / OpenSPP 17 server).</source>
        <translation>L&apos;adresse du serveur : G2P Desk détermine s&apos;il parle le contrat REST, l&apos;API v2 d&apos;OpenSPP2 ou l&apos;API externe d&apos;Odoo (tout serveur OpenG2P 17 / OpenSPP 17).</translation>
    </message>
    <message>
        <source>Your user name; on an OpenSPP2 server, the API client&apos;s id (client_...).</source>
        <translation>Votre nom d&apos;utilisateur ; sur un serveur OpenSPP2, l&apos;identifiant du client API (client_...).</translation>
    </message>
    <message>
        <source>password, API key or client secret</source>
        <translation>mot de passe, clé API ou secret client</translation>
    </message>
    <message>
        <source>Your password, or an Odoo API key; on an OpenSPP2 server, the API client&apos;s secret.</source>
        <translation>Votre mot de passe, ou une clé API Odoo ; sur un serveur OpenSPP2, le secret du client API.</translation>
    </message>
    <message>
        <source>OpenSPP2 API v2 (OAuth2 client)</source>
        <translation>API v2 d&apos;OpenSPP2 (client OAuth2)</translation>
    </message>
</context>
<context>
    <name>g2p::CreateGroupDialog</name>
    <message>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du ménage</translation>
    </message>
    <message>
        <source>e.g. OKAFOR HOUSEHOLD</source>
        <translation>p. ex. MÉNAGE OKAFOR</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Type de ménage</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>ID du ménage</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Household &amp;ID:</source>
        <translation>&amp;ID du ménage :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Enregistré le :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Members (each becomes a new individual):</source>
        <translation>Membres (chacun devient un nouvel individu) :</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The household needs a name.</source>
        <translation>Le ménage a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Row %1: the given name is missing.</source>
        <translation>Ligne %1 : le prénom manque.</translation>
    </message>
    <message>
        <source>Row %1: the birth date must be written YYYY-MM-DD, not “%2”.</source>
        <translation>Ligne %1 : la date de naissance doit s&apos;écrire AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>Row %1: the birth date is in the future.</source>
        <translation>Ligne %1 : la date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>A household has one head; %1 members are marked Head.</source>
        <translation>Un ménage a un seul chef ; %1 membres sont marqués Chef.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateIndividualDialog</name>
    <message>
        <source>New individual</source>
        <translation>Nouvel individu</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Additional name</source>
        <translation>Nom supplémentaire</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Built from the names: FAMILY, GIVEN</source>
        <translation>Construit à partir des noms : NOM, PRÉNOM</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Connus :</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Type d&apos;identifiant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numéro d&apos;identification</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Additional name:</source>
        <translation>Nom &amp;supplémentaire :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;enre :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>&amp;Lieu de naissance :</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Enregistré le :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>A given name and a display name are needed.</source>
        <translation>Un prénom et un nom affiché sont nécessaires.</translation>
    </message>
    <message>
        <source>Say which kind of ID this number is.</source>
        <translation>Indiquez de quel type d&apos;identifiant est ce numéro.</translation>
    </message>
    <message>
        <source>Write the phone number in international form: + country code and number.</source>
        <translation>Écrivez le numéro de téléphone au format international : + indicatif du pays et numéro.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateRegistrantCommand</name>
    <message>
        <source>Create household %1</source>
        <translation>Créer le ménage %1</translation>
    </message>
    <message>
        <source>Create individual %1</source>
        <translation>Créer l&apos;individu %1</translation>
    </message>
    <message numerus="yes">
        <source>created with ID %1 and %n member(s)</source>
        <translation>
            <numerusform>créé avec l&apos;ID %1 et %n membre</numerusform>
            <numerusform>créé avec l&apos;ID %1 et %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>created with ID %1</source>
        <translation>créé avec l&apos;ID %1</translation>
    </message>
</context>
<context>
    <name>g2p::CredentialStore</name>
    <message>
        <source>stored in the system keyring</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>no password stored in the system keyring for this account</source>
        <translation>aucun mot de passe enregistré dans le trousseau du système pour ce compte</translation>
    </message>
    <message>
        <source>the system keyring did not answer (it may be locked)</source>
        <translation>le trousseau du système n&apos;a pas répondu (il est peut-être verrouillé)</translation>
    </message>
    <message>
        <source>no usable system keyring (%1)</source>
        <translation>pas de trousseau système utilisable (%1)</translation>
    </message>
</context>
<context>
    <name>g2p::EnrollCommand</name>
    <message numerus="yes">
        <source>Enroll %n registrant(s) in %1</source>
        <translation>
            <numerusform>Inscrire %n personne enregistrée dans %1</numerusform>
            <numerusform>Inscrire %n personnes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant %1</source>
        <translation>Personne enregistrée %1</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled — nothing changed</source>
        <translation>
            <numerusform>%n déjà inscrit — rien n&apos;a changé</numerusform>
            <numerusform>%n déjà inscrits — rien n&apos;a changé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>g2p::EnrollDialog</name>
    <message>
        <source>Enroll %1</source>
        <translation>Inscrire %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>Facultatif : conservé dans l&apos;historique de la participation</translation>
    </message>
    <message>
        <source>Also enroll the household&apos;s &amp;members in:</source>
        <translation>Inscrire aussi les &amp;membres du ménage dans :</translation>
    </message>
    <message>
        <source>Program for the members</source>
        <translation>Programme pour les membres</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>Date d&apos;&amp;inscription :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>No active program targets groups.</source>
        <translation>Aucun programme actif ne cible les ménages.</translation>
    </message>
    <message>
        <source>No active program targets individuals.</source>
        <translation>Aucun programme actif ne cible les individus.</translation>
    </message>
    <message>
        <source>Choose a program.</source>
        <translation>Choisissez un programme.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — draft, becomes enrolled</source>
        <translation>%1 — brouillon, devient inscrit</translation>
    </message>
    <message>
        <source>Not offered, already a member: %1.</source>
        <translation>Non proposés, participation existante : %1.</translation>
    </message>
    <message>
        <source>%1 is already in every open program for %2.</source>
        <translation>%1 participe déjà à tous les programmes ouverts aux %2.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>ménages</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individus</translation>
    </message>
    <message>
        <source>Enroll %1 in a program</source>
        <translation>Inscrire %1 dans un programme</translation>
    </message>
</context>
<context>
    <name>g2p::FormParts</name>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Autres commandes</translation>
    </message>
</context>
<context>
    <name>g2p::GridSubmission</name>
    <message numerus="yes">
        <source>Submit %n change(s) from the grid</source>
        <translation>
            <numerusform>Envoyer %n modification depuis la grille</numerusform>
            <numerusform>Envoyer %n modifications depuis la grille</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the server cannot be reached (%1). It is sent when it answers.</source>
        <translation>En attente dans la boîte d&apos;envoi : le serveur est injoignable (%1). Elle est envoyée quand il répond.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fait</numerusform>
            <numerusform>%n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n conflit</numerusform>
            <numerusform>, %n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n erreur</numerusform>
            <numerusform>, %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n non envoyée</numerusform>
            <numerusform>, %n non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>, %n en attente dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur réponde</numerusform>
            <numerusform>, %n en attente dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur réponde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Afficher l&apos;historique de</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships (it offers registry data only). The current memberships are shown instead.</source>
        <translation>Ce serveur ne garde pas d&apos;historique des participations (il ne fournit que les données du registre). Les participations actuelles sont affichées à la place.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Changes made from this desktop and states it saw on the server are marked in the Source column.</source>
        <translation>
            <numerusform>%n modification, la plus récente d&apos;abord. Les modifications faites depuis ce poste et les états qu&apos;il a vus sur le serveur sont indiqués dans la colonne Source.</numerusform>
            <numerusform>%n modifications, les plus récentes d&apos;abord. Les modifications faites depuis ce poste et les états qu&apos;il a vus sur le serveur sont indiqués dans la colonne Source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the server&apos;s history could not be read (%1); this desktop&apos;s own timeline is shown.</source>
        <translation>Une partie de l&apos;historique du serveur n&apos;a pas pu être lue (%1) ; la chronologie propre à ce poste est affichée.</translation>
    </message>
    <message numerus="yes">
        <source>This server keeps no history of program memberships: %n change(s) made from this desktop and states it saw on the server are shown, newest first.</source>
        <translation>
            <numerusform>Ce serveur ne garde aucun historique des participations : %n changement fait depuis ce poste et les états qu&apos;il a vus sur le serveur sont affichés, du plus récent au plus ancien.</numerusform>
            <numerusform>Ce serveur ne garde aucun historique des participations : %n changements faits depuis ce poste et les états qu&apos;il a vus sur le serveur sont affichés, du plus récent au plus ancien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: show this membership in the registrant&apos;s pane</source>
        <translation>Entrée ou double-clic : afficher cette participation dans le volet de la personne enregistrée</translation>
    </message>
</context>
<context>
    <name>g2p::HistoryModel</name>
    <message>
        <source>Created as %1</source>
        <translation>Créé sous %1</translation>
    </message>
    <message>
        <source>%1 (details changed)</source>
        <translation>%1 (détails modifiés)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Bulk enrolment</source>
        <translation>Inscription en masse</translation>
    </message>
    <message>
        <source>Registry web UI</source>
        <translation>Interface web du registre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Seen as %1</source>
        <translation>Vu comme %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>g2p::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header.</source>
        <translation>
            <numerusform>%n ligne sous l&apos;en-tête.</numerusform>
            <numerusform>%n lignes sous l&apos;en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
    </message>
    <message>
        <source>The rows go into the grid to check and review; nothing is sent until you choose Review and send.</source>
        <translation>Les lignes vont dans la grille pour être vérifiées ; rien n&apos;est envoyé avant que vous choisissiez Examiner et envoyer.</translation>
    </message>
    <message>
        <source>Columns and first rows of the file</source>
        <translation>Colonnes et premières lignes du fichier</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Automatic (YYYY-MM-DD; others only when unambiguous)</source>
        <translation>Automatique (AAAA-MM-JJ ; les autres seulement s&apos;ils sont sans ambiguïté)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>JJ/MM/AAAA (jour d&apos;abord)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/JJ/AAAA (mois d&apos;abord)</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(depuis le fichier)</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;Dates dans le fichier :</translation>
    </message>
    <message>
        <source>Program for rows &amp;without one:</source>
        <translation>Programme des lignes &amp;qui n&apos;en ont pas :</translation>
    </message>
    <message>
        <source>&amp;Load into the grid</source>
        <translation>&amp;Charger dans la grille</translation>
    </message>
    <message>
        <source>Choose what each column holds:</source>
        <translation>Choisissez ce que contient chaque colonne :</translation>
    </message>
    <message>
        <source>%1 is chosen for two columns.</source>
        <translation>%1 est choisi pour deux colonnes.</translation>
    </message>
</context>
<context>
    <name>g2p::MainWindow</name>
    <message>
        <source>G2P Desk — %1 at %2</source>
        <translation>G2P Desk — %1 sur %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individus</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Modification en masse</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Server limitations</source>
        <translation>Limites du serveur</translation>
    </message>
    <message>
        <source>Local copy and connection</source>
        <translation>Copie locale et connexion</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>État de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Hors ligne : %1 est injoignable</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected to %1 (registry data only)</source>
        <translation>Connecté à %1 (données du registre uniquement)</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): changes wait in the outbox.</source>
        <translation>Le serveur est injoignable (%1) : les modifications attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>jamais actualisée</translation>
    </message>
    <message>
        <source>refreshed just now</source>
        <translation>actualisée à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n minute(s) ago</source>
        <translation>
            <numerusform>actualisée il y a %n minute</numerusform>
            <numerusform>actualisée il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n hour(s) ago</source>
        <translation>
            <numerusform>actualisée il y a %n heure</numerusform>
            <numerusform>actualisée il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshed on %1</source>
        <translation>actualisée le %1</translation>
    </message>
    <message>
        <source>Working offline: showing the local copy (%1). Changes are kept in the outbox and sent when the server answers again; G2P Desk keeps trying.</source>
        <translation>Travail hors ligne : affichage de la copie locale (%1). Les modifications sont gardées dans la boîte d&apos;envoi et envoyées quand le serveur répond à nouveau ; G2P Desk continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Showing the local copy (%1) while it is refreshed — %2</source>
        <translation>Affichage de la copie locale (%1) pendant son actualisation — %2</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>Boîte d&apos;envoi indisponible</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>Boîte d&apos;envoi : rien en attente</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Boîte d&apos;envoi : tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <source>, %n to look at (failed or conflict)</source>
        <translation>
            <numerusform>, %n à examiner (échec ou conflit)</numerusform>
            <numerusform>, %n à examiner (échec ou conflit)</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (hors ligne)</translation>
    </message>
    <message>
        <source>Select registrants on the Individuals or Groups page first.</source>
        <translation>Sélectionnez d&apos;abord des personnes enregistrées sur la page Individus ou Ménages.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) added to the bulk-edit grid.</source>
        <translation>
            <numerusform>%n personne enregistrée ajoutée à la grille de modification en masse.</numerusform>
            <numerusform>%n personnes enregistrées ajoutées à la grille de modification en masse.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;individual…</source>
        <translation>Nouvel &amp;individu…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nouveau &amp;ménage…</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>Save the table in view, as shown, to XLSX or CSV</source>
        <translation>Enregistrer le tableau affiché, tel quel, en XLSX ou CSV</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>Membres du programme</translation>
    </message>
    <message>
        <source>&amp;Refresh the local copy</source>
        <translation>&amp;Actualiser la copie locale</translation>
    </message>
    <message>
        <source>Read every registrant and membership from the server into the local copy</source>
        <translation>Lire depuis le serveur toutes les personnes enregistrées et participations dans la copie locale</translation>
    </message>
    <message>
        <source>The server cannot be reached: the local copy cannot be refreshed now.</source>
        <translation>Le serveur est injoignable : la copie locale ne peut pas être actualisée maintenant.</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>Se &amp;connecter à un autre serveur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Individuals</source>
        <translation>&amp;Individus</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Ménages</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>Modification en &amp;masse</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>&amp;Registrant</source>
        <translation>&amp;Personne enregistrée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add selected to &amp;bulk edit</source>
        <translation>Ajouter la sélection à la modification en &amp;masse</translation>
    </message>
    <message>
        <source>New enrolment rows in the bulk-edit grid for the selected registrants</source>
        <translation>Nouvelles lignes d&apos;inscription dans la grille de modification en masse pour les personnes enregistrées sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About G2P Desk</source>
        <translation>À &amp;propos de G2P Desk</translation>
    </message>
    <message>
        <source>About G2P Desk</source>
        <translation>À propos de G2P Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;Program memberships for OpenG2P / OpenSPP registries.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;Participations aux programmes pour les registres OpenG2P / OpenSPP.&lt;br&gt;Sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Open Individuals or Groups first.</source>
        <translation>Ouvrez d&apos;abord Individus ou Ménages.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>G2P Desk will use %1 from its next start.</source>
        <translation>G2P Desk utilisera %1 à son prochain démarrage.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The server refused the sign-in: changes wait in the outbox.</source>
        <translation>Le serveur a refusé la connexion : les modifications attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).
Nothing more is sent until you sign in again; your changes wait in the outbox.

Password for %2 on %3:</source>
        <translation>Le serveur a refusé la connexion (%1).
Plus rien n&apos;est envoyé tant que vous ne vous êtes pas reconnecté ; vos modifications attendent dans la boîte d&apos;envoi.

Mot de passe de %2 sur %3 :</translation>
    </message>
    <message>
        <source>Sign in and send</source>
        <translation>Se connecter et envoyer</translation>
    </message>
    <message>
        <source>Outbox damaged</source>
        <translation>Boîte d&apos;envoi endommagée</translation>
    </message>
    <message>
        <source>The outbox file was damaged and was set aside:
%1

The changes it still holds can be copied into a new outbox and sent. Changes that were on their way are checked against the server first, so nothing is applied twice.</source>
        <translation>Le fichier de la boîte d&apos;envoi était endommagé et a été mis de côté :
%1

Les modifications qu&apos;il contient encore peuvent être copiées dans une nouvelle boîte d&apos;envoi et envoyées. Celles qui étaient en cours d&apos;envoi sont d&apos;abord vérifiées auprès du serveur : rien n&apos;est appliqué deux fois.</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>Récupérer les modifications</translation>
    </message>
    <message>
        <source>Leave it aside</source>
        <translation>Le laisser de côté</translation>
    </message>
    <message>
        <source>Nothing could be recovered from the damaged outbox: %1</source>
        <translation>Rien n&apos;a pu être récupéré de la boîte d&apos;envoi endommagée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered into the outbox.</source>
        <translation>
            <numerusform>%n modification récupérée dans la boîte d&apos;envoi.</numerusform>
            <numerusform>%n modifications récupérées dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk: an officer&apos;s everyday tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;G2P Desk : les tâches de tous les jours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d&apos;envoi (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF</source>
        <translation>Enregistrer un rapport en &amp;PDF</translation>
    </message>
    <message>
        <source>Print repor&amp;t</source>
        <translation>Imprimer un rappor&amp;t</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start.&lt;/b&gt; G2P Desk opens on the start page (Alt+Home): type a name in its search box and press Enter. Below it: changes that wait or failed, registrants opened recently, your worklists and each program&apos;s counts.</source>
        <translation>&lt;b&gt;Accueil.&lt;/b&gt; G2P Desk s’ouvre sur la page d’accueil (Alt+Début) : tapez un nom dans sa zone de recherche et appuyez sur Entrée. En dessous : les modifications en attente ou en échec, les personnes enregistrées ouvertes récemment, vos listes de travail et les effectifs de chaque programme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find someone.&lt;/b&gt; Ctrl+F, type part of a name, an ID number or a database ID. The local copy answers at once, the server after it. Down or Enter moves into the results.</source>
        <translation>&lt;b&gt;Trouver quelqu&apos;un.&lt;/b&gt; Ctrl+F, puis une partie d&apos;un nom, un numéro d&apos;identité ou un identifiant de base. La copie locale répond tout de suite, le serveur ensuite. Bas ou Entrée mène aux résultats.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open.&lt;/b&gt; Enter on a registrant takes the keyboard to their program memberships, one card per program; Up and Down choose one.</source>
        <translation>&lt;b&gt;Ouvrir.&lt;/b&gt; Entrée sur une personne enregistrée amène le clavier sur ses participations, une fiche par programme ; Haut et Bas en choisissent une.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrol.&lt;/b&gt; Open the registrant, then Enroll (Ctrl+E): only programs they can join are offered.</source>
        <translation>&lt;b&gt;Inscrire.&lt;/b&gt; Ouvrez la personne enregistrée, puis Inscrire (Ctrl+E) : seuls les programmes qu&apos;elle peut rejoindre sont proposés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pause, resume, exit.&lt;/b&gt; Select memberships in the registrant&apos;s list, then Ctrl+P, Ctrl+R or Ctrl+Shift+X. An exit needs a reason and is final.</source>
        <translation>&lt;b&gt;Suspendre, reprendre, sortir.&lt;/b&gt; Sélectionnez des participations dans la liste de la personne, puis Ctrl+P, Ctrl+R ou Ctrl+Maj+X. Une sortie demande un motif et est définitive.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History.&lt;/b&gt; Ctrl+H lists every change of the registrant&apos;s memberships, those made from this desktop marked as such.</source>
        <translation>&lt;b&gt;Historique.&lt;/b&gt; Ctrl+H liste chaque changement des participations, ceux faits depuis ce poste marqués comme tels.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Many at once.&lt;/b&gt; Add the selection to the bulk-edit grid (Ctrl+B) or import a sheet there (Ctrl+I); Review and send (Ctrl+Enter) shows what will change before anything is sent.</source>
        <translation>&lt;b&gt;Beaucoup à la fois.&lt;/b&gt; Ajoutez la sélection à la grille de modification en masse (Ctrl+B) ou importez-y une feuille (Ctrl+I) ; Vérifier et envoyer (Ctrl+Entrée) montre ce qui va changer avant tout envoi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Programs and reports.&lt;/b&gt; Programs (Ctrl+3) shows a program&apos;s members by state and, under Over time (Alt+T), its enrolments, exits and pauses per month. File → Save report as PDF or Print report: a registrant&apos;s record, a program&apos;s members as filtered, a program&apos;s summary.</source>
        <translation>&lt;b&gt;Programmes et rapports.&lt;/b&gt; Programmes (Ctrl+3) montre les membres d’un programme par état et, sous Dans le temps (Alt+T), ses inscriptions, sorties et suspensions par mois. Fichier → Enregistrer le rapport en PDF ou Imprimer le rapport : la fiche d’une personne enregistrée, les membres d’un programme tels que filtrés, le résumé d’un programme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Changes wait in the Outbox (Ctrl+5) until the server answers; nothing is lost or sent twice.</source>
        <translation>&lt;b&gt;Hors ligne.&lt;/b&gt; Les changements attendent dans la boîte d&apos;envoi (Ctrl+5) que le serveur réponde ; rien n&apos;est perdu ni envoyé deux fois.</translation>
    </message>
    <message>
        <source>Every key: Help → Keyboard shortcuts (Ctrl+/).</source>
        <translation>Toutes les touches : Aide → Raccourcis clavier (Ctrl+/).</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipChangeDialog</name>
    <message>
        <source>Graduated</source>
        <translation>Diplômé</translation>
    </message>
    <message>
        <source>Moved out of the area</source>
        <translation>A quitté la zone</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>No longer eligible after review</source>
        <translation>N&apos;est plus éligible après examen</translation>
    </message>
    <message>
        <source>Voluntary withdrawal</source>
        <translation>Retrait volontaire</translation>
    </message>
    <message>
        <source>Duplicate registration</source>
        <translation>Enregistrement en double</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Date de &amp;sortie :</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Pick or type the reason (required)</source>
        <translation>Choisissez ou saisissez le motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Enrolled again on:</source>
        <translation>&amp;Réinscrit le :</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>Date d&apos;&amp;inscription :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>Facultatif : conservé dans l&apos;historique de la participation</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pick one or type it.</source>
        <translation>Choisissez-en un ou saisissez-le.</translation>
    </message>
    <message>
        <source>Optional: kept in this desktop&apos;s history</source>
        <translation>Facultatif : conservé dans l&apos;historique de ce poste</translation>
    </message>
    <message>
        <source>This server does not store exit reasons: G2P Desk keeps the reason in this desktop&apos;s history only, not on the server.</source>
        <translation>Ce serveur n&apos;enregistre pas les motifs de sortie : G2P Desk garde le motif dans l&apos;historique de ce poste seulement, pas sur le serveur.</translation>
    </message>
    <message>
        <source>Where the reason is kept</source>
        <translation>Où le motif est conservé</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1 : %n participation</numerusform>
            <numerusform>%1 : %n participations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::MembershipGridModel</name>
    <message>
        <source>Registrant ID</source>
        <translation>ID de la personne enregistrée</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>kept their version</source>
        <translation>leur version gardée</translation>
    </message>
    <message>
        <source>mine kept over theirs: submit again</source>
        <translation>ma version gardée par-dessus la leur : envoyez à nouveau</translation>
    </message>
    <message>
        <source>“%1” looks like a spreadsheet formula, not a value.</source>
        <translation>« %1 » ressemble à une formule de tableur, pas à une valeur.</translation>
    </message>
    <message>
        <source>Choose the program to enrol in.</source>
        <translation>Choisissez le programme d&apos;inscription.</translation>
    </message>
    <message>
        <source>No program is named “%1”.</source>
        <translation>Aucun programme ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>%1 is for individuals; this registrant is a group.</source>
        <translation>%1 est destiné aux individus ; cette personne enregistrée est un ménage.</translation>
    </message>
    <message>
        <source>%1 is for groups; this registrant is an individual.</source>
        <translation>%1 est destiné aux ménages ; cette personne enregistrée est un individu.</translation>
    </message>
    <message>
        <source>“%1” is not a membership state (one of: %2).</source>
        <translation>« %1 » n&apos;est pas un état de participation (l&apos;un de : %2).</translation>
    </message>
    <message>
        <source>Only an exited membership has an exit date and reason.</source>
        <translation>Seule une participation sortie a une date et un motif de sortie.</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in read-only columns were left as they are.</source>
        <translation>
            <numerusform>%n cellule d&apos;une colonne en lecture seule a été laissée telle quelle.</numerusform>
            <numerusform>%n cellules de colonnes en lecture seule ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last row and were dropped.</source>
        <translation>
            <numerusform>%n ligne collée dépassait la dernière ligne et a été ignorée.</numerusform>
            <numerusform>%n lignes collées dépassaient la dernière ligne et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Retirer %n ligne</numerusform>
            <numerusform>Retirer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is the same membership (same registrant and program): keep one row per membership and remove the other.</source>
        <translation>La ligne %1 est la même participation (même personne et même programme) : gardez une ligne par participation et retirez l&apos;autre.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalide : %1</translation>
    </message>
    <message>
        <source>Changed, was %1</source>
        <translation>Modifié, était %1</translation>
    </message>
    <message>
        <source>Changed (a new row)</source>
        <translation>Modifié (nouvelle ligne)</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: check for a stray separator or an unquoted comma.</source>
        <translation>La ligne a %1 cellules mais l&apos;en-tête seulement %2 : vérifiez un séparateur en trop ou une virgule sans guillemets.</translation>
    </message>
    <message>
        <source>“%1” is not a registrant ID (a whole number above 0).</source>
        <translation>« %1 » n&apos;est pas un ID de personne enregistrée (un nombre entier supérieur à 0).</translation>
    </message>
    <message>
        <source>No registrant: the row needs a registrant ID, or an ID type and number.</source>
        <translation>Aucune personne enregistrée : la ligne doit indiquer un ID de personne enregistrée, ou un type et un numéro d&apos;identification.</translation>
    </message>
    <message>
        <source>No program given.</source>
        <translation>Aucun programme indiqué.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (same registrant and program); only the first is imported.</source>
        <translation>Doublon de la ligne %1 (même personne enregistrée et même programme) ; seule la première est importée.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Non importé : l&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>Registrant %1 could not be read: %2</source>
        <translation>La personne enregistrée %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The registry has no registrant with ID %1.</source>
        <translation>Le registre n&apos;a aucune personne enregistrée avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and the registry API cannot look a registrant up by ID number: refresh the local copy (F5) or give the registrant ID.</source>
        <translation>Aucune personne enregistrée avec %1 « %2 » dans la copie locale, et l&apos;API du registre ne permet pas de rechercher par numéro d&apos;identification : actualisez la copie locale (F5) ou indiquez l&apos;ID de la personne enregistrée.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2, so it cannot be %3; nothing was loaded for this line. Enrol the registrant first, or remove the line.</source>
        <translation>La personne enregistrée %1 n&apos;a pas de participation à %2 : elle ne peut donc pas être %3 ; rien n&apos;a été chargé pour cette ligne. Inscrivez-la d&apos;abord, ou retirez la ligne.</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>sorti</translation>
    </message>
    <message>
        <source>%1 “%2” could not be looked up in the registry: %3</source>
        <translation>%1 « %2 » n&apos;a pas pu être recherché dans le registre : %3</translation>
    </message>
    <message>
        <source>The registry has no registrant with %1 “%2”: check the ID type and number.</source>
        <translation>Le registre n&apos;a aucune personne enregistrée avec %1 « %2 » : vérifiez le type et le numéro d&apos;identité.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and only the first %3 numbers missing from it are looked up in the registry: refresh the local copy (F5) and import again.</source>
        <translation>Aucune personne enregistrée avec %1 « %2 » n&apos;est dans la copie locale, et seuls les %3 premiers numéros qui y manquent sont recherchés dans le registre : actualisez la copie locale (F5) et importez de nouveau.</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>enrolled on %1</source>
        <translation>inscrit le %1</translation>
    </message>
    <message>
        <source>exit on %1</source>
        <translation>sortie le %1</translation>
    </message>
    <message>
        <source>exit on %1 (%2)</source>
        <translation>sortie le %1 (%2)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>dernière modification le %1</translation>
    </message>
    <message>
        <source>No dates recorded</source>
        <translation>Aucune date enregistrée</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a membership&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
</context>
<context>
    <name>g2p::NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>g2p::OdooBackend</name>
    <message>
        <source>Odoo external API</source>
        <translation>API externe d&apos;Odoo</translation>
    </message>
    <message>
        <source>Odoo %1 external API</source>
        <translation>API externe d&apos;Odoo %1</translation>
    </message>
    <message>
        <source>Your account may not %1 on this server. The server said: %2</source>
        <translation>Votre compte ne peut pas %1 sur ce serveur. Le serveur a répondu : %2</translation>
    </message>
    <message>
        <source>The server refused the password or API key of %1. Sign in again.</source>
        <translation>Le serveur a refusé le mot de passe ou la clé d&apos;API de %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the database name of this profile.</source>
        <translation>Le serveur n&apos;a pas de base de données « %1 ». Vérifiez le nom de la base de ce profil.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Déconnecté : plus rien n&apos;est envoyé depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>Wrong user name, password or API key for %1 on database “%2”.</source>
        <translation>Nom d&apos;utilisateur, mot de passe ou clé d&apos;API incorrect pour %1 sur la base « %2 ».</translation>
    </message>
    <message>
        <source>list the databases</source>
        <translation>lister les bases de données</translation>
    </message>
    <message>
        <source>The server lists no database. Enter the database name in the profile.</source>
        <translation>Le serveur ne liste aucune base de données. Saisissez le nom de la base dans le profil.</translation>
    </message>
    <message>
        <source>This server has several databases (%1). Choose one in the profile.</source>
        <translation>Ce serveur a plusieurs bases de données (%1). Choisissez-en une dans le profil.</translation>
    </message>
    <message>
        <source>This server does not list its databases. Enter the database name in the profile.</source>
        <translation>Ce serveur ne liste pas ses bases de données. Saisissez le nom de la base dans le profil.</translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation>demander la version du serveur</translation>
    </message>
    <message>
        <source>This address does not answer like an Odoo server.</source>
        <translation>Cette adresse ne répond pas comme un serveur Odoo.</translation>
    </message>
    <message>
        <source>learn what this account may do</source>
        <translation>savoir ce que ce compte peut faire</translation>
    </message>
    <message>
        <source>No registrant with id %1 on this server.</source>
        <translation>Aucun inscrit avec l&apos;identifiant %1 sur ce serveur.</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>lister les programmes</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>lire un programme</translation>
    </message>
    <message>
        <source>No program with id %1 on this server.</source>
        <translation>Aucun programme avec l&apos;identifiant %1 sur ce serveur.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>lister les participations aux programmes</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>lire une participation à un programme</translation>
    </message>
    <message>
        <source>No program membership with id %1 on this server.</source>
        <translation>Aucune adhésion avec l&apos;identifiant %1 sur ce serveur.</translation>
    </message>
    <message>
        <source>count program members</source>
        <translation>compter les membres du programme</translation>
    </message>
    <message>
        <source>read a membership&apos;s history</source>
        <translation>lire l&apos;historique d&apos;une adhésion</translation>
    </message>
    <message>
        <source>Membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>L&apos;adhésion %1 a été modifiée sur le serveur à %2 (UTC) depuis sa lecture à %3 ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>modifier les adhésions aux programmes</translation>
    </message>
    <message>
        <source>note the change on the membership</source>
        <translation>noter la modification sur l&apos;adhésion</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>La date d&apos;inscription %1 est postérieure à aujourd&apos;hui (%2, UTC).</translation>
    </message>
    <message>
        <source>enrol registrants in a program</source>
        <translation>inscrire des personnes à un programme</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 est terminé ou archivé : personne ne peut y être inscrit.</translation>
    </message>
    <message>
        <source>No registrant with id %1.</source>
        <translation>Aucun inscrit avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Registrant %1 is disabled in the registry: it cannot be enrolled.</source>
        <translation>L&apos;inscrit %1 est désactivé dans le registre : il ne peut pas être inscrit.</translation>
    </message>
    <message>
        <source>Registrant %1 is an individual; the program enrols groups.</source>
        <translation>L&apos;inscrit %1 est une personne ; le programme inscrit des groupes.</translation>
    </message>
    <message>
        <source>Registrant %1 is a group; the program enrols individuals.</source>
        <translation>L&apos;inscrit %1 est un groupe ; le programme inscrit des personnes.</translation>
    </message>
    <message>
        <source>Registrant %1 is %2 in this program; the membership cannot become %3.</source>
        <translation>L&apos;inscrit %1 a une adhésion %2 à ce programme ; elle ne peut pas devenir %3.</translation>
    </message>
    <message>
        <source>note the enrolments on the memberships</source>
        <translation>noter les inscriptions sur les adhésions</translation>
    </message>
    <message>
        <source>look for the change&apos;s note</source>
        <translation>chercher la note de la modification</translation>
    </message>
    <message>
        <source>This server has no ID type “%1”.</source>
        <translation>Ce serveur n&apos;a pas de type d&apos;identité « %1 ».</translation>
    </message>
    <message>
        <source>This server has no active program “%1” for %2.</source>
        <translation>Ce serveur n&apos;a pas de programme actif « %1 » pour les %2.</translation>
    </message>
    <message>
        <source>households</source>
        <translation>ménages</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individus</translation>
    </message>
    <message>
        <source>This server has no gender “%1”.</source>
        <translation>Ce serveur n&apos;a pas de genre « %1 ».</translation>
    </message>
    <message>
        <source>read the registry&apos;s reference data</source>
        <translation>lire les données de référence du registre</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>lire les adhésions aux programmes</translation>
    </message>
    <message>
        <source>create registrants</source>
        <translation>créer des inscrits</translation>
    </message>
    <message>
        <source>This server has no household role “%1”.</source>
        <translation>Ce serveur n&apos;a pas de rôle de ménage « %1 ».</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxCommand</name>
    <message>
        <source>%1: changed by someone else since it was read (now %2); look at it again</source>
        <translation>%1 : modifié par quelqu&apos;un d&apos;autre depuis sa lecture (désormais %2) ; vérifiez-le à nouveau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n non envoyée</numerusform>
            <numerusform>, %n non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>, %n en attente dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur réponde</numerusform>
            <numerusform>, %n en attente dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur réponde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n already so — nothing changed</source>
        <translation>
            <numerusform>%n déjà ainsi — rien n&apos;a changé</numerusform>
            <numerusform>%n déjà ainsi — rien n&apos;a changé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::OutboxModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent, not yet confirmed</source>
        <translation>envoyée, pas encore confirmée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mis en attente le</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Last changed on the server</source>
        <translation>Dernière modification sur le serveur</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost (or the program stopped while it was on its way): the server may or may not have applied it. It is checked against the server before anything is sent again. Check now asks the server without sending anything; then discard it or send it again.</source>
        <translation>Envoyée, mais la réponse a été perdue (ou le programme s&apos;est arrêté pendant l&apos;envoi) : le serveur l&apos;a peut-être appliquée, peut-être pas. Elle est vérifiée auprès du serveur avant tout nouvel envoi. « Vérifier maintenant » interroge le serveur sans rien envoyer ; ensuite, abandonnez-la ou renvoyez-la.</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxPage</name>
    <message>
        <source>Which changes to show</source>
        <translation>Modifications à afficher</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmées</translation>
    </message>
    <message>
        <source>Failed and conflicts</source>
        <translation>Échecs et conflits</translation>
    </message>
    <message>
        <source>Everything, confirmed too</source>
        <translation>Tout, y compris les confirmées</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Résumé de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Try the server now for everything that waits (Ctrl+Shift+S)</source>
        <translation>Essayer le serveur maintenant pour tout ce qui attend (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Send &amp;again / keep mine</source>
        <translation>Envoyer à &amp;nouveau / garder la mienne</translation>
    </message>
    <message>
        <source>Send the selected failed changes again; for a conflict, apply mine over the server&apos;s version (Ctrl+R)</source>
        <translation>Envoyer à nouveau les modifications en échec sélectionnées ; pour un conflit, appliquer la mienne par-dessus la version du serveur (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Discard / take theirs</source>
        <translation>&amp;Abandonner / garder la leur</translation>
    </message>
    <message>
        <source>Drop the selected changes from the outbox; for a conflict, the server&apos;s version stays (Delete)</source>
        <translation>Retirer les modifications sélectionnées de la boîte d&apos;envoi ; pour un conflit, la version du serveur reste (Suppr)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Conflict: this desktop&apos;s version and the server&apos;s</source>
        <translation>Conflit : la version de ce poste et celle du serveur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Serveur maintenant</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>Essai du serveur…</translation>
    </message>
    <message>
        <source>the server answers</source>
        <translation>le serveur répond</translation>
    </message>
    <message>
        <source>the server cannot be reached now</source>
        <translation>le serveur est injoignable pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every change made from this desktop is confirmed by the server.</source>
        <translation>Chaque modification faite depuis ce poste est confirmée par le serveur.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed or in conflict; %3.</source>
        <translation>%1 en attente, %2 en échec ou en conflit ; %3.</translation>
    </message>
    <message>
        <source>Someone changed this membership on the server after it was read here. Keep mine sends this desktop&apos;s change over theirs; take theirs drops it.</source>
        <translation>Quelqu&apos;un a modifié cette participation sur le serveur après sa lecture ici. « Garder la mienne » envoie la modification de ce poste par-dessus la leur ; « garder la leur » l&apos;abandonne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask the server whether the selected changes of unknown outcome were applied, without sending anything (Ctrl+K)</source>
        <translation>Demander au serveur si les modifications sélectionnées au résultat inconnu ont été appliquées, sans rien envoyer (Ctrl+K)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep confirmed and discarded changes for</source>
        <translation>Garder les modifications confirmées et abandonnées pendant</translation>
    </message>
    <message>
        <source>Confirmed and discarded changes older than this are removed from this computer when G2P Desk next opens this profile. Changes not yet confirmed are always kept.</source>
        <translation>Les modifications confirmées et abandonnées plus anciennes sont retirées de cet ordinateur à la prochaine ouverture de ce profil par G2P Desk. Les modifications non encore confirmées sont toujours gardées.</translation>
    </message>
    <message>
        <source>&amp;Keep confirmed and discarded changes for:</source>
        <translation>&amp;Garder les modifications confirmées et abandonnées pendant :</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner des changements</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They will not be sent, and the server keeps what it has.</source>
        <translation>
            <numerusform>Abandonner %n changement ? Il ne sera pas envoyé, et le serveur garde ce qu&apos;il a.</numerusform>
            <numerusform>Abandonner %n changements ? Ils ne seront pas envoyés, et le serveur garde ce qu&apos;il a.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Les garder</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxSync</name>
    <message>
        <source>The outbox could not be written: %1. Nothing was queued or sent.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être écrite : %1. Rien n&apos;a été mis en attente ni envoyé.</translation>
    </message>
    <message>
        <source>applied (confirmed after a lost answer)</source>
        <translation>appliquée (confirmée après une réponse perdue)</translation>
    </message>
    <message>
        <source>This change cannot be read.</source>
        <translation>Cette modification est illisible.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2.</source>
        <translation>La personne enregistrée %1 n&apos;a pas de participation à %2.</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>programme %1</translation>
    </message>
    <message>
        <source>already so on the server</source>
        <translation>déjà ainsi sur le serveur</translation>
    </message>
    <message>
        <source>Changed on the server since it was read: now %1.</source>
        <translation>Modifié sur le serveur depuis sa lecture : désormais %1.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Another G2P Desk or g2p-desk-cli is sending this profile&apos;s outbox; it sends this change too.</source>
        <translation>Un autre G2P Desk ou g2p-desk-cli envoie la boîte d&apos;envoi de ce profil ; il enverra aussi cette modification.</translation>
    </message>
    <message>
        <source>This change cannot be read (kind “%1”): it was not sent. Discard it and make the change again.</source>
        <translation>Cette modification est illisible (type « %1 ») : elle n&apos;a pas été envoyée. Abandonnez-la et refaites la modification.</translation>
    </message>
    <message>
        <source>Discarded by another program on this profile; it was not sent.</source>
        <translation>Abandonnée par un autre programme sur ce profil ; elle n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Sent and confirmed by another program on this profile.</source>
        <translation>Envoyée et confirmée par un autre programme sur ce profil.</translation>
    </message>
    <message>
        <source>Settled by another program on this profile (%1).</source>
        <translation>Réglée par un autre programme sur ce profil (%1).</translation>
    </message>
    <message>
        <source>The outbox could not be written: %1. Sending stopped; nothing more is sent until it can be written again.</source>
        <translation>Impossible d&apos;écrire dans la boîte d&apos;envoi : %1. L&apos;envoi est arrêté ; plus rien n&apos;est envoyé tant qu&apos;elle ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>The server refused this change as out of date %1 times although the membership had not changed; nothing was written. Check the membership and send it again.</source>
        <translation>Le serveur a refusé cette modification comme périmée %1 fois alors que la participation n&apos;avait pas changé ; rien n&apos;a été écrit. Vérifiez la participation et renvoyez-la.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1). Nothing more is sent until you sign in again; the changes wait in the outbox.</source>
        <translation>Le serveur a refusé la connexion (%1). Plus rien n&apos;est envoyé tant que vous ne vous êtes pas reconnecté ; les modifications attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Checked: the server does not have this change. Send it again (Retry) or discard it.</source>
        <translation>Vérifié : le serveur n&apos;a pas cette modification. Renvoyez-la (Réessayer) ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Settled by another program meanwhile.</source>
        <translation>Réglée entre-temps par un autre programme.</translation>
    </message>
    <message>
        <source>No longer in the outbox.</source>
        <translation>N&apos;est plus dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>g2p::PendingCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramListModel</name>
    <message>
        <source>Individuals</source>
        <translation>Individus</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramTimeline</name>
    <message>
        <source>Enrolments, exits and pauses per month</source>
        <translation>Inscriptions, sorties et suspensions par mois</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships…</source>
        <translation>Lecture des participations au programme…</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships… %1 of %2</source>
        <translation>Lecture des participations au programme… %1 sur %2</translation>
    </message>
    <message>
        <source>The months could not be read: %1</source>
        <translation>Les mois n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 exited, %4 paused</source>
        <translation>%1 : %2 inscriptions, %3 sorties, %4 suspensions</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Pauses (paused now, by their last change)</source>
        <translation>Suspensions (suspendues aujourd’hui, selon leur dernière modification)</translation>
    </message>
    <message>
        <source>No enrolment, exit or pause is dated in this program.</source>
        <translation>Aucune inscription, sortie ou suspension n’est datée dans ce programme.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 enrolled, %4 exited, %5 paused now.</source>
        <translation>De %1 à %2 : %3 inscriptions, %4 sorties, %5 suspendues aujourd’hui.</translation>
    </message>
    <message>
        <source>Only the first %1 memberships were read: the months are partial.</source>
        <translation>Seules les %1 premières participations ont été lues : les mois sont partiels.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>Participations par état</translation>
    </message>
    <message>
        <source>Members of the program</source>
        <translation>Participants du programme</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Load more members</source>
        <translation>Charger plus de participants</translation>
    </message>
    <message>
        <source>Members could not be read: %1</source>
        <translation>Les membres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 of %2 memberships shown</source>
        <translation>%1 participations affichées sur %2</translation>
    </message>
    <message>
        <source>Find among the members shown</source>
        <translation>Chercher parmi les membres affichés</translation>
    </message>
    <message>
        <source>Members in state</source>
        <translation>Membres à l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 memberships shown</source>
        <translation>%1 participations sur %2 affichées (%3)</translation>
    </message>
    <message numerus="yes">
        <source>— %n match(es) the search</source>
        <translation>
            <numerusform>— %n correspond à la recherche</numerusform>
            <numerusform>— %n correspondent à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>Les comptes n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Program charts</source>
        <translation>Graphiques du programme</translation>
    </message>
    <message>
        <source>By &amp;state</source>
        <translation>Par &amp;état</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>Dans le &amp;temps</translation>
    </message>
    <message>
        <source>(the search covers the first %1 members: choose a state to narrow the list)</source>
        <translation>(la recherche porte sur les %1 premiers membres : choisissez un état pour réduire la liste)</translation>
    </message>
    <message>
        <source>Reading every member to search them… %1 of %2</source>
        <translation>Lecture de tous les membres pour les rechercher… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>g2p::R</name>
    <message>
        <source>search registrants</source>
        <translation>rechercher des inscrits</translation>
    </message>
    <message>
        <source>read ID numbers</source>
        <translation>lire les numéros d&apos;identité</translation>
    </message>
    <message>
        <source>read phone numbers</source>
        <translation>lire les numéros de téléphone</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>lire les adhésions aux programmes</translation>
    </message>
    <message>
        <source>read household members</source>
        <translation>lire les membres du ménage</translation>
    </message>
    <message>
        <source>read membership kinds</source>
        <translation>lire les types d&apos;appartenance</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 finds registrants by identifier or name, not by number.</source>
        <translation>L&apos;API v2 d&apos;OpenSPP2 trouve les personnes enregistrées par identifiant ou par nom, pas par numéro.</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 reads registrants by identifier; registrant %1 has none here.</source>
        <translation>L&apos;API v2 d&apos;OpenSPP2 lit les personnes enregistrées par identifiant ; la personne enregistrée %1 n&apos;en a pas ici.</translation>
    </message>
    <message>
        <source>read a registrant</source>
        <translation>lire une personne enregistrée</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>lire les changements du registre</translation>
    </message>
</context>
<context>
    <name>g2p::RefreshLocalCopyCommand</name>
    <message>
        <source>Refresh the local copy</source>
        <translation>Actualiser la copie locale</translation>
    </message>
    <message>
        <source>Nothing to refresh.</source>
        <translation>Rien à actualiser.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantPane</name>
    <message>
        <source>Select a registrant</source>
        <translation>Sélectionnez une personne enregistrée</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Membres du ménage</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a member</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un membre</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>Participations aux programmes</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>&amp;Sortie…</translation>
    </message>
    <message>
        <source>Change enrollment &amp;date…</source>
        <translation>Modifier la &amp;date…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot show this group: %1</source>
        <translation>Impossible d&apos;afficher ce ménage : %1</translation>
    </message>
    <message>
        <source>Cannot show this individual: %1</source>
        <translation>Impossible d&apos;afficher cet individu : %1</translation>
    </message>
    <message>
        <source>From the local copy: the server did not answer (%1).</source>
        <translation>Depuis la copie locale : le serveur n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <source>ID numbers:</source>
        <translation>Numéros d&apos;identification :</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Enregistré :</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>%1 (local copy)</source>
        <translation>%1 (copie locale)</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>ID du ménage :</translation>
    </message>
    <message>
        <source>Individual ID:</source>
        <translation>ID de l&apos;individu :</translation>
    </message>
    <message>
        <source>Given / family name:</source>
        <translation>Prénom / nom de famille :</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Genre :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Lieu de naissance :</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>Ménages :</translation>
    </message>
    <message>
        <source>The registry API cannot list the groups of an individual: households in the local copy and those opened in this session are shown.</source>
        <translation>L&apos;API du registre ne peut pas lister les ménages d&apos;un individu : les ménages de la copie locale et ceux ouverts pendant cette session sont affichés.</translation>
    </message>
    <message>
        <source>Memberships could not be read: %1</source>
        <translation>Les participations n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Memberships from the local copy: the server did not answer (%1). Changes made now wait in the outbox.</source>
        <translation>Participations issues de la copie locale : le serveur n&apos;a pas répondu (%1). Les modifications faites maintenant attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Select one or more program memberships first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs participations.</translation>
    </message>
    <message>
        <source>Enroll this registrant in a program</source>
        <translation>Inscrire cette personne enregistrée dans un programme</translation>
    </message>
    <message>
        <source>Select a registrant first.</source>
        <translation>Sélectionnez d&apos;abord une personne enregistrée.</translation>
    </message>
    <message>
        <source>Every change of this registrant&apos;s program memberships</source>
        <translation>Chaque modification des participations aux programmes de cette personne enregistrée</translation>
    </message>
    <message>
        <source>This registrant is disabled in the registry: nobody can enrol them.</source>
        <translation>Cet inscrit est désactivé dans le registre : personne ne peut l&apos;inscrire.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantSearch</name>
    <message>
        <source>The server search failed: %1. Showing the local copy.</source>
        <translation>La recherche sur le serveur a échoué : %1. Affichage de la copie locale.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>Numéros d&apos;identité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantsPage</name>
    <message>
        <source>Search households by name or database ID…</source>
        <translation>Rechercher des ménages par nom ou ID de base de données…</translation>
    </message>
    <message>
        <source>Search individuals by name or database ID…</source>
        <translation>Rechercher des individus par nom ou ID de base de données…</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des ménages</translation>
    </message>
    <message>
        <source>Search individuals</source>
        <translation>Rechercher des individus</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Filtre de programme</translation>
    </message>
    <message>
        <source>Membership state filter</source>
        <translation>Filtre d&apos;état de participation</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Gender filter</source>
        <translation>Filtre de genre</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Tout genre</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Enregistré du</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Enregistré jusqu&apos;au</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>Listes de travail enregistrées</translation>
    </message>
    <message>
        <source>Save as worklist…</source>
        <translation>Enregistrer la liste…</translation>
    </message>
    <message>
        <source>Save the current search and filters as a worklist</source>
        <translation>Enregistrer la recherche et les filtres actuels comme liste de travail</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individus</translation>
    </message>
    <message>
        <source>Search stopped: %1 loaded.</source>
        <translation>Recherche arrêtée : %1 chargés.</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded</source>
        <translation>%1 affichés sur %2 chargés</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Listes de travail</translation>
    </message>
    <message>
        <source>Type a name to search the registry (Esc stops a search).</source>
        <translation>Saisissez un nom pour rechercher dans le registre (Échap arrête une recherche).</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>Tout programme</translation>
    </message>
    <message>
        <source>Reading the local copy…</source>
        <translation>Lecture de la copie locale…</translation>
    </message>
    <message>
        <source>Reading the local copy… %1</source>
        <translation>Lecture de la copie locale… %1</translation>
    </message>
    <message>
        <source>The local copy is empty: type a name to search the registry (it fills as the refresh runs).</source>
        <translation>La copie locale est vide : saisissez un nom pour rechercher dans le registre (elle se remplit pendant l&apos;actualisation).</translation>
    </message>
    <message>
        <source>The local copy is empty and the server cannot be reached.</source>
        <translation>La copie locale est vide et le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy; asking the server…</source>
        <translation>
            <numerusform>%n trouvé dans la copie locale ; interrogation du serveur…</numerusform>
            <numerusform>%n trouvés dans la copie locale ; interrogation du serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>No registrant matches “%1”.</source>
        <translation>Aucune personne enregistrée ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy (the server cannot be reached).</source>
        <translation>
            <numerusform>%n trouvé dans la copie locale (le serveur est injoignable).</numerusform>
            <numerusform>%n trouvés dans la copie locale (le serveur est injoignable).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save worklist</source>
        <translation>Enregistrer la liste de travail</translation>
    </message>
    <message>
        <source>Name of this worklist:</source>
        <translation>Nom de cette liste de travail :</translation>
    </message>
    <message>
        <source>Search households by name, ID number or database ID…</source>
        <translation>Rechercher des ménages par nom, numéro d&apos;identité ou identifiant…</translation>
    </message>
    <message>
        <source>Search individuals by name, ID number or database ID…</source>
        <translation>Rechercher des personnes par nom, numéro d&apos;identité ou identifiant…</translation>
    </message>
    <message>
        <source>This server finds names whatever their letter case.</source>
        <translation>Ce serveur trouve les noms quelle que soit la casse.</translation>
    </message>
    <message>
        <source>This server matches names letter for letter; G2P Desk also asks for the capitals registries use.</source>
        <translation>Ce serveur compare les noms lettre pour lettre ; G2P Desk demande aussi les majuscules qu&apos;utilisent les registres.</translation>
    </message>
    <message>
        <source>Search box: move into the results</source>
        <translation>Zone de recherche : aller aux résultats</translation>
    </message>
    <message>
        <source>Search box: stop the search</source>
        <translation>Zone de recherche : arrêter la recherche</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrySession</name>
    <message>
        <source>This server offers registry data only: it lacks the program and membership endpoints (the G2P Desk extension), so programs, enrolment, exits and history are not available.</source>
        <translation>Ce serveur ne fournit que les données du registre : il lui manque les points d&apos;accès des programmes et participations (l&apos;extension G2P Desk), donc les programmes, inscriptions, sorties et l&apos;historique ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Load programs</source>
        <translation>Charger les programmes</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk change program memberships.</source>
        <translation>Ce serveur ne permet pas à G2P Desk de modifier les participations aux programmes.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk enrol registrants.</source>
        <translation>Ce serveur ne permet pas à G2P Desk d&apos;inscrire des personnes.</translation>
    </message>
    <message>
        <source>This server keeps no history of memberships: only the changes made from this desktop are shown.</source>
        <translation>Ce serveur ne garde aucun historique des participations : seuls les changements faits depuis ce poste sont affichés.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk create registrants.</source>
        <translation>Ce serveur ne permet pas à G2P Desk de créer des personnes.</translation>
    </message>
    <message>
        <source>The local copy was damaged: it was set aside (%1) and is rebuilt from the server.</source>
        <translation>La copie locale était endommagée : elle a été mise de côté (%1) et est reconstruite depuis le serveur.</translation>
    </message>
    <message>
        <source>The outbox file was damaged: it was set aside (%1). Changes in it were not sent.</source>
        <translation>Le fichier de la boîte d&apos;envoi était endommagé : il a été mis de côté (%1). Les modifications qu&apos;il contient n&apos;ont pas été envoyées.</translation>
    </message>
    <message>
        <source>The outbox cannot be opened (%1): changes cannot be queued, nothing will be sent.</source>
        <translation>La boîte d&apos;envoi ne peut pas être ouverte (%1) : les changements ne peuvent pas être mis en file, rien ne sera envoyé.</translation>
    </message>
    <message>
        <source>Open the local files</source>
        <translation>Ouvrir les fichiers locaux</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Your account “%1” may look at the registry but not change program memberships. Ask the registry&apos;s administrator if you need to.</source>
        <translation>Votre compte « %1 » peut consulter le registre mais pas modifier les participations aux programmes. Demandez-le à l&apos;administrateur du registre si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Your account “%1” may not create registrants. Ask the registry&apos;s administrator if you need to.</source>
        <translation>Votre compte « %1 » ne peut pas créer de personnes enregistrées. Demandez-le à l&apos;administrateur du registre si vous en avez besoin.</translation>
    </message>
</context>
<context>
    <name>g2p::ReportActions</name>
    <message>
        <source>&amp;Registrant record…</source>
        <translation>Fiche de la &amp;personne enregistrée…</translation>
    </message>
    <message>
        <source>Program &amp;members…</source>
        <translation>&amp;Membres du programme…</translation>
    </message>
    <message>
        <source>Program &amp;summary…</source>
        <translation>&amp;Résumé du programme…</translation>
    </message>
    <message>
        <source>The registrant in view: record, program memberships and history</source>
        <translation>La personne enregistrée affichée : fiche, participations et historique</translation>
    </message>
    <message>
        <source>The program selected on the Programs page (its members as filtered there)</source>
        <translation>Le programme choisi dans la page Programmes (ses membres tels que filtrés)</translation>
    </message>
    <message>
        <source>Registrant record</source>
        <translation>Fiche de la personne enregistrée</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>Membres du programme</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Résumé du programme</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Enregistrer %1 en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a registrant on Individuals or Groups first.</source>
        <translation>Ouvrez d&apos;abord une personne enregistrée dans Individus ou Ménages.</translation>
    </message>
    <message>
        <source>Choose a program on the Programs page first.</source>
        <translation>Choisissez d&apos;abord un programme dans la page Programmes.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Le rapport n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading the report… %1 of %2 rows</source>
        <translation>Lecture du rapport… %1 lignes sur %2</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
</context>
<context>
    <name>g2p::RestContractBackend</name>
    <message>
        <source>REST contract</source>
        <translation>contrat REST</translation>
    </message>
    <message>
        <source>REST (registry data only)</source>
        <translation>REST (données du registre seulement)</translation>
    </message>
</context>
<context>
    <name>g2p::RestTransport</name>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Déconnecté : plus rien n&apos;est envoyé depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>This server offers registry data only: it lacks the extension endpoints needed to %1.</source>
        <translation>Ce serveur ne fournit que les données du registre : il lui manque les points d&apos;accès d&apos;extension nécessaires pour %1.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>se déconnecter</translation>
    </message>
    <message>
        <source>Refusing to send your password unencrypted to %1 (http://). Use the server&apos;s https:// address, or, only if your administrator says this network is private, allow unencrypted connections for this profile.</source>
        <translation>Refus d&apos;envoyer votre mot de passe en clair à %1 (http://). Utilisez l&apos;adresse https:// du serveur ou, uniquement si votre administrateur indique que ce réseau est privé, autorisez les connexions non chiffrées pour ce profil.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. Trusted: %1. Presented now: %2. Refusing to connect: check with your administrator before trusting the new certificate.</source>
        <translation>Le certificat du serveur a changé. Certificat approuvé : %1. Présenté maintenant : %2. Connexion refusée : vérifiez auprès de votre administrateur avant d&apos;approuver le nouveau certificat.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Échec de la connexion sécurisée : %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1). Empreinte SHA-256 : %2.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>Impossible de joindre le serveur à %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>La connexion au serveur a échoué (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the %1 MB this program reads (at least %2 MB). Narrow the request (a name, a program, a state), or raise the limit for this profile.</source>
        <translation>La réponse du serveur dépasse les %1 Mo que ce programme lit (au moins %2 Mo). Affinez la demande (un nom, un programme, un état) ou relevez la limite pour ce profil.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s.</source>
        <translation>Aucune réponse du serveur en %1 s.</translation>
    </message>
</context>
<context>
    <name>g2p::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Examiner les modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n sortie</numerusform>
            <numerusform>%n sorties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n suspension</numerusform>
            <numerusform>%n suspensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>%n reprise</numerusform>
            <numerusform>%n reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other state change(s)</source>
        <translation>
            <numerusform>%n autre changement d&apos;état</numerusform>
            <numerusform>%n autres changements d&apos;état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date change(s)</source>
        <translation>
            <numerusform>%n changement de date</numerusform>
            <numerusform>%n changements de date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent</source>
        <translation>
            <numerusform>%n ligne sera envoyée</numerusform>
            <numerusform>%n lignes seront envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still have issues and will not be sent; fix them in the grid first.</source>
        <translation>
            <numerusform>%n ligne a encore des problèmes et ne sera pas envoyée ; corrigez-la d&apos;abord dans la grille.</numerusform>
            <numerusform>%n lignes ont encore des problèmes et ne seront pas envoyées ; corrigez-les d&apos;abord dans la grille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n change(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n modification</numerusform>
            <numerusform>&amp;Envoyer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by the server)</source>
        <translation>%1 (fixée par le serveur)</translation>
    </message>
    <message>
        <source>The server sets this date itself when the change is applied (today, UTC). Give a date in the grid to choose another one.</source>
        <translation>Le serveur fixe lui-même cette date quand la modification est appliquée (aujourd&apos;hui, UTC). Indiquez une date dans la grille pour en choisir une autre.</translation>
    </message>
</context>
<context>
    <name>g2p::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Tab moves between the search box, the filters, the list and the registrant; the arrow keys move in a list.</source>
        <translation>Tab passe de la zone de recherche aux filtres, à la liste et à la personne enregistrée ; les flèches se déplacent dans une liste.</translation>
    </message>
</context>
<context>
    <name>g2p::Spp2Backend</name>
    <message>
        <source>OpenSPP2 API v2</source>
        <translation>API v2 d&apos;OpenSPP2</translation>
    </message>
    <message>
        <source>OpenSPP2 API %1</source>
        <translation>API %1 d&apos;OpenSPP2</translation>
    </message>
    <message>
        <source>The API client “%1” lacks the scope “%2”, needed to %3. Ask the registry&apos;s administrator to add it to the client (OpenSPP: Settings › Registry › API clients).</source>
        <translation>Le client API « %1 » n&apos;a pas la portée « %2 », nécessaire pour %3. Demandez à l&apos;administrateur du registre de l&apos;ajouter au client (OpenSPP : Paramètres › Registre › Clients API).</translation>
    </message>
    <message>
        <source>The server refused to %1 for the API client “%2” (%3). Its consent rules or scopes may not cover this record.</source>
        <translation>Le serveur a refusé de %1 pour le client API « %2 » (%3). Ses règles de consentement ou ses portées ne couvrent peut-être pas cet enregistrement.</translation>
    </message>
    <message>
        <source>The server refused the client id or secret of “%1” (%2). Check them with the registry&apos;s administrator and sign in again.</source>
        <translation>Le serveur a refusé l&apos;identifiant ou le secret client de « %1 » (%2). Vérifiez-les auprès de l&apos;administrateur du registre et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signing in to an OpenSPP2 server needs the API client&apos;s id (as the user) and its secret (as the password).</source>
        <translation>La connexion à un serveur OpenSPP2 nécessite l&apos;identifiant du client API (comme utilisateur) et son secret (comme mot de passe).</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>se connecter</translation>
    </message>
    <message numerus="yes">
        <source>The server allows few sign-ins a minute from this address: asking again for an access token in %n second(s).</source>
        <translation>
            <numerusform>Le serveur autorise peu de connexions par minute depuis cette adresse : nouvelle demande de jeton d&apos;accès dans %n seconde.</numerusform>
            <numerusform>Le serveur autorise peu de connexions par minute depuis cette adresse : nouvelle demande de jeton d&apos;accès dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refuses new sign-ins from this address for %1 (it allows 5 a minute and 50 a day). G2P Desk keeps a token for 24 hours; try again after that wait.</source>
        <translation>Le serveur refuse les nouvelles connexions depuis cette adresse pendant %1 (il en autorise 5 par minute et 50 par jour). G2P Desk garde un jeton 24 heures ; réessayez après ce délai.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s token answer has no access token.</source>
        <translation>La réponse du serveur à la demande de jeton ne contient pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Déconnecté : plus rien n&apos;est envoyé depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>ask what the server offers</source>
        <translation>demander ce que le serveur propose</translation>
    </message>
    <message>
        <source>This address does not answer like an OpenSPP2 API v2 server (no %1/metadata).</source>
        <translation>Cette adresse ne répond pas comme un serveur API v2 d&apos;OpenSPP2 (pas de %1/metadata).</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>lister les programmes</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 keeps no history of program memberships: only the changes made from this desktop are known.</source>
        <translation>L&apos;API v2 d&apos;OpenSPP2 ne garde aucun historique des participations aux programmes : seuls les changements faits depuis ce poste sont connus.</translation>
    </message>
    <message>
        <source>The server answered %1&apos;s membership in %2 for another program: it is an older API v2 that cannot address one membership of a registrant in several programs. Ask for spp_api_v2_programs 19.0.1.1.0 or later; nothing was changed.</source>
        <translation>Le serveur a répondu pour la participation de %1 à %2 avec un autre programme : c&apos;est une ancienne API v2 qui ne sait pas désigner une participation d&apos;une personne enregistrée parmi plusieurs programmes. Demandez spp_api_v2_programs 19.0.1.1.0 ou plus récent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>of %1 in %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Program %1 has no identifier here.</source>
        <translation>Le programme %1 n&apos;a pas d&apos;identifiant ici.</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>lire un programme</translation>
    </message>
    <message>
        <source>This registrant has no identifier here.</source>
        <translation>Cette personne enregistrée n&apos;a pas d&apos;identifiant ici.</translation>
    </message>
    <message>
        <source>This program has no identifier here.</source>
        <translation>Ce programme n&apos;a pas d&apos;identifiant ici.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>lister les participations aux programmes</translation>
    </message>
    <message>
        <source>Membership %1 has no identifier here.</source>
        <translation>La participation %1 n&apos;a pas d&apos;identifiant ici.</translation>
    </message>
    <message>
        <source>read a membership</source>
        <translation>lire une participation</translation>
    </message>
    <message>
        <source>The membership was changed on the server since it was read; nothing was written.</source>
        <translation>La participation a été modifiée sur le serveur depuis sa lecture ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>modifier des participations aux programmes</translation>
    </message>
    <message>
        <source>The membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>La participation %1 a été modifiée sur le serveur le %2 (UTC) depuis sa lecture le %3 ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Registrant %1 has no identifier here.</source>
        <translation>La personne enregistrée %1 n&apos;a pas d&apos;identifiant ici.</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>La date d&apos;inscription %1 est postérieure à aujourd&apos;hui (%2, UTC).</translation>
    </message>
    <message>
        <source>%1 has ended: nobody can be enrolled in it.</source>
        <translation>%1 est terminé : personne ne peut plus y être inscrit.</translation>
    </message>
    <message>
        <source>%1 is an individual; the program enrols groups.</source>
        <translation>%1 est un individu ; le programme inscrit des ménages.</translation>
    </message>
    <message>
        <source>%1 is a group; the program enrols individuals.</source>
        <translation>%1 est un ménage ; le programme inscrit des individus.</translation>
    </message>
    <message>
        <source>%1 is %2 in this program; the membership cannot become %3.</source>
        <translation>%1 a une participation %2 à ce programme ; elle ne peut pas devenir %3.</translation>
    </message>
    <message>
        <source>enrol registrants</source>
        <translation>inscrire des personnes enregistrées</translation>
    </message>
    <message>
        <source>G2P Desk does not create registrants on OpenSPP2 servers yet: register them in OpenSPP.</source>
        <translation>G2P Desk ne crée pas encore de personnes enregistrées sur les serveurs OpenSPP2 : enregistrez-les dans OpenSPP.</translation>
    </message>
</context>
<context>
    <name>g2p::StartPage</name>
    <message>
        <source>Find a registrant: name, ID number or record id, then Enter</source>
        <translation>Trouver une personne enregistrée : nom, numéro d&apos;identité ou identifiant, puis Entrée</translation>
    </message>
    <message>
        <source>Find a registrant</source>
        <translation>Trouver une personne enregistrée</translation>
    </message>
    <message>
        <source>Changes to look at</source>
        <translation>Changements à regarder</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Résumé de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Changes that failed or conflict</source>
        <translation>Changements en échec ou en conflit</translation>
    </message>
    <message>
        <source>Open the &amp;Outbox</source>
        <translation>Ouvrir la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <source>Registrants opened recently</source>
        <translation>Personnes enregistrées ouvertes récemment</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Listes de travail</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>Listes de travail enregistrées</translation>
    </message>
    <message>
        <source>Sent from this desktop in the last 7 days</source>
        <translation>Envoyé depuis ce poste ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Changes sent in the last 7 days</source>
        <translation>Changements envoyés ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Programs and their members by state</source>
        <translation>Programmes et leurs membres par état</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The outbox cannot be opened: see the status bar.</source>
        <translation>La boîte d&apos;envoi ne peut pas être ouverte : voir la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent and nothing failed.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé et rien n&apos;a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n changement attend d&apos;être envoyé.</numerusform>
            <numerusform>%n changements attendent d&apos;être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>These failed or met someone else&apos;s change: open one to see it, or the Outbox to send again or discard.</source>
        <translation>Ceux-ci ont échoué ou ont rencontré le changement de quelqu&apos;un d&apos;autre : ouvrez-en un pour le voir, ou la boîte d&apos;envoi pour renvoyer ou abandonner.</translation>
    </message>
    <message>
        <source>registrant %1</source>
        <translation>personne enregistrée %1</translation>
    </message>
    <message>
        <source>%1 (household)</source>
        <translation>%1 (ménage)</translation>
    </message>
    <message>
        <source>No registrant opened yet on this desktop.</source>
        <translation>Aucune personne enregistrée ouverte sur ce poste pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n sortie</numerusform>
            <numerusform>%n sorties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n suspension</numerusform>
            <numerusform>%n suspensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>%n reprise</numerusform>
            <numerusform>%n reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n autre changement</numerusform>
            <numerusform>%n autres changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent from this desktop in the last 7 days.</source>
        <translation>Rien n&apos;a été envoyé depuis ce poste ces 7 derniers jours.</translation>
    </message>
    <message>
        <source>Confirmed by the server: %1.</source>
        <translation>Confirmé par le serveur : %1.</translation>
    </message>
    <message>
        <source>%1 (households)</source>
        <translation>%1 (ménages)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) on %2</source>
        <translation>
            <numerusform>%1 — %n ligne le %2</numerusform>
            <numerusform>%1 — %n lignes le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not counted yet</source>
        <translation>%1 — pas encore compté</translation>
    </message>
    <message>
        <source>Opens the worklist and counts it again</source>
        <translation>Ouvre la liste de travail et la compte à nouveau</translation>
    </message>
    <message>
        <source>No worklist saved: save a search with its filters on Individuals or Groups.</source>
        <translation>Aucune liste de travail : enregistrez une recherche avec ses filtres dans Individus ou Ménages.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>g2p::TableFile</name>
    <message>
        <source>It cannot be opened: %1</source>
        <translation>Impossible de l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB (%2 MB).</source>
        <translation>Le fichier dépasse %1 Mo (%2 Mo).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Program memberships for OpenG2P / OpenSPP registries.</source>
        <translation>Participations aux programmes pour les registres OpenG2P / OpenSPP.</translation>
    </message>
    <message>
        <source>Registry URL.</source>
        <translation>URL du registre.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Interface language for this run (en, fr, es, ar).</source>
        <translation>Langue de l&apos;interface pour cette exécution (en, fr, es, ar).</translation>
    </message>
    <message>
        <source>Section to open on: start (the default), individuals, groups, programs, bulk or outbox.</source>
        <translation>Section à l&apos;ouverture : start (par défaut), individuals, groups, programs, bulk ou outbox.</translation>
    </message>
    <message>
        <source>Unknown section “%1”: use start, individuals, groups, programs, bulk or outbox.</source>
        <translation>Section inconnue « %1 » : utilisez start, individuals, groups, programs, bulk ou outbox.</translation>
    </message>
</context>
</TS>
