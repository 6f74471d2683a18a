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
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bases de datos de Huddle (*.sqlite *.db *.huddle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90" />
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91" />
        <source>Weighted scorecards, annotations pinned to the moment of a mistake, calibration sessions and disputes. Evaluations already in the database count towards the QA % on the Agents page.</source>
        <translation>Fichas de evaluación ponderadas, anotaciones en el momento exacto de un error, sesiones de calibración y disputas. Las evaluaciones que ya están en la base de datos cuentan para el % de calidad de la página Agentes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98" />
        <source>Coaching sessions</source>
        <translation>Sesiones de coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99" />
        <source>Agendas built from an agent's weakest KPIs and recent evaluations, agreed actions with owners and due dates, follow-ups and the measured effect before and after.</source>
        <translation>Agendas creadas a partir de los KPI más débiles del agente y de sus evaluaciones recientes, acciones acordadas con responsable y fecha, seguimientos y el efecto medido antes y después.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103" />
        <source>Bonus</source>
        <translation>Bonos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>Monthly bonus</source>
        <translation>Bono mensual</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105" />
        <source>Bonus plans as data, monthly runs explained to the cent, locked months and PDF/XLSX/CSV exports.</source>
        <translation>Planes de bonos como datos, cálculos mensuales explicados al céntimo, meses bloqueados y exportación a PDF/XLSX/CSV.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123" />
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136" />
        <source>&amp;About Huddle</source>
        <translation>&amp;Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171" />
        <source>%1 — Huddle</source>
        <translation>%1 — Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194" />
        <source>Open Huddle database</source>
        <translation>Abrir base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203" />
        <source>New Huddle database</source>
        <translation>Nueva base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236" />
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242" />
        <source>About Huddle</source>
        <translation>Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
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
        <location filename="../ui/main.cpp" line="64" />
        <source>Contact-centre supervisor console.</source>
        <translation>Consola para supervisores de centros de contacto.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="68" />
        <source>Open FILE (created and set up if new).</source>
        <translation>Abrir ARCHIVO (se crea y prepara si es nuevo).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="72" />
        <source>Page to start on: dashboard, agents or conversations.</source>
        <translation>Página inicial: dashboard, agents o conversations.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="75" />
        <source>Start with this agent selected.</source>
        <translation>Empezar con este agente seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="78" />
        <source>Database to open, like --db.</source>
        <translation>Base de datos que abrir, como --db.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="86" />
        <location filename="../ui/main.cpp" line="94" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
</context>
</TS>