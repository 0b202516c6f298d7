<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ExportTable</name>
    <message>
        <source>The table is empty: there is nothing to export.</source>
        <translation>La tabla está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Leyendo la tabla…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila guardada en %1.</numerusform>
            <numerusform>%n filas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Registrant ID</source>
        <translation>ID de la persona registrada</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Registrant name</source>
        <translation>Nombre de la persona registrada</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>the mapping names the column “%1”, which the file does not have (its columns: %2)</source>
        <translation>la correspondencia nombra la columna «%1», que el archivo no tiene (sus columnas: %2)</translation>
    </message>
    <message>
        <source>the mapping gives the field “%1” to two columns</source>
        <translation>la correspondencia da el campo «%1» a dos columnas</translation>
    </message>
    <message>
        <source>the mapping gives column “%1” the unknown field “%2” (fields: %3)</source>
        <translation>la correspondencia da a la columna «%1» el campo desconocido «%2» (campos: %3)</translation>
    </message>
    <message>
        <source>The ID type and the ID number go together: map both or neither.</source>
        <translation>El tipo y el número de identificación van juntos: asigne ambos o ninguno.</translation>
    </message>
    <message>
        <source>Say which column holds the registrant ID, or which hold the ID type and the ID number.</source>
        <translation>Indique qué columna contiene el ID de la persona registrada, o cuáles contienen el tipo y el número de identificación.</translation>
    </message>
    <message>
        <source>Say which column holds the program.</source>
        <translation>Indique qué columna contiene el programa.</translation>
    </message>
</context>
<context>
    <name>LocalTimeline</name>
    <message>
        <source>This desktop — waiting in the outbox</source>
        <translation>Este equipo — en espera en la bandeja de salida</translation>
    </message>
    <message>
        <source>This desktop — sent, not yet confirmed</source>
        <translation>Este equipo — enviado, aún sin confirmar</translation>
    </message>
    <message>
        <source>This desktop — confirmed by the server</source>
        <translation>Este equipo — confirmado por el servidor</translation>
    </message>
    <message>
        <source>This desktop — failed: %1</source>
        <translation>Este equipo — fallido: %1</translation>
    </message>
    <message>
        <source>This desktop — conflict: %1</source>
        <translation>Este equipo — conflicto: %1</translation>
    </message>
    <message>
        <source>This desktop — discarded</source>
        <translation>Este equipo — descartado</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Seen on the server by this desktop</source>
        <translation>Visto en el servidor por este equipo</translation>
    </message>
