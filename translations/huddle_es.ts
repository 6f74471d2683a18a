<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/firstrun.cpp" line="36" />
        <source>Creating a demo contact centre: 4 teams, 48 agents, 180 days…</source>
        <translation>Creando un centro de contacto de demostración: 4 equipos, 48 agentes, 180 días…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="37" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="38" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="54" />
        <source>Creating the demo database was cancelled.</source>
        <translation>Se canceló la creación de la base de datos de demostración.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="79" />
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="87" />
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="99" />
        <source>restoring overwritten rows</source>
        <translation>restaurando las filas sobrescritas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="114" />
        <source>deleting imported rows</source>
        <translation>eliminando las filas importadas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="137" />
        <source>removing agents and teams the import created</source>
        <translation>quitando los agentes y equipos creados por la importación</translation>
    </message>
</context>
<context>
    <name>huddle::importers</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="156" />
        <location filename="../app/importers/importjob.cpp" line="237" />
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>unknown profile '%1'</source>
        <translation>perfil desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="293" />
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation>las fechas pueden ser día/mes o mes/día; elegir el orden de las fechas (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="300" />
        <source>unknown time zone '%1'</source>
        <translation>zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="369" />
        <source>no conversation with this id from source '%1' has been imported</source>
        <translation>no se ha importado ninguna conversación con este id desde el origen «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="395" />
        <source>line,column,header,value,reason</source>
        <translation>línea,columna,encabezado,valor,motivo</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="216" />
        <source>unknown shape '%1'</source>
        <translation>tipo de datos desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="224" />
        <source>unknown field '%1'</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="371" />
        <source>profile '%1' is not valid JSON: %2</source>
        <translation>el perfil «%1» no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="374" />
        <source>profile '%1': %2</source>
        <translation>perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>huddle::importers::CsvReader</name>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="58" />
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="215" />
        <source>quoted field opened here is never closed</source>
        <translation>el campo entre comillas que se abre aquí nunca se cierra</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="283" />
        <source>unexpected character %1 after the closing quote (expected the delimiter %2 or a line end)</source>
        <translation>carácter inesperado %1 después de la comilla de cierre (se esperaba el delimitador %2 o un fin de línea)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="295" />
        <location filename="../app/importers/csvreader.cpp" line="337" />
        <source>record longer than 1 MiB</source>
        <translation>registro de más de 1 MiB</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="333" />
        <source>record longer than 1 MiB: the quoted field opened here is not closed within it</source>
        <translation>registro de más de 1 MiB: el campo entre comillas que se abre aquí no se cierra dentro de él</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="418" />
        <source>could not read the file: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="428" />
        <source>invalid UTF-16 (the file ends in the middle of a character)</source>
        <translation>UTF-16 no válido (el archivo termina en medio de un carácter)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="431" />
        <source>invalid UTF-16 (unpaired surrogate)</source>
        <translation>UTF-16 no válido (sustituto sin pareja)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="437" />
        <source>invalid UTF-8 byte sequence (the file ends in the middle of a character)</source>
        <translation>secuencia de bytes UTF-8 no válida (el archivo termina en medio de un carácter)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="440" />
        <source>invalid UTF-8 byte sequence</source>
        <translation>secuencia de bytes UTF-8 no válida</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Fields</name>
    <message>
        <location filename="../app/importers/fields.cpp" line="18" />
        <source>conversation, call or ticket id in the source</source>
        <translation>id de la conversación, llamada o ticket en el origen</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="20" />
        <source>agent who handled it (display name)</source>
        <translation>agente que la atendió (nombre visible)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="21" />
        <source>team name</source>
        <translation>nombre del equipo</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="23" />
        <source>date (combined with time when both are mapped)</source>
        <translation>fecha (se combina con la hora cuando ambas están asignadas)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="25" />
        <source>time of day the conversation started</source>
        <translation>hora del día en que empezó la conversación</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="27" />
        <source>date and time it started</source>
        <translation>fecha y hora de inicio</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="29" />
        <source>answered (yes) or abandoned (no)</source>
        <translation>atendida (yes) o abandonada (no)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="31" />
        <source>wait before answer (speed of answer)</source>
        <translation>espera antes de atender (velocidad de respuesta)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="32" />
        <source>talk time</source>
        <translation>tiempo de conversación</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="33" />
        <source>hold time</source>
        <translation>tiempo de espera en línea</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="34" />
        <source>after-call work time</source>
        <translation>tiempo de trabajo posterior a la llamada</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="36" />
        <source>total handle time as exported</source>
        <translation>tiempo total de gestión según la exportación</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="38" />
        <source>resolved on first contact</source>
        <translation>resuelta en el primer contacto</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="40" />
        <source>CSAT answer on the source's scale (per agent-day: CSAT %)</source>
        <translation>respuesta CSAT en la escala del origen (por agente y día: CSAT %)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="42" />
        <source>NPS answer 0–10</source>
        <translation>respuesta NPS de 0 a 10</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="43" />
        <source>number of sales</source>
        <translation>número de ventas</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="44" />
        <source>sales amount</source>
        <translation>importe de las ventas</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="46" />
        <source>channel: call, chat, email or ticket</source>
        <translation>canal: call, chat, email o ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="47" />
        <source>queue, topic or campaign</source>
        <translation>cola, tema o campaña</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="49" />
        <source>customer id or phone number (for FCR without a resolved flag)</source>
        <translation>id o teléfono del cliente (para el FCR sin indicador de resolución)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="52" />
        <source>conversations handled (per agent-day)</source>
        <translation>conversaciones atendidas (por agente y día)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="54" />
        <source>first response time (chat, e-mail)</source>
        <translation>tiempo de primera respuesta (chat, correo electrónico)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="56" />
        <source>resolution time (chat, e-mail)</source>
        <translation>tiempo de resolución (chat, correo electrónico)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="58" />
        <source>date and time it was closed</source>
        <translation>fecha y hora de cierre</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="60" />
        <source>time on queue (per agent-day, for CpH)</source>
        <translation>tiempo en cola (por agente y día, para CpH)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="61" />
        <source>subject line</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="63" />
        <source>transcript or recording reference</source>
        <translation>referencia de la transcripción o grabación</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="65" />
        <source>CSAT responses (per agent-day)</source>
        <translation>respuestas CSAT (por agente y día)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="67" />
        <source>present, late, excused, unexcused or no-call-no-show</source>
        <translation>present, late, excused, unexcused o no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="68" />
        <source>minutes late</source>
        <translation>minutos de retraso</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="69" />
        <source>scheduled shift start</source>
        <translation>inicio del turno programado</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="71" />
        <source>scheduled shift length in minutes</source>
        <translation>duración del turno programado en minutos</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="72" />
        <source>schedule adherence %</source>
        <translation>% de adherencia al horario</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="73" />
        <source>product sold</source>
        <translation>producto vendido</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="74" />
        <source>product tier</source>
        <translation>nivel del producto</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="221" />
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation>libro de Excel, hoja %1; perfil %2</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="223" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="224" />
        <source>%1 text, delimiter '%2', %3, %4; profile %5</source>
        <translation>texto %1, delimitador «%2», %3, %4; perfil %5</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="226" />
        <source>header row</source>
        <translation>fila de encabezados</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="226" />
        <source>no header row</source>
        <translation>sin fila de encabezados</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="227" />
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="227" />
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="269" />
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation>%1 filas leídas: %2 importadas, %3 actualizadas, %4 duplicados exactos, %5 en blanco, %6 rechazadas</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="277" />
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; no se importó nada</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="279" />
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation> — el %1 % de filas rechazadas supera el umbral; no se importó nada</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="282" />
        <source> (dry run: nothing was written)</source>
        <translation> (simulación: no se escribió nada)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="283" />
        <source> in %1 s (import %2)</source>
        <translation> en %1 s (importación %2)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="272" />
        <source>import settings are not valid JSON: %1</source>
        <translation>la configuración de importación no es un JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="204" />
        <source>column '%1' mapped to '%2' is not in the file; headers found: %3</source>
        <translation>la columna «%1» asignada a «%2» no está en el archivo; encabezados encontrados: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="221" />
        <source>no column maps to %1; headers found: %2</source>
        <translation>ninguna columna está asignada a %1; encabezados encontrados: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="222" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="222" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="318" />
        <source>expected a channel: call, chat, email or ticket</source>
        <translation>se esperaba un canal: call, chat, email o ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="323" />
        <source> (dates read as %1)</source>
        <translation> (fechas leídas como %1)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="372" />
        <source>NPS answers run from 0 to 10</source>
        <translation>las respuestas NPS van de 0 a 10</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="387" />
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation>se esperaba present, late, excused, unexcused o ncns (no-call-no-show, ausencia sin aviso)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="405" />
        <source>expected a count of 0 or more</source>
        <translation>se esperaba una cantidad de 0 o más</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="447" />
        <source>CSAT %1 is outside the source's scale %2–%3</source>
        <translation>CSAT %1 está fuera de la escala del origen %2–%3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="463" />
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="476" />
        <source>the agent is empty</source>
        <translation>el agente está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="483" />
        <source>the conversation id is empty</source>
        <translation>el id de la conversación está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="490" />
        <source>the number of conversations handled is empty</source>
        <translation>el número de conversaciones atendidas está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="495" />
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation>un CSAT % necesita el número de respuestas en que se basa</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="502" />
        <source>the attendance status is empty</source>
        <translation>el estado de asistencia está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="509" />
        <source>the sale amount is empty</source>
        <translation>el importe de la venta está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="516" />
        <source>marked as not answered but has a talk or handle time</source>
        <translation>marcada como no atendida pero tiene tiempo de conversación o de gestión</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Sniffer</name>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="268" />
        <location filename="../app/importers/sniffer.cpp" line="282" />
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="292" />
        <source>no complete record in the first 64 KiB of the file (is a quote left open?)</source>
        <translation>no hay ningún registro completo en los primeros 64 KiB del archivo (¿quedó una comilla abierta?)</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="299" />
        <source>the file contains only blank lines</source>
        <translation>el archivo solo contiene líneas en blanco</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="312" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="315" />
        <location filename="../app/importers/sniffer.cpp" line="323" />
        <source>not a text file</source>
        <translation>no es un archivo de texto</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="318" />
        <source>not a text file (it looks like an Excel workbook or another ZIP archive)</source>
        <translation>no es un archivo de texto (parece un libro de Excel u otro archivo ZIP)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Values</name>
    <message>
        <location filename="../app/importers/values.cpp" line="29" />
        <source>empty value</source>
        <translation>valor vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="30" />
        <source>number too large</source>
        <translation>número demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="32" />
        <source>expected a whole number, e.g. 109</source>
        <translation>se esperaba un número entero, p. ej., 109</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="33" />
        <source>expected a number such as 1.5 or -0.25 (no thousands separators)</source>
        <translation>se esperaba un número como 1.5 o -0.25 (sin separadores de miles)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="36" />
        <source>expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)</source>
        <translation>se esperaba un número como 1,5 o -0,25 (coma decimal, sin separadores de miles)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="39" />
        <source>expected a percentage such as 94.01% or 94.01</source>
        <translation>se esperaba un porcentaje como 94.01% o 94.01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="41" />
        <source>expected a percentage such as 94,01% or 94,01</source>
        <translation>se esperaba un porcentaje como 94,01% o 94,01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="43" />
        <source>expected an amount such as 12.50, -3 or $12.50</source>
        <translation>se esperaba un importe como 12.50, -3 o $12.50</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="45" />
        <source>expected an amount such as 12,50, -3 or 12,50 €</source>
        <translation>se esperaba un importe como 12,50, -3 o 12,50 €</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="47" />
        <source>expected yes/no (Y/N, true/false, 1/0)</source>
        <translation>se esperaba sí o no (yes/no, Y/N, true/false, 1/0)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="49" />
        <source>expected a duration such as 95, 1:35 or 0:01:35</source>
        <translation>se esperaba una duración como 95, 1:35 o 0:01:35</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="51" />
        <source>duration is negative</source>
        <translation>la duración es negativa</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="52" />
        <source>duration too long</source>
        <translation>duración demasiado larga</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="54" />
        <source>expected a date such as 2021-01-31 (year-month-day)</source>
        <translation>se esperaba una fecha como 2021-01-31 (año-mes-día)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="55" />
        <source>expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)</source>
        <translation>se esperaba una fecha como 2021-01-31 o 1/31/2021 (mes/día/año)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="57" />
        <source>expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)</source>
        <translation>se esperaba una fecha como 2021-01-31 o 31/01/2021 (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="60" />
        <source>%1 is not a date: there is no year 0</source>
        <translation>%1 no es una fecha: no existe el año 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="62" />
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 no es una fecha: no existe el mes %2</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="64" />
        <source>%1 is not a date: there is no day 0</source>
        <translation>%1 no es una fecha: no existe el día 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="66" />
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>%1 no es una fecha: %2 de %3 tiene %4 días</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="67" />
        <source>expected a time of day such as 9:12:58, 09:12 or 9:12 PM</source>
        <translation>se esperaba una hora del día como 9:12:58, 09:12 o 9:12 PM</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="69" />
        <source>%1 is not a time of day</source>
        <translation>%1 no es una hora del día</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="71" />
        <source>expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z</source>
        <translation>se esperaba una fecha y hora como 2021-01-31 09:12:58 o 2021-01-31T09:12:58Z</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="73" />
        <source>expected a UTC offset such as Z, +02:00 or -0500 after the time</source>
        <translation>se esperaba un desfase UTC como Z, +02:00 o -0500 después de la hora</translation>
    </message>
</context>
<context>
    <name>huddle::importers::XlsxReader</name>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="37" />
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="40" />
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="53" />
        <source>this is a legacy .xls workbook or a password-protected .xlsx; save it from Excel as an unprotected .xlsx</source>
        <translation>es un libro .xls antiguo o un .xlsx protegido con contraseña; hay que guardarlo desde Excel como .xlsx sin protección</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="60" />
        <source>the .xlsx file is damaged (the zip archive is truncated or corrupt)</source>
        <translation>el archivo .xlsx está dañado (el archivo zip está truncado o corrupto)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="65" />
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation>no es un libro .xlsx (no es un archivo zip)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="134" />
        <source>the part %1 is missing</source>
        <translation>falta la parte %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="139" />
        <location filename="../app/importers/xlsxpackage.cpp" line="158" />
        <source>the part %1 is damaged</source>
        <translation>la parte %1 está dañada</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="143" />
        <source>the part %1 is encrypted</source>
        <translation>la parte %1 está cifrada</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="147" />
        <source>the part %1 uses an unsupported compression method (%2)</source>
        <translation>la parte %1 usa un método de compresión no compatible (%2)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="153" />
        <source>the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)</source>
        <translation>la parte %1 es demasiado grande (%2 MiB sin comprimir, máximo %3 MiB)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="184" />
        <source>the XML declares a document type, which .xlsx files must not</source>
        <translation>el XML declara un tipo de documento, algo que los archivos .xlsx no deben hacer</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="207" />
        <source>XML error at line %1, column %2: %3</source>
        <translation>error de XML en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="216" />
        <source>the part is not open</source>
        <translation>la parte no está abierta</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="223" />
        <source>the compressed data is damaged</source>
        <translation>los datos comprimidos están dañados</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="230" />
        <source>the part inflates to more than %1 MiB</source>
        <translation>la parte ocupa más de %1 MiB al descomprimirse</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="248" />
        <source>the compressed data ends after %1 of %2 bytes</source>
        <translation>los datos comprimidos terminan después de %1 de %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="255" />
        <source>the data does not match its checksum</source>
        <translation>los datos no coinciden con su suma de comprobación</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="212" />
        <location filename="../app/importers/xlsxreader.cpp" line="538" />
        <source>sheet %1: %2</source>
        <translation>hoja %1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="297" />
        <source>sheet %1: invalid row number %2 (rows go from 1 to 1048576)</source>
        <translation>hoja %1: número de fila no válido %2 (las filas van de 1 a 1048576)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="315" />
        <source>sheet %1: the row has more than 16384 cells</source>
        <translation>hoja %1: la fila tiene más de 16384 celdas</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="324" />
        <source>sheet %1: invalid cell reference %2 (columns go from A to XFD)</source>
        <translation>hoja %1: referencia de celda no válida %2 (las columnas van de A a XFD)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="343" />
        <source>sheet %1, cell %2: more than %3 characters in one cell</source>
        <translation>hoja %1, celda %2: más de %3 caracteres en una celda</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="386" />
        <source>sheet %1: the row holds more than %2 MiB of text</source>
        <translation>hoja %1: la fila contiene más de %2 MiB de texto</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="515" />
        <source>sheet %1 is a chart, not a table of cells</source>
        <translation>la hoja %1 es un gráfico, no una tabla de celdas</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="522" />
        <source>the workbook is damaged: the cells of sheet %1 are missing</source>
        <translation>el libro está dañado: faltan las celdas de la hoja %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="26" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="101" />
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>no es un libro .xlsx (no contiene xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="188" />
        <source>this is a binary .xlsb workbook; save it from Excel as .xlsx</source>
        <translation>es un libro binario .xlsb; hay que guardarlo desde Excel como .xlsx</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="194" />
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>es una hoja de cálculo OpenDocument (.ods); hay que guardarla como .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::models</name>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="26" />
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="53" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="53" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="55" />
        <source>yes (no repeat contact)</source>
        <translation>sí (sin nuevo contacto)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="55" />
        <source>no (repeat contact)</source>
        <translation>no (nuevo contacto)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="63" />
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation>%1 de %2; intervalo de Wilson del 95 %: %3 – %4</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="67" />
        <source>Fewer than 10 observations: read with care.</source>
        <translation>Menos de 10 observaciones: interprételo con cautela.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="78" />
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: respuestas satisfechas ÷ todas las respuestas. Satisfecho: 4–5 en 1–5, 8–10 en 1–10, 9–10 en 0–10, «bueno» en bueno/malo.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="86" />
        <source> (talk only)</source>
        <translation> (solo conversación)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="88" />
        <source> (partly talk only)</source>
        <translation> (en parte solo conversación)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95" />
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation>TMO (solo conversación): el origen solo da el tiempo de conversación; faltan la espera en línea y el trabajo posterior.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="98" />
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation>TMO (en parte solo conversación): algunas conversaciones vienen de un origen que solo da el tiempo de conversación, así que este TMO es menor que el tiempo de gestión completo.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="101" />
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time when it gives one.</source>
        <translation>TMO: (conversación + espera en línea + trabajo posterior) ÷ conversaciones atendidas; el tiempo total de gestión de la exportación cuando lo incluye.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="108" />
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export's flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation>FCR %: conversaciones resueltas en el primer contacto ÷ conversaciones atendidas que se pueden juzgar. Resuelta: el indicador de la exportación o, si no lo hay, ningún contacto nuevo del mismo cliente dentro de la ventana de FCR (7 días).</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="116" />
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation>Asistencia %: turnos asistidos (presente o con retraso) ÷ turnos programados. Infracciones: ausencias injustificadas y ausencias sin aviso.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="123" />
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation>Calidad %: media de las evaluaciones publicadas; una puntuación es Σ(peso × puntos) ÷ Σ(peso × posibles) en los criterios aplicables, 0 si falla un criterio crítico.</translation>
    </message>
</context>
<context>
    <name>huddle::models::AgentKpiModel</name>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="128" />
        <source>%n handled conversation(s) with a handle time</source>
        <translation><numerusform>%n conversación atendida con tiempo de gestión</numerusform><numerusform>%n conversaciones atendidas con tiempo de gestión</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="134" />
        <source>Violations: %1, late: %2</source>
        <translation>Infracciones: %1, retrasos: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="137" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluación</numerusform><numerusform>%n evaluaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="139" />
        <source>%1 in sales</source>
        <translation>%1 en ventas</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="177" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="179" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="181" />
        <source>Handled</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="183" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="185" />
        <source>CSAT n</source>
        <translation>CSAT n</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="187" />
        <source>AHT</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="189" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="191" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="193" />
        <source>Attendance %</source>
        <translation>Asistencia %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="195" />
        <source>QA %</source>
        <translation>Calidad %</translation>
    </message>
</context>
<context>
    <name>huddle::models::ConversationTableModel</name>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="162" />
        <source>(abandoned)</source>
        <translation>(abandonada)</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="176" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="201" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="203" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="205" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="207" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="209" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="211" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="213" />
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="215" />
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="217" />
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="219" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>huddle::models::ReviewNoteModel</name>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="55" />
        <source>%1 on %2's conversation %3 of %4:
%5</source>
        <translation>%1 sobre la conversación %3 de %2 del %4:
%5</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="72" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="74" />
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="76" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="78" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="80" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="87" />
        <source>checking later imports</source>
        <translation>comprobando importaciones posteriores</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="157" />
        <source>reading the import history</source>
        <translation>leyendo el historial de importaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="186" />
        <source>could not start a transaction</source>
        <translation>no se pudo iniciar una transacción</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="189" />
        <source>reading the import</source>
        <translation>leyendo la importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="193" />
        <source>import %1 does not exist or was already undone</source>
        <translation>la importación %1 no existe o ya se deshizo</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="198" />
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation>la importación %1 cambió filas de la importación %2; primero hay que deshacer la importación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="208" />
        <source>checking evaluations</source>
        <translation>comprobando las evaluaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="212" />
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation>Evaluaciones o notas de revisión que hacen referencia a conversaciones de esta importación: %n; no se puede deshacer la importación sin perderlas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="226" />
        <source>reading customers</source>
        <translation>leyendo los clientes</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="236" />
        <source>marking the import undone</source>
        <translation>marcando la importación como deshecha</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="244" />
        <source>could not commit the undo</source>
        <translation>no se pudo confirmar la operación de deshacer</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="252" />
        <source>reading import profiles</source>
        <translation>leyendo los perfiles de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="267" />
        <source>saving the import profile</source>
        <translation>guardando el perfil de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="273" />
        <source>deleting the import profile</source>
        <translation>eliminando el perfil de importación</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="136" />
        <source>imports need an SQLite database connection</source>
        <translation>las importaciones necesitan una conexión a una base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="141" />
        <source>could not start the import transaction</source>
        <translation>no se pudo iniciar la transacción de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="187" />
        <source>could not count conversations: %1</source>
        <translation>no se pudieron contar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="195" />
        <source>could not read the indexes: %1</source>
        <translation>no se pudieron leer los índices: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="200" />
        <source>could not defer index %1</source>
        <translation>no se pudo aplazar el índice %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="214" />
        <source>could not rebuild index %1: %2</source>
        <translation>no se pudo reconstruir el índice %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="279" />
        <location filename="../app/storage/importwriter.cpp" line="703" />
        <source>could not record the import: %1</source>
        <translation>no se pudo registrar la importación: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="287" />
        <source>could not record the site's time zone: %1</source>
        <translation>no se pudo registrar la zona horaria del sitio: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="306" />
        <source>unknown import shape</source>
        <translation>tipo de datos de importación desconocido</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="686" />
        <source>could not add the team of a new agent: %1</source>
        <translation>no se pudo añadir el equipo de un agente nuevo: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="716" />
        <source>could not commit the import: %1</source>
        <translation>no se pudo confirmar la importación: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="32" />
        <source>No review notes on this conversation.</source>
        <translation>No hay notas de revisión en esta conversación.</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="46" />
        <source> (talk only)</source>
        <translation> (solo conversación)</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="48" />
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="49" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="50" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="51" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="52" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="52" />
        <source>abandoned in queue</source>
        <translation>abandonada en cola</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="53" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="54" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="55" />
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="56" />
        <source>Talk</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="57" />
        <source>Hold</source>
        <translation>Espera en línea</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="58" />
        <source>After-call work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59" />
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="60" />
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="61" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="63" />
        <source>%1 on a %2–%3 scale</source>
        <translation>%1 en una escala de %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65" />
        <source>NPS answer</source>
        <translation>Respuesta NPS</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="66" />
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68" />
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentsPage</name>
    <message>
        <location filename="../ui/agentspage.cpp" line="27" />
        <source>Filter agents by name (Ctrl+F)</source>
        <translation>Filtrar agentes por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="29" />
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="41" />
        <source>Agent KPIs</source>
        <translation>KPI de agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="62" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63" />
        <source>Could not load the agents' KPIs: %1</source>
        <translation>No se pudieron cargar los KPI de los agentes: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="29" />
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation>Buscar id de conversación o de cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="31" />
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="57" />
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="54" />
        <location filename="../ui/conversationspage.cpp" line="83" />
        <source>Could not load conversations: %1</source>
        <translation>No se pudieron cargar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="86" />
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="53" />
        <source>CSAT target</source>
        <translation>Objetivo CSAT</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="54" />
        <source>AHT target</source>
        <translation>Objetivo TMO</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="66" />
        <location filename="../ui/csatahtchart.cpp" line="83" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69" />
        <source>AHT (s)</source>
        <translation>TMO (s)</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="72" />
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="81" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="86" />
        <source>AHT (seconds)</source>
        <translation>TMO (segundos)</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="202" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="206" />
        <source>%1
CSAT %2 (n=%3)
AHT %4 (n=%5)
Handled %6</source>
        <translation>%1
CSAT %2 (n=%3)
TMO %4 (n=%5)
Atendidas %6</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="24" />
        <source>Fast &amp; satisfied</source>
        <translation>Rápido y satisfecho</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26" />
        <source>Slow &amp; satisfied</source>
        <translation>Lento y satisfecho</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28" />
        <source>Fast &amp; unsatisfied</source>
        <translation>Rápido e insatisfecho</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="30" />
        <source>Slow &amp; unsatisfied</source>
        <translation>Lento e insatisfecho</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="68" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="69" />
        <source>Average handle time</source>
        <translation>Tiempo medio (TMO)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="70" />
        <source>First-contact resolution</source>
        <translation>Resolución 1.er contacto</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="71" />
        <source>Handled</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="72" />
        <source>QA score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="73" />
        <source>CSAT vs AHT</source>
        <translation>CSAT frente a TMO</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="91" />
        <source>Peer-review notes</source>
        <translation>Notas de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="124" />
        <source>Could not load the dashboard: %1</source>
        <translation>No se pudo cargar el panel: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="131" />
        <source>No handled conversations in this period for this selection.</source>
        <translation>No hay conversaciones atendidas en este periodo para esta selección.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="132" />
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="132" />
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="134" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % y TMO, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="136" />
        <source>Peer-review notes (%1)</source>
        <translation>Notas de revisión entre pares (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="146" />
        <source>n = %1 responses</source>
        <translation>n = %1 respuestas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="149" />
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="151" />
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="154" />
        <source>of %1 offered</source>
        <translation>de %1 ofrecidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="156" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluación</numerusform><numerusform>%n evaluaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="158" />
        <source>targets: CSAT %1, AHT %2</source>
        <translation>objetivos: CSAT %1, TMO %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::FieldDelegate</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="225" />
        <source>Huddle field</source>
        <translation>Campo de Huddle</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="104" />
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="140" />
        <source>Conversations are unique per source and conversation id: importing the same export again under the same source updates rows instead of adding them.</source>
        <translation>Las conversaciones son únicas por origen e id de conversación: al volver a importar la misma exportación con el mismo origen, las filas se actualizan en lugar de añadirse.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="148" />
        <source>Lowest CSAT score</source>
        <translation>Puntuación CSAT más baja</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="149" />
        <source>Highest CSAT score</source>
        <translation>Puntuación CSAT más alta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="155" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="160" />
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation>Unidad de las duraciones escritas como números simples; los valores H:MM:SS se leen como tales.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="161" />
        <source>Decima&amp;l comma (1,5)</source>
        <translation>Coma decima&amp;l (1,5)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="171" />
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="173" />
        <source>S&amp;hape:</source>
        <translation>T&amp;ipo de datos:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175" />
        <source>Sou&amp;rce name:</source>
        <translation>Nombre del o&amp;rigen:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179" />
        <source>&amp;Date order:</source>
        <translation>Orden de las &amp;fechas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181" />
        <source>Dur&amp;ations in:</source>
        <translation>D&amp;uraciones en:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183" />
        <source>&amp;CSAT scale:</source>
        <translation>Escala &amp;CSAT:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="198" />
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="214" />
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="227" />
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation>&amp;Asignar cada columna del archivo a un campo de Huddle (campos obligatorios en negrita):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="228" />
        <source>Pre&amp;view of the first rows:</source>
        <translation>&amp;Vista previa de las primeras filas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="242" />
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="245" />
        <source>Save pro&amp;file…</source>
        <translation>&amp;Guardar perfil…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="246" />
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation>Recordar esta asignación y estas opciones para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="356" />
        <source>%1 (the site's time zone)</source>
        <translation>%1 (la zona horaria del sitio)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="357" />
        <source>Time zone of the times in the file. Days are counted in the site's time zone, %1.</source>
        <translation>Zona horaria de las horas del archivo. Los días se cuentan en la zona horaria del sitio, %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="433" />
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation>&lt;b&gt;Las fechas son ambiguas.&lt;/b&gt; Todas las fechas de las primeras filas (como %1) se pueden leer con el mes primero o con el día primero. Hay que elegir el orden de las fechas antes de importar: una suposición incorrecta pondría las llamadas en días equivocados.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="436" />
        <source>this one</source>
        <translation>esta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="443" />
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445" />
        <source>Choose the date order to import.</source>
        <translation>Elegir el orden de las fechas para importar.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447" />
        <source>Enter a source name.</source>
        <translation>Falta el nombre del origen.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449" />
        <source>The lowest CSAT score must be below the highest.</source>
        <translation>La puntuación CSAT más baja debe ser menor que la más alta.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="453" />
        <source>Cannot import yet: %1</source>
        <translation>Todavía no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="480" />
        <source>Ready to import: every column is mapped.</source>
        <translation>Listo para importar: todas las columnas están asignadas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="481" />
        <source>Ready to import. Not imported: %1.</source>
        <translation>Listo para importar. No se importa: %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="481" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="491" />
        <location filename="../ui/importdialog.cpp" line="499" />
        <location filename="../ui/importdialog.cpp" line="505" />
        <location filename="../ui/importdialog.cpp" line="510" />
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="492" />
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation>Nombre del perfil. Los archivos con exactamente estas columnas se leerán con él:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="500" />
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation>«%1» es un perfil integrado; elegir otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="505" />
        <source>Replace the saved profile “%1”?</source>
        <translation>¿Reemplazar el perfil guardado «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="510" />
        <source>Could not save the profile: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="528" />
        <source>Saved the profile “%1”.</source>
        <translation>Se guardó el perfil «%1».</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="542" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="598" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="613" />
        <source>Importing… %1 rows read, %2 rows/s</source>
        <translation>Importando… %1 filas leídas, %2 filas/s</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="621" />
        <source>the import stopped unexpectedly</source>
        <translation>la importación se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="623" />
        <source>The import failed and nothing was written: %1</source>
        <translation>La importación falló y no se escribió nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="629" />
        <source>Import cancelled. Nothing was written.</source>
        <translation>Importación cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="654" />
        <source>Nothing was imported. Fix the rejected rows or the mapping and try again.</source>
        <translation>No se importó nada. Corregir las filas rechazadas o la asignación y volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryModel</name>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="76" />
        <source>%1
%2 bytes, SHA-256 %3
Source: %4</source>
        <translation>%1
%2 bytes, SHA-256 %3
Origen: %4</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>Undone at %1</source>
        <translation>Deshecha el %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>In effect</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="140" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="142" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="144" />
        <source>Imported at</source>
        <translation>Importada el</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="146" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="148" />
        <source>Shape</source>
        <translation>Tipo de datos</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="150" />
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="152" />
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="154" />
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="156" />
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="158" />
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="160" />
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="162" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryPage</name>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="25" />
        <source>&amp;Undo import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="26" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="40" />
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="43" />
        <source>Remove what the selected import added and restore what it changed (Delete).</source>
        <translation>Quitar lo que añadió la importación seleccionada y restaurar lo que cambió (Supr).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="44" />
        <source>Import a CSV or Excel file (Ctrl+I).</source>
        <translation>Importar un archivo CSV o Excel (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="81" />
        <source>Could not read the import history: %1</source>
        <translation>No se pudo leer el historial de importaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="99" />
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation>Todavía no hay importaciones. Para importar, usar Importar… o arrastrar un archivo CSV o Excel a la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100" />
        <source>Imports: %1</source>
        <translation>Importaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="141" />
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation>No añadió ni cambió ninguna fila; al deshacerla solo se marca como deshecha.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142" />
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation>Se eliminan las %1 filas que añadió y las %2 filas que actualizó recuperan sus valores anteriores. También se eliminan los agentes y equipos que creó, salvo que algo más haga referencia a ellos.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="146" />
        <location filename="../ui/importhistorypage.cpp" line="181" />
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147" />
        <source>Undo import %1 of “%2”?</source>
        <translation>¿Deshacer la importación %1 de «%2»?</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="164" />
        <source>Undoing import %1…</source>
        <translation>Deshaciendo la importación %1…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="179" />
        <source>the undo stopped unexpectedly</source>
        <translation>la operación de deshacer se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180" />
        <source>Import %1 was not undone.</source>
        <translation>No se deshizo la importación %1.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="182" />
        <source>Import %1 cannot be undone: %2</source>
        <translation>No se puede deshacer la importación %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="185" />
        <source>Import %1 undone.</source>
        <translation>Importación %1 deshecha.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportLabels</name>
    <message>
        <location filename="../ui/importlabels.cpp" line="9" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="11" />
        <source>Agent-day statistics</source>
        <translation>Estadísticas por agente y día</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="13" />
        <source>Survey answers</source>
        <translation>Respuestas de encuestas</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="15" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="17" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="32" />
        <source>Year-month-day (2021-03-04)</source>
        <translation>Año-mes-día (2021-03-04)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="34" />
        <source>Month/day/year (03/04/2021 = 4 March)</source>
        <translation>Mes/día/año (03/04/2021 = 4 de marzo)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="36" />
        <source>Day/month/year (04/03/2021 = 4 March)</source>
        <translation>Día/mes/año (04/03/2021 = 4 de marzo)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="45" />
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="47" />
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="49" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="116" />
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="117" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="189" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="191" />
        <source>Huddle field</source>
        <translation>Campo de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="193" />
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="45" />
        <source>Rows rejected — %1</source>
        <translation>Filas rechazadas — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="46" />
        <source>Import finished — %1</source>
        <translation>Importación finalizada — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57" />
        <source>&amp;Import the other rows</source>
        <translation>&amp;Importar las demás filas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="58" />
        <source>&amp;Don't import</source>
        <translation>&amp;No importar</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69" />
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Exportar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="92" />
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation>Se rechazaron %1 de %2 filas (%3 %), más que el umbral del %4 %. ¿Importar de todos modos las demás filas?</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="97" />
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation>%1 importado. Se rechazaron %2 filas, que quedaron fuera; las demás filas están en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="99" />
        <source>%1 imported.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="113" />
        <source>Rows read:</source>
        <translation>Filas leídas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="114" />
        <source>New rows to import:</source>
        <translation>Filas nuevas que importar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="114" />
        <source>Imported (new):</source>
        <translation>Importadas (nuevas):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="115" />
        <source>Rows to update:</source>
        <translation>Filas que actualizar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="115" />
        <source>Updated:</source>
        <translation>Actualizadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="116" />
        <source>Skipped as exact duplicates:</source>
        <translation>Omitidas por ser duplicados exactos:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="117" />
        <source>Skipped blank:</source>
        <translation>Omitidas en blanco:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="118" />
        <source>Rejected:</source>
        <translation>Rechazadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="119" />
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="119" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="121" />
        <source>Nothing has been written to the database yet.</source>
        <translation>Todavía no se ha escrito nada en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130" />
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Filas rechazadas (las primeras %1 de %2):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="147" />
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="170" />
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="171" />
        <location filename="../ui/importresultdialog.cpp" line="177" />
        <source>Export rejected rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="172" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="177" />
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bases de datos de Huddle (*.sqlite *.db *.huddle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37" />
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Exportaciones (*.csv *.txt *.xlsx);;Archivos CSV y de texto (*.csv *.txt);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115" />
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116" />
        <source>Weighted scorecards, annotations pinned to the moment of a mistake, calibration sessions and disputes. Evaluations already in the database count towards the QA % on the Agents page.</source>
        <translation>Fichas de evaluación ponderadas, anotaciones en el momento exacto de un error, sesiones de calibración y disputas. Las evaluaciones que ya están en la base de datos cuentan para el % de calidad de la página Agentes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123" />
        <source>Coaching sessions</source>
        <translation>Sesiones de coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>Agendas built from an agent's weakest KPIs and recent evaluations, agreed actions with owners and due dates, follow-ups and the measured effect before and after.</source>
        <translation>Agendas creadas a partir de los KPI más débiles del agente y de sus evaluaciones recientes, acciones acordadas con responsable y fecha, seguimientos y el efecto medido antes y después.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>Bonus</source>
        <translation>Bonos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129" />
        <source>Monthly bonus</source>
        <translation>Bono mensual</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>Bonus plans as data, monthly runs explained to the cent, locked months and PDF/XLSX/CSV exports.</source>
        <translation>Planes de bonos como datos, cálculos mensuales explicados al céntimo, meses bloqueados y exportación a PDF/XLSX/CSV.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165" />
        <source>&amp;About Huddle</source>
        <translation>&amp;Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203" />
        <source>%1 — Huddle</source>
        <translation>%1 — Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220" />
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228" />
        <source>Open or create a database first.</source>
        <translation>Primero hay que abrir o crear una base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275" />
        <source>Open Huddle database</source>
        <translation>Abrir base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284" />
        <source>New Huddle database</source>
        <translation>Nueva base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317" />
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323" />
        <source>About Huddle</source>
        <translation>Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324" />
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;Una consola para supervisores de centros de contacto y coaches de calidad: CSAT frente a TMO con las notas de revisión al lado, los KPI de los agentes y todas las conversaciones que hay detrás.&lt;/p&gt;&lt;p&gt;Versión del esquema de la base de datos: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>huddle::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="16" />
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="16" />
        <source>Not yet available in this version.</source>
        <translation>Todavía no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::RejectionModel</name>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="57" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="59" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="61" />
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="63" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="65" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReviewNoteDelegate</name>
    <message>
        <location filename="../ui/reviewnotedelegate.cpp" line="23" />
        <source>%1 · %2 on %3's %4</source>
        <translation>%1 · %2 sobre %4 de %3</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScopeBar</name>
    <message>
        <location filename="../ui/scopebar.cpp" line="19" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="20" />
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="21" />
        <source>Last 13 weeks</source>
        <translation>Últimas 13 semanas</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="22" />
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="23" />
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="48" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="49" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="52" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="57" />
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="58" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="64" />
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67" />
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="70" />
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76" />
        <source>&amp;Trend</source>
        <translation>&amp;Tendencia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="128" />
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="140" />
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="140" />
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="75" />
        <source>Contact-centre supervisor console.</source>
        <translation>Consola para supervisores de centros de contacto.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="79" />
        <source>Open FILE (created and set up if new).</source>
        <translation>Abrir ARCHIVO (se crea y prepara si es nuevo).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="83" />
        <source>Page to start on: dashboard, agents, conversations or imports.</source>
        <translation>Página inicial: dashboard, agents, conversations o imports.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="86" />
        <source>Start with this agent selected.</source>
        <translation>Empezar con este agente seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="89" />
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation>Abrir el diálogo de importación para ARCHIVO (CSV, TXT o XLSX).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="92" />
        <source>Database to open, like --db.</source>
        <translation>Base de datos que abrir, como --db.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="100" />
        <location filename="../ui/main.cpp" line="108" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="183" />
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
</context>
</TS>