<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/firstrun.cpp" line="36"/>
        <source>Creating a demo contact centre: 4 teams, 48 agents, 180 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="38"/>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="54"/>
        <source>Creating the demo database was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::models</name>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="26"/>
        <source>%1 (n=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="53"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="53"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="55"/>
        <source>yes (no repeat contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="55"/>
        <source>no (repeat contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="63"/>
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="67"/>
        <source>Fewer than 10 observations: read with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="78"/>
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, &quot;good&quot; on good/bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="86"/>
        <source> (talk only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="88"/>
        <source> (partly talk only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95"/>
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="98"/>
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="101"/>
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export&apos;s total handle time when it gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="108"/>
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export&apos;s flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="116"/>
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="123"/>
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::models::AgentKpiModel</name>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="128"/>
        <source>%n handled conversation(s) with a handle time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="134"/>
        <source>Violations: %1, late: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="137"/>
        <source>%n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="139"/>
        <source>%1 in sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="177"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="179"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="181"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="183"/>
        <source>CSAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="185"/>
        <source>CSAT n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="187"/>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="189"/>
        <source>FCR %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="191"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="193"/>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="195"/>
        <source>QA %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::models::ConversationTableModel</name>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="162"/>
        <source>(abandoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="176"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="201"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="203"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="205"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="207"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="209"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="211"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="213"/>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="215"/>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="217"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="219"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::models::ReviewNoteModel</name>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="55"/>
        <source>%1 on %2&apos;s conversation %3 of %4:
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="72"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="74"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="76"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="78"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="80"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="32"/>
        <source>No review notes on this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="46"/>
        <source> (talk only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="48"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="49"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="50"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="51"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="52"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="52"/>
        <source>abandoned in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="53"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="54"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="55"/>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="56"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="57"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="58"/>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59"/>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="60"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="61"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="63"/>
        <source>%1 on a %2–%3 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65"/>
        <source>NPS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="66"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentsPage</name>
    <message>
        <location filename="../ui/agentspage.cpp" line="27"/>
        <source>Filter agents by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="29"/>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="41"/>
        <source>Agent KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="62"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63"/>
        <source>Could not load the agents&apos; KPIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="29"/>
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="31"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="57"/>
        <source>Conversation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="54"/>
        <location filename="../ui/conversationspage.cpp" line="83"/>
        <source>Could not load conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="86"/>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="53"/>
        <source>CSAT target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="54"/>
        <source>AHT target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="66"/>
        <location filename="../ui/csatahtchart.cpp" line="83"/>
        <source>CSAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69"/>
        <source>AHT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="72"/>
        <source>Selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="86"/>
        <source>AHT (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="202"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="206"/>
        <source>%1
CSAT %2 (n=%3)
AHT %4 (n=%5)
Handled %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="24"/>
        <source>Fast &amp; satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26"/>
        <source>Slow &amp; satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28"/>
        <source>Fast &amp; unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="30"/>
        <source>Slow &amp; unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="68"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="69"/>
        <source>Average handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="70"/>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="71"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="72"/>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="73"/>
        <source>CSAT vs AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="91"/>
        <source>Peer-review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="124"/>
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="131"/>
        <source>No handled conversations in this period for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="132"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="132"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="134"/>
        <source>CSAT % and AHT, %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="136"/>
        <source>Peer-review notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="146"/>
        <source>n = %1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="149"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="151"/>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="154"/>
        <source>of %1 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="156"/>
        <source>%n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="158"/>
        <source>targets: CSAT %1, AHT %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>QA evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Weighted scorecards, annotations pinned to the moment of a mistake, calibration sessions and disputes. Evaluations already in the database count towards the QA % on the Agents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Agendas built from an agent&apos;s weakest KPIs and recent evaluations, agreed actions with owners and due dates, follow-ups and the measured effect before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Monthly bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Bonus plans as data, monthly runs explained to the cent, locked months and PDF/XLSX/CSV exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;About Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>%1 — Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Open Huddle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>New Huddle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>About Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="16"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="16"/>
        <source>Not yet available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReviewNoteDelegate</name>
    <message>
        <location filename="../ui/reviewnotedelegate.cpp" line="23"/>
        <source>%1 · %2 on %3&apos;s %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScopeBar</name>
    <message>
        <location filename="../ui/scopebar.cpp" line="19"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="20"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="21"/>
        <source>Last 13 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="22"/>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="23"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="48"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="49"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="52"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="57"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="58"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="64"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67"/>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="70"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76"/>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="128"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="140"/>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="140"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="64"/>
        <source>Contact-centre supervisor console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="68"/>
        <source>Open FILE (created and set up if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="72"/>
        <source>Page to start on: dashboard, agents or conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="75"/>
        <source>Start with this agent selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="78"/>
        <source>Database to open, like --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="86"/>
        <location filename="../ui/main.cpp" line="94"/>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