</context>
<context>
    <name>MembershipRules</name>
    <message>
        <source>A new membership starts as %1 or %2.</source>
        <translation>Una participación nueva empieza como %1 o %2.</translation>
    </message>
    <message>
        <source>An exited membership is final: it cannot become %1.</source>
        <translation>Una participación con salida es definitiva: no puede pasar a %1.</translation>
    </message>
    <message>
        <source>A %1 membership cannot become %2 (it can become: %3).</source>
        <translation>Una participación %1 no puede pasar a %2 (puede pasar a: %3).</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 ha terminado o está archivado: no se puede inscribir a nadie.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2, UTC).</source>
        <translation>%1 está en el futuro (hoy es %2, UTC).</translation>
    </message>
    <message>
        <source>An exit needs a reason.</source>
        <translation>Una salida necesita un motivo.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>La fecha de salida %1 es anterior a la fecha de inscripción %2.</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>program %1</source>
        <translation>programa %1</translation>
    </message>
    <message>
        <source>Add to %1 as draft</source>
        <translation>Añadir a %1 como borrador</translation>
    </message>
    <message>
        <source>Enroll in %1</source>
        <translation>Inscribir en %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Exit from %1</source>
        <translation>Salida de %1</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: pasa a %2</translation>
    </message>
    <message>
        <source>%1: change</source>
        <translation>%1: cambio</translation>
    </message>
    <message>
        <source>, enrolled on %1</source>
        <translation>, inscrito el %1</translation>
    </message>
    <message>
        <source>Unknown change “%1”</source>
        <translation>Cambio desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The registry refused it: %1</source>
        <translation>El registro lo rechazó: %1</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Change enrollment date</source>
        <translation>Cambiar la fecha de inscripción</translation>
    </message>
    <message>
        <source>Only a draft or not-eligible membership can be enrolled; this one is %1.</source>
        <translation>Solo una participación en borrador o no elegible puede inscribirse; esta está %1.</translation>
    </message>
    <message>
        <source>Only an enrolled membership can be paused; this one is %1.</source>
        <translation>Solo una participación inscrita puede suspenderse; esta está %1.</translation>
    </message>
    <message>
        <source>Only a paused membership can be resumed; this one is %1.</source>
        <translation>Solo una participación suspendida puede reanudarse; esta está %1.</translation>
    </message>
    <message>
        <source>This membership has already exited; an exit is final.</source>
        <translation>Esta participación ya tiene salida; una salida es definitiva.</translation>
    </message>
    <message>
        <source>Only an enrolled or paused membership can exit; this one is %1.</source>
        <translation>Solo una participación inscrita o suspendida puede tener salida; esta está %1.</translation>
    </message>
    <message>
        <source>A %1 membership has no enrollment date to change.</source>
        <translation>Una participación %1 no tiene fecha de inscripción que cambiar.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra.</translation>
    </message>
    <message>
        <source>automatic (ISO; others only when unambiguous)</source>
        <translation>automático (ISO; los demás solo si no son ambiguos)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD, got “%1”</source>
        <translation>se esperaba AAAA-MM-DD, se recibió «%1»</translation>
    </message>
    <message>
        <source>not a date: “%1” (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)</source>
        <translation>no es una fecha: «%1» (use AAAA-MM-DD, DD/MM/AAAA o MM/DD/AAAA)</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: choose the date format of this file</source>
        <translation>«%1» puede ser %2 o %3: elija el formato de fecha de este archivo</translation>
    </message>
    <message>
        <source>not a calendar day: “%1” read as %2</source>
        <translation>no es un día del calendario: «%1» leído como %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>No byte-order mark: read as %1.</source>
        <translation>Sin marca de orden de bytes: leído como %1.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: read as %1. Check accented letters.</source>
        <translation>El archivo no está en UTF-8: leído como %1. Revise las letras acentuadas.</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large to read (%2 MB).</source>
        <translation>La parte %1 del libro es demasiado grande para leerla (%2 MB).</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be unpacked.</source>
        <translation>No se puede descomprimir la parte %1 del libro.</translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB.</source>
        <translation>La parte %1 del libro ocupa más de %2 MB descomprimida.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (it is not a zip archive).</source>
        <translation>No es un libro .xlsx (no es un archivo zip).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (no xl/workbook.xml).</source>
        <translation>No es un libro .xlsx (no hay xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>El libro no tiene una primera hoja legible (%1).</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>La fila %1 tiene más de %2 columnas.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>La hoja tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>The first sheet is damaged (%1 at line %2).</source>
        <translation>La primera hoja está dañada (%1 en la línea %2).</translation>
    </message>
    <message>
        <source>The first sheet is empty.</source>
        <translation>La primera hoja está vacía.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo supera %1 MB.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters.</source>
        <translation>Línea %1: una celda contiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>La línea %1 tiene más de %2 columnas.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>El archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cells; split it into smaller files.</source>
        <translation>El archivo contiene más de %1 celdas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %2 characters (is a quote missing?).</source>
        <translation>Línea %1: una celda contiene más de %2 caracteres (¿falta una comilla?).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB.</source>
        <translation>El libro descomprimido supera %1 MB.</translation>
    </message>
    <message>
        <source>Row %1: a cell holds more than %2 characters.</source>
        <translation>Fila %1: una celda contiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The sheet holds more than %1 cells (counting the empty ones before each row&apos;s last filled cell); split it into smaller files.</source>
        <translation>La hoja contiene más de %1 celdas (contando las vacías antes de la última celda llena de cada fila); divídala en archivos más pequeños.</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>From %1, printed on %2</source>
        <translation>Origen: %1, impreso el %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>Números de documento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>Ficha del hogar</translation>
    </message>
    <message>
        <source>Individual record</source>
        <translation>Ficha del individuo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>Participaciones en programas</translation>
    </message>
    <message>
        <source>In no program.</source>
        <translation>En ningún programa.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motivo o nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Members in state %1: %2 of %3</source>
        <translation>Miembros en estado %1: %2 de %3</translation>
    </message>
    <message>
        <source>All members: %1 of %2</source>
        <translation>Todos los miembros: %1 de %2</translation>
    </message>
    <message>
        <source>whose name contains “%1”</source>
        <translation>cuyo nombre contiene «%1»</translation>
    </message>
    <message>
        <source>(the report stops at this many rows)</source>
        <translation>(el informe se detiene en este número de filas)</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>Participaciones por estado</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message numerus="yes">
        <source>Enrolments by their enrolment date, exits by their exit date, pauses: memberships paused now, by their last change. From %n membership(s) read.</source>
        <translation>
            <numerusform>Inscripciones por su fecha de inscripción, salidas por su fecha de salida, suspensiones: participaciones suspendidas hoy, por su último cambio. A partir de %n participación leída.</numerusform>
            <numerusform>Inscripciones por su fecha de inscripción, salidas por su fecha de salida, suspensiones: participaciones suspendidas hoy, por su último cambio. A partir de %n participaciones leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated change.</source>
        <translation>Ningún cambio con fecha.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>This server keeps no program memberships.</source>
        <translation>Este servidor no guarda participaciones en programas.</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships.</source>
        <translation>Este servidor no guarda historial de participaciones.</translation>
    </message>
</context>
<context>
    <name>g2p</name>
    <message>
        <source>Membership %1 is %2; it cannot become %3.</source>
        <translation>La participación %1 está %2; no puede pasar a %3.</translation>
    </message>
    <message>
        <source>Membership %1 cannot be exited without a reason.</source>
        <translation>La participación %1 no puede tener salida sin un motivo.</translation>
    </message>
    <message>
        <source>An exit date and reason apply only to an exited membership; membership %1 would be %2.</source>
        <translation>Una fecha y un motivo de salida solo se aplican a una participación con salida; la participación %1 quedaría %2.</translation>
    </message>
    <message>
        <source>Dates after %1 (today, UTC) are not accepted.</source>
        <translation>No se aceptan fechas posteriores al %1 (hoy, UTC).</translation>
    </message>
    <message>
        <source>The exit date %1 is before the enrollment date %2.</source>
        <translation>La fecha de salida %1 es anterior a la fecha de inscripción %2.</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityLog</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>done with problems</source>
        <translation>hecho con problemas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>queued in the outbox</source>
        <translation>en cola en la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>g2p::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Progress of the running action</source>
        <translation>Progreso de la acción en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running action</source>
        <translation>Cancelar la acción en curso</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v de %m</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>Actividad más reciente</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <translation>Mostrar todo (%1)</translation>
    </message>
    <message>
        <source>Fold the activity to its newest line</source>
        <translation>Plegar la actividad a su línea más reciente</translation>
    </message>
    <message>
        <source>Nothing done yet in this session.</source>
        <translation>Nada hecho todavía en esta sesión.</translation>
    </message>
    <message>
        <source>Every action of this session, newest first</source>
        <translation>Cada acción de esta sesión, la más reciente primero</translation>
    </message>
</context>
<context>
    <name>g2p::ApiClient</name>
    <message>
        <source>read an individual</source>
        <translation>leer un individuo</translation>
    </message>
    <message>
        <source>search individuals</source>
        <translation>buscar individuos</translation>
    </message>
    <message>
        <source>create an individual</source>
        <translation>crear un individuo</translation>
    </message>
    <message>
        <source>update individuals</source>
        <translation>actualizar individuos</translation>
    </message>
    <message>
        <source>list id values</source>
        <translation>listar valores de identificación</translation>
    </message>
    <message>
        <source>read a group</source>
        <translation>leer un hogar</translation>
    </message>
    <message>
        <source>search groups</source>
        <translation>buscar hogares</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>crear un hogar</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>listar programas</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>leer un programa</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>listar participaciones en programas</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>leer una participación en un programa</translation>
    </message>
    <message>
        <source>change a program membership</source>
        <translation>cambiar una participación en un programa</translation>
    </message>
    <message>
        <source>read membership history</source>
        <translation>leer el historial de una participación</translation>
    </message>
    <message>
        <source>enrol registrants in bulk</source>
        <translation>inscribir personas registradas en masa</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>leer los cambios del registro</translation>
    </message>
</context>
<context>
    <name>g2p::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>g2p::BatchEnroller</name>
    <message>
        <source>The server&apos;s answer did not mention this row.</source>
        <translation>La respuesta del servidor no mencionaba esta fila.</translation>
    </message>
</context>
<context>
    <name>g2p::BulkEditPage</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Memberships to edit</source>
        <translation>Participaciones por editar</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Issues (click to go to the cell)</source>
        <translation>Problemas (clic para ir a la celda)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>Rellenar hacia a&amp;bajo</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it (Ctrl+D)</source>
        <translation>Copiar la celda seleccionada superior de cada columna en las celdas de debajo (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Set cells…</source>
        <translation>&amp;Definir celdas…</translation>
    </message>
    <message>
        <source>Give every selected cell the same value (Ctrl+Shift+F)</source>
        <translation>Dar el mismo valor a cada celda seleccionada (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Load members</source>
        <translation>&amp;Cargar participantes</translation>
    </message>
    <message>
        <source>Read every membership of the chosen program into the grid (Ctrl+L)</source>
        <translation>Cargar en la cuadrícula todas las participaciones del programa elegido (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>Load rows from a CSV or XLSX file into the grid, to check before sending (Ctrl+I)</source>
        <translation>Cargar en la cuadrícula las filas de un archivo CSV o XLSX, para revisarlas antes de enviar (Ctrl+I)</translation>
    </message>
    <message>
        <source>Review and &amp;send…</source>
        <translation>Revisar y &amp;enviar…</translation>
    </message>
    <message>
        <source>See every change, then send them to the registry (Ctrl+Enter)</source>
        <translation>Ver cada cambio y enviarlos al registro (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the grid with each row&apos;s result as CSV or XLSX (Ctrl+E)</source>
        <translation>Guardar la cuadrícula con el resultado de cada fila como CSV o XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Clear the grid</source>
        <translation>Vaciar la cuadrícula</translation>
    </message>
    <message>
        <source>The grid holds changes that were not sent. Clear it anyway?</source>
        <translation>La cuadrícula tiene cambios sin enviar. ¿Vaciarla de todos modos?</translation>
    </message>
    <message>
        <source>(choose per row)</source>
        <translation>(elegir por fila)</translation>
    </message>
    <message>
        <source>File line %1 (not loaded)%2: %3</source>
        <translation>Línea %1 del archivo (no cargada)%2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Choose a program and load its members (Ctrl+L), or select registrants on the Individuals or Groups page and add them here (Ctrl+B).</source>
        <translation>Elija un programa y cargue sus participantes (Ctrl+L), o seleccione personas registradas en la página Individuos u Hogares y añádalas aquí (Ctrl+B).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with issues</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a program to load its members.</source>
        <translation>Elija un programa para cargar sus participantes.</translation>
    </message>
    <message>
        <source>Load members</source>
        <translation>Cargar participantes</translation>
    </message>
    <message>
        <source>Loading replaces the grid, which holds changes that were not sent. Continue?</source>
        <translation>La carga reemplaza la cuadrícula, que tiene cambios sin enviar. ¿Continuar?</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Leyendo los miembros de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading stopped after %n membership(s): %1</source>
        <translation>
            <numerusform>Lectura detenida tras %n participación: %1</numerusform>
            <numerusform>Lectura detenida tras %n participaciones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set selected cells</source>
        <translation>Definir las celdas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected cell(s):</source>
        <translation>
            <numerusform>%1 para la celda seleccionada:</numerusform>
            <numerusform>%1 para las %n celdas seleccionadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s)</source>
        <translation>
            <numerusform>Definir %n celda</numerusform>
            <numerusform>Definir %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: no row is changed and free of issues.</source>
        <translation>Nada que enviar: ninguna fila está cambiada y sin problemas.</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>Enviados %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda alrededor de %n segundo</numerusform>
            <numerusform>quedan alrededor de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda alrededor de %n minuto</numerusform>
            <numerusform>quedan alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 conflicts, %3 errors</source>
        <translation>%1 hechos, %2 conflictos, %3 errores</translation>
    </message>
    <message>
        <source>Rows marked as conflicts were changed by someone else: right-click to take their version or keep yours, then send again.</source>
        <translation>Las filas marcadas como conflicto las cambió otra persona: clic derecho para tomar su versión o conservar la suya, y envíe de nuevo.</translation>
    </message>
    <message>
        <source>Failed rows keep your edits: fix them and send again.</source>
        <translation>Las filas fallidas conservan sus ediciones: corríjalas y envíe de nuevo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Take their version (%1)</source>
        <translation>Tomar su versión (%1)</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Exportar la cuadrícula</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The grid could not be saved to %1: %2</source>
        <translation>No se pudo guardar la cuadrícula en %1: %2</translation>
    </message>
    <message>
        <source>Import memberships</source>
        <translation>Importar participaciones</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded from %1.</source>
        <translation>
            <numerusform>%n fila cargada de %1.</numerusform>
            <numerusform>%n filas cargadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file were not loaded: see the issues list.</source>
        <translation>
            <numerusform>%n línea del archivo no se cargó: vea la lista de problemas.</numerusform>
            <numerusform>%n líneas del archivo no se cargaron: vea la lista de problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registrants of %1…</source>
        <translation>Leyendo las personas registradas de %1…</translation>
    </message>
    <message>
        <source>Put back the values read from the server in the selected cells, or for rows from a file what the file said (Delete)</source>
        <translation>Volver a poner en las celdas seleccionadas los valores leídos del servidor o, en las filas de un archivo, lo que decía el archivo (Supr)</translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation>&amp;Quitar filas</translation>
    </message>
    <message>
        <source>Take the selected rows out of the grid; nothing is sent for them (Ctrl+-)</source>
        <translation>Quitar las filas seleccionadas de la cuadrícula; no se envía nada por ellas (Ctrl+-)</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) already have a row for this program in the grid.</source>
        <translation>
            <numerusform>%n persona registrada ya tiene una fila para este programa en la cuadrícula.</numerusform>
            <numerusform>%n personas registradas ya tienen una fila para este programa en la cuadrícula.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) went onto rows the grid already held for the same membership.</source>
        <translation>
            <numerusform>%n línea fue a una fila que la cuadrícula ya tenía para la misma participación.</numerusform>
            <numerusform>%n líneas fueron a filas que la cuadrícula ya tenía para la misma participación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into a grid that holds rows</source>
        <translation>Importar en una cuadrícula que ya tiene filas</translation>
    </message>
    <message numerus="yes">
        <source>The grid already holds %n row(s). Replace them with the file&apos;s rows, or merge the file into them (a line for a membership the grid already holds goes onto that row; one row per membership)?</source>
        <translation>
            <numerusform>La cuadrícula ya tiene %n fila. ¿Reemplazarla por las filas del archivo o combinar el archivo con ella (una línea de una participación que la cuadrícula ya tiene va a esa fila; una fila por participación)?</numerusform>
            <numerusform>La cuadrícula ya tiene %n filas. ¿Reemplazarlas por las filas del archivo o combinar el archivo con ellas (una línea de una participación que la cuadrícula ya tiene va a esa fila; una fila por participación)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing drops %n change(s) in the grid that were not sent.</source>
        <translation>
            <numerusform>Reemplazar descarta %n cambio de la cuadrícula que no se envió.</numerusform>
            <numerusform>Reemplazar descarta %n cambios de la cuadrícula que no se enviaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge into the rows</source>
        <translation>&amp;Combinar con las filas</translation>
    </message>
    <message>
        <source>&amp;Replace the rows</source>
        <translation>&amp;Reemplazar las filas</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>Se canceló la lectura de %1: no se importó nada.</translation>
    </message>
    <message>
        <source>&amp;Open registrant</source>
        <translation>&amp;Abrir la persona registrada</translation>
    </message>
    <message>
        <source>Show the registrant of the current row with their record and history (Ctrl+O)</source>
        <translation>Mostrar la persona registrada de la fila actual, con su ficha y su historial (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bulk edit commands</source>
        <translation>Comandos de la edición masiva</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Preparing the changes…</source>
        <translation>Preparando los cambios…</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed: fix those above, or find the marked cells in the grid.</source>
        <translation>
            <numerusform>%n problema más no listado: corrija los de arriba o busque las celdas marcadas en la cuadrícula.</numerusform>
            <numerusform>%n problemas más no listados: corrija los de arriba o busque las celdas marcadas en la cuadrícula.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::CacheRefresh</name>
    <message>
        <source>Refresh stopped; the local copy keeps what was already stored.</source>
        <translation>Actualización detenida; la copia local conserva lo ya guardado.</translation>
    </message>
    <message>
        <source>The local copy could not be refreshed (%1): %2</source>
        <translation>No se pudo actualizar la copia local (%1): %2</translation>
    </message>
    <message>
        <source>Reading individuals from the server</source>
        <translation>Leyendo individuos del servidor</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individuos</translation>
    </message>
    <message>
        <source>Storing individuals</source>
        <translation>Guardando individuos</translation>
    </message>
    <message>
        <source>writing the local copy</source>
        <translation>escribir la copia local</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>hogares</translation>
    </message>
    <message>
        <source>Storing groups</source>
        <translation>Guardando hogares</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>participaciones</translation>
    </message>
    <message>
        <source>Storing memberships</source>
        <translation>Guardando participaciones</translation>
    </message>
    <message>
        <source>Local copy refreshed: %1 individuals, %2 groups, %3 memberships (%4 s).</source>
        <translation>Copia local actualizada: %1 individuos, %2 hogares, %3 participaciones (%4 s).</translation>
    </message>
    <message>
        <source>Local copy brought up to date: %1 individuals, %2 groups, %3 memberships changed (%4 s).</source>
        <translation>Copia local actualizada: %1 personas, %2 grupos, %3 afiliaciones cambiadas (%4 s).</translation>
    </message>
</context>
<context>
    <name>g2p::ChangeMembershipsCommand</name>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1: %n participación</numerusform>
            <numerusform>%1: %n participaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::ConnectDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation>Conectar a un registro</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>Saved servers. Type a new name to save a new profile.</source>
        <translation>Servidores guardados. Escriba un nombre nuevo para guardar un perfil nuevo.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sign in with an Odoo session (Odoo 15 servers)</source>
        <translation>Iniciar sesión con una sesión de Odoo (servidores Odoo 15)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar &amp;sin conexión</translation>
    </message>
    <message>
        <source>Open the local copy of this server&apos;s data; changes wait in the outbox and are sent when the server answers again</source>
        <translation>Abrir la copia local de los datos de este servidor; los cambios esperan en la bandeja de salida y se envían cuando el servidor vuelva a responder</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Enter the password: it is kept for this session only and written nowhere.</source>
        <translation>No hay llavero del sistema disponible (%1). Escriba la contraseña: se guarda solo durante esta sesión y no se escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>Password taken from the system keyring.</source>
        <translation>Contraseña tomada del llavero del sistema.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Save the password in the system keyring</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>not saved: %1. You will be asked for it next time.</source>
        <translation>no guardada: %1. Se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Wrong user name or password (the server said: %1).</source>
        <translation>Usuario o contraseña incorrectos (el servidor dijo: %1).</translation>
    </message>
    <message>
        <source>%1 You can work offline on the local copy: changes wait in the outbox until the server answers.</source>
        <translation>%1 Puede trabajar sin conexión con la copia local: los cambios esperan en la bandeja de salida hasta que el servidor responda.</translation>
    </message>
    <message>
        <source>This address does not answer like a registry: %1</source>
        <translation>Esta dirección no responde como un registro: %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server presents a certificate that no authority vouches for.

SHA-256 fingerprint:
%1

Trust it only if your administrator gave you this exact fingerprint. It will be trusted for this profile only; a different certificate later will be refused.</source>
        <translation>El servidor presenta un certificado que ninguna autoridad avala.

Huella SHA-256:
%1

Confíe en él solo si su administrador le dio exactamente esta huella. Se confiará en él solo para este perfil; un certificado distinto más adelante será rechazado.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to this server (http://)</source>
        <translation>Permitir una conexión sin cifrar con este servidor (http://)</translation>
    </message>
    <message>
        <source>Your password and every record would cross the network readable by anyone on the way. Only when your administrator says this network is private.</source>
        <translation>Su contraseña y cada registro cruzarían la red legibles para cualquiera en el camino. Solo si su administrador indica que esta red es privada.</translation>
    </message>
    <message>
        <source>The address held a user name or password; it was removed. Enter the password in the password field (it is kept in the system keyring, never in the address).</source>
        <translation>La dirección contenía un usuario o una contraseña; se ha quitado. Escriba la contraseña en su campo (se guarda en el llavero del sistema, nunca en la dirección).</translation>
    </message>
    <message>
        <source>This is an unencrypted (http://) address on another machine: your password would cross the network readable by anyone on the way. Use the server&apos;s https:// address, or tick “Allow an unencrypted connection” only if your administrator says this network is private.</source>
        <translation>Esta dirección sin cifrar (http://) es de otra máquina: su contraseña cruzaría la red legible para cualquiera en el camino. Use la dirección https:// del servidor, o marque «Permitir una conexión sin cifrar» solo si su administrador indica que esta red es privada.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove this profile and everything G2P Desk keeps of it on this computer: the local copy, the outbox, set-aside copies and the saved password</source>
        <translation>Eliminar este perfil y todo lo que G2P Desk guarda de él en este equipo: la copia local, la bandeja de salida, las copias apartadas y la contraseña guardada</translation>
    </message>
    <message>
        <source>“%1” is not a saved profile: there is nothing to remove.</source>
        <translation>«%1» no es un perfil guardado: no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>“%1” is open in G2P Desk (this window or another) or in g2p-desk-cli. Close it there first; nothing was removed.</source>
        <translation>«%1» está abierto en G2P Desk (esta ventana u otra) o en g2p-desk-cli. Ciérrelo primero; no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all: the local copy of the registry, the outbox and copies set aside as damaged. The saved password is removed from the system keyring.</source>
        <translation>
            <numerusform>%n archivo, %1 en total: la copia local del registro, la bandeja de salida y las copias apartadas por dañadas. La contraseña guardada se quita del llavero del sistema.</numerusform>
            <numerusform>%n archivos, %1 en total: la copia local del registro, la bandeja de salida y las copias apartadas por dañadas. La contraseña guardada se quita del llavero del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not confirmed by the server yet and would be lost. Connect and send them first (Outbox), unless you are sure.</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no está confirmado por el servidor y se perdería. Conéctese y envíelo primero (Bandeja de salida), salvo que esté seguro.</numerusform>
            <numerusform>%n cambios hechos aquí aún no están confirmados por el servidor y se perderían. Conéctese y envíelos primero (Bandeja de salida), salvo que esté seguro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be read: changes not yet sent may be in it and would be lost.</source>
        <translation>No se pudo leer la bandeja de salida: puede contener cambios aún no enviados, que se perderían.</translation>
    </message>
    <message>
        <source>Remove the profile “%1” (%2 at %3) and everything G2P Desk keeps of it on this computer?</source>
        <translation>¿Eliminar el perfil «%1» (%2 en %3) y todo lo que G2P Desk guarda de él en este equipo?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The local data of “%1” could not be removed (%2). The profile was kept.</source>
        <translation>No se pudieron eliminar los datos locales de «%1» (%2). Se conservó el perfil.</translation>
    </message>
    <message>
        <source>The profile “%1” and everything it kept on this computer were removed.</source>
        <translation>Se eliminaron el perfil «%1» y todo lo que guardaba en este equipo.</translation>
    </message>
    <message>
        <source>Find out when connecting</source>
        <translation>Averiguar al conectar</translation>
    </message>
    <message>
        <source>REST contract</source>
        <translation>contrato REST</translation>
    </message>
    <message>
        <source>Odoo external API (JSON-RPC)</source>
        <translation>API externa de Odoo (JSON-RPC)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation>Base de datos de Odoo</translation>
    </message>
    <message>
        <source>the only one the server has</source>
        <translation>la única del servidor</translation>
    </message>
    <message>
        <source>Odoo servers may hold several databases; your administrator knows the name.</source>
        <translation>Un servidor Odoo puede tener varias bases de datos; su administrador conoce el nombre.</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>&amp;Tipo de servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Enter the registry address, such as https://registry.example.org.</source>
        <translation>Introduzca la dirección del registro, por ejemplo https://registry.example.org.</translation>
    </message>
    <message>
        <source>Finding out what the server speaks…</source>
        <translation>Averiguando qué habla el servidor…</translation>
    </message>
    <message>
        <source>The server speaks: %1.</source>
        <translation>El servidor habla: %1.</translation>
    </message>
    <message>
        <source>This server holds several databases: enter one of %1 under Advanced.</source>
        <translation>Este servidor tiene varias bases de datos: introduzca una de %1 en Avanzado.</translation>
    </message>
    <message>
        <source>The server&apos;s address: G2P Desk finds out whether it speaks the REST contract, OpenSPP2&apos;s API v2 or Odoo&apos;s external API (every OpenG2P 17 / OpenSPP 17 server).</source>
        <translation>La dirección del servidor: G2P Desk averigua si habla el contrato REST, la API v2 de OpenSPP2 o la API externa de Odoo (todo servidor OpenG2P 17 / OpenSPP 17).</translation>
    </message>
    <message>
        <source>Your user name; on an OpenSPP2 server, the API client&apos;s id (client_...).</source>
        <translation>Su nombre de usuario; en un servidor OpenSPP2, el id del cliente de la API (client_...).</translation>
    </message>
    <message>
        <source>password, API key or client secret</source>
        <translation>contraseña, clave de API o secreto del cliente</translation>
    </message>
    <message>
        <source>Your password, or an Odoo API key; on an OpenSPP2 server, the API client&apos;s secret.</source>
        <translation>Su contraseña, o una clave de API de Odoo; en un servidor OpenSPP2, el secreto del cliente de la API.</translation>
    </message>
    <message>
        <source>OpenSPP2 API v2 (OAuth2 client)</source>
        <translation>API v2 de OpenSPP2 (cliente OAuth2)</translation>
    </message>
</context>
<context>
    <name>g2p::CreateGroupDialog</name>
    <message>
        <source>New household</source>
        <translation>Nuevo hogar</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del hogar</translation>
    </message>
    <message>
        <source>e.g. OKAFOR HOUSEHOLD</source>
        <translation>p. ej. HOGAR OKAFOR</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Tipo de hogar</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>ID del hogar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Fecha de nacimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Añadir &amp;miembro</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Household &amp;ID:</source>
        <translation>&amp;ID del hogar:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Registrado el:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Members (each becomes a new individual):</source>
        <translation>Miembros (cada uno pasa a ser un individuo nuevo):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>The household needs a name.</source>
        <translation>El hogar necesita un nombre.</translation>
    </message>
    <message>
        <source>Row %1: the given name is missing.</source>
        <translation>Fila %1: falta el nombre de pila.</translation>
    </message>
    <message>
        <source>Row %1: the birth date must be written YYYY-MM-DD, not “%2”.</source>
        <translation>Fila %1: la fecha de nacimiento debe escribirse AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>Row %1: the birth date is in the future.</source>
        <translation>Fila %1: la fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>A household has one head; %1 members are marked Head.</source>
        <translation>Un hogar tiene un solo jefe; %1 miembros están marcados como Jefe.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateIndividualDialog</name>
    <message>
        <source>New individual</source>
        <translation>Nuevo individuo</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Additional name</source>
        <translation>Nombre adicional</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Built from the names: FAMILY, GIVEN</source>
        <translation>Formado a partir de los nombres: APELLIDO, NOMBRE</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Conocidos:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre de pila:</translation>
    </message>
    <message>
        <source>&amp;Additional name:</source>
        <translation>Nombre &amp;adicional:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;mostrado:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;énero:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>&amp;Lugar de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Registrado el:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>A given name and a display name are needed.</source>
        <translation>Se necesitan un nombre de pila y un nombre mostrado.</translation>
    </message>
    <message>
        <source>Say which kind of ID this number is.</source>
        <translation>Indique qué tipo de identificación es este número.</translation>
    </message>
    <message>
        <source>Write the phone number in international form: + country code and number.</source>
        <translation>Escriba el número de teléfono en formato internacional: + código de país y número.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>g2p::CreateRegistrantCommand</name>
    <message>
        <source>Create household %1</source>
        <translation>Crear el hogar %1</translation>
    </message>
    <message>
        <source>Create individual %1</source>
        <translation>Crear el individuo %1</translation>
    </message>
    <message numerus="yes">
        <source>created with ID %1 and %n member(s)</source>
        <translation>
            <numerusform>creado con el ID %1 y %n miembro</numerusform>
            <numerusform>creado con el ID %1 y %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>created with ID %1</source>
        <translation>creado con el ID %1</translation>
    </message>
</context>
<context>
    <name>g2p::CredentialStore</name>
    <message>
        <source>stored in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>no password stored in the system keyring for this account</source>
        <translation>no hay contraseña guardada en el llavero del sistema para esta cuenta</translation>
    </message>
    <message>
        <source>the system keyring did not answer (it may be locked)</source>
        <translation>el llavero del sistema no respondió (puede estar bloqueado)</translation>
    </message>
    <message>
        <source>no usable system keyring (%1)</source>
        <translation>no hay llavero del sistema utilizable (%1)</translation>
    </message>
</context>
<context>
    <name>g2p::EnrollCommand</name>
    <message numerus="yes">
        <source>Enroll %n registrant(s) in %1</source>
        <translation>
            <numerusform>Inscribir %n persona registrada en %1</numerusform>
            <numerusform>Inscribir %n personas registradas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant %1</source>
        <translation>Persona registrada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled — nothing changed</source>
        <translation>
            <numerusform>%n ya inscrito — nada cambió</numerusform>
            <numerusform>%n ya inscritos — nada cambió</numerusform>
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
        <translation>Inscribir %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>Opcional: se guarda en el historial de la participación</translation>
    </message>
    <message>
        <source>Also enroll the household&apos;s &amp;members in:</source>
        <translation>Inscribir también a los &amp;miembros del hogar en:</translation>
    </message>
    <message>
        <source>Program for the members</source>
        <translation>Programa para los miembros</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>Fecha de &amp;inscripción:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>No active program targets groups.</source>
        <translation>Ningún programa activo se dirige a hogares.</translation>
    </message>
    <message>
        <source>No active program targets individuals.</source>
        <translation>Ningún programa activo se dirige a individuos.</translation>
    </message>
    <message>
        <source>Choose a program.</source>
        <translation>Elija un programa.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — draft, becomes enrolled</source>
        <translation>%1 — borrador, pasa a inscrito</translation>
    </message>
    <message>
        <source>Not offered, already a member: %1.</source>
        <translation>No ofrecidos, ya participa: %1.</translation>
    </message>
    <message>
        <source>%1 is already in every open program for %2.</source>
        <translation>%1 ya participa en todos los programas abiertos para %2.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>hogares</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individuos</translation>
    </message>
    <message>
        <source>Enroll %1 in a program</source>
        <translation>Inscribir a %1 en un programa</translation>
    </message>
</context>
<context>
    <name>g2p::FormParts</name>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Más comandos</translation>
    </message>
</context>
<context>
    <name>g2p::GridSubmission</name>
    <message numerus="yes">
        <source>Submit %n change(s) from the grid</source>
        <translation>
            <numerusform>Enviar %n cambio desde la cuadrícula</numerusform>
            <numerusform>Enviar %n cambios desde la cuadrícula</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the server cannot be reached (%1). It is sent when it answers.</source>
        <translation>En espera en la bandeja de salida: no se puede contactar con el servidor (%1). Se envía cuando responda.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n conflicto</numerusform>
            <numerusform>, %n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n no enviado</numerusform>
            <numerusform>, %n no enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>, %n en espera en la bandeja de salida hasta que el servidor responda</numerusform>
            <numerusform>, %n en espera en la bandeja de salida hasta que el servidor responda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Mostrar el historial de</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>This server keeps no history of program memberships (it offers registry data only). The current memberships are shown instead.</source>
        <translation>Este servidor no guarda historial de participaciones (solo ofrece datos del registro). Se muestran en su lugar las participaciones actuales.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Changes made from this desktop and states it saw on the server are marked in the Source column.</source>
        <translation>
            <numerusform>%n cambio, el más reciente primero. Los cambios hechos desde este equipo y los estados que vio en el servidor se indican en la columna Origen.</numerusform>
            <numerusform>%n cambios, los más recientes primero. Los cambios hechos desde este equipo y los estados que vio en el servidor se indican en la columna Origen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the server&apos;s history could not be read (%1); this desktop&apos;s own timeline is shown.</source>
        <translation>Parte del historial del servidor no se pudo leer (%1); se muestra la cronología propia de este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>This server keeps no history of program memberships: %n change(s) made from this desktop and states it saw on the server are shown, newest first.</source>
        <translation>
            <numerusform>Este servidor no guarda historial de las inscripciones: se muestra %n cambio hecho desde este equipo y los estados que vio en el servidor, del más reciente al más antiguo.</numerusform>
            <numerusform>Este servidor no guarda historial de las inscripciones: se muestran %n cambios hechos desde este equipo y los estados que vio en el servidor, del más reciente al más antiguo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: show this membership in the registrant&apos;s pane</source>
        <translation>Intro o doble clic: mostrar esta participación en el panel de la persona registrada</translation>
    </message>
</context>
<context>
    <name>g2p::HistoryModel</name>
    <message>
        <source>Created as %1</source>
        <translation>Creado como %1</translation>
    </message>
    <message>
        <source>%1 (details changed)</source>
        <translation>%1 (datos cambiados)</translation>
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
        <translation>Inscripción masiva</translation>
    </message>
    <message>
        <source>Registry web UI</source>
        <translation>Interfaz web del registro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Seen as %1</source>
        <translation>Visto como %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>g2p::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header.</source>
        <translation>
            <numerusform>%n fila bajo el encabezado.</numerusform>
            <numerusform>%n filas bajo el encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <source>The rows go into the grid to check and review; nothing is sent until you choose Review and send.</source>
        <translation>Las filas van a la cuadrícula para revisarlas; no se envía nada hasta que elija Revisar y enviar.</translation>
    </message>
    <message>
        <source>Columns and first rows of the file</source>
        <translation>Columnas y primeras filas del archivo</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>Automatic (YYYY-MM-DD; others only when unambiguous)</source>
        <translation>Automático (AAAA-MM-DD; los demás solo si no son ambiguos)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/AAAA (día primero)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/AAAA (mes primero)</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(del archivo)</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;Fechas en el archivo:</translation>
    </message>
    <message>
        <source>Program for rows &amp;without one:</source>
        <translation>Programa para las filas &amp;sin uno:</translation>
    </message>
    <message>
        <source>&amp;Load into the grid</source>
        <translation>&amp;Cargar en la cuadrícula</translation>
    </message>
    <message>
        <source>Choose what each column holds:</source>
        <translation>Elija qué contiene cada columna:</translation>
    </message>
    <message>
        <source>%1 is chosen for two columns.</source>
        <translation>%1 está elegido para dos columnas.</translation>
    </message>
</context>
<context>
    <name>g2p::MainWindow</name>
    <message>
        <source>G2P Desk — %1 at %2</source>
        <translation>G2P Desk — %1 en %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Edición masiva</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Server limitations</source>
        <translation>Limitaciones del servidor</translation>
    </message>
    <message>
        <source>Local copy and connection</source>
        <translation>Copia local y conexión</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Sin conexión: no se puede contactar con %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connected to %1 (registry data only)</source>
        <translation>Conectado a %1 (solo datos del registro)</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): changes wait in the outbox.</source>
        <translation>No se puede contactar con el servidor (%1): los cambios esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nunca actualizada</translation>
    </message>
    <message>
        <source>refreshed just now</source>
        <translation>actualizada ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n minute(s) ago</source>
        <translation>
            <numerusform>actualizada hace %n minuto</numerusform>
            <numerusform>actualizada hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n hour(s) ago</source>
        <translation>
            <numerusform>actualizada hace %n hora</numerusform>
            <numerusform>actualizada hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshed on %1</source>
        <translation>actualizada el %1</translation>
    </message>
    <message>
        <source>Working offline: showing the local copy (%1). Changes are kept in the outbox and sent when the server answers again; G2P Desk keeps trying.</source>
        <translation>Trabajando sin conexión: se muestra la copia local (%1). Los cambios se guardan en la bandeja de salida y se envían cuando el servidor vuelva a responder; G2P Desk sigue intentándolo.</translation>
    </message>
    <message>
        <source>Showing the local copy (%1) while it is refreshed — %2</source>
        <translation>Mostrando la copia local (%1) mientras se actualiza — %2</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>Bandeja de salida no disponible</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>Bandeja de salida: nada en espera</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Bandeja de salida: todo enviado</translation>
    </message>
    <message numerus="yes">
        <source>, %n to look at (failed or conflict)</source>
        <translation>
            <numerusform>, %n por revisar (fallo o conflicto)</numerusform>
            <numerusform>, %n por revisar (fallo o conflicto)</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (sin conexión)</translation>
    </message>
    <message>
        <source>Select registrants on the Individuals or Groups page first.</source>
        <translation>Seleccione primero personas registradas en la página Individuos u Hogares.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) added to the bulk-edit grid.</source>
        <translation>
            <numerusform>%n persona registrada añadida a la cuadrícula de edición masiva.</numerusform>
            <numerusform>%n personas registradas añadidas a la cuadrícula de edición masiva.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;individual…</source>
        <translation>Nuevo &amp;individuo…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nuevo &amp;hogar…</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Exportar tabla…</translation>
    </message>
    <message>
        <source>Save the table in view, as shown, to XLSX or CSV</source>
        <translation>Guardar la tabla visible, tal como se ve, en XLSX o CSV</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>Miembros del programa</translation>
    </message>
    <message>
        <source>&amp;Refresh the local copy</source>
        <translation>&amp;Actualizar la copia local</translation>
    </message>
    <message>
        <source>Read every registrant and membership from the server into the local copy</source>
        <translation>Leer del servidor todas las personas registradas y participaciones a la copia local</translation>
    </message>
    <message>
        <source>The server cannot be reached: the local copy cannot be refreshed now.</source>
        <translation>No se puede contactar con el servidor: la copia local no se puede actualizar ahora.</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>&amp;Conectar a otro servidor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Individuals</source>
        <translation>&amp;Individuos</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Hogares</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>Edición &amp;masiva</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <source>&amp;Registrant</source>
        <translation>&amp;Persona registrada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Add selected to &amp;bulk edit</source>
        <translation>Añadir la selección a la edición &amp;masiva</translation>
    </message>
    <message>
        <source>New enrolment rows in the bulk-edit grid for the selected registrants</source>
        <translation>Filas de inscripción nuevas en la cuadrícula de edición masiva para las personas registradas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About G2P Desk</source>
        <translation>&amp;Acerca de G2P Desk</translation>
    </message>
    <message>
        <source>About G2P Desk</source>
        <translation>Acerca de G2P Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;Program memberships for OpenG2P / OpenSPP registries.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;G2P Desk %1&lt;/b&gt;&lt;br&gt;Participación en programas para registros OpenG2P / OpenSPP.&lt;br&gt;Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Open Individuals or Groups first.</source>
        <translation>Abra primero Individuos u Hogares.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>G2P Desk will use %1 from its next start.</source>
        <translation>G2P Desk usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The server refused the sign-in: changes wait in the outbox.</source>
        <translation>El servidor rechazó el inicio de sesión: los cambios esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).
Nothing more is sent until you sign in again; your changes wait in the outbox.

Password for %2 on %3:</source>
        <translation>El servidor rechazó el inicio de sesión (%1).
No se envía nada más hasta que vuelva a iniciar sesión; sus cambios esperan en la bandeja de salida.

Contraseña de %2 en %3:</translation>
    </message>
    <message>
        <source>Sign in and send</source>
        <translation>Iniciar sesión y enviar</translation>
    </message>
    <message>
        <source>Outbox damaged</source>
        <translation>Bandeja de salida dañada</translation>
    </message>
    <message>
        <source>The outbox file was damaged and was set aside:
%1

The changes it still holds can be copied into a new outbox and sent. Changes that were on their way are checked against the server first, so nothing is applied twice.</source>
        <translation>El archivo de la bandeja de salida estaba dañado y se apartó:
%1

Los cambios que aún contiene pueden copiarse a una nueva bandeja de salida y enviarse. Los que estaban en camino se comprueban antes con el servidor: nada se aplica dos veces.</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>Recuperar los cambios</translation>
    </message>
    <message>
        <source>Leave it aside</source>
        <translation>Dejarlo aparte</translation>
    </message>
    <message>
        <source>Nothing could be recovered from the damaged outbox: %1</source>
        <translation>No se pudo recuperar nada de la bandeja de salida dañada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered into the outbox.</source>
        <translation>
            <numerusform>%n cambio recuperado en la bandeja de salida.</numerusform>
            <numerusform>%n cambios recuperados en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Conectado a %1 (%2)</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;b&gt;G2P Desk: an officer&apos;s everyday tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;G2P Desk: las tareas de cada día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF</source>
        <translation>Guardar un informe en &amp;PDF</translation>
    </message>
    <message>
        <source>Print repor&amp;t</source>
        <translation>Imprimir un info&amp;rme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start.&lt;/b&gt; G2P Desk opens on the start page (Alt+Home): type a name in its search box and press Enter. Below it: changes that wait or failed, registrants opened recently, your worklists and each program&apos;s counts.</source>
        <translation>&lt;b&gt;Inicio.&lt;/b&gt; G2P Desk se abre en la página de inicio (Alt+Inicio): escriba un nombre en su cuadro de búsqueda y pulse Intro. Debajo: los cambios pendientes o fallidos, las personas registradas abiertas recientemente, sus listas de trabajo y los totales de cada programa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find someone.&lt;/b&gt; Ctrl+F, type part of a name, an ID number or a database ID. The local copy answers at once, the server after it. Down or Enter moves into the results.</source>
        <translation>&lt;b&gt;Encontrar a alguien.&lt;/b&gt; Ctrl+F y escriba parte de un nombre, un número de identidad o un ID de base de datos. La copia local responde al instante, el servidor después. Abajo o Intro lleva a los resultados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open.&lt;/b&gt; Enter on a registrant takes the keyboard to their program memberships, one card per program; Up and Down choose one.</source>
        <translation>&lt;b&gt;Abrir.&lt;/b&gt; Intro sobre una persona registrada lleva el teclado a sus participaciones, una ficha por programa; Arriba y Abajo eligen una.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrol.&lt;/b&gt; Open the registrant, then Enroll (Ctrl+E): only programs they can join are offered.</source>
        <translation>&lt;b&gt;Inscribir.&lt;/b&gt; Abra la persona registrada y luego Inscribir (Ctrl+E): solo se ofrecen los programas a los que puede unirse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pause, resume, exit.&lt;/b&gt; Select memberships in the registrant&apos;s list, then Ctrl+P, Ctrl+R or Ctrl+Shift+X. An exit needs a reason and is final.</source>
        <translation>&lt;b&gt;Suspender, reanudar, salida.&lt;/b&gt; Seleccione participaciones en la lista de la persona y pulse Ctrl+P, Ctrl+R o Ctrl+Mayús+X. Una salida necesita un motivo y es definitiva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History.&lt;/b&gt; Ctrl+H lists every change of the registrant&apos;s memberships, those made from this desktop marked as such.</source>
        <translation>&lt;b&gt;Historial.&lt;/b&gt; Ctrl+H lista cada cambio de las participaciones; los hechos desde este equipo aparecen marcados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Many at once.&lt;/b&gt; Add the selection to the bulk-edit grid (Ctrl+B) or import a sheet there (Ctrl+I); Review and send (Ctrl+Enter) shows what will change before anything is sent.</source>
        <translation>&lt;b&gt;Muchos a la vez.&lt;/b&gt; Añada la selección a la cuadrícula de edición masiva (Ctrl+B) o importe allí una hoja (Ctrl+I); Revisar y enviar (Ctrl+Intro) muestra qué cambiará antes de enviar nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Programs and reports.&lt;/b&gt; Programs (Ctrl+3) shows a program&apos;s members by state and, under Over time (Alt+T), its enrolments, exits and pauses per month. File → Save report as PDF or Print report: a registrant&apos;s record, a program&apos;s members as filtered, a program&apos;s summary.</source>
        <translation>&lt;b&gt;Programas e informes.&lt;/b&gt; Programas (Ctrl+3) muestra los miembros de un programa por estado y, en En el tiempo (Alt+T), sus inscripciones, salidas y suspensiones por mes. Archivo → Guardar informe como PDF o Imprimir informe: la ficha de una persona registrada, los miembros de un programa según el filtro, el resumen de un programa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Changes wait in the Outbox (Ctrl+5) until the server answers; nothing is lost or sent twice.</source>
        <translation>&lt;b&gt;Sin conexión.&lt;/b&gt; Los cambios esperan en la bandeja de salida (Ctrl+5) hasta que el servidor responda; nada se pierde ni se envía dos veces.</translation>
    </message>
    <message>
        <source>Every key: Help → Keyboard shortcuts (Ctrl+/).</source>
        <translation>Todas las teclas: Ayuda → Atajos de teclado (Ctrl+/).</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipChangeDialog</name>
    <message>
        <source>Graduated</source>
        <translation>Graduado</translation>
    </message>
    <message>
        <source>Moved out of the area</source>
        <translation>Se mudó fuera de la zona</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>No longer eligible after review</source>
        <translation>Ya no es elegible tras la revisión</translation>
    </message>
    <message>
        <source>Voluntary withdrawal</source>
        <translation>Retiro voluntario</translation>
    </message>
    <message>
        <source>Duplicate registration</source>
        <translation>Registro duplicado</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n participación</numerusform>
            <numerusform>%n participaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Fecha de &amp;salida:</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Pick or type the reason (required)</source>
        <translation>Elija o escriba el motivo (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>&amp;Enrolled again on:</source>
        <translation>&amp;Reinscrito el:</translation>
    </message>
    <message>
        <source>&amp;Enrollment date:</source>
        <translation>Fecha de &amp;inscripción:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: kept in the membership&apos;s history</source>
        <translation>Opcional: se guarda en el historial de la participación</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pick one or type it.</source>
        <translation>Elija uno o escríbalo.</translation>
    </message>
    <message>
        <source>Optional: kept in this desktop&apos;s history</source>
        <translation>Opcional: se conserva en el historial de este equipo</translation>
    </message>
    <message>
        <source>This server does not store exit reasons: G2P Desk keeps the reason in this desktop&apos;s history only, not on the server.</source>
        <translation>Este servidor no guarda los motivos de salida: G2P Desk conserva el motivo solo en el historial de este equipo, no en el servidor.</translation>
    </message>
    <message>
        <source>Where the reason is kept</source>
        <translation>Dónde se conserva el motivo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n membership(s)</source>
        <translation>
            <numerusform>%1: %n participación</numerusform>
            <numerusform>%1: %n participaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::MembershipGridModel</name>
    <message>
        <source>Registrant ID</source>
        <translation>ID de la persona registrada</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>kept their version</source>
        <translation>se conservó su versión</translation>
    </message>
    <message>
        <source>mine kept over theirs: submit again</source>
        <translation>la mía conservada sobre la suya: envíe de nuevo</translation>
    </message>
    <message>
        <source>“%1” looks like a spreadsheet formula, not a value.</source>
        <translation>«%1» parece una fórmula de hoja de cálculo, no un valor.</translation>
    </message>
    <message>
        <source>Choose the program to enrol in.</source>
        <translation>Elija el programa de inscripción.</translation>
    </message>
    <message>
        <source>No program is named “%1”.</source>
        <translation>Ningún programa se llama «%1».</translation>
    </message>
    <message>
        <source>%1 is for individuals; this registrant is a group.</source>
        <translation>%1 es para individuos; esta persona registrada es un hogar.</translation>
    </message>
    <message>
        <source>%1 is for groups; this registrant is an individual.</source>
        <translation>%1 es para hogares; esta persona registrada es un individuo.</translation>
    </message>
    <message>
        <source>“%1” is not a membership state (one of: %2).</source>
        <translation>«%1» no es un estado de participación (uno de: %2).</translation>
    </message>
    <message>
        <source>Only an exited membership has an exit date and reason.</source>
        <translation>Solo una participación con salida tiene fecha y motivo de salida.</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in read-only columns were left as they are.</source>
        <translation>
            <numerusform>%n celda de una columna de solo lectura se dejó como estaba.</numerusform>
            <numerusform>%n celdas de columnas de solo lectura se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last row and were dropped.</source>
        <translation>
            <numerusform>%n fila pegada pasaba de la última fila y se descartó.</numerusform>
            <numerusform>%n filas pegadas pasaban de la última fila y se descartaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Quitar %n fila</numerusform>
            <numerusform>Quitar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is the same membership (same registrant and program): keep one row per membership and remove the other.</source>
        <translation>La fila %1 es la misma participación (misma persona y mismo programa): deje una fila por participación y quite la otra.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Changed, was %1</source>
        <translation>Cambiado, era %1</translation>
    </message>
    <message>
        <source>Changed (a new row)</source>
        <translation>Cambiado (fila nueva)</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>El archivo tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: check for a stray separator or an unquoted comma.</source>
        <translation>La fila tiene %1 celdas pero el encabezado solo %2: busque un separador de más o una coma sin comillas.</translation>
    </message>
    <message>
        <source>“%1” is not a registrant ID (a whole number above 0).</source>
        <translation>«%1» no es un ID de persona registrada (un número entero mayor que 0).</translation>
    </message>
    <message>
        <source>No registrant: the row needs a registrant ID, or an ID type and number.</source>
        <translation>Sin persona registrada: la fila necesita un ID de persona registrada, o un tipo y número de identificación.</translation>
    </message>
    <message>
        <source>No program given.</source>
        <translation>No se indicó ningún programa.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (same registrant and program); only the first is imported.</source>
        <translation>Duplicado de la línea %1 (misma persona registrada y mismo programa); solo se importa la primera.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>No importado: se canceló la importación.</translation>
    </message>
    <message>
        <source>Registrant %1 could not be read: %2</source>
        <translation>No se pudo leer la persona registrada %1: %2</translation>
    </message>
    <message>
        <source>The registry has no registrant with ID %1.</source>
        <translation>El registro no tiene ninguna persona registrada con el ID %1.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and the registry API cannot look a registrant up by ID number: refresh the local copy (F5) or give the registrant ID.</source>
        <translation>No hay ninguna persona registrada con %1 «%2» en la copia local, y la API del registro no permite buscar por número de identificación: actualice la copia local (F5) o indique el ID de la persona registrada.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2, so it cannot be %3; nothing was loaded for this line. Enrol the registrant first, or remove the line.</source>
        <translation>La persona registrada %1 no tiene participación en %2, así que no puede quedar %3; no se cargó nada para esta línea. Inscríbala primero o quite la línea.</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>con salida</translation>
    </message>
    <message>
        <source>%1 “%2” could not be looked up in the registry: %3</source>
        <translation>No se pudo buscar %1 «%2» en el registro: %3</translation>
    </message>
    <message>
        <source>The registry has no registrant with %1 “%2”: check the ID type and number.</source>
        <translation>El registro no tiene ninguna persona registrada con %1 «%2»: compruebe el tipo y el número de identificación.</translation>
    </message>
    <message>
        <source>No registrant with %1 “%2” is in the local copy, and only the first %3 numbers missing from it are looked up in the registry: refresh the local copy (F5) and import again.</source>
        <translation>No hay ninguna persona registrada con %1 «%2» en la copia local, y solo se buscan en el registro los primeros %3 números que faltan en ella: actualice la copia local (F5) e importe de nuevo.</translation>
    </message>
</context>
<context>
    <name>g2p::MembershipTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Con salida</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>enrolled on %1</source>
        <translation>inscrito el %1</translation>
    </message>
    <message>
        <source>exit on %1</source>
        <translation>salida el %1</translation>
    </message>
    <message>
        <source>exit on %1 (%2)</source>
        <translation>salida el %1 (%2)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>último cambio el %1</translation>
    </message>
    <message>
        <source>No dates recorded</source>
        <translation>Sin fechas registradas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a membership&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>g2p::NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
</context>
<context>
    <name>g2p::OdooBackend</name>
    <message>
        <source>Odoo external API</source>
        <translation>API externa de Odoo</translation>
    </message>
    <message>
        <source>Odoo %1 external API</source>
        <translation>API externa de Odoo %1</translation>
    </message>
    <message>
        <source>Your account may not %1 on this server. The server said: %2</source>
        <translation>Su cuenta no puede %1 en este servidor. El servidor dijo: %2</translation>
    </message>
    <message>
        <source>The server refused the password or API key of %1. Sign in again.</source>
        <translation>El servidor rechazó la contraseña o la clave de API de %1. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the database name of this profile.</source>
        <translation>El servidor no tiene la base de datos «%1». Compruebe el nombre de la base de este perfil.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Sesión cerrada: no se envía nada más desde esta ventana.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Wrong user name, password or API key for %1 on database “%2”.</source>
        <translation>Usuario, contraseña o clave de API incorrectos para %1 en la base «%2».</translation>
    </message>
    <message>
        <source>list the databases</source>
        <translation>listar las bases de datos</translation>
    </message>
    <message>
        <source>The server lists no database. Enter the database name in the profile.</source>
        <translation>El servidor no lista ninguna base de datos. Introduzca el nombre de la base en el perfil.</translation>
    </message>
    <message>
        <source>This server has several databases (%1). Choose one in the profile.</source>
        <translation>Este servidor tiene varias bases de datos (%1). Elija una en el perfil.</translation>
    </message>
    <message>
        <source>This server does not list its databases. Enter the database name in the profile.</source>
        <translation>Este servidor no lista sus bases de datos. Introduzca el nombre de la base en el perfil.</translation>
    </message>
    <message>
        <source>ask the server&apos;s version</source>
        <translation>preguntar la versión del servidor</translation>
    </message>
    <message>
        <source>This address does not answer like an Odoo server.</source>
        <translation>Esta dirección no responde como un servidor Odoo.</translation>
    </message>
    <message>
        <source>learn what this account may do</source>
        <translation>saber qué puede hacer esta cuenta</translation>
    </message>
    <message>
        <source>No registrant with id %1 on this server.</source>
        <translation>Ningún registrado con el id %1 en este servidor.</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>listar programas</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>leer un programa</translation>
    </message>
    <message>
        <source>No program with id %1 on this server.</source>
        <translation>Ningún programa con el id %1 en este servidor.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>listar participaciones en programas</translation>
    </message>
    <message>
        <source>read a program membership</source>
        <translation>leer una participación en un programa</translation>
    </message>
    <message>
        <source>No program membership with id %1 on this server.</source>
        <translation>Ninguna afiliación con el id %1 en este servidor.</translation>
    </message>
    <message>
        <source>count program members</source>
        <translation>contar los miembros del programa</translation>
    </message>
    <message>
        <source>read a membership&apos;s history</source>
        <translation>leer el historial de una afiliación</translation>
    </message>
    <message>
        <source>Membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>La afiliación %1 se modificó en el servidor a las %2 (UTC) desde que se leyó a las %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>cambiar las afiliaciones a programas</translation>
    </message>
    <message>
        <source>note the change on the membership</source>
        <translation>anotar el cambio en la afiliación</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>La fecha de inscripción %1 es posterior a hoy (%2, UTC).</translation>
    </message>
    <message>
        <source>enrol registrants in a program</source>
        <translation>inscribir registrados en un programa</translation>
    </message>
    <message>
        <source>%1 has ended or is archived: nobody can be enrolled in it.</source>
        <translation>%1 ha terminado o está archivado: no se puede inscribir a nadie.</translation>
    </message>
    <message>
        <source>No registrant with id %1.</source>
        <translation>Ningún registrado con el id %1.</translation>
    </message>
    <message>
        <source>Registrant %1 is disabled in the registry: it cannot be enrolled.</source>
        <translation>El registrado %1 está desactivado en el registro: no puede inscribirse.</translation>
    </message>
    <message>
        <source>Registrant %1 is an individual; the program enrols groups.</source>
        <translation>El registrado %1 es una persona; el programa inscribe grupos.</translation>
    </message>
    <message>
        <source>Registrant %1 is a group; the program enrols individuals.</source>
        <translation>El registrado %1 es un grupo; el programa inscribe personas.</translation>
    </message>
    <message>
        <source>Registrant %1 is %2 in this program; the membership cannot become %3.</source>
        <translation>El registrado %1 tiene una afiliación %2 en este programa; no puede pasar a %3.</translation>
    </message>
    <message>
        <source>note the enrolments on the memberships</source>
        <translation>anotar las inscripciones en las afiliaciones</translation>
    </message>
    <message>
        <source>look for the change&apos;s note</source>
        <translation>buscar la nota del cambio</translation>
    </message>
    <message>
        <source>This server has no ID type “%1”.</source>
        <translation>Este servidor no tiene el tipo de identificación «%1».</translation>
    </message>
    <message>
        <source>This server has no active program “%1” for %2.</source>
        <translation>Este servidor no tiene un programa activo «%1» para %2.</translation>
    </message>
    <message>
        <source>households</source>
        <translation>hogares</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>individuos</translation>
    </message>
    <message>
        <source>This server has no gender “%1”.</source>
        <translation>Este servidor no tiene el género «%1».</translation>
    </message>
    <message>
        <source>read the registry&apos;s reference data</source>
        <translation>leer los datos de referencia del registro</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>leer las afiliaciones a programas</translation>
    </message>
    <message>
        <source>create registrants</source>
        <translation>crear registrados</translation>
    </message>
    <message>
        <source>This server has no household role “%1”.</source>
        <translation>Este servidor no tiene el rol de hogar «%1».</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxCommand</name>
    <message>
        <source>%1: changed by someone else since it was read (now %2); look at it again</source>
        <translation>%1: otra persona lo cambió después de leerlo (ahora %2); revíselo de nuevo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n no enviado</numerusform>
            <numerusform>, %n no enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting in the outbox until the server answers</source>
        <translation>
            <numerusform>, %n en espera en la bandeja de salida hasta que el servidor responda</numerusform>
            <numerusform>, %n en espera en la bandeja de salida hasta que el servidor responda</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n already so — nothing changed</source>
        <translation>
            <numerusform>%n ya estaba así — nada cambió</numerusform>
            <numerusform>%n ya estaban así — nada cambió</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>g2p::OutboxModel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sent, not yet confirmed</source>
        <translation>enviado, aún sin confirmar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Last changed on the server</source>
        <translation>Último cambio en el servidor</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost (or the program stopped while it was on its way): the server may or may not have applied it. It is checked against the server before anything is sent again. Check now asks the server without sending anything; then discard it or send it again.</source>
        <translation>Enviado, pero la respuesta se perdió (o el programa se detuvo durante el envío): puede que el servidor lo haya aplicado o no. Se comprueba con el servidor antes de volver a enviar nada. «Comprobar ahora» pregunta al servidor sin enviar nada; después, descártelo o vuelva a enviarlo.</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxPage</name>
    <message>
        <source>Which changes to show</source>
        <translation>Qué cambios mostrar</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Aún no confirmados</translation>
    </message>
    <message>
        <source>Failed and conflicts</source>
        <translation>Fallidos y conflictos</translation>
    </message>
    <message>
        <source>Everything, confirmed too</source>
        <translation>Todo, también lo confirmado</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Resumen de la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Try the server now for everything that waits (Ctrl+Shift+S)</source>
        <translation>Probar el servidor ahora para todo lo que espera (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Send &amp;again / keep mine</source>
        <translation>Enviar de &amp;nuevo / conservar la mía</translation>
    </message>
    <message>
        <source>Send the selected failed changes again; for a conflict, apply mine over the server&apos;s version (Ctrl+R)</source>
        <translation>Enviar de nuevo los cambios fallidos seleccionados; en un conflicto, aplicar la mía sobre la versión del servidor (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Discard / take theirs</source>
        <translation>&amp;Descartar / quedarse con la suya</translation>
    </message>
    <message>
        <source>Drop the selected changes from the outbox; for a conflict, the server&apos;s version stays (Delete)</source>
        <translation>Quitar los cambios seleccionados de la bandeja de salida; en un conflicto, queda la versión del servidor (Supr)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Conflict: this desktop&apos;s version and the server&apos;s</source>
        <translation>Conflicto: la versión de este equipo y la del servidor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Servidor ahora</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>Probando el servidor…</translation>
    </message>
    <message>
        <source>the server answers</source>
        <translation>el servidor responde</translation>
    </message>
    <message>
        <source>the server cannot be reached now</source>
        <translation>ahora no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>Every change made from this desktop is confirmed by the server.</source>
        <translation>Todos los cambios hechos desde este equipo están confirmados por el servidor.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed or in conflict; %3.</source>
        <translation>%1 en espera, %2 fallidos o en conflicto; %3.</translation>
    </message>
    <message>
        <source>Someone changed this membership on the server after it was read here. Keep mine sends this desktop&apos;s change over theirs; take theirs drops it.</source>
        <translation>Alguien cambió esta participación en el servidor después de leerla aquí. «Conservar la mía» envía el cambio de este equipo sobre el suyo; «quedarse con la suya» lo descarta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Ask the server whether the selected changes of unknown outcome were applied, without sending anything (Ctrl+K)</source>
        <translation>Preguntar al servidor si se aplicaron los cambios seleccionados de resultado desconocido, sin enviar nada (Ctrl+K)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep confirmed and discarded changes for</source>
        <translation>Conservar los cambios confirmados y descartados durante</translation>
    </message>
    <message>
        <source>Confirmed and discarded changes older than this are removed from this computer when G2P Desk next opens this profile. Changes not yet confirmed are always kept.</source>
        <translation>Los cambios confirmados y descartados más antiguos se quitan de este equipo la próxima vez que G2P Desk abra este perfil. Los cambios aún no confirmados se conservan siempre.</translation>
    </message>
    <message>
        <source>&amp;Keep confirmed and discarded changes for:</source>
        <translation>&amp;Conservar los cambios confirmados y descartados durante:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They will not be sent, and the server keeps what it has.</source>
        <translation>
            <numerusform>¿Descartar %n cambio? No se enviará y el servidor conserva lo que tiene.</numerusform>
            <numerusform>¿Descartar %n cambios? No se enviarán y el servidor conserva lo que tiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlos</translation>
    </message>
</context>
<context>
    <name>g2p::OutboxSync</name>
    <message>
        <source>The outbox could not be written: %1. Nothing was queued or sent.</source>
        <translation>No se pudo escribir la bandeja de salida: %1. No se puso nada en cola ni se envió nada.</translation>
    </message>
    <message>
        <source>applied (confirmed after a lost answer)</source>
        <translation>aplicado (confirmado tras una respuesta perdida)</translation>
    </message>
    <message>
        <source>This change cannot be read.</source>
        <translation>Este cambio no se puede leer.</translation>
    </message>
    <message>
        <source>Registrant %1 has no membership in %2.</source>
        <translation>La persona registrada %1 no participa en %2.</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>programa %1</translation>
    </message>
    <message>
        <source>already so on the server</source>
        <translation>ya es así en el servidor</translation>
    </message>
    <message>
        <source>Changed on the server since it was read: now %1.</source>
        <translation>Cambiado en el servidor después de leerlo: ahora %1.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Another G2P Desk or g2p-desk-cli is sending this profile&apos;s outbox; it sends this change too.</source>
        <translation>Otro G2P Desk o g2p-desk-cli está enviando la bandeja de salida de este perfil; también enviará este cambio.</translation>
    </message>
    <message>
        <source>This change cannot be read (kind “%1”): it was not sent. Discard it and make the change again.</source>
        <translation>Este cambio no se puede leer (tipo «%1»): no se envió. Descártelo y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>Discarded by another program on this profile; it was not sent.</source>
        <translation>Descartado por otro programa en este perfil; no se envió.</translation>
    </message>
    <message>
        <source>Sent and confirmed by another program on this profile.</source>
        <translation>Enviado y confirmado por otro programa en este perfil.</translation>
    </message>
    <message>
        <source>Settled by another program on this profile (%1).</source>
        <translation>Resuelto por otro programa en este perfil (%1).</translation>
    </message>
    <message>
        <source>The outbox could not be written: %1. Sending stopped; nothing more is sent until it can be written again.</source>
        <translation>No se pudo escribir en la bandeja de salida: %1. El envío se detuvo; no se envía nada más hasta que pueda escribirse de nuevo.</translation>
    </message>
    <message>
        <source>The server refused this change as out of date %1 times although the membership had not changed; nothing was written. Check the membership and send it again.</source>
        <translation>El servidor rechazó este cambio por desactualizado %1 veces aunque la participación no había cambiado; no se escribió nada. Revise la participación y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1). Nothing more is sent until you sign in again; the changes wait in the outbox.</source>
        <translation>El servidor rechazó el inicio de sesión (%1). No se envía nada más hasta que vuelva a iniciar sesión; los cambios esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Checked: the server does not have this change. Send it again (Retry) or discard it.</source>
        <translation>Comprobado: el servidor no tiene este cambio. Vuelva a enviarlo (Reintentar) o descártelo.</translation>
    </message>
    <message>
        <source>Settled by another program meanwhile.</source>
        <translation>Resuelto mientras tanto por otro programa.</translation>
    </message>
    <message>
        <source>No longer in the outbox.</source>
        <translation>Ya no está en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>g2p::PendingCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramListModel</name>
    <message>
        <source>Individuals</source>
        <translation>Individuos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminado el</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramTimeline</name>
    <message>
        <source>Enrolments, exits and pauses per month</source>
        <translation>Inscripciones, salidas y suspensiones por mes</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships…</source>
        <translation>Leyendo las participaciones del programa…</translation>
    </message>
    <message>
        <source>Reading the program&apos;s memberships… %1 of %2</source>
        <translation>Leyendo las participaciones del programa… %1 de %2</translation>
    </message>
    <message>
        <source>The months could not be read: %1</source>
        <translation>No se pudieron leer los meses: %1</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 exited, %4 paused</source>
        <translation>%1: %2 inscripciones, %3 salidas, %4 suspensiones</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Pauses (paused now, by their last change)</source>
        <translation>Suspensiones (suspendidas hoy, según su último cambio)</translation>
    </message>
    <message>
        <source>No enrolment, exit or pause is dated in this program.</source>
        <translation>Ninguna inscripción, salida o suspensión tiene fecha en este programa.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 enrolled, %4 exited, %5 paused now.</source>
        <translation>De %1 a %2: %3 inscripciones, %4 salidas, %5 suspendidas hoy.</translation>
    </message>
    <message>
        <source>Only the first %1 memberships were read: the months are partial.</source>
        <translation>Solo se leyeron las primeras %1 participaciones: los meses son parciales.</translation>
    </message>
</context>
<context>
    <name>g2p::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Memberships by state</source>
        <translation>Participaciones por estado</translation>
    </message>
    <message>
        <source>Members of the program</source>
        <translation>Participantes del programa</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Load more members</source>
        <translation>Cargar más participantes</translation>
    </message>
    <message>
        <source>Members could not be read: %1</source>
        <translation>No se pudieron leer los miembros: %1</translation>
    </message>
    <message>
        <source>%1 of %2 memberships shown</source>
        <translation>%1 de %2 participaciones mostradas</translation>
    </message>
    <message>
        <source>Find among the members shown</source>
        <translation>Buscar entre los miembros mostrados</translation>
    </message>
    <message>
        <source>Members in state</source>
        <translation>Miembros en estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 memberships shown</source>
        <translation>%1 de %2 participaciones mostradas (%3)</translation>
    </message>
    <message numerus="yes">
        <source>— %n match(es) the search</source>
        <translation>
            <numerusform>— %n coincide con la búsqueda</numerusform>
            <numerusform>— %n coinciden con la búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>No se pudieron leer los recuentos: %1</translation>
    </message>
    <message>
        <source>Program charts</source>
        <translation>Gráficos del programa</translation>
    </message>
    <message>
        <source>By &amp;state</source>
        <translation>Por &amp;estado</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>En el &amp;tiempo</translation>
    </message>
    <message>
        <source>(the search covers the first %1 members: choose a state to narrow the list)</source>
        <translation>(la búsqueda abarca los primeros %1 miembros: elija un estado para acotar la lista)</translation>
    </message>
    <message>
        <source>Reading every member to search them… %1 of %2</source>
        <translation>Leyendo todos los miembros para buscarlos… %1 de %2</translation>
    </message>
</context>
<context>
    <name>g2p::R</name>
    <message>
        <source>search registrants</source>
        <translation>buscar registrados</translation>
    </message>
    <message>
        <source>read ID numbers</source>
        <translation>leer los números de identidad</translation>
    </message>
    <message>
        <source>read phone numbers</source>
        <translation>leer los números de teléfono</translation>
    </message>
    <message>
        <source>read program memberships</source>
        <translation>leer las afiliaciones a programas</translation>
    </message>
    <message>
        <source>read household members</source>
        <translation>leer los miembros del hogar</translation>
    </message>
    <message>
        <source>read membership kinds</source>
        <translation>leer los tipos de pertenencia</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 finds registrants by identifier or name, not by number.</source>
        <translation>La API v2 de OpenSPP2 encuentra a las personas registradas por identificador o por nombre, no por número.</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 reads registrants by identifier; registrant %1 has none here.</source>
        <translation>La API v2 de OpenSPP2 lee a las personas registradas por identificador; la persona registrada %1 no tiene ninguno aquí.</translation>
    </message>
    <message>
        <source>read a registrant</source>
        <translation>leer una persona registrada</translation>
    </message>
    <message>
        <source>read the registry&apos;s changes</source>
        <translation>leer los cambios del registro</translation>
    </message>
</context>
<context>
    <name>g2p::RefreshLocalCopyCommand</name>
    <message>
        <source>Refresh the local copy</source>
        <translation>Actualizar la copia local</translation>
    </message>
    <message>
        <source>Nothing to refresh.</source>
        <translation>Nada que actualizar.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantPane</name>
    <message>
        <source>Select a registrant</source>
        <translation>Seleccione una persona registrada</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Miembros del hogar</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a member</source>
        <translation>Doble clic o Intro para abrir un miembro</translation>
    </message>
    <message>
        <source>Program memberships</source>
        <translation>Participaciones en programas</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Inscribir…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reanudar…</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>&amp;Salida…</translation>
    </message>
    <message>
        <source>Change enrollment &amp;date…</source>
        <translation>Cambiar la &amp;fecha…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Cannot show this group: %1</source>
        <translation>No se puede mostrar este hogar: %1</translation>
    </message>
    <message>
        <source>Cannot show this individual: %1</source>
        <translation>No se puede mostrar este individuo: %1</translation>
    </message>
    <message>
        <source>From the local copy: the server did not answer (%1).</source>
        <translation>De la copia local: el servidor no respondió (%1).</translation>
    </message>
    <message>
        <source>ID numbers:</source>
        <translation>Números de identificación:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registrado:</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <source>%1 (local copy)</source>
        <translation>%1 (copia local)</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>ID del hogar:</translation>
    </message>
    <message>
        <source>Individual ID:</source>
        <translation>ID del individuo:</translation>
    </message>
    <message>
        <source>Given / family name:</source>
        <translation>Nombre / apellido:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Lugar de nacimiento:</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>Hogares:</translation>
    </message>
    <message>
        <source>The registry API cannot list the groups of an individual: households in the local copy and those opened in this session are shown.</source>
        <translation>La API del registro no puede listar los hogares de un individuo: se muestran los hogares de la copia local y los abiertos en esta sesión.</translation>
    </message>
    <message>
        <source>Memberships could not be read: %1</source>
        <translation>No se pudieron leer las participaciones: %1</translation>
    </message>
    <message>
        <source>Memberships from the local copy: the server did not answer (%1). Changes made now wait in the outbox.</source>
        <translation>Participaciones de la copia local: el servidor no respondió (%1). Los cambios hechos ahora esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Select one or more program memberships first.</source>
        <translation>Seleccione primero una o más participaciones.</translation>
    </message>
    <message>
        <source>Enroll this registrant in a program</source>
        <translation>Inscribir a esta persona registrada en un programa</translation>
    </message>
    <message>
        <source>Select a registrant first.</source>
        <translation>Seleccione primero una persona registrada.</translation>
    </message>
    <message>
        <source>Every change of this registrant&apos;s program memberships</source>
        <translation>Cada cambio en la participación en programas de esta persona registrada</translation>
    </message>
    <message>
        <source>This registrant is disabled in the registry: nobody can enrol them.</source>
        <translation>Este registrado está desactivado en el registro: nadie puede inscribirlo.</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantSearch</name>
    <message>
        <source>The server search failed: %1. Showing the local copy.</source>
        <translation>Falló la búsqueda en el servidor: %1. Se muestra la copia local.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>Números de documento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Jefe de hogar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrantsPage</name>
    <message>
        <source>Search households by name or database ID…</source>
        <translation>Buscar hogares por nombre o ID de base de datos…</translation>
    </message>
    <message>
        <source>Search individuals by name or database ID…</source>
        <translation>Buscar individuos por nombre o ID de base de datos…</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Buscar hogares</translation>
    </message>
    <message>
        <source>Search individuals</source>
        <translation>Buscar individuos</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Filtro de programa</translation>
    </message>
    <message>
        <source>Membership state filter</source>
        <translation>Filtro de estado de participación</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Gender filter</source>
        <translation>Filtro de género</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Cualquier género</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Registrado del</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Registrado hasta</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>Listas de trabajo guardadas</translation>
    </message>
    <message>
        <source>Save as worklist…</source>
        <translation>Guardar lista…</translation>
    </message>
    <message>
        <source>Save the current search and filters as a worklist</source>
        <translation>Guardar la búsqueda y los filtros actuales como lista de trabajo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuos</translation>
    </message>
    <message>
        <source>Search stopped: %1 loaded.</source>
        <translation>Búsqueda detenida: %1 cargados.</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded</source>
        <translation>%1 mostrados de %2 cargados</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Listas de trabajo</translation>
    </message>
    <message>
        <source>Type a name to search the registry (Esc stops a search).</source>
        <translation>Escriba un nombre para buscar en el registro (Esc detiene una búsqueda).</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>Cualquier programa</translation>
    </message>
    <message>
        <source>Reading the local copy…</source>
        <translation>Leyendo la copia local…</translation>
    </message>
    <message>
        <source>Reading the local copy… %1</source>
        <translation>Leyendo la copia local… %1</translation>
    </message>
    <message>
        <source>The local copy is empty: type a name to search the registry (it fills as the refresh runs).</source>
        <translation>La copia local está vacía: escriba un nombre para buscar en el registro (se llena mientras se actualiza).</translation>
    </message>
    <message>
        <source>The local copy is empty and the server cannot be reached.</source>
        <translation>La copia local está vacía y no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy; asking the server…</source>
        <translation>
            <numerusform>%n encontrado en la copia local; consultando al servidor…</numerusform>
            <numerusform>%n encontrados en la copia local; consultando al servidor…</numerusform>
        </translation>
    </message>
    <message>
        <source>No registrant matches “%1”.</source>
        <translation>Ninguna persona registrada coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the local copy (the server cannot be reached).</source>
        <translation>
            <numerusform>%n encontrado en la copia local (no se puede contactar con el servidor).</numerusform>
            <numerusform>%n encontrados en la copia local (no se puede contactar con el servidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save worklist</source>
        <translation>Guardar lista de trabajo</translation>
    </message>
    <message>
        <source>Name of this worklist:</source>
        <translation>Nombre de esta lista de trabajo:</translation>
    </message>
    <message>
        <source>Search households by name, ID number or database ID…</source>
        <translation>Buscar hogares por nombre, número de identidad o id…</translation>
    </message>
    <message>
        <source>Search individuals by name, ID number or database ID…</source>
        <translation>Buscar personas por nombre, número de identidad o id…</translation>
    </message>
    <message>
        <source>This server finds names whatever their letter case.</source>
        <translation>Este servidor encuentra los nombres sin importar mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>This server matches names letter for letter; G2P Desk also asks for the capitals registries use.</source>
        <translation>Este servidor compara los nombres letra por letra; G2P Desk también pregunta por las mayúsculas que usan los registros.</translation>
    </message>
    <message>
        <source>Search box: move into the results</source>
        <translation>Cuadro de búsqueda: ir a los resultados</translation>
    </message>
    <message>
        <source>Search box: stop the search</source>
        <translation>Cuadro de búsqueda: detener la búsqueda</translation>
    </message>
</context>
<context>
    <name>g2p::RegistrySession</name>
    <message>
        <source>This server offers registry data only: it lacks the program and membership endpoints (the G2P Desk extension), so programs, enrolment, exits and history are not available.</source>
        <translation>Este servidor solo ofrece datos del registro: le faltan los puntos de acceso de programas y participaciones (la extensión de G2P Desk), así que los programas, inscripciones, salidas e historial no están disponibles.</translation>
    </message>
    <message>
        <source>Load programs</source>
        <translation>Cargar programas</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk change program memberships.</source>
        <translation>Este servidor no permite a G2P Desk cambiar las inscripciones en programas.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk enrol registrants.</source>
        <translation>Este servidor no permite a G2P Desk inscribir registrados.</translation>
    </message>
    <message>
        <source>This server keeps no history of memberships: only the changes made from this desktop are shown.</source>
        <translation>Este servidor no guarda historial de las inscripciones: solo se muestran los cambios hechos desde este equipo.</translation>
    </message>
    <message>
        <source>This server does not let G2P Desk create registrants.</source>
        <translation>Este servidor no permite a G2P Desk crear registrados.</translation>
    </message>
    <message>
        <source>The local copy was damaged: it was set aside (%1) and is rebuilt from the server.</source>
        <translation>La copia local estaba dañada: se apartó (%1) y se reconstruye desde el servidor.</translation>
    </message>
    <message>
        <source>The outbox file was damaged: it was set aside (%1). Changes in it were not sent.</source>
        <translation>El archivo de la bandeja de salida estaba dañado: se apartó (%1). Los cambios que contiene no se enviaron.</translation>
    </message>
    <message>
        <source>The outbox cannot be opened (%1): changes cannot be queued, nothing will be sent.</source>
        <translation>No se puede abrir la bandeja de salida (%1): los cambios no pueden ponerse en cola, no se enviará nada.</translation>
    </message>
    <message>
        <source>Open the local files</source>
        <translation>Abrir los archivos locales</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Your account “%1” may look at the registry but not change program memberships. Ask the registry&apos;s administrator if you need to.</source>
        <translation>Su cuenta «%1» puede consultar el registro pero no cambiar participaciones en programas. Pídalo al administrador del registro si lo necesita.</translation>
    </message>
    <message>
        <source>Your account “%1” may not create registrants. Ask the registry&apos;s administrator if you need to.</source>
        <translation>Su cuenta «%1» no puede crear personas registradas. Pídalo al administrador del registro si lo necesita.</translation>
    </message>
</context>
<context>
    <name>g2p::ReportActions</name>
    <message>
        <source>&amp;Registrant record…</source>
        <translation>Ficha de la &amp;persona registrada…</translation>
    </message>
    <message>
        <source>Program &amp;members…</source>
        <translation>&amp;Miembros del programa…</translation>
    </message>
    <message>
        <source>Program &amp;summary…</source>
        <translation>&amp;Resumen del programa…</translation>
    </message>
    <message>
        <source>The registrant in view: record, program memberships and history</source>
        <translation>La persona registrada a la vista: ficha, participaciones e historial</translation>
    </message>
    <message>
        <source>The program selected on the Programs page (its members as filtered there)</source>
        <translation>El programa elegido en la página Programas (sus miembros tal como se filtran allí)</translation>
    </message>
    <message>
        <source>Registrant record</source>
        <translation>Ficha de la persona registrada</translation>
    </message>
    <message>
        <source>Program members</source>
        <translation>Miembros del programa</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Guardar %1 en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a registrant on Individuals or Groups first.</source>
        <translation>Abra primero una persona registrada en Individuos u Hogares.</translation>
    </message>
    <message>
        <source>Choose a program on the Programs page first.</source>
        <translation>Elija primero un programa en la página Programas.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message>
        <source>Reading the report… %1 of %2 rows</source>
        <translation>Leyendo el informe… %1 de %2 filas</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
</context>
<context>
    <name>g2p::RestContractBackend</name>
    <message>
        <source>REST contract</source>
        <translation>contrato REST</translation>
    </message>
    <message>
        <source>REST (registry data only)</source>
        <translation>REST (solo datos del registro)</translation>
    </message>
</context>
<context>
    <name>g2p::RestTransport</name>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Sesión cerrada: no se envía nada más desde esta ventana.</translation>
    </message>
    <message>
        <source>This server offers registry data only: it lacks the extension endpoints needed to %1.</source>
        <translation>Este servidor solo ofrece datos del registro: le faltan los puntos de acceso de la extensión necesarios para %1.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>cerrar sesión</translation>
    </message>
    <message>
        <source>Refusing to send your password unencrypted to %1 (http://). Use the server&apos;s https:// address, or, only if your administrator says this network is private, allow unencrypted connections for this profile.</source>
        <translation>Se rechaza enviar su contraseña sin cifrar a %1 (http://). Use la dirección https:// del servidor o, solo si su administrador indica que esta red es privada, permita conexiones sin cifrar para este perfil.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. Trusted: %1. Presented now: %2. Refusing to connect: check with your administrator before trusting the new certificate.</source>
        <translation>El certificado del servidor ha cambiado. De confianza: %1. Presentado ahora: %2. Conexión rechazada: consulte con su administrador antes de confiar en el nuevo certificado.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Falló la conexión segura: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2.</source>
        <translation>El certificado del servidor no es de confianza (%1). Huella SHA-256: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>No se puede contactar con el servidor en %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>Falló la conexión con el servidor (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the %1 MB this program reads (at least %2 MB). Narrow the request (a name, a program, a state), or raise the limit for this profile.</source>
        <translation>La respuesta del servidor supera los %1 MB que lee este programa (al menos %2 MB). Acote la solicitud (un nombre, un programa, un estado) o aumente el límite de este perfil.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s.</source>
        <translation>Sin respuesta del servidor en %1 s.</translation>
    </message>
</context>
<context>
    <name>g2p::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n suspensión</numerusform>
            <numerusform>%n suspensiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>%n reanudación</numerusform>
            <numerusform>%n reanudaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other state change(s)</source>
        <translation>
            <numerusform>%n otro cambio de estado</numerusform>
            <numerusform>%n otros cambios de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date change(s)</source>
        <translation>
            <numerusform>%n cambio de fecha</numerusform>
            <numerusform>%n cambios de fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent</source>
        <translation>
            <numerusform>Se enviará %n fila</numerusform>
            <numerusform>Se enviarán %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still have issues and will not be sent; fix them in the grid first.</source>
        <translation>
            <numerusform>%n fila aún tiene problemas y no se enviará; corríjala primero en la cuadrícula.</numerusform>
            <numerusform>%n filas aún tienen problemas y no se enviarán; corríjalas primero en la cuadrícula.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n change(s)</source>
        <translation>
            <numerusform>&amp;Enviar %n cambio</numerusform>
            <numerusform>&amp;Enviar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by the server)</source>
        <translation>%1 (la fija el servidor)</translation>
    </message>
    <message>
        <source>The server sets this date itself when the change is applied (today, UTC). Give a date in the grid to choose another one.</source>
        <translation>El servidor fija esta fecha al aplicar el cambio (hoy, UTC). Indique una fecha en la cuadrícula para elegir otra.</translation>
    </message>
</context>
<context>
    <name>g2p::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Tab moves between the search box, the filters, the list and the registrant; the arrow keys move in a list.</source>
        <translation>Tab pasa del cuadro de búsqueda a los filtros, la lista y la persona registrada; las flechas se mueven en una lista.</translation>
    </message>
</context>
<context>
    <name>g2p::Spp2Backend</name>
    <message>
        <source>OpenSPP2 API v2</source>
        <translation>API v2 de OpenSPP2</translation>
    </message>
    <message>
        <source>OpenSPP2 API %1</source>
        <translation>API %1 de OpenSPP2</translation>
    </message>
    <message>
        <source>The API client “%1” lacks the scope “%2”, needed to %3. Ask the registry&apos;s administrator to add it to the client (OpenSPP: Settings › Registry › API clients).</source>
        <translation>Al cliente de la API «%1» le falta el ámbito «%2», necesario para %3. Pida al administrador del registro que lo añada al cliente (OpenSPP: Ajustes › Registro › Clientes de API).</translation>
    </message>
    <message>
        <source>The server refused to %1 for the API client “%2” (%3). Its consent rules or scopes may not cover this record.</source>
        <translation>El servidor se negó a %1 para el cliente de la API «%2» (%3). Puede que sus reglas de consentimiento o sus ámbitos no cubran este registro.</translation>
    </message>
    <message>
        <source>The server refused the client id or secret of “%1” (%2). Check them with the registry&apos;s administrator and sign in again.</source>
        <translation>El servidor rechazó el id o el secreto del cliente «%1» (%2). Compruébelos con el administrador del registro y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in to an OpenSPP2 server needs the API client&apos;s id (as the user) and its secret (as the password).</source>
        <translation>Para iniciar sesión en un servidor OpenSPP2 se necesitan el id del cliente de la API (como usuario) y su secreto (como contraseña).</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>The server allows few sign-ins a minute from this address: asking again for an access token in %n second(s).</source>
        <translation>
            <numerusform>El servidor permite pocos inicios de sesión por minuto desde esta dirección: se volverá a pedir un token de acceso en %n segundo.</numerusform>
            <numerusform>El servidor permite pocos inicios de sesión por minuto desde esta dirección: se volverá a pedir un token de acceso en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refuses new sign-ins from this address for %1 (it allows 5 a minute and 50 a day). G2P Desk keeps a token for 24 hours; try again after that wait.</source>
        <translation>El servidor rechaza nuevos inicios de sesión desde esta dirección durante %1 (permite 5 por minuto y 50 al día). G2P Desk conserva un token 24 horas; vuelva a intentarlo pasado ese plazo.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s token answer has no access token.</source>
        <translation>La respuesta del servidor a la solicitud de token no contiene ningún token de acceso.</translation>
    </message>
    <message>
        <source>Signed out: nothing more is sent from this window.</source>
        <translation>Sesión cerrada: ya no se envía nada desde esta ventana.</translation>
    </message>
    <message>
        <source>ask what the server offers</source>
        <translation>preguntar qué ofrece el servidor</translation>
    </message>
    <message>
        <source>This address does not answer like an OpenSPP2 API v2 server (no %1/metadata).</source>
        <translation>Esta dirección no responde como un servidor de la API v2 de OpenSPP2 (no hay %1/metadata).</translation>
    </message>
    <message>
        <source>list programs</source>
        <translation>listar los programas</translation>
    </message>
    <message>
        <source>OpenSPP2&apos;s API v2 keeps no history of program memberships: only the changes made from this desktop are known.</source>
        <translation>La API v2 de OpenSPP2 no guarda historial de las participaciones en programas: solo se conocen los cambios hechos desde este equipo.</translation>
    </message>
    <message>
        <source>The server answered %1&apos;s membership in %2 for another program: it is an older API v2 that cannot address one membership of a registrant in several programs. Ask for spp_api_v2_programs 19.0.1.1.0 or later; nothing was changed.</source>
        <translation>El servidor respondió a la participación de %1 en %2 con otro programa: es una API v2 antigua que no puede designar una participación de una persona registrada en varios programas. Pida spp_api_v2_programs 19.0.1.1.0 o posterior; no se cambió nada.</translation>
    </message>
    <message>
        <source>of %1 in %2</source>
        <translation>de %1 en %2</translation>
    </message>
    <message>
        <source>Program %1 has no identifier here.</source>
        <translation>El programa %1 no tiene identificador aquí.</translation>
    </message>
    <message>
        <source>read a program</source>
        <translation>leer un programa</translation>
    </message>
    <message>
        <source>This registrant has no identifier here.</source>
        <translation>Esta persona registrada no tiene identificador aquí.</translation>
    </message>
    <message>
        <source>This program has no identifier here.</source>
        <translation>Este programa no tiene identificador aquí.</translation>
    </message>
    <message>
        <source>list program memberships</source>
        <translation>listar las participaciones en programas</translation>
    </message>
    <message>
        <source>Membership %1 has no identifier here.</source>
        <translation>La participación %1 no tiene identificador aquí.</translation>
    </message>
    <message>
        <source>read a membership</source>
        <translation>leer una participación</translation>
    </message>
    <message>
        <source>The membership was changed on the server since it was read; nothing was written.</source>
        <translation>La participación se modificó en el servidor después de leerla; no se escribió nada.</translation>
    </message>
    <message>
        <source>change program memberships</source>
        <translation>cambiar participaciones en programas</translation>
    </message>
    <message>
        <source>The membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was written.</source>
        <translation>La participación %1 se modificó en el servidor el %2 (UTC) después de leerla el %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>Registrant %1 has no identifier here.</source>
        <translation>La persona registrada %1 no tiene identificador aquí.</translation>
    </message>
    <message>
        <source>The enrollment date %1 is after today (%2, UTC).</source>
        <translation>La fecha de inscripción %1 es posterior a hoy (%2, UTC).</translation>
    </message>
    <message>
        <source>%1 has ended: nobody can be enrolled in it.</source>
        <translation>%1 ha terminado: nadie puede inscribirse en él.</translation>
    </message>
    <message>
        <source>%1 is an individual; the program enrols groups.</source>
        <translation>%1 es un individuo; el programa inscribe hogares.</translation>
    </message>
    <message>
        <source>%1 is a group; the program enrols individuals.</source>
        <translation>%1 es un hogar; el programa inscribe individuos.</translation>
    </message>
    <message>
        <source>%1 is %2 in this program; the membership cannot become %3.</source>
        <translation>%1 tiene una participación %2 en este programa; no puede pasar a %3.</translation>
    </message>
    <message>
        <source>enrol registrants</source>
        <translation>inscribir personas registradas</translation>
    </message>
    <message>
        <source>G2P Desk does not create registrants on OpenSPP2 servers yet: register them in OpenSPP.</source>
        <translation>G2P Desk aún no crea personas registradas en servidores OpenSPP2: regístrelas en OpenSPP.</translation>
    </message>
</context>
<context>
    <name>g2p::StartPage</name>
    <message>
        <source>Find a registrant: name, ID number or record id, then Enter</source>
        <translation>Buscar una persona registrada: nombre, número de documento o id del registro, luego Intro</translation>
    </message>
    <message>
        <source>Find a registrant</source>
        <translation>Buscar una persona registrada</translation>
    </message>
    <message>
        <source>Changes to look at</source>
        <translation>Cambios que revisar</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Resumen de la bandeja de salida</translation>
    </message>
    <message>
        <source>Changes that failed or conflict</source>
        <translation>Cambios fallidos o en conflicto</translation>
    </message>
    <message>
        <source>Open the &amp;Outbox</source>
        <translation>Abrir la &amp;bandeja de salida</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>Abiertos recientemente</translation>
    </message>
    <message>
        <source>Registrants opened recently</source>
        <translation>Personas registradas abiertas recientemente</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Listas de trabajo</translation>
    </message>
    <message>
        <source>Saved worklists</source>
        <translation>Listas de trabajo guardadas</translation>
    </message>
    <message>
        <source>Sent from this desktop in the last 7 days</source>
        <translation>Enviado desde este equipo en los últimos 7 días</translation>
    </message>
    <message>
        <source>Changes sent in the last 7 days</source>
        <translation>Cambios enviados en los últimos 7 días</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Programs and their members by state</source>
        <translation>Programas y sus miembros por estado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The outbox cannot be opened: see the status bar.</source>
        <translation>No se puede abrir la bandeja de salida: vea la barra de estado.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent and nothing failed.</source>
        <translation>Nada espera a ser enviado y nada ha fallado.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n cambio espera a ser enviado.</numerusform>
            <numerusform>%n cambios esperan a ser enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>These failed or met someone else&apos;s change: open one to see it, or the Outbox to send again or discard.</source>
        <translation>Estos fallaron o chocaron con el cambio de otra persona: abra uno para verlo, o la bandeja de salida para reenviar o descartar.</translation>
    </message>
    <message>
        <source>registrant %1</source>
        <translation>persona registrada %1</translation>
    </message>
    <message>
        <source>%1 (household)</source>
        <translation>%1 (hogar)</translation>
    </message>
    <message>
        <source>No registrant opened yet on this desktop.</source>
        <translation>Todavía no se ha abierto ninguna persona registrada en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n suspensión</numerusform>
            <numerusform>%n suspensiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumption(s)</source>
        <translation>
            <numerusform>%n reanudación</numerusform>
            <numerusform>%n reanudaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n otro cambio</numerusform>
            <numerusform>%n otros cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent from this desktop in the last 7 days.</source>
        <translation>No se envió nada desde este equipo en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Confirmed by the server: %1.</source>
        <translation>Confirmado por el servidor: %1.</translation>
    </message>
    <message>
        <source>%1 (households)</source>
        <translation>%1 (hogares)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) on %2</source>
        <translation>
            <numerusform>%1 — %n fila el %2</numerusform>
            <numerusform>%1 — %n filas el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not counted yet</source>
        <translation>%1 — aún sin contar</translation>
    </message>
    <message>
        <source>Opens the worklist and counts it again</source>
        <translation>Abre la lista de trabajo y la vuelve a contar</translation>
    </message>
    <message>
        <source>No worklist saved: save a search with its filters on Individuals or Groups.</source>
        <translation>No hay listas de trabajo: guarde una búsqueda con sus filtros en Individuos u Hogares.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>g2p::TableFile</name>
    <message>
        <source>It cannot be opened: %1</source>
        <translation>No se puede abrir: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB (%2 MB).</source>
        <translation>El archivo supera %1 MB (%2 MB).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Program memberships for OpenG2P / OpenSPP registries.</source>
        <translation>Participación en programas para registros OpenG2P / OpenSPP.</translation>
    </message>
    <message>
        <source>Registry URL.</source>
        <translation>URL del registro.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>Interface language for this run (en, fr, es, ar).</source>
        <translation>Idioma de la interfaz para esta ejecución (en, fr, es, ar).</translation>
    </message>
    <message>
        <source>Section to open on: start (the default), individuals, groups, programs, bulk or outbox.</source>
        <translation>Sección al abrir: start (por defecto), individuals, groups, programs, bulk u outbox.</translation>
    </message>
    <message>
        <source>Unknown section “%1”: use start, individuals, groups, programs, bulk or outbox.</source>
        <translation>Sección desconocida «%1»: use start, individuals, groups, programs, bulk u outbox.</translation>
    </message>
</context>
</TS>
