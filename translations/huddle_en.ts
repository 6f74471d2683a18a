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
    <name>core</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="79"/>
        <source>the sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="87"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="99"/>
        <source>restoring overwritten rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="114"/>
        <source>deleting imported rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="137"/>
        <source>removing agents and teams the import created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="156"/>
        <location filename="../app/importers/importjob.cpp" line="237"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247"/>
        <source>unknown profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="293"/>
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="300"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="369"/>
        <source>no conversation with this id from source &apos;%1&apos; has been imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="395"/>
        <source>line,column,header,value,reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="216"/>
        <source>unknown shape &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="224"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="371"/>
        <source>profile &apos;%1&apos; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="374"/>
        <source>profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::CsvReader</name>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="58"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="215"/>
        <source>quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="283"/>
        <source>unexpected character %1 after the closing quote (expected the delimiter %2 or a line end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="295"/>
        <location filename="../app/importers/csvreader.cpp" line="337"/>
        <source>record longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="333"/>
        <source>record longer than 1 MiB: the quoted field opened here is not closed within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="418"/>
        <source>could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="428"/>
        <source>invalid UTF-16 (the file ends in the middle of a character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="431"/>
        <source>invalid UTF-16 (unpaired surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="437"/>
        <source>invalid UTF-8 byte sequence (the file ends in the middle of a character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="440"/>
        <source>invalid UTF-8 byte sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::Fields</name>
    <message>
        <location filename="../app/importers/fields.cpp" line="18"/>
        <source>conversation, call or ticket id in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="20"/>
        <source>agent who handled it (display name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="21"/>
        <source>team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="23"/>
        <source>date (combined with time when both are mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="25"/>
        <source>time of day the conversation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="27"/>
        <source>date and time it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="29"/>
        <source>answered (yes) or abandoned (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="31"/>
        <source>wait before answer (speed of answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="32"/>
        <source>talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="33"/>
        <source>hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="34"/>
        <source>after-call work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="36"/>
        <source>total handle time as exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="38"/>
        <source>resolved on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="40"/>
        <source>CSAT answer on the source&apos;s scale (per agent-day: CSAT %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="42"/>
        <source>NPS answer 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="43"/>
        <source>number of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="44"/>
        <source>sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="46"/>
        <source>channel: call, chat, email or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="47"/>
        <source>queue, topic or campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="49"/>
        <source>customer id or phone number (for FCR without a resolved flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="52"/>
        <source>conversations handled (per agent-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="54"/>
        <source>first response time (chat, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="56"/>
        <source>resolution time (chat, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="58"/>
        <source>date and time it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="60"/>
        <source>time on queue (per agent-day, for CpH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="61"/>
        <source>subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="63"/>
        <source>transcript or recording reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="65"/>
        <source>CSAT responses (per agent-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="67"/>
        <source>present, late, excused, unexcused or no-call-no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="68"/>
        <source>minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="69"/>
        <source>scheduled shift start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="71"/>
        <source>scheduled shift length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="72"/>
        <source>schedule adherence %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="73"/>
        <source>product sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="74"/>
        <source>product tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="221"/>
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="223"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="224"/>
        <source>%1 text, delimiter &apos;%2&apos;, %3, %4; profile %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="226"/>
        <source>header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="226"/>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="227"/>
        <source>decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="227"/>
        <source>decimal point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="269"/>
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="277"/>
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="279"/>
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="282"/>
        <source> (dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="283"/>
        <source> in %1 s (import %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="272"/>
        <source>import settings are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="204"/>
        <source>column &apos;%1&apos; mapped to &apos;%2&apos; is not in the file; headers found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="221"/>
        <source>no column maps to %1; headers found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="222"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="222"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="318"/>
        <source>expected a channel: call, chat, email or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="323"/>
        <source> (dates read as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="372"/>
        <source>NPS answers run from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="387"/>
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="405"/>
        <source>expected a count of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="447"/>
        <source>CSAT %1 is outside the source&apos;s scale %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="463"/>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="476"/>
        <source>the agent is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="483"/>
        <source>the conversation id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="490"/>
        <source>the number of conversations handled is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="495"/>
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="502"/>
        <source>the attendance status is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="509"/>
        <source>the sale amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="516"/>
        <source>marked as not answered but has a talk or handle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::Sniffer</name>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="268"/>
        <location filename="../app/importers/sniffer.cpp" line="282"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="292"/>
        <source>no complete record in the first 64 KiB of the file (is a quote left open?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="299"/>
        <source>the file contains only blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="312"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="315"/>
        <location filename="../app/importers/sniffer.cpp" line="323"/>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="318"/>
        <source>not a text file (it looks like an Excel workbook or another ZIP archive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::Values</name>
    <message>
        <location filename="../app/importers/values.cpp" line="29"/>
        <source>empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="30"/>
        <source>number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="32"/>
        <source>expected a whole number, e.g. 109</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="33"/>
        <source>expected a number such as 1.5 or -0.25 (no thousands separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="36"/>
        <source>expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="39"/>
        <source>expected a percentage such as 94.01% or 94.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="41"/>
        <source>expected a percentage such as 94,01% or 94,01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="43"/>
        <source>expected an amount such as 12.50, -3 or $12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="45"/>
        <source>expected an amount such as 12,50, -3 or 12,50 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="47"/>
        <source>expected yes/no (Y/N, true/false, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="49"/>
        <source>expected a duration such as 95, 1:35 or 0:01:35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="51"/>
        <source>duration is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="52"/>
        <source>duration too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="54"/>
        <source>expected a date such as 2021-01-31 (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="55"/>
        <source>expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="57"/>
        <source>expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="60"/>
        <source>%1 is not a date: there is no year 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="62"/>
        <source>%1 is not a date: there is no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="64"/>
        <source>%1 is not a date: there is no day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="66"/>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="67"/>
        <source>expected a time of day such as 9:12:58, 09:12 or 9:12 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="69"/>
        <source>%1 is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="71"/>
        <source>expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="73"/>
        <source>expected a UTC offset such as Z, +02:00 or -0500 after the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::importers::XlsxReader</name>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="37"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="40"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="53"/>
        <source>this is a legacy .xls workbook or a password-protected .xlsx; save it from Excel as an unprotected .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="60"/>
        <source>the .xlsx file is damaged (the zip archive is truncated or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="65"/>
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="134"/>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="139"/>
        <location filename="../app/importers/xlsxpackage.cpp" line="158"/>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="143"/>
        <source>the part %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="147"/>
        <source>the part %1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="153"/>
        <source>the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="184"/>
        <source>the XML declares a document type, which .xlsx files must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="207"/>
        <source>XML error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="216"/>
        <source>the part is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="223"/>
        <source>the compressed data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="230"/>
        <source>the part inflates to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="248"/>
        <source>the compressed data ends after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="255"/>
        <source>the data does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="212"/>
        <location filename="../app/importers/xlsxreader.cpp" line="538"/>
        <source>sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="297"/>
        <source>sheet %1: invalid row number %2 (rows go from 1 to 1048576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="315"/>
        <source>sheet %1: the row has more than 16384 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="324"/>
        <source>sheet %1: invalid cell reference %2 (columns go from A to XFD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="343"/>
        <source>sheet %1, cell %2: more than %3 characters in one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="386"/>
        <source>sheet %1: the row holds more than %2 MiB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="515"/>
        <source>sheet %1 is a chart, not a table of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="522"/>
        <source>the workbook is damaged: the cells of sheet %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="26"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="101"/>
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="188"/>
        <source>this is a binary .xlsb workbook; save it from Excel as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="194"/>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
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
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="87"/>
        <source>checking later imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="157"/>
        <source>reading the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="186"/>
        <source>could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="189"/>
        <source>reading the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="193"/>
        <source>import %1 does not exist or was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="198"/>
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="208"/>
        <source>checking evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="212"/>
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="226"/>
        <source>reading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="236"/>
        <source>marking the import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="244"/>
        <source>could not commit the undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="252"/>
        <source>reading import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="267"/>
        <source>saving the import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="273"/>
        <source>deleting the import profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="136"/>
        <source>imports need an SQLite database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="141"/>
        <source>could not start the import transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="187"/>
        <source>could not count conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="195"/>
        <source>could not read the indexes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="200"/>
        <source>could not defer index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="214"/>
        <source>could not rebuild index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="279"/>
        <location filename="../app/storage/importwriter.cpp" line="703"/>
        <source>could not record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="287"/>
        <source>could not record the site&apos;s time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="306"/>
        <source>unknown import shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="686"/>
        <source>could not add the team of a new agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="716"/>
        <source>could not commit the import: %1</source>
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
    <name>huddle::ui::FieldDelegate</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="225"/>
        <source>Huddle field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="104"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>Conversations are unique per source and conversation id: importing the same export again under the same source updates rows instead of adding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="148"/>
        <source>Lowest CSAT score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="149"/>
        <source>Highest CSAT score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="155"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="160"/>
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="161"/>
        <source>Decima&amp;l comma (1,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="171"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="173"/>
        <source>S&amp;hape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175"/>
        <source>Sou&amp;rce name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179"/>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Dur&amp;ations in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183"/>
        <source>&amp;CSAT scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="198"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="214"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="227"/>
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="228"/>
        <source>Pre&amp;view of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="242"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="245"/>
        <source>Save pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="246"/>
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="356"/>
        <source>%1 (the site&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="357"/>
        <source>Time zone of the times in the file. Days are counted in the site&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="433"/>
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="436"/>
        <source>this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="443"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445"/>
        <source>Choose the date order to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447"/>
        <source>Enter a source name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449"/>
        <source>The lowest CSAT score must be below the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="453"/>
        <source>Cannot import yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="480"/>
        <source>Ready to import: every column is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="481"/>
        <source>Ready to import. Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="481"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="491"/>
        <location filename="../ui/importdialog.cpp" line="499"/>
        <location filename="../ui/importdialog.cpp" line="505"/>
        <location filename="../ui/importdialog.cpp" line="510"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="492"/>
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="500"/>
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="505"/>
        <source>Replace the saved profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="510"/>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="528"/>
        <source>Saved the profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="542"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="598"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="613"/>
        <source>Importing… %1 rows read, %2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="621"/>
        <source>the import stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="623"/>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="629"/>
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="654"/>
        <source>Nothing was imported. Fix the rejected rows or the mapping and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryModel</name>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="76"/>
        <source>%1
%2 bytes, SHA-256 %3
Source: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114"/>
        <source>Undone at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114"/>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="140"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="142"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="144"/>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="146"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="148"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="150"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="152"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="154"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="156"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="158"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="160"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="162"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryPage</name>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="25"/>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="26"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="40"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="43"/>
        <source>Remove what the selected import added and restore what it changed (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="44"/>
        <source>Import a CSV or Excel file (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="81"/>
        <source>Could not read the import history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="99"/>
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100"/>
        <source>Imports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="141"/>
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142"/>
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="146"/>
        <location filename="../ui/importhistorypage.cpp" line="181"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147"/>
        <source>Undo import %1 of “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="164"/>
        <source>Undoing import %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="179"/>
        <source>the undo stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180"/>
        <source>Import %1 was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="182"/>
        <source>Import %1 cannot be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="185"/>
        <source>Import %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportLabels</name>
    <message>
        <location filename="../ui/importlabels.cpp" line="9"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="11"/>
        <source>Agent-day statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="13"/>
        <source>Survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="15"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="17"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="32"/>
        <source>Year-month-day (2021-03-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="34"/>
        <source>Month/day/year (03/04/2021 = 4 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="36"/>
        <source>Day/month/year (04/03/2021 = 4 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="45"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="47"/>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="49"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="116"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="117"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="189"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="191"/>
        <source>Huddle field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="193"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="45"/>
        <source>Rows rejected — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="46"/>
        <source>Import finished — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57"/>
        <source>&amp;Import the other rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="58"/>
        <source>&amp;Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69"/>
        <source>&amp;Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="92"/>
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="97"/>
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="99"/>
        <source>%1 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="113"/>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="114"/>
        <source>New rows to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="114"/>
        <source>Imported (new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="115"/>
        <source>Rows to update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="115"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="116"/>
        <source>Skipped as exact duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="117"/>
        <source>Skipped blank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="118"/>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="119"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="119"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="121"/>
        <source>Nothing has been written to the database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130"/>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132"/>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="147"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="170"/>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="171"/>
        <location filename="../ui/importresultdialog.cpp" line="177"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="172"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="177"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>QA evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Weighted scorecards, annotations pinned to the moment of a mistake, calibration sessions and disputes. Evaluations already in the database count towards the QA % on the Agents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Agendas built from an agent&apos;s weakest KPIs and recent evaluations, agreed actions with owners and due dates, follow-ups and the measured effect before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Monthly bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Bonus plans as data, monthly runs explained to the cent, locked months and PDF/XLSX/CSV exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>&amp;About Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>%1 — Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Open Huddle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>New Huddle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>About Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
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
    <name>huddle::ui::RejectionModel</name>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="57"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="59"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="61"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="63"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="65"/>
        <source>Reason</source>
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
        <location filename="../ui/main.cpp" line="75"/>
        <source>Contact-centre supervisor console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="79"/>
        <source>Open FILE (created and set up if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="83"/>
        <source>Page to start on: dashboard, agents, conversations or imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="86"/>
        <source>Start with this agent selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="89"/>
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="92"/>
        <source>Database to open, like --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="100"/>
        <location filename="../ui/main.cpp" line="108"/>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="183"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
