<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BonusPlanText</name>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="31" />
        <source>Weighted KPI score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="33" />
        <source>No-call-no-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="35" />
        <source>Unexcused absences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="37" />
        <source>Attendance violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="39" />
        <source>Late arrivals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="41" />
        <source>Sales (count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="43" />
        <source>Sales amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="45" />
        <source>Conversations handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="47" />
        <source>CSAT responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="49" />
        <source>QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="51" />
        <source>Perfect CSAT month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="59" />
        <location filename="../app/models/bonusplantext.cpp" line="67" />
        <source>responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="61" />
        <source>observations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="64" />
        <source>shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="69" />
        <source>evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="71" />
        <source>conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="79" />
        <source>≥ at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="81" />
        <source>≤ at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="83" />
        <source>&lt; below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="85" />
        <source>&gt; above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="94" />
        <source>Flat amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="96" />
        <source>Per sale, by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="98" />
        <source>Tiered by band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="100" />
        <source>Percent of a base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the sales amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the components above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="114" />
        <source>Bonus becomes 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="116" />
        <source>Reduce by a percentage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="118" />
        <source>Reduce by an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="135" />
        <source> (n ≥ %L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="149" />
        <location filename="../app/models/bonusplantext.cpp" line="158" />
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="153" />
        <source>Per sale: %1; other tiers %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="154" />
        <source>no tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="159" />
        <source>%1%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="161" />
        <source>no bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="163" />
        <source>%1 % of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="172" />
        <source>bonus → 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="174" />
        <source>− %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="176" />
        <source>− %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/firstrun.cpp" line="36" />
        <source>Creating a demo contact centre: 4 teams, 48 agents, 180 days…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="37" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="38" />
        <source>Huddle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="45" />
        <source>Creating the demo database was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="41" />
        <location filename="../app/core/kpiplanjson.cpp" line="46" />
        <source>%1: unknown field '%2' (expected %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="51" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="54" />
        <source>%1: must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="61" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="70" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="94" />
        <source>%1.label: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="71" />
        <source>%1.label: not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: not an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="95" />
        <source>Verbal warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="96" />
        <source>Written warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="97" />
        <source>Final warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="232" />
        <source>score_weights: unknown KPI "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="250" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="31" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="33" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="38" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="29" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="60" />
        <source>%1: must not be negative, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="31" />
        <source>%1: %2 is more than %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="38" />
        <source>%1: %2 % is outside 0–100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="53" />
        <source>%1: unknown measure "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="70" />
        <source>%1.comparison: unknown comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="72" />
        <source>%1.value: not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="80" />
        <source>%1.id: "%2" must be lower-case letters, digits and _</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="83" />
        <source>%1.id: "%2" is already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="105" />
        <source>%1.tier: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="107" />
        <source>%1.tier: tier "%2" appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="118" />
        <source>%1 and up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="131" />
        <source>%1.measure: perfect_csat is yes or no; bands need a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="133" />
        <source>%1.bands: a tiered component needs at least one band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="138" />
        <source>%1: from and to must be numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="140" />
        <source>%1: from %2 must be below to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="144" />
        <source>%1: overlaps bands[%2] (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="168" />
        <source>%1.base: unknown base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="171" />
        <source>%1.kind: unknown kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="184" />
        <source>%1.effect: unknown effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="194" />
        <source>score_weights.%1: weight %2 is outside 0–100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="198" />
        <source>score_weights: weights sum to %1, not 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="94" />
        <source>Choose at least %1 focus KPI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="97" />
        <source>Focus on at most %1 KPIs at a time; %2 are chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="101" />
        <source>%1 is chosen twice as a focus KPI; each focus KPI counts once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="23" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="44" />
        <source>The answers do not match the scorecard: it has %1 criteria, the evaluation %2 answers before and %3 after the decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="51" />
        <source>The disputed criterion (number %1) is not on this scorecard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="55" />
        <source>The new answer to criterion %1 is not valid: answer yes or no, 1 to 5 on a scale, or N/A where the criterion allows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="68" />
        <source>Only QA evaluations can be disputed; peer reviews and calibration scores never count in the agent's QA score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="72" />
        <source>This evaluation is still a draft; it can be disputed once it is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="74" />
        <source>This evaluation is already disputed; wait for the arbitrator's decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="76" />
        <source>This evaluation is final and can no longer be disputed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="81" />
        <source>This evaluation has no publication time, so its dispute window cannot be determined; ask an administrator to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="114" />
        <source>This evaluation is final; it can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="121" />
        <source>This evaluation is disputed; it can only change through the arbitrator's decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="123" />
        <source>A published evaluation cannot go back to being a draft; correct it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="124" />
        <source>A draft must be published before it can be disputed or made final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="137" />
        <source>A rejection keeps every answer as it was; to change an answer, accept or partially accept the dispute instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="141" />
        <source>This dispute is about criterion %1 only; criterion %2 cannot be changed by its decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="149" />
        <source>Accepting a dispute must change the score; re-score the disputed answers, or reject the dispute if the score stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="152" />
        <source>Give a reason for the decision; the agent and the evaluator will read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="53" />
        <source>%1: thresholds must be numbers of at least %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="54" />
        <source>%1: thresholds must lie between %2 and %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="60" />
        <source>%1: thresholds must fall from below to exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="61" />
        <source>%1: thresholds must rise from below to exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="33" />
        <source>%1.%2: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="35" />
        <source>%1.%2: not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="38" />
        <source>%1.%2: must be a whole number, got %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="76" />
        <source>kpis: missing or not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="83" />
        <source>kpis: unknown KPI '%1' (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="96" />
        <source>band_points: missing or not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="281" />
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="284" />
        <source>a scorecard file holds one JSON object, with "format": "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="56" />
        <source>a criterion needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="59" />
        <source>the name "%1" is already used by %2; criterion names must be unique within a scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="66" />
        <source>the weight must be a number greater than 0, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="78" />
        <source>a scorecard needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="80" />
        <source>a scorecard needs at least one section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="84" />
        <source>a section needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="87" />
        <source>section "%1" needs at least one criterion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::AttendanceLadder</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="109" />
        <source>windowDays must be between 1 and %1, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="111" />
        <source>steps: a ladder needs at least one step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="115" />
        <source>%1.violations must be at least 1, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="117" />
        <source>%1.violations must be greater than %2.violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="119" />
        <source>%1.label must not be blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="139" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="141" />
        <source>an attendance ladder is a JSON object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::BonusPlan</name>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="181" />
        <source>Example plan: perfect CSAT and sales by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="185" />
        <source>Perfect CSAT month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="193" />
        <source>Sales by product tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="200" />
        <source>QA average below 80 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="208" />
        <source>Any no-call-no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="209" />
        <source>Two or more unexcused absences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::BonusText</name>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="95" />
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="97" />
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="115" />
        <source>no KPI data for the weighted score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="118" />
        <source>no scheduled shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="120" />
        <location filename="../app/core/bonuswording.cpp" line="218" />
        <source>no CSAT responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="122" />
        <source>no conversations handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="124" />
        <source>no QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="126" />
        <source>no handle times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="128" />
        <source>no resolution data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="130" />
        <source>no on-queue time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="132" />
        <source>no NPS responses</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="143" />
        <source>%n no-call-no-show(s)</source>
        <translation><numerusform>%n no-call-no-show</numerusform><numerusform>%n no-call-no-shows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="146" />
        <source>%n unexcused absence(s)</source>
        <translation><numerusform>%n unexcused absence</numerusform><numerusform>%n unexcused absences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="149" />
        <source>%n attendance violation(s)</source>
        <translation><numerusform>%n attendance violation</numerusform><numerusform>%n attendance violations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="152" />
        <source>%n late arrival(s)</source>
        <translation><numerusform>%n late arrival</numerusform><numerusform>%n late arrivals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="155" />
        <source>%n sale(s)</source>
        <translation><numerusform>%n sale</numerusform><numerusform>%n sales</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="157" />
        <source>%n conversation(s) handled</source>
        <translation><numerusform>%n conversation handled</numerusform><numerusform>%n conversations handled</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="159" />
        <source>%n CSAT response(s)</source>
        <translation><numerusform>%n CSAT response</numerusform><numerusform>%n CSAT responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="161" />
        <source>%n QA evaluation(s)</source>
        <translation><numerusform>%n QA evaluation</numerusform><numerusform>%n QA evaluations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="166" />
        <source>%1 on %2</source>
        <comment>count on a day</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="167" />
        <source>%1 (%2)</source>
        <comment>count (days)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="178" />
        <source>weighted KPI score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="179" />
        <source>weighted KPI score %1 (data on %2 % of the weights)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="183" />
        <source>attendance %1 % on %n shift(s)</source>
        <translation><numerusform>attendance %1 % on %n shift</numerusform><numerusform>attendance %1 % on %n shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="185" />
        <location filename="../app/core/bonuswording.cpp" line="219" />
        <source>CSAT %1 % on %n response(s)</source>
        <translation><numerusform>CSAT %1 % on %n response</numerusform><numerusform>CSAT %1 % on %n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="187" />
        <source>sales conversion %1 % on %n conversation(s)</source>
        <translation><numerusform>sales conversion %1 % on %n conversation</numerusform><numerusform>sales conversion %1 % on %n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="189" />
        <source>QA %1 % on %n evaluation(s)</source>
        <translation><numerusform>QA %1 % on %n evaluation</numerusform><numerusform>QA %1 % on %n evaluations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="191" />
        <source>AHT %1 s on %n conversation(s)</source>
        <translation><numerusform>AHT %1 s on %n conversation</numerusform><numerusform>AHT %1 s on %n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="193" />
        <source>FCR %1 % on %n conversation(s)</source>
        <translation><numerusform>FCR %1 % on %n conversation</numerusform><numerusform>FCR %1 % on %n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="195" />
        <source>%1 contacts per hour on %n conversation(s)</source>
        <translation><numerusform>%1 contacts per hour on %n conversation</numerusform><numerusform>%1 contacts per hour on %n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="197" />
        <source>NPS %1 on %n response(s)</source>
        <translation><numerusform>NPS %1 on %n response</numerusform><numerusform>NPS %1 on %n responses</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="209" />
        <source>sales of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="237" />
        <source>at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="239" />
        <source>at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="241" />
        <source>below %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="243" />
        <source>above %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="252" />
        <source>fewer than %n response(s)</source>
        <translation><numerusform>fewer than %n response</numerusform><numerusform>fewer than %n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="254" />
        <source>fewer than %n evaluation(s)</source>
        <translation><numerusform>fewer than %n evaluation</numerusform><numerusform>fewer than %n evaluations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="256" />
        <source>fewer than %n scheduled shift(s)</source>
        <translation><numerusform>fewer than %n scheduled shift</numerusform><numerusform>fewer than %n scheduled shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="258" />
        <source>fewer than %n conversation(s)</source>
        <translation><numerusform>fewer than %n conversation</numerusform><numerusform>fewer than %n conversations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="260" />
        <source>data on less than %1 % of the weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="270" />
        <location filename="../app/core/bonuswording.cpp" line="280" />
        <location filename="../app/core/bonuswording.cpp" line="361" />
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="271" />
        <location filename="../app/core/bonuswording.cpp" line="294" />
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="278" />
        <source>%1: not 100 % → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="292" />
        <source>%1, %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="309" />
        <source>%1 × no tier %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="310" />
        <source>%1 × tier %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="313" />
        <source>no sales → %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="314" />
        <source>%n sale(s): %1 = %2</source>
        <translation><numerusform>%n sale: %1 = %2</numerusform><numerusform>%n sales: %1 = %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="324" />
        <source>%1: in no band → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="327" />
        <source>%1 to under %2</source>
        <comment>a band</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="328" />
        <source>%1 and up</source>
        <comment>a band</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="329" />
        <source>%1, band %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="335" />
        <source>%1 % of sales %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="336" />
        <source>%1 % of the components above, %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="348" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="352" />
        <source>%1 → bonus %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="355" />
        <source>%1 → %2 % = %3, only %4 left = %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="357" />
        <source>%1 → %2 % = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="360" />
        <source>%1 → %2, only %3 left = %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="368" />
        <source>%1 is over the cap of %2 per agent → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="374" />
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="375" />
        <source>Adjustment for %1: the data changed after the lock (paid %2, now %3) → %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="381" />
        <source>Adjustment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="386" />
        <source>Cap per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="391" />
        <source>Amounts are whole cents, computed without floating point. Percentages are taken in integer arithmetic and rounded half away from zero to the cent (half a cent or more rounds up). Components are added in plan order; the gates then apply in plan order (a gate that zeroes the bonus ends them, and no gate takes the bonus below zero); the cap per agent applies last.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::DefaultScorecards</name>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="34" />
        <source>Ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="35" />
        <source>Takes responsibility for the issue through to resolution or a clear hand-off, without blaming other teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="74" />
        <source>Voice QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="75" />
        <source>Quality form for phone calls: verification, resolution, soft skills and compliance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="81" />
        <location filename="../app/core/defaultscorecards.cpp" line="152" />
        <source>Opening and verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="82" />
        <source>Greeting and introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="83" />
        <source>Greets the caller with the standard opening, gives their name and offers help within the first ten seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="87" />
        <location filename="../app/core/defaultscorecards.cpp" line="159" />
        <source>Identity verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="88" />
        <source>Verifies the caller's identity with the required security questions before discussing or changing any account details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="93" />
        <source>Understanding and resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="94" />
        <source>Active listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="95" />
        <source>Lets the caller finish, asks focused questions and confirms the need before acting on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="99" />
        <location filename="../app/core/defaultscorecards.cpp" line="166" />
        <source>Smart troubleshooting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="100" />
        <source>Uses the knowledge base and targeted questions to find the root cause instead of guessing or repeating steps the caller already tried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="105" />
        <source>Accurate information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="106" />
        <source>Gives correct and complete information, including prices, dates and policies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="111" />
        <source>Soft skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="112" />
        <location filename="../app/core/defaultscorecards.cpp" line="185" />
        <source>Empathy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="113" />
        <source>Acknowledges how the caller feels and adapts tone and pace to the situation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="117" />
        <location filename="../app/core/defaultscorecards.cpp" line="190" />
        <source>Staying calm under pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="118" />
        <source>Stays polite, steady and in control with an upset or demanding caller, without interrupting or arguing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="122" />
        <source>Hold and transfer etiquette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="123" />
        <source>Asks before placing on hold, checks back within a minute and explains a transfer before making it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="128" />
        <location filename="../app/core/defaultscorecards.cpp" line="201" />
        <source>Compliance and closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="129" />
        <source>Mandatory disclosures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="130" />
        <source>Reads every required disclosure, such as call recording and the terms of a sale, in full and at the right moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="134" />
        <source>Closing and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="135" />
        <source>Summarises the next steps, offers further help and records notes the next agent can act on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="145" />
        <source>Chat QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="146" />
        <source>Quality form for chat conversations: verification, resolution, written communication and data privacy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="153" />
        <source>Prompt, personal greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="154" />
        <source>Replies within the first minute with a greeting that uses the customer's name and sets expectations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="160" />
        <source>Verifies the customer's identity through the approved method before sharing or changing account details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="165" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="167" />
        <source>Reads the history first and asks targeted questions to find the root cause instead of sending generic steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="171" />
        <source>Accurate, complete answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="172" />
        <source>Answers every question the customer asked, correctly, with links or steps they can follow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="178" />
        <source>Written communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="179" />
        <source>Clear written tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="180" />
        <source>Writes short, friendly, correctly spelled messages in plain language, without jargon or walls of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="186" />
        <source>Acknowledges the customer's situation in their own words rather than with a canned phrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="191" />
        <source>Stays polite and factual with an upset or rude customer and never mirrors their tone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="195" />
        <source>Response pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="196" />
        <source>Keeps gaps between replies under two minutes, or says so when a longer check is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="202" />
        <source>Data privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="203" />
        <source>Never asks for or pastes full card numbers, passwords or other sensitive data in the chat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="208" />
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="209" />
        <source>Confirms the issue is solved or states the next step, and offers further help before closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="220" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="221" />
        <source>A short form for agents reviewing a colleague's conversation; it never counts in QA scores.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="227" />
        <source>What a colleague noticed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="228" />
        <source>Friendly and respectful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="229" />
        <source>The customer was treated warmly and with respect from start to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="232" />
        <source>Clear explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="233" />
        <source>The customer could follow every explanation without asking twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="236" />
        <source>Owned the issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="237" />
        <source>The issue was solved, or the customer left knowing exactly what happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="240" />
        <source>Worth copying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="241" />
        <source>The conversation shows something you would use in your own conversations.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::Dispute</name>
    <message numerus="yes">
        <location filename="../app/core/dispute.cpp" line="86" />
        <source>The dispute window of %n day(s) after publishing closed at %1; the evaluation can no longer be disputed.</source>
        <translation><numerusform>The dispute window of %n day after publishing closed at %1; the evaluation can no longer be disputed.</numerusform><numerusform>The dispute window of %n days after publishing closed at %1; the evaluation can no longer be disputed.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::core::KpiPlan</name>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="157" />
        <source>%1: weight %2 is outside 0–100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="161" />
        <source>weights sum to %1, not 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="168" />
        <source>band points must lie in 0–100 and never fall from far below to exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="136" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="138" />
        <source>a KPI plan is a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="148" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::LineParser</name>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="71" />
        <source>expected a time in square brackets such as [01:23] or [1:02:03], but the ']' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="76" />
        <source>expected a time such as [01:23] or [1:02:03], found [%1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="93" />
        <source>expected "Speaker: text"; a time goes first, in square brackets, as in "[01:23] Agent: Hello"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="97" />
        <source>expected "Speaker: text", as in "Agent: Hello" or "[01:23] Customer: Hi"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::Places</name>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="25" />
        <location filename="../app/core/scorecardvalidation.cpp" line="26" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="29" />
        <source>Section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="34" />
        <source>Criterion %1 of section %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::PlanReader</name>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="53" />
        <source>%1: unknown field "%2" (expected %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="62" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="64" />
        <source>a bonus plan is a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="72" />
        <source>%1.%2: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="80" />
        <source>%1.%2: expected text, got %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="87" />
        <source>%1: expected a number, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="98" />
        <source>%1.%2: expected a whole number, got %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="108" />
        <source>%1: expected a decimal amount like "80.00", got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="116" />
        <source>%1: expected a percentage like "2.5", got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="125" />
        <source>%1.%2: unknown measure "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="132" />
        <source>%1: expected an object, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="139" />
        <source>%1: expected a list, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="145" />
        <source>%1.%2: unknown %3 "%4"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::core::ScorecardReader</name>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="68" />
        <source>%1: unknown key "%2"; expected one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="81" />
        <location filename="../app/core/scorecardjson.cpp" line="230" />
        <source>a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="90" />
        <location filename="../app/core/scorecardjson.cpp" line="226" />
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="100" />
        <location filename="../app/core/scorecardjson.cpp" line="130" />
        <location filename="../app/core/scorecardjson.cpp" line="228" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="114" />
        <source>%1: "%2" is not one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="127" />
        <source>format: "%1" is not a Huddle scorecard (expected "%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="132" />
        <source>formatVersion: version %1 is not one this Huddle reads (it reads version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="158" />
        <location filename="../app/core/scorecardjson.cpp" line="174" />
        <location filename="../app/core/scorecardjson.cpp" line="234" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="181" />
        <location filename="../app/core/scorecardjson.cpp" line="202" />
        <location filename="../app/core/scorecardjson.cpp" line="232" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="216" />
        <source>%1: missing; expected %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="217" />
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="224" />
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="238" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="82" />
        <source>the sheet is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="90" />
        <location filename="../app/importers/importjob.cpp" line="169" />
        <location filename="../app/importers/importjob.cpp" line="258" />
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="196" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="268" />
        <source>unknown profile '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="333" />
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="340" />
        <source>unknown time zone '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="412" />
        <source>no conversation with this id from source '%1' has been imported (import the conversations first, or set the source they were imported under)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="419" />
        <source>another row of this file already gave this agent and day; a summary file needs one row per agent and day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="446" />
        <source>line,column,header,value,reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="212" />
        <source>unknown shape '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="220" />
        <source>unknown field '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="397" />
        <source>profile '%1' is not valid JSON: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="400" />
        <source>profile '%1': %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::CsvReader</name>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="58" />
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="215" />
        <source>quoted field opened here is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="283" />
        <source>unexpected character %1 after the closing quote (expected the delimiter %2 or a line end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="295" />
        <location filename="../app/importers/csvreader.cpp" line="337" />
        <source>record longer than 1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="333" />
        <source>record longer than 1 MiB: the quoted field opened here is not closed within it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="418" />
        <source>could not read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="428" />
        <source>invalid UTF-16 (the file ends in the middle of a character)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="431" />
        <source>invalid UTF-16 (unpaired surrogate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="437" />
        <source>invalid UTF-8 byte sequence (the file ends in the middle of a character)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="440" />
        <source>invalid UTF-8 byte sequence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::Fields</name>
    <message>
        <location filename="../app/importers/fields.cpp" line="18" />
        <source>conversation, call or ticket id in the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="20" />
        <source>agent who handled it (display name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="21" />
        <source>team name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="23" />
        <source>date (combined with time when both are mapped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="25" />
        <source>time of day the conversation started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="27" />
        <source>date and time it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="29" />
        <source>answered (yes) or abandoned (no)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="31" />
        <source>wait before answer (speed of answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="32" />
        <source>talk time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="33" />
        <source>hold time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="34" />
        <source>after-call work time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="36" />
        <source>total handle time as exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="38" />
        <source>resolved on first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="40" />
        <source>CSAT answer on the source's scale (per agent-day: CSAT %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="42" />
        <source>NPS answer 0–10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="43" />
        <source>number of sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="44" />
        <source>sales amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="46" />
        <source>channel: call, chat, email or ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="47" />
        <source>queue, topic or campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="49" />
        <source>customer id or phone number (for FCR without a resolved flag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="52" />
        <source>conversations handled (per agent-day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="54" />
        <source>first response time (chat, e-mail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="56" />
        <source>resolution time (chat, e-mail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="58" />
        <source>date and time it was closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="60" />
        <source>time on queue (per agent-day, for CpH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="61" />
        <source>subject line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="63" />
        <source>transcript or recording reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="65" />
        <source>CSAT responses (per agent-day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="67" />
        <source>present, late, excused, unexcused or no-call-no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="68" />
        <source>minutes late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="69" />
        <source>scheduled shift start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="71" />
        <source>scheduled shift length in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="72" />
        <source>schedule adherence %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="73" />
        <source>product sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="74" />
        <source>product tier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::ImportJob</name>
    <message numerus="yes">
        <location filename="../app/importers/importjob.cpp" line="317" />
        <source>%n row(s) fall in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</source>
        <translation><numerusform>%n row falls in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</numerusform><numerusform>%n rows fall in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="242" />
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="244" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="245" />
        <source>%1 text, delimiter '%2', %3, %4; profile %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>no header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal point</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="291" />
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="299" />
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="301" />
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="304" />
        <source> (dry run: nothing was written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="305" />
        <source> in %1 s (import %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="298" />
        <source>import settings are not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="169" />
        <source>column '%1' mapped to '%2' is not in the file; headers found: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="186" />
        <source>no column maps to %1; headers found: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="294" />
        <source>expected a channel: call, chat, email or ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="299" />
        <source> (dates read as %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="348" />
        <source>NPS answers run from 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="363" />
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="381" />
        <source>expected a count of 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="412" />
        <source>a CSAT % runs from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="430" />
        <source>CSAT %1 is outside the source's scale %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="446" />
        <source>the date is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="459" />
        <source>the agent is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="466" />
        <source>the conversation id is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="473" />
        <source>the number of conversations handled is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="478" />
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="485" />
        <source>the attendance status is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="492" />
        <source>the sale amount is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="499" />
        <source>marked as not answered but has a talk or handle time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::Sniffer</name>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="268" />
        <location filename="../app/importers/sniffer.cpp" line="282" />
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="292" />
        <source>no complete record in the first 64 KiB of the file (is a quote left open?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="299" />
        <source>the file contains only blank lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="312" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="315" />
        <location filename="../app/importers/sniffer.cpp" line="323" />
        <source>not a text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="318" />
        <source>not a text file (it looks like an Excel workbook or another ZIP archive)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::Values</name>
    <message>
        <location filename="../app/importers/values.cpp" line="29" />
        <source>empty value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="30" />
        <source>number too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="32" />
        <source>expected a whole number, e.g. 109</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="33" />
        <source>expected a number such as 1.5 or -0.25 (no thousands separators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="36" />
        <source>expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="39" />
        <source>expected a percentage such as 94.01% or 94.01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="41" />
        <source>expected a percentage such as 94,01% or 94,01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="43" />
        <source>expected an amount such as 12.50, -3 or $12.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="45" />
        <source>expected an amount such as 12,50, -3 or 12,50 €</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="47" />
        <source>expected yes/no (Y/N, true/false, 1/0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="49" />
        <source>expected a duration such as 95, 1:35 or 0:01:35</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="51" />
        <source>duration is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="52" />
        <source>duration too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="54" />
        <source>expected a date such as 2021-01-31 (year-month-day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="55" />
        <source>expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="57" />
        <source>expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="60" />
        <source>%1 is not a date: there is no year 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="62" />
        <source>%1 is not a date: there is no month %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="64" />
        <source>%1 is not a date: there is no day 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="66" />
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="67" />
        <source>expected a time of day such as 9:12:58, 09:12 or 9:12 PM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="69" />
        <source>%1 is not a time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="71" />
        <source>expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="73" />
        <source>expected a UTC offset such as Z, +02:00 or -0500 after the time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::importers::XlsxReader</name>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="37" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="40" />
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="53" />
        <source>this is a legacy .xls workbook or a password-protected .xlsx; save it from Excel as an unprotected .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="60" />
        <source>the .xlsx file is damaged (the zip archive is truncated or corrupt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="65" />
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="134" />
        <source>the part %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="139" />
        <location filename="../app/importers/xlsxpackage.cpp" line="158" />
        <source>the part %1 is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="143" />
        <source>the part %1 is encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="147" />
        <source>the part %1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="153" />
        <source>the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="184" />
        <source>the XML declares a document type, which .xlsx files must not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="207" />
        <source>XML error at line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="216" />
        <source>the part is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="223" />
        <source>the compressed data is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="230" />
        <source>the part inflates to more than %1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="248" />
        <source>the compressed data ends after %1 of %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="255" />
        <source>the data does not match its checksum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="212" />
        <location filename="../app/importers/xlsxreader.cpp" line="538" />
        <source>sheet %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="297" />
        <source>sheet %1: invalid row number %2 (rows go from 1 to 1048576)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="315" />
        <source>sheet %1: the row has more than 16384 cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="324" />
        <source>sheet %1: invalid cell reference %2 (columns go from A to XFD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="343" />
        <source>sheet %1, cell %2: more than %3 characters in one cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="386" />
        <source>sheet %1: the row holds more than %2 MiB of text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="515" />
        <source>sheet %1 is a chart, not a table of cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="522" />
        <source>the workbook is damaged: the cells of sheet %1 are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="26" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="101" />
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="188" />
        <source>this is a binary .xlsb workbook; save it from Excel as .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="194" />
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models</name>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="20" />
        <source>%1 (n=%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>yes (no repeat contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>no (repeat contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="57" />
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="61" />
        <source>Fewer than 10 observations: read with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="72" />
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" on good/bad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="80" />
        <source> (talk only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="82" />
        <source> (partly talk only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="89" />
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="92" />
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95" />
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time when it gives one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="102" />
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export's flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="110" />
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="117" />
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="23" />
        <source>Good agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="25" />
        <source>Tentative agreement: draw conclusions with care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="27" />
        <source>Low agreement: recalibrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="31" />
        <source>Not measurable: too few paired scores, or every score the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>nominal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="56" />
        <source>Krippendorff's α: how far the evaluators agree beyond what chance alone would give.
1 is perfect agreement, 0 is no better than chance, below 0 is systematic disagreement.
Totals use the interval metric (how far apart two scores are matters); yes/no criteria use the nominal metric (same answer or not).
α ≥ 0.800 good · 0.667–0.800 tentative · below 0.667: recalibrate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="72" />
        <source>%1%2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="19" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="21" />
        <source>Partially accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="25" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="32" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="34" />
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="36" />
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="40" />
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="46" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="51" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="28" />
        <source>Attendance %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="30" />
        <source>CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="32" />
        <source>Sales conversion %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="34" />
        <source>QA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="36" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="38" />
        <source>FCR %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="40" />
        <source>CpH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="42" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="55" />
        <source>Sales conversion %: sales ÷ handled conversations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="63" />
        <source>CpH: handled conversations ÷ logged on-queue hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="65" />
        <source>NPS: % promoters (9–10) − % detractors (0–6).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="75" />
        <source>n = %1 scheduled shifts</source>
        <translation><numerusform>n = %1 scheduled shift</numerusform><numerusform>n = %1 scheduled shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="78" />
        <source>n = %1 survey responses</source>
        <translation><numerusform>n = %1 survey response</numerusform><numerusform>n = %1 survey responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="80" />
        <source>n = %1 evaluations</source>
        <translation><numerusform>n = %1 evaluation</numerusform><numerusform>n = %1 evaluations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="82" />
        <source>n = %1 conversations with a handle time</source>
        <translation><numerusform>n = %1 conversation with a handle time</numerusform><numerusform>n = %1 conversations with a handle time</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="84" />
        <source>n = %1 conversations with a known outcome</source>
        <translation><numerusform>n = %1 conversation with a known outcome</numerusform><numerusform>n = %1 conversations with a known outcome</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="89" />
        <source>n = %1 handled conversations</source>
        <translation><numerusform>n = %1 handled conversation</numerusform><numerusform>n = %1 handled conversations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="95" />
        <source>below at %1 or less, met at %2 or less, exceeded at %3 or less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="97" />
        <source>below from %1, met from %2, exceeded from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="52" />
        <source>%1 — auto-fail: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="60" />
        <source>All %1 answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="61" />
        <source>%1 of %2 answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="67" />
        <source>QA score = Σ (weight × points earned) ÷ Σ (weight × points possible) over the answered criteria that are not N/A: N/A answers are left out of the denominator. A yes earns 1 of 1 point, a 1–5 answer earns its value − 1 of 4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="72" />
        <source>So far: %1 of %2 weighted points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="74" />
        <source>%n criteria answered N/A and left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="77" />
        <source>A failed auto-fail (critical) criterion sets the whole score to 0 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="79" />
        <source>Publishing needs every criterion answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="13" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="15" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="17" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="21" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="28" />
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="30" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="34" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="39" />
        <source>%1 v%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ActionItemModel</name>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="73" />
        <source>Add action item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="83" />
        <source>Remove action item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="127" />
        <source>Done on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/actionitemmodel.cpp" line="129" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="185" />
        <source>Edit action item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="207" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="209" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="211" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="213" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::AgendaModel</name>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="58" />
        <source>Add agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="67" />
        <source>Remove agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="76" />
        <source>Move agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item not discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="143" />
        <source>Edit agenda notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="169" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="171" />
        <source>Discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="173" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::AgentKpiModel</name>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="128" />
        <source>%n handled conversation(s) with a handle time</source>
        <translation><numerusform>%n handled conversation with a handle time</numerusform><numerusform>%n handled conversations with a handle time</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="134" />
        <source>Violations: %1, late: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="137" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="139" />
        <source>%1 in sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="177" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="179" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="181" />
        <source>Handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="183" />
        <source>CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="185" />
        <source>CSAT n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="187" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="189" />
        <source>FCR %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="191" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="193" />
        <source>Attendance %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="195" />
        <source>QA %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::AnnotationModel</name>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="12" />
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="96" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="98" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="100" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::AttendanceMonthModel</name>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="47" />
        <source>Scheduled %1 · attended %2 · late %3 (%4 min) · excused %5 · unexcused %6 · no-call-no-show %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="138" />
        <source>No scheduled shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="202" />
        <source>Unexcused absences and no-call-no-shows in the months shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="206" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="208" />
        <source>Warning stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="211" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::AuditLogModel</name>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="25" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="61" />
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="62" />
        <source>Dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="63" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="64" />
        <source>Calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="65" />
        <source>Coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="66" />
        <source>Action item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="67" />
        <source>Phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="68" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="69" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="70" />
        <source>Bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="71" />
        <source>Bonus month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="72" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="73" />
        <source>Peer review assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="74" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="83" />
        <location filename="../app/models/auditlogmodel.cpp" line="84" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="94" />
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="98" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="169" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="171" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="173" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="175" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="177" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusBandModel</name>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Add a band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Remove a band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Move a band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Edit a band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="39" />
        <source>No upper end: the band runs from its lower edge up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>From (≥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>To (&lt;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusComponentModel</name>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Add a component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Remove a component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Move a component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Edit a component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="144" />
        <source>New component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusEvidenceModel</name>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusGateModel</name>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Add a gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Remove a gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Move a gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Edit a gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="94" />
        <source>New gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Effect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusMonthModel</name>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="69" />
        <source>No team</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/bonusmonthmodel.cpp" line="207" />
        <source>%n agent(s)</source>
        <translation><numerusform>%n agent</numerusform><numerusform>%n agents</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="220" />
        <source>%1: %2, total %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="307" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="315" />
        <source>Adjustment: the data of a locked month changed after its lock, so the difference is paid in this month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="321" />
        <source>Gate: this condition cut the bonus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="324" />
        <source>Cap: the plan's most per agent and month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="331" />
        <source>Double-click or press Enter to see the rows behind this amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="344" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="346" />
        <source>nothing earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="357" />
        <source>Components %1; after gates, cap and adjustments %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="372" />
        <source>Team / agent / line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="374" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="376" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanEditModel</name>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="154" />
        <source>Rename the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="159" />
        <source>Change the cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="164" />
        <location filename="../app/models/bonusplaneditmodel.cpp" line="177" />
        <source>Change the score weights</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanListModel</name>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="92" />
        <location filename="../app/models/bonusplanlistmodel.cpp" line="177" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="103" />
        <source>%1 — built-in example plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="105" />
        <source>%1 — no plan of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="109" />
        <source>%1 — version %2, valid from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="120" />
        <source>In force while the site has no plan of its own. New version… copies it into a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="122" />
        <source>The site's plan applies to this team (shown). New version… gives the team a plan of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="128" />
        <source>Saved by %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="132" />
        <source>%1%2 Read-only: New version… copies it into a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="190" />
        <source>Built-in example plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="192" />
        <source>No plan of its own: the site's plan applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::BonusTierRateModel</name>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Add a tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Remove a tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Move a tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Edit a tier rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Per sale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationAgreementModel</name>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>α</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Pairable conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="44" />
        <source>Share of pairs of evaluators, on the same conversation, who gave the same answer (N/A left out).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationEvaluatorModel</name>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Mean deviation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Conversations scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Tendency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="31" />
        <source>strictest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="32" />
        <source>most lenient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="49" />
        <source>Mean of (this evaluator's total − the mean total of everyone who scored the same conversation), in QA % points. Negative: stricter than the group; positive: more lenient.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationGridModel</name>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSessionModel</name>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="63" />
        <source>Evaluators: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="65" />
        <source>Scores published by all evaluators together; whose they are stays hidden until the session is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="94" />
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Closed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="108" />
        <source>%1 of %2 scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="118" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="120" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="122" />
        <source>Created by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="124" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="126" />
        <source>Conversations × evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="128" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="130" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSpreadModel</name>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Lowest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Highest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="40" />
        <source>Double-click for each evaluator's total.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="61" />
        <source>%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="72" />
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="76" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CalibrationWorklistModel</name>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="49" />
        <source>Published: it can no longer change, and stays hidden from the others until the session is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="51" />
        <source>Press Enter to score this conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="63" />
        <source>Scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Draft saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="75" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="77" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="79" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="81" />
        <source>Your score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CoachingSessionModel</name>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="49" />
        <source>%1 (%2 open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="111" />
        <source>Followed up by the session on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="123" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="125" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="127" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="129" />
        <source>Coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="131" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="133" />
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="135" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="137" />
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="139" />
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::CoachingText</name>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="83" />
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="106" />
        <source>%1 far below target: %2, target %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="108" />
        <source>%1 below target: %2, target %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="115" />
        <source>Open action: %1 (%2, no due date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="116" />
        <source>Open action: %1 (%2, due %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="126" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="128" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="130" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="139" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="141" />
        <location filename="../app/models/coachingtext.cpp" line="215" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="143" />
        <source>Mistake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="145" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="147" />
        <source>Peer note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="149" />
        <source>Open action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="151" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="160" />
        <source>Not enough data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="162" />
        <source>Measuring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="164" />
        <source>Improved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="166" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="168" />
        <source>Worsened</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="177" />
        <source>Measuring: %1 of %n day(s)</source>
        <translation><numerusform>Measuring: %1 of %n day</numerusform><numerusform>Measuring: %1 of %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="185" />
        <source>Not enough data (n %1 before, %2 after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="188" />
        <source>Not enough data (n %1 before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="190" />
        <source>Not enough data (n %1 after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="198" />
        <source>No data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="200" />
        <source>Far below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="202" />
        <source>Below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="204" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="206" />
        <source>Exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="217" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="219" />
        <source>Sales conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="221" />
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="223" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="225" />
        <source>FCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="227" />
        <source>CpH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="229" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="239" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="255" />
        <source>%1 (n %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="263" />
        <source>%1 pts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="275" />
        <source>Attendance: %1 (%n violation(s))</source>
        <translation><numerusform>Attendance: %1 (%n violation)</numerusform><numerusform>Attendance: %1 (%n violations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="280" />
        <source>Mistake: %1 — %n failure(s), %2 points lost</source>
        <translation><numerusform>Mistake: %1 — %n failure, %2 points lost</numerusform><numerusform>Mistake: %1 — %n failures, %2 points lost</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="285" />
        <source>Low CSAT: conversation %1 on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="291" />
        <source>Peer note by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="309" />
        <source>Weight %1 · band %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="313" />
        <source>Unexcused absences and no-call-no-shows inside the warning ladder's window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="319" />
        <source>Listen to it together: what would have changed the customer's answer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="326" />
        <source>Agreed on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="337" />
        <source>No violations in the last %n day(s)</source>
        <translation><numerusform>No violations in the last %n day</numerusform><numerusform>No violations in the last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="338" />
        <source>%n violation(s)</source>
        <translation><numerusform>%n violation</numerusform><numerusform>%n violations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="339" />
        <source>in the last %n day(s)</source>
        <translation><numerusform>in the last %n day</numerusform><numerusform>in the last %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="341" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="342" />
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ConversationTableModel</name>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="162" />
        <source>(abandoned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="176" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="201" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="203" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="205" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="207" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="209" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="211" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="213" />
        <source>Wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="215" />
        <source>Handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="217" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="219" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::Dashboard</name>
    <message>
        <location filename="../app/models/dashboarddata.cpp" line="145" />
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::DisputeListModel</name>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="121" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="126" />
        <source>Whole evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="136" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="151" />
        <source>%1 — overdue by less than a day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="152" />
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — overdue by %n day</numerusform><numerusform>%1 — overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="155" />
        <source>%1 — due within a day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="156" />
        <source>%1 — %n day(s) left</source>
        <translation><numerusform>%1 — %n day left</numerusform><numerusform>%1 — %n days left</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="161" />
        <source>Raised by %1 on %2:
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="164" />
        <source>%1 by %2 on %3:
%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="174" />
        <source>The evaluation's score before the dispute → after the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="179" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="181" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="183" />
        <source>Evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="185" />
        <source>Contested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="187" />
        <source>Raised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="189" />
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="191" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="193" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="195" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::EvaluationForm</name>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="125" />
        <source>There is no peer-review scorecard yet: make one in the scorecard designer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="126" />
        <source>There is no QA scorecard yet: make one in the scorecard designer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="207" />
        <source>The scorecard can change only while nothing is answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="227" />
        <source>It is disputed: only the arbitrator's decision changes it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="229" />
        <source>It is final and can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="236" />
        <source>Only %1 can change their calibration score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="240" />
        <source>Its calibration session is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="256" />
        <location filename="../app/models/evaluationform.cpp" line="353" />
        <source>This evaluation is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/evaluationform.cpp" line="260" />
        <source>%n criteria not answered yet.</source>
        <translation><numerusform>%n criterion not answered yet.</numerusform><numerusform>%n criteria not answered yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="297" />
        <source>Only a draft is saved as a draft; a published evaluation changes by Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="335" />
        <source>Only a new peer-review form is published as a peer review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="355" />
        <source>Write what happened there: an annotation needs a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="358" />
        <source>The transcript has no line %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="360" />
        <source>A moment of the call is at second 0 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="362" />
        <source>The scorecard has no criterion %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::EvaluationFormModel</name>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="35" />
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="139" />
        <source>Answer “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="152" />
        <source>Comment on “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="263" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="280" />
        <source>Critical: failing it sets the whole evaluation to 0 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="295" />
        <source>auto-fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="363" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="365" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="367" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="369" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="371" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::EvaluationListModel</name>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="138" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="140" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="142" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="144" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="146" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="148" />
        <source>Evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="150" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="152" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="154" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="156" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::FocusAreaModel</name>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="202" />
        <source>Mean change in the good direction over the judged sessions: positive is better, so a shorter AHT counts as a gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="208" />
        <source>Focus KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="210" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="212" />
        <source>Judged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="214" />
        <source>Improved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="216" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="218" />
        <source>Worsened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="220" />
        <source>Mean improvement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::FollowUpModel</name>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="51" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="53" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="54" />
        <source>In %n day(s)</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="134" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="136" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="138" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="140" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="142" />
        <source>Last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="144" />
        <source>Coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="146" />
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="148" />
        <source>Open actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::MistakeInstanceModel</name>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="95" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="97" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="99" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="101" />
        <source>Evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="103" />
        <source>Points lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="105" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::MistakeModel</name>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="50" />
        <source>Critical: failing it sets the whole evaluation to 0 %</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/mistakemodel.cpp" line="52" />
        <source>QA percentage points this criterion cost, summed over %n evaluation(s)</source>
        <translation><numerusform>QA percentage points this criterion cost, summed over %n evaluation</numerusform><numerusform>QA percentage points this criterion cost, summed over %n evaluations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="72" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="76" />
        <source>Auto-fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="101" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="103" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="105" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="107" />
        <source>Failed / answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="109" />
        <source>Points lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="111" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::OpenActionModel</name>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="47" />
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="111" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="113" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="115" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="117" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="119" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="121" />
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="123" />
        <source>Coach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::PeerReviewAssignmentModel</name>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="68" />
        <source>Asked by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="85" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="106" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="108" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="110" />
        <source>Handled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="112" />
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="114" />
        <source>Asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="116" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::PhraseModel</name>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="221" />
        <source>Add phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="229" />
        <source>No phrase in row %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Retire phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Restore phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="277" />
        <source>Retired: no longer offered as homework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="319" />
        <source>Edit phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="340" />
        <source>Sessions that set the phrase as homework; such phrases can be retired but not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="345" />
        <source>Longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="347" />
        <source>Shorter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="349" />
        <source>Situations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="351" />
        <source>CSAT checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="353" />
        <source>CSAT note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="355" />
        <source>Homework</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::QaQueueModel</name>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="107" />
        <source>The survey answer on a 0–100 scale: on 1–5, a 1 is 0 % and a 5 is 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="112" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="114" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="116" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="118" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="120" />
        <source>Handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="122" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="124" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ReviewNoteModel</name>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="55" />
        <source>%1 on %2's conversation %3 of %4:
%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="72" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="74" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="76" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="78" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="80" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ScoreHistoryModel</name>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="70" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="72" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="74" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="76" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="78" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ScorecardEditModel</name>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="19" />
        <source>Yes / no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="20" />
        <source>Scale 1–5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="86" />
        <source>Change the scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="179" />
        <source>Share of the total: weight × points possible (1 for yes/no, 4 for a 1–5 scale) ÷ the same summed over every criterion, when nothing is answered N/A.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="275" />
        <source>Edit the scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="332" />
        <source>Section / criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="334" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="336" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="338" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="340" />
        <source>Auto-fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="342" />
        <source>N/A allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="36" />
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="37" />
        <location filename="../app/models/scorecardstructure.cpp" line="53" />
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="39" />
        <source>Add a section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="55" />
        <source>Add a criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="72" />
        <source>Remove section “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="73" />
        <source>Remove criterion “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ScorecardListModel</name>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="13" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="14" />
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="28" />
        <source>Saves as version %1 because %n evaluation(s) use version %2; they keep it.</source>
        <translation><numerusform>Saves as version %1 because %n evaluation uses version %2; it keeps it.</numerusform><numerusform>Saves as version %1 because %n evaluations use version %2; they keep it.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="33" />
        <source>Saves version %1 in place: no evaluation uses it yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="34" />
        <source>Saves as version %1 if evaluations use version %2 (%n evaluation(s) use its versions); they keep theirs.</source>
        <translation><numerusform>Saves as version %1 if evaluations use version %2 (%n evaluation uses its versions); they keep theirs.</numerusform><numerusform>Saves as version %1 if evaluations use version %2 (%n evaluations use its versions); they keep theirs.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="89" />
        <source>Retired: no longer offered for new evaluations. Its evaluations keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="96" />
        <source>%1 (retired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="102" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="115" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="117" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="119" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="121" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="123" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::ScorecardModel</name>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="121" />
        <source>Far below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="123" />
        <source>Below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="125" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="127" />
        <source>Exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="220" />
        <source>Weighted KPI score: each KPI's band is worth %1 / %2 / %3 / %4 points (far below to exceeded), weighted by the plan and averaged over the KPIs with data.
This score covers %5 of the plan's 100 weight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="291" />
        <source>▲ Better than the previous period (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="293" />
        <source>▼ Worse than the previous period (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="295" />
        <source>= About the same as the previous period (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="299" />
        <source>No data in the previous period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="313" />
        <source>Fewer than %1 observations: read with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="320" />
        <source>Band: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="321" />
        <source>Band: %1, by the plan of team %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="338" />
        <source>%1
Not weighed in the score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="339" />
        <source>%1
Weight %2 of 100 in the score; %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="358" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="360" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="362" />
        <source>Handled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::SessionEffectModel</name>
    <message numerus="yes">
        <location filename="../app/models/coachingeffectmodel.cpp" line="100" />
        <source>The %n day(s) before the session day, and as many after it (the session day counts for neither)</source>
        <translation><numerusform>The day before the session day, and the day after it (the session day counts for neither)</numerusform><numerusform>The %n days before the session day, and as many after it (the session day counts for neither)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="107" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="109" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="111" />
        <source>n before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="113" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="115" />
        <source>n after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="117" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="119" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::models::TranscriptModel</name>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="56" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="58" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="60" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="98" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="100" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="102" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="104" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports</name>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="179" />
        <source>%1 rows do not fit in an XLSX worksheet (at most %2 below the header); export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="185" />
        <source>%1 columns do not fit in an XLSX worksheet (at most %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="213" />
        <source>cannot create the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="224" />
        <source>cannot add a worksheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="280" />
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="282" />
        <source>cannot replace the existing file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/csvexport.cpp" line="96" />
        <location filename="../app/reports/csvexport.cpp" line="99" />
        <location filename="../app/reports/xlsxexport.cpp" line="277" />
        <location filename="../app/reports/xlsxexport.cpp" line="284" />
        <source>cannot write: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports::BonusPdf</name>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="29" />
        <source>Could not write the bonus report to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="70" />
        <location filename="../app/reports/bonuspdflayout.cpp" line="79" />
        <source>Monthly bonus — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="76" />
        <source>the PDF could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="25" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="51" />
        <source>This month was computed with a plan given for the run, not with the plans stored for the teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="57" />
        <location filename="../app/reports/bonusplanwording.cpp" line="67" />
        <location filename="../app/reports/bonusplanwording.cpp" line="99" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="63" />
        <source>Components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>No gates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>Gates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="69" />
        <source>Cap and score weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="79" />
        <source>Appendix: plans and definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="81" />
        <source>KPI definitions in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="85" />
        <source>Rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="87" />
        <source>CSV export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="89" />
        <source>The CSV export of this month has one row per agent and line; its SHA-256 is %1. The same data and plans always give the same file, so a copy can be checked against this report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="33" />
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="35" />
        <source>Gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="37" />
        <source>Cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="39" />
        <source>Adjustment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="89" />
        <source>Computed with a plan given for this run, not the plans stored for the teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="94" />
        <source>Totals per team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="98" />
        <source>Each team's section lists every agent's lines with the figures behind them; the plans, the KPI definitions and the rounding rule are in the appendix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="127" />
        <source>Site total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="136" />
        <source>%1 (continued)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonuspdflayout.cpp" line="140" />
        <source>%n agent(s), total %1</source>
        <translation><numerusform>%n agent, total %1</numerusform><numerusform>%n agents, total %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="153" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="155" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="156" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="178" />
        <source>%1  ·  ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="221" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="233" />
        <source>CSV SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="16" />
        <source>attendance %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="18" />
        <source>CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="20" />
        <source>sales conversion %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="22" />
        <source>QA score %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="24" />
        <source>AHT (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="26" />
        <source>FCR %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="28" />
        <source>conversations per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="30" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="47" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="56" />
        <source>%1 and above → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="57" />
        <source>%1 to under %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="65" />
        <source>tier %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="66" />
        <source>per sale: %1; any other tier %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="75" />
        <source>by %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="90" />
        <source>%1 % of the agent's sales amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="91" />
        <source>%1 % of the components listed before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="98" />
        <source>%1 %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="110" />
        <source>weighted KPI score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="112" />
        <source>no-call-no-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="114" />
        <source>unexcused absences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="116" />
        <source>attendance violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="118" />
        <source>late arrivals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="120" />
        <source>sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="122" />
        <source>sales amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="124" />
        <source>conversations handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="126" />
        <source>CSAT responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="128" />
        <source>QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="130" />
        <source>perfect-CSAT month</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="80" />
        <source>No band applies on fewer than %n observation(s).</source>
        <translation><numerusform>No band applies on fewer than %n observation.</numerusform><numerusform>No band applies on fewer than %n observations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="143" />
        <source>a perfect-CSAT month (CSAT 100 % on at least %n response(s))</source>
        <translation><numerusform>a perfect-CSAT month (CSAT 100 % on at least %n response)</numerusform><numerusform>a perfect-CSAT month (CSAT 100 % on at least %n responses)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="153" />
        <source>, judged on at least %n observation(s)</source>
        <translation><numerusform>, judged on at least %n observation</numerusform><numerusform>, judged on at least %n observations</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="164" />
        <source>%1 when %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="178" />
        <location filename="../app/reports/bonusplanwording.cpp" line="199" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="188" />
        <source>when %1 → bonus %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="191" />
        <source>when %1 → reduced by %2 % of the components' subtotal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="195" />
        <source>when %1 → reduced by %2 (never below %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="204" />
        <source>Cap per agent: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="205" />
        <source>No cap per agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="207" />
        <source>Weighted KPI score: the weights of the team's KPI plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="208" />
        <source>Weighted KPI score weights: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="214" />
        <source>%1: built-in example plan “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="215" />
        <source>%1: “%2”, version %3, valid from %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="224" />
        <source>CSAT %: satisfied responses ÷ all responses, credited to the agent who handled the conversation. Satisfied: %1–5 on 1–5, %2–10 on 1–10, %3–10 on 0–10, "good" on good/bad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="228" />
        <source>Perfect-CSAT month: CSAT 100 % with at least %1 responses in the month (a plan's condition may set its own minimum).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="231" />
        <source>Attendance %: shifts attended ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows; late arrivals are counted separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="233" />
        <source>QA score %: Σ (weight × points earned) ÷ Σ (weight × points possible) over the criteria that apply; a failed auto-fail criterion scores the evaluation 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="236" />
        <source>Sales: the agent's sales in the month, counted and summed by product tier; conversion = sales ÷ conversations handled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="239" />
        <source>Weighted KPI score: each KPI mapped to 0–100 points by the team's target bands, combined with weights that sum to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="242" />
        <source>Rates on fewer than %1 observations are small samples: read them with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="244" />
        <source>A month is a calendar month of days in the site's time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="35" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="41" />
        <source>Not locked — figures may still change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="43" />
        <source>Locked by %1 on %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="49" />
        <source>No team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports::BonusXlsx</name>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="38" />
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="41" />
        <source>Locked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="42" />
        <source>Locked at (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="44" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="51" />
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="52" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="56" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="57" />
        <source>Computed with a plan given for this run, not the stored plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="58" />
        <source>Rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="59" />
        <source>CSV SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="60" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="62" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="64" />
        <source>Site total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Line kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="105" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="109" />
        <source>Monthly bonus %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports::CoachingSummary</name>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="49" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="51" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="53" />
        <source>Sales conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="55" />
        <source>QA score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="57" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="59" />
        <source>FCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="61" />
        <source>Conversations per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="63" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="98" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="119" />
        <source>%1 pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="131" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="133" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="135" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="144" />
        <source>Not enough data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="146" />
        <source>Measuring: %1 of %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="149" />
        <source>Improved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="151" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="153" />
        <source>Worsened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="161" />
        <source>Before: %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="163" />
        <source>after: not started yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="165" />
        <source>after: %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="167" />
        <source>after: %1 – %2, still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="169" />
        <source>%1; %2. No result is claimed on fewer than 10 observations on either side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="198" />
        <location filename="../app/reports/coachingsummary.cpp" line="348" />
        <source>Coaching session summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="203" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="206" />
        <source>Session day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="207" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="219" />
        <source>%1 (beside AHT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="226" />
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="232" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="243" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="257" />
        <source>What we discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="265" />
        <source>What was agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="277" />
        <source>Done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="278" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="279" />
        <source>Action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="281" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="289" />
        <source>Homework: shorter phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="292" />
        <source>Instead of “%1” say “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="300" />
        <source>Acknowledged by the agent on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="302" />
        <source>Not acknowledged by the agent yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="305" />
        <source>Next follow-up: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="306" />
        <source>No follow-up planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="307" />
        <source>Acknowledgement and follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Coach:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="322" />
        <source>Could not write the coaching summary to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="363" />
        <source>the PDF could not be started</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports::TableExport</name>
    <message>
        <location filename="../app/reports/tableexport.cpp" line="32" />
        <source>cannot export a table as '.%1': choose .csv or .xlsx</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::reports::bonusrun</name>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="29" />
        <source>Moved from %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="100" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="196" />
        <source>a bonus run needs a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="240" />
        <source>a month computed with a plan from a file cannot be locked; save the plan first and run the month again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/reports/bonusrunlocked.cpp" line="21" />
        <source>the bonus plan %1 recorded with the lock is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="89" />
        <source>checking later imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="116" />
        <source>restoring overwritten rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="132" />
        <source>deleting imported rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="163" />
        <source>removing agents and teams the import created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="184" />
        <source>counting the rows of the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="58" />
        <source>reading CSAT responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="69" />
        <source>Day summary: %n response(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="70" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="101" />
        <source>reading sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="112" />
        <source>%n sale(s) in the day's summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="113" />
        <source>%n sale(s) stated on the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="124" />
        <source>No-call-no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="126" />
        <source>Unexcused absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="128" />
        <source>Excused absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="130" />
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="140" />
        <location filename="../app/storage/bonusinputreader.cpp" line="138" />
        <source>reading attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Late (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="161" />
        <source>reading QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Score %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="177" />
        <source>Attendance %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="178" />
        <source>CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="179" />
        <source>Sales conversion %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="180" />
        <source>QA %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="181" />
        <source>AHT (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="182" />
        <source>FCR %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="183" />
        <source>CpH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="184" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Far below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="41" />
        <source>bonus lock %1 names no month: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="79" />
        <source>reading the bonus locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="87" />
        <source>a frozen bonus line of %1 has an unknown kind “%2” or evidence “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="122" />
        <source>freezing the bonus lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="131" />
        <source>a lock needs the month to lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="133" />
        <source>locking %1 needs your name and a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="138" />
        <source>%1 has not ended yet; it can be locked from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="152" />
        <source>%1 is already locked (by %2 on %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="176" />
        <source>locking the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="214" />
        <source>%1, a later month, is locked too: its adjustments were computed against the lock of %2; unlock %1 first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="227" />
        <source>%1 is not locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="235" />
        <source>unlocking the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="49" />
        <source>stored bonus plan %1 (version %2) is damaged: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="52" />
        <source>its month is “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="82" />
        <source>reading the bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="94" />
        <source>reading the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="98" />
        <source>there is no team %1 to give a bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="112" />
        <source>%1 is locked; a plan can start from %2 at the earliest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="124" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="126" />
        <source>numbering the bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="140" />
        <source>saving the bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="163" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="165" />
        <source>reading the newest bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="166" />
        <source>the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="171" />
        <source>version %1 of the bonus plan for %2 was saved by %3 at %4 while you were writing the first one; look at it, then save your change again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="177" />
        <source>version %1 of the bonus plan for %3 was saved by %4 at %5 after you opened version %2; look at it, then save your change again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="29" />
        <source>sslmode must be one of %1, not '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="38" />
        <source>connect_timeout must be a number of seconds, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="46" />
        <source>application_name may hold letters, digits, '_', '.' and '-' only, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="52" />
        <source>unknown parameter '%1' (known: sslmode, connect_timeout, application_name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="67" />
        <source>not a valid server address; expected postgresql://user@host[:port]/database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="76" />
        <source>the server address names no host: postgresql://user@HOST/database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="78" />
        <source>the server address names no user: postgresql://USER@host/database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="80" />
        <source>the server address names no database: postgresql://user@host/DATABASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="139" />
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed; install the libqt6sql6-psql package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="150" />
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="35" />
        <source>there is no agent with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="49" />
        <source>the stored attendance ladder is invalid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="59" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="62" />
        <source>the setting %1 is invalid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="46" />
        <source>attendance of agent %1 on %2 has an unknown status "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="107" />
        <source>a shift needs a valid day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="109" />
        <source>a shift lasts 1 to 1440 minutes, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="111" />
        <source>late minutes cannot be negative (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="113" />
        <source>late minutes are given only for a shift the agent was late to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="125" />
        <source>there is no agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="94" />
        <source>reading the last audit entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="111" />
        <source>waiting for the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="118" />
        <source>chaining audit entry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="171" />
        <source>reading the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="34" />
        <source>a calibration session needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="36" />
        <source>a calibration session needs the name of whoever creates it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="38" />
        <source>a calibration session needs at least one conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="41" />
        <source>a conversation is listed twice in the calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="43" />
        <source>a calibration session needs at least two evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="47" />
        <source>an evaluator of the calibration session has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="49" />
        <source>%1 is listed twice as an evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="62" />
        <source>reading the scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="66" />
        <source>scorecard version %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="69" />
        <source>%1 is a peer-review scorecard; calibration uses a QA scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="81" />
        <location filename="../app/storage/transcriptrepository.cpp" line="65" />
        <source>reading conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="84" />
        <location filename="../app/storage/transcriptrepository.cpp" line="69" />
        <source>conversation %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="86" />
        <source>conversation %1 was not handled by an agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="106" />
        <source>adding the calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="116" />
        <source>adding the session's conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="123" />
        <source>adding the session's evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="158" />
        <source>reading calibration sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="184" />
        <source>reading calibration evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="202" />
        <source>reading the session's conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="97" />
        <source>the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="99" />
        <source>the coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="101" />
        <source>the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="103" />
        <source>the focus KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="105" />
        <source>the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="107" />
        <source>the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="109" />
        <source>the action items (only their done state can change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="111" />
        <source>the homework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="36" />
        <source>the coaching effect is measured over %1 to %2 days, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="75" />
        <source>measuring a coaching effect needs the session's day and today's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="43" />
        <source>action item %1 says nothing: write what was agreed or remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="45" />
        <source>action item %1 is marked done without the day it was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="56" />
        <source>there is no agent %1 to coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="60" />
        <source>a coaching session needs a valid day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="65" />
        <source>agenda item %1 has no title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="87" />
        <source>reopening a closed session needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="95" />
        <source>a held session cannot go back to planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="96" />
        <source>a closed session can only be reopened as held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="51" />
        <source>coaching session %1 has an unknown status “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="58" />
        <source>agenda item %1 has an unknown kind “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="142" />
        <source>there is no coaching session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="189" />
        <source>unknown focus KPI “%1” in a coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="77" />
        <source>reading the tables of the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="100" />
        <source>reading the foreign keys of the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="133" />
        <source>the foreign keys of the tables %1 form a cycle, so no table of them can be copied before the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="43" />
        <source>listing the tables of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="111" />
        <source>the target has no table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="114" />
        <source>table %1 has other columns in the target than in the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="117" />
        <source>the source has no table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="145" />
        <source>the copy was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="163" />
        <location filename="../app/storage/databasecopy.cpp" line="187" />
        <source>reading table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="168" />
        <source>copying table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="202" />
        <source>emptying table %1 of the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="228" />
        <source>moving the id sequence of table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="262" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="293" />
        <source>the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="296" />
        <source>the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="301" />
        <source>copying the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="43" />
        <source>there is no dispute %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="45" />
        <source>dispute %1 is already decided; a decision is final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="48" />
        <source>there is no evaluation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="117" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="122" />
        <source>“%1” is not answered yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="129" />
        <source>“%1” cannot be answered N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="130" />
        <source>“%1” cannot be given %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="143" />
        <source>every criterion is answered N/A: there is nothing to score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="55" />
        <source>reading the evaluation queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="105" />
        <source>counting handle times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="117" />
        <source>reading the 90th percentile of handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="120" />
        <source>row %1 in key order, column %2: %3 in the source, %4 in the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="147" />
        <source>row %1 in key order is only in the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="161" />
        <source>verification failed for table %1: the source has %2 rows (SHA-256 %3), the copy %4 rows (SHA-256 %5); first difference: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="27" />
        <source>Review note by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="29" />
        <source>transcript line %1 is numbered %2; lines are numbered 1, 2, 3, … in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="34" />
        <source>transcript line %1: the speaker is '%2', not agent, customer or system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="39" />
        <source>transcript line %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="41" />
        <source>transcript line %1 starts before the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="50" />
        <source>reading the annotations of conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="64" />
        <source>reading teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="81" />
        <source>reading team memberships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="120" />
        <source>reading sales by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="47" />
        <source>evaluation %1 is a draft: save the draft instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="50" />
        <source>evaluation %1 is disputed: only the arbitrator's decision changes it now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="52" />
        <source>evaluation %1 is final and can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="57" />
        <source>an edit keeps the evaluation's conversation and scorecard version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="63" />
        <source>a phrase needs both the longer wording and the shorter one to use instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="50" />
        <source>criterion %1 has the unknown kind “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="77" />
        <source>cancelled; no backup was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="78" />
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="81" />
        <source>could not make %1 private to its owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="95" />
        <source>%1 is a server database; back it up with the server's tools (pg_dump)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="99" />
        <source>%1 already exists; choose a new file for the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="106" />
        <source>backup file not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="109" />
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="112" />
        <source>%1 is damaged or not a database (integrity check: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="113" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="118" />
        <source>%1 is not a Huddle database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="121" />
        <source>%1 has schema version %2, newer than this Huddle understands (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="146" />
        <source>could not move %1 aside to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="157" />
        <source>could not put the backup in place of %1 (the previous file is %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::AgendaSource</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="161" />
        <source>the session needs a valid day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="163" />
        <source>the agenda looks back at least one day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::AttendanceRepository</name>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="121" />
        <source>saving the attendance ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="145" />
        <location filename="../app/storage/attendanceladderstore.cpp" line="165" />
        <source>the ladder stage is asked for an invalid day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="276" />
        <source>entering attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="299" />
        <source>removing attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="327" />
        <source>the period of the attendance table is not a valid range of days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::AuditLog</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="211" />
        <source>recording the %1 of %2 %3 in the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="219" />
        <source>recording in the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="256" />
        <location filename="../app/storage/auditlog.cpp" line="276" />
        <location filename="../app/storage/auditlog.cpp" line="283" />
        <source>reading the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="271" />
        <source>chaining the audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::BonusInputReader</name>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="270" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::BonusLockRepository</name>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="295" />
        <source>reading the frozen bonus lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="302" />
        <source>locking %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="309" />
        <source>unlocking needs the month to unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="311" />
        <source>unlocking %1 needs your name and a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="312" />
        <source>unlocking %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::BonusPlanRepository</name>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="225" />
        <source>reading the bonus plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="241" />
        <source>the bonus plan is asked for an invalid month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="265" />
        <source>a bonus plan needs the month it is valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="267" />
        <source>a bonus plan is saved under a name: the name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="278" />
        <source>saving the bonus plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::CalibrationRepository</name>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="254" />
        <source>creating the calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="286" />
        <source>calibration session %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="298" />
        <source>%1 is not an evaluator of calibration session %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="311" />
        <source>reading the calibration worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="325" />
        <source>closing a calibration session needs the name of whoever closes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="327" />
        <location filename="../app/storage/calibrationrepository.cpp" line="338" />
        <source>closing the calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="332" />
        <source>calibration session %1 is already closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="354" />
        <source>calibration session %1 is still open: its scores stay blind until it is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="386" />
        <source>adding a score to the calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="390" />
        <source>evaluation %1 is not a calibration score of an evaluator and a conversation of session %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ChainWalk</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="142" />
        <source>it has no hash — it was written outside Huddle or its hash was erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="145" />
        <source>its contents do not match its hash — it was changed after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="150" />
        <source>it is the first entry but follows another — earlier entries were removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="151" />
        <source>does not follow entry %1 — an entry was removed or inserted, or entry %1 was rewritten</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::CoachingEffectReader</name>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="109" />
        <source>the setting %1 holds “%2”, not a number of days from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="122" />
        <source>saving the coaching effect window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::CoachingRepository</name>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="140" />
        <source>planning a coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="172" />
        <source>saving coaching session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="178" />
        <source>coaching session %1 is closed: %2 can no longer change (reopen it to edit them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="217" />
        <source>changing the status of coaching session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="242" />
        <source>deleting coaching session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="249" />
        <source>coaching session %1 has been held; only planned sessions can be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="251" />
        <source>coaching session %1 is closed; only planned sessions can be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="265" />
        <source>marking an action item done needs the day it was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="267" />
        <source>marking action item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="270" />
        <source>there is no action item %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::CoachingWriter</name>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="212" />
        <source>agenda item %1 refers to conversation %2, which is not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="214" />
        <source>agenda item %1 refers to action item %2, which is not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="257" />
        <source>agenda item %1 is not on the agenda of coaching session %2 (or is listed twice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="282" />
        <source>action item %1 was not agreed in coaching session %2 (or is listed twice)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ConversationBatch</name>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="29" />
        <location filename="../app/storage/conversationbatch.cpp" line="40" />
        <source>could not read the conversations already imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="70" />
        <source>adding the conversations %1 to %2, written together</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::DigestReader</name>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="76" />
        <location filename="../app/storage/tablecomparison.cpp" line="97" />
        <source>reading table %1 back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::DirectoryRepository</name>
    <message>
        <location filename="../app/storage/directoryrepository.cpp" line="112" />
        <source>currency: expected an ISO 4217 code of three capital letters such as USD or EUR, got "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::DisputeRepository</name>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="138" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="149" />
        <source>the dispute window and the decision time are at least one day each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="150" />
        <source>saving the dispute rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="174" />
        <source>a dispute needs who raises it and a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="175" />
        <source>opening a dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="191" />
        <source>the evaluation has no criterion %1 to dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="233" />
        <source>a dispute is decided by a named arbitrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="235" />
        <source>deciding dispute %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationRepository</name>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="140" />
        <source>saving the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="154" />
        <source>publishing the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="166" />
        <source>a peer review needs a note for the colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="168" />
        <source>publishing the peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="185" />
        <source>an edit of a published evaluation needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="186" />
        <source>editing evaluation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="193" />
        <source>removing draft %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="199" />
        <source>evaluation %1 is published; only drafts can be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="229" />
        <source>there is no evaluation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="240" />
        <source>evaluation %1 is a blind calibration score: only %2 can open it until the calibration session is closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationWriter</name>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="44" />
        <source>a peer review is scored on a peer-review scorecard; “%1” is a QA scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="46" />
        <source>“%1” is a peer-review scorecard; QA and calibration evaluations need a QA scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="51" />
        <source>only a calibration evaluation belongs to a calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="76" />
        <source>a calibration evaluation needs a calibration session; there is no session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="81" />
        <source>calibration session “%1” is closed; it takes no more scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="85" />
        <source>calibration session “%1” is scored with another scorecard version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="88" />
        <source>%1 is not an evaluator of calibration session “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="90" />
        <source>the conversation is not one of calibration session “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="92" />
        <source>%1 has already scored this conversation in calibration session “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="106" />
        <source>there is no conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="109" />
        <source>conversation %1 reached no agent, so there is nobody to evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="149" />
        <source>an evaluation needs the name of its evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="162" />
        <source>evaluation %1 is already published; it changes only by an edit with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="218" />
        <source>there is no evaluation %1 (it may have been removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="225" />
        <source>evaluation %1 was changed at %4 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="232" />
        <source>evaluation %1 was changed by %4 at %5 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="338" />
        <source>the calibration session of evaluation %1 is closed; its scores no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="341" />
        <source>only %1 can change their own calibration score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="365" />
        <source>a peer review is an evaluation of the peer kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="375" />
        <source>agents do not peer-review their own conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="206" />
        <source>reading the import history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="235" />
        <source>could not start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="238" />
        <source>reading the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="242" />
        <source>import %1 does not exist or was already undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="247" />
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="260" />
        <source>checking evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="264" />
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="281" />
        <source>reading customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="291" />
        <source>marking the import undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="305" />
        <source>could not commit the undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="313" />
        <source>reading import profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="328" />
        <source>saving the import profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="334" />
        <source>deleting the import profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="151" />
        <source>could not start the import transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="224" />
        <source>could not wait for other imports: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="228" />
        <source>cancelled while another import was running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="244" />
        <source>could not count conversations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="252" />
        <source>could not read the indexes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="257" />
        <source>could not defer index %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="277" />
        <source>could not rebuild index %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="348" />
        <location filename="../app/storage/importwriter.cpp" line="884" />
        <source>could not record the import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="349" />
        <source>recording the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="360" />
        <source>could not record the site's time zone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="395" />
        <source>unknown import shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="802" />
        <source>could not add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="848" />
        <source>could not add the team of a new agent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="901" />
        <source>could not commit the import: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::KpiPlanRepository</name>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="42" />
        <source>the stored KPI plan of %1 is invalid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>the site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::PeerReviewAssignments</name>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="70" />
        <location filename="../app/storage/peerreviewassignments.cpp" line="116" />
        <source>asking for a peer review of conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="83" />
        <source>there is no conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="86" />
        <source>conversation %1 was not handled by an agent: there is no colleague's work to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="90" />
        <source>there is no agent %1 to ask for the review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="93" />
        <source>agents do not peer-review their own conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="95" />
        <source>%1 is already asked to review this conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="121" />
        <source>withdrawing peer review assignment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="128" />
        <source>%1 has reviewed conversation %2: a done review stays, as the record of who reviewed what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="152" />
        <source>reading peer review assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="169" />
        <source>reading peer review assignment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="173" />
        <source>there is no peer review assignment %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::PhraseRepository</name>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="129" />
        <source>there is no phrase %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="138" />
        <source>adding a phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="167" />
        <source>saving phrase %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="196" />
        <source>retiring phrase %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="215" />
        <source>deleting phrase %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/storage/phraserepository.cpp" line="221" />
        <source>phrase %1 is homework in %n session(s); retire it instead of deleting it</source>
        <translation><numerusform>phrase %1 is homework in %n session; retire it instead of deleting it</numerusform><numerusform>phrase %1 is homework in %n sessions; retire it instead of deleting it</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaQueueRepository</name>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="208" />
        <source>the evaluation queue needs a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="251" />
        <source>reading the sample size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="259" />
        <source>the stored sample size '%1' is not a whole number from 1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="269" />
        <source>the sample is 1 to %1 conversations per agent per week, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="277" />
        <source>saving the sample size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::QaWriter</name>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="131" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="139" />
        <source>answer %1 of the evaluation gives %2 points, outside what its criterion allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="161" />
        <source>evaluation of conversation %1, which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="179" />
        <source>the evaluation has %1 answers and %2 comments for %3 criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="210" />
        <source>an annotation points at criterion %1 of a scorecard with %2 criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="217" />
        <source>an annotation points at transcript line %1; lines start at 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="218" />
        <source>an annotation points at second %1 of the call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ReadSnapshot</name>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="82" />
        <source>could not start reading the source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="89" />
        <source>starting a snapshot of the source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ScorecardRepository</name>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="119" />
        <source>there is no scorecard version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="146" />
        <location filename="../app/storage/scorecardrepository.cpp" line="163" />
        <location filename="../app/storage/scorecardrepository.cpp" line="198" />
        <source>there is no scorecard %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="180" />
        <source>saving scorecard %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="191" />
        <source>retiring scorecard %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="215" />
        <source>installing the default scorecards</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::ScorecardWriter</name>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="83" />
        <source>a scorecard named “%1” already exists; choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="134" />
        <source>the purpose of scorecard “%1” cannot change: evaluations use it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::Sql</name>
    <message>
        <location filename="../app/storage/sqlutil.cpp" line="36" />
        <source>%1 failed: no row was added</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::TimelineRepository</name>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="125" />
        <source>QA evaluation by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="146" />
        <source>Coaching session by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="147" />
        <source>Coaching session by %1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::TranscriptRepository</name>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="87" />
        <source>reading the transcript of conversation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="102" />
        <source>replacing the transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="110" />
        <source>an annotation points at line %1 of the transcript, which the new transcript (%2 lines) does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="118" />
        <source>removing the old transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="140" />
        <source>writing line %1 of the transcript</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::storage::Users</name>
    <message>
        <location filename="../app/storage/users.cpp" line="172" />
        <source>users and roles are for a database on a PostgreSQL server; in a database file the one local user is the admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="183" />
        <source>setting up the roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="247" />
        <source>looking up agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="249" />
        <source>there is no agent named '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="252" />
        <source>more than one agent is named '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="264" />
        <source>looking up team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="266" />
        <source>there is no team named '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="277" />
        <source>'%1' cannot be a login: use lower-case letters, digits and _, starting with a letter or _</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="282" />
        <source>'%1' is the name of a group role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="284" />
        <source>an agent's login needs the agent it belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="286" />
        <source>a team leader's login needs the teams they lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="300" />
        <source>adding user %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="360" />
        <source>listing the users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="379" />
        <source>reading the signed-in role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="389" />
        <source>reading who is signed in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="29" />
        <source>No review notes on this conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="42" />
        <source>Not evaluated yet: QA → Evaluate Conversation… (Ctrl+Shift+Q).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65" />
        <source> (talk only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="67" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="69" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="70" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>abandoned in queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="72" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="73" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="74" />
        <source>Wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="75" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="76" />
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="77" />
        <source>After-call work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="78" />
        <source>Handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="79" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="80" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="82" />
        <source>%1 on a %2–%3 scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="84" />
        <source>NPS answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="85" />
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="87" />
        <source>Review notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="19" />
        <source>Offered conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="21" />
        <source>Handled conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="23" />
        <source>Handled conversations with a handle time (AHT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="25" />
        <source>Answered conversations with a wait time (ASA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="27" />
        <source>Conversations with a first-contact resolution outcome (FCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="29" />
        <source>CSAT responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="31" />
        <source>NPS responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="33" />
        <source>Conversations with a sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="35" />
        <source>Abandoned conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="64" />
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="66" />
        <source>%1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="94" />
        <source>it is no longer in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="102" />
        <source>The conversation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="26" />
        <source>%1 /h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="41" />
        <source>No data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="54" />
        <source>%1 better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="56" />
        <source>%1 worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="58" />
        <source>%1 same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="69" />
        <source>Fast &amp; satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="71" />
        <source>Slow &amp; satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="73" />
        <source>Fast &amp; unsatisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="75" />
        <source>Slow &amp; unsatisfied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <location filename="../ui/agentview.cpp" line="39" />
        <source>KPI score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="76" />
        <source>Back to the page the agent was opened from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="88" />
        <source>← &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="89" />
        <source>Back to the previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="90" />
        <source>Back to the previous page (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="113" />
        <source>Recent peer-review notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="121" />
        <source>Peer-review notes on this agent's conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="140" />
        <source>QA evaluations (double-click to open the conversation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="147" />
        <source>QA evaluations of this agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="173" />
        <source>The attendance warning ladder today (Coaching → Attendance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="174" />
        <source>&amp;Plan coaching session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="176" />
        <source>Plan a coaching session with this agent, the agenda proposed from the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="199" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="270" />
        <source>Could not load the agent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="274" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="279" />
        <source>Warning ladder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="289" />
        <source>Agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="297" />
        <source>%1 · %2 – %3 · %4 handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="298" />
        <source>no team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="302" />
        <source>%1 / 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="304" />
        <source>%1 % of weight has data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="305" />
        <source>Weighted by the KPI plan of the agent's team (Settings → KPI plan).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="322" />
        <source>weight %1 % · n = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="362" />
        <source>&lt;b&gt;Sales&lt;/b&gt;&lt;br&gt;%1 sales, %2&lt;br&gt;conversion %3 of %4 handled %5&lt;br&gt;&lt;a href="#sales"&gt;List the conversations with a sale&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AgentsPage</name>
    <message>
        <location filename="../ui/agentspage.cpp" line="27" />
        <source>Filter agents by name (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="29" />
        <source>Filter agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="32" />
        <source>Filter agents by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="42" />
        <source>Agent KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="64" />
        <source>Could not load the agents' KPIs: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AmountEdit</name>
    <message>
        <location filename="../ui/amountedit.cpp" line="56" />
        <source>Not an amount: type digits with at most two decimals, e.g. 80.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/amountedit.cpp" line="57" />
        <source>Not a percentage: type digits with at most two decimals, e.g. 2.5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="26" />
        <source>A&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="30" />
        <source>A&amp;dd annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="31" />
        <source>Remo&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="35" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="37" />
        <source>Enter or a double click shows the moment in the transcript.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="59" />
        <source>mm:ss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="61" />
        <source>Moment of the call (mm:ss)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63" />
        <source>Criterion of the annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65" />
        <source>What happened at that moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="75" />
        <source>Criterio&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="77" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119" />
        <source>— none —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line (select one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="170" />
        <source>Select a line of the transcript, or type a moment of the call as mm:ss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="178" />
        <source>“%1” is not a moment of the call: type it as mm:ss, such as 01:23.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AskPeerReviewDialog</name>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="26" />
        <source>&amp;Ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="28" />
        <source>Ask for a peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="41" />
        <source>&amp;Reviewer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="46" />
        <source>The review goes on the colleague's to-review list (QA page, Peer Reviews). On a server, it is also what lets them open this conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="60" />
        <source>Who should review &lt;b&gt;%1&lt;/b&gt;, handled by %2 on %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="80" />
        <source>No colleague of that day to ask.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="39" />
        <source>&amp;Remove day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="42" />
        <source>Enter attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="53" />
        <location filename="../ui/attendancedialog.cpp" line="56" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="57" />
        <source>Only for Late: how many minutes after the shift start the agent arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="64" />
        <source>Delete the stored row of this agent and day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="68" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="69" />
        <source>&amp;Day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="70" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="71" />
        <source>S&amp;hift:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="72" />
        <source>&amp;Late by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="93" />
        <source>Could not list the agents: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="129" />
        <source>Could not read the stored shift: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="135" />
        <source>Stored: %1, %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="139" />
        <source>, %1 min late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="145" />
        <source>Nothing stored for this agent and day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceStrip</name>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="26" />
        <source>Attendance calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="34" />
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="36" />
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="38" />
        <source>Excused absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="40" />
        <source>Unexcused absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="42" />
        <source>No-call-no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="51" />
        <source>P</source>
        <comment>attendance: present</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="53" />
        <source>L</source>
        <comment>attendance: late</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="55" />
        <source>E</source>
        <comment>attendance: excused absence</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="57" />
        <source>U</source>
        <comment>attendance: unexcused absence</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="59" />
        <source>N</source>
        <comment>attendance: no-call-no-show</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="92" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="120" />
        <location filename="../ui/attendancestrip.cpp" line="188" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="222" />
        <source>No shift scheduled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/attendancestrip.cpp" line="226" />
        <source> by %n minute(s)</source>
        <translation><numerusform> by %n minute</numerusform><numerusform> by %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="228" />
        <source>Shift of %1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="231" />
        <source>Schedule adherence %1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="33" />
        <source>Audit Trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="51" />
        <source>Audit log entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="53" />
        <source>Kind of record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="54" />
        <source>Filter by name, action or change (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="56" />
        <source>Filter entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="57" />
        <source>&amp;Records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="67" />
        <source>&amp;Verify Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="69" />
        <source>Recompute every entry's hash: an entry changed or deleted since shows here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="70" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="97" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="105" />
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="115" />
        <source>%n of %1 entries shown.</source>
        <translation><numerusform>%n of %1 entries shown.</numerusform><numerusform>%n of %1 entries shown.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="122" />
        <source>Could not check the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="126" />
        <source>The chain is intact: %n entries, each matching its hash and following the one before. Last hash: %1.</source>
        <translation><numerusform>The chain is intact: %n entry, matching its hash. Last hash: %1.</numerusform><numerusform>The chain is intact: %n entries, each matching its hash and following the one before. Last hash: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="132" />
        <source>The chain is broken at entry %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="143" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="25" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="49" />
        <source>Back &amp;Up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="50" />
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="53" />
        <source>Write a copy of the open database to a file of your choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55" />
        <source>Replace the open database with a backup; the replaced file is kept beside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="83" />
        <source>Back up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87" />
        <location filename="../ui/backupactions.cpp" line="111" />
        <source>Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="94" />
        <source>Open a database file first; a server's database is backed up with its own tools.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="99" />
        <source>%1 is the open database itself; choose another file for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="101" />
        <source>Could not replace %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Backing up %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="117" />
        <source>Backup cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="121" />
        <source>Backed up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="131" />
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="136" />
        <location filename="../ui/backupactions.cpp" line="150" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="142" />
        <source>Open the database file to restore first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145" />
        <source>%1 is the open database itself; choose a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="151" />
        <source>Replace everything in %1 with the backup %2?

The current file is kept as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="165" />
        <source>Restored %1 from %2; the previous data is in %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusComponentForm</name>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="63" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="83" />
        <location filename="../ui/bonuscomponentform.cpp" line="161" />
        <source>Pa&amp;ys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="90" />
        <source>Amount per sale by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Add tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Remove tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="99" />
        <source>Each sale earns its product tier's amount (as in the sales export).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="105" />
        <source>Other &amp;tiers, per sale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="122" />
        <source>Below this sample no band applies, and the report says why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="125" />
        <source>Bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Add band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Remove band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="131" />
        <source>A band pays when from ≤ value &lt; to; leave To empty for no upper end. Bands must not overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="136" />
        <source>&amp;Measure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="137" />
        <source>Minimum samp&amp;le:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="159" />
        <source>% of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="187" />
        <source>Component “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusConditionEdit</name>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="40" />
        <source>Below this sample the condition does not hold, and the report says why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="52" />
        <source>&amp;Measure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="53" />
        <source>&amp;Holds when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="54" />
        <source>Minimum samp&amp;le:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusEvidenceDialog</name>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="28" />
        <source>%1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="29" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="40" />
        <source>The month is locked; rows shown are today's data. The amount above is the one frozen with the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="56" />
        <source>Rows behind the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="79" />
        <source>This line is not computed from rows of data; its sentence above says how it came about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="86" />
        <source>The rows could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>No rows in this month.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusExporter</name>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="53" />
        <source>&amp;PDF report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="54" />
        <source>&amp;XLSX workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="55" />
        <source>&amp;CSV (one row per agent and line)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="72" />
        <source>Exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="92" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="93" />
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="118" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="120" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="122" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="134" />
        <source>Export bonus month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="152" />
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusGateForm</name>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="47" />
        <source>&amp;Then:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="77" />
        <source>Gate “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="84" />
        <source>% of the components</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusListButtons</name>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="23" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="24" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusLockDialog</name>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="36" />
        <source>Lock %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="37" />
        <source>Unlock %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="41" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="42" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="45" />
        <source>e.g. Reviewed with the team leaders; sent to payroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="46" />
        <source>Why the month must change, e.g. a corrected attendance export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Lock month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Unlock month…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="54" />
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="55" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="95" />
        <source>Locking freezes %1 as it is on screen: the lines of %n agent(s)</source>
        <translation><numerusform>Locking freezes %1 as it is on screen: the lines of %n agent</numerusform><numerusform>Locking freezes %1 as it is on screen: the lines of %n agents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="98" />
        <source>in %n team(s), site total %1.</source>
        <translation><numerusform>in %n team, site total %1.</numerusform><numerusform>in %n teams, site total %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="101" />
        <source>Plans used: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="104" />
        <source>The plans and the SHA-256 of the CSV export are kept with the lock. The month is then read back as locked, never recomputed; data arriving later for it are paid as adjustments in the next open month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="115" />
        <source>Unlocking is an admin action: %1 is then recomputed from today's data and can be locked again. The lock stays in the history and the unlock is written to the audit log with your name and reason. A later locked month must be unlocked first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="127" />
        <source>Give your name and a reason first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="150" />
        <source>Not locked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="151" />
        <source>Not unlocked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="166" />
        <source>Unlock %1? Its figures may change once it is recomputed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusMonthPicker</name>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="18" />
        <location filename="../ui/bonusmonthpicker.cpp" line="19" />
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="21" />
        <location filename="../ui/bonusmonthpicker.cpp" line="22" />
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="26" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="27" />
        <source>The month to compute: type it, or step it with the arrow keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusPage</name>
    <message>
        <location filename="../ui/bonuspage.cpp" line="46" />
        <source>Edit &amp;plans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="48" />
        <source>&amp;Lock month…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="49" />
        <source>&amp;Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="89" />
        <source>Bonus per team, agent and line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="138" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="140" />
        <location filename="../ui/bonuspage.cpp" line="296" />
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="141" />
        <source>Filter agents (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="142" />
        <source>Filter agents by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="145" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="146" />
        <source>Export the month as a PDF report, an XLSX workbook or CSV (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="150" />
        <source>The bonus plans of the site and its teams, versioned by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="151" />
        <location filename="../ui/bonuspage.cpp" line="344" />
        <source>Freeze this month's results after review (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="152" />
        <source>Lift the lock: an audited admin action that needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="159" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="180" />
        <source>Filter agents and lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="184" />
        <source>Lock the month…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="189" />
        <source>Export the bonus report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="194" />
        <source>Compute the month again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="343" />
        <source>%1 can be locked once it has ended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusPageText</name>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="18" />
        <source>Locked by %1 on %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="27" />
        <source>the built-in example plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="28" />
        <source>“%1” version %2, valid from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="38" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="42" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="50" />
        <source>%1 could not be computed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="53" />
        <source>Computing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="54" />
        <source>%1: not computed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="58" />
        <source>Plans used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="62" />
        <source>%1 — %2
Frozen: later data for this month are paid as adjustments in the next open month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="67" />
        <source>%1 — Open: figures may still change. Lock the month once it has been reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="68" />
        <source>%1 — Open: figures may still change; the month has not ended yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="78" />
        <source>%1 %2 (%n agent(s))</source>
        <translation><numerusform>%1 %2 (%n agent)</numerusform><numerusform>%1 %2 (%n agents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="81" />
        <source>&lt;b&gt;Site total %1&lt;/b&gt; · %n agent(s)</source>
        <translation><numerusform>&lt;b&gt;Site total %1&lt;/b&gt; · %n agent</numerusform><numerusform>&lt;b&gt;Site total %1&lt;/b&gt; · %n agents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="97" />
        <source>Shown: %n agent(s), %1</source>
        <translation><numerusform>Shown: %n agent, %1</numerusform><numerusform>Shown: %n agents, %1</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanDialog</name>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="37" />
        <source>Bonus plans (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="67" />
        <source>&amp;Discard draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="68" />
        <source>&amp;Save version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="70" />
        <source>Bonus plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="84" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="117" />
        <source>Bonus plan versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="121" />
        <source>&amp;New version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="124" />
        <source>Copies the selected plan into a draft to change and save as a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="125" />
        <source>&amp;Import JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="126" />
        <source>E&amp;xport JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="130" />
        <source>Import a bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="137" />
        <source>Export the bonus plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="148" />
        <source>&lt;b&gt;Plan versions&lt;/b&gt; — a team without a plan of its own uses the site's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="247" />
        <source>A draft copy: change it, choose who it is for and from which month, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="267" />
        <source>Draft discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="275" />
        <location filename="../ui/bonusplandialog.cpp" line="284" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="287" />
        <source>Not saved: %1. The list now shows that version; your draft is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="301" />
        <source>Saved version %1 for %2, valid from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="315" />
        <source>Not imported from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="321" />
        <source>Imported from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="322" />
        <source>Imported “%1” from %2 as a draft: choose who it is for and from which month, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="331" />
        <source>Not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="334" />
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="361" />
        <source>Unsaved draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="362" />
        <source>Save the draft of “%1” as a new version first?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanEditor</name>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="39" />
        <source>&amp;Cap per agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="46" />
        <source>Com&amp;ponents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="47" />
        <source>&amp;Gates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="48" />
        <source>Score &amp;weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="75" />
        <source>The most an agent can earn in a month, after the gates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="81" />
        <source>Plan n&amp;ame:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="95" />
        <source>Components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <source>Add component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="112" />
        <source>Gates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Add gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="120" />
        <source>Gates apply in this order to the components' total; a gate that sets the bonus to 0 ends the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="136" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="138" />
        <source>Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="140" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="142" />
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="171" />
        <source>Com&amp;ponents (%L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="172" />
        <source>&amp;Gates (%L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✔ The plan is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✘ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusVersionHeader</name>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="42" />
        <source>The first month the new version applies to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="44" />
        <source>Why this version (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="45" />
        <source>New version (draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="47" />
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="49" />
        <source>&amp;Valid from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="51" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="78" />
        <source>Site (every team without a plan of its own)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::BonusWeightsEdit</name>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="19" />
        <source>This plan weighs the &amp;KPIs itself (otherwise the team's KPI plan decides)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="73" />
        <source>Weights total %1 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="74" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationResultsView</name>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="39" />
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Agreement per criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="41" />
        <source>Evaluators by mean deviation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="43" />
        <source>Conversations with the widest spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="45" />
        <source>Every total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Calibration agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Evaluators, strictest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Calibration evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="59" />
        <source>Widest spread (double-click for each evaluator's total)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="60" />
        <source>Calibration spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Every total: conversation × evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Calibration totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="86" />
        <source>Calibration scores never count in agents' QA %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="88" />
        <source>Blind calibration scores measure the evaluators, not the agents: they are left out of every QA average, KPI and bonus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="102" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="103" />
        <source>Save this table as CSV or Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="121" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversations × %4 evaluators · closed %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="127" />
        <source>α = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="129" />
        <source>Krippendorff's α of the total scores (interval metric)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="161" />
        <source>Totals of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="202" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationSessionDialog</name>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="27" />
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="51" />
        <source>New calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="52" />
        <source>e.g. Chat calibration, week 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="53" />
        <source>Search by conversation or customer id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="55" />
        <source>Conversations to score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="58" />
        <source>Evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="60" />
        <source>One name per line, as each evaluator enters it under Settings → Your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="64" />
        <source>&amp;Create session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="67" />
        <source>Each evaluator scores every conversation blind: nobody sees another's scores until the session is closed. Calibration scores never count in agents' QA %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="72" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="73" />
        <source>&amp;Scorecard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="74" />
        <source>Con&amp;versations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="77" />
        <source>&amp;Evaluators
(one per line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="107" />
        <source>%1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="137" />
        <source>Could not list conversations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="182" />
        <source>Give the session a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="184" />
        <source>There is no QA scorecard yet: create one in the scorecard designer first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="186" />
        <source>Tick at least one conversation to score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="188" />
        <source>Name at least two evaluators, one per line: agreement needs two opinions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="192" />
        <source>%1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="200" />
        <source>%1 conversations × %2 evaluators = %3 scores to give</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationView</name>
    <message>
        <location filename="../ui/calibrationview.cpp" line="28" />
        <source>Calibration sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="29" />
        <source>&amp;New session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="30" />
        <source>C&amp;lose session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="40" />
        <source>Close the session: every evaluator's scores become visible and the results appear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="44" />
        <source>Evaluators score the same conversations blind; closing the session shows how far they agree. Calibration scores never count in QA %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="95" />
        <source>Could not load the sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="125" />
        <source>Select a session, or create one with New session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="136" />
        <source>Could not compute the results: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="165" />
        <source>Close “%1”? Every evaluator's scores become visible to everyone, the results are computed, and no more scores can be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="171" />
        <source>Only %1 are in so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="172" />
        <location filename="../ui/calibrationview.cpp" line="191" />
        <source>Close calibration session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="174" />
        <source>Close session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationWorklist</name>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="22" />
        <source>Your calibration worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="24" />
        <source>&amp;Score…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="27" />
        <source>Score the selected conversation blind (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="78" />
        <source>Could not load your worklist: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="91" />
        <source>All evaluators together: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="94" />
        <source>You (%1) are not an evaluator of “%2”; its evaluators are %3. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="99" />
        <source>Your scores in “%1”: %2 of %3 conversations published. %4 Others' scores stay hidden until the session is closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="35" />
        <source>Could not write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="41" />
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="69" />
        <source>Unknown chart format "%1": use .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="127" />
        <source>Could not start printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="135" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="136" />
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="137" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="141" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingAttendanceTab</name>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="27" />
        <source>Warning ladder: no steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="28" />
        <source>Warning ladder: %1, counting violations over %2 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="40" />
        <source>&amp;Enter attendance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="41" />
        <source>&amp;Warning ladder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="44" />
        <source>Attendance violations per agent and month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="51" />
        <source>Enter or correct one shift of an agent (Enter on a row: that agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="53" />
        <source>Change the site's warning ladder: its steps and window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="62" />
        <source>&amp;Violations per month — unexcused absences and no-call-no-shows; the stage is today's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="75" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="125" />
        <source>Could not load attendance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="135" />
        <source>%1 agents, %2 violations in the period; %3 agents on a warning step today.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingEffectTab</name>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="27" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="28" />
        <source>Days before and after a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="29" />
        <source>How many days before and after each session its focus KPIs are compared over (a site setting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="35" />
        <source>Focus areas by effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="42" />
        <source>&amp;Window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="50" />
        <source>&amp;Focus areas — which KPIs moved most after coaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="60" />
        <source>Effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="104" />
        <source>Could not measure the effect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="111" />
        <source>After coaching, over %1 days before vs %1 after; sessions with n &lt; %2 are not judged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="121" />
        <source>%1 sessions with a focus in the period; %2 focus KPIs judged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="132" />
        <source>Could not save the window: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingFollowUpsTab</name>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="23" />
        <source>&amp;Open session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="24" />
        <source>&amp;Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="28" />
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="30" />
        <source>Open action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="34" />
        <source>Open the session the selected follow-up belongs to (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="37" />
        <source>Mark the selected action item done today (Space); reopen it from its session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="43" />
        <source>&amp;Follow-ups — agents due another conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="44" />
        <source>Open &amp;action items of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="61" />
        <source>Mark the selected action done (on the list of actions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="123" />
        <source>Could not load the follow-ups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="126" />
        <source>%1 follow-ups (%2 overdue), %3 open action items (%4 overdue).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="142" />
        <source>Follow-ups (%1 overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="164" />
        <source>Could not mark “%1” done: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPage</name>
    <message>
        <location filename="../ui/coachingpage.cpp" line="33" />
        <source>Follow-ups due and overdue, and the team's open action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="34" />
        <source>Coaching sessions of the period: plan, run and close them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="35" />
        <source>Which focus areas moved most after coaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="36" />
        <source>The shared library of script rewrites, set as homework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="38" />
        <source>Attendance violations per agent and month, and the warning ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="148" />
        <source>Open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="154" />
        <source>Conversation %1, discussed in a coaching session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhraseDialog</name>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="30" />
        <source>Can you tell me more about the problem that you're experiencing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="31" />
        <source>Please tell me what happened?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="33" />
        <source>&amp;Checked for CSAT impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="37" />
        <source>Add phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="41" />
        <source>opening, complaint, closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="42" />
        <source>The situations the phrase fits, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="60" />
        <source>How it was checked, e.g. “A/B on 400 chats, +3 pts”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="64" />
        <source>&amp;Longer (what agents say):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="65" />
        <source>&amp;Shorter (say this instead):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="66" />
        <source>S&amp;ituations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="68" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhrasesTab</name>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="33" />
        <source>Show &amp;retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="34" />
        <source>&amp;Add phrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="35" />
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;tire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="41" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="44" />
        <location filename="../ui/coachingphrasestab.cpp" line="46" />
        <source>Search phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="48" />
        <source>Also list retired phrases (in grey); sessions that set them keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="51" />
        <location filename="../ui/coachingphrasestab.cpp" line="283" />
        <source>Retire the selected phrase: it is no longer offered as homework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="57" />
        <source>Phrase library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="70" />
        <location filename="../ui/coachingphrasestab.cpp" line="209" />
        <source>All situations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="92" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="95" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="113" />
        <source>S&amp;ituation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="135" />
        <source>Phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="168" />
        <source>Could not load the phrases: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="197" />
        <source>Could not load the situations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="236" />
        <source>Could not add the phrase: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="282" />
        <source>Restore the selected phrase: it is offered as homework again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="296" />
        <source>%1 phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="297" />
        <source>%1 of %2 phrases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CoachingSessionsTab</name>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="26" />
        <source>&amp;Plan session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="27" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="28" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="33" />
        <source>Session status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="34" />
        <source>All sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="39" />
        <source>Search by agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="41" />
        <source>Search sessions by agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="44" />
        <source>Coaching sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="47" />
        <source>Plan a session with an agenda proposed from the data (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="49" />
        <source>Open the selected session (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="51" />
        <source>Delete the selected session; only planned sessions can be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="72" />
        <source>Plan a coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="82" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="132" />
        <source>Could not load the sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="141" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="176" />
        <source>the session with %1 planned for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="178" />
        <source>Delete session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="179" />
        <source>Delete %1, with its agenda? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="185" />
        <source>Could not delete %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="213" />
        <source>%1 sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="214" />
        <source>%1 of %2 sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ComparePicker</name>
    <message>
        <location filename="../ui/comparepicker.cpp" line="25" />
        <source>Compare agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="26" />
        <source>Filter by name or team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="28" />
        <source>Filter agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="29" />
        <source>Agents to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="31" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="48" />
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="82" />
        <source>At most %1 agents fit on one chart: untick one before adding %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="103" />
        <source>Tick up to %1 agents to draw side by side on the trend chart (%2 ticked).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="25" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28" />
        <source>Connect to Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29" />
        <source>e.g. db.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32" />
        <source>e.g. contact_centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35" />
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="36" />
        <source>Require TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37" />
        <source>Require TLS and verify the server's certificate and name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39" />
        <source>No TLS (trusted networks only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="45" />
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="46" />
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="47" />
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="51" />
        <source>&amp;TLS:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="57" />
        <source>The PostgreSQL database your site's supervisors share. Your site's IT can give you these details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="109" />
        <source>Enter the server's host name or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111" />
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="113" />
        <source>Enter your user name on the server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ConversationPanel</name>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="28" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="29" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="30" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="31" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="32" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="33" />
        <source>Handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="34" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="35" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="36" />
        <source>FCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="37" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="52" />
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>&amp;Attach transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="56" />
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="72" />
        <source>A text file with one utterance per line: “[mm:ss] Speaker: text”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="80" />
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="156" />
        <source> (talk only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="158" />
        <source>%1 on %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="170" />
        <source>No transcript.
Attach one as a text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="171" />
        <source>No transcript stored.
Transcript reference: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>Replace t&amp;ranscript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="206" />
        <source>Attach a transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="207" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="217" />
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50" />
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="52" />
        <source>Search conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="59" />
        <source>Search the conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="72" />
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="79" />
        <source>Conversation details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="173" />
        <source>&lt;b&gt;Drill-down:&lt;/b&gt; %1 — %2 listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="176" />
        <source> (the figure's n = %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="178" />
        <source>; narrowed further by the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="76" />
        <location filename="../ui/conversationspage.cpp" line="122" />
        <source>Could not load conversations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="37" />
        <source>Show the &amp;whole scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="38" />
        <source>Leave the drill-down and show every conversation of the scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="125" />
        <source>%1 conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CriterionAnswersEdit</name>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="29" />
        <source>weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="30" />
        <source>%1 · critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="57" />
        <source>%1 (contested)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CriterionListView</name>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="43" />
        <source>Y or N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="44" />
        <source>1 to 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="45" />
        <source>%1, or A for N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="46" />
        <source>%1 (N/A is not allowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="55" />
        <source>Criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="97" />
        <source>Keys: ↑/↓ or K/J move · Y/N yes or no · 1–5 scale · A or 0 N/A · Enter next unanswered · C comment · Ctrl+Z undo · Ctrl+S save draft · Ctrl+Enter publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="143" />
        <source>This evaluation is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="145" />
        <source>“%1” takes %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CriterionPanel</name>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="19" />
        <source>yes / no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="20" />
        <source>scale 1–5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="22" />
        <source>, N/A allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="24" />
        <source>, &lt;b style='color:#b3261e'&gt;auto-fail&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="45" />
        <source>Comment on this criterion (C) — Enter or Esc returns to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="53" />
        <source>Co&amp;mment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="99" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · weight %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="103" />
        <source>No guideline for this criterion.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="68" />
        <source>Reset zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69" />
        <source>Show the whole period again (0 or Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="70" />
        <source>Reset chart zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="74" />
        <source>CSAT and AHT trend chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="97" />
        <source>Selected note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="323" />
        <source>Raw CSAT and AHT series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="326" />
        <source>%1. %2 Mouse wheel or Shift+drag zooms, drag or the arrow keys pan, 0 or Esc resets the zoom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="83" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="75" />
        <source>CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="34" />
        <source>Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="35" />
        <source>Quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="36" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37" />
        <source>Dashboard views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="74" />
        <source>KPI score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="76" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="77" />
        <source>FCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="78" />
        <source>QA score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="79" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="80" />
        <source>Sales conv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="81" />
        <source>CSAT vs AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="111" />
        <source>Peer-review notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="152" />
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="159" />
        <source>No handled conversations in this period for this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="209" />
        <source>Target %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="219" />
        <source>%n shift(s)</source>
        <translation><numerusform>%n shift</numerusform><numerusform>%n shifts</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="221" />
        <source>%1 sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="222" />
        <source>Sales conversion: sales ÷ handled conversations (n = %1). Sales amount %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="225" />
        <source>targets CSAT %1, AHT %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="162" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="164" />
        <source>CSAT against AHT by agent — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="167" />
        <source>Peer-review notes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="189" />
        <source>%1 / 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="190" />
        <source>%1 handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="191" />
        <source>Weighted KPI score: each KPI's band earns points (far below %1, below %2, met %3, exceeded %4), weighted by the KPI plan (Settings → KPI plan). %5 % of the plan's weight has data. %6 of %7 offered conversations handled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="206" />
        <source>n = %1 responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="210" />
        <location filename="../ui/dashboardpage.cpp" line="214" />
        <source>n = %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="216" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluations</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeDecisionDialog</name>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="37" />
        <source>Decide dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="52" />
        <source>Why — the agent and the evaluator both read this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="56" />
        <source>&amp;Decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="59" />
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="60" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="61" />
        <source>Score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="87" />
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="88" />
        <source>&amp;Partially accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="89" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="97" />
        <source>The agent is right: re-score the contested answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="99" />
        <source>The agent is partly right: re-score what deserves it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="101" />
        <source>The evaluation stands as it was scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="110" />
        <source>the whole evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="111" />
        <source>the criterion “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="112" />
        <source>&lt;b&gt;%1&lt;/b&gt;'s evaluation by %2 of conversation %3 (%4) — %5 contested by %6 on %7, deadline %8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="153" />
        <source>Could not load the evaluation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="155" />
        <source>This dispute was already decided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="158" />
        <source>Choose an outcome: accept, partially accept or reject.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::DisputeOpenDialog</name>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="32" />
        <source>Dispute evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="35" />
        <source>Contest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="37" />
        <source>What the agent contests, and why — the arbitrator decides on this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="40" />
        <source>&amp;Open dispute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="43" />
        <source>&amp;Contest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="44" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="76" />
        <source>%1's evaluation of conversation %2 (%3) by %4: %5, %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="84" />
        <source>The whole evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="91" />
        <source>%1 — answered %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="111" />
        <source>The dispute window of this evaluation closed on %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/disputeopendialog.cpp" line="112" />
        <source>Disputes of this evaluation can be opened until %1; the arbitrator then has %n day(s) to decide.</source>
        <translation><numerusform>Disputes of this evaluation can be opened until %1; the arbitrator then has %n day to decide.</numerusform><numerusform>Disputes of this evaluation can be opened until %1; the arbitrator then has %n days to decide.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="133" />
        <source>Give a reason: what is wrong with the evaluation?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputesview.cpp" line="34" />
        <source>&amp;Decide…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="35" />
        <source>&amp;Open evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="37" />
        <source>Disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="40" />
        <source>Score history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="44" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="46" />
        <source>All disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="47" />
        <source>Open disputes only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="49" />
        <source>Accept, partially accept or reject the selected dispute, as arbitrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="72" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="81" />
        <source>&lt;b&gt;Score history&lt;/b&gt; — QA averages use the latest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="114" />
        <source>Could not load disputes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="128" />
        <source>%1 listed, %2 overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="129" />
        <source>%1 listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="145" />
        <source>Select a dispute to read its reason and score history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="159" />
        <source>%1's evaluation by %2 — raised by %3 on %4: “%5”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="163" />
        <source>%1 by %2 on %3: “%4”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::EffectChart</name>
    <message>
        <location filename="../ui/effectchart.cpp" line="53" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="58" />
        <source>%1 before and after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="59" />
        <source>Before %1, after %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="96" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="98" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="122" />
        <source>%1
n %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationDialog</name>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="99" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="100" />
        <source>Score history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="119" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="121" />
        <source>&amp;Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="123" />
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>&amp;Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="125" />
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="127" />
        <source>Open the evaluation as it is stored now, with the other change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="129" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="150" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="152" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="159" />
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="161" />
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="232" />
        <source>Correct the published evaluation, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>Save &amp;changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="240" />
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="242" />
        <source>Publish needs every criterion answered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="244" />
        <source>Ready to save the changes (Ctrl+Enter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="245" />
        <source>Ready to publish (Ctrl+Enter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="252" />
        <source>Annotations (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="269" />
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="277" />
        <source>Not yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Changes saved: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Published: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="298" />
        <source>Edit a published evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="299" />
        <source>Why does it change? The reason is kept with the score history and in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="305" />
        <source>An edit of a published evaluation needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="327" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the evaluation as a draft before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the changes before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="351" />
        <source>Reload the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="352" />
        <source>Open the evaluation as it is stored now? Your unsaved changes are discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="363" />
        <source>Reloaded: this is the evaluation as it is stored now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationHeader</name>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="41" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="44" />
        <source>Score&amp;card:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="71" />
        <source>Calibration (blind)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="73" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="77" />
        <source>QA evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="83" />
        <source>%1 — %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="105" />
        <source>editing a published evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="112" />
        <source>The scorecard can change while nothing is answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="113" />
        <source>Answers belong to the scorecard they were given on: it no longer changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="130" />
        <source>%1: cannot open this evaluation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationsView</name>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="45" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="46" />
        <source>&amp;Dispute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="47" />
        <source>De&amp;lete draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="48" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="54" />
        <source>Open the selected evaluation in the evaluation form (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="56" />
        <source>Contest the selected published QA evaluation, or one of its criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="59" />
        <source>Save the list as shown as CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="61" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="81" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="87" />
        <source>QA and peer reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="88" />
        <source>QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="89" />
        <source>Peer reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="98" />
        <source>E&amp;valuator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="139" />
        <source>Could not load evaluations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="155" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="179" />
        <source>No evaluations of this kind and status in this period.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="181" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="182" />
        <source>%1 of %n evaluation(s), by %2</source>
        <translation><numerusform>%1 of %n evaluation, by %2</numerusform><numerusform>%1 of %n evaluations, by %2</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="231" />
        <location filename="../ui/evaluationsview.cpp" line="241" />
        <source>Delete draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="232" />
        <source>Delete the draft evaluation of %1's conversation %2 by %3? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="262" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="266" />
        <source>Evaluations %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ExportActions</name>
    <message>
        <location filename="../ui/exportactions.cpp" line="27" />
        <source>Export &amp;Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="28" />
        <source>Export &amp;Table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="29" />
        <source>&amp;Print Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="32" />
        <source>Save the chart on screen as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="34" />
        <source>Save the scorecard or the agents table as CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="36" />
        <source>Print the chart on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="117" />
        <source>Agent KPIs — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::FieldDelegate</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="225" />
        <source>Huddle field</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::FocusTrendChart</name>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="170" />
        <source>Week of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="208" />
        <source>Focus KPI trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="254" />
        <source>%1 (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="255" />
        <source>%1 (beside AHT)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="106" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142" />
        <source>Conversations are unique per source and conversation id: importing the same export again under the same source updates rows instead of adding them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="150" />
        <source>Lowest CSAT score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151" />
        <source>Highest CSAT score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162" />
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="163" />
        <source>Decima&amp;l comma (1,5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="167" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="173" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175" />
        <source>S&amp;hape:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177" />
        <source>Sou&amp;rce name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179" />
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181" />
        <source>&amp;Date order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183" />
        <source>Dur&amp;ations in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185" />
        <source>&amp;CSAT scale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="200" />
        <source>Column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="216" />
        <source>Preview of the first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="229" />
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230" />
        <source>Pre&amp;view of the first rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247" />
        <source>Save pro&amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248" />
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="250" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="358" />
        <source>%1 (the site's time zone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="359" />
        <source>Time zone of the times in the file. Days are counted in the site's time zone, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="435" />
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="438" />
        <source>this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445" />
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447" />
        <source>Choose the date order to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449" />
        <source>Enter a source name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="451" />
        <source>The lowest CSAT score must be below the highest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="455" />
        <source>Cannot import yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="482" />
        <source>Ready to import: every column is mapped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>Ready to import. Not imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="493" />
        <location filename="../ui/importdialog.cpp" line="501" />
        <location filename="../ui/importdialog.cpp" line="507" />
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Save profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="494" />
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="502" />
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="507" />
        <source>Replace the saved profile “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Could not save the profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="530" />
        <source>Saved the profile “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="544" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="601" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="616" />
        <source>Importing… %1 rows read, %2 rows/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="624" />
        <source>the import stopped unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="626" />
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="632" />
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="657" />
        <source>Nothing was imported. Fix the rejected rows or the mapping and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryModel</name>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="76" />
        <source>%1
%2 bytes, SHA-256 %3
Source: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>Undone at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>In effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="140" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="142" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="144" />
        <source>Imported at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="146" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="148" />
        <source>Shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="150" />
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="152" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="154" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="156" />
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="158" />
        <source>Blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="160" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="162" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryPage</name>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="25" />
        <source>&amp;Undo import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="26" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="40" />
        <source>Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="43" />
        <source>Remove what the selected import added and restore what it changed (Delete).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="44" />
        <source>Import a CSV or Excel file (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="48" />
        <source>Undo the selected import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="82" />
        <source>Could not read the import history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100" />
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="101" />
        <source>Imports: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142" />
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="143" />
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147" />
        <location filename="../ui/importhistorypage.cpp" line="182" />
        <source>Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="148" />
        <source>Undo import %1 of “%2”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="165" />
        <source>Undoing import %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180" />
        <source>the undo stopped unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="181" />
        <source>Import %1 was not undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="183" />
        <source>Import %1 cannot be undone: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="186" />
        <source>Import %1 undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportLabels</name>
    <message>
        <location filename="../ui/importlabels.cpp" line="9" />
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="11" />
        <source>Agent-day statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="13" />
        <source>Survey answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="15" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="17" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="32" />
        <source>Year-month-day (2021-03-04)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="34" />
        <source>Month/day/year (03/04/2021 = 4 March)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="36" />
        <source>Day/month/year (04/03/2021 = 4 March)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="45" />
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="47" />
        <source>Milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="49" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="116" />
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="117" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="189" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="191" />
        <source>Huddle field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="193" />
        <source>Sample values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="56" />
        <source>Rows rejected — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57" />
        <source>Import finished — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="68" />
        <source>&amp;Import the other rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69" />
        <source>&amp;Don't import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="80" />
        <source>&amp;Export rejected rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="105" />
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="110" />
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="112" />
        <source>%1 imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="126" />
        <source>Rows read:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>New rows to import:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>Imported (new):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Rows to update:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Updated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="129" />
        <source>Skipped as exact duplicates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130" />
        <source>Skipped blank:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="131" />
        <source>Rejected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="134" />
        <source>Nothing has been written to the database yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="143" />
        <source>Rejected rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="145" />
        <source>Rejected rows (the first %1 of %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="160" />
        <source>Rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="183" />
        <source>-rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="184" />
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Export rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="185" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::KpiCard</name>
    <message>
        <location filename="../ui/kpicard.cpp" line="46" />
        <source>Double-click to list the conversations behind this figure.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::KpiPlanDialog</name>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="38" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="40" />
        <source> /h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="68" />
        <source>&amp;Inherit the site plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="71" />
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="74" />
        <source>KPI plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="75" />
        <source>Plan for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="76" />
        <source>The team is judged by the site plan and follows its later changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="79" />
        <source>Weights attendance 30, CSAT 25, sales 20, QA 15, AHT 10 and the default thresholds. Nothing is saved until OK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="88" />
        <source>Plan &amp;for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="91" />
        <source>Each KPI is judged against its thresholds (far below, below, met, exceeded) and the band's points are combined with the weights below into a 0–100 score. AHT is better when lower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="112" />
        <source>Weights and thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Below from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Met from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Exceeded from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Better when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="125" />
        <source>%1 weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="136" />
        <source>%1 %2 threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="152" />
        <source>Points per band:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="158" />
        <source>Points for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="170" />
        <source>Site default (teams without a plan of their own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="211" />
        <source>could not read the stored plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="330" />
        <source>Weights total %1 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="331" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="338" />
        <location filename="../ui/kpiplandialog.cpp" line="342" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="344" />
        <source>Cannot save yet — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="376" />
        <source>The plan for %1 was not saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::LadderDialog</name>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="28" />
        <source>&amp;Add step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="29" />
        <source>&amp;Remove step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="30" />
        <source>&amp;Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="34" />
        <source>Attendance warning ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="36" />
        <source>Ladder steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>From violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="45" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="46" />
        <source>Violations count towards the ladder for this many days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="50" />
        <source>Verbal warning at 1 violation, written at 2, final at 3, over 365 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="55" />
        <source>Violations are unexcused absences and no-call-no-shows; lateness and excused absences never count. An agent is at the highest step their violations in the window reach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="65" />
        <source>Counted over the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="89" />
        <source>The stored ladder could not be read (%1); the defaults are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="130" />
        <source>Warning %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/ladderdialog.cpp" line="150" />
        <source>%n step(s), counted over %1 days.</source>
        <translation><numerusform>%n step, counted over %1 days.</numerusform><numerusform>%n steps, counted over %1 days.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83" />
        <source>Huddle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186" />
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187" />
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188" />
        <source>Coaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>Q&amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209" />
        <source>&amp;KPI Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212" />
        <source>S&amp;ite…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215" />
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239" />
        <source>Huddle will use %1 from its next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247" />
        <source>Agent view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257" />
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259" />
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217" />
        <source>&amp;About Huddle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285" />
        <source>Dashboard &amp;Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>Dashboard &amp;Quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287" />
        <source>Dashboard &amp;Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295" />
        <source>&amp;Compare Agents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344" />
        <source>Could not open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400" />
        <location filename="../ui/mainwindow.cpp" line="416" />
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402" />
        <source>%1 — Huddle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>Database: %1 — no Huddle role: the server shows no agent's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Database: %1 — signed in as admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>Database: %1 — signed in as QA coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>Database: %1 — signed in as team leader: your teams' agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>Database: %1 — signed in as agent: your own data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438" />
        <source>Open in another window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439" />
        <source>%1 is also open in another Huddle (process %2 on %3).

You can both work on it; each window shows the other's changes when it reloads (switch the period or press F5 on the Bonus page). Agree who edits an evaluation, a plan or a session before you both change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>%1 is also open in another Huddle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513" />
        <source>Import a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <location filename="../ui/mainwindow.cpp" line="553" />
        <location filename="../ui/mainwindow.cpp" line="570" />
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>Open or create a database first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553" />
        <source>Site settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560" />
        <source>Site settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>KPI plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589" />
        <source>KPI plan saved; scores and bands are recalculated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609" />
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614" />
        <source>Open Huddle database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>New Huddle database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648" />
        <source>The password was not remembered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690" />
        <source>No recent databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696" />
        <source>About Huddle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697" />
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::MistakesView</name>
    <message>
        <location filename="../ui/mistakesview.cpp" line="40" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="48" />
        <source>Mistakes by impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="50" />
        <source>Evaluations behind the selected mistake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="51" />
        <source>Double-click or press Enter to open the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="53" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>Whole team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>All agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>all agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="136" />
        <source>Could not load mistakes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="173" />
        <source>No published QA evaluations for %1 in this period (%2).
Evaluate conversations from the Queue tab; their failed criteria appear here once published.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="177" />
        <source>No failed criteria: %1 passed every criterion of %n published QA evaluation(s) in this period (%2).</source>
        <translation><numerusform>No failed criteria: %1 passed every criterion of %n published QA evaluation in this period (%2).</numerusform><numerusform>No failed criteria: %1 passed every criterion of %n published QA evaluations in this period (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="181" />
        <source>%n published QA evaluation(s)</source>
        <translation><numerusform>%n published QA evaluation</numerusform><numerusform>%n published QA evaluations</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="182" />
        <source>published QA evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="184" />
        <source>%1, %2: failed criteria of %3, the most QA points lost first — fix these in this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="192" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="202" />
        <source>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failure(s); double-click one to open it</source>
        <translation><numerusform>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failure; double-click one to open it</numerusform><numerusform>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failures; double-click one to open it</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="16" />
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewDialog</name>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="41" />
        <source>&amp;Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="43" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="49" />
        <source>A note for the colleague: what went well, what to try next time. It appears beside the dashboard chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="71" />
        <source>&amp;Note (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="96" />
        <source>&lt;b&gt;%1&lt;/b&gt; handled by %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="109" />
        <source>&amp;Reviewed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="110" />
        <source>&amp;Scorecard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="111" />
        <source>Score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="120" />
        <source>— choose a colleague —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="126" />
        <source>%1 (not an agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="135" />
        <source>Agents do not peer-review their own conversations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="171" />
        <source>Choose who reviewed the conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="175" />
        <source>Write the note for the colleague.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewsView</name>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="26" />
        <source>&amp;Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="27" />
        <source>&amp;Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="29" />
        <source>Peer reviews asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="33" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="34" />
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="35" />
        <source>To do and done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="37" />
        <source>Write the selected peer review, as the colleague it was asked of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="39" />
        <source>Take back the selected review; a done one stays as the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="56" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="61" />
        <source>Ask for a review from the Conversations page: select a conversation, then QA → Ask for a Peer Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="92" />
        <source>Could not load the peer reviews: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="102" />
        <source>%1 to do</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::PlanSessionDialog</name>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="96" />
        <source>Plan a coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="101" />
        <source>&amp;Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="128" />
        <source>Type to search agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="131" />
        <source>F&amp;ollow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="141" />
        <source>&amp;Agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="142" />
        <source>Session &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="143" />
        <source>Coach:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="158" />
        <source>Agenda — proposed from the data; untick what to leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="167" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="169" />
        <source>Add &amp;item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="171" />
        <source>Add a topic of your own to the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="184" />
        <source>Focus KPIs — as few as possible (1 to 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="187" />
        <source>Focus KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="218" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="244" />
        <source>Choose an agent to see the proposed agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="252" />
        <source>Could not propose an agenda: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="259" />
        <source>Nothing in the data calls for attention: add your own items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="260" />
        <source>From the 28 days before the session day (mistakes: 90 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="269" />
        <source>Add agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="270" />
        <source>Topic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="277" />
        <source>Added by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="309" />
        <source>Choose at least one focus KPI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="311" />
        <source>Choose at most three focus KPIs: focus on as few as possible (%1 chosen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="315" />
        <source>AHT is never shown alone: the session's trend chart shows CSAT beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="351" />
        <source>Could not plan the session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::QaActions</name>
    <message>
        <location filename="../ui/qaactions.cpp" line="24" />
        <source>&amp;Evaluate Conversation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="25" />
        <source>&amp;Peer Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="26" />
        <source>&amp;Ask for a Peer Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="27" />
        <source>&amp;Scorecards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="28" />
        <source>QA S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="29" />
        <source>Your &amp;Name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="32" />
        <source>Score the selected conversation on a QA scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="33" />
        <source>Evaluate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="35" />
        <source>A colleague reviews the selected conversation on the peer scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="36" />
        <source>Peer review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="37" />
        <source>Ask for review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="39" />
        <source>Ask a colleague to review the selected conversation; it goes on their to-review list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="40" />
        <source>Design scorecards: sections, criteria, weights and auto-fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="41" />
        <source>The weekly sample size and the dispute windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="42" />
        <source>The name written into evaluations, disputes and the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="88" />
        <source>Open or create a database first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="101" />
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="110" />
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="113" />
        <source>Select a conversation on the Conversations page first, or evaluate from the QA page's queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="126" />
        <source>Peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="129" />
        <location filename="../ui/qaactions.cpp" line="147" />
        <source>Select a conversation on the Conversations page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="144" />
        <source>Ask for a peer review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="155" />
        <source>%1 is asked for a peer review; it is on the QA page's Peer Reviews tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="164" />
        <source>Scorecards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="173" />
        <source>QA settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="177" />
        <source>QA settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="186" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="187" />
        <source>The name written into the evaluations, disputes and audit entries you make.
Leave it empty to use your login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="194" />
        <source>Working as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::QaPage</name>
    <message>
        <location filename="../ui/qapage.cpp" line="27" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="28" />
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="29" />
        <source>Mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="30" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="31" />
        <source>Disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="32" />
        <source>Peer Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="33" />
        <source>Conversations waiting for a QA evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="34" />
        <source>QA evaluations and peer reviews of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="35" />
        <source>Failed criteria by points lost: what to coach first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="36" />
        <source>Evaluators scoring the same conversations blind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="37" />
        <source>Contested evaluations and their decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="38" />
        <source>Peer reviews asked of agents: who still owes one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::QaSettingsDialog</name>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="34" />
        <source>QA settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="36" />
        <source> per agent per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="38" />
        <source>How many conversations of each agent the queue's weekly sample picks; evaluated ones count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="40" />
        <source> days after publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="41" />
        <source>An evaluation can be disputed this long after it was published; after that its score is final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="44" />
        <source> days to decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="45" />
        <source>The arbitrator's deadline after a dispute is raised; later ones show as overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="53" />
        <source>&amp;Weekly sample:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="54" />
        <source>Dispute &amp;window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="55" />
        <source>&amp;Decision deadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="113" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantChart</name>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="62" />
        <source>CSAT against AHT by agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="132" />
        <source>%1 (%2)
%3
CSAT %4 (n = %5 responses)
AHT %6 (n = %7 handled)
Click to open the agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="137" />
        <source>Fewer than 10 responses: read with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="256" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantchart.cpp" line="257" />
        <source>%n agent(s). </source>
        <translation><numerusform>%n agent. </numerusform><numerusform>%n agents. </numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantPlot</name>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="201" />
        <source>No agent has both CSAT responses and handled conversations in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="272" />
        <source>AHT (m:ss) — faster to the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="274" />
        <source>Point size: conversations handled · hollow: fewer than 10 CSAT responses · dashed lines: team medians</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantplot.cpp" line="278" />
        <source>%n agent(s) without CSAT or AHT not shown</source>
        <translation><numerusform>%n agent without CSAT or AHT not shown</numerusform><numerusform>%n agents without CSAT or AHT not shown</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="286" />
        <source>CSAT % — more satisfied upwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="297" />
        <source>median AHT %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="303" />
        <source>median CSAT %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::QueueView</name>
    <message>
        <location filename="../ui/queueview.cpp" line="30" />
        <source>&amp;Evaluate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="35" />
        <source>Queue source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="39" />
        <source>Conversations sampled per agent per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="40" />
        <source>How many conversations of each agent the weekly sample picks; conversations already evaluated count towards it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="43" />
        <source>Filter by agent, channel or conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="45" />
        <source>Filter the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="47" />
        <source>Open the evaluation form for the selected conversation (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="49" />
        <source>Evaluation queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="75" />
        <source>Weekly sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="76" />
        <source>A random sample of each agent's conversations, the same every time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="77" />
        <source>Low CSAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="78" />
        <source>A survey answer in the bottom half of its scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="79" />
        <source>Long handle time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="80" />
        <source>Handle time above the 90th percentile of the scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>A sale was recorded on the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="90" />
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="92" />
        <source>Sample &amp;per agent per week:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="135" />
        <source>Could not save the sample size: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="180" />
        <source>Could not load the queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="203" />
        <source>Reading the queue…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="214" />
        <source>%n conversation(s) waiting for a QA evaluation</source>
        <translation><numerusform>%n conversation waiting for a QA evaluation</numerusform><numerusform>%n conversations waiting for a QA evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="215" />
        <source>%1 of %n conversation(s) shown</source>
        <translation><numerusform>%1 of %n conversation shown</numerusform><numerusform>%1 of %n conversations shown</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="217" />
        <source> — the newest %1; narrow the period or pick a team to see the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="219" />
        <source>. Enter opens the evaluation form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="226" />
        <source>Nothing waiting: every conversation of this period's weekly sample has a QA evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="228" />
        <source>Nothing waiting: no conversation of this period with a low survey answer lacks a QA evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="231" />
        <source>Nothing waiting: no conversation of this period with a long handle time lacks a QA evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="236" />
        <source>Nothing waiting: no conversation of this period with a sale lacks a QA evaluation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::RejectionModel</name>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="57" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="59" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="61" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="63" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="65" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ReviewNoteDelegate</name>
    <message>
        <location filename="../ui/reviewnotedelegate.cpp" line="23" />
        <source>%1 · %2 on %3's %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ScopeBar</name>
    <message>
        <location filename="../ui/scopebar.cpp" line="22" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="23" />
        <source>Last 4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="24" />
        <source>Last 13 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="25" />
        <source>Last 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="26" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="52" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="53" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="56" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="64" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="65" />
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="66" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67" />
        <source>Trend granularity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="73" />
        <source>&amp;Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76" />
        <source>A&amp;gent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="79" />
        <source>&amp;Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="85" />
        <source>T&amp;rend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="89" />
        <source>Compare agents on the trend chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="91" />
        <source>Draw up to %1 agents side by side on the trend chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="232" />
        <source>&amp;Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="233" />
        <source>&amp;Compare (%1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="147" />
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>Whole team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>All agents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardDesigner</name>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="38" />
        <source>New scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="52" />
        <location filename="../ui/scorecarddesigner.cpp" line="101" />
        <source>Scorecards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="62" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="64" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="109" />
        <source>Show &amp;retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="113" />
        <source>N&amp;ew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="114" />
        <source>&amp;Import JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="115" />
        <source>E&amp;xport JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="116" />
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Re&amp;tire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="129" />
        <source>&lt;b&gt;Scorecards&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="212" />
        <source>A new scorecard: name it, add sections and criteria, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Retired: no longer offered for new evaluations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="239" />
        <location filename="../ui/scorecarddesigner.cpp" line="245" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="251" />
        <source>Saved “%1” as version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="261" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="266" />
        <source>Not imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="275" />
        <source>Imported “%1” from %2: save to add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="285" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="288" />
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="294" />
        <source>Import a scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="295" />
        <source>Scorecards (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Export the scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Scorecards (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="315" />
        <source>Saves a new scorecard, version 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Res&amp;tore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Save the changes to “%1” first?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="50" />
        <source>Sections and criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="93" />
        <source>Any channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="109" />
        <source>for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="112" />
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="115" />
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="117" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="124" />
        <source>Add section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="125" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="126" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="127" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="128" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="129" />
        <source>After the selected criterion (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="130" />
        <source>Remove the selected section or criterion (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="131" />
        <source>Alt+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="132" />
        <source>Alt+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="141" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="142" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="143" />
        <source>Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="144" />
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="202" />
        <source>✔ Valid: %1 criteria in %2 sections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="205" />
        <source>✘ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardItemForm</name>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="27" />
        <source>A&amp;uto-fail: failing it sets the whole evaluation to 0 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="28" />
        <source>N/A &amp;allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="38" />
        <source>Yes / no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="39" />
        <source>Scale 1–5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="44" />
        <source>What a good answer looks like; shown beside the criterion while scoring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="54" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="55" />
        <source>&amp;Weight:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="58" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="61" />
        <source>&amp;Guideline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="118" />
        <source>Select a section or a criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="119" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="120" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="138" />
        <source>%1 of the total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardView</name>
    <message>
        <location filename="../ui/scorecardview.cpp" line="135" />
        <source>KPI scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="138" />
        <source>Double-click (or Enter on) a figure to list the conversations behind it, a name to open the agent. Each cell names its band; the colour only repeats it. ▲ better, ▼ worse, = about the same as the previous period of the same length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="152" />
        <source>KPI scorecard — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ServerPasswords</name>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="38" />
        <source>there is no password to store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="44" />
        <source>the system keyring did not store the password: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="71" />
        <source>the system keyring did not remove the password: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgendaPanel</name>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="52" />
        <source>What was agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="53" />
        <source>What did you agree on? This goes on the agent's summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="56" />
        <source>What was &amp;agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="83" />
        <location filename="../ui/sessionagendapanel.cpp" line="95" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="88" />
        <source>Notes on the selected agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="91" />
        <source>&amp;Notes on the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="92" />
        <source>Add &amp;item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="93" />
        <source>&amp;Remove item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="108" />
        <source>Conversations on the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="110" />
        <source>&amp;Open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="112" />
        <source>Conversations discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="168" />
        <source>Select an agenda item to write about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="169" />
        <source>What was said about this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Add agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Topic:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgreementsPanel</name>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="57" />
        <source>“%1” → “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="65" />
        <source>Situations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="67" />
        <source>Checked for CSAT impact: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="68" />
        <source>Not checked for CSAT impact yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="70" />
        <source>Retired from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="91" />
        <location filename="../ui/sessionagreementspanel.cpp" line="109" />
        <source>Action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="106" />
        <source>Add a&amp;ction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="107" />
        <source>Remove action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="126" />
        <source>Homework phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="131" />
        <source>&amp;Homework — tick the phrases to practise (longer → shorter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="140" />
        <source>Agent ac&amp;knowledged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="143" />
        <source>&amp;Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="228" />
        <source>New action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::SessionDialog</name>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="107" />
        <source>Coaching session[*]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>Save the session (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>Mark &amp;held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>The session took place; notes can still be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="175" />
        <source>C&amp;lose session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="176" />
        <source>Freeze the agenda and notes; acknowledgement, actions and follow-up can still change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Re&amp;open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Open a closed session again, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>Print the one-page summary for the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Export P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Save the one-page summary as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="201" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="207" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="209" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="220" />
        <source>Could not open the session: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="248" />
        <source>Could not save the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="252" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="266" />
        <source>Could not change the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="270" />
        <source>The session is %1 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="284" />
        <source>Close the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="285" />
        <source>Close the session? The agenda, the notes and the homework can no longer change; the acknowledgement, the action items' done state and the follow-up still can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="296" />
        <source>Reopen the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="297" />
        <source>Why does the closed session need to change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="302" />
        <source>Reopening a closed session needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="323" />
        <source>Print the session summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="335" />
        <source>coaching-%1-%2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="339" />
        <source>Export the session summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="340" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="345" />
        <source>Could not export the summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="348" />
        <source>Summary written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="358" />
        <source>Coaching session: %1, %2[*]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · focus %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="362" />
        <source>no team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="367" />
        <source>Attendance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Save the session before closing?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::SessionEffectPanel</name>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="35" />
        <source>Effect of the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="50" />
        <source>&amp;Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="51" />
        <source>&amp;Effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="55" />
        <source>Loading the trend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="89" />
        <source>Could not read the trend: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="94" />
        <source>Could not measure the effect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="96" />
        <source>Before: %1 – %2. The after window starts the day after the session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="100" />
        <source>Before: %1 – %2; after: %3 – %4%5. No result is claimed on fewer than %6 observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="106" />
        <source> (still running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="120" />
        <source>%1 (beside AHT)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="88" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="90" />
        <source>Filter by menu, action or keys (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="92" />
        <source>Filter shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="23" />
        <source>Site settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="26" />
        <source>e.g. Lakeside Contact Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="38" />
        <source>Site &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="39" />
        <source>&amp;Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="41" />
        <source>Changing the currency converts no amounts: set it before the first bonus month is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="65" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::TableExportAction</name>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="53" />
        <source>CSV for spreadsheets and scripts (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="54" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="58" />
        <location filename="../ui/tableexportaction.cpp" line="68" />
        <source>Export table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::TargetBands</name>
    <message>
        <location filename="../ui/targetbands.cpp" line="119" />
        <source>CSAT % (target band %1–%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="120" />
        <source>CSAT % (target %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="126" />
        <source>AHT, m:ss (target band %1–%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="128" />
        <source>AHT, m:ss (target %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::TimelineMarkers</name>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="175" />
        <source>QA evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="177" />
        <source>Peer-review note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="179" />
        <source>Coaching session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="186" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="192" />
        <source>QA score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="193" />
        <source>Click to open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::TrendLines</name>
    <message>
        <location filename="../ui/trendlines.cpp" line="42" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="43" />
        <source>%1 · CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="43" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>CSAT %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <source>%1 · AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>AHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="145" />
        <source>%1
%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>huddle::ui::TrendText</name>
    <message>
        <location filename="../ui/trendtext.cpp" line="14" />
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="23" />
        <source>CSAT %1 (n=%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="26" />
        <source>95 % interval %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="29" />
        <location filename="../ui/trendtext.cpp" line="34" />
        <source>small sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="30" />
        <source>AHT %1 (n=%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Handled %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Double-click to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="46" />
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="48" />
        <source>weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="50" />
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="59" />
        <source>No data in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="66" />
        <source>%1 CSAT and AHT from %2 to %3, %4 of %5 buckets with data.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="71" />
        <source>%n agent(s) compared.</source>
        <translation><numerusform>%n agent compared.</numerusform><numerusform>%n agents compared.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="72" />
        <source>%n event(s) marked.</source>
        <translation><numerusform>%n event marked.</numerusform><numerusform>%n events marked.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="175" />
        <source>Contact-centre supervisor console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="179" />
        <source>Open FILE (created and set up if new).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="44" />
        <source>QA page tab to show: queue, evaluations, mistakes, calibration, disputes or peer-reviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="49" />
        <source>Coaching page tab to show: followups, sessions, effect, phrases or attendance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="54" />
        <source>Open the evaluation with this id in the evaluation form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="57" />
        <source>Open the scorecard designer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="60" />
        <source>Work as NAME in this run (evaluations, disputes, audit log); the stored name is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="183" />
        <source>Page to start on: dashboard, agents, conversations, qa, coaching, bonus, imports or agent (with --agent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="188" />
        <source>Month the Bonus page shows (YYYY-MM); default: last month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="192" />
        <source>Dashboard view to show: trend, quadrant or scorecard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="195" />
        <source>Trend buckets: day, week or month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="198" />
        <source>Open the KPI plan dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="200" />
        <source>Start with this team selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="204" />
        <source>Start with this agent selected (or shown, with --page agent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="208" />
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="211" />
        <source>Database to open, like --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main.cpp" line="221" />
        <location filename="../ui/main.cpp" line="229" />
        <source>Huddle</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>