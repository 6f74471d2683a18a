<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>BonusPlanText</name>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="31" />
        <source>Weighted KPI score</source>
        <translation>Weighted KPI score</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="33" />
        <source>No-call-no-shows</source>
        <translation>Mga no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="35" />
        <source>Unexcused absences</source>
        <translation>Mga unexcused absence</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="37" />
        <source>Attendance violations</source>
        <translation>Mga attendance violation</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="39" />
        <source>Late arrivals</source>
        <translation>Mga late na pagdating</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="41" />
        <source>Sales (count)</source>
        <translation>Benta (bilang)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="43" />
        <source>Sales amount</source>
        <translation>Halaga ng benta</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="45" />
        <source>Conversations handled</source>
        <translation>Mga na-handle na usapan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="47" />
        <source>CSAT responses</source>
        <translation>Mga sagot sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="49" />
        <source>QA evaluations</source>
        <translation>Mga QA evaluation</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="51" />
        <source>Perfect CSAT month</source>
        <translation>Buwan ng perfect CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="59" />
        <location filename="../app/models/bonusplantext.cpp" line="67" />
        <source>responses</source>
        <translation>sagot</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="61" />
        <source>observations</source>
        <translation>obserbasyon</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="64" />
        <source>shifts</source>
        <translation>shift</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="69" />
        <source>evaluations</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="71" />
        <source>conversations</source>
        <translation>usapan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="79" />
        <source>≥ at least</source>
        <translation>≥ hindi bababa sa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="81" />
        <source>≤ at most</source>
        <translation>≤ hindi hihigit sa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="83" />
        <source>&lt; below</source>
        <translation>&lt; mas mababa sa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="85" />
        <source>&gt; above</source>
        <translation>&gt; mas mataas sa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="94" />
        <source>Flat amount</source>
        <translation>Nakapirming halaga</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="96" />
        <source>Per sale, by tier</source>
        <translation>Bawat benta, ayon sa tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="98" />
        <source>Tiered by band</source>
        <translation>Naka-tier ayon sa band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="100" />
        <source>Percent of a base</source>
        <translation>Porsiyento ng isang base</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the sales amount</source>
        <translation>ang halaga ng benta</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the components above</source>
        <translation>ang mga component sa itaas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="114" />
        <source>Bonus becomes 0</source>
        <translation>Nagiging 0 ang bonus</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="116" />
        <source>Reduce by a percentage</source>
        <translation>Bawasan nang porsiyento</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="118" />
        <source>Reduce by an amount</source>
        <translation>Bawasan nang halaga</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="135" />
        <source> (n ≥ %L1)</source>
        <translation> (n ≥ %L1)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="149" />
        <location filename="../app/models/bonusplantext.cpp" line="158" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="153" />
        <source>Per sale: %1; other tiers %2</source>
        <translation>Bawat benta: %1; ibang tier %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="154" />
        <source>no tiers</source>
        <translation>walang tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="159" />
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="161" />
        <source>no bands</source>
        <translation>walang band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="163" />
        <source>%1 % of %2</source>
        <translation>%1 % ng %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="172" />
        <source>bonus → 0</source>
        <translation>bonus → 0</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="174" />
        <source>− %1 %</source>
        <translation>− %1 %</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="176" />
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/firstrun.cpp" line="36" />
        <source>Creating a demo contact centre: 4 teams, 48 agents, 180 days…</source>
        <translation>Gumagawa ng demo na contact centre: 4 na team, 48 agent, 180 araw…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="37" />
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="38" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/firstrun.cpp" line="45" />
        <source>Creating the demo database was cancelled.</source>
        <translation>Kinansela ang paggawa ng demo database.</translation>
    </message>
</context>
<context>
    <name>huddle::core</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="41" />
        <location filename="../app/core/kpiplanjson.cpp" line="46" />
        <source>%1: unknown field '%2' (expected %3)</source>
        <translation>%1: hindi kilalang field na '%2' (inaasahan: %3)</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="51" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: missing</source>
        <translation>%1: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="54" />
        <source>%1: must be a whole number</source>
        <translation>%1: dapat ay buong numero</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="61" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: not an object</source>
        <translation>%1: hindi isang object</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="70" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="94" />
        <source>%1.label: missing</source>
        <translation>%1.label: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="71" />
        <source>%1.label: not a string</source>
        <translation>%1.label: hindi isang string</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: missing</source>
        <translation>steps: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: not an array</source>
        <translation>steps: hindi isang array</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="95" />
        <source>Verbal warning</source>
        <translation>Pasalitang babala</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="96" />
        <source>Written warning</source>
        <translation>Nakasulat na babala</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="97" />
        <source>Final warning</source>
        <translation>Huling babala</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="232" />
        <source>score_weights: unknown KPI "%1"</source>
        <translation>score_weights: hindi kilalang KPI na “%1”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="250" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: ang %1 ay hindi bersiyong nababasa ng Huddle na ito (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="31" />
        <source>a list</source>
        <translation>isang list</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="33" />
        <source>an object</source>
        <translation>isang object</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="38" />
        <source>nothing</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="29" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="60" />
        <source>%1: must not be negative, got %2</source>
        <translation>%1: hindi dapat negatibo, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="31" />
        <source>%1: %2 is more than %3</source>
        <translation>%1: mas malaki ang %2 kaysa sa %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="38" />
        <source>%1: %2 % is outside 0–100 %</source>
        <translation>%1: nasa labas ng 0–100 % ang %2 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="53" />
        <source>%1: unknown measure "%2"</source>
        <translation>%1: hindi kilalang sukatan na “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="70" />
        <source>%1.comparison: unknown comparison</source>
        <translation>%1.comparison: hindi kilalang paghahambing</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="72" />
        <source>%1.value: not a number</source>
        <translation>%1.value: hindi isang numero</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="80" />
        <source>%1.id: "%2" must be lower-case letters, digits and _</source>
        <translation>%1.id: dapat ay binubuo lang ng maliliit na titik, digit at _ ang “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="83" />
        <source>%1.id: "%2" is already used</source>
        <translation>%1.id: ginagamit na ang “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="105" />
        <source>%1.tier: missing</source>
        <translation>%1.tier: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="107" />
        <source>%1.tier: tier "%2" appears twice</source>
        <translation>%1.tier: dalawang beses lumalabas ang tier na “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="118" />
        <source>%1 and up</source>
        <translation>%1 pataas</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="131" />
        <source>%1.measure: perfect_csat is yes or no; bands need a number</source>
        <translation>%1.measure: oo o hindi ang perfect_csat; kailangan ng numero ang mga band</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="133" />
        <source>%1.bands: a tiered component needs at least one band</source>
        <translation>%1.bands: kailangan ng naka-tier na component ang kahit isang band</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="138" />
        <source>%1: from and to must be numbers</source>
        <translation>%1: dapat ay mga numero ang from at to</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="140" />
        <source>%1: from %2 must be below to %3</source>
        <translation>%1: dapat ay mas mababa ang from %2 kaysa sa to %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="144" />
        <source>%1: overlaps bands[%2] (%3)</source>
        <translation>%1: nagsasapawan sa bands[%2] (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="168" />
        <source>%1.base: unknown base</source>
        <translation>%1.base: hindi kilalang base</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="171" />
        <source>%1.kind: unknown kind</source>
        <translation>%1.kind: hindi kilalang uri</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="184" />
        <source>%1.effect: unknown effect</source>
        <translation>%1.effect: hindi kilalang epekto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="194" />
        <source>score_weights.%1: weight %2 is outside 0–100</source>
        <translation>score_weights.%1: nasa labas ng 0–100 ang weight na %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="198" />
        <source>score_weights: weights sum to %1, not 100</source>
        <translation>score_weights: %1 ang kabuuan ng mga weight, hindi 100</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="94" />
        <source>Choose at least %1 focus KPI.</source>
        <translation>Pumili ng hindi bababa sa %1 focus KPI.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="97" />
        <source>Focus on at most %1 KPIs at a time; %2 are chosen.</source>
        <translation>Mag-focus sa hanggang %1 KPI lang sa isang pagkakataon; %2 ang napili.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="101" />
        <source>%1 is chosen twice as a focus KPI; each focus KPI counts once.</source>
        <translation>Dalawang beses napili ang %1 bilang focus KPI; isang beses lang binibilang ang bawat focus KPI.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="23" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="44" />
        <source>The answers do not match the scorecard: it has %1 criteria, the evaluation %2 answers before and %3 after the decision.</source>
        <translation>Hindi tugma ang mga sagot sa scorecard: may %1 criteria ito, samantalang ang evaluation ay may %2 sagot bago at %3 pagkatapos ng desisyon.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="51" />
        <source>The disputed criterion (number %1) is not on this scorecard.</source>
        <translation>Wala sa scorecard na ito ang criterion na dini-dispute (numero %1).</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="55" />
        <source>The new answer to criterion %1 is not valid: answer yes or no, 1 to 5 on a scale, or N/A where the criterion allows it.</source>
        <translation>Hindi valid ang bagong sagot sa criterion %1: sumagot ng oo o hindi, 1 hanggang 5 sa isang scale, o N/A kung pinapayagan ito ng criterion.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="68" />
        <source>Only QA evaluations can be disputed; peer reviews and calibration scores never count in the agent's QA score.</source>
        <translation>QA evaluation lang ang maaaring i-dispute; hindi kailanman binibilang sa QA score ng agent ang mga peer review at calibration score.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="72" />
        <source>This evaluation is still a draft; it can be disputed once it is published.</source>
        <translation>Draft pa ang evaluation na ito; maaari itong i-dispute kapag na-publish na.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="74" />
        <source>This evaluation is already disputed; wait for the arbitrator's decision.</source>
        <translation>Naka-dispute na ang evaluation na ito; hintayin ang desisyon ng arbitrator.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="76" />
        <source>This evaluation is final and can no longer be disputed.</source>
        <translation>Final na ang evaluation na ito at hindi na maaaring i-dispute.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="81" />
        <source>This evaluation has no publication time, so its dispute window cannot be determined; ask an administrator to check it.</source>
        <translation>Walang oras ng pag-publish ang evaluation na ito, kaya hindi matukoy ang dispute window nito; hilingin sa isang administrator na suriin ito.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="114" />
        <source>This evaluation is final; it can no longer be changed.</source>
        <translation>Final na ang evaluation na ito; hindi na ito mababago.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="121" />
        <source>This evaluation is disputed; it can only change through the arbitrator's decision.</source>
        <translation>Naka-dispute ang evaluation na ito; sa pamamagitan lang ng desisyon ng arbitrator ito maaaring magbago.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="123" />
        <source>A published evaluation cannot go back to being a draft; correct it instead.</source>
        <translation>Hindi na maaaring ibalik sa draft ang na-publish na evaluation; itama na lang ito.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="124" />
        <source>A draft must be published before it can be disputed or made final.</source>
        <translation>Dapat munang i-publish ang draft bago ito ma-dispute o gawing final.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="137" />
        <source>A rejection keeps every answer as it was; to change an answer, accept or partially accept the dispute instead.</source>
        <translation>Kapag ni-reject, mananatili ang bawat sagot gaya ng dati; para baguhin ang isang sagot, tanggapin o bahagyang tanggapin na lang ang dispute.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="141" />
        <source>This dispute is about criterion %1 only; criterion %2 cannot be changed by its decision.</source>
        <translation>Tungkol lang sa criterion %1 ang dispute na ito; hindi mababago ng desisyon nito ang criterion %2.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="149" />
        <source>Accepting a dispute must change the score; re-score the disputed answers, or reject the dispute if the score stands.</source>
        <translation>Dapat magbago ang score kapag tinanggap ang dispute; i-score ulit ang mga sagot na dini-dispute, o i-reject ang dispute kung mananatili ang score.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="152" />
        <source>Give a reason for the decision; the agent and the evaluator will read it.</source>
        <translation>Magbigay ng dahilan para sa desisyon; babasahin ito ng agent at ng evaluator.</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="53" />
        <source>%1: thresholds must be numbers of at least %2</source>
        <translation>%1: dapat ay mga numerong hindi bababa sa %2 ang mga threshold</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="54" />
        <source>%1: thresholds must lie between %2 and %3</source>
        <translation>%1: dapat nasa pagitan ng %2 at %3 ang mga threshold</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="60" />
        <source>%1: thresholds must fall from below to exceeded</source>
        <translation>%1: dapat pababa ang mga threshold mula kulang hanggang nalampasan</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="61" />
        <source>%1: thresholds must rise from below to exceeded</source>
        <translation>%1: dapat pataas ang mga threshold mula kulang hanggang nalampasan</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="33" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="35" />
        <source>%1.%2: not a number</source>
        <translation>%1.%2: hindi isang numero</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="38" />
        <source>%1.%2: must be a whole number, got %3</source>
        <translation>%1.%2: dapat ay buong numero, pero %3 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="76" />
        <source>kpis: missing or not an object</source>
        <translation>kpis: nawawala o hindi isang object</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="83" />
        <source>kpis: unknown KPI '%1' (expected %2)</source>
        <translation>kpis: hindi kilalang KPI na '%1' (inaasahan: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="96" />
        <source>band_points: missing or not an object</source>
        <translation>band_points: nawawala o hindi isang object</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="281" />
        <source>not valid JSON: %1</source>
        <translation>hindi valid na JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="284" />
        <source>a scorecard file holds one JSON object, with "format": "%1"</source>
        <translation>naglalaman ang scorecard file ng isang JSON object, na may "format": "%1"</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="56" />
        <source>a criterion needs a name</source>
        <translation>kailangan ng pangalan ang criterion</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="59" />
        <source>the name "%1" is already used by %2; criterion names must be unique within a scorecard</source>
        <translation>ginagamit na ng %2 ang pangalang “%1”; dapat ay natatangi ang mga pangalan ng criterion sa loob ng isang scorecard</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="66" />
        <source>the weight must be a number greater than 0, found %1</source>
        <translation>dapat ay numerong mas malaki sa 0 ang weight, pero %1 ang nakita</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="78" />
        <source>a scorecard needs a name</source>
        <translation>kailangan ng pangalan ang scorecard</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="80" />
        <source>a scorecard needs at least one section</source>
        <translation>kailangan ng scorecard ang kahit isang seksyon</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="84" />
        <source>a section needs a name</source>
        <translation>kailangan ng pangalan ang seksyon</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="87" />
        <source>section "%1" needs at least one criterion</source>
        <translation>kailangan ng seksyong “%1” ang kahit isang criterion</translation>
    </message>
</context>
<context>
    <name>huddle::core::AttendanceLadder</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="109" />
        <source>windowDays must be between 1 and %1, got %2</source>
        <translation>dapat nasa pagitan ng 1 at %1 ang windowDays, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="111" />
        <source>steps: a ladder needs at least one step</source>
        <translation>steps: kailangan ng hagdan ng babala ang kahit isang baitang</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="115" />
        <source>%1.violations must be at least 1, got %2</source>
        <translation>dapat ay hindi bababa sa 1 ang %1.violations, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="117" />
        <source>%1.violations must be greater than %2.violations</source>
        <translation>dapat ay mas malaki ang %1.violations kaysa sa %2.violations</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="119" />
        <source>%1.label must not be blank</source>
        <translation>hindi dapat blangko ang %1.label</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="139" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>hindi valid na JSON: %1 sa offset %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="141" />
        <source>an attendance ladder is a JSON object</source>
        <translation>JSON object ang hagdan ng babala sa attendance</translation>
    </message>
</context>
<context>
    <name>huddle::core::BonusPlan</name>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="181" />
        <source>Example plan: perfect CSAT and sales by tier</source>
        <translation>Halimbawang plan: perfect CSAT at benta ayon sa tier</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="185" />
        <source>Perfect CSAT month</source>
        <translation>Buwan ng perfect CSAT</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="193" />
        <source>Sales by product tier</source>
        <translation>Benta ayon sa tier ng produkto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="200" />
        <source>QA average below 80 %</source>
        <translation>QA average na mas mababa sa 80 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="208" />
        <source>Any no-call-no-show</source>
        <translation>Anumang no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="209" />
        <source>Two or more unexcused absences</source>
        <translation>Dalawa o higit pang unexcused absence</translation>
    </message>
</context>
<context>
    <name>huddle::core::BonusText</name>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="95" />
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="97" />
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="115" />
        <source>no KPI data for the weighted score</source>
        <translation>walang KPI data para sa weighted score</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="118" />
        <source>no scheduled shifts</source>
        <translation>walang naka-schedule na shift</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="120" />
        <location filename="../app/core/bonuswording.cpp" line="218" />
        <source>no CSAT responses</source>
        <translation>walang sagot sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="122" />
        <source>no conversations handled</source>
        <translation>walang na-handle na usapan</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="124" />
        <source>no QA evaluations</source>
        <translation>walang QA evaluation</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="126" />
        <source>no handle times</source>
        <translation>walang handle time</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="128" />
        <source>no resolution data</source>
        <translation>walang data ng resolution</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="130" />
        <source>no on-queue time</source>
        <translation>walang on-queue time</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="132" />
        <source>no NPS responses</source>
        <translation>walang sagot sa NPS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="143" />
        <source>%n no-call-no-show(s)</source>
        <translation><numerusform>%n no-call-no-show</numerusform><numerusform>%n no-call-no-show</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="146" />
        <source>%n unexcused absence(s)</source>
        <translation><numerusform>%n unexcused absence</numerusform><numerusform>%n unexcused absence</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="149" />
        <source>%n attendance violation(s)</source>
        <translation><numerusform>%n attendance violation</numerusform><numerusform>%n attendance violation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="152" />
        <source>%n late arrival(s)</source>
        <translation><numerusform>%n late na pagdating</numerusform><numerusform>%n late na pagdating</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="155" />
        <source>%n sale(s)</source>
        <translation><numerusform>%n benta</numerusform><numerusform>%n benta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="157" />
        <source>%n conversation(s) handled</source>
        <translation><numerusform>%n na-handle na usapan</numerusform><numerusform>%n na-handle na usapan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="159" />
        <source>%n CSAT response(s)</source>
        <translation><numerusform>%n sagot sa CSAT</numerusform><numerusform>%n sagot sa CSAT</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="161" />
        <source>%n QA evaluation(s)</source>
        <translation><numerusform>%n QA evaluation</numerusform><numerusform>%n QA evaluation</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="166" />
        <source>%1 on %2</source>
        <comment>count on a day</comment>
        <translation>%1 noong %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="167" />
        <source>%1 (%2)</source>
        <comment>count (days)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="178" />
        <source>weighted KPI score %1</source>
        <translation>weighted KPI score %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="179" />
        <source>weighted KPI score %1 (data on %2 % of the weights)</source>
        <translation>weighted KPI score %1 (may data sa %2 % ng mga weight)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="183" />
        <source>attendance %1 % on %n shift(s)</source>
        <translation><numerusform>attendance %1 % sa %n shift</numerusform><numerusform>attendance %1 % sa %n shift</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="185" />
        <location filename="../app/core/bonuswording.cpp" line="219" />
        <source>CSAT %1 % on %n response(s)</source>
        <translation><numerusform>CSAT %1 % sa %n sagot</numerusform><numerusform>CSAT %1 % sa %n sagot</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="187" />
        <source>sales conversion %1 % on %n conversation(s)</source>
        <translation><numerusform>sales conversion %1 % sa %n usapan</numerusform><numerusform>sales conversion %1 % sa %n usapan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="189" />
        <source>QA %1 % on %n evaluation(s)</source>
        <translation><numerusform>QA %1 % sa %n evaluation</numerusform><numerusform>QA %1 % sa %n evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="191" />
        <source>AHT %1 s on %n conversation(s)</source>
        <translation><numerusform>AHT %1 s sa %n usapan</numerusform><numerusform>AHT %1 s sa %n usapan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="193" />
        <source>FCR %1 % on %n conversation(s)</source>
        <translation><numerusform>FCR %1 % sa %n usapan</numerusform><numerusform>FCR %1 % sa %n usapan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="195" />
        <source>%1 contacts per hour on %n conversation(s)</source>
        <translation><numerusform>%1 contact bawat oras sa %n usapan</numerusform><numerusform>%1 contact bawat oras sa %n usapan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="197" />
        <source>NPS %1 on %n response(s)</source>
        <translation><numerusform>NPS %1 sa %n sagot</numerusform><numerusform>NPS %1 sa %n sagot</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="209" />
        <source>sales of %1</source>
        <translation>benta na nagkakahalaga ng %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="237" />
        <source>at least %1</source>
        <translation>hindi bababa sa %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="239" />
        <source>at most %1</source>
        <translation>hindi hihigit sa %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="241" />
        <source>below %1</source>
        <translation>mas mababa sa %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="243" />
        <source>above %1</source>
        <translation>mas mataas sa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="252" />
        <source>fewer than %n response(s)</source>
        <translation><numerusform>kulang sa %n sagot</numerusform><numerusform>kulang sa %n sagot</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="254" />
        <source>fewer than %n evaluation(s)</source>
        <translation><numerusform>kulang sa %n evaluation</numerusform><numerusform>kulang sa %n evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="256" />
        <source>fewer than %n scheduled shift(s)</source>
        <translation><numerusform>kulang sa %n naka-schedule na shift</numerusform><numerusform>kulang sa %n naka-schedule na shift</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="258" />
        <source>fewer than %n conversation(s)</source>
        <translation><numerusform>kulang sa %n usapan</numerusform><numerusform>kulang sa %n usapan</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="260" />
        <source>data on less than %1 % of the weights</source>
        <translation>may data sa mas mababa sa %1 % ng mga weight</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="270" />
        <location filename="../app/core/bonuswording.cpp" line="280" />
        <location filename="../app/core/bonuswording.cpp" line="361" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="271" />
        <location filename="../app/core/bonuswording.cpp" line="294" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="278" />
        <source>%1: not 100 % → %2</source>
        <translation>%1: hindi 100 % → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="292" />
        <source>%1, %2 → %3</source>
        <translation>%1, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="309" />
        <source>%1 × no tier %2</source>
        <translation>%1 × walang tier %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="310" />
        <source>%1 × tier %2 %3</source>
        <translation>%1 × tier %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="313" />
        <source>no sales → %1</source>
        <translation>walang benta → %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="314" />
        <source>%n sale(s): %1 = %2</source>
        <translation><numerusform>%n benta: %1 = %2</numerusform><numerusform>%n benta: %1 = %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="324" />
        <source>%1: in no band → %2</source>
        <translation>%1: wala sa anumang band → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="327" />
        <source>%1 to under %2</source>
        <comment>a band</comment>
        <translation>%1 hanggang mas mababa sa %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="328" />
        <source>%1 and up</source>
        <comment>a band</comment>
        <translation>%1 pataas</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="329" />
        <source>%1, band %2 → %3</source>
        <translation>%1, band %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="335" />
        <source>%1 % of sales %2 → %3</source>
        <translation>%1 % ng benta na %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="336" />
        <source>%1 % of the components above, %2 → %3</source>
        <translation>%1 % ng mga component sa itaas, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="348" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="352" />
        <source>%1 → bonus %2</source>
        <translation>%1 → bonus %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="355" />
        <source>%1 → %2 % = %3, only %4 left = %5</source>
        <translation>%1 → %2 % = %3, %4 na lang ang natitira = %5</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="357" />
        <source>%1 → %2 % = %3</source>
        <translation>%1 → %2 % = %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="360" />
        <source>%1 → %2, only %3 left = %4</source>
        <translation>%1 → %2, %3 na lang ang natitira = %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="368" />
        <source>%1 is over the cap of %2 per agent → %3</source>
        <translation>lampas ang %1 sa cap na %2 bawat agent → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="374" />
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="375" />
        <source>Adjustment for %1: the data changed after the lock (paid %2, now %3) → %4</source>
        <translation>Adjustment para sa %1: nagbago ang data pagkatapos ng lock (nabayaran %2, ngayon %3) → %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="381" />
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="386" />
        <source>Cap per agent</source>
        <translation>Cap bawat agent</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="391" />
        <source>Amounts are whole cents, computed without floating point. Percentages are taken in integer arithmetic and rounded half away from zero to the cent (half a cent or more rounds up). Components are added in plan order; the gates then apply in plan order (a gate that zeroes the bonus ends them, and no gate takes the bonus below zero); the cap per agent applies last.</source>
        <translation>Ang mga halaga ay buong sentimo, kinukuwenta nang walang floating point. Kinukuwenta ang mga porsiyento gamit ang integer arithmetic at ni-ro-round nang half away from zero hanggang sentimo (ira-round pataas ang kalahating sentimo o higit pa). Idinadagdag ang mga component ayon sa pagkakasunod-sunod sa plan; pagkatapos ay inilalapat ang mga gate ayon sa pagkakasunod-sunod sa plan (tinatapos ng gate na nagpa-zero sa bonus ang pagkakasunod-sunod, at walang gate na magpapababa sa bonus nang mas mababa sa zero); huling inilalapat ang cap bawat agent.</translation>
    </message>
</context>
<context>
    <name>huddle::core::DefaultScorecards</name>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="34" />
        <source>Ownership</source>
        <translation>Pananagutan</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="35" />
        <source>Takes responsibility for the issue through to resolution or a clear hand-off, without blaming other teams.</source>
        <translation>Inaako ang issue hanggang malutas ito o malinaw na maipasa, nang hindi sinisisi ang ibang team.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="74" />
        <source>Voice QA</source>
        <translation>Voice QA</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="75" />
        <source>Quality form for phone calls: verification, resolution, soft skills and compliance.</source>
        <translation>Quality form para sa mga phone call: verification, resolution, soft skills at compliance.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="81" />
        <location filename="../app/core/defaultscorecards.cpp" line="152" />
        <source>Opening and verification</source>
        <translation>Pambungad at verification</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="82" />
        <source>Greeting and introduction</source>
        <translation>Pagbati at pagpapakilala</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="83" />
        <source>Greets the caller with the standard opening, gives their name and offers help within the first ten seconds.</source>
        <translation>Binabati ang caller gamit ang standard na pambungad, sinasabi ang pangalan at nag-aalok ng tulong sa loob ng unang sampung segundo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="87" />
        <location filename="../app/core/defaultscorecards.cpp" line="159" />
        <source>Identity verification</source>
        <translation>Pag-verify ng pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="88" />
        <source>Verifies the caller's identity with the required security questions before discussing or changing any account details.</source>
        <translation>Vine-verify ang pagkakakilanlan ng caller gamit ang mga kinakailangang security question bago pag-usapan o baguhin ang anumang detalye ng account.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="93" />
        <source>Understanding and resolution</source>
        <translation>Pag-unawa at resolution</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="94" />
        <source>Active listening</source>
        <translation>Active listening</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="95" />
        <source>Lets the caller finish, asks focused questions and confirms the need before acting on it.</source>
        <translation>Pinatatapos magsalita ang caller, nagtatanong nang nakatuon at kinukumpirma ang pangangailangan bago ito aksiyunan.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="99" />
        <location filename="../app/core/defaultscorecards.cpp" line="166" />
        <source>Smart troubleshooting</source>
        <translation>Matalinong troubleshooting</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="100" />
        <source>Uses the knowledge base and targeted questions to find the root cause instead of guessing or repeating steps the caller already tried.</source>
        <translation>Ginagamit ang knowledge base at mga tiyak na tanong para mahanap ang root cause sa halip na manghula o ulitin ang mga hakbang na nasubukan na ng caller.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="105" />
        <source>Accurate information</source>
        <translation>Tumpak na impormasyon</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="106" />
        <source>Gives correct and complete information, including prices, dates and policies.</source>
        <translation>Nagbibigay ng tama at kumpletong impormasyon, kasama ang mga presyo, petsa at polisiya.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="111" />
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="112" />
        <location filename="../app/core/defaultscorecards.cpp" line="185" />
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="113" />
        <source>Acknowledges how the caller feels and adapts tone and pace to the situation.</source>
        <translation>Kinikilala ang nararamdaman ng caller at iniaangkop ang tono at bilis sa sitwasyon.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="117" />
        <location filename="../app/core/defaultscorecards.cpp" line="190" />
        <source>Staying calm under pressure</source>
        <translation>Pananatiling kalmado kahit may pressure</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="118" />
        <source>Stays polite, steady and in control with an upset or demanding caller, without interrupting or arguing.</source>
        <translation>Nananatiling magalang, mahinahon at may kontrol sa harap ng galit o mapilit na caller, nang hindi sumasabat o nakikipagtalo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="122" />
        <source>Hold and transfer etiquette</source>
        <translation>Etiquette sa hold at transfer</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="123" />
        <source>Asks before placing on hold, checks back within a minute and explains a transfer before making it.</source>
        <translation>Nagpapaalam bago mag-hold, bumabalik sa loob ng isang minuto at ipinapaliwanag ang transfer bago ito gawin.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="128" />
        <location filename="../app/core/defaultscorecards.cpp" line="201" />
        <source>Compliance and closing</source>
        <translation>Compliance at pagtatapos</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="129" />
        <source>Mandatory disclosures</source>
        <translation>Mga mandatory na disclosure</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="130" />
        <source>Reads every required disclosure, such as call recording and the terms of a sale, in full and at the right moment.</source>
        <translation>Binabasa nang buo at sa tamang sandali ang bawat kinakailangang disclosure, tulad ng call recording at mga tuntunin ng benta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="134" />
        <source>Closing and notes</source>
        <translation>Pagtatapos at mga tala</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="135" />
        <source>Summarises the next steps, offers further help and records notes the next agent can act on.</source>
        <translation>Ibinubuod ang mga susunod na hakbang, nag-aalok ng karagdagang tulong at nagtatala ng mga tala na maaaring aksiyunan ng susunod na agent.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="145" />
        <source>Chat QA</source>
        <translation>Chat QA</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="146" />
        <source>Quality form for chat conversations: verification, resolution, written communication and data privacy.</source>
        <translation>Quality form para sa mga chat na usapan: verification, resolution, nakasulat na komunikasyon at data privacy.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="153" />
        <source>Prompt, personal greeting</source>
        <translation>Maagap at personal na pagbati</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="154" />
        <source>Replies within the first minute with a greeting that uses the customer's name and sets expectations.</source>
        <translation>Sumasagot sa loob ng unang minuto gamit ang pagbating may pangalan ng customer at nagse-set ng expectations.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="160" />
        <source>Verifies the customer's identity through the approved method before sharing or changing account details.</source>
        <translation>Vine-verify ang pagkakakilanlan ng customer sa aprubadong paraan bago magbahagi o magbago ng mga detalye ng account.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="165" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="167" />
        <source>Reads the history first and asks targeted questions to find the root cause instead of sending generic steps.</source>
        <translation>Binabasa muna ang history at nagtatanong ng mga tiyak na tanong para mahanap ang root cause sa halip na magpadala ng mga generic na hakbang.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="171" />
        <source>Accurate, complete answer</source>
        <translation>Tumpak at kumpletong sagot</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="172" />
        <source>Answers every question the customer asked, correctly, with links or steps they can follow.</source>
        <translation>Sinasagot nang tama ang bawat tanong ng customer, kasama ang mga link o hakbang na masusundan nila.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="178" />
        <source>Written communication</source>
        <translation>Nakasulat na komunikasyon</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="179" />
        <source>Clear written tone</source>
        <translation>Malinaw na tono sa pagsulat</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="180" />
        <source>Writes short, friendly, correctly spelled messages in plain language, without jargon or walls of text.</source>
        <translation>Sumusulat ng maiikli, magiliw at tama ang baybay na mensahe sa simpleng wika, nang walang jargon o mahahabang bloke ng text.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="186" />
        <source>Acknowledges the customer's situation in their own words rather than with a canned phrase.</source>
        <translation>Kinikilala ang sitwasyon ng customer gamit ang sariling pananalita sa halip na isang canned na parirala.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="191" />
        <source>Stays polite and factual with an upset or rude customer and never mirrors their tone.</source>
        <translation>Nananatiling magalang at nakabatay sa katotohanan sa harap ng galit o bastos na customer at hindi kailanman ginagaya ang tono nito.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="195" />
        <source>Response pace</source>
        <translation>Bilis ng pagsagot</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="196" />
        <source>Keeps gaps between replies under two minutes, or says so when a longer check is needed.</source>
        <translation>Pinananatiling wala pang dalawang minuto ang pagitan ng mga reply, o nagsasabi kapag kailangan ng mas matagal na pag-check.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="202" />
        <source>Data privacy</source>
        <translation>Data privacy</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="203" />
        <source>Never asks for or pastes full card numbers, passwords or other sensitive data in the chat.</source>
        <translation>Hindi kailanman humihingi o nagpe-paste ng buong card number, password o iba pang sensitibong data sa chat.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="208" />
        <source>Closing</source>
        <translation>Pagtatapos</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="209" />
        <source>Confirms the issue is solved or states the next step, and offers further help before closing.</source>
        <translation>Kinukumpirmang nalutas ang issue o sinasabi ang susunod na hakbang, at nag-aalok ng karagdagang tulong bago magtapos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="220" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="221" />
        <source>A short form for agents reviewing a colleague's conversation; it never counts in QA scores.</source>
        <translation>Maikling form para sa mga agent na nagre-review ng usapan ng isang kasamahan; hindi ito kailanman ibinibilang sa mga QA score.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="227" />
        <source>What a colleague noticed</source>
        <translation>Napansin ng isang kasamahan</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="228" />
        <source>Friendly and respectful</source>
        <translation>Magiliw at magalang</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="229" />
        <source>The customer was treated warmly and with respect from start to finish.</source>
        <translation>Tinrato nang magiliw at may paggalang ang customer mula simula hanggang dulo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="232" />
        <source>Clear explanation</source>
        <translation>Malinaw na paliwanag</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="233" />
        <source>The customer could follow every explanation without asking twice.</source>
        <translation>Nasundan ng customer ang bawat paliwanag nang hindi nagtatanong nang dalawang beses.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="236" />
        <source>Owned the issue</source>
        <translation>Inako ang issue</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="237" />
        <source>The issue was solved, or the customer left knowing exactly what happens next.</source>
        <translation>Nalutas ang issue, o umalis ang customer na alam nang eksakto kung ano ang susunod na mangyayari.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="240" />
        <source>Worth copying</source>
        <translation>Dapat gayahin</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="241" />
        <source>The conversation shows something you would use in your own conversations.</source>
        <translation>May ipinapakita ang usapan na gagamitin mo sa sarili mong mga usapan.</translation>
    </message>
</context>
<context>
    <name>huddle::core::Dispute</name>
    <message numerus="yes">
        <location filename="../app/core/dispute.cpp" line="86" />
        <source>The dispute window of %n day(s) after publishing closed at %1; the evaluation can no longer be disputed.</source>
        <translation><numerusform>Nagsara noong %1 ang dispute window na %n araw pagkatapos ng pag-publish; hindi na maaaring i-dispute ang evaluation.</numerusform><numerusform>Nagsara noong %1 ang dispute window na %n araw pagkatapos ng pag-publish; hindi na maaaring i-dispute ang evaluation.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::core::KpiPlan</name>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="157" />
        <source>%1: weight %2 is outside 0–100</source>
        <translation>%1: nasa labas ng 0–100 ang weight na %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="161" />
        <source>weights sum to %1, not 100</source>
        <translation>%1 ang kabuuan ng mga weight, hindi 100</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="168" />
        <source>band points must lie in 0–100 and never fall from far below to exceeded</source>
        <translation>dapat nasa 0–100 ang band points at hindi kailanman bumababa mula lubhang kulang hanggang nalampasan</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="136" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>hindi valid na JSON: %1 sa offset %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="138" />
        <source>a KPI plan is a JSON object</source>
        <translation>JSON object ang KPI plan</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="148" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: ang %1 ay hindi bersiyong nababasa ng Huddle na ito (%2)</translation>
    </message>
</context>
<context>
    <name>huddle::core::LineParser</name>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="71" />
        <source>expected a time in square brackets such as [01:23] or [1:02:03], but the ']' is missing</source>
        <translation>inaasahan ang oras sa loob ng square bracket gaya ng [01:23] o [1:02:03], pero nawawala ang ']'</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="76" />
        <source>expected a time such as [01:23] or [1:02:03], found [%1]</source>
        <translation>inaasahan ang oras gaya ng [01:23] o [1:02:03], pero [%1] ang nakita</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="93" />
        <source>expected "Speaker: text"; a time goes first, in square brackets, as in "[01:23] Agent: Hello"</source>
        <translation>inaasahan ang "Speaker: text"; nauuna ang oras, sa loob ng square bracket, gaya ng "[01:23] Agent: Hello"</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="97" />
        <source>expected "Speaker: text", as in "Agent: Hello" or "[01:23] Customer: Hi"</source>
        <translation>inaasahan ang "Speaker: text", gaya ng "Agent: Hello" o "[01:23] Customer: Hi"</translation>
    </message>
</context>
<context>
    <name>huddle::core::Places</name>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="25" />
        <location filename="../app/core/scorecardvalidation.cpp" line="26" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="29" />
        <source>Section %1</source>
        <translation>Seksyon %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="34" />
        <source>Criterion %1 of section %2</source>
        <translation>Criterion %1 ng seksyon %2</translation>
    </message>
</context>
<context>
    <name>huddle::core::PlanReader</name>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="53" />
        <source>%1: unknown field "%2" (expected %3)</source>
        <translation>%1: hindi kilalang field na “%2” (inaasahan: %3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="62" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>hindi valid na JSON: %1 sa offset %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="64" />
        <source>a bonus plan is a JSON object</source>
        <translation>JSON object ang bonus plan</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="72" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: nawawala</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="80" />
        <source>%1.%2: expected text, got %3</source>
        <translation>%1.%2: inaasahan ang text, pero %3 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="87" />
        <source>%1: expected a number, got %2</source>
        <translation>%1: inaasahan ang numero, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="98" />
        <source>%1.%2: expected a whole number, got %3</source>
        <translation>%1.%2: inaasahan ang buong numero, pero %3 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="108" />
        <source>%1: expected a decimal amount like "80.00", got %2</source>
        <translation>%1: inaasahan ang decimal na halaga gaya ng "80.00", pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="116" />
        <source>%1: expected a percentage like "2.5", got %2</source>
        <translation>%1: inaasahan ang porsiyento gaya ng "2.5", pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="125" />
        <source>%1.%2: unknown measure "%3"</source>
        <translation>%1.%2: hindi kilalang sukatan na “%3”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="132" />
        <source>%1: expected an object, got %2</source>
        <translation>%1: inaasahan ang object, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="139" />
        <source>%1: expected a list, got %2</source>
        <translation>%1: inaasahan ang list, pero %2 ang natanggap</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="145" />
        <source>%1.%2: unknown %3 "%4"</source>
        <translation>%1.%2: hindi kilalang %3 na “%4”</translation>
    </message>
</context>
<context>
    <name>huddle::core::ScorecardReader</name>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="68" />
        <source>%1: unknown key "%2"; expected one of %3</source>
        <translation>%1: hindi kilalang key na “%2”; inaasahan ang isa sa %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="81" />
        <location filename="../app/core/scorecardjson.cpp" line="230" />
        <source>a text</source>
        <translation>isang text</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="90" />
        <location filename="../app/core/scorecardjson.cpp" line="226" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="100" />
        <location filename="../app/core/scorecardjson.cpp" line="130" />
        <location filename="../app/core/scorecardjson.cpp" line="228" />
        <source>a number</source>
        <translation>isang numero</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="114" />
        <source>%1: "%2" is not one of %3</source>
        <translation>%1: ang “%2” ay hindi isa sa %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="127" />
        <source>format: "%1" is not a Huddle scorecard (expected "%2")</source>
        <translation>format: ang “%1” ay hindi isang Huddle scorecard (inaasahan: “%2”)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="132" />
        <source>formatVersion: version %1 is not one this Huddle reads (it reads version %2)</source>
        <translation>formatVersion: ang bersiyon %1 ay hindi nababasa ng Huddle na ito (bersiyon %2 ang nababasa nito)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="158" />
        <location filename="../app/core/scorecardjson.cpp" line="174" />
        <location filename="../app/core/scorecardjson.cpp" line="234" />
        <source>an object</source>
        <translation>isang object</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="181" />
        <location filename="../app/core/scorecardjson.cpp" line="202" />
        <location filename="../app/core/scorecardjson.cpp" line="232" />
        <source>a list</source>
        <translation>isang list</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="216" />
        <source>%1: missing; expected %2</source>
        <translation>%1: nawawala; inaasahan ang %2</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="217" />
        <source>%1: expected %2, found %3</source>
        <translation>%1: inaasahan ang %2, pero %3 ang nakita</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="224" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="238" />
        <source>nothing</source>
        <translation>wala</translation>
    </message>
</context>
<context>
    <name>huddle::importers</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="82" />
        <source>the sheet is empty</source>
        <translation>walang laman ang sheet</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="90" />
        <location filename="../app/importers/importjob.cpp" line="169" />
        <location filename="../app/importers/importjob.cpp" line="258" />
        <source>cannot open the file: %1</source>
        <translation>hindi mabuksan ang file: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="196" />
        <source>Imported</source>
        <translation>Na-import</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="268" />
        <source>unknown profile '%1'</source>
        <translation>hindi kilalang profile '%1'</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="333" />
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation>maaaring araw/buwan o buwan/araw ang mga petsa; piliin ang pagkakasunod-sunod ng petsa (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="340" />
        <source>unknown time zone '%1'</source>
        <translation>hindi kilalang time zone '%1'</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="412" />
        <source>no conversation with this id from source '%1' has been imported (import the conversations first, or set the source they were imported under)</source>
        <translation>walang na-import na usapan na may ganitong id mula sa source na '%1' (i-import muna ang mga usapan, o itakda ang source kung saan in-import ang mga ito)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="419" />
        <source>another row of this file already gave this agent and day; a summary file needs one row per agent and day</source>
        <translation>may ibang row na sa file na ito para sa agent at araw na ito; kailangan ng summary file ng isang row kada agent at araw</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="446" />
        <source>line,column,header,value,reason</source>
        <translation>linya,column,header,value,dahilan</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="212" />
        <source>unknown shape '%1'</source>
        <translation>hindi kilalang uri ng data '%1'</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="220" />
        <source>unknown field '%1'</source>
        <translation>hindi kilalang field '%1'</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="397" />
        <source>profile '%1' is not valid JSON: %2</source>
        <translation>hindi valid na JSON ang profile '%1': %2</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="400" />
        <source>profile '%1': %2</source>
        <translation>profile '%1': %2</translation>
    </message>
</context>
<context>
    <name>huddle::importers::CsvReader</name>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="58" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="215" />
        <source>quoted field opened here is never closed</source>
        <translation>hindi kailanman naisara ang naka-quote na field na binuksan dito</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="283" />
        <source>unexpected character %1 after the closing quote (expected the delimiter %2 or a line end)</source>
        <translation>hindi inaasahang character na %1 pagkatapos ng pansarang quote (inaasahan ang delimiter na %2 o dulo ng linya)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="295" />
        <location filename="../app/importers/csvreader.cpp" line="337" />
        <source>record longer than 1 MiB</source>
        <translation>record na mas mahaba sa 1 MiB</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="333" />
        <source>record longer than 1 MiB: the quoted field opened here is not closed within it</source>
        <translation>record na mas mahaba sa 1 MiB: hindi naisara sa loob nito ang naka-quote na field na binuksan dito</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="418" />
        <source>could not read the file: %1</source>
        <translation>hindi mabasa ang file: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="428" />
        <source>invalid UTF-16 (the file ends in the middle of a character)</source>
        <translation>invalid na UTF-16 (nagtatapos ang file sa gitna ng isang character)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="431" />
        <source>invalid UTF-16 (unpaired surrogate)</source>
        <translation>invalid na UTF-16 (surrogate na walang kapares)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="437" />
        <source>invalid UTF-8 byte sequence (the file ends in the middle of a character)</source>
        <translation>invalid na UTF-8 byte sequence (nagtatapos ang file sa gitna ng isang character)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="440" />
        <source>invalid UTF-8 byte sequence</source>
        <translation>invalid na UTF-8 byte sequence</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Fields</name>
    <message>
        <location filename="../app/importers/fields.cpp" line="18" />
        <source>conversation, call or ticket id in the source</source>
        <translation>id ng usapan, call o ticket sa source</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="20" />
        <source>agent who handled it (display name)</source>
        <translation>agent na nag-handle nito (display name)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="21" />
        <source>team name</source>
        <translation>pangalan ng team</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="23" />
        <source>date (combined with time when both are mapped)</source>
        <translation>petsa (pinagsasama sa oras kapag parehong naka-map)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="25" />
        <source>time of day the conversation started</source>
        <translation>oras ng araw nang magsimula ang usapan</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="27" />
        <source>date and time it started</source>
        <translation>petsa at oras ng pagsisimula</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="29" />
        <source>answered (yes) or abandoned (no)</source>
        <translation>sinagot (oo) o inabandona (hindi)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="31" />
        <source>wait before answer (speed of answer)</source>
        <translation>paghihintay bago sagutin (speed of answer)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="32" />
        <source>talk time</source>
        <translation>talk time</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="33" />
        <source>hold time</source>
        <translation>hold time</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="34" />
        <source>after-call work time</source>
        <translation>after-call work time</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="36" />
        <source>total handle time as exported</source>
        <translation>kabuuang handle time ayon sa export</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="38" />
        <source>resolved on first contact</source>
        <translation>nalutas sa unang contact</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="40" />
        <source>CSAT answer on the source's scale (per agent-day: CSAT %)</source>
        <translation>sagot sa CSAT sa scale ng source (kada agent-day: CSAT %)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="42" />
        <source>NPS answer 0–10</source>
        <translation>sagot sa NPS 0–10</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="43" />
        <source>number of sales</source>
        <translation>bilang ng benta</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="44" />
        <source>sales amount</source>
        <translation>halaga ng benta</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="46" />
        <source>channel: call, chat, email or ticket</source>
        <translation>channel: call, chat, email o ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="47" />
        <source>queue, topic or campaign</source>
        <translation>queue, paksa o campaign</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="49" />
        <source>customer id or phone number (for FCR without a resolved flag)</source>
        <translation>id ng customer o numero ng telepono (para sa FCR na walang resolved flag)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="52" />
        <source>conversations handled (per agent-day)</source>
        <translation>mga na-handle na usapan (kada agent-day)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="54" />
        <source>first response time (chat, e-mail)</source>
        <translation>first response time (chat, e-mail)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="56" />
        <source>resolution time (chat, e-mail)</source>
        <translation>resolution time (chat, e-mail)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="58" />
        <source>date and time it was closed</source>
        <translation>petsa at oras ng pagsasara</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="60" />
        <source>time on queue (per agent-day, for CpH)</source>
        <translation>oras sa queue (kada agent-day, para sa CpH)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="61" />
        <source>subject line</source>
        <translation>subject line</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="63" />
        <source>transcript or recording reference</source>
        <translation>reference ng transcript o recording</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="65" />
        <source>CSAT responses (per agent-day)</source>
        <translation>mga sagot sa CSAT (kada agent-day)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="67" />
        <source>present, late, excused, unexcused or no-call-no-show</source>
        <translation>present, late, excused, unexcused o no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="68" />
        <source>minutes late</source>
        <translation>ilang minutong late</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="69" />
        <source>scheduled shift start</source>
        <translation>naka-schedule na simula ng shift</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="71" />
        <source>scheduled shift length in minutes</source>
        <translation>naka-schedule na haba ng shift sa minuto</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="72" />
        <source>schedule adherence %</source>
        <translation>schedule adherence %</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="73" />
        <source>product sold</source>
        <translation>produktong nabenta</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="74" />
        <source>product tier</source>
        <translation>tier ng produkto</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportJob</name>
    <message numerus="yes">
        <location filename="../app/importers/importjob.cpp" line="317" />
        <source>%n row(s) fall in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</source>
        <translation><numerusform>%n row ang nasa %1, na naka-lock para sa bonus: mananatili ang bonus nito gaya ng naka-lock at babayaran ang diperensya bilang adjustment sa susunod na bukas na buwan.</numerusform><numerusform>%n row ang nasa %1, na naka-lock para sa bonus: mananatili ang bonus nito gaya ng naka-lock at babayaran ang diperensya bilang adjustment sa susunod na bukas na buwan.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="242" />
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation>Excel workbook, sheet %1; profile %2</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="244" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="245" />
        <source>%1 text, delimiter '%2', %3, %4; profile %5</source>
        <translation>%1 na text, delimiter '%2', %3, %4; profile %5</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>header row</source>
        <translation>may header row</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>no header row</source>
        <translation>walang header row</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal comma</source>
        <translation>decimal comma</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal point</source>
        <translation>decimal point</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="291" />
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation>%1 row ang nabasa: %2 na-import, %3 na-update, %4 eksaktong duplicate, %5 blangko, %6 tinanggihan</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="299" />
        <source>cancelled; nothing was imported</source>
        <translation>kinansela; walang na-import</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="301" />
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation> — lampas sa threshold ang %1 % na tinanggihan; walang na-import</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="304" />
        <source> (dry run: nothing was written)</source>
        <translation> (dry run: walang naisulat)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="305" />
        <source> in %1 s (import %2)</source>
        <translation> sa loob ng %1 s (import %2)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="298" />
        <source>import settings are not valid JSON: %1</source>
        <translation>hindi valid na JSON ang mga setting ng import: %1</translation>
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="169" />
        <source>column '%1' mapped to '%2' is not in the file; headers found: %3</source>
        <translation>wala sa file ang column na '%1' na naka-map sa '%2'; mga header na nakita: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="186" />
        <source>no column maps to %1; headers found: %2</source>
        <translation>walang column na naka-map sa %1; mga header na nakita: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="294" />
        <source>expected a channel: call, chat, email or ticket</source>
        <translation>inaasahan ang channel: call, chat, email o ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="299" />
        <source> (dates read as %1)</source>
        <translation> (binasa ang mga petsa bilang %1)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="348" />
        <source>NPS answers run from 0 to 10</source>
        <translation>mula 0 hanggang 10 ang mga sagot sa NPS</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="363" />
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation>inaasahan ang present, late, excused, unexcused o ncns (no-call-no-show)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="381" />
        <source>expected a count of 0 or more</source>
        <translation>inaasahan ang bilang na 0 o higit pa</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="412" />
        <source>a CSAT % runs from 0 to 100</source>
        <translation>mula 0 hanggang 100 ang CSAT %</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="430" />
        <source>CSAT %1 is outside the source's scale %2–%3</source>
        <translation>nasa labas ng scale ng source na %2–%3 ang CSAT %1</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="446" />
        <source>the date is empty</source>
        <translation>walang laman ang petsa</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="459" />
        <source>the agent is empty</source>
        <translation>walang laman ang agent</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="466" />
        <source>the conversation id is empty</source>
        <translation>walang laman ang id ng usapan</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="473" />
        <source>the number of conversations handled is empty</source>
        <translation>walang laman ang bilang ng mga na-handle na usapan</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="478" />
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation>kailangan ng CSAT % ang bilang ng mga sagot na pinagbatayan nito</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="485" />
        <source>the attendance status is empty</source>
        <translation>walang laman ang attendance status</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="492" />
        <source>the sale amount is empty</source>
        <translation>walang laman ang halaga ng benta</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="499" />
        <source>marked as not answered but has a talk or handle time</source>
        <translation>minarkahang hindi sinagot pero may talk time o handle time</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Sniffer</name>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="268" />
        <location filename="../app/importers/sniffer.cpp" line="282" />
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="292" />
        <source>no complete record in the first 64 KiB of the file (is a quote left open?)</source>
        <translation>walang kumpletong record sa unang 64 KiB ng file (may quote bang naiwang bukas?)</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="299" />
        <source>the file contains only blank lines</source>
        <translation>puro blangkong linya ang laman ng file</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="312" />
        <source>the file is empty</source>
        <translation>walang laman ang file</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="315" />
        <location filename="../app/importers/sniffer.cpp" line="323" />
        <source>not a text file</source>
        <translation>hindi text file</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="318" />
        <source>not a text file (it looks like an Excel workbook or another ZIP archive)</source>
        <translation>hindi text file (mukhang Excel workbook o ibang ZIP archive)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Values</name>
    <message>
        <location filename="../app/importers/values.cpp" line="29" />
        <source>empty value</source>
        <translation>walang laman na value</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="30" />
        <source>number too large</source>
        <translation>masyadong malaki ang numero</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="32" />
        <source>expected a whole number, e.g. 109</source>
        <translation>inaasahan ang buong numero, hal. 109</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="33" />
        <source>expected a number such as 1.5 or -0.25 (no thousands separators)</source>
        <translation>inaasahan ang numerong tulad ng 1.5 o -0.25 (walang thousands separator)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="36" />
        <source>expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)</source>
        <translation>inaasahan ang numerong tulad ng 1,5 o -0,25 (decimal comma, walang thousands separator)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="39" />
        <source>expected a percentage such as 94.01% or 94.01</source>
        <translation>inaasahan ang porsiyentong tulad ng 94.01% o 94.01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="41" />
        <source>expected a percentage such as 94,01% or 94,01</source>
        <translation>inaasahan ang porsiyentong tulad ng 94,01% o 94,01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="43" />
        <source>expected an amount such as 12.50, -3 or $12.50</source>
        <translation>inaasahan ang halagang tulad ng 12.50, -3 o $12.50</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="45" />
        <source>expected an amount such as 12,50, -3 or 12,50 €</source>
        <translation>inaasahan ang halagang tulad ng 12,50, -3 o 12,50 €</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="47" />
        <source>expected yes/no (Y/N, true/false, 1/0)</source>
        <translation>inaasahan ang oo o hindi (yes/no, Y/N, true/false, 1/0)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="49" />
        <source>expected a duration such as 95, 1:35 or 0:01:35</source>
        <translation>inaasahan ang tagal na tulad ng 95, 1:35 o 0:01:35</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="51" />
        <source>duration is negative</source>
        <translation>negatibo ang tagal</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="52" />
        <source>duration too long</source>
        <translation>masyadong mahaba ang tagal</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="54" />
        <source>expected a date such as 2021-01-31 (year-month-day)</source>
        <translation>inaasahan ang petsang tulad ng 2021-01-31 (taon-buwan-araw)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="55" />
        <source>expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)</source>
        <translation>inaasahan ang petsang tulad ng 2021-01-31 o 1/31/2021 (buwan/araw/taon)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="57" />
        <source>expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)</source>
        <translation>inaasahan ang petsang tulad ng 2021-01-31 o 31/01/2021 (araw/buwan/taon)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="60" />
        <source>%1 is not a date: there is no year 0</source>
        <translation>hindi petsa ang %1: walang taong 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="62" />
        <source>%1 is not a date: there is no month %2</source>
        <translation>hindi petsa ang %1: walang buwang %2</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="64" />
        <source>%1 is not a date: there is no day 0</source>
        <translation>hindi petsa ang %1: walang araw na 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="66" />
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>hindi petsa ang %1: may %4 araw ang %2 %3</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="67" />
        <source>expected a time of day such as 9:12:58, 09:12 or 9:12 PM</source>
        <translation>inaasahan ang oras ng araw na tulad ng 9:12:58, 09:12 o 9:12 PM</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="69" />
        <source>%1 is not a time of day</source>
        <translation>hindi oras ng araw ang %1</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="71" />
        <source>expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z</source>
        <translation>inaasahan ang petsa at oras na tulad ng 2021-01-31 09:12:58 o 2021-01-31T09:12:58Z</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="73" />
        <source>expected a UTC offset such as Z, +02:00 or -0500 after the time</source>
        <translation>inaasahan ang UTC offset na tulad ng Z, +02:00 o -0500 pagkatapos ng oras</translation>
    </message>
</context>
<context>
    <name>huddle::importers::XlsxReader</name>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="37" />
        <source>the file does not exist</source>
        <translation>hindi umiiral ang file</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="40" />
        <source>cannot read the file: %1</source>
        <translation>hindi mabasa ang file: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="53" />
        <source>this is a legacy .xls workbook or a password-protected .xlsx; save it from Excel as an unprotected .xlsx</source>
        <translation>isa itong lumang .xls workbook o .xlsx na may password; i-save ito mula sa Excel bilang .xlsx na walang proteksiyon</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="60" />
        <source>the .xlsx file is damaged (the zip archive is truncated or corrupt)</source>
        <translation>sira ang .xlsx na file (putol o corrupt ang zip archive)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="65" />
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation>hindi .xlsx workbook (hindi zip file)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="134" />
        <source>the part %1 is missing</source>
        <translation>nawawala ang part na %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="139" />
        <location filename="../app/importers/xlsxpackage.cpp" line="158" />
        <source>the part %1 is damaged</source>
        <translation>sira ang part na %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="143" />
        <source>the part %1 is encrypted</source>
        <translation>naka-encrypt ang part na %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="147" />
        <source>the part %1 uses an unsupported compression method (%2)</source>
        <translation>gumagamit ang part na %1 ng hindi suportadong compression method (%2)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="153" />
        <source>the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)</source>
        <translation>masyadong malaki ang part na %1 (%2 MiB kapag uncompressed, hanggang %3 MiB lang)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="184" />
        <source>the XML declares a document type, which .xlsx files must not</source>
        <translation>nagdedeklara ang XML ng document type, na hindi dapat gawin ng mga .xlsx na file</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="207" />
        <source>XML error at line %1, column %2: %3</source>
        <translation>error sa XML sa linya %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="216" />
        <source>the part is not open</source>
        <translation>hindi bukas ang part</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="223" />
        <source>the compressed data is damaged</source>
        <translation>sira ang compressed data</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="230" />
        <source>the part inflates to more than %1 MiB</source>
        <translation>lumalaki ang part nang higit sa %1 MiB kapag in-inflate</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="248" />
        <source>the compressed data ends after %1 of %2 bytes</source>
        <translation>nagtatapos ang compressed data pagkatapos ng %1 sa %2 byte</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="255" />
        <source>the data does not match its checksum</source>
        <translation>hindi tugma ang data sa checksum nito</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="212" />
        <location filename="../app/importers/xlsxreader.cpp" line="538" />
        <source>sheet %1: %2</source>
        <translation>sheet %1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="297" />
        <source>sheet %1: invalid row number %2 (rows go from 1 to 1048576)</source>
        <translation>sheet %1: invalid na row number %2 (mula 1 hanggang 1048576 ang mga row)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="315" />
        <source>sheet %1: the row has more than 16384 cells</source>
        <translation>sheet %1: may higit sa 16384 cell ang row</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="324" />
        <source>sheet %1: invalid cell reference %2 (columns go from A to XFD)</source>
        <translation>sheet %1: invalid na cell reference %2 (mula A hanggang XFD ang mga column)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="343" />
        <source>sheet %1, cell %2: more than %3 characters in one cell</source>
        <translation>sheet %1, cell %2: higit sa %3 character sa iisang cell</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="386" />
        <source>sheet %1: the row holds more than %2 MiB of text</source>
        <translation>sheet %1: may higit sa %2 MiB na text ang row</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="515" />
        <source>sheet %1 is a chart, not a table of cells</source>
        <translation>chart ang sheet %1, hindi table ng mga cell</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="522" />
        <source>the workbook is damaged: the cells of sheet %1 are missing</source>
        <translation>sira ang workbook: nawawala ang mga cell ng sheet %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="26" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="101" />
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>hindi .xlsx workbook (walang xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="188" />
        <source>this is a binary .xlsb workbook; save it from Excel as .xlsx</source>
        <translation>isa itong binary na .xlsb workbook; i-save ito mula sa Excel bilang .xlsx</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="194" />
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>isa itong OpenDocument spreadsheet (.ods); i-save ito bilang .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::models</name>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="23" />
        <source>Good agreement</source>
        <translation>Mahusay na pagkakasundo</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="25" />
        <source>Tentative agreement: draw conclusions with care</source>
        <translation>Pansamantalang pagkakasundo: maging maingat sa pagbuo ng konklusyon</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="27" />
        <source>Low agreement: recalibrate</source>
        <translation>Mababang pagkakasundo: mag-recalibrate</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="31" />
        <source>Not measurable: too few paired scores, or every score the same</source>
        <translation>Hindi masukat: masyadong kaunti ang magkapares na score, o pare-pareho ang lahat ng score</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="56" />
        <source>Krippendorff's α: how far the evaluators agree beyond what chance alone would give.
1 is perfect agreement, 0 is no better than chance, below 0 is systematic disagreement.
Totals use the interval metric (how far apart two scores are matters); yes/no criteria use the nominal metric (same answer or not).
α ≥ 0.800 good · 0.667–0.800 tentative · below 0.667: recalibrate.</source>
        <translation>Krippendorff's α: gaano nagkakasundo ang mga evaluator nang higit sa ibibigay ng tsamba lang.
Ang 1 ay perpektong pagkakasundo, ang 0 ay hindi mas mahusay kaysa sa tsamba, at ang mas mababa sa 0 ay sistematikong hindi pagkakasundo.
Gumagamit ang mga total ng interval metric (mahalaga kung gaano kalayo ang dalawang score); gumagamit ang mga oo/hindi na criteria ng nominal metric (pareho ang sagot o hindi).
α ≥ 0.800 mahusay · 0.667–0.800 pansamantala · mas mababa sa 0.667: mag-recalibrate.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="72" />
        <source>%1%2 points</source>
        <translation>%1%2 puntos</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="19" />
        <source>Accepted</source>
        <translation>Tinanggap</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="21" />
        <source>Partially accepted</source>
        <translation>Bahagyang tinanggap</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="25" />
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="32" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="34" />
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="36" />
        <source>Disputed</source>
        <translation>Na-dispute</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="40" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="46" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="51" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="20" />
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>yes (no repeat contact)</source>
        <translation>oo (walang repeat contact)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>no (repeat contact)</source>
        <translation>hindi (may repeat contact)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="57" />
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation>%1 sa %2; 95 % Wilson interval %3 – %4</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="61" />
        <source>Fewer than 10 observations: read with care.</source>
        <translation>Kulang sa 10 obserbasyon: basahin nang maingat.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="72" />
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: mga sagot na kuntento ÷ lahat ng sagot. Kuntento: 4–5 sa 1–5, 8–10 sa 1–10, 9–10 sa 0–10, “good” sa good/bad.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="80" />
        <source> (talk only)</source>
        <translation> (talk lang)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="82" />
        <source> (partly talk only)</source>
        <translation> (bahagyang talk lang)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="89" />
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation>AHT (talk lang): talk time lang ang ibinibigay ng source, kaya wala ang hold at after-call work.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="92" />
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation>AHT (bahagyang talk lang): may mga usapang galing sa source na talk time lang ang ibinibigay, kaya mas mababa ang AHT na ito kaysa sa buong handle time.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95" />
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time when it gives one.</source>
        <translation>AHT: (talk + hold + after-call work) ÷ mga na-handle na usapan; ang kabuuang handle time ng export kapag mayroon ito.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="102" />
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export's flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation>FCR %: mga usapang nalutas sa unang contact ÷ mga na-handle na usapan na masusuri. Nalutas: ang flag ng export, o kung wala nito, walang bagong contact mula sa parehong customer sa loob ng FCR window (7 araw).</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="110" />
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation>Attendance %: mga shift na pinasukan (present o late) ÷ mga naka-schedule na shift. Mga paglabag: mga unexcused na absence at no-call-no-show.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="117" />
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation>QA %: average na score ng mga na-publish na evaluation; ang score ay Σ(weight × puntos) ÷ Σ(weight × posible) sa mga criteria na hindi N/A, 0 kapag bumagsak ang isang critical na criterion.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="28" />
        <source>Attendance %</source>
        <translation>Attendance %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="30" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="32" />
        <source>Sales conversion %</source>
        <translation>Sales conversion %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="34" />
        <source>QA %</source>
        <translation>QA %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="36" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="38" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="40" />
        <source>CpH</source>
        <translation>CpH</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="42" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="55" />
        <source>Sales conversion %: sales ÷ handled conversations.</source>
        <translation>Sales conversion %: benta ÷ mga na-handle na usapan.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="63" />
        <source>CpH: handled conversations ÷ logged on-queue hours.</source>
        <translation>CpH: mga na-handle na usapan ÷ mga naitalang oras sa queue.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="65" />
        <source>NPS: % promoters (9–10) − % detractors (0–6).</source>
        <translation>NPS: % promoter (9–10) − % detractor (0–6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="75" />
        <source>n = %1 scheduled shifts</source>
        <translation><numerusform>n = %1 naka-schedule na shift</numerusform><numerusform>n = %1 naka-schedule na shift</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="78" />
        <source>n = %1 survey responses</source>
        <translation><numerusform>n = %1 sagot sa survey</numerusform><numerusform>n = %1 sagot sa survey</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="80" />
        <source>n = %1 evaluations</source>
        <translation><numerusform>n = %1 evaluation</numerusform><numerusform>n = %1 evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="82" />
        <source>n = %1 conversations with a handle time</source>
        <translation><numerusform>n = %1 usapan na may handle time</numerusform><numerusform>n = %1 usapan na may handle time</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="84" />
        <source>n = %1 conversations with a known outcome</source>
        <translation><numerusform>n = %1 usapan na may alam na resulta</numerusform><numerusform>n = %1 usapan na may alam na resulta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="89" />
        <source>n = %1 handled conversations</source>
        <translation><numerusform>n = %1 na-handle na usapan</numerusform><numerusform>n = %1 na-handle na usapan</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="95" />
        <source>below at %1 or less, met at %2 or less, exceeded at %3 or less</source>
        <translation>kulang kapag %1 o mas mababa, naabot kapag %2 o mas mababa, nalampasan kapag %3 o mas mababa</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="97" />
        <source>below from %1, met from %2, exceeded from %3</source>
        <translation>kulang mula %1, naabot mula %2, nalampasan mula %3</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="52" />
        <source>%1 — auto-fail: %2</source>
        <translation>%1 — auto-fail: %2</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="60" />
        <source>All %1 answered</source>
        <translation>Nasagot ang lahat ng %1</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="61" />
        <source>%1 of %2 answered</source>
        <translation>Nasagot ang %1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="67" />
        <source>QA score = Σ (weight × points earned) ÷ Σ (weight × points possible) over the answered criteria that are not N/A: N/A answers are left out of the denominator. A yes earns 1 of 1 point, a 1–5 answer earns its value − 1 of 4.</source>
        <translation>QA score = Σ (weight × nakuhang puntos) ÷ Σ (weight × posibleng puntos) sa mga nasagot na criteria na hindi N/A: hindi isinasama sa denominator ang mga sagot na N/A. Ang oo ay nakakakuha ng 1 sa 1 puntos, ang sagot na 1–5 ay nakakakuha ng value nito − 1 sa 4.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="72" />
        <source>So far: %1 of %2 weighted points.</source>
        <translation>Sa ngayon: %1 sa %2 weighted na puntos.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="74" />
        <source>%n criteria answered N/A and left out.</source>
        <translation>%n criteria ang sinagot ng N/A at hindi isinama.|%n criteria ang sinagot ng N/A at hindi isinama.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="77" />
        <source>A failed auto-fail (critical) criterion sets the whole score to 0 %.</source>
        <translation>Ginagawang 0 % ng bumagsak na auto-fail (critical) na criterion ang buong score.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="79" />
        <source>Publishing needs every criterion answered.</source>
        <translation>Kailangang sagutin ang bawat criterion para makapag-publish.</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="13" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="15" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="17" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="21" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="28" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="30" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="34" />
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="39" />
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>huddle::models::ActionItemModel</name>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="73" />
        <source>Add action item</source>
        <translation>Magdagdag ng action item</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="83" />
        <source>Remove action item</source>
        <translation>Alisin ang action item</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="127" />
        <source>Done on %1</source>
        <translation>Natapos noong %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/actionitemmodel.cpp" line="129" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue nang %n araw</numerusform><numerusform>Overdue nang %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action done</source>
        <translation>Markahang tapos ang action item</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action open</source>
        <translation>Markahang bukas ang action item</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="185" />
        <source>Edit action item</source>
        <translation>I-edit ang action item</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="207" />
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="209" />
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="211" />
        <source>Owner</source>
        <translation>Nakatoka</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="213" />
        <source>Due</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>huddle::models::AgendaModel</name>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="58" />
        <source>Add agenda item</source>
        <translation>Magdagdag ng agenda item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="67" />
        <source>Remove agenda item</source>
        <translation>Alisin ang agenda item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="76" />
        <source>Move agenda item</source>
        <translation>Ilipat ang agenda item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item discussed</source>
        <translation>Markahang napag-usapan ang item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item not discussed</source>
        <translation>Markahang hindi napag-usapan ang item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="143" />
        <source>Edit agenda notes</source>
        <translation>I-edit ang mga tala sa agenda</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="169" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="171" />
        <source>Discussed</source>
        <translation>Napag-usapan</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="173" />
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>huddle::models::AgentKpiModel</name>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="128" />
        <source>%n handled conversation(s) with a handle time</source>
        <translation><numerusform>%n na-handle na usapan na may handle time</numerusform><numerusform>%n na-handle na usapan na may handle time</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="134" />
        <source>Violations: %1, late: %2</source>
        <translation>Mga paglabag: %1, late: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="137" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluation</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="139" />
        <source>%1 in sales</source>
        <translation>%1 sa benta</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="177" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="179" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="181" />
        <source>Handled</source>
        <translation>Na-handle</translation>
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
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="189" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="191" />
        <source>Sales</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="193" />
        <source>Attendance %</source>
        <translation>Attendance %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="195" />
        <source>QA %</source>
        <translation>QA %</translation>
    </message>
</context>
<context>
    <name>huddle::models::AnnotationModel</name>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="12" />
        <source>Line %1</source>
        <translation>Linya %1</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="96" />
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="98" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="100" />
        <source>Note</source>
        <translation>Tala</translation>
    </message>
</context>
<context>
    <name>huddle::models::AttendanceMonthModel</name>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="47" />
        <source>Scheduled %1 · attended %2 · late %3 (%4 min) · excused %5 · unexcused %6 · no-call-no-show %7</source>
        <translation>Naka-schedule %1 · pumasok %2 · late %3 (%4 min) · excused %5 · unexcused %6 · no-call-no-show %7</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="138" />
        <source>No scheduled shifts</source>
        <translation>Walang naka-schedule na shift</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="202" />
        <source>Unexcused absences and no-call-no-shows in the months shown</source>
        <translation>Mga unexcused absence at no-call-no-show sa mga buwang ipinapakita</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="206" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="208" />
        <source>Warning stage</source>
        <translation>Yugto ng babala</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="211" />
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
</context>
<context>
    <name>huddle::models::AuditLogModel</name>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="25" />
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="61" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="62" />
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="63" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="64" />
        <source>Calibration session</source>
        <translation>Calibration session</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="65" />
        <source>Coaching session</source>
        <translation>Coaching session</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="66" />
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="67" />
        <source>Phrase</source>
        <translation>Parirala</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="68" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="69" />
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="70" />
        <source>Bonus plan</source>
        <translation>Bonus plan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="71" />
        <source>Bonus month</source>
        <translation>Buwan ng bonus</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="72" />
        <source>Import</source>
        <translation>Mag-import</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="73" />
        <source>Peer review assignment</source>
        <translation>Hiling na peer review</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="74" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="83" />
        <location filename="../app/models/auditlogmodel.cpp" line="84" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="94" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="98" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="169" />
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="171" />
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="173" />
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="175" />
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="177" />
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusBandModel</name>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Add a band</source>
        <translation>Magdagdag ng band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Remove a band</source>
        <translation>Alisin ang band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Move a band</source>
        <translation>Ilipat ang band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Edit a band</source>
        <translation>I-edit ang band</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="39" />
        <source>No upper end: the band runs from its lower edge up.</source>
        <translation>Walang itaas na hangganan: sakop ng band ang mula sa ibabang hangganan nito pataas.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>From (≥)</source>
        <translation>Mula (≥)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>To (&lt;)</source>
        <translation>Hanggang (&lt;)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusComponentModel</name>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Add a component</source>
        <translation>Magdagdag ng component</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Remove a component</source>
        <translation>Alisin ang component</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Move a component</source>
        <translation>Ilipat ang component</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Edit a component</source>
        <translation>I-edit ang component</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="144" />
        <source>New component</source>
        <translation>Bagong component</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusEvidenceModel</name>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>no</source>
        <translation>hindi</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusGateModel</name>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Add a gate</source>
        <translation>Magdagdag ng gate</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Remove a gate</source>
        <translation>Alisin ang gate</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Move a gate</source>
        <translation>Ilipat ang gate</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Edit a gate</source>
        <translation>I-edit ang gate</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="94" />
        <source>New gate</source>
        <translation>Bagong gate</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Effect</source>
        <translation>Epekto</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusMonthModel</name>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="69" />
        <source>No team</source>
        <translation>Walang team</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/bonusmonthmodel.cpp" line="207" />
        <source>%n agent(s)</source>
        <translation><numerusform>%n agent</numerusform><numerusform>%n agent</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="220" />
        <source>%1: %2, total %3</source>
        <translation>%1: %2, kabuuan %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="307" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="315" />
        <source>Adjustment: the data of a locked month changed after its lock, so the difference is paid in this month.</source>
        <translation>Adjustment: nagbago ang data ng isang naka-lock na buwan pagkatapos ng lock nito, kaya binabayaran ang diperensya sa buwang ito.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="321" />
        <source>Gate: this condition cut the bonus.</source>
        <translation>Gate: binawasan ng kondisyong ito ang bonus.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="324" />
        <source>Cap: the plan's most per agent and month.</source>
        <translation>Cap: ang pinakamataas na halaga ng plan bawat agent at buwan.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="331" />
        <source>Double-click or press Enter to see the rows behind this amount.</source>
        <translation>Mag-double click o pindutin ang Enter para makita ang mga row sa likod ng halagang ito.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="344" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="346" />
        <source>nothing earned</source>
        <translation>walang kinita</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="357" />
        <source>Components %1; after gates, cap and adjustments %2</source>
        <translation>Mga component %1; pagkatapos ng mga gate, cap at adjustment %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="372" />
        <source>Team / agent / line</source>
        <translation>Team / agent / linya</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="374" />
        <source>Explanation</source>
        <translation>Paliwanag</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="376" />
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanEditModel</name>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="154" />
        <source>Rename the plan</source>
        <translation>Palitan ang pangalan ng plan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="159" />
        <source>Change the cap</source>
        <translation>Baguhin ang cap</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="164" />
        <location filename="../app/models/bonusplaneditmodel.cpp" line="177" />
        <source>Change the score weights</source>
        <translation>Baguhin ang mga score weight</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanListModel</name>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="92" />
        <location filename="../app/models/bonusplanlistmodel.cpp" line="177" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="103" />
        <source>%1 — built-in example plan</source>
        <translation>%1 — built-in na halimbawang plan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="105" />
        <source>%1 — no plan of its own</source>
        <translation>%1 — walang sariling plan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="109" />
        <source>%1 — version %2, valid from %3</source>
        <translation>%1 — bersiyon %2, may bisa mula %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="120" />
        <source>In force while the site has no plan of its own. New version… copies it into a draft.</source>
        <translation>Umiiral habang walang sariling plan ang site. Kinokopya ito ng Bagong bersiyon… sa isang draft.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="122" />
        <source>The site's plan applies to this team (shown). New version… gives the team a plan of its own.</source>
        <translation>Ang plan ng site ang umiiral sa team na ito (ipinapakita). Binibigyan ng Bagong bersiyon… ang team ng sarili nitong plan.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="128" />
        <source>Saved by %1 on %2.</source>
        <translation>Na-save ni %1 noong %2.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="132" />
        <source>%1%2 Read-only: New version… copies it into a draft.</source>
        <translation>%1%2 Read-only: Kinokopya ito ng Bagong bersiyon… sa isang draft.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="190" />
        <source>Built-in example plan</source>
        <translation>Built-in na halimbawang plan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="192" />
        <source>No plan of its own: the site's plan applies</source>
        <translation>Walang sariling plan: ang plan ng site ang umiiral</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Scope</source>
        <translation>Saklaw</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Version</source>
        <translation>Bersiyon</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Valid from</source>
        <translation>May bisa mula</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved by</source>
        <translation>Na-save ni</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved on</source>
        <translation>Na-save noong</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Note</source>
        <translation>Tala</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusTierRateModel</name>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Add a tier</source>
        <translation>Magdagdag ng tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Remove a tier</source>
        <translation>Alisin ang tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Move a tier</source>
        <translation>Ilipat ang tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Edit a tier rate</source>
        <translation>I-edit ang rate ng tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Per sale</source>
        <translation>Bawat benta</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationAgreementModel</name>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Agreement</source>
        <translation>Pagkakasundo</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Pairable conversations</source>
        <translation>Mga usapang maipapares</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="44" />
        <source>Share of pairs of evaluators, on the same conversation, who gave the same answer (N/A left out).</source>
        <translation>Bahagi ng mga pares ng evaluator, sa iisang usapan, na nagbigay ng parehong sagot (hindi kasama ang N/A).</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationEvaluatorModel</name>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Mean deviation</source>
        <translation>Average na paglihis</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Conversations scored</source>
        <translation>Mga na-score na usapan</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Tendency</source>
        <translation>Hilig</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="31" />
        <source>strictest</source>
        <translation>pinakamahigpit</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="32" />
        <source>most lenient</source>
        <translation>pinakamaluwag</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="49" />
        <source>Mean of (this evaluator's total − the mean total of everyone who scored the same conversation), in QA % points. Negative: stricter than the group; positive: more lenient.</source>
        <translation>Average ng (total ng evaluator na ito − average na total ng lahat ng nag-score sa parehong usapan), sa puntos ng QA %. Negatibo: mas mahigpit kaysa sa grupo; positibo: mas maluwag.</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationGridModel</name>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSessionModel</name>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="63" />
        <source>Evaluators: %1</source>
        <translation>Mga evaluator: %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="65" />
        <source>Scores published by all evaluators together; whose they are stays hidden until the session is closed.</source>
        <translation>Mga score na na-publish ng lahat ng evaluator nang magkakasama; nakatago kung kanino ang mga ito hanggang maisara ang session.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="94" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Closed %1</source>
        <translation>Isinara noong %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="108" />
        <source>%1 of %2 scores</source>
        <translation>%1 sa %2 score</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="118" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="120" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="122" />
        <source>Created by</source>
        <translation>Ginawa ni</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="124" />
        <source>Created</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="126" />
        <source>Conversations × evaluators</source>
        <translation>Mga usapan × mga evaluator</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="128" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="130" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSpreadModel</name>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Lowest</source>
        <translation>Pinakamababa</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Highest</source>
        <translation>Pinakamataas</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Spread</source>
        <translation>Agwat</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Scores</source>
        <translation>Mga score</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="40" />
        <source>Double-click for each evaluator's total.</source>
        <translation>Mag-double-click para sa total ng bawat evaluator.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="61" />
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="72" />
        <source>not scored</source>
        <translation>hindi na-score</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="76" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationWorklistModel</name>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="49" />
        <source>Published: it can no longer change, and stays hidden from the others until the session is closed.</source>
        <translation>Na-publish: hindi na ito mababago, at nakatago ito sa iba hanggang maisara ang session.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="51" />
        <source>Press Enter to score this conversation.</source>
        <translation>Pindutin ang Enter para i-score ang usapang ito.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="63" />
        <source>Scored</source>
        <translation>Na-score</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Draft saved</source>
        <translation>Na-save ang draft</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Not started</source>
        <translation>Hindi pa nasisimulan</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="75" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="77" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="79" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="81" />
        <source>Your score</source>
        <translation>Ang score mo</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingSessionModel</name>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="49" />
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 bukas)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="111" />
        <source>Followed up by the session on %1</source>
        <translation>Na-follow up ng session noong %1</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="123" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="125" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="127" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="129" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="133" />
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="135" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="137" />
        <source>Actions</source>
        <translation>Mga aksyon</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="139" />
        <source>Acknowledged</source>
        <translation>Kinilala ng agent</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingText</name>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>good</source>
        <translation>mabuti</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>bad</source>
        <translation>masama</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="83" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="106" />
        <source>%1 far below target: %2, target %3</source>
        <translation>%1 lubhang kulang sa target: %2, target %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="108" />
        <source>%1 below target: %2, target %3</source>
        <translation>%1 kulang sa target: %2, target %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="115" />
        <source>Open action: %1 (%2, no due date)</source>
        <translation>Bukas na action item: %1 (%2, walang due date)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="116" />
        <source>Open action: %1 (%2, due %3)</source>
        <translation>Bukas na action item: %1 (%2, due sa %3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="126" />
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="128" />
        <source>Held</source>
        <translation>Naganap</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="130" />
        <source>Closed</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="139" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="141" />
        <location filename="../app/models/coachingtext.cpp" line="215" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="143" />
        <source>Mistake</source>
        <translation>Pagkakamali</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="145" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="147" />
        <source>Peer note</source>
        <translation>Peer note</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="149" />
        <source>Open action</source>
        <translation>Bukas na action item</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="151" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="160" />
        <source>Not enough data</source>
        <translation>Kulang ang data</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="162" />
        <source>Measuring</source>
        <translation>Sinusukat</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="164" />
        <source>Improved</source>
        <translation>Bumuti</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="166" />
        <source>Unchanged</source>
        <translation>Walang pagbabago</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="168" />
        <source>Worsened</source>
        <translation>Lumala</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="177" />
        <source>Measuring: %1 of %n day(s)</source>
        <translation><numerusform>Sinusukat: %1 sa %n araw</numerusform><numerusform>Sinusukat: %1 sa %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="185" />
        <source>Not enough data (n %1 before, %2 after)</source>
        <translation>Kulang ang data (n %1 bago, %2 pagkatapos)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="188" />
        <source>Not enough data (n %1 before)</source>
        <translation>Kulang ang data (n %1 bago)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="190" />
        <source>Not enough data (n %1 after)</source>
        <translation>Kulang ang data (n %1 pagkatapos)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="198" />
        <source>No data</source>
        <translation>Walang data</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="200" />
        <source>Far below</source>
        <translation>Lubhang kulang</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="202" />
        <source>Below</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="204" />
        <source>Met</source>
        <translation>Naabot</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="206" />
        <source>Exceeded</source>
        <translation>Nalampasan</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="217" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="219" />
        <source>Sales conversion</source>
        <translation>Sales conversion</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="221" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="223" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="225" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="227" />
        <source>CpH</source>
        <translation>CpH</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="229" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="239" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="255" />
        <source>%1 (n %2)</source>
        <translation>%1 (n %2)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="263" />
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="275" />
        <source>Attendance: %1 (%n violation(s))</source>
        <translation><numerusform>Attendance: %1 (%n violation)</numerusform><numerusform>Attendance: %1 (%n violation)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="280" />
        <source>Mistake: %1 — %n failure(s), %2 points lost</source>
        <translation><numerusform>Pagkakamali: %1 — %n bagsak, %2 puntos ang nawala</numerusform><numerusform>Pagkakamali: %1 — %n bagsak, %2 puntos ang nawala</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="285" />
        <source>Low CSAT: conversation %1 on %2 (%3)</source>
        <translation>Mababang CSAT: usapang %1 noong %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="291" />
        <source>Peer note by %1 on %2</source>
        <translation>Peer note ni %1 noong %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="309" />
        <source>Weight %1 · band %2</source>
        <translation>Weight %1 · band %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="313" />
        <source>Unexcused absences and no-call-no-shows inside the warning ladder's window</source>
        <translation>Mga unexcused absence at no-call-no-show sa loob ng saklaw na panahon ng hagdan ng babala</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="319" />
        <source>Listen to it together: what would have changed the customer's answer?</source>
        <translation>Pakinggan ninyo ito nang magkasama: ano ang makapagbabago sa sagot ng customer?</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="326" />
        <source>Agreed on %1</source>
        <translation>Napagkasunduan noong %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="337" />
        <source>No violations in the last %n day(s)</source>
        <translation><numerusform>Walang violation sa nakaraang %n araw</numerusform><numerusform>Walang violation sa nakaraang %n araw</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="338" />
        <source>%n violation(s)</source>
        <translation><numerusform>%n violation</numerusform><numerusform>%n violation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="339" />
        <source>in the last %n day(s)</source>
        <translation><numerusform>sa nakaraang %n araw</numerusform><numerusform>sa nakaraang %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="341" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="342" />
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>huddle::models::ConversationTableModel</name>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="162" />
        <source>(abandoned)</source>
        <translation>(inabandona)</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="176" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="201" />
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="203" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="205" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="207" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="209" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="211" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="213" />
        <source>Wait</source>
        <translation>Paghihintay</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="215" />
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="217" />
        <source>Resolved</source>
        <translation>Nalutas</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="219" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>huddle::models::Dashboard</name>
    <message>
        <location filename="../app/models/dashboarddata.cpp" line="145" />
        <source>All teams</source>
        <translation>Lahat ng team</translation>
    </message>
</context>
<context>
    <name>huddle::models::DisputeListModel</name>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="121" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="126" />
        <source>Whole evaluation</source>
        <translation>Buong evaluation</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="136" />
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="151" />
        <source>%1 — overdue by less than a day</source>
        <translation>%1 — overdue nang wala pang isang araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="152" />
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — overdue nang %n araw</numerusform><numerusform>%1 — overdue nang %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="155" />
        <source>%1 — due within a day</source>
        <translation>%1 — due sa loob ng isang araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="156" />
        <source>%1 — %n day(s) left</source>
        <translation><numerusform>%1 — %n araw na lang</numerusform><numerusform>%1 — %n araw na lang</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="161" />
        <source>Raised by %1 on %2:
%3</source>
        <translation>Itinaas ni %1 noong %2:
%3</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="164" />
        <source>%1 by %2 on %3:
%4</source>
        <translation>%1 ni %2 noong %3:
%4</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="174" />
        <source>The evaluation's score before the dispute → after the decision</source>
        <translation>Score ng evaluation bago ang dispute → pagkatapos ng desisyon</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="179" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="181" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="183" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="185" />
        <source>Contested</source>
        <translation>Tinutulan</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="187" />
        <source>Raised by</source>
        <translation>Itinaas ni</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="189" />
        <source>Raised</source>
        <translation>Itinaas</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="191" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="193" />
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="195" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationForm</name>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="125" />
        <source>There is no peer-review scorecard yet: make one in the scorecard designer.</source>
        <translation>Wala pang peer-review scorecard: gumawa nito sa scorecard designer.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="126" />
        <source>There is no QA scorecard yet: make one in the scorecard designer.</source>
        <translation>Wala pang QA scorecard: gumawa nito sa scorecard designer.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="207" />
        <source>The scorecard can change only while nothing is answered.</source>
        <translation>Mababago lang ang scorecard habang wala pang nasasagot.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="227" />
        <source>It is disputed: only the arbitrator's decision changes it now.</source>
        <translation>Na-dispute ito: ang desisyon na lang ng arbitrator ang makakapagbago nito ngayon.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="229" />
        <source>It is final and can no longer change.</source>
        <translation>Final na ito at hindi na mababago.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="236" />
        <source>Only %1 can change their calibration score.</source>
        <translation>Si %1 lang ang makakapagbago ng kanyang calibration score.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="240" />
        <source>Its calibration session is closed.</source>
        <translation>Sarado na ang calibration session nito.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="256" />
        <location filename="../app/models/evaluationform.cpp" line="353" />
        <source>This evaluation is read-only.</source>
        <translation>Read-only ang evaluation na ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/evaluationform.cpp" line="260" />
        <source>%n criteria not answered yet.</source>
        <translation><numerusform>%n criteria ang hindi pa nasasagot.</numerusform><numerusform>%n criteria ang hindi pa nasasagot.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="297" />
        <source>Only a draft is saved as a draft; a published evaluation changes by Edit…</source>
        <translation>Draft lang ang maaaring i-save bilang draft; binabago ang na-publish na evaluation sa pamamagitan ng I-edit…</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="335" />
        <source>Only a new peer-review form is published as a peer review.</source>
        <translation>Bagong peer-review form lang ang maaaring i-publish bilang peer review.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="355" />
        <source>Write what happened there: an annotation needs a note.</source>
        <translation>Isulat kung ano ang nangyari roon: kailangan ng tala ang annotation.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="358" />
        <source>The transcript has no line %1.</source>
        <translation>Walang linya %1 ang transcript.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="360" />
        <source>A moment of the call is at second 0 or later.</source>
        <translation>Dapat nasa segundo 0 o mas huli ang sandali ng call.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="362" />
        <source>The scorecard has no criterion %1.</source>
        <translation>Walang criterion na %1 ang scorecard.</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationFormModel</name>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="35" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="139" />
        <source>Answer “%1”</source>
        <translation>Sagot sa “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="152" />
        <source>Comment on “%1”</source>
        <translation>Komento sa “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="263" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="280" />
        <source>Critical: failing it sets the whole evaluation to 0 %.</source>
        <translation>Critical: kapag bumagsak ito, magiging 0 % ang buong evaluation.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="295" />
        <source>auto-fail</source>
        <translation>auto-fail</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="363" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="365" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="367" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="369" />
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="371" />
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationListModel</name>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="138" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="140" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="142" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="144" />
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="146" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="148" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="150" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="152" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="154" />
        <source>Annotations</source>
        <translation>Mga annotation</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="156" />
        <source>Updated</source>
        <translation>Na-update</translation>
    </message>
</context>
<context>
    <name>huddle::models::FocusAreaModel</name>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="202" />
        <source>Mean change in the good direction over the judged sessions: positive is better, so a shorter AHT counts as a gain</source>
        <translation>Karaniwang pagbabago sa mabuting direksyon sa mga nasuring session: mas mabuti ang positibo, kaya itinuturing na pag-angat ang mas maikling AHT</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="208" />
        <source>Focus KPI</source>
        <translation>Focus KPI</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="210" />
        <source>Sessions</source>
        <translation>Mga session</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="212" />
        <source>Judged</source>
        <translation>Nasuri</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="214" />
        <source>Improved</source>
        <translation>Bumuti</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="216" />
        <source>Unchanged</source>
        <translation>Walang pagbabago</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="218" />
        <source>Worsened</source>
        <translation>Lumala</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="220" />
        <source>Mean improvement</source>
        <translation>Karaniwang pagbuti</translation>
    </message>
</context>
<context>
    <name>huddle::models::FollowUpModel</name>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="51" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue nang %n araw</numerusform><numerusform>Overdue nang %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="53" />
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="54" />
        <source>In %n day(s)</source>
        <translation><numerusform>Sa loob ng %n araw</numerusform><numerusform>Sa loob ng %n araw</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="134" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="136" />
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="138" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="140" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="142" />
        <source>Last session</source>
        <translation>Huling session</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="144" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="146" />
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="148" />
        <source>Open actions</source>
        <translation>Mga bukas na action item</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeInstanceModel</name>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="95" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="97" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="99" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="101" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="103" />
        <source>Points lost</source>
        <translation>Nawalang puntos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="105" />
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeModel</name>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="50" />
        <source>Critical: failing it sets the whole evaluation to 0 %</source>
        <translation>Critical: kapag bumagsak ito, magiging 0 % ang buong evaluation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/mistakemodel.cpp" line="52" />
        <source>QA percentage points this criterion cost, summed over %n evaluation(s)</source>
        <translation><numerusform>Mga QA percentage point na nawala dahil sa criterion na ito, kabuuan sa %n evaluation</numerusform><numerusform>Mga QA percentage point na nawala dahil sa criterion na ito, kabuuan sa %n evaluation</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="72" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="76" />
        <source>Auto-fail</source>
        <translation>Auto-fail</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="101" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="103" />
        <source>Section</source>
        <translation>Seksiyon</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="105" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="107" />
        <source>Failed / answered</source>
        <translation>Bumagsak / nasagot</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="109" />
        <source>Points lost</source>
        <translation>Nawalang puntos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="111" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>huddle::models::OpenActionModel</name>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="47" />
        <source>No due date</source>
        <translation>Walang due date</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="111" />
        <source>Due</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="113" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="115" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="117" />
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="119" />
        <source>Owner</source>
        <translation>Nakatoka</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="121" />
        <source>Agreed on</source>
        <translation>Napagkasunduan noong</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="123" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>huddle::models::PeerReviewAssignmentModel</name>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="68" />
        <source>Asked by %1 on %2</source>
        <translation>Hiniling ni %1 noong %2</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="85" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>To do</source>
        <translation>Gagawin pa</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="106" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="108" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="110" />
        <source>Handled by</source>
        <translation>Hinawakan ni</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="112" />
        <source>Asked by</source>
        <translation>Hiniling ni</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="114" />
        <source>Asked on</source>
        <translation>Hiniling noong</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="116" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>huddle::models::PhraseModel</name>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="221" />
        <source>Add phrase</source>
        <translation>Magdagdag ng parirala</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="229" />
        <source>No phrase in row %1.</source>
        <translation>Walang parirala sa row %1.</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Retire phrase</source>
        <translation>I-retire ang parirala</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Restore phrase</source>
        <translation>Ibalik ang parirala</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="277" />
        <source>Retired: no longer offered as homework</source>
        <translation>Naka-retire: hindi na iniaalok bilang homework</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="319" />
        <source>Edit phrase</source>
        <translation>I-edit ang parirala</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="340" />
        <source>Sessions that set the phrase as homework; such phrases can be retired but not deleted</source>
        <translation>Mga session na nagtakda sa parirala bilang homework; maaaring i-retire ang ganitong parirala pero hindi ito mabubura</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="345" />
        <source>Longer</source>
        <translation>Mas mahaba</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="347" />
        <source>Shorter</source>
        <translation>Mas maikli</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="349" />
        <source>Situations</source>
        <translation>Mga sitwasyon</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="351" />
        <source>CSAT checked</source>
        <translation>Nasuri sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="353" />
        <source>CSAT note</source>
        <translation>Tala sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="355" />
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
</context>
<context>
    <name>huddle::models::QaQueueModel</name>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="107" />
        <source>The survey answer on a 0–100 scale: on 1–5, a 1 is 0 % and a 5 is 100 %</source>
        <translation>Ang sagot sa survey sa scale na 0–100: sa 1–5, ang 1 ay 0 % at ang 5 ay 100 %</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="112" />
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="114" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="116" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="118" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="120" />
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="122" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="124" />
        <source>Sale</source>
        <translation>Benta</translation>
    </message>
</context>
<context>
    <name>huddle::models::ReviewNoteModel</name>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="55" />
        <source>%1 on %2's conversation %3 of %4:
%5</source>
        <translation>%1 sa usapang %3 ni %2 noong %4:
%5</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="72" />
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="74" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="76" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="78" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="80" />
        <source>Note</source>
        <translation>Tala</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScoreHistoryModel</name>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="70" />
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="72" />
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="74" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="76" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="78" />
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardEditModel</name>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="19" />
        <source>Yes / no</source>
        <translation>Oo / hindi</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="20" />
        <source>Scale 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="86" />
        <source>Change the scorecard</source>
        <translation>Palitan ang scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="179" />
        <source>Share of the total: weight × points possible (1 for yes/no, 4 for a 1–5 scale) ÷ the same summed over every criterion, when nothing is answered N/A.</source>
        <translation>Bahagi ng total: weight × posibleng puntos (1 para sa oo/hindi, 4 para sa scale na 1–5) ÷ ang kaparehong kabuuan sa bawat criterion, kapag walang sinagot na N/A.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="275" />
        <source>Edit the scorecard</source>
        <translation>I-edit ang scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="332" />
        <source>Section / criterion</source>
        <translation>Seksiyon / criterion</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="334" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="336" />
        <source>Share</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="338" />
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="340" />
        <source>Auto-fail</source>
        <translation>Auto-fail</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="342" />
        <source>N/A allowed</source>
        <translation>Pinapayagan ang N/A</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="36" />
        <source>New section</source>
        <translation>Bagong seksiyon</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="37" />
        <location filename="../app/models/scorecardstructure.cpp" line="53" />
        <source>New criterion</source>
        <translation>Bagong criterion</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="39" />
        <source>Add a section</source>
        <translation>Magdagdag ng seksiyon</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="55" />
        <source>Add a criterion</source>
        <translation>Magdagdag ng criterion</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="72" />
        <source>Remove section “%1”</source>
        <translation>Alisin ang seksiyong “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="73" />
        <source>Remove criterion “%1”</source>
        <translation>Alisin ang criterion na “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move up</source>
        <translation>Ilipat pataas</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move down</source>
        <translation>Ilipat pababa</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardListModel</name>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="13" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="14" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="28" />
        <source>Saves as version %1 because %n evaluation(s) use version %2; they keep it.</source>
        <translation><numerusform>Sine-save bilang bersiyon %1 dahil %n evaluation ang gumagamit ng bersiyon %2; mananatili ito sa kanila.</numerusform><numerusform>Sine-save bilang bersiyon %1 dahil %n evaluation ang gumagamit ng bersiyon %2; mananatili ito sa kanila.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="33" />
        <source>Saves version %1 in place: no evaluation uses it yet.</source>
        <translation>Sine-save ang bersiyon %1 sa mismong lugar nito: wala pang evaluation na gumagamit nito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="34" />
        <source>Saves as version %1 if evaluations use version %2 (%n evaluation(s) use its versions); they keep theirs.</source>
        <translation><numerusform>Sine-save bilang bersiyon %1 kung may mga evaluation na gumagamit ng bersiyon %2 (%n evaluation ang gumagamit ng mga bersiyon nito); mananatili sa kanila ang kanilang bersiyon.</numerusform><numerusform>Sine-save bilang bersiyon %1 kung may mga evaluation na gumagamit ng bersiyon %2 (%n evaluation ang gumagamit ng mga bersiyon nito); mananatili sa kanila ang kanilang bersiyon.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="89" />
        <source>Retired: no longer offered for new evaluations. Its evaluations keep it.</source>
        <translation>Naka-retire: hindi na iniaalok para sa mga bagong evaluation. Mananatili ito sa mga evaluation nito.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="96" />
        <source>%1 (retired)</source>
        <translation>%1 (naka-retire)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="102" />
        <source>Any</source>
        <translation>Kahit ano</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="115" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="117" />
        <source>Version</source>
        <translation>Bersiyon</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="119" />
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="121" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="123" />
        <source>Evaluations</source>
        <translation>Mga evaluation</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardModel</name>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="121" />
        <source>Far below</source>
        <translation>Lubhang kulang</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="123" />
        <source>Below</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="125" />
        <source>Met</source>
        <translation>Naabot</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="127" />
        <source>Exceeded</source>
        <translation>Nalampasan</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="220" />
        <source>Weighted KPI score: each KPI's band is worth %1 / %2 / %3 / %4 points (far below to exceeded), weighted by the plan and averaged over the KPIs with data.
This score covers %5 of the plan's 100 weight.</source>
        <translation>Weighted na KPI score: ang band ng bawat KPI ay may halagang %1 / %2 / %3 / %4 puntos (mula lubhang kulang hanggang nalampasan), tinimbang ayon sa plan at ina-average sa mga KPI na may data.
Sakop ng score na ito ang %5 sa 100 weight ng plan.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="291" />
        <source>▲ Better than the previous period (%1)</source>
        <translation>▲ Mas mahusay kaysa sa nakaraang panahon (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="293" />
        <source>▼ Worse than the previous period (%1)</source>
        <translation>▼ Mas mahina kaysa sa nakaraang panahon (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="295" />
        <source>= About the same as the previous period (%1)</source>
        <translation>= Halos pareho sa nakaraang panahon (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="299" />
        <source>No data in the previous period.</source>
        <translation>Walang data sa nakaraang panahon.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="313" />
        <source>Fewer than %1 observations: read with care.</source>
        <translation>Kulang sa %1 obserbasyon: basahin nang maingat.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="320" />
        <source>Band: %1 (%2)</source>
        <translation>Band: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="321" />
        <source>Band: %1, by the plan of team %2</source>
        <translation>Band: %1, ayon sa plan ng team %2</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="338" />
        <source>%1
Not weighed in the score.</source>
        <translation>%1
Hindi tinimbang sa score.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="339" />
        <source>%1
Weight %2 of 100 in the score; %3.</source>
        <translation>%1
Weight %2 sa 100 sa score; %3.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="358" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="360" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="362" />
        <source>Handled</source>
        <translation>Na-handle</translation>
    </message>
</context>
<context>
    <name>huddle::models::SessionEffectModel</name>
    <message numerus="yes">
        <location filename="../app/models/coachingeffectmodel.cpp" line="100" />
        <source>The %n day(s) before the session day, and as many after it (the session day counts for neither)</source>
        <translation><numerusform>Ang %n araw bago ang araw ng session, at ganoon din karami pagkatapos nito (hindi kabilang sa alinman ang araw ng session)</numerusform><numerusform>Ang %n araw bago ang araw ng session, at ganoon din karami pagkatapos nito (hindi kabilang sa alinman ang araw ng session)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="107" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="109" />
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="111" />
        <source>n before</source>
        <translation>n bago</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="113" />
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="115" />
        <source>n after</source>
        <translation>n pagkatapos</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="117" />
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="119" />
        <source>Verdict</source>
        <translation>Hatol</translation>
    </message>
</context>
<context>
    <name>huddle::models::TranscriptModel</name>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="56" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="58" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="60" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="98" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="100" />
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="102" />
        <source>Speaker</source>
        <translation>Nagsasalita</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="104" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>huddle::reports</name>
    <message>
        <location filename="../app/reports/csvexport.cpp" line="96" />
        <location filename="../app/reports/csvexport.cpp" line="99" />
        <location filename="../app/reports/xlsxexport.cpp" line="277" />
        <location filename="../app/reports/xlsxexport.cpp" line="284" />
        <source>cannot write: %1</source>
        <translation>hindi maisulat: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="179" />
        <source>%1 rows do not fit in an XLSX worksheet (at most %2 below the header); export CSV</source>
        <translation>Hindi kasya ang %1 row sa isang XLSX worksheet (hanggang %2 lang sa ilalim ng header); mag-export ng CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="185" />
        <source>%1 columns do not fit in an XLSX worksheet (at most %2)</source>
        <translation>Hindi kasya ang %1 column sa isang XLSX worksheet (hanggang %2 lang)</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="213" />
        <source>cannot create the workbook</source>
        <translation>hindi magawa ang workbook</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="224" />
        <source>cannot add a worksheet</source>
        <translation>hindi makapagdagdag ng worksheet</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="280" />
        <source>cannot write the workbook: %1</source>
        <translation>hindi maisulat ang workbook: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="282" />
        <source>cannot replace the existing file</source>
        <translation>hindi mapalitan ang kasalukuyang file</translation>
    </message>
</context>
<context>
    <name>huddle::reports::BonusPdf</name>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="29" />
        <source>Could not write the bonus report to %1: %2</source>
        <translation>Hindi maisulat ang ulat ng bonus sa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="70" />
        <location filename="../app/reports/bonuspdflayout.cpp" line="79" />
        <source>Monthly bonus — %1</source>
        <translation>Buwanang bonus — %1</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="76" />
        <source>the PDF could not be started</source>
        <translation>hindi masimulan ang PDF</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="25" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="51" />
        <source>This month was computed with a plan given for the run, not with the plans stored for the teams.</source>
        <translation>Kinuwenta ang buwang ito gamit ang plan na ibinigay para sa pagpapatakbong ito, hindi ang mga plan na naka-save para sa mga team.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="57" />
        <location filename="../app/reports/bonusplanwording.cpp" line="67" />
        <location filename="../app/reports/bonusplanwording.cpp" line="99" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="63" />
        <source>Components</source>
        <translation>Mga component</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>No gates</source>
        <translation>Walang gate</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>Gates</source>
        <translation>Mga gate</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="69" />
        <source>Cap and score weights</source>
        <translation>Cap at mga score weight</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="79" />
        <source>Appendix: plans and definitions</source>
        <translation>Apendiks: mga plan at kahulugan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="81" />
        <source>KPI definitions in force</source>
        <translation>Mga umiiral na kahulugan ng KPI</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="85" />
        <source>Rounding</source>
        <translation>Pag-round</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="87" />
        <source>CSV export</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="89" />
        <source>The CSV export of this month has one row per agent and line; its SHA-256 is %1. The same data and plans always give the same file, so a copy can be checked against this report.</source>
        <translation>May isang row bawat agent at linya ang CSV export ng buwang ito; ang SHA-256 nito ay %1. Laging iisang file ang nabubuo mula sa parehong data at mga plan, kaya maaaring suriin ang isang kopya laban sa ulat na ito.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="33" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="35" />
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="37" />
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="39" />
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="89" />
        <source>Computed with a plan given for this run, not the plans stored for the teams.</source>
        <translation>Kinuwenta gamit ang plan na ibinigay para sa pagpapatakbong ito, hindi ang mga plan na naka-save para sa mga team.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="94" />
        <source>Totals per team</source>
        <translation>Mga kabuuan bawat team</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="98" />
        <source>Each team's section lists every agent's lines with the figures behind them; the plans, the KPI definitions and the rounding rule are in the appendix.</source>
        <translation>Inililista ng seksyon ng bawat team ang mga linya ng bawat agent kasama ang mga numerong pinagbatayan ng mga ito; nasa apendiks ang mga plan, ang mga kahulugan ng KPI at ang panuntunan sa pag-round.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Agents</source>
        <translation>Mga agent</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="127" />
        <source>Site total</source>
        <translation>Kabuuan ng site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="136" />
        <source>%1 (continued)</source>
        <translation>%1 (karugtong)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonuspdflayout.cpp" line="140" />
        <source>%n agent(s), total %1</source>
        <translation><numerusform>%n agent, kabuuan %1</numerusform><numerusform>%n agent, kabuuan %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="153" />
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="155" />
        <source>Explanation</source>
        <translation>Paliwanag</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="156" />
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="178" />
        <source>%1  ·  ID %2</source>
        <translation>%1  ·  ID %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="221" />
        <source>Page %1 of %2</source>
        <translation>Pahina %1 ng %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="233" />
        <source>CSV SHA-256: %1</source>
        <translation>CSV SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="16" />
        <source>attendance %</source>
        <translation>attendance %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="18" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="20" />
        <source>sales conversion %</source>
        <translation>sales conversion %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="22" />
        <source>QA score %</source>
        <translation>QA score %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="24" />
        <source>AHT (seconds)</source>
        <translation>AHT (segundo)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="26" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="28" />
        <source>conversations per hour</source>
        <translation>usapan bawat oras</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="30" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="47" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="56" />
        <source>%1 and above → %2</source>
        <translation>%1 pataas → %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="57" />
        <source>%1 to under %2 → %3</source>
        <translation>%1 hanggang mas mababa sa %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="65" />
        <source>tier %1 %2</source>
        <translation>tier %1 %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="66" />
        <source>per sale: %1; any other tier %2.</source>
        <translation>bawat benta: %1; anumang ibang tier %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="75" />
        <source>by %1: %2.</source>
        <translation>ayon sa %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="80" />
        <source>No band applies on fewer than %n observation(s).</source>
        <translation><numerusform>Walang band na umiiral kapag kulang sa %n obserbasyon.</numerusform><numerusform>Walang band na umiiral kapag kulang sa %n obserbasyon.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="90" />
        <source>%1 % of the agent's sales amount.</source>
        <translation>%1 % ng halaga ng benta ng agent.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="91" />
        <source>%1 % of the components listed before it.</source>
        <translation>%1 % ng mga component na nakalista bago nito.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="98" />
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="110" />
        <source>weighted KPI score</source>
        <translation>weighted KPI score</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="112" />
        <source>no-call-no-shows</source>
        <translation>mga no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="114" />
        <source>unexcused absences</source>
        <translation>mga unexcused absence</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="116" />
        <source>attendance violations</source>
        <translation>mga attendance violation</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="118" />
        <source>late arrivals</source>
        <translation>mga late na pagdating</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="120" />
        <source>sales</source>
        <translation>benta</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="122" />
        <source>sales amount</source>
        <translation>halaga ng benta</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="124" />
        <source>conversations handled</source>
        <translation>mga na-handle na usapan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="126" />
        <source>CSAT responses</source>
        <translation>Mga sagot sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="128" />
        <source>QA evaluations</source>
        <translation>Mga QA evaluation</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="130" />
        <source>perfect-CSAT month</source>
        <translation>buwan ng perfect CSAT</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="143" />
        <source>a perfect-CSAT month (CSAT 100 % on at least %n response(s))</source>
        <translation><numerusform>isang buwan ng perfect CSAT (CSAT 100 % sa hindi bababa sa %n sagot)</numerusform><numerusform>isang buwan ng perfect CSAT (CSAT 100 % sa hindi bababa sa %n sagot)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="153" />
        <source>, judged on at least %n observation(s)</source>
        <translation><numerusform>, sinuri sa hindi bababa sa %n obserbasyon</numerusform><numerusform>, sinuri sa hindi bababa sa %n obserbasyon</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="164" />
        <source>%1 when %2.</source>
        <translation>%1 kapag %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="178" />
        <location filename="../app/reports/bonusplanwording.cpp" line="199" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="188" />
        <source>when %1 → bonus %2.</source>
        <translation>kapag %1 → bonus %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="191" />
        <source>when %1 → reduced by %2 % of the components' subtotal.</source>
        <translation>kapag %1 → babawasan nang %2 % ng subtotal ng mga component.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="195" />
        <source>when %1 → reduced by %2 (never below %3).</source>
        <translation>kapag %1 → babawasan nang %2 (hindi kailanman bababa sa %3).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="204" />
        <source>Cap per agent: %1.</source>
        <translation>Cap bawat agent: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="205" />
        <source>No cap per agent.</source>
        <translation>Walang cap bawat agent.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="207" />
        <source>Weighted KPI score: the weights of the team's KPI plan.</source>
        <translation>Weighted KPI score: ang mga weight ng KPI plan ng team.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="208" />
        <source>Weighted KPI score weights: %1.</source>
        <translation>Mga weight ng weighted KPI score: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="214" />
        <source>%1: built-in example plan “%2”</source>
        <translation>%1: built-in na halimbawang plan na “%2”</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="215" />
        <source>%1: “%2”, version %3, valid from %4</source>
        <translation>%1: “%2”, bersiyon %3, may bisa mula %4</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="224" />
        <source>CSAT %: satisfied responses ÷ all responses, credited to the agent who handled the conversation. Satisfied: %1–5 on 1–5, %2–10 on 1–10, %3–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: mga kuntentong sagot ÷ lahat ng sagot, iniuugnay sa agent na humawak ng usapan. Kuntento: %1–5 sa 1–5, %2–10 sa 1–10, %3–10 sa 0–10, “good” sa good/bad.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="228" />
        <source>Perfect-CSAT month: CSAT 100 % with at least %1 responses in the month (a plan's condition may set its own minimum).</source>
        <translation>Buwan ng perfect CSAT: CSAT 100 % na may hindi bababa sa %1 sagot sa buwan (maaaring magtakda ng sariling minimum ang kondisyon ng isang plan).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="231" />
        <source>Attendance %: shifts attended ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows; late arrivals are counted separately.</source>
        <translation>Attendance %: mga shift na pinasukan ÷ mga naka-schedule na shift. Mga violation: mga unexcused absence at no-call-no-show; hiwalay na binibilang ang mga late na pagdating.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="233" />
        <source>QA score %: Σ (weight × points earned) ÷ Σ (weight × points possible) over the criteria that apply; a failed auto-fail criterion scores the evaluation 0.</source>
        <translation>QA score %: Σ (weight × puntos na nakuha) ÷ Σ (weight × posibleng puntos) sa mga criterion na naaangkop; kapag bumagsak sa isang auto-fail na criterion, 0 ang score ng evaluation.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="236" />
        <source>Sales: the agent's sales in the month, counted and summed by product tier; conversion = sales ÷ conversations handled.</source>
        <translation>Benta: ang mga benta ng agent sa buwan, binilang at pinagsama ayon sa tier ng produkto; conversion = benta ÷ mga na-handle na usapan.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="239" />
        <source>Weighted KPI score: each KPI mapped to 0–100 points by the team's target bands, combined with weights that sum to 100.</source>
        <translation>Weighted KPI score: ginagawang 0–100 puntos ang bawat KPI ayon sa mga target band ng team, at pinagsasama gamit ang mga weight na may kabuuang 100.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="242" />
        <source>Rates on fewer than %1 observations are small samples: read them with care.</source>
        <translation>Maliliit na sample ang mga rate na kulang sa %1 obserbasyon: basahin ang mga ito nang maingat.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="244" />
        <source>A month is a calendar month of days in the site's time zone.</source>
        <translation>Ang isang buwan ay isang buwan sa kalendaryo, ayon sa time zone ng site.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="35" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="41" />
        <source>Not locked — figures may still change</source>
        <translation>Hindi naka-lock — maaari pang magbago ang mga numero</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="43" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Na-lock ni %1 noong %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="49" />
        <source>No team</source>
        <translation>Walang team</translation>
    </message>
</context>
<context>
    <name>huddle::reports::BonusXlsx</name>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="38" />
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Locked</source>
        <translation>Naka-lock</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="41" />
        <source>Locked by</source>
        <translation>Na-lock ni</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="42" />
        <source>Locked at (UTC)</source>
        <translation>Na-lock noong (UTC)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="44" />
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Agents</source>
        <translation>Mga agent</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="51" />
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="52" />
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="56" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="57" />
        <source>Computed with a plan given for this run, not the stored plans</source>
        <translation>Kinuwenta gamit ang plan na ibinigay para sa pagpapatakbong ito, hindi ang mga naka-save na plan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="58" />
        <source>Rounding</source>
        <translation>Pag-round</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="59" />
        <source>CSV SHA-256</source>
        <translation>CSV SHA-256</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="60" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="62" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="64" />
        <source>Site total</source>
        <translation>Kabuuan ng site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent ID</source>
        <translation>Agent ID</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Line kind</source>
        <translation>Uri ng linya</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Explanation</source>
        <translation>Paliwanag</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="105" />
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="109" />
        <source>Monthly bonus %1</source>
        <translation>Buwanang bonus %1</translation>
    </message>
</context>
<context>
    <name>huddle::reports::CoachingSummary</name>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="49" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="51" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="53" />
        <source>Sales conversion</source>
        <translation>Sales conversion</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="55" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="57" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="59" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="61" />
        <source>Conversations per hour</source>
        <translation>Usapan bawat oras</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="63" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="98" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="119" />
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="131" />
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="133" />
        <source>Held</source>
        <translation>Naganap</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="135" />
        <source>Closed</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="144" />
        <source>Not enough data</source>
        <translation>Kulang ang data</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="146" />
        <source>Measuring: %1 of %2 days</source>
        <translation>Sinusukat: %1 sa %2 araw</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="149" />
        <source>Improved</source>
        <translation>Bumuti</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="151" />
        <source>Unchanged</source>
        <translation>Walang pagbabago</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="153" />
        <source>Worsened</source>
        <translation>Lumala</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="161" />
        <source>Before: %1 – %2</source>
        <translation>Bago: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="163" />
        <source>after: not started yet</source>
        <translation>pagkatapos: hindi pa nagsisimula</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="165" />
        <source>after: %1 – %2</source>
        <translation>pagkatapos: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="167" />
        <source>after: %1 – %2, still running</source>
        <translation>pagkatapos: %1 – %2, tumatakbo pa</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="169" />
        <source>%1; %2. No result is claimed on fewer than 10 observations on either side.</source>
        <translation>%1; %2. Walang resultang idinedeklara kapag kulang sa 10 obserbasyon sa alinmang panig.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="198" />
        <location filename="../app/reports/coachingsummary.cpp" line="348" />
        <source>Coaching session summary</source>
        <translation>Buod ng coaching session</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="203" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="206" />
        <source>Session day</source>
        <translation>Araw ng session</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="207" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="219" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (katabi ng AHT)</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="226" />
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="232" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="241" />
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="243" />
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="257" />
        <source>What we discussed</source>
        <translation>Ang napag-usapan natin</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="265" />
        <source>What was agreed</source>
        <translation>Ang napagkasunduan</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="277" />
        <source>Done %1</source>
        <translation>Natapos %1</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="278" />
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="279" />
        <source>Action items</source>
        <translation>Mga action item</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Owner</source>
        <translation>Nakatoka</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Due</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="281" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="289" />
        <source>Homework: shorter phrases</source>
        <translation>Homework: mas maiikling parirala</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="292" />
        <source>Instead of “%1” say “%2”</source>
        <translation>Sa halip na “%1”, sabihing “%2”</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="300" />
        <source>Acknowledged by the agent on %1.</source>
        <translation>Kinilala ng agent noong %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="302" />
        <source>Not acknowledged by the agent yet.</source>
        <translation>Hindi pa kinikilala ng agent.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="305" />
        <source>Next follow-up: %1.</source>
        <translation>Susunod na follow-up: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="306" />
        <source>No follow-up planned.</source>
        <translation>Walang nakaplanong follow-up.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="307" />
        <source>Acknowledgement and follow-up</source>
        <translation>Pagkilala at follow-up</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="322" />
        <source>Could not write the coaching summary to %1: %2</source>
        <translation>Hindi maisulat ang buod ng coaching sa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="363" />
        <source>the PDF could not be started</source>
        <translation>hindi masimulan ang PDF</translation>
    </message>
</context>
<context>
    <name>huddle::reports::TableExport</name>
    <message>
        <location filename="../app/reports/tableexport.cpp" line="32" />
        <source>cannot export a table as '.%1': choose .csv or .xlsx</source>
        <translation>hindi ma-export ang table bilang '.%1': pumili ng .csv o .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::reports::bonusrun</name>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="29" />
        <source>Moved from %1 on %2</source>
        <translation>Inilipat mula sa %1 noong %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="100" />
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="196" />
        <source>a bonus run needs a month</source>
        <translation>kailangan ng buwan sa pagkuwenta ng bonus</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="240" />
        <source>a month computed with a plan from a file cannot be locked; save the plan first and run the month again</source>
        <translation>hindi maaaring i-lock ang buwang kinuwenta gamit ang plan mula sa isang file; i-save muna ang plan at kuwentahin ulit ang buwan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrunlocked.cpp" line="21" />
        <source>the bonus plan %1 recorded with the lock is missing</source>
        <translation>nawawala ang bonus plan %1 na itinala kasama ng lock</translation>
    </message>
</context>
<context>
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="35" />
        <source>there is no agent with id %1</source>
        <translation>walang agent na may id na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="49" />
        <source>the stored attendance ladder is invalid: %1</source>
        <translation>invalid ang naka-save na hagdan ng babala sa attendance: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="59" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>“%2” ang laman ng setting na %1, hindi bilang ng araw</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="62" />
        <source>the setting %1 is invalid: %2</source>
        <translation>invalid ang setting na %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="46" />
        <source>attendance of agent %1 on %2 has an unknown status "%3"</source>
        <translation>may hindi kilalang status na “%3” ang attendance ng agent %1 noong %2</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="107" />
        <source>a shift needs a valid day</source>
        <translation>kailangan ng shift ang isang valid na araw</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="109" />
        <source>a shift lasts 1 to 1440 minutes, not %1</source>
        <translation>tumatagal ang shift nang 1 hanggang 1440 minuto, hindi %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="111" />
        <source>late minutes cannot be negative (%1)</source>
        <translation>hindi maaaring negatibo ang minuto ng pagka-late (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="113" />
        <source>late minutes are given only for a shift the agent was late to</source>
        <translation>inilalagay lang ang minuto ng pagka-late para sa shift na na-late ang agent</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="125" />
        <source>there is no agent %1</source>
        <translation>walang agent na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="94" />
        <source>reading the last audit entry</source>
        <translation>binabasa ang huling audit entry</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="111" />
        <source>waiting for the audit log</source>
        <translation>hinihintay ang audit log</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="118" />
        <source>chaining audit entry %1</source>
        <translation>ikinakabit sa chain ang audit entry %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="171" />
        <source>reading the audit log</source>
        <translation>binabasa ang audit log</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="58" />
        <source>reading CSAT responses</source>
        <translation>binabasa ang mga sagot sa CSAT</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Satisfied</source>
        <translation>Kuntento</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="69" />
        <source>Day summary: %n response(s)</source>
        <translation>Buod ng araw: %n sagot|Buod ng araw: %n sagot</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="70" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="101" />
        <source>reading sales</source>
        <translation>binabasa ang mga benta</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="112" />
        <source>%n sale(s) in the day's summary</source>
        <translation>%n benta sa buod ng araw|%n benta sa buod ng araw</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="113" />
        <source>%n sale(s) stated on the conversation</source>
        <translation>%n benta na nakasaad sa usapan|%n benta na nakasaad sa usapan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="124" />
        <source>No-call-no-show</source>
        <translation>No-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="126" />
        <source>Unexcused absence</source>
        <translation>Unexcused na absence</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="128" />
        <source>Excused absence</source>
        <translation>Excused na absence</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="130" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="140" />
        <location filename="../app/storage/bonusinputreader.cpp" line="138" />
        <source>reading attendance</source>
        <translation>binabasa ang attendance</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Late (min)</source>
        <translation>Late (min)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="161" />
        <source>reading QA evaluations</source>
        <translation>binabasa ang mga QA evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="177" />
        <source>Attendance %</source>
        <translation>Attendance %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="178" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="179" />
        <source>Sales conversion %</source>
        <translation>Sales conversion %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="180" />
        <source>QA %</source>
        <translation>QA %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="181" />
        <source>AHT (s)</source>
        <translation>AHT (s)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="182" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="183" />
        <source>CpH</source>
        <translation>CpH</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="184" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Far below</source>
        <translation>Lubhang kulang</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Below</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Met</source>
        <translation>Naabot</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Exceeded</source>
        <translation>Nalampasan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="64" />
        <source>reading teams</source>
        <translation>binabasa ang mga team</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="81" />
        <source>reading team memberships</source>
        <translation>binabasa ang mga miyembro ng team</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="120" />
        <source>reading sales by tier</source>
        <translation>binabasa ang benta ayon sa tier</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="41" />
        <source>bonus lock %1 names no month: “%2”</source>
        <translation>walang binabanggit na buwan ang bonus lock %1: “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="79" />
        <source>reading the bonus locks</source>
        <translation>binabasa ang mga bonus lock</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="87" />
        <source>a frozen bonus line of %1 has an unknown kind “%2” or evidence “%3”</source>
        <translation>may hindi kilalang uri na “%2” o ebidensyang “%3” ang isang naka-freeze na linya ng bonus ng %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="122" />
        <source>freezing the bonus lines</source>
        <translation>ini-freeze ang mga linya ng bonus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="131" />
        <source>a lock needs the month to lock</source>
        <translation>kailangan ng lock ang buwang ila-lock</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="133" />
        <source>locking %1 needs your name and a reason</source>
        <translation>kailangan ang pangalan mo at ang dahilan para i-lock ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="138" />
        <source>%1 has not ended yet; it can be locked from %2</source>
        <translation>hindi pa tapos ang %1; maaari itong i-lock simula %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="152" />
        <source>%1 is already locked (by %2 on %3)</source>
        <translation>naka-lock na ang %1 (ni %2 noong %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="176" />
        <source>locking the month</source>
        <translation>ini-lock ang buwan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="214" />
        <source>%1, a later month, is locked too: its adjustments were computed against the lock of %2; unlock %1 first</source>
        <translation>naka-lock din ang %1, isang mas huling buwan: kinuwenta ang mga adjustment nito batay sa lock ng %2; i-unlock muna ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="227" />
        <source>%1 is not locked</source>
        <translation>hindi naka-lock ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="235" />
        <source>unlocking the month</source>
        <translation>ina-unlock ang buwan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="49" />
        <source>stored bonus plan %1 (version %2) is damaged: %3</source>
        <translation>sira ang naka-save na bonus plan %1 (bersiyon %2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="52" />
        <source>its month is “%1”</source>
        <translation>“%1” ang buwan nito</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="82" />
        <source>reading the bonus plan</source>
        <translation>binabasa ang bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="94" />
        <source>reading the team</source>
        <translation>binabasa ang team</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="98" />
        <source>there is no team %1 to give a bonus plan</source>
        <translation>walang team na %1 na mabibigyan ng bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="112" />
        <source>%1 is locked; a plan can start from %2 at the earliest</source>
        <translation>naka-lock ang %1; maaaring magsimula ang plan nang pinakamaaga sa %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="124" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="126" />
        <source>numbering the bonus plan</source>
        <translation>nilalagyan ng numero ang bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="140" />
        <source>saving the bonus plan</source>
        <translation>sine-save ang bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="163" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="165" />
        <source>reading the newest bonus plan</source>
        <translation>binabasa ang pinakabagong bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="166" />
        <source>the site</source>
        <translation>ang site</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="171" />
        <source>version %1 of the bonus plan for %2 was saved by %3 at %4 while you were writing the first one; look at it, then save your change again</source>
        <translation>na-save ni %3 noong %4 ang bersiyon %1 ng bonus plan para sa %2 habang isinusulat mo ang una; tingnan ito, saka i-save ulit ang pagbabago mo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="177" />
        <source>version %1 of the bonus plan for %3 was saved by %4 at %5 after you opened version %2; look at it, then save your change again</source>
        <translation>na-save ni %4 noong %5 ang bersiyon %1 ng bonus plan para sa %3 matapos mong buksan ang bersiyon %2; tingnan ito, saka i-save ulit ang pagbabago mo</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="34" />
        <source>a calibration session needs a name</source>
        <translation>kailangan ng pangalan ang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="36" />
        <source>a calibration session needs the name of whoever creates it</source>
        <translation>kailangan ng calibration session ang pangalan ng gumawa nito</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="38" />
        <source>a calibration session needs at least one conversation</source>
        <translation>kailangan ng calibration session ang kahit isang usapan</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="41" />
        <source>a conversation is listed twice in the calibration session</source>
        <translation>dalawang beses nakalista ang isang usapan sa calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="43" />
        <source>a calibration session needs at least two evaluators</source>
        <translation>kailangan ng calibration session ang hindi bababa sa dalawang evaluator</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="47" />
        <source>an evaluator of the calibration session has no name</source>
        <translation>walang pangalan ang isang evaluator ng calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="49" />
        <source>%1 is listed twice as an evaluator</source>
        <translation>dalawang beses nakalista si %1 bilang evaluator</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="62" />
        <source>reading the scorecard</source>
        <translation>binabasa ang scorecard</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="66" />
        <source>scorecard version %1 does not exist</source>
        <translation>hindi umiiral ang bersiyon %1 ng scorecard</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="69" />
        <source>%1 is a peer-review scorecard; calibration uses a QA scorecard</source>
        <translation>peer-review scorecard ang %1; QA scorecard ang ginagamit sa calibration</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="81" />
        <location filename="../app/storage/transcriptrepository.cpp" line="65" />
        <source>reading conversation %1</source>
        <translation>binabasa ang usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="84" />
        <location filename="../app/storage/transcriptrepository.cpp" line="69" />
        <source>conversation %1 does not exist</source>
        <translation>hindi umiiral ang usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="86" />
        <source>conversation %1 was not handled by an agent</source>
        <translation>hindi na-handle ng isang agent ang usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="106" />
        <source>adding the calibration session</source>
        <translation>idinadagdag ang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="116" />
        <source>adding the session's conversations</source>
        <translation>idinadagdag ang mga usapan ng session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="123" />
        <source>adding the session's evaluators</source>
        <translation>idinadagdag ang mga evaluator ng session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="158" />
        <source>reading calibration sessions</source>
        <translation>binabasa ang mga calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="184" />
        <source>reading calibration evaluators</source>
        <translation>binabasa ang mga evaluator ng calibration</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="202" />
        <source>reading the session's conversations</source>
        <translation>binabasa ang mga usapan ng session</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="97" />
        <source>the agent</source>
        <translation>ang agent</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="99" />
        <source>the coach</source>
        <translation>ang coach</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="101" />
        <source>the day</source>
        <translation>ang araw</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="103" />
        <source>the focus KPIs</source>
        <translation>ang mga focus KPI</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="105" />
        <source>the notes</source>
        <translation>ang mga tala</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="107" />
        <source>the agenda</source>
        <translation>ang agenda</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="109" />
        <source>the action items (only their done state can change)</source>
        <translation>ang mga action item (ang pagiging tapos lang nila ang maaaring magbago)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="111" />
        <source>the homework</source>
        <translation>ang homework</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="36" />
        <source>the coaching effect is measured over %1 to %2 days, not %3</source>
        <translation>sinusukat ang epekto ng coaching sa loob ng %1 hanggang %2 araw, hindi %3</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="75" />
        <source>measuring a coaching effect needs the session's day and today's date</source>
        <translation>kailangan ang araw ng session at ang petsa ngayong araw para masukat ang epekto ng coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="43" />
        <source>action item %1 says nothing: write what was agreed or remove it</source>
        <translation>walang laman ang action item %1: isulat ang napagkasunduan o alisin ito</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="45" />
        <source>action item %1 is marked done without the day it was done</source>
        <translation>minarkahang tapos ang action item %1 nang walang araw kung kailan ito natapos</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="56" />
        <source>there is no agent %1 to coach</source>
        <translation>walang agent na %1 na ico-coach</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="60" />
        <source>a coaching session needs a valid day</source>
        <translation>kailangan ng coaching session ang isang valid na araw</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="65" />
        <source>agenda item %1 has no title</source>
        <translation>walang pamagat ang agenda item %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="87" />
        <source>reopening a closed session needs a reason</source>
        <translation>kailangan ng dahilan para buksang muli ang saradong session</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="95" />
        <source>a held session cannot go back to planned</source>
        <translation>hindi na maaaring ibalik sa nakaplano ang session na naganap na</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="96" />
        <source>a closed session can only be reopened as held</source>
        <translation>maaari lang buksang muli ang saradong session bilang naganap</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="51" />
        <source>coaching session %1 has an unknown status “%2”</source>
        <translation>may hindi kilalang status na “%2” ang coaching session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="58" />
        <source>agenda item %1 has an unknown kind “%2”</source>
        <translation>may hindi kilalang uri na “%2” ang agenda item %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="142" />
        <source>there is no coaching session %1</source>
        <translation>walang coaching session na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="189" />
        <source>unknown focus KPI “%1” in a coaching session</source>
        <translation>hindi kilalang focus KPI na “%1” sa isang coaching session</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="77" />
        <source>reading the tables of the database</source>
        <translation>binabasa ang mga table ng database</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="100" />
        <source>reading the foreign keys of the database</source>
        <translation>binabasa ang mga foreign key ng database</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="133" />
        <source>the foreign keys of the tables %1 form a cycle, so no table of them can be copied before the others</source>
        <translation>bumubuo ng cycle ang mga foreign key ng mga table na %1, kaya walang table sa mga ito ang maaaring makopya bago ang iba</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="43" />
        <source>listing the tables of %1</source>
        <translation>inililista ang mga table ng %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="111" />
        <source>the target has no table %1</source>
        <translation>walang table na %1 sa target</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="114" />
        <source>table %1 has other columns in the target than in the source</source>
        <translation>magkaiba ang mga column ng table na %1 sa target at sa source</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="117" />
        <source>the source has no table %1</source>
        <translation>walang table na %1 sa source</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="145" />
        <source>the copy was cancelled</source>
        <translation>kinansela ang pagkopya</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="163" />
        <location filename="../app/storage/databasecopy.cpp" line="187" />
        <source>reading table %1</source>
        <translation>binabasa ang table na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="168" />
        <source>copying table %1</source>
        <translation>kinokopya ang table na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="202" />
        <source>emptying table %1 of the target</source>
        <translation>inaalisan ng laman ang table na %1 ng target</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="228" />
        <source>moving the id sequence of table %1</source>
        <translation>inililipat ang id sequence ng table na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="262" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="293" />
        <source>the source</source>
        <translation>ang source</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="296" />
        <source>the target</source>
        <translation>ang target</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="301" />
        <source>copying the database</source>
        <translation>kinokopya ang database</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="43" />
        <source>there is no dispute %1</source>
        <translation>walang dispute na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="45" />
        <source>dispute %1 is already decided; a decision is final</source>
        <translation>napagpasyahan na ang dispute %1; final ang desisyon</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="47" />
        <source>evaluation %1 is a draft: save the draft instead</source>
        <translation>draft ang evaluation %1: i-save na lang ang draft</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="50" />
        <source>evaluation %1 is disputed: only the arbitrator's decision changes it now</source>
        <translation>naka-dispute ang evaluation %1: ang desisyon na lang ng arbitrator ang makapagbabago rito ngayon</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="52" />
        <source>evaluation %1 is final and can no longer change</source>
        <translation>final na ang evaluation %1 at hindi na maaaring magbago</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="57" />
        <source>an edit keeps the evaluation's conversation and scorecard version</source>
        <translation>pinapanatili ng pag-edit ang usapan at ang bersiyon ng scorecard ng evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="48" />
        <source>there is no evaluation %1</source>
        <translation>walang evaluation na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="117" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>may %1 sagot ang evaluation para sa %2 criteria</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="122" />
        <source>“%1” is not answered yet</source>
        <translation>hindi pa nasasagot ang “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="129" />
        <source>“%1” cannot be answered N/A</source>
        <translation>hindi maaaring sagutin ng N/A ang “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="130" />
        <source>“%1” cannot be given %2 points</source>
        <translation>hindi maaaring bigyan ng %2 puntos ang “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="143" />
        <source>every criterion is answered N/A: there is nothing to score</source>
        <translation>N/A ang sagot sa bawat criterion: walang maisi-score</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="89" />
        <source>checking later imports</source>
        <translation>sinusuri ang mga mas huling import</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="116" />
        <source>restoring overwritten rows</source>
        <translation>ibinabalik ang mga na-overwrite na row</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="132" />
        <source>deleting imported rows</source>
        <translation>binubura ang mga na-import na row</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="163" />
        <source>removing agents and teams the import created</source>
        <translation>inaalis ang mga agent at team na ginawa ng import</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="184" />
        <source>counting the rows of the import</source>
        <translation>binibilang ang mga row ng import</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="63" />
        <source>a phrase needs both the longer wording and the shorter one to use instead</source>
        <translation>kailangan ng parirala ang mas mahabang pananalita at ang mas maikling gagamitin sa halip nito</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="55" />
        <source>reading the evaluation queue</source>
        <translation>binabasa ang evaluation queue</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="105" />
        <source>counting handle times</source>
        <translation>binibilang ang mga handle time</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="117" />
        <source>reading the 90th percentile of handle time</source>
        <translation>binabasa ang 90th percentile ng handle time</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="50" />
        <source>criterion %1 has the unknown kind “%2”</source>
        <translation>may hindi kilalang uri na “%2” ang criterion %1</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="29" />
        <source>sslmode must be one of %1, not '%2'</source>
        <translation>dapat ay isa sa %1 ang sslmode, hindi '%2'</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="38" />
        <source>connect_timeout must be a number of seconds, not '%1'</source>
        <translation>dapat ay bilang ng segundo ang connect_timeout, hindi '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="46" />
        <source>application_name may hold letters, digits, '_', '.' and '-' only, not '%1'</source>
        <translation>mga titik, digit, '_', '.' at '-' lang ang maaaring laman ng application_name, hindi '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="52" />
        <source>unknown parameter '%1' (known: sslmode, connect_timeout, application_name)</source>
        <translation>hindi kilalang parameter na '%1' (mga kilala: sslmode, connect_timeout, application_name)</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="67" />
        <source>not a valid server address; expected postgresql://user@host[:port]/database</source>
        <translation>hindi valid na address ng server; inaasahan ang postgresql://user@host[:port]/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="76" />
        <source>the server address names no host: postgresql://user@HOST/database</source>
        <translation>walang host na nakasaad sa address ng server: postgresql://user@HOST/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="78" />
        <source>the server address names no user: postgresql://USER@host/database</source>
        <translation>walang user na nakasaad sa address ng server: postgresql://USER@host/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="80" />
        <source>the server address names no database: postgresql://user@host/DATABASE</source>
        <translation>walang database na nakasaad sa address ng server: postgresql://user@host/DATABASE</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="139" />
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed; install the libqt6sql6-psql package</source>
        <translation>hindi naka-install ang PostgreSQL driver para sa Qt (QPSQL); i-install ang package na libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="150" />
        <source>cannot connect to %1: %2</source>
        <translation>hindi makakonekta sa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="120" />
        <source>row %1 in key order, column %2: %3 in the source, %4 in the copy</source>
        <translation>row %1 ayon sa pagkakasunod ng key, column %2: %3 sa source, %4 sa kopya</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="147" />
        <source>row %1 in key order is only in the %2</source>
        <translation>nasa %2 lang ang row %1 ayon sa pagkakasunod ng key</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>copy</source>
        <translation>kopya</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="161" />
        <source>verification failed for table %1: the source has %2 rows (SHA-256 %3), the copy %4 rows (SHA-256 %5); first difference: %6</source>
        <translation>hindi pumasa ang verification para sa table na %1: may %2 row ang source (SHA-256 %3), %4 row naman ang kopya (SHA-256 %5); unang pagkakaiba: %6</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="27" />
        <source>Review note by %1: %2</source>
        <translation>Tala sa review ni %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="29" />
        <source>transcript line %1 is numbered %2; lines are numbered 1, 2, 3, … in order</source>
        <translation>may numerong %2 ang linya %1 ng transcript; dapat may numerong 1, 2, 3, … nang sunud-sunod ang mga linya</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="34" />
        <source>transcript line %1: the speaker is '%2', not agent, customer or system</source>
        <translation>linya %1 ng transcript: '%2' ang nagsasalita, hindi agent, customer o system</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="39" />
        <source>transcript line %1 is empty</source>
        <translation>walang laman ang linya %1 ng transcript</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="41" />
        <source>transcript line %1 starts before the call</source>
        <translation>nagsisimula ang linya %1 ng transcript bago ang tawag</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="50" />
        <source>reading the annotations of conversation %1</source>
        <translation>binabasa ang mga annotation ng usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="77" />
        <source>cancelled; no backup was written</source>
        <translation>kinansela; walang naisulat na backup</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="78" />
        <source>could not write %1: %2</source>
        <translation>hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="81" />
        <source>could not make %1 private to its owner</source>
        <translation>hindi magawang pribado sa may-ari ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="95" />
        <source>%1 is a server database; back it up with the server's tools (pg_dump)</source>
        <translation>database ng server ang %1; i-back up ito gamit ang mga tool ng server (pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="99" />
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>mayroon nang %1; pumili ng bagong file para sa backup</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="106" />
        <source>backup file not found: %1</source>
        <translation>hindi makita ang backup file: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="109" />
        <source>cannot open %1: %2</source>
        <translation>hindi mabuksan ang %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="112" />
        <source>%1 is damaged or not a database (integrity check: %2)</source>
        <translation>sira ang %1 o hindi ito database (integrity check: %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="113" />
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="118" />
        <source>%1 is not a Huddle database</source>
        <translation>hindi database ng Huddle ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="121" />
        <source>%1 has schema version %2, newer than this Huddle understands (%3)</source>
        <translation>schema version %2 ang %1, mas bago kaysa naiintindihan ng Huddle na ito (%3)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="146" />
        <source>could not move %1 aside to %2</source>
        <translation>hindi mailipat ang %1 bilang %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="157" />
        <source>could not put the backup in place of %1 (the previous file is %2)</source>
        <translation>hindi mailagay ang backup kapalit ng %1 (ang dating file ay %2)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AgendaSource</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="161" />
        <source>the session needs a valid day</source>
        <translation>kailangan ng session ang isang valid na araw</translation>
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="163" />
        <source>the agenda looks back at least one day</source>
        <translation>tumitingin pabalik ang agenda nang hindi bababa sa isang araw</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AttendanceRepository</name>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="121" />
        <source>saving the attendance ladder</source>
        <translation>sine-save ang hagdan ng babala sa attendance</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="145" />
        <location filename="../app/storage/attendanceladderstore.cpp" line="165" />
        <source>the ladder stage is asked for an invalid day</source>
        <translation>hinihingi ang yugto sa hagdan para sa isang invalid na araw</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="276" />
        <source>entering attendance</source>
        <translation>inilalagay ang attendance</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="299" />
        <source>removing attendance</source>
        <translation>inaalis ang attendance</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="327" />
        <source>the period of the attendance table is not a valid range of days</source>
        <translation>hindi valid na hanay ng mga araw ang panahon ng attendance table</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AuditLog</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="211" />
        <source>recording the %1 of %2 %3 in the audit log</source>
        <translation>itinatala sa audit log ang %1 ng %2 %3</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="219" />
        <source>recording in the audit log</source>
        <translation>itinatala sa audit log</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="256" />
        <location filename="../app/storage/auditlog.cpp" line="276" />
        <location filename="../app/storage/auditlog.cpp" line="283" />
        <source>reading the audit log</source>
        <translation>binabasa ang audit log</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="271" />
        <source>chaining the audit log</source>
        <translation>ikinakabit sa chain ang audit log</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusInputReader</name>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="270" />
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusLockRepository</name>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="295" />
        <source>reading the frozen bonus lines</source>
        <translation>binabasa ang mga naka-freeze na linya ng bonus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="302" />
        <source>locking %1</source>
        <translation>ini-lock ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="309" />
        <source>unlocking needs the month to unlock</source>
        <translation>kailangan sa pag-unlock ang buwang ia-unlock</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="311" />
        <source>unlocking %1 needs your name and a reason</source>
        <translation>kailangan ang pangalan mo at ang dahilan para i-unlock ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="312" />
        <source>unlocking %1</source>
        <translation>ina-unlock ang %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusPlanRepository</name>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="225" />
        <source>reading the bonus plans</source>
        <translation>binabasa ang mga bonus plan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="241" />
        <source>the bonus plan is asked for an invalid month</source>
        <translation>hinihingi ang bonus plan para sa isang invalid na buwan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="265" />
        <source>a bonus plan needs the month it is valid from</source>
        <translation>kailangan ng bonus plan ang buwan kung kailan ito magkakabisa</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="267" />
        <source>a bonus plan is saved under a name: the name is empty</source>
        <translation>sine-save ang bonus plan sa ilalim ng isang pangalan: walang laman ang pangalan</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="278" />
        <source>saving the bonus plan</source>
        <translation>sine-save ang bonus plan</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CalibrationRepository</name>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="254" />
        <source>creating the calibration session</source>
        <translation>ginagawa ang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="286" />
        <source>calibration session %1 does not exist</source>
        <translation>hindi umiiral ang calibration session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="298" />
        <source>%1 is not an evaluator of calibration session %2</source>
        <translation>hindi evaluator si %1 ng calibration session %2</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="311" />
        <source>reading the calibration worklist</source>
        <translation>binabasa ang worklist ng calibration</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="325" />
        <source>closing a calibration session needs the name of whoever closes it</source>
        <translation>kailangan ang pangalan ng magsasara para maisara ang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="327" />
        <location filename="../app/storage/calibrationrepository.cpp" line="338" />
        <source>closing the calibration session</source>
        <translation>isinasara ang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="332" />
        <source>calibration session %1 is already closed</source>
        <translation>sarado na ang calibration session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="354" />
        <source>calibration session %1 is still open: its scores stay blind until it is closed</source>
        <translation>bukas pa ang calibration session %1: mananatiling blind ang mga score nito hanggang maisara ito</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="386" />
        <source>adding a score to the calibration session</source>
        <translation>nagdadagdag ng score sa calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="390" />
        <source>evaluation %1 is not a calibration score of an evaluator and a conversation of session %2</source>
        <translation>ang evaluation %1 ay hindi calibration score ng isang evaluator at ng isang usapan ng session %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ChainWalk</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="142" />
        <source>it has no hash — it was written outside Huddle or its hash was erased</source>
        <translation>wala itong hash — isinulat ito sa labas ng Huddle o binura ang hash nito</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="145" />
        <source>its contents do not match its hash — it was changed after it was written</source>
        <translation>hindi tugma ang nilalaman nito sa hash nito — binago ito pagkatapos maisulat</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="150" />
        <source>it is the first entry but follows another — earlier entries were removed</source>
        <translation>ito ang unang entry pero may sinusundan itong iba — inalis ang mga naunang entry</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="151" />
        <source>does not follow entry %1 — an entry was removed or inserted, or entry %1 was rewritten</source>
        <translation>hindi sumusunod sa entry %1 — may entry na inalis o isiningit, o isinulat muli ang entry %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingEffectReader</name>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="109" />
        <source>the setting %1 holds “%2”, not a number of days from %3 to %4</source>
        <translation>“%2” ang laman ng setting na %1, hindi bilang ng araw mula %3 hanggang %4</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="122" />
        <source>saving the coaching effect window</source>
        <translation>sine-save ang saklaw na panahon ng epekto ng coaching</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingRepository</name>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="140" />
        <source>planning a coaching session</source>
        <translation>pinaplano ang coaching session</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="172" />
        <source>saving coaching session %1</source>
        <translation>sine-save ang coaching session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="178" />
        <source>coaching session %1 is closed: %2 can no longer change (reopen it to edit them)</source>
        <translation>sarado ang coaching session %1: hindi na mababago %2 (buksan itong muli para i-edit ang mga ito)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="217" />
        <source>changing the status of coaching session %1</source>
        <translation>binabago ang status ng coaching session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="242" />
        <source>deleting coaching session %1</source>
        <translation>binubura ang coaching session %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="249" />
        <source>coaching session %1 has been held; only planned sessions can be deleted</source>
        <translation>naganap na ang coaching session %1; ang mga nakaplanong session lang ang maaaring burahin</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="251" />
        <source>coaching session %1 is closed; only planned sessions can be deleted</source>
        <translation>sarado ang coaching session %1; ang mga nakaplanong session lang ang maaaring burahin</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="265" />
        <source>marking an action item done needs the day it was done</source>
        <translation>kailangan ang araw kung kailan ito natapos para markahang tapos ang action item</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="267" />
        <source>marking action item %1</source>
        <translation>minamarkahan ang action item %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="270" />
        <source>there is no action item %1</source>
        <translation>walang action item na %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingWriter</name>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="212" />
        <source>agenda item %1 refers to conversation %2, which is not stored</source>
        <translation>tumutukoy ang agenda item %1 sa usapang %2, na hindi naka-save</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="214" />
        <source>agenda item %1 refers to action item %2, which is not stored</source>
        <translation>tumutukoy ang agenda item %1 sa action item %2, na hindi naka-save</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="257" />
        <source>agenda item %1 is not on the agenda of coaching session %2 (or is listed twice)</source>
        <translation>wala ang agenda item %1 sa agenda ng coaching session %2 (o dalawang beses itong nakalista)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="282" />
        <source>action item %1 was not agreed in coaching session %2 (or is listed twice)</source>
        <translation>hindi napagkasunduan sa coaching session %2 ang action item %1 (o dalawang beses itong nakalista)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ConversationBatch</name>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="29" />
        <location filename="../app/storage/conversationbatch.cpp" line="40" />
        <source>could not read the conversations already imported: %1</source>
        <translation>hindi mabasa ang mga conversation na na-import na: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="70" />
        <source>adding the conversations %1 to %2, written together</source>
        <translation>pagdagdag ng mga conversation mula %1 hanggang %2, na sabay na isinulat</translation>
    </message>
    </context>
<context>
    <name>huddle::storage::DigestReader</name>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="76" />
        <location filename="../app/storage/tablecomparison.cpp" line="97" />
        <source>reading table %1 back</source>
        <translation>binabasang muli ang table na %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DirectoryRepository</name>
    <message>
        <location filename="../app/storage/directoryrepository.cpp" line="112" />
        <source>currency: expected an ISO 4217 code of three capital letters such as USD or EUR, got "%1"</source>
        <translation>currency: inaasahan ang ISO 4217 code na may tatlong malalaking titik gaya ng USD o EUR, pero “%1” ang natanggap</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DisputeRepository</name>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="138" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>“%2” ang laman ng setting na %1, hindi bilang ng araw</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="149" />
        <source>the dispute window and the decision time are at least one day each</source>
        <translation>hindi bababa sa isang araw ang bawat isa sa dispute window at sa oras ng pagpapasya</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="150" />
        <source>saving the dispute rules</source>
        <translation>sine-save ang mga patakaran sa dispute</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="174" />
        <source>a dispute needs who raises it and a reason</source>
        <translation>kailangan ng dispute ang pangalan ng nagsampa nito at ang dahilan</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="175" />
        <source>opening a dispute</source>
        <translation>nagbubukas ng dispute</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="191" />
        <source>the evaluation has no criterion %1 to dispute</source>
        <translation>walang criterion %1 ang evaluation na maaaring i-dispute</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="233" />
        <source>a dispute is decided by a named arbitrator</source>
        <translation>pinagpapasyahan ang dispute ng isang arbitrator na may pangalan</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="235" />
        <source>deciding dispute %1</source>
        <translation>pinagpapasyahan ang dispute %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationRepository</name>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="140" />
        <source>saving the draft</source>
        <translation>sine-save ang draft</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="154" />
        <source>publishing the evaluation</source>
        <translation>pini-publish ang evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="166" />
        <source>a peer review needs a note for the colleague</source>
        <translation>kailangan ng peer review ang isang tala para sa kasamahan</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="168" />
        <source>publishing the peer review</source>
        <translation>pini-publish ang peer review</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="185" />
        <source>an edit of a published evaluation needs a reason</source>
        <translation>kailangan ng dahilan para i-edit ang na-publish na evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="186" />
        <source>editing evaluation %1</source>
        <translation>ine-edit ang evaluation %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="193" />
        <source>removing draft %1</source>
        <translation>inaalis ang draft %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="199" />
        <source>evaluation %1 is published; only drafts can be removed</source>
        <translation>na-publish na ang evaluation %1; mga draft lang ang maaaring alisin</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="229" />
        <source>there is no evaluation %1</source>
        <translation>walang evaluation na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="240" />
        <source>evaluation %1 is a blind calibration score: only %2 can open it until the calibration session is closed</source>
        <translation>blind calibration score ang evaluation %1: si %2 lang ang makapagbubukas nito hanggang maisara ang calibration session</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationWriter</name>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="44" />
        <source>a peer review is scored on a peer-review scorecard; “%1” is a QA scorecard</source>
        <translation>sa peer-review scorecard sini-score ang peer review; QA scorecard ang “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="46" />
        <source>“%1” is a peer-review scorecard; QA and calibration evaluations need a QA scorecard</source>
        <translation>peer-review scorecard ang “%1”; kailangan ng QA scorecard ang mga QA at calibration evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="51" />
        <source>only a calibration evaluation belongs to a calibration session</source>
        <translation>calibration evaluation lang ang kabilang sa isang calibration session</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="76" />
        <source>a calibration evaluation needs a calibration session; there is no session %1</source>
        <translation>kailangan ng calibration evaluation ang isang calibration session; walang session na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="81" />
        <source>calibration session “%1” is closed; it takes no more scores</source>
        <translation>sarado na ang calibration session na “%1”; hindi na ito tumatanggap ng score</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="85" />
        <source>calibration session “%1” is scored with another scorecard version</source>
        <translation>ibang bersiyon ng scorecard ang ginagamit sa pag-score ng calibration session na “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="88" />
        <source>%1 is not an evaluator of calibration session “%2”</source>
        <translation>hindi evaluator si %1 ng calibration session na “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="90" />
        <source>the conversation is not one of calibration session “%1”</source>
        <translation>hindi kabilang ang usapan sa calibration session na “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="92" />
        <source>%1 has already scored this conversation in calibration session “%2”</source>
        <translation>na-score na ni %1 ang usapang ito sa calibration session na “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="106" />
        <source>there is no conversation %1</source>
        <translation>walang usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="109" />
        <source>conversation %1 reached no agent, so there is nobody to evaluate</source>
        <translation>hindi umabot sa anumang agent ang usapang %1, kaya walang mae-evaluate</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="149" />
        <source>an evaluation needs the name of its evaluator</source>
        <translation>kailangan ng evaluation ang pangalan ng evaluator nito</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="162" />
        <source>evaluation %1 is already published; it changes only by an edit with a reason</source>
        <translation>na-publish na ang evaluation %1; mababago lang ito sa pamamagitan ng pag-edit na may dahilan</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="218" />
        <source>there is no evaluation %1 (it may have been removed)</source>
        <translation>walang evaluation na %1 (maaaring naalis na ito)</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="225" />
        <source>evaluation %1 was changed at %4 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>binago ang evaluation %1 noong %4 matapos mo itong buksan (revision %2, ang sa iyo ay %3); i-reload ito para makita ang pagbabagong iyon, saka gawin ulit ang sa iyo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="232" />
        <source>evaluation %1 was changed by %4 at %5 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>binago ni %4 ang evaluation %1 noong %5 matapos mo itong buksan (revision %2, ang sa iyo ay %3); i-reload ito para makita ang pagbabagong iyon, saka gawin ulit ang sa iyo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="338" />
        <source>the calibration session of evaluation %1 is closed; its scores no longer change</source>
        <translation>sarado na ang calibration session ng evaluation %1; hindi na nagbabago ang mga score nito</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="341" />
        <source>only %1 can change their own calibration score</source>
        <translation>si %1 lang ang makapagbabago ng sarili niyang calibration score</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="365" />
        <source>a peer review is an evaluation of the peer kind</source>
        <translation>ang peer review ay isang evaluation na peer ang uri</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="375" />
        <source>agents do not peer-review their own conversations</source>
        <translation>hindi pine-peer-review ng mga agent ang sarili nilang mga usapan</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="206" />
        <source>reading the import history</source>
        <translation>binabasa ang history ng import</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="235" />
        <source>could not start a transaction</source>
        <translation>hindi masimulan ang transaction</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="238" />
        <source>reading the import</source>
        <translation>binabasa ang import</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="242" />
        <source>import %1 does not exist or was already undone</source>
        <translation>hindi umiiral ang import %1 o na-undo na ito</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="247" />
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation>binago ng import %1 ang mga row ng import %2; i-undo muna ang import %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="260" />
        <source>checking evaluations</source>
        <translation>sinusuri ang mga evaluation</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="264" />
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation>%n evaluation o review note ang tumutukoy sa mga usapan ng import na ito; hindi ma-undo ang import nang hindi nawawala ang mga ito|%n evaluation o review note ang tumutukoy sa mga usapan ng import na ito; hindi ma-undo ang import nang hindi nawawala ang mga ito</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="281" />
        <source>reading customers</source>
        <translation>binabasa ang mga customer</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="291" />
        <source>marking the import undone</source>
        <translation>minamarkahang na-undo ang import</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="305" />
        <source>could not commit the undo</source>
        <translation>hindi ma-commit ang undo</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="313" />
        <source>reading import profiles</source>
        <translation>binabasa ang mga import profile</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="328" />
        <source>saving the import profile</source>
        <translation>sine-save ang import profile</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="334" />
        <source>deleting the import profile</source>
        <translation>binubura ang import profile</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="151" />
        <source>could not start the import transaction</source>
        <translation>hindi masimulan ang transaction ng import</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="224" />
        <source>could not wait for other imports: %1</source>
        <translation>hindi makapaghintay sa ibang import: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="228" />
        <source>cancelled while another import was running</source>
        <translation>kinansela habang may ibang import na tumatakbo</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="244" />
        <source>could not count conversations: %1</source>
        <translation>hindi mabilang ang mga usapan: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="252" />
        <source>could not read the indexes: %1</source>
        <translation>hindi mabasa ang mga index: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="257" />
        <source>could not defer index %1</source>
        <translation>hindi ma-defer ang index %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="277" />
        <source>could not rebuild index %1: %2</source>
        <translation>hindi ma-rebuild ang index %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="348" />
        <location filename="../app/storage/importwriter.cpp" line="884" />
        <source>could not record the import: %1</source>
        <translation>hindi maitala ang import: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="349" />
        <source>recording the import</source>
        <translation>itinatala ang import</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="360" />
        <source>could not record the site's time zone: %1</source>
        <translation>hindi maitala ang time zone ng site: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="395" />
        <source>unknown import shape</source>
        <translation>hindi kilalang uri ng data ng import</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="802" />
        <source>could not add %1</source>
        <translation>hindi maidagdag ang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="848" />
        <source>could not add the team of a new agent: %1</source>
        <translation>hindi maidagdag ang team ng bagong agent: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="901" />
        <source>could not commit the import: %1</source>
        <translation>hindi ma-commit ang import: %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::KpiPlanRepository</name>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="42" />
        <source>the stored KPI plan of %1 is invalid: %2</source>
        <translation>invalid ang naka-save na KPI plan ng %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>the site</source>
        <translation>ang site</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PeerReviewAssignments</name>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="70" />
        <location filename="../app/storage/peerreviewassignments.cpp" line="116" />
        <source>asking for a peer review of conversation %1</source>
        <translation>humihiling ng peer review ng conversation %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="83" />
        <source>there is no conversation %1</source>
        <translation>walang usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="86" />
        <source>conversation %1 was not handled by an agent: there is no colleague's work to review</source>
        <translation>walang agent na humawak sa conversation %1: walang gawa ng kasamahan na ire-review</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="90" />
        <source>there is no agent %1 to ask for the review</source>
        <translation>walang agent %1 na mahihilingan ng review</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="93" />
        <source>agents do not peer-review their own conversations</source>
        <translation>hindi pine-peer-review ng mga agent ang sarili nilang mga usapan</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="95" />
        <source>%1 is already asked to review this conversation</source>
        <translation>nahilingan na si %1 na i-review ang conversation na ito</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="121" />
        <source>withdrawing peer review assignment %1</source>
        <translation>binabawi ang hiling na peer review %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="128" />
        <source>%1 has reviewed conversation %2: a done review stays, as the record of who reviewed what</source>
        <translation>na-review na ni %1 ang conversation %2: nananatili ang tapos na review bilang tala kung sino ang nag-review ng ano</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="152" />
        <source>reading peer review assignments</source>
        <translation>binabasa ang mga hiling na peer review</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="169" />
        <source>reading peer review assignment %1</source>
        <translation>binabasa ang hiling na peer review %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="173" />
        <source>there is no peer review assignment %1</source>
        <translation>walang hiling na peer review %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PhraseRepository</name>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="129" />
        <source>there is no phrase %1</source>
        <translation>walang pariralang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="138" />
        <source>adding a phrase</source>
        <translation>nagdadagdag ng parirala</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="167" />
        <source>saving phrase %1</source>
        <translation>sine-save ang parirala %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="196" />
        <source>retiring phrase %1</source>
        <translation>ini-retire ang parirala %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="215" />
        <source>deleting phrase %1</source>
        <translation>binubura ang parirala %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/phraserepository.cpp" line="221" />
        <source>phrase %1 is homework in %n session(s); retire it instead of deleting it</source>
        <translation><numerusform>homework ang parirala %1 sa %n session; i-retire ito sa halip na burahin</numerusform><numerusform>homework ang parirala %1 sa %n session; i-retire ito sa halip na burahin</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaQueueRepository</name>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="208" />
        <source>the evaluation queue needs a period</source>
        <translation>kailangan ng evaluation queue ang isang panahon</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="251" />
        <source>reading the sample size</source>
        <translation>binabasa ang sample size</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="259" />
        <source>the stored sample size '%1' is not a whole number from 1 to %2</source>
        <translation>ang naka-save na sample size na '%1' ay hindi buong numero mula 1 hanggang %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="269" />
        <source>the sample is 1 to %1 conversations per agent per week, not %2</source>
        <translation>1 hanggang %1 usapan bawat agent bawat linggo ang sample, hindi %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="277" />
        <source>saving the sample size</source>
        <translation>sine-save ang sample size</translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaWriter</name>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="131" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>may %1 sagot ang evaluation para sa %2 criteria</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="139" />
        <source>answer %1 of the evaluation gives %2 points, outside what its criterion allows</source>
        <translation>nagbibigay ng %2 puntos ang sagot %1 ng evaluation, labas sa pinapayagan ng criterion nito</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="161" />
        <source>evaluation of conversation %1, which does not exist</source>
        <translation>evaluation ng usapang %1, na hindi umiiral</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="179" />
        <source>the evaluation has %1 answers and %2 comments for %3 criteria</source>
        <translation>may %1 sagot at %2 komento ang evaluation para sa %3 criteria</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="210" />
        <source>an annotation points at criterion %1 of a scorecard with %2 criteria</source>
        <translation>tumuturo ang isang annotation sa criterion %1 ng scorecard na may %2 criteria</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="217" />
        <source>an annotation points at transcript line %1; lines start at 1</source>
        <translation>tumuturo ang isang annotation sa linya %1 ng transcript; nagsisimula sa 1 ang mga linya</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="218" />
        <source>an annotation points at second %1 of the call</source>
        <translation>tumuturo ang isang annotation sa segundo %1 ng tawag</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ReadSnapshot</name>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="82" />
        <source>could not start reading the source: %1</source>
        <translation>hindi masimulang basahin ang source: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="89" />
        <source>starting a snapshot of the source</source>
        <translation>sinisimulan ang snapshot ng source</translation>
    </message>
</context>
<context>
    <name>huddle::storage::RowInserter</name>
    </context>
<context>
    <name>huddle::storage::ScorecardRepository</name>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="119" />
        <source>there is no scorecard version %1</source>
        <translation>walang bersiyon %1 ng scorecard</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="146" />
        <location filename="../app/storage/scorecardrepository.cpp" line="163" />
        <location filename="../app/storage/scorecardrepository.cpp" line="198" />
        <source>there is no scorecard %1</source>
        <translation>walang scorecard na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="180" />
        <source>saving scorecard %1</source>
        <translation>sine-save ang scorecard %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="191" />
        <source>retiring scorecard %1</source>
        <translation>ini-retire ang scorecard %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="215" />
        <source>installing the default scorecards</source>
        <translation>ini-install ang mga default na scorecard</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ScorecardWriter</name>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="83" />
        <source>a scorecard named “%1” already exists; choose another name</source>
        <translation>may scorecard nang nagngangalang “%1”; pumili ng ibang pangalan</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="134" />
        <source>the purpose of scorecard “%1” cannot change: evaluations use it</source>
        <translation>hindi mababago ang layunin ng scorecard na “%1”: ginagamit ito ng mga evaluation</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Sql</name>
    <message>
        <location filename="../app/storage/sqlutil.cpp" line="36" />
        <source>%1 failed: no row was added</source>
        <translation>hindi nagtagumpay (%1): walang row na naidagdag</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TimelineRepository</name>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="125" />
        <source>QA evaluation by %1</source>
        <translation>QA evaluation ni %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="146" />
        <source>Coaching session by %1</source>
        <translation>Coaching session ni %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="147" />
        <source>Coaching session by %1 on %2</source>
        <translation>Coaching session ni %1 noong %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TranscriptRepository</name>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="87" />
        <source>reading the transcript of conversation %1</source>
        <translation>binabasa ang transcript ng usapang %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="102" />
        <source>replacing the transcript</source>
        <translation>pinapalitan ang transcript</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="110" />
        <source>an annotation points at line %1 of the transcript, which the new transcript (%2 lines) does not have</source>
        <translation>tumuturo ang isang annotation sa linya %1 ng transcript, na wala sa bagong transcript (%2 linya)</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="118" />
        <source>removing the old transcript</source>
        <translation>inaalis ang lumang transcript</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="140" />
        <source>writing line %1 of the transcript</source>
        <translation>isinusulat ang linya %1 ng transcript</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Users</name>
    <message>
        <location filename="../app/storage/users.cpp" line="172" />
        <source>users and roles are for a database on a PostgreSQL server; in a database file the one local user is the admin</source>
        <translation>ang mga user at role ay para sa database sa PostgreSQL server; sa database file, ang nag-iisang local user ang admin</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="183" />
        <source>setting up the roles</source>
        <translation>sine-set up ang mga role</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="247" />
        <source>looking up agent %1</source>
        <translation>hinahanap ang agent na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="249" />
        <source>there is no agent named '%1'</source>
        <translation>walang agent na nagngangalang '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="252" />
        <source>more than one agent is named '%1'</source>
        <translation>higit sa isang agent ang nagngangalang '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="264" />
        <source>looking up team %1</source>
        <translation>hinahanap ang team na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="266" />
        <source>there is no team named '%1'</source>
        <translation>walang team na nagngangalang '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="277" />
        <source>'%1' cannot be a login: use lower-case letters, digits and _, starting with a letter or _</source>
        <translation>hindi puwedeng login ang '%1': gumamit ng maliliit na titik, numero at _, na nagsisimula sa titik o _</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="282" />
        <source>'%1' is the name of a group role</source>
        <translation>ang '%1' ay pangalan ng isang group role</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="284" />
        <source>an agent's login needs the agent it belongs to</source>
        <translation>kailangan ng login ng agent ang agent na may-ari nito</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="286" />
        <source>a team leader's login needs the teams they lead</source>
        <translation>kailangan ng login ng team leader ang mga team na hawak niya</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="300" />
        <source>adding user %1</source>
        <translation>idinadagdag ang user na %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="360" />
        <source>listing the users</source>
        <translation>inililista ang mga user</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="379" />
        <source>reading the signed-in role</source>
        <translation>binabasa ang role ng naka-sign in</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="389" />
        <source>reading who is signed in</source>
        <translation>binabasa kung sino ang naka-sign in</translation>
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="29" />
        <source>No review notes on this conversation.</source>
        <translation>Walang review note sa usapang ito.</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="42" />
        <source>Not evaluated yet: QA → Evaluate Conversation… (Ctrl+Shift+Q).</source>
        <translation>Hindi pa na-evaluate: QA → I-evaluate ang Usapan… (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59" />
        <source>Evaluations</source>
        <translation>Mga evaluation</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65" />
        <source> (talk only)</source>
        <translation> (talk lang)</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="67" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68" />
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="69" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="70" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>abandoned in queue</source>
        <translation>inabandona sa queue</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="72" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="73" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="74" />
        <source>Wait</source>
        <translation>Paghihintay</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="75" />
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="76" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="77" />
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="78" />
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="79" />
        <source>Resolved</source>
        <translation>Nalutas</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="80" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="82" />
        <source>%1 on a %2–%3 scale</source>
        <translation>%1 sa scale na %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="84" />
        <source>NPS answer</source>
        <translation>Sagot sa NPS</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="85" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="87" />
        <source>Review notes</source>
        <translation>Mga review note</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="19" />
        <source>Offered conversations</source>
        <translation>Mga inalok na usapan</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="21" />
        <source>Handled conversations</source>
        <translation>Mga na-handle na usapan</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="23" />
        <source>Handled conversations with a handle time (AHT)</source>
        <translation>Mga na-handle na usapan na may handle time (AHT)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="25" />
        <source>Answered conversations with a wait time (ASA)</source>
        <translation>Mga sinagot na usapan na may oras ng paghihintay (ASA)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="27" />
        <source>Conversations with a first-contact resolution outcome (FCR)</source>
        <translation>Mga usapan na may resulta ng first-contact resolution (FCR)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="29" />
        <source>CSAT responses</source>
        <translation>Mga sagot sa CSAT</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="31" />
        <source>NPS responses</source>
        <translation>Mga sagot sa NPS</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="33" />
        <source>Conversations with a sale</source>
        <translation>Mga usapan na may benta</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="35" />
        <source>Abandoned conversations</source>
        <translation>Mga inabandonang usapan</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="64" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="66" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="94" />
        <source>it is no longer in the database</source>
        <translation>wala na ito sa database</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="102" />
        <source>The conversation of %1</source>
        <translation>Ang usapan ni %1</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="26" />
        <source>%1 /h</source>
        <translation>%1 /h</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="41" />
        <source>No data</source>
        <translation>Walang data</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="54" />
        <source>%1 better</source>
        <translation>%1 mas mahusay</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="56" />
        <source>%1 worse</source>
        <translation>%1 mas mahina</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="58" />
        <source>%1 same</source>
        <translation>%1 pareho</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="69" />
        <source>Fast &amp; satisfied</source>
        <translation>Mabilis &amp; kuntento</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="71" />
        <source>Slow &amp; satisfied</source>
        <translation>Mabagal &amp; kuntento</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="73" />
        <source>Fast &amp; unsatisfied</source>
        <translation>Mabilis &amp; hindi kuntento</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="75" />
        <source>Slow &amp; unsatisfied</source>
        <translation>Mabagal &amp; hindi kuntento</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <location filename="../ui/agentview.cpp" line="39" />
        <source>KPI score</source>
        <translation>KPI score</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="76" />
        <source>Back to the page the agent was opened from</source>
        <translation>Bumalik sa pahinang pinagbuksan ng agent</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="88" />
        <source>← &amp;Back</source>
        <translation>← &amp;Bumalik</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="89" />
        <source>Back to the previous page</source>
        <translation>Bumalik sa nakaraang pahina</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="90" />
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Bumalik sa nakaraang pahina (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="113" />
        <source>Recent peer-review notes</source>
        <translation>Mga kamakailang peer-review note</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="121" />
        <source>Peer-review notes on this agent's conversations</source>
        <translation>Mga peer-review note sa mga usapan ng agent na ito</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="140" />
        <source>QA evaluations (double-click to open the conversation)</source>
        <translation>Mga QA evaluation (mag-double-click para buksan ang usapan)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="147" />
        <source>QA evaluations of this agent</source>
        <translation>Mga QA evaluation ng agent na ito</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="173" />
        <source>The attendance warning ladder today (Coaching → Attendance)</source>
        <translation>Ang hagdan ng babala sa attendance ngayong araw (Coaching → Attendance)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="174" />
        <source>&amp;Plan coaching session…</source>
        <translation>&amp;Magplano ng coaching session…</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="176" />
        <source>Plan a coaching session with this agent, the agenda proposed from the data</source>
        <translation>Magplano ng coaching session kasama ang agent na ito, na may agendang iminungkahi mula sa data</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="199" />
        <source>Sales</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="270" />
        <source>Could not load the agent: %1</source>
        <translation>Hindi ma-load ang agent: %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="274" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % at AHT, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="279" />
        <source>Warning ladder: %1</source>
        <translation>Hagdan ng babala: %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="289" />
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="297" />
        <source>%1 · %2 – %3 · %4 handled</source>
        <translation>%1 · %2 – %3 · %4 na-handle</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="298" />
        <source>no team</source>
        <translation>walang team</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="302" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="304" />
        <source>%1 % of weight has data</source>
        <translation>May data ang %1 % ng weight</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="305" />
        <source>Weighted by the KPI plan of the agent's team (Settings → KPI plan).</source>
        <translation>Tinimbang ayon sa KPI plan ng team ng agent (Mga Setting → KPI plan).</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="322" />
        <source>weight %1 % · n = %2</source>
        <translation>weight %1 % · n = %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="362" />
        <source>&lt;b&gt;Sales&lt;/b&gt;&lt;br&gt;%1 sales, %2&lt;br&gt;conversion %3 of %4 handled %5&lt;br&gt;&lt;a href="#sales"&gt;List the conversations with a sale&lt;/a&gt;</source>
        <translation>&lt;b&gt;Benta&lt;/b&gt;&lt;br&gt;%1 benta, %2&lt;br&gt;conversion %3 sa %4 na na-handle %5&lt;br&gt;&lt;a href="#sales"&gt;Ilista ang mga usapan na may benta&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentsPage</name>
    <message>
        <location filename="../ui/agentspage.cpp" line="27" />
        <source>Filter agents by name (Ctrl+F)</source>
        <translation>I-filter ang mga agent ayon sa pangalan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="29" />
        <source>Filter agents</source>
        <translation>I-filter ang mga agent</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="32" />
        <source>Filter agents by name</source>
        <translation>I-filter ang mga agent ayon sa pangalan</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="42" />
        <source>Agent KPIs</source>
        <translation>Mga KPI ng agent</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63" />
        <source>Agents</source>
        <translation>Mga agent</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="64" />
        <source>Could not load the agents' KPIs: %1</source>
        <translation>Hindi ma-load ang mga KPI ng mga agent: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AmountEdit</name>
    <message>
        <location filename="../ui/amountedit.cpp" line="56" />
        <source>Not an amount: type digits with at most two decimals, e.g. 80.00.</source>
        <translation>Hindi isang halaga: mag-type ng mga digit na may hanggang dalawang decimal, hal. 80.00.</translation>
    </message>
    <message>
        <location filename="../ui/amountedit.cpp" line="57" />
        <source>Not a percentage: type digits with at most two decimals, e.g. 2.5.</source>
        <translation>Hindi isang porsiyento: mag-type ng mga digit na may hanggang dalawang decimal, hal. 2.5.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="26" />
        <source>A&amp;t</source>
        <translation>&amp;Sa</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="30" />
        <source>A&amp;dd annotation</source>
        <translation>Mag&amp;dagdag ng annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="31" />
        <source>Remo&amp;ve</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="35" />
        <source>Annotations</source>
        <translation>Mga annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="37" />
        <source>Enter or a double click shows the moment in the transcript.</source>
        <translation>Ipinapakita ng Enter o double-click ang sandali sa transcript.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="59" />
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="61" />
        <source>Moment of the call (mm:ss)</source>
        <translation>Sandali ng call (mm:ss)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63" />
        <source>Criterion of the annotation</source>
        <translation>Criterion ng annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65" />
        <source>What happened at that moment</source>
        <translation>Ano ang nangyari sa sandaling iyon</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="75" />
        <source>Criterio&amp;n:</source>
        <translation>Criterio&amp;n:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="77" />
        <source>N&amp;ote:</source>
        <translation>&amp;Tala:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119" />
        <source>— none —</source>
        <translation>— wala —</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line %1</source>
        <translation>&amp;Linya %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line (select one)</source>
        <translation>&amp;Linya (pumili ng isa)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="170" />
        <source>Select a line of the transcript, or type a moment of the call as mm:ss.</source>
        <translation>Pumili ng linya ng transcript, o i-type ang sandali ng call bilang mm:ss.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="178" />
        <source>“%1” is not a moment of the call: type it as mm:ss, such as 01:23.</source>
        <translation>Hindi sandali ng call ang “%1”: i-type ito bilang mm:ss, tulad ng 01:23.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AskPeerReviewDialog</name>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="26" />
        <source>&amp;Ask</source>
        <translation>&amp;Hilingin</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="28" />
        <source>Ask for a peer review</source>
        <translation>Humiling ng peer review</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="41" />
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="46" />
        <source>The review goes on the colleague's to-review list (QA page, Peer Reviews). On a server, it is also what lets them open this conversation.</source>
        <translation>Mapupunta ang review sa listahan ng ire-review ng kasamahan (QA page, Peer Reviews). Sa server, ito rin ang nagpapahintulot sa kanilang buksan ang conversation na ito.</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="60" />
        <source>Who should review &lt;b&gt;%1&lt;/b&gt;, handled by %2 on %3?</source>
        <translation>Sino ang dapat mag-review ng &lt;b&gt;%1&lt;/b&gt;, na hinawakan ni %2 noong %3?</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="80" />
        <source>No colleague of that day to ask.</source>
        <translation>Walang kasamahan sa araw na iyon na mahihilingan.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="39" />
        <source>&amp;Remove day</source>
        <translation>&amp;Alisin ang araw</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="42" />
        <source>Enter attendance</source>
        <translation>Ilagay ang attendance</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="53" />
        <location filename="../ui/attendancedialog.cpp" line="56" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="57" />
        <source>Only for Late: how many minutes after the shift start the agent arrived</source>
        <translation>Para lang sa Late: ilang minuto pagkatapos ng simula ng shift dumating ang agent</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="64" />
        <source>Delete the stored row of this agent and day</source>
        <translation>Burahin ang naka-save na row ng agent at araw na ito</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="68" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="69" />
        <source>&amp;Day:</source>
        <translation>&amp;Araw:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="70" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="71" />
        <source>S&amp;hift:</source>
        <translation>S&amp;hift:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="72" />
        <source>&amp;Late by:</source>
        <translation>&amp;Late nang:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="93" />
        <source>Could not list the agents: %1</source>
        <translation>Hindi mailista ang mga agent: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="129" />
        <source>Could not read the stored shift: %1</source>
        <translation>Hindi mabasa ang naka-save na shift: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="135" />
        <source>Stored: %1, %2 min</source>
        <translation>Naka-save: %1, %2 min</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="139" />
        <source>, %1 min late</source>
        <translation>, late nang %1 min</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="145" />
        <source>Nothing stored for this agent and day.</source>
        <translation>Walang naka-save para sa agent at araw na ito.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceStrip</name>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="26" />
        <source>Attendance calendar</source>
        <translation>Kalendaryo ng attendance</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="34" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="36" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="38" />
        <source>Excused absence</source>
        <translation>Excused na absence</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="40" />
        <source>Unexcused absence</source>
        <translation>Unexcused na absence</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="42" />
        <source>No-call-no-show</source>
        <translation>No-call-no-show</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="51" />
        <source>P</source>
        <comment>attendance: present</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="53" />
        <source>L</source>
        <comment>attendance: late</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="55" />
        <source>E</source>
        <comment>attendance: excused absence</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="57" />
        <source>U</source>
        <comment>attendance: unexcused absence</comment>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="59" />
        <source>N</source>
        <comment>attendance: no-call-no-show</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="92" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="120" />
        <location filename="../ui/attendancestrip.cpp" line="188" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="222" />
        <source>No shift scheduled</source>
        <translation>Walang naka-schedule na shift</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/attendancestrip.cpp" line="226" />
        <source> by %n minute(s)</source>
        <translation><numerusform> nang %n minuto</numerusform><numerusform> nang %n minuto</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="228" />
        <source>Shift of %1 h</source>
        <translation>Shift na %1 h</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="231" />
        <source>Schedule adherence %1 %</source>
        <translation>Schedule adherence %1 %</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="33" />
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="51" />
        <source>Audit log entries</source>
        <translation>Mga entry sa audit log</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="53" />
        <source>Kind of record</source>
        <translation>Uri ng rekord</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="54" />
        <source>Filter by name, action or change (Ctrl+F)</source>
        <translation>I-filter ayon sa pangalan, aksyon o pagbabago (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="56" />
        <source>Filter entries</source>
        <translation>I-filter ang mga entry</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="57" />
        <source>&amp;Records:</source>
        <translation>Mga &amp;rekord:</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="67" />
        <source>&amp;Verify Chain</source>
        <translation>I-&amp;verify ang Chain</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="69" />
        <source>Recompute every entry's hash: an entry changed or deleted since shows here</source>
        <translation>Kuwentahin ulit ang hash ng bawat entry: lalabas dito ang anumang entry na binago o binura mula noon</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="70" />
        <source>&amp;Export…</source>
        <translation>I-&amp;export…</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="97" />
        <source>All</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="105" />
        <source>Could not read the audit log: %1</source>
        <translation>Hindi mabasa ang audit log: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="115" />
        <source>%n of %1 entries shown.</source>
        <translation><numerusform>%n sa %1 entry ang ipinapakita.</numerusform><numerusform>%n sa %1 entry ang ipinapakita.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="122" />
        <source>Could not check the audit log: %1</source>
        <translation>Hindi masuri ang audit log: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="126" />
        <source>The chain is intact: %n entries, each matching its hash and following the one before. Last hash: %1.</source>
        <translation><numerusform>Buo ang chain: %n entry, bawat isa ay tugma sa hash nito at sumusunod sa nauna. Huling hash: %1.</numerusform><numerusform>Buo ang chain: %n entry, bawat isa ay tugma sa hash nito at sumusunod sa nauna. Huling hash: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="132" />
        <source>The chain is broken at entry %1: %2</source>
        <translation>Putol ang chain sa entry %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="143" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="25" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Mga Huddle database (*.sqlite *.db *.huddle);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="49" />
        <source>Back &amp;Up…</source>
        <translation>Mag-&amp;back up…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="50" />
        <source>Restore from &amp;Backup…</source>
        <translation>Ibalik mula sa &amp;backup…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="53" />
        <source>Write a copy of the open database to a file of your choice</source>
        <translation>Isulat ang kopya ng nakabukas na database sa file na pipiliin mo</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55" />
        <source>Replace the open database with a backup; the replaced file is kept beside it</source>
        <translation>Palitan ng backup ang nakabukas na database; itatabi sa tabi nito ang pinalitang file</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="83" />
        <source>Back up the database</source>
        <translation>I-back up ang database</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87" />
        <location filename="../ui/backupactions.cpp" line="111" />
        <source>Back up</source>
        <translation>Mag-back up</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="94" />
        <source>Open a database file first; a server's database is backed up with its own tools.</source>
        <translation>Magbukas muna ng database file; ang database ng server ay bina-back up gamit ang sarili nitong mga tool.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="99" />
        <source>%1 is the open database itself; choose another file for the backup.</source>
        <translation>Ang %1 ay ang mismong nakabukas na database; pumili ng ibang file para sa backup.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="101" />
        <source>Could not replace %1.</source>
        <translation>Hindi mapalitan ang %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Backing up %1…</source>
        <translation>Bina-back up ang %1…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="117" />
        <source>Backup cancelled; no file was written.</source>
        <translation>Kinansela ang backup; walang naisulat na file.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="121" />
        <source>Backed up to %1.</source>
        <translation>Na-back up sa %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="131" />
        <source>Restore from a backup</source>
        <translation>Ibalik mula sa isang backup</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="136" />
        <location filename="../ui/backupactions.cpp" line="150" />
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="142" />
        <source>Open the database file to restore first.</source>
        <translation>Buksan muna ang database file na ibabalik.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145" />
        <source>%1 is the open database itself; choose a backup.</source>
        <translation>Ang %1 ay ang mismong nakabukas na database; pumili ng backup.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="151" />
        <source>Replace everything in %1 with the backup %2?

The current file is kept as %3.</source>
        <translation>Palitan ang lahat ng nasa %1 ng backup na %2?

Itatabi ang kasalukuyang file bilang %3.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="165" />
        <source>Restored %1 from %2; the previous data is in %3.</source>
        <translation>Naibalik ang %1 mula sa %2; nasa %3 ang dating data.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusComponentForm</name>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="63" />
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="83" />
        <location filename="../ui/bonuscomponentform.cpp" line="161" />
        <source>Pa&amp;ys:</source>
        <translation>&amp;Nagbabayad:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="90" />
        <source>Amount per sale by tier</source>
        <translation>Halaga bawat benta ayon sa tier</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Add tier</source>
        <translation>Magdagdag ng tier</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Remove tier</source>
        <translation>Alisin ang tier</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="99" />
        <source>Each sale earns its product tier's amount (as in the sales export).</source>
        <translation>Kumikita ang bawat benta ng halaga ng tier ng produkto nito (gaya ng nasa sales export).</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="105" />
        <source>Other &amp;tiers, per sale:</source>
        <translation>Iba pang &amp;tier, bawat benta:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="122" />
        <source>Below this sample no band applies, and the report says why.</source>
        <translation>Kapag mas mababa sa sample na ito, walang band na umiiral, at sinasabi ng ulat kung bakit.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="125" />
        <source>Bands</source>
        <translation>Mga band</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Add band</source>
        <translation>Magdagdag ng band</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Remove band</source>
        <translation>Alisin ang band</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="131" />
        <source>A band pays when from ≤ value &lt; to; leave To empty for no upper end. Bands must not overlap.</source>
        <translation>Nagbabayad ang band kapag Mula ≤ halaga &lt; Hanggang; iwanang blangko ang Hanggang para walang itaas na hangganan. Hindi dapat magsapawan ang mga band.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="136" />
        <source>&amp;Measure:</source>
        <translation>&amp;Sukatan:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="137" />
        <source>Minimum samp&amp;le:</source>
        <translation>Minimum na samp&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="159" />
        <source>% of</source>
        <translation>% ng</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="187" />
        <source>Component “%1”</source>
        <translation>Component na “%1”</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusConditionEdit</name>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="40" />
        <source>Below this sample the condition does not hold, and the report says why.</source>
        <translation>Kapag mas mababa sa sample na ito, hindi natutupad ang kondisyon, at sinasabi ng ulat kung bakit.</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="52" />
        <source>&amp;Measure:</source>
        <translation>&amp;Sukatan:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="53" />
        <source>&amp;Holds when:</source>
        <translation>&amp;Natutupad kapag:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="54" />
        <source>Minimum samp&amp;le:</source>
        <translation>Minimum na samp&amp;le:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusEvidenceDialog</name>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="28" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="29" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="40" />
        <source>The month is locked; rows shown are today's data. The amount above is the one frozen with the lock.</source>
        <translation>Naka-lock ang buwan; data ngayong araw ang mga row na ipinapakita. Ang halaga sa itaas ang na-freeze kasama ng lock.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="56" />
        <source>Rows behind the amount</source>
        <translation>Mga row sa likod ng halaga</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="79" />
        <source>This line is not computed from rows of data; its sentence above says how it came about.</source>
        <translation>Hindi kinuwenta mula sa mga row ng data ang linyang ito; sinasabi ng pangungusap nito sa itaas kung paano ito nabuo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="86" />
        <source>The rows could not be read: %1</source>
        <translation>Hindi mabasa ang mga row: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>No rows in this month.</source>
        <translation>Walang row sa buwang ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n row</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusExporter</name>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="53" />
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF na ulat…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="54" />
        <source>&amp;XLSX workbook…</source>
        <translation>&amp;XLSX workbook…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="55" />
        <source>&amp;CSV (one row per agent and line)…</source>
        <translation>&amp;CSV (isang row bawat agent at linya)…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="72" />
        <source>Exporting</source>
        <translation>Nag-e-export</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="92" />
        <source>Exported to %1</source>
        <translation>Na-export sa %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="93" />
        <source>Export failed: %1</source>
        <translation>Hindi nagtagumpay ang pag-export: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="118" />
        <source>PDF documents (*.pdf)</source>
        <translation>Mga PDF na dokumento (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="120" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Mga Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="122" />
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="134" />
        <source>Export bonus month</source>
        <translation>I-export ang buwan ng bonus</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="152" />
        <source>Exporting to %1…</source>
        <translation>Ine-export sa %1…</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusGateForm</name>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="47" />
        <source>&amp;Then:</source>
        <translation>&amp;Kung gayon:</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="77" />
        <source>Gate “%1”</source>
        <translation>Gate na “%1”</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="84" />
        <source>% of the components</source>
        <translation>% ng mga component</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusListButtons</name>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="23" />
        <source>Move up</source>
        <translation>Ilipat pataas</translation>
    </message>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="24" />
        <source>Move down</source>
        <translation>Ilipat pababa</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusLockDialog</name>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="36" />
        <source>Lock %1</source>
        <translation>I-lock ang %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="37" />
        <source>Unlock %1</source>
        <translation>I-unlock ang %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="41" />
        <source>Your name</source>
        <translation>Ang pangalan mo</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="42" />
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="45" />
        <source>e.g. Reviewed with the team leaders; sent to payroll</source>
        <translation>hal. Nirepaso kasama ang mga team leader; ipinadala sa payroll</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="46" />
        <source>Why the month must change, e.g. a corrected attendance export</source>
        <translation>Kung bakit kailangang magbago ang buwan, hal. naitamang attendance export</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Lock month</source>
        <translation>I-lock ang buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Unlock month…</source>
        <translation>I-unlock ang buwan…</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="54" />
        <source>Your &amp;name:</source>
        <translation>Ang iyong &amp;pangalan:</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="55" />
        <source>&amp;Reason:</source>
        <translation>&amp;Dahilan:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="95" />
        <source>Locking freezes %1 as it is on screen: the lines of %n agent(s)</source>
        <translation><numerusform>Kapag ni-lock, mafe-freeze ang %1 gaya ng nasa screen: ang mga linya ng %n agent</numerusform><numerusform>Kapag ni-lock, mafe-freeze ang %1 gaya ng nasa screen: ang mga linya ng %n agent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="98" />
        <source>in %n team(s), site total %1.</source>
        <translation><numerusform>sa %n team, kabuuan ng site %1.</numerusform><numerusform>sa %n team, kabuuan ng site %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="101" />
        <source>Plans used: %1.</source>
        <translation>Mga plan na ginamit: %1.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="104" />
        <source>The plans and the SHA-256 of the CSV export are kept with the lock. The month is then read back as locked, never recomputed; data arriving later for it are paid as adjustments in the next open month.</source>
        <translation>Itinatago kasama ng lock ang mga plan at ang SHA-256 ng CSV export. Pagkatapos, binabasa ang buwan bilang naka-lock at hindi na muling kinukuwenta; ang data na darating pa para dito ay babayaran bilang adjustment sa susunod na bukas na buwan.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="115" />
        <source>Unlocking is an admin action: %1 is then recomputed from today's data and can be locked again. The lock stays in the history and the unlock is written to the audit log with your name and reason. A later locked month must be unlocked first.</source>
        <translation>Aksyon ng admin ang pag-unlock: kukuwentahin ulit ang %1 mula sa data ngayong araw at maaari itong i-lock muli. Mananatili sa history ang lock at isusulat sa audit log ang pag-unlock kasama ang pangalan mo at ang dahilan. Dapat munang i-unlock ang anumang mas huling buwan na naka-lock.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="127" />
        <source>Give your name and a reason first</source>
        <translation>Ibigay muna ang pangalan mo at ang dahilan</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="150" />
        <source>Not locked: %1</source>
        <translation>Hindi na-lock: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="151" />
        <source>Not unlocked: %1</source>
        <translation>Hindi na-unlock: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="166" />
        <source>Unlock %1? Its figures may change once it is recomputed.</source>
        <translation>I-unlock ang %1? Maaaring magbago ang mga numero nito kapag kinuwenta ulit.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusMonthPicker</name>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="18" />
        <location filename="../ui/bonusmonthpicker.cpp" line="19" />
        <source>Previous month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="21" />
        <location filename="../ui/bonusmonthpicker.cpp" line="22" />
        <source>Next month</source>
        <translation>Susunod na buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="26" />
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="27" />
        <source>The month to compute: type it, or step it with the arrow keys</source>
        <translation>Ang buwang kukuwentahin: i-type ito, o baguhin gamit ang mga arrow key</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPage</name>
    <message>
        <location filename="../ui/bonuspage.cpp" line="46" />
        <source>Edit &amp;plans…</source>
        <translation>I-edit ang mga &amp;plan…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="48" />
        <source>&amp;Lock month…</source>
        <translation>I-&amp;lock ang buwan…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="49" />
        <source>&amp;Unlock…</source>
        <translation>I-&amp;unlock…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="89" />
        <source>Bonus per team, agent and line</source>
        <translation>Bonus bawat team, agent at linya</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="138" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="140" />
        <location filename="../ui/bonuspage.cpp" line="296" />
        <source>All teams</source>
        <translation>Lahat ng team</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="141" />
        <source>Filter agents (Ctrl+F)</source>
        <translation>I-filter ang mga agent (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="142" />
        <source>Filter agents by name</source>
        <translation>I-filter ang mga agent ayon sa pangalan</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="145" />
        <source>&amp;Export</source>
        <translation>I-&amp;export</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="146" />
        <source>Export the month as a PDF report, an XLSX workbook or CSV (Ctrl+E)</source>
        <translation>I-export ang buwan bilang PDF na ulat, XLSX workbook o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="150" />
        <source>The bonus plans of the site and its teams, versioned by month</source>
        <translation>Ang mga bonus plan ng site at ng mga team nito, naka-bersiyon ayon sa buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="151" />
        <location filename="../ui/bonuspage.cpp" line="344" />
        <source>Freeze this month's results after review (Ctrl+L)</source>
        <translation>I-freeze ang mga resulta ng buwang ito pagkatapos ng review (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="152" />
        <source>Lift the lock: an audited admin action that needs a reason</source>
        <translation>Alisin ang lock: isang aksyon ng admin na naka-audit at nangangailangan ng dahilan</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="159" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="180" />
        <source>Filter agents and lines</source>
        <translation>I-filter ang mga agent at linya</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="184" />
        <source>Lock the month…</source>
        <translation>I-lock ang buwan…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="189" />
        <source>Export the bonus report</source>
        <translation>I-export ang bonus report</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="194" />
        <source>Compute the month again</source>
        <translation>Kuwentahin muli ang buwan</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="343" />
        <source>%1 can be locked once it has ended</source>
        <translation>Maaaring i-lock ang %1 kapag tapos na ito</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPageText</name>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="18" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Na-lock ni %1 noong %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="27" />
        <source>the built-in example plan</source>
        <translation>ang built-in na halimbawang plan</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="28" />
        <source>“%1” version %2, valid from %3</source>
        <translation>“%1” bersiyon %2, may bisa mula %3</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="38" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="42" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="50" />
        <source>%1 could not be computed: %2</source>
        <translation>Hindi makuwenta ang %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="53" />
        <source>Computing %1…</source>
        <translation>Kinukuwenta ang %1…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="54" />
        <source>%1: not computed yet.</source>
        <translation>%1: hindi pa nakukuwenta.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="58" />
        <source>Plans used: %1</source>
        <translation>Mga plan na ginamit: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="62" />
        <source>%1 — %2
Frozen: later data for this month are paid as adjustments in the next open month.</source>
        <translation>%1 — %2
Naka-freeze: ang data na darating pa para sa buwang ito ay babayaran bilang adjustment sa susunod na bukas na buwan.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="67" />
        <source>%1 — Open: figures may still change. Lock the month once it has been reviewed.</source>
        <translation>%1 — Bukas: maaari pang magbago ang mga numero. I-lock ang buwan kapag na-review na ito.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="68" />
        <source>%1 — Open: figures may still change; the month has not ended yet.</source>
        <translation>%1 — Bukas: maaari pang magbago ang mga numero; hindi pa tapos ang buwan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="78" />
        <source>%1 %2 (%n agent(s))</source>
        <translation><numerusform>%1 %2 (%n agent)</numerusform><numerusform>%1 %2 (%n agent)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="81" />
        <source>&lt;b&gt;Site total %1&lt;/b&gt; · %n agent(s)</source>
        <translation><numerusform>&lt;b&gt;Kabuuan ng site %1&lt;/b&gt; · %n agent</numerusform><numerusform>&lt;b&gt;Kabuuan ng site %1&lt;/b&gt; · %n agent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="97" />
        <source>Shown: %n agent(s), %1</source>
        <translation><numerusform>Ipinapakita: %n agent, %1</numerusform><numerusform>Ipinapakita: %n agent, %1</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanDialog</name>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="37" />
        <source>Bonus plans (*.json);;All files (*)</source>
        <translation>Mga bonus plan (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="67" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Itapon ang draft</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="68" />
        <source>&amp;Save version</source>
        <translation>I-&amp;save ang bersiyon</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="70" />
        <source>Bonus plans</source>
        <translation>Mga bonus plan</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="84" />
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="117" />
        <source>Bonus plan versions</source>
        <translation>Mga bersiyon ng bonus plan</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="121" />
        <source>&amp;New version…</source>
        <translation>&amp;Bagong bersiyon…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="124" />
        <source>Copies the selected plan into a draft to change and save as a new version.</source>
        <translation>Kinokopya ang napiling plan sa isang draft na babaguhin at ise-save bilang bagong bersiyon.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="125" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Mag-import ng JSON…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="126" />
        <source>E&amp;xport JSON…</source>
        <translation>Mag-e&amp;xport ng JSON…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="130" />
        <source>Import a bonus plan</source>
        <translation>Mag-import ng bonus plan</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="137" />
        <source>Export the bonus plan</source>
        <translation>I-export ang bonus plan</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="148" />
        <source>&lt;b&gt;Plan versions&lt;/b&gt; — a team without a plan of its own uses the site's.</source>
        <translation>&lt;b&gt;Mga bersiyon ng plan&lt;/b&gt; — ginagamit ng team na walang sariling plan ang plan ng site.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="247" />
        <source>A draft copy: change it, choose who it is for and from which month, then save.</source>
        <translation>Kopyang draft: baguhin ito, piliin kung para kanino ito at mula sa aling buwan, saka i-save.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="267" />
        <source>Draft discarded.</source>
        <translation>Itinapon ang draft.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="275" />
        <location filename="../ui/bonusplandialog.cpp" line="284" />
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="287" />
        <source>Not saved: %1. The list now shows that version; your draft is unchanged.</source>
        <translation>Hindi na-save: %1. Ipinapakita na ngayon ng listahan ang bersiyong iyon; hindi nagbago ang draft mo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="301" />
        <source>Saved version %1 for %2, valid from %3.</source>
        <translation>Na-save ang bersiyon %1 para sa %2, may bisa mula %3.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="315" />
        <source>Not imported from %1: %2</source>
        <translation>Hindi na-import mula sa %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="321" />
        <source>Imported from %1</source>
        <translation>Na-import mula sa %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="322" />
        <source>Imported “%1” from %2 as a draft: choose who it is for and from which month, then save.</source>
        <translation>Na-import ang “%1” mula sa %2 bilang draft: piliin kung para kanino ito at mula sa aling buwan, saka i-save.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="331" />
        <source>Not exported: %1</source>
        <translation>Hindi na-export: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="334" />
        <source>Exported “%1” to %2.</source>
        <translation>Na-export ang “%1” sa %2.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="361" />
        <source>Unsaved draft</source>
        <translation>Hindi naka-save na draft</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="362" />
        <source>Save the draft of “%1” as a new version first?</source>
        <translation>I-save muna ang draft ng “%1” bilang bagong bersiyon?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanEditor</name>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="39" />
        <source>&amp;Cap per agent:</source>
        <translation>&amp;Cap bawat agent:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="46" />
        <source>Com&amp;ponents</source>
        <translation>Mga com&amp;ponent</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="47" />
        <source>&amp;Gates</source>
        <translation>Mga &amp;gate</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="48" />
        <source>Score &amp;weights</source>
        <translation>Mga score &amp;weight</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="75" />
        <source>The most an agent can earn in a month, after the gates.</source>
        <translation>Ang pinakamalaking maaaring kitain ng isang agent sa isang buwan, pagkatapos ng mga gate.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="81" />
        <source>Plan n&amp;ame:</source>
        <translation>Pa&amp;ngalan ng plan:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="95" />
        <source>Components</source>
        <translation>Mga component</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <source>Add component</source>
        <translation>Magdagdag ng component</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="112" />
        <source>Gates</source>
        <translation>Mga gate</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Add gate</source>
        <translation>Magdagdag ng gate</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="120" />
        <source>Gates apply in this order to the components' total; a gate that sets the bonus to 0 ends the chain.</source>
        <translation>Inilalapat ang mga gate sa ganitong pagkakasunod-sunod sa kabuuan ng mga component; tinatapos ng gate na nagtatakda sa bonus sa 0 ang pagkakasunod-sunod.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="136" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="138" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="140" />
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="142" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="171" />
        <source>Com&amp;ponents (%L1)</source>
        <translation>Mga com&amp;ponent (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="172" />
        <source>&amp;Gates (%L1)</source>
        <translation>Mga &amp;gate (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✔ The plan is valid.</source>
        <translation>✔ Valid ang plan.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusVersionHeader</name>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="42" />
        <source>The first month the new version applies to.</source>
        <translation>Ang unang buwan na sakop ng bagong bersiyon.</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="44" />
        <source>Why this version (kept in the audit log)</source>
        <translation>Bakit ang bersiyong ito (itinatago sa audit log)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="45" />
        <source>New version (draft)</source>
        <translation>Bagong bersiyon (draft)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="47" />
        <source>&amp;For:</source>
        <translation>&amp;Para sa:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="49" />
        <source>&amp;Valid from:</source>
        <translation>May &amp;bisa mula:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="51" />
        <source>N&amp;ote:</source>
        <translation>&amp;Tala:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="78" />
        <source>Site (every team without a plan of its own)</source>
        <translation>Site (bawat team na walang sariling plan)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusWeightsEdit</name>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="19" />
        <source>This plan weighs the &amp;KPIs itself (otherwise the team's KPI plan decides)</source>
        <translation>Ang plan na ito mismo ang nagtatakda ng weight ng mga &amp;KPI (kung hindi, ang KPI plan ng team ang magpapasya)</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="73" />
        <source>Weights total %1 %.</source>
        <translation>%1 % ang kabuuan ng mga weight.</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="74" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>%1 % ang kabuuan ng mga weight — dapat 100 % ang kabuuan ng mga ito.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationResultsView</name>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="39" />
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Agreement per criterion</source>
        <translation>Pagkakasundo kada criterion</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="41" />
        <source>Evaluators by mean deviation</source>
        <translation>Mga evaluator ayon sa average na paglihis</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="43" />
        <source>Conversations with the widest spread</source>
        <translation>Mga usapan na may pinakamalawak na agwat</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="45" />
        <source>Every total</source>
        <translation>Bawat total</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Calibration agreement</source>
        <translation>Pagkakasundo sa calibration</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Evaluators, strictest first</source>
        <translation>Mga evaluator, pinakamahigpit muna</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Calibration evaluators</source>
        <translation>Mga evaluator ng calibration</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="59" />
        <source>Widest spread (double-click for each evaluator's total)</source>
        <translation>Pinakamalawak na agwat (mag-double-click para sa total ng bawat evaluator)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="60" />
        <source>Calibration spread</source>
        <translation>Agwat sa calibration</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Every total: conversation × evaluator</source>
        <translation>Bawat total: usapan × evaluator</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Calibration totals</source>
        <translation>Mga total ng calibration</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="86" />
        <source>Calibration scores never count in agents' QA %.</source>
        <translation>Hindi kailanman ibinibilang ang mga calibration score sa QA % ng mga agent.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="88" />
        <source>Blind calibration scores measure the evaluators, not the agents: they are left out of every QA average, KPI and bonus.</source>
        <translation>Sinusukat ng mga blind na calibration score ang mga evaluator, hindi ang mga agent: hindi isinasama ang mga ito sa anumang QA average, KPI at bonus.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="102" />
        <source>Export…</source>
        <translation>I-export…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="103" />
        <source>Save this table as CSV or Excel</source>
        <translation>I-save ang table na ito bilang CSV o Excel</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="121" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversations × %4 evaluators · closed %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 usapan × %4 evaluator · isinara noong %5</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="127" />
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="129" />
        <source>Krippendorff's α of the total scores (interval metric)</source>
        <translation>Krippendorff's α ng mga total score (interval metric)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="161" />
        <source>Totals of %1</source>
        <translation>Mga total ng %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="202" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationSessionDialog</name>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="27" />
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="51" />
        <source>New calibration session</source>
        <translation>Bagong calibration session</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="52" />
        <source>e.g. Chat calibration, week 12</source>
        <translation>hal. Chat calibration, linggo 12</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="53" />
        <source>Search by conversation or customer id</source>
        <translation>Maghanap ayon sa id ng usapan o customer</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="55" />
        <source>Conversations to score</source>
        <translation>Mga usapang ii-score</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="58" />
        <source>Evaluators</source>
        <translation>Mga evaluator</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="60" />
        <source>One name per line, as each evaluator enters it under Settings → Your name.</source>
        <translation>Isang pangalan kada linya, ayon sa inilagay ng bawat evaluator sa Mga Setting → Ang Pangalan Mo.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="64" />
        <source>&amp;Create session</source>
        <translation>&amp;Gumawa ng session</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="67" />
        <source>Each evaluator scores every conversation blind: nobody sees another's scores until the session is closed. Calibration scores never count in agents' QA %.</source>
        <translation>Bawat evaluator ay nag-i-score nang blind sa bawat usapan: walang nakakakita ng score ng iba hanggang maisara ang session. Hindi kailanman ibinibilang ang mga calibration score sa QA % ng mga agent.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="73" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Scorecard:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="74" />
        <source>Con&amp;versations:</source>
        <translation>Mga &amp;usapan:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="77" />
        <source>&amp;Evaluators
(one per line):</source>
        <translation>Mga &amp;evaluator
(isa kada linya):</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="107" />
        <source>%1 (version %2)</source>
        <translation>%1 (bersiyon %2)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="137" />
        <source>Could not list conversations: %1</source>
        <translation>Hindi mailista ang mga usapan: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="182" />
        <source>Give the session a name.</source>
        <translation>Bigyan ng pangalan ang session.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="184" />
        <source>There is no QA scorecard yet: create one in the scorecard designer first.</source>
        <translation>Wala pang QA scorecard: gumawa muna nito sa scorecard designer.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="186" />
        <source>Tick at least one conversation to score.</source>
        <translation>Mag-tick ng kahit isang usapan na ii-score.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="188" />
        <source>Name at least two evaluators, one per line: agreement needs two opinions.</source>
        <translation>Maglagay ng kahit dalawang evaluator, isa kada linya: kailangan ng dalawang opinyon para sa pagkakasundo.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="192" />
        <source>%1 is listed twice.</source>
        <translation>Dalawang beses nakalista ang %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="200" />
        <source>%1 conversations × %2 evaluators = %3 scores to give</source>
        <translation>%1 usapan × %2 evaluator = %3 score na ibibigay</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationView</name>
    <message>
        <location filename="../ui/calibrationview.cpp" line="28" />
        <source>Calibration sessions</source>
        <translation>Mga calibration session</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="29" />
        <source>&amp;New session…</source>
        <translation>&amp;Bagong session…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="30" />
        <source>C&amp;lose session…</source>
        <translation>&amp;Isara ang session…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="40" />
        <source>Close the session: every evaluator's scores become visible and the results appear</source>
        <translation>Isara ang session: makikita na ang mga score ng bawat evaluator at lalabas ang mga resulta</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="44" />
        <source>Evaluators score the same conversations blind; closing the session shows how far they agree. Calibration scores never count in QA %.</source>
        <translation>Nag-i-score nang blind ang mga evaluator sa parehong mga usapan; ipinapakita ng pagsasara ng session kung gaano sila nagkakasundo. Hindi kailanman ibinibilang ang mga calibration score sa QA %.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="95" />
        <source>Could not load the sessions: %1</source>
        <translation>Hindi ma-load ang mga session: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="125" />
        <source>Select a session, or create one with New session…</source>
        <translation>Pumili ng session, o gumawa nito gamit ang Bagong session…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="136" />
        <source>Could not compute the results: %1</source>
        <translation>Hindi makalkula ang mga resulta: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="165" />
        <source>Close “%1”? Every evaluator's scores become visible to everyone, the results are computed, and no more scores can be added.</source>
        <translation>Isara ang “%1”? Makikita na ng lahat ang mga score ng bawat evaluator, kakalkulahin ang mga resulta, at hindi na maaaring magdagdag ng score.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="171" />
        <source>Only %1 are in so far.</source>
        <translation>%1 pa lang ang naipasok sa ngayon.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="172" />
        <location filename="../ui/calibrationview.cpp" line="191" />
        <source>Close calibration session</source>
        <translation>Isara ang calibration session</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="174" />
        <source>Close session</source>
        <translation>Isara ang session</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationWorklist</name>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="22" />
        <source>Your calibration worklist</source>
        <translation>Ang calibration worklist mo</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="24" />
        <source>&amp;Score…</source>
        <translation>I-&amp;score…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="27" />
        <source>Score the selected conversation blind (Enter)</source>
        <translation>I-score nang blind ang napiling usapan (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="78" />
        <source>Could not load your worklist: %1</source>
        <translation>Hindi ma-load ang worklist mo: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="91" />
        <source>All evaluators together: %1.</source>
        <translation>Lahat ng evaluator nang magkakasama: %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="94" />
        <source>You (%1) are not an evaluator of “%2”; its evaluators are %3. %4</source>
        <translation>Hindi ka (%1) evaluator ng “%2”; ang mga evaluator nito ay sina %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="99" />
        <source>Your scores in “%1”: %2 of %3 conversations published. %4 Others' scores stay hidden until the session is closed.</source>
        <translation>Ang mga score mo sa “%1”: %2 sa %3 usapan ang na-publish. %4 Nakatago ang mga score ng iba hanggang maisara ang session.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="35" />
        <source>Could not write %1</source>
        <translation>Hindi maisulat ang %1</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="41" />
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="69" />
        <source>Unknown chart format "%1": use .png, .svg or .pdf</source>
        <translation>Hindi kilalang format ng chart na “%1”: gamitin ang .png, .svg o .pdf</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="127" />
        <source>Could not start printing</source>
        <translation>Hindi masimulan ang pag-print</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="135" />
        <source>PNG image (*.png)</source>
        <translation>PNG na larawan (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="136" />
        <source>SVG image (*.svg)</source>
        <translation>SVG na larawan (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="137" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF na dokumento (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="141" />
        <source>Export chart</source>
        <translation>I-export ang chart</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingAttendanceTab</name>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="27" />
        <source>Warning ladder: no steps.</source>
        <translation>Hagdan ng babala: walang baitang.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="28" />
        <source>Warning ladder: %1, counting violations over %2 days.</source>
        <translation>Hagdan ng babala: %1, binibilang ang mga violation sa loob ng %2 araw.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="40" />
        <source>&amp;Enter attendance…</source>
        <translation>&amp;Ilagay ang attendance…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="41" />
        <source>&amp;Warning ladder…</source>
        <translation>&amp;Hagdan ng babala…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="44" />
        <source>Attendance violations per agent and month</source>
        <translation>Mga attendance violation bawat agent at buwan</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="51" />
        <source>Enter or correct one shift of an agent (Enter on a row: that agent)</source>
        <translation>Ilagay o itama ang isang shift ng agent (Enter sa isang row: ang agent na iyon)</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="53" />
        <source>Change the site's warning ladder: its steps and window</source>
        <translation>Baguhin ang hagdan ng babala ng site: ang mga baitang at saklaw na panahon nito</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="62" />
        <source>&amp;Violations per month — unexcused absences and no-call-no-shows; the stage is today's</source>
        <translation>Mga &amp;violation bawat buwan — mga unexcused absence at no-call-no-show; ang yugto ay ang sa ngayong araw</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="75" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="125" />
        <source>Could not load attendance: %1</source>
        <translation>Hindi ma-load ang attendance: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="135" />
        <source>%1 agents, %2 violations in the period; %3 agents on a warning step today.</source>
        <translation>%1 agent, %2 violation sa panahong ito; %3 agent ang nasa baitang ng babala ngayong araw.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingEffectTab</name>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="27" />
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="28" />
        <source>Days before and after a session</source>
        <translation>Mga araw bago at pagkatapos ng session</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="29" />
        <source>How many days before and after each session its focus KPIs are compared over (a site setting)</source>
        <translation>Ilang araw bago at pagkatapos ng bawat session pinaghahambing ang mga focus KPI nito (setting ng site)</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="35" />
        <source>Focus areas by effect</source>
        <translation>Mga focus area ayon sa epekto</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="42" />
        <source>&amp;Window:</source>
        <translation>&amp;Saklaw na panahon:</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="50" />
        <source>&amp;Focus areas — which KPIs moved most after coaching</source>
        <translation>Mga &amp;focus area — aling mga KPI ang pinakagumalaw pagkatapos ng coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="60" />
        <source>Effect</source>
        <translation>Epekto</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="104" />
        <source>Could not measure the effect: %1</source>
        <translation>Hindi masukat ang epekto: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="111" />
        <source>After coaching, over %1 days before vs %1 after; sessions with n &lt; %2 are not judged.</source>
        <translation>Pagkatapos ng coaching, sa loob ng %1 araw bago laban sa %1 pagkatapos; hindi sinusuri ang mga session na may n &lt; %2.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="121" />
        <source>%1 sessions with a focus in the period; %2 focus KPIs judged.</source>
        <translation>%1 session na may focus sa panahong ito; %2 focus KPI ang nasuri.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="132" />
        <source>Could not save the window: %1</source>
        <translation>Hindi ma-save ang saklaw na panahon: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingFollowUpsTab</name>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="23" />
        <source>&amp;Open session</source>
        <translation>&amp;Buksan ang session</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="24" />
        <source>&amp;Mark done</source>
        <translation>&amp;Markahang tapos</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="28" />
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups</source>
        <translation>Mga follow-up</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="30" />
        <source>Open action items</source>
        <translation>Mga bukas na action item</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="34" />
        <source>Open the session the selected follow-up belongs to (Enter)</source>
        <translation>Buksan ang session na kinabibilangan ng napiling follow-up (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="37" />
        <source>Mark the selected action item done today (Space); reopen it from its session</source>
        <translation>Markahang tapos ngayong araw ang napiling action item (Space); buksan itong muli mula sa session nito</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="43" />
        <source>&amp;Follow-ups — agents due another conversation</source>
        <translation>Mga &amp;follow-up — mga agent na due na para sa panibagong pag-uusap</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="44" />
        <source>Open &amp;action items of the team</source>
        <translation>Mga bukas na &amp;action item ng team</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="61" />
        <source>Mark the selected action done (on the list of actions)</source>
        <translation>Markahang tapos ang napiling action (sa listahan ng mga action)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="123" />
        <source>Could not load the follow-ups: %1</source>
        <translation>Hindi ma-load ang mga follow-up: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="126" />
        <source>%1 follow-ups (%2 overdue), %3 open action items (%4 overdue).</source>
        <translation>%1 follow-up (%2 overdue), %3 bukas na action item (%4 overdue).</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="142" />
        <source>Follow-ups (%1 overdue)</source>
        <translation>Mga follow-up (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups (%1)</source>
        <translation>Mga follow-up (%1)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="164" />
        <source>Could not mark “%1” done: %2</source>
        <translation>Hindi mamarkahang tapos ang “%1”: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPage</name>
    <message>
        <location filename="../ui/coachingpage.cpp" line="33" />
        <source>Follow-ups due and overdue, and the team's open action items</source>
        <translation>Mga follow-up na due na at overdue, at ang mga bukas na action item ng team</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="34" />
        <source>Coaching sessions of the period: plan, run and close them</source>
        <translation>Mga coaching session sa panahong ito: planuhin, isagawa at isara ang mga ito</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="35" />
        <source>Which focus areas moved most after coaching</source>
        <translation>Aling mga focus area ang pinakagumalaw pagkatapos ng coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="36" />
        <source>The shared library of script rewrites, set as homework</source>
        <translation>Ang pinagsasaluhang library ng mga binagong script, itinatakda bilang homework</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="38" />
        <source>Attendance violations per agent and month, and the warning ladder</source>
        <translation>Mga attendance violation bawat agent at buwan, at ang hagdan ng babala</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="148" />
        <source>Open conversation</source>
        <translation>Buksan ang usapan</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="154" />
        <source>Conversation %1, discussed in a coaching session</source>
        <translation>Usapang %1, napag-usapan sa isang coaching session</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhraseDialog</name>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="30" />
        <source>Can you tell me more about the problem that you're experiencing?</source>
        <translation>Puwede mo bang ikuwento pa ang problemang nararanasan mo?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="31" />
        <source>Please tell me what happened?</source>
        <translation>Pakisabi kung ano ang nangyari?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="33" />
        <source>&amp;Checked for CSAT impact</source>
        <translation>&amp;Nasuri ang epekto sa CSAT</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="37" />
        <source>Add phrase</source>
        <translation>Magdagdag ng parirala</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="41" />
        <source>opening, complaint, closing</source>
        <translation>pagbati, reklamo, pagtatapos</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="42" />
        <source>The situations the phrase fits, separated by commas</source>
        <translation>Ang mga sitwasyong angkop sa parirala, pinaghihiwalay ng kuwit</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="60" />
        <source>How it was checked, e.g. “A/B on 400 chats, +3 pts”</source>
        <translation>Paano ito nasuri, hal. “A/B sa 400 chat, +3 pts”</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="64" />
        <source>&amp;Longer (what agents say):</source>
        <translation>&amp;Mas mahaba (sinasabi ng mga agent):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="65" />
        <source>&amp;Shorter (say this instead):</source>
        <translation>Mas maik&amp;li (ito ang sabihin sa halip):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="66" />
        <source>S&amp;ituations:</source>
        <translation>Mga &amp;sitwasyon:</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="68" />
        <source>&amp;Note:</source>
        <translation>&amp;Tala:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhrasesTab</name>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="33" />
        <source>Show &amp;retired</source>
        <translation>Ipakita ang naka-&amp;retire</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="34" />
        <source>&amp;Add phrase…</source>
        <translation>&amp;Magdagdag ng parirala…</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="35" />
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;tire</source>
        <translation>I-re&amp;tire</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="41" />
        <source>Situation</source>
        <translation>Sitwasyon</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="44" />
        <location filename="../ui/coachingphrasestab.cpp" line="46" />
        <source>Search phrases</source>
        <translation>Maghanap ng parirala</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="48" />
        <source>Also list retired phrases (in grey); sessions that set them keep them</source>
        <translation>Ilista rin ang mga naka-retire na parirala (kulay abo); nananatili ang mga ito sa mga session na nagtakda sa kanila</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="51" />
        <location filename="../ui/coachingphrasestab.cpp" line="283" />
        <source>Retire the selected phrase: it is no longer offered as homework</source>
        <translation>I-retire ang napiling parirala: hindi na ito iaalok bilang homework</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="57" />
        <source>Phrase library</source>
        <translation>Library ng parirala</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="70" />
        <location filename="../ui/coachingphrasestab.cpp" line="209" />
        <source>All situations</source>
        <translation>Lahat ng sitwasyon</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="92" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="95" />
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="113" />
        <source>S&amp;ituation:</source>
        <translation>&amp;Sitwasyon:</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="135" />
        <source>Phrases</source>
        <translation>Mga parirala</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="168" />
        <source>Could not load the phrases: %1</source>
        <translation>Hindi ma-load ang mga parirala: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="197" />
        <source>Could not load the situations: %1</source>
        <translation>Hindi ma-load ang mga sitwasyon: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="236" />
        <source>Could not add the phrase: %1</source>
        <translation>Hindi maidagdag ang parirala: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;store</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="282" />
        <source>Restore the selected phrase: it is offered as homework again</source>
        <translation>Ibalik ang napiling parirala: iaalok itong muli bilang homework</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="296" />
        <source>%1 phrases</source>
        <translation>%1 parirala</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="297" />
        <source>%1 of %2 phrases</source>
        <translation>%1 sa %2 parirala</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingSessionsTab</name>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="26" />
        <source>&amp;Plan session…</source>
        <translation>&amp;Magplano ng session…</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="27" />
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="28" />
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="33" />
        <source>Session status</source>
        <translation>Status ng session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="34" />
        <source>All sessions</source>
        <translation>Lahat ng session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="39" />
        <source>Search by agent</source>
        <translation>Maghanap ayon sa agent</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="41" />
        <source>Search sessions by agent</source>
        <translation>Maghanap ng session ayon sa agent</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="44" />
        <source>Coaching sessions</source>
        <translation>Mga coaching session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="47" />
        <source>Plan a session with an agenda proposed from the data (Ctrl+Shift+N)</source>
        <translation>Magplano ng session na may agendang iminungkahi mula sa data (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="49" />
        <source>Open the selected session (Enter)</source>
        <translation>Buksan ang napiling session (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="51" />
        <source>Delete the selected session; only planned sessions can be deleted</source>
        <translation>Burahin ang napiling session; ang mga nakaplanong session lang ang maaaring burahin</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="72" />
        <source>Plan a coaching session</source>
        <translation>Magplano ng coaching session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="82" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="132" />
        <source>Could not load the sessions: %1</source>
        <translation>Hindi ma-load ang mga session: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="141" />
        <source>Sessions</source>
        <translation>Mga session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="176" />
        <source>the session with %1 planned for %2</source>
        <translation>ang session kasama si %1 na nakaplano sa %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="178" />
        <source>Delete session</source>
        <translation>Burahin ang session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="179" />
        <source>Delete %1, with its agenda? This cannot be undone.</source>
        <translation>Burahin ang %1, kasama ang agenda nito? Hindi na ito maa-undo.</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="185" />
        <source>Could not delete %1: %2</source>
        <translation>Hindi mabura ang %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="213" />
        <source>%1 sessions</source>
        <translation>%1 session</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="214" />
        <source>%1 of %2 sessions</source>
        <translation>%1 sa %2 session</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ComparePicker</name>
    <message>
        <location filename="../ui/comparepicker.cpp" line="25" />
        <source>Compare agents</source>
        <translation>Ikumpara ang mga agent</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="26" />
        <source>Filter by name or team</source>
        <translation>I-filter ayon sa pangalan o team</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="28" />
        <source>Filter agents</source>
        <translation>I-filter ang mga agent</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="29" />
        <source>Agents to compare</source>
        <translation>Mga agent na ikukumpara</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="31" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="48" />
        <source>C&amp;lear</source>
        <translation>I-&amp;clear</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="82" />
        <source>At most %1 agents fit on one chart: untick one before adding %2.</source>
        <translation>Hanggang %1 agent lang ang kasya sa isang chart: i-untick ang isa bago idagdag ang %2.</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="103" />
        <source>Tick up to %1 agents to draw side by side on the trend chart (%2 ticked).</source>
        <translation>Mag-tick ng hanggang %1 agent na ipapakita nang magkatabi sa trend chart (%2 ang naka-tick).</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="25" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Tandaan ang password sa system keyring</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28" />
        <source>Connect to Server</source>
        <translation>Kumonekta sa Server</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29" />
        <source>e.g. db.example.com</source>
        <translation>hal. db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32" />
        <source>e.g. contact_centre</source>
        <translation>hal. contact_centre</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35" />
        <source>Use TLS when the server offers it</source>
        <translation>Gumamit ng TLS kapag iniaalok ito ng server</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="36" />
        <source>Require TLS</source>
        <translation>Kailanganin ang TLS</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37" />
        <source>Require TLS and verify the server's certificate and name</source>
        <translation>Kailanganin ang TLS at i-verify ang certificate at pangalan ng server</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39" />
        <source>No TLS (trusted networks only)</source>
        <translation>Walang TLS (para lang sa mga pinagkakatiwalaang network)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="45" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="46" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="47" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="51" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation>&amp;Kumonekta</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="57" />
        <source>The PostgreSQL database your site's supervisors share. Your site's IT can give you these details.</source>
        <translation>Ang PostgreSQL database na pinagsasaluhan ng mga supervisor ng site mo. Maibibigay sa iyo ng IT ng site mo ang mga detalyeng ito.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="109" />
        <source>Enter the server's host name or address.</source>
        <translation>Ilagay ang host name o address ng server.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111" />
        <source>Enter the name of the database on the server.</source>
        <translation>Ilagay ang pangalan ng database sa server.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="113" />
        <source>Enter your user name on the server.</source>
        <translation>Ilagay ang user name mo sa server.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationPanel</name>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="28" />
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="29" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="30" />
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="31" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="32" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="33" />
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="34" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="35" />
        <source>Sale</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="36" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="37" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="52" />
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>&amp;Attach transcript…</source>
        <translation>&amp;Mag-attach ng transcript…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="56" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="72" />
        <source>A text file with one utterance per line: “[mm:ss] Speaker: text”.</source>
        <translation>Text file na may isang pahayag kada linya: “[mm:ss] Nagsasalita: text”.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="80" />
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transcript&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="156" />
        <source> (talk only)</source>
        <translation> (talk lang)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="158" />
        <source>%1 on %2–%3</source>
        <translation>%1 sa %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="170" />
        <source>No transcript.
Attach one as a text file.</source>
        <translation>Walang transcript.
Mag-attach nito bilang text file.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="171" />
        <source>No transcript stored.
Transcript reference: %1</source>
        <translation>Walang naka-store na transcript.
Reference ng transcript: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>Replace t&amp;ranscript…</source>
        <translation>Palitan ang t&amp;ranscript…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="206" />
        <source>Attach a transcript</source>
        <translation>Mag-attach ng transcript</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="207" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Mga text file (*.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="217" />
        <source>cannot read the file: %1</source>
        <translation>hindi mabasa ang file: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="37" />
        <source>Show the &amp;whole scope</source>
        <translation>Ipakita ang &amp;buong saklaw</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="38" />
        <source>Leave the drill-down and show every conversation of the scope</source>
        <translation>Umalis sa drill-down at ipakita ang bawat usapan ng saklaw</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50" />
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation>Maghanap ng id ng usapan o customer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="52" />
        <source>Search conversations</source>
        <translation>Maghanap ng usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="59" />
        <source>Search the conversations</source>
        <translation>Maghanap sa mga usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="72" />
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="76" />
        <location filename="../ui/conversationspage.cpp" line="122" />
        <source>Could not load conversations: %1</source>
        <translation>Hindi ma-load ang mga usapan: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="79" />
        <source>Conversation details</source>
        <translation>Mga detalye ng usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="125" />
        <source>%1 conversations</source>
        <translation>%1 usapan</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="173" />
        <source>&lt;b&gt;Drill-down:&lt;/b&gt; %1 — %2 listed</source>
        <translation>&lt;b&gt;Drill-down:&lt;/b&gt; %1 — %2 ang nakalista</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="176" />
        <source> (the figure's n = %1)</source>
        <translation> (n ng figure = %1)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="178" />
        <source>; narrowed further by the search</source>
        <translation>; pinakitid pa ng paghahanap</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionAnswersEdit</name>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="29" />
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="30" />
        <source>%1 · critical</source>
        <translation>%1 · critical</translation>
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="57" />
        <source>%1 (contested)</source>
        <translation>%1 (tinutulan)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionListView</name>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="43" />
        <source>Y or N</source>
        <translation>Y o N</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="44" />
        <source>1 to 5</source>
        <translation>1 hanggang 5</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="45" />
        <source>%1, or A for N/A</source>
        <translation>%1, o A para sa N/A</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="46" />
        <source>%1 (N/A is not allowed)</source>
        <translation>%1 (hindi pinapayagan ang N/A)</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="55" />
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="97" />
        <source>Keys: ↑/↓ or K/J move · Y/N yes or no · 1–5 scale · A or 0 N/A · Enter next unanswered · C comment · Ctrl+Z undo · Ctrl+S save draft · Ctrl+Enter publish</source>
        <translation>Mga key: ↑/↓ o K/J lumipat · Y/N oo o hindi · 1–5 scale · A o 0 N/A · Enter susunod na hindi nasasagot · C komento · Ctrl+Z i-undo · Ctrl+S i-save ang draft · Ctrl+Enter i-publish</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="143" />
        <source>This evaluation is read-only.</source>
        <translation>Read-only ang evaluation na ito.</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="145" />
        <source>“%1” takes %2.</source>
        <translation>Tumatanggap ang “%1” ng %2.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionPanel</name>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="19" />
        <source>yes / no</source>
        <translation>oo / hindi</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="20" />
        <source>scale 1–5</source>
        <translation>scale 1–5</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="22" />
        <source>, N/A allowed</source>
        <translation>, pinapayagan ang N/A</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="24" />
        <source>, &lt;b style='color:#b3261e'&gt;auto-fail&lt;/b&gt;</source>
        <translation>, &lt;b style='color:#b3261e'&gt;auto-fail&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="45" />
        <source>Comment on this criterion (C) — Enter or Esc returns to the list</source>
        <translation>Komento sa criterion na ito (C) — bumabalik sa listahan ang Enter o Esc</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="53" />
        <source>Co&amp;mment:</source>
        <translation>&amp;Komento:</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="99" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · weight %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · weight %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="103" />
        <source>No guideline for this criterion.</source>
        <translation>Walang gabay para sa criterion na ito.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="68" />
        <source>Reset zoom</source>
        <translation>I-reset ang zoom</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69" />
        <source>Show the whole period again (0 or Esc)</source>
        <translation>Ipakita ulit ang buong panahon (0 o Esc)</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="70" />
        <source>Reset chart zoom</source>
        <translation>I-reset ang zoom ng chart</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="74" />
        <source>CSAT and AHT trend chart</source>
        <translation>Trend chart ng CSAT at AHT</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="83" />
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="97" />
        <source>Selected note</source>
        <translation>Napiling tala</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="323" />
        <source>Raw CSAT and AHT series.</source>
        <translation>Raw na series ng CSAT at AHT.</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="326" />
        <source>%1. %2 Mouse wheel or Shift+drag zooms, drag or the arrow keys pan, 0 or Esc resets the zoom.</source>
        <translation>%1. %2 Nag-zoom ang mouse wheel o Shift+drag, nagpa-pan ang drag o ang mga arrow key, nire-reset ng 0 o Esc ang zoom.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="34" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="35" />
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="36" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37" />
        <source>Dashboard views</source>
        <translation>Mga view ng dashboard</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="74" />
        <source>KPI score</source>
        <translation>KPI score</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="75" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="76" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="77" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="78" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="79" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="80" />
        <source>Sales conv.</source>
        <translation>Sales conv.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="81" />
        <source>CSAT vs AHT</source>
        <translation>CSAT vs AHT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="111" />
        <source>Peer-review notes</source>
        <translation>Mga peer-review note</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="152" />
        <source>Could not load the dashboard: %1</source>
        <translation>Hindi ma-load ang dashboard: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="159" />
        <source>No handled conversations in this period for this selection.</source>
        <translation>Walang na-handle na usapan sa panahong ito para sa napiling ito.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="162" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % at AHT, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="164" />
        <source>CSAT against AHT by agent — %1</source>
        <translation>CSAT laban sa AHT ayon sa agent — %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="167" />
        <source>Peer-review notes (%1)</source>
        <translation>Mga peer-review note (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="189" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="190" />
        <source>%1 handled</source>
        <translation>%1 na-handle</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="191" />
        <source>Weighted KPI score: each KPI's band earns points (far below %1, below %2, met %3, exceeded %4), weighted by the KPI plan (Settings → KPI plan). %5 % of the plan's weight has data. %6 of %7 offered conversations handled.</source>
        <translation>Weighted na KPI score: may puntos ang band ng bawat KPI (lubhang kulang %1, kulang %2, naabot %3, nalampasan %4), tinimbang ayon sa KPI plan (Mga Setting → KPI plan). May data ang %5 % ng weight ng plan. %6 sa %7 inalok na usapan ang na-handle.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="206" />
        <source>n = %1 responses</source>
        <translation>n = %1 sagot</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="209" />
        <source>Target %1.</source>
        <translation>Target %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="210" />
        <location filename="../ui/dashboardpage.cpp" line="214" />
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="216" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="219" />
        <source>%n shift(s)</source>
        <translation><numerusform>%n shift</numerusform><numerusform>%n shift</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="221" />
        <source>%1 sales</source>
        <translation>%1 benta</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="222" />
        <source>Sales conversion: sales ÷ handled conversations (n = %1). Sales amount %2.</source>
        <translation>Sales conversion: benta ÷ mga na-handle na usapan (n = %1). Halaga ng benta: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="225" />
        <source>targets CSAT %1, AHT %2</source>
        <translation>mga target: CSAT %1, AHT %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeDecisionDialog</name>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="37" />
        <source>Decide dispute</source>
        <translation>Pagpasyahan ang dispute</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="52" />
        <source>Why — the agent and the evaluator both read this</source>
        <translation>Bakit — babasahin ito ng agent at ng evaluator</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="56" />
        <source>&amp;Decide</source>
        <translation>&amp;Pagpasyahan</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="59" />
        <source>Outcome:</source>
        <translation>Resulta:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="60" />
        <source>&amp;Reason:</source>
        <translation>&amp;Dahilan:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="61" />
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="87" />
        <source>&amp;Accept</source>
        <translation>&amp;Tanggapin</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="88" />
        <source>&amp;Partially accept</source>
        <translation>&amp;Bahagyang tanggapin</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="89" />
        <source>Re&amp;ject</source>
        <translation>Ta&amp;nggihan</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="97" />
        <source>The agent is right: re-score the contested answers.</source>
        <translation>Tama ang agent: i-score ulit ang mga tinutulang sagot.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="99" />
        <source>The agent is partly right: re-score what deserves it.</source>
        <translation>Bahagyang tama ang agent: i-score ulit ang nararapat.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="101" />
        <source>The evaluation stands as it was scored.</source>
        <translation>Mananatili ang evaluation ayon sa pagkaka-score nito.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="110" />
        <source>the whole evaluation</source>
        <translation>ang buong evaluation</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="111" />
        <source>the criterion “%1”</source>
        <translation>ang criterion na “%1”</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="112" />
        <source>&lt;b&gt;%1&lt;/b&gt;'s evaluation by %2 of conversation %3 (%4) — %5 contested by %6 on %7, deadline %8.</source>
        <translation>Ang evaluation ni %2 sa usapang %3 (%4) ni &lt;b&gt;%1&lt;/b&gt; — tinutulan ni %6 ang %5 noong %7, deadline %8.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="153" />
        <source>Could not load the evaluation: %1</source>
        <translation>Hindi ma-load ang evaluation: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="155" />
        <source>This dispute was already decided.</source>
        <translation>Napagpasyahan na ang dispute na ito.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="158" />
        <source>Choose an outcome: accept, partially accept or reject.</source>
        <translation>Pumili ng resulta: tanggapin, bahagyang tanggapin o tanggihan.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeOpenDialog</name>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="32" />
        <source>Dispute evaluation</source>
        <translation>I-dispute ang evaluation</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="35" />
        <source>Contest</source>
        <translation>Tutulan</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="37" />
        <source>What the agent contests, and why — the arbitrator decides on this</source>
        <translation>Ano ang tinututulan ng agent, at bakit — dito magpapasya ang arbitrator</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="40" />
        <source>&amp;Open dispute</source>
        <translation>&amp;Magbukas ng dispute</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="43" />
        <source>&amp;Contest:</source>
        <translation>&amp;Tutulan:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="44" />
        <source>&amp;Reason:</source>
        <translation>&amp;Dahilan:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="76" />
        <source>%1's evaluation of conversation %2 (%3) by %4: %5, %6.</source>
        <translation>Evaluation ni %4 sa usapang %2 (%3) ni %1: %5, %6.</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="84" />
        <source>The whole evaluation</source>
        <translation>Ang buong evaluation</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="91" />
        <source>%1 — answered %2</source>
        <translation>%1 — sagot: %2</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="111" />
        <source>The dispute window of this evaluation closed on %1.</source>
        <translation>Nagsara noong %1 ang dispute window ng evaluation na ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputeopendialog.cpp" line="112" />
        <source>Disputes of this evaluation can be opened until %1; the arbitrator then has %n day(s) to decide.</source>
        <translation><numerusform>Maaaring magbukas ng dispute sa evaluation na ito hanggang %1; pagkatapos ay may %n araw ang arbitrator para magpasya.</numerusform><numerusform>Maaaring magbukas ng dispute sa evaluation na ito hanggang %1; pagkatapos ay may %n araw ang arbitrator para magpasya.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="133" />
        <source>Give a reason: what is wrong with the evaluation?</source>
        <translation>Magbigay ng dahilan: ano ang mali sa evaluation?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputesview.cpp" line="34" />
        <source>&amp;Decide…</source>
        <translation>&amp;Pagpasyahan…</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="35" />
        <source>&amp;Open evaluation</source>
        <translation>&amp;Buksan ang evaluation</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="37" />
        <source>Disputes</source>
        <translation>Mga dispute</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="40" />
        <source>Score history</source>
        <translation>History ng score</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="44" />
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="46" />
        <source>All disputes</source>
        <translation>Lahat ng dispute</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="47" />
        <source>Open disputes only</source>
        <translation>Mga bukas na dispute lang</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="49" />
        <source>Accept, partially accept or reject the selected dispute, as arbitrator</source>
        <translation>Tanggapin, bahagyang tanggapin o tanggihan ang napiling dispute, bilang arbitrator</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="72" />
        <source>Show:</source>
        <translation>Ipakita:</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="81" />
        <source>&lt;b&gt;Score history&lt;/b&gt; — QA averages use the latest score</source>
        <translation>&lt;b&gt;History ng score&lt;/b&gt; — ginagamit ng mga QA average ang pinakabagong score</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="114" />
        <source>Could not load disputes: %1</source>
        <translation>Hindi ma-load ang mga dispute: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="128" />
        <source>%1 listed, %2 overdue</source>
        <translation>%1 ang nakalista, %2 ang overdue</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="129" />
        <source>%1 listed</source>
        <translation>%1 ang nakalista</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="145" />
        <source>Select a dispute to read its reason and score history.</source>
        <translation>Pumili ng dispute para mabasa ang dahilan at history ng score nito.</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="159" />
        <source>%1's evaluation by %2 — raised by %3 on %4: “%5”</source>
        <translation>Evaluation ni %2 para kay %1 — itinaas ni %3 noong %4: “%5”</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="163" />
        <source>%1 by %2 on %3: “%4”</source>
        <translation>%1 ni %2 noong %3: “%4”</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EffectChart</name>
    <message>
        <location filename="../ui/effectchart.cpp" line="53" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="58" />
        <source>%1 before and after</source>
        <translation>%1 bago at pagkatapos</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="59" />
        <source>Before %1, after %2. %3</source>
        <translation>Bago %1, pagkatapos %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="96" />
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="98" />
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="122" />
        <source>%1
n %2</source>
        <translation>%1
n %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationDialog</name>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="99" />
        <source>Annotations</source>
        <translation>Mga annotation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="100" />
        <source>Score history</source>
        <translation>History ng score</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="119" />
        <source>&amp;Edit…</source>
        <translation>I-&amp;edit…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="121" />
        <source>&amp;Save draft</source>
        <translation>I-&amp;save ang draft</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="123" />
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>&amp;Publish</source>
        <translation>I-&amp;publish</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="125" />
        <source>&amp;Reload</source>
        <translation>I-&amp;reload</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="127" />
        <source>Open the evaluation as it is stored now, with the other change</source>
        <translation>Buksan ang evaluation gaya ng pagkaka-save nito ngayon, kasama ang ibang pagbabago</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="129" />
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="150" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="152" />
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="159" />
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>I-undo ang %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="161" />
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>I-redo ang %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="232" />
        <source>Correct the published evaluation, with a reason</source>
        <translation>Itama ang na-publish na evaluation, nang may dahilan</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>Save &amp;changes</source>
        <translation>I-save ang mga &amp;pagbabago</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="240" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="242" />
        <source>Publish needs every criterion answered: %1</source>
        <translation>Kailangang masagot ang bawat criterion para makapag-publish: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="244" />
        <source>Ready to save the changes (Ctrl+Enter).</source>
        <translation>Handa nang i-save ang mga pagbabago (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="245" />
        <source>Ready to publish (Ctrl+Enter).</source>
        <translation>Handa nang i-publish (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="252" />
        <source>Annotations (%1)</source>
        <translation>Mga annotation (%1)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="269" />
        <source>Draft saved.</source>
        <translation>Na-save ang draft.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="277" />
        <source>Not yet: %1</source>
        <translation>Hindi pa: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Changes saved: %1.</source>
        <translation>Na-save ang mga pagbabago: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Published: %1.</source>
        <translation>Na-publish: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="298" />
        <source>Edit a published evaluation</source>
        <translation>I-edit ang na-publish na evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="299" />
        <source>Why does it change? The reason is kept with the score history and in the audit log.</source>
        <translation>Bakit ito binabago? Itatago ang dahilan kasama ng history ng score at sa audit log.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="305" />
        <source>An edit of a published evaluation needs a reason.</source>
        <translation>Kailangan ng dahilan sa pag-edit ng na-publish na evaluation.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="327" />
        <source>Unsaved changes</source>
        <translation>Mga hindi na-save na pagbabago</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the evaluation as a draft before closing?</source>
        <translation>I-save ang evaluation bilang draft bago isara?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the changes before closing?</source>
        <translation>I-save ang mga pagbabago bago isara?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="351" />
        <source>Reload the evaluation</source>
        <translation>I-reload ang evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="352" />
        <source>Open the evaluation as it is stored now? Your unsaved changes are discarded.</source>
        <translation>Buksan ang evaluation gaya ng pagkaka-save nito ngayon? Itatapon ang mga pagbabagong hindi mo pa na-save.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="363" />
        <source>Reloaded: this is the evaluation as it is stored now.</source>
        <translation>Na-reload: ito ang evaluation gaya ng pagkaka-save nito ngayon.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationHeader</name>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="41" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="44" />
        <source>Score&amp;card:</source>
        <translation>Score&amp;card:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="71" />
        <source>Calibration (blind)</source>
        <translation>Calibration (blind)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="73" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="77" />
        <source>QA evaluation</source>
        <translation>QA evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="83" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="105" />
        <source>editing a published evaluation</source>
        <translation>ine-edit ang na-publish na evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="112" />
        <source>The scorecard can change while nothing is answered.</source>
        <translation>Mababago ang scorecard habang wala pang nasasagot.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="113" />
        <source>Answers belong to the scorecard they were given on: it no longer changes.</source>
        <translation>Nakatali ang mga sagot sa scorecard kung saan ibinigay ang mga ito: hindi na ito magbabago.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="130" />
        <source>%1: cannot open this evaluation</source>
        <translation>%1: hindi mabuksan ang evaluation na ito</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationsView</name>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="45" />
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="46" />
        <source>&amp;Dispute…</source>
        <translation>I-&amp;dispute…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="47" />
        <source>De&amp;lete draft…</source>
        <translation>&amp;Burahin ang draft…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="48" />
        <source>E&amp;xport…</source>
        <translation>I-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="54" />
        <source>Open the selected evaluation in the evaluation form (Enter)</source>
        <translation>Buksan ang napiling evaluation sa evaluation form (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="56" />
        <source>Contest the selected published QA evaluation, or one of its criteria</source>
        <translation>Tutulan ang napiling na-publish na QA evaluation, o ang isa sa mga criteria nito</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="59" />
        <source>Save the list as shown as CSV or XLSX</source>
        <translation>I-save ang listahan ayon sa pagkakapakita bilang CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="61" />
        <source>Evaluations</source>
        <translation>Mga evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="81" />
        <source>Any status</source>
        <translation>Anumang status</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="87" />
        <source>QA and peer reviews</source>
        <translation>QA at mga peer review</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="88" />
        <source>QA evaluations</source>
        <translation>Mga QA evaluation</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="89" />
        <source>Peer reviews</source>
        <translation>Mga peer review</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="98" />
        <source>E&amp;valuator:</source>
        <translation>E&amp;valuator:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="139" />
        <source>Could not load evaluations: %1</source>
        <translation>Hindi ma-load ang mga evaluation: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="155" />
        <source>Anyone</source>
        <translation>Kahit sino</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="179" />
        <source>No evaluations of this kind and status in this period.</source>
        <translation>Walang evaluation na ganitong uri at status sa panahong ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="181" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform><numerusform>%n evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="182" />
        <source>%1 of %n evaluation(s), by %2</source>
        <translation><numerusform>%1 sa %n evaluation, ni %2</numerusform><numerusform>%1 sa %n evaluation, ni %2</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="231" />
        <location filename="../ui/evaluationsview.cpp" line="241" />
        <source>Delete draft</source>
        <translation>Burahin ang draft</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="232" />
        <source>Delete the draft evaluation of %1's conversation %2 by %3? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Burahin ang draft na evaluation ni %3 sa usapang %2 ni %1? Hindi na ito maa-undo; magtatago ang audit log ng tala na binura ito.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="262" />
        <source>%1 to %2</source>
        <translation>%1 hanggang %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="266" />
        <source>Evaluations %1</source>
        <translation>Mga evaluation %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ExportActions</name>
    <message>
        <location filename="../ui/exportactions.cpp" line="27" />
        <source>Export &amp;Chart…</source>
        <translation>I-export ang &amp;Chart…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="28" />
        <source>Export &amp;Table…</source>
        <translation>I-export ang &amp;Table…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="29" />
        <source>&amp;Print Chart…</source>
        <translation>I-&amp;print ang Chart…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="32" />
        <source>Save the chart on screen as PNG, SVG or PDF</source>
        <translation>I-save ang chart sa screen bilang PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="34" />
        <source>Save the scorecard or the agents table as CSV or XLSX</source>
        <translation>I-save ang scorecard o ang table ng mga agent bilang CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="36" />
        <source>Print the chart on screen</source>
        <translation>I-print ang chart sa screen</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="117" />
        <source>Agent KPIs — %1</source>
        <translation>Mga KPI ng agent — %1</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120" />
        <source>Exported to %1</source>
        <translation>Na-export sa %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::FieldDelegate</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="225" />
        <source>Huddle field</source>
        <translation>Field sa Huddle</translation>
    </message>
</context>
<context>
    <name>huddle::ui::FocusTrendChart</name>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="170" />
        <source>Week of %1: %2</source>
        <translation>Linggo ng %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="208" />
        <source>Focus KPI trend</source>
        <translation>Trend ng focus KPI</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="254" />
        <source>%1 (seconds)</source>
        <translation>%1 (segundo)</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="255" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (katabi ng AHT)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="106" />
        <source>Import %1</source>
        <translation>I-import ang %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142" />
        <source>Conversations are unique per source and conversation id: importing the same export again under the same source updates rows instead of adding them.</source>
        <translation>Natatangi ang mga usapan ayon sa source at id ng usapan: kapag in-import ulit ang parehong export sa ilalim ng parehong source, ina-update ang mga row sa halip na magdagdag.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="150" />
        <source>Lowest CSAT score</source>
        <translation>Pinakamababang CSAT score</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151" />
        <source>Highest CSAT score</source>
        <translation>Pinakamataas na CSAT score</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157" />
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162" />
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation>Unit ng mga tagal na isinulat bilang simpleng numero; binabasa nang ganoon ang mga value na H:MM:SS.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="163" />
        <source>Decima&amp;l comma (1,5)</source>
        <translation>Decima&amp;l comma (1,5)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="167" />
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="173" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175" />
        <source>S&amp;hape:</source>
        <translation>&amp;Uri ng data:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177" />
        <source>Sou&amp;rce name:</source>
        <translation>Pangalan ng sou&amp;rce:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179" />
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181" />
        <source>&amp;Date order:</source>
        <translation>Pagkakasunod-sunod ng p&amp;etsa:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183" />
        <source>Dur&amp;ations in:</source>
        <translation>&amp;Tagal sa:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185" />
        <source>&amp;CSAT scale:</source>
        <translation>Scale ng &amp;CSAT:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="200" />
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="216" />
        <source>Preview of the first rows</source>
        <translation>Preview ng mga unang row</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="229" />
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation>I-&amp;map ang bawat column ng file sa isang field sa Huddle (naka-bold ang mga kailangang field):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230" />
        <source>Pre&amp;view of the first rows:</source>
        <translation>Pre&amp;view ng mga unang row:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244" />
        <source>Import progress</source>
        <translation>Progreso ng import</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247" />
        <source>Save pro&amp;file…</source>
        <translation>I-save ang pro&amp;file…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248" />
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation>Tandaan ang mapping at mga opsiyong ito para sa mga file na may parehong mga column.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="250" />
        <source>&amp;Import</source>
        <translation>&amp;I-import</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="358" />
        <source>%1 (the site's time zone)</source>
        <translation>%1 (time zone ng site)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="359" />
        <source>Time zone of the times in the file. Days are counted in the site's time zone, %1.</source>
        <translation>Time zone ng mga oras sa file. Binibilang ang mga araw sa time zone ng site, %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="435" />
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation>&lt;b&gt;Malabo ang mga petsa.&lt;/b&gt; Maaaring basahin nang buwan muna o araw muna ang bawat petsa sa mga unang row (tulad ng %1). Piliin ang pagkakasunod-sunod ng petsa bago mag-import: kapag mali ang hula, mapupunta ang mga call sa maling araw.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="438" />
        <source>this one</source>
        <translation>ito</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445" />
        <source>This file cannot be imported: %1</source>
        <translation>Hindi ma-import ang file na ito: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447" />
        <source>Choose the date order to import.</source>
        <translation>Piliin ang pagkakasunod-sunod ng petsa para makapag-import.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449" />
        <source>Enter a source name.</source>
        <translation>Maglagay ng pangalan ng source.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="451" />
        <source>The lowest CSAT score must be below the highest.</source>
        <translation>Dapat mas mababa ang pinakamababang CSAT score kaysa sa pinakamataas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="455" />
        <source>Cannot import yet: %1</source>
        <translation>Hindi pa makakapag-import: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="482" />
        <source>Ready to import: every column is mapped.</source>
        <translation>Handa nang mag-import: naka-map ang bawat column.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>Ready to import. Not imported: %1.</source>
        <translation>Handa nang mag-import. Hindi ii-import: %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="493" />
        <location filename="../ui/importdialog.cpp" line="501" />
        <location filename="../ui/importdialog.cpp" line="507" />
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Save profile</source>
        <translation>I-save ang profile</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="494" />
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation>Pangalan ng profile. Babasahin gamit nito ang mga file na may eksaktong ganitong mga column:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="502" />
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation>Built-in na profile ang “%1”; pumili ng ibang pangalan.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="507" />
        <source>Replace the saved profile “%1”?</source>
        <translation>Palitan ang naka-save na profile na “%1”?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Could not save the profile: %1</source>
        <translation>Hindi ma-save ang profile: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="530" />
        <source>Saved the profile “%1”.</source>
        <translation>Na-save ang profile na “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="544" />
        <source>Cancelling…</source>
        <translation>Kinakansela…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="601" />
        <source>Importing…</source>
        <translation>Nag-i-import…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="616" />
        <source>Importing… %1 rows read, %2 rows/s</source>
        <translation>Nag-i-import… %1 row ang nabasa, %2 row/s</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="624" />
        <source>the import stopped unexpectedly</source>
        <translation>hindi inaasahang huminto ang import</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="626" />
        <source>The import failed and nothing was written: %1</source>
        <translation>Pumalya ang import at walang naisulat: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="632" />
        <source>Import cancelled. Nothing was written.</source>
        <translation>Kinansela ang import. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="657" />
        <source>Nothing was imported. Fix the rejected rows or the mapping and try again.</source>
        <translation>Walang na-import. Ayusin ang mga tinanggihang row o ang mapping at subukang muli.</translation>
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
%2 byte, SHA-256 %3
Source: %4</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>Undone at %1</source>
        <translation>Na-undo noong %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>In effect</source>
        <translation>Umiiral</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="140" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="142" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="144" />
        <source>Imported at</source>
        <translation>Na-import noong</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="146" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="148" />
        <source>Shape</source>
        <translation>Uri ng data</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="150" />
        <source>Rows read</source>
        <translation>Nabasang row</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="152" />
        <source>Imported</source>
        <translation>Na-import</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="154" />
        <source>Updated</source>
        <translation>Na-update</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="156" />
        <source>Duplicates</source>
        <translation>Mga duplicate</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="158" />
        <source>Blank</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="160" />
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
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
        <translation>I-&amp;undo ang import…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="26" />
        <source>&amp;Import…</source>
        <translation>&amp;Mag-import…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="40" />
        <source>Imports</source>
        <translation>Mga import</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="43" />
        <source>Remove what the selected import added and restore what it changed (Delete).</source>
        <translation>Alisin ang idinagdag ng napiling import at ibalik ang binago nito (Delete).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="44" />
        <source>Import a CSV or Excel file (Ctrl+I).</source>
        <translation>Mag-import ng CSV o Excel file (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="48" />
        <source>Undo the selected import</source>
        <translation>I-undo ang napiling import</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="82" />
        <source>Could not read the import history: %1</source>
        <translation>Hindi mabasa ang history ng import: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100" />
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation>Wala pang import. Gamitin ang Mag-import… o mag-drop ng CSV o Excel file sa window.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="101" />
        <source>Imports: %1</source>
        <translation>Mga import: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142" />
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation>Wala itong idinagdag o binagong row; ang pag-undo rito ay magmamarka lang dito bilang na-undo.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="143" />
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation>Buburahin ang %1 row na idinagdag nito at ibabalik ang dating value ng %2 row na in-update nito. Aalisin din ang mga agent at team na ginawa nito, maliban kung may iba pang tumutukoy sa mga ito.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147" />
        <location filename="../ui/importhistorypage.cpp" line="182" />
        <source>Undo import</source>
        <translation>I-undo ang import</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="148" />
        <source>Undo import %1 of “%2”?</source>
        <translation>I-undo ang import %1 ng “%2”?</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="165" />
        <source>Undoing import %1…</source>
        <translation>Ina-undo ang import %1…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180" />
        <source>the undo stopped unexpectedly</source>
        <translation>hindi inaasahang huminto ang undo</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="181" />
        <source>Import %1 was not undone.</source>
        <translation>Hindi na-undo ang import %1.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="183" />
        <source>Import %1 cannot be undone: %2</source>
        <translation>Hindi ma-undo ang import %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="186" />
        <source>Import %1 undone.</source>
        <translation>Na-undo ang import %1.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportLabels</name>
    <message>
        <location filename="../ui/importlabels.cpp" line="9" />
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="11" />
        <source>Agent-day statistics</source>
        <translation>Mga estadistika kada agent-day</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="13" />
        <source>Survey answers</source>
        <translation>Mga sagot sa survey</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="15" />
        <source>Sales</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="17" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="32" />
        <source>Year-month-day (2021-03-04)</source>
        <translation>Taon-buwan-araw (2021-03-04)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="34" />
        <source>Month/day/year (03/04/2021 = 4 March)</source>
        <translation>Buwan/araw/taon (03/04/2021 = 4 Marso)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="36" />
        <source>Day/month/year (04/03/2021 = 4 March)</source>
        <translation>Araw/buwan/taon (04/03/2021 = 4 Marso)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="45" />
        <source>Seconds</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="47" />
        <source>Milliseconds</source>
        <translation>Millisecond</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="49" />
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="116" />
        <source>— not imported —</source>
        <translation>— hindi ii-import —</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="117" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="189" />
        <source>Column in the file</source>
        <translation>Column sa file</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="191" />
        <source>Huddle field</source>
        <translation>Field sa Huddle</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="193" />
        <source>Sample values</source>
        <translation>Mga sample na value</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="56" />
        <source>Rows rejected — %1</source>
        <translation>Mga tinanggihang row — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57" />
        <source>Import finished — %1</source>
        <translation>Tapos na ang import — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="68" />
        <source>&amp;Import the other rows</source>
        <translation>&amp;I-import ang ibang row</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69" />
        <source>&amp;Don't import</source>
        <translation>&amp;Huwag i-import</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="80" />
        <source>&amp;Export rejected rows…</source>
        <translation>I-&amp;export ang mga tinanggihang row…</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="105" />
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation>Tinanggihan ang %1 sa %2 row (%3 %) — higit sa threshold na %4 %. I-import pa rin ang ibang row?</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="110" />
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation>Na-import ang %1. Tinanggihan at hindi isinama ang %2 row; nasa database na ang ibang row.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="112" />
        <source>%1 imported.</source>
        <translation>Na-import ang %1.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="126" />
        <source>Rows read:</source>
        <translation>Nabasang row:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>New rows to import:</source>
        <translation>Mga bagong row na ii-import:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>Imported (new):</source>
        <translation>Na-import (bago):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Rows to update:</source>
        <translation>Mga row na ia-update:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Updated:</source>
        <translation>Na-update:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="129" />
        <source>Skipped as exact duplicates:</source>
        <translation>Nilaktawan bilang eksaktong duplicate:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130" />
        <source>Skipped blank:</source>
        <translation>Nilaktawang blangko:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="131" />
        <source>Rejected:</source>
        <translation>Tinanggihan:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>Time:</source>
        <translation>Oras:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="134" />
        <source>Nothing has been written to the database yet.</source>
        <translation>Wala pang naisusulat sa database.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="143" />
        <source>Rejected rows:</source>
        <translation>Mga tinanggihang row:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="145" />
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Mga tinanggihang row (ang unang %1 sa %2):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="160" />
        <source>Rejected rows</source>
        <translation>Mga tinanggihang row</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="183" />
        <source>-rejected</source>
        <translation>-tinanggihan</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="184" />
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Export rejected rows</source>
        <translation>I-export ang mga tinanggihang row</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="185" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Mga CSV file (*.csv);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Could not write %1: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiCard</name>
    <message>
        <location filename="../ui/kpicard.cpp" line="46" />
        <source>Double-click to list the conversations behind this figure.</source>
        <translation>Mag-double-click para ilista ang mga usapan sa likod ng figure na ito.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiPlanDialog</name>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="38" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="40" />
        <source> /h</source>
        <translation> /h</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="68" />
        <source>&amp;Inherit the site plan</source>
        <translation>&amp;Sundin ang plan ng site</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="71" />
        <source>&amp;Reset to defaults</source>
        <translation>I-&amp;reset sa mga default</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="74" />
        <source>KPI plan</source>
        <translation>KPI plan</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="75" />
        <source>Plan for</source>
        <translation>Plan para sa</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="76" />
        <source>The team is judged by the site plan and follows its later changes.</source>
        <translation>Sinusukat ang team ayon sa plan ng site at sinusunod nito ang mga susunod na pagbabago roon.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="79" />
        <source>Weights attendance 30, CSAT 25, sales 20, QA 15, AHT 10 and the default thresholds. Nothing is saved until OK.</source>
        <translation>Weight na attendance 30, CSAT 25, benta 20, QA 15, AHT 10 at ang mga default na threshold. Walang masa-save hangga't hindi pinipindot ang OK.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="88" />
        <source>Plan &amp;for:</source>
        <translation>Plan &amp;para sa:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="91" />
        <source>Each KPI is judged against its thresholds (far below, below, met, exceeded) and the band's points are combined with the weights below into a 0–100 score. AHT is better when lower.</source>
        <translation>Sinusukat ang bawat KPI laban sa mga threshold nito (lubhang kulang, kulang, naabot, nalampasan) at pinagsasama ang puntos ng band sa mga weight sa ibaba para maging score na 0–100. Mas mahusay ang AHT kapag mas mababa.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="112" />
        <source>Weights and thresholds</source>
        <translation>Mga weight at threshold</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Below from</source>
        <translation>Kulang mula</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Met from</source>
        <translation>Naabot mula</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Exceeded from</source>
        <translation>Nalampasan mula</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Better when</source>
        <translation>Mas mahusay kapag</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="125" />
        <source>%1 weight</source>
        <translation>weight ng %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>below</source>
        <translation>kulang</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>met</source>
        <translation>naabot</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>exceeded</source>
        <translation>nalampasan</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="136" />
        <source>%1 %2 threshold</source>
        <translation>threshold ng %1 para sa %2</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>lower</source>
        <translation>mas mababa</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>higher</source>
        <translation>mas mataas</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="152" />
        <source>Points per band:</source>
        <translation>Puntos kada band:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="158" />
        <source>Points for %1</source>
        <translation>Puntos para sa %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="170" />
        <source>Site default (teams without a plan of their own)</source>
        <translation>Default ng site (mga team na walang sariling plan)</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="211" />
        <source>could not read the stored plan: %1</source>
        <translation>hindi mabasa ang naka-store na plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="330" />
        <source>Weights total %1 %.</source>
        <translation>%1 % ang kabuuan ng mga weight.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="331" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>%1 % ang kabuuan ng mga weight — dapat 100 % ang kabuuan ng mga ito.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="338" />
        <location filename="../ui/kpiplandialog.cpp" line="342" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="344" />
        <source>Cannot save yet — %1</source>
        <translation>Hindi pa ma-save — %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="376" />
        <source>The plan for %1 was not saved: %2</source>
        <translation>Hindi na-save ang plan para sa %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LadderDialog</name>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="28" />
        <source>&amp;Add step</source>
        <translation>&amp;Magdagdag ng baitang</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="29" />
        <source>&amp;Remove step</source>
        <translation>&amp;Alisin ang baitang</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="30" />
        <source>&amp;Defaults</source>
        <translation>Mga &amp;default</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="34" />
        <source>Attendance warning ladder</source>
        <translation>Hagdan ng babala sa attendance</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="36" />
        <source>Ladder steps</source>
        <translation>Mga baitang ng hagdan</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>From violations</source>
        <translation>Mula sa ilang violation</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>Stage</source>
        <translation>Yugto</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="45" />
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="46" />
        <source>Violations count towards the ladder for this many days</source>
        <translation>Binibilang sa hagdan ang mga violation sa loob ng ganitong dami ng araw</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="50" />
        <source>Verbal warning at 1 violation, written at 2, final at 3, over 365 days</source>
        <translation>Pasalitang babala sa 1 violation, nakasulat sa 2, huling babala sa 3, sa loob ng 365 araw</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="55" />
        <source>Violations are unexcused absences and no-call-no-shows; lateness and excused absences never count. An agent is at the highest step their violations in the window reach.</source>
        <translation>Ang mga violation ay mga unexcused absence at no-call-no-show; hindi kailanman binibilang ang pagka-late at ang mga excused absence. Nasa pinakamataas na baitang ang agent na naaabot ng kanyang mga violation sa loob ng saklaw na panahon.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="65" />
        <source>Counted over the last</source>
        <translation>Binibilang sa nakaraang</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="89" />
        <source>The stored ladder could not be read (%1); the defaults are shown.</source>
        <translation>Hindi mabasa ang naka-save na hagdan (%1); ipinapakita ang mga default.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="130" />
        <source>Warning %1</source>
        <translation>Babala %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ladderdialog.cpp" line="150" />
        <source>%n step(s), counted over %1 days.</source>
        <translation><numerusform>%n baitang, binibilang sa loob ng %1 araw.</numerusform><numerusform>%n baitang, binibilang sa loob ng %1 araw.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation>Wika ng system</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Mga Huddle database (*.sqlite *.db *.huddle);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Mga export (*.csv *.txt *.xlsx);;Mga CSV at text file (*.csv *.txt);;Mga Excel workbook (*.xlsx);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>Agents</source>
        <translation>Mga agent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186" />
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>Imports</source>
        <translation>Mga import</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>Pages</source>
        <translation>Mga pahina</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208" />
        <source>&amp;Settings</source>
        <translation>Mga &amp;Setting</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209" />
        <source>&amp;KPI Plan…</source>
        <translation>&amp;KPI Plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212" />
        <source>S&amp;ite…</source>
        <translation>S&amp;ite…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215" />
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Mga &amp;keyboard shortcut…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217" />
        <source>&amp;About Huddle</source>
        <translation>&amp;Tungkol sa Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222" />
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239" />
        <source>Huddle will use %1 from its next start.</source>
        <translation>Gagamitin ng Huddle ang %1 simula sa susunod na pagbukas nito.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247" />
        <source>Agent view</source>
        <translation>View ng agent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257" />
        <source>&amp;New Database…</source>
        <translation>&amp;Bagong Database…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258" />
        <source>&amp;Open Database…</source>
        <translation>B&amp;uksan ang Database…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259" />
        <source>Connect to &amp;Server…</source>
        <translation>Kumonekta sa &amp;Server…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>Open &amp;Recent</source>
        <translation>Buksan ang &amp;Kamakailan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266" />
        <source>&amp;Import…</source>
        <translation>&amp;Mag-import…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Audit &amp;Trail…</source>
        <translation>Audit &amp;Trail…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278" />
        <source>&amp;View</source>
        <translation>T&amp;ingnan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285" />
        <source>Dashboard &amp;Trend</source>
        <translation>Dashboard &amp;Trend</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>Dashboard &amp;Quadrant</source>
        <translation>Dashboard &amp;Quadrant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287" />
        <source>Dashboard &amp;Scorecard</source>
        <translation>Dashboard &amp;Scorecard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295" />
        <source>&amp;Compare Agents…</source>
        <translation>&amp;Ikumpara ang mga Agent…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344" />
        <source>Could not open %1: %2</source>
        <translation>Hindi mabuksan ang %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400" />
        <location filename="../ui/mainwindow.cpp" line="416" />
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402" />
        <source>%1 — Huddle</source>
        <translation>%1 — Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>Database: %1 — no Huddle role: the server shows no agent's data</source>
        <translation>Database: %1 — walang Huddle role: walang ipinapakitang data ng agent ang server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Database: %1 — signed in as admin</source>
        <translation>Database: %1 — naka-sign in bilang admin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>Database: %1 — signed in as QA coach</source>
        <translation>Database: %1 — naka-sign in bilang QA coach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>Database: %1 — signed in as team leader: your teams' agents</source>
        <translation>Database: %1 — naka-sign in bilang team leader: ang mga agent ng iyong mga team</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>Database: %1 — signed in as agent: your own data</source>
        <translation>Database: %1 — naka-sign in bilang agent: ang sarili mong data</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438" />
        <source>Open in another window</source>
        <translation>Nakabukas sa ibang window</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439" />
        <source>%1 is also open in another Huddle (process %2 on %3).

You can both work on it; each window shows the other's changes when it reloads (switch the period or press F5 on the Bonus page). Agree who edits an evaluation, a plan or a session before you both change it.</source>
        <translation>Nakabukas din ang %1 sa ibang Huddle (process %2 sa %3).

Maaari kayong dalawa na magtrabaho rito; ipinapakita ng bawat window ang mga pagbabago ng isa kapag nag-reload ito (palitan ang period o pindutin ang F5 sa pahina ng Bonus). Magkasundo muna kung sino ang mag-e-edit ng evaluation, plan o session bago ninyo ito parehong baguhin.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>%1 is also open in another Huddle.</source>
        <translation>Nakabukas din ang %1 sa ibang Huddle.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513" />
        <source>Import a file</source>
        <translation>Mag-import ng file</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <source>Import</source>
        <translation>Mag-import</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <location filename="../ui/mainwindow.cpp" line="553" />
        <location filename="../ui/mainwindow.cpp" line="570" />
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>Open or create a database first.</source>
        <translation>Magbukas o gumawa muna ng database.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553" />
        <source>Site settings</source>
        <translation>Mga setting ng site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560" />
        <source>Site settings saved.</source>
        <translation>Na-save ang mga setting ng site.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>KPI plan</source>
        <translation>KPI plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589" />
        <source>KPI plan saved; scores and bands are recalculated.</source>
        <translation>Na-save ang KPI plan; kinakalkula ulit ang mga score at band.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609" />
        <source>Open database</source>
        <translation>Buksan ang database</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614" />
        <source>Open Huddle database</source>
        <translation>Buksan ang Huddle database</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>New Huddle database</source>
        <translation>Bagong Huddle database</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648" />
        <source>The password was not remembered: %1</source>
        <translation>Hindi natandaan ang password: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690" />
        <source>No recent databases</source>
        <translation>Walang kamakailang database</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696" />
        <source>About Huddle</source>
        <translation>Tungkol sa Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697" />
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;Console para sa mga team leader at QA coach ng contact centre: CSAT laban sa AHT kasama ang mga review note sa tabi nito, mga KPI ng agent at bawat usapan sa likod ng mga ito.&lt;/p&gt;&lt;p&gt;Bersiyon ng database schema: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MistakesView</name>
    <message>
        <location filename="../ui/mistakesview.cpp" line="40" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="48" />
        <source>Mistakes by impact</source>
        <translation>Mga pagkakamali ayon sa epekto</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="50" />
        <source>Evaluations behind the selected mistake</source>
        <translation>Mga evaluation sa likod ng napiling pagkakamali</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="51" />
        <source>Double-click or press Enter to open the evaluation</source>
        <translation>Mag-double-click o pindutin ang Enter para buksan ang evaluation</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="53" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>Whole team</source>
        <translation>Buong team</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>All agents</source>
        <translation>Lahat ng agent</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>the team</source>
        <translation>ang team</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>all agents</source>
        <translation>lahat ng agent</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="136" />
        <source>Could not load mistakes: %1</source>
        <translation>Hindi ma-load ang mga pagkakamali: %1</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="173" />
        <source>No published QA evaluations for %1 in this period (%2).
Evaluate conversations from the Queue tab; their failed criteria appear here once published.</source>
        <translation>Walang na-publish na QA evaluation para sa %1 sa panahong ito (%2).
Mag-evaluate ng mga usapan mula sa tab na Queue; lalabas dito ang mga bumagsak na criteria ng mga ito kapag na-publish na.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="177" />
        <source>No failed criteria: %1 passed every criterion of %n published QA evaluation(s) in this period (%2).</source>
        <translation><numerusform>Walang bumagsak na criteria: pumasa ang %1 sa bawat criterion ng %n na-publish na QA evaluation sa panahong ito (%2).</numerusform><numerusform>Walang bumagsak na criteria: pumasa ang %1 sa bawat criterion ng %n na-publish na QA evaluation sa panahong ito (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="181" />
        <source>%n published QA evaluation(s)</source>
        <translation><numerusform>%n na-publish na QA evaluation</numerusform><numerusform>%n na-publish na QA evaluation</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="182" />
        <source>published QA evaluations</source>
        <translation>mga na-publish na QA evaluation</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="184" />
        <source>%1, %2: failed criteria of %3, the most QA points lost first — fix these in this order.</source>
        <translation>%1, %2: mga bumagsak na criteria ng %3, inuuna ang may pinakamaraming nawalang puntos sa QA — ayusin ang mga ito sa ganitong pagkakasunod-sunod.</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="192" />
        <source>%1 to %2</source>
        <translation>%1 hanggang %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="202" />
        <source>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failure(s); double-click one to open it</source>
        <translation><numerusform>&lt;b&gt;Mga evaluation sa likod ng “%1”&lt;/b&gt; — %n pagbagsak; mag-double-click sa isa para buksan ito</numerusform><numerusform>&lt;b&gt;Mga evaluation sa likod ng “%1”&lt;/b&gt; — %n pagbagsak; mag-double-click sa isa para buksan ito</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="16" />
        <source>Loading</source>
        <translation>Naglo-load</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewDialog</name>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="41" />
        <source>&amp;Publish</source>
        <translation>I-&amp;publish</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="43" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="49" />
        <source>A note for the colleague: what went well, what to try next time. It appears beside the dashboard chart.</source>
        <translation>Tala para sa kasamahan: ano ang naging maayos, ano ang susubukan sa susunod. Lalabas ito sa tabi ng chart ng dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="71" />
        <source>&amp;Note (required):</source>
        <translation>&amp;Tala (kailangan):</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="96" />
        <source>&lt;b&gt;%1&lt;/b&gt; handled by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; na na-handle ni %2 noong %3</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="109" />
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Ni-review ni:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="110" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Scorecard:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="111" />
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="120" />
        <source>— choose a colleague —</source>
        <translation>— pumili ng kasamahan —</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="126" />
        <source>%1 (not an agent)</source>
        <translation>%1 (hindi agent)</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="135" />
        <source>Agents do not peer-review their own conversations.</source>
        <translation>Hindi nagre-review ang mga agent ng sarili nilang conversation.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="171" />
        <source>Choose who reviewed the conversation.</source>
        <translation>Piliin kung sino ang nag-review ng usapan.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="175" />
        <source>Write the note for the colleague.</source>
        <translation>Isulat ang tala para sa kasamahan.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewsView</name>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="26" />
        <source>&amp;Review…</source>
        <translation>&amp;I-review…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="27" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Bawiin</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="29" />
        <source>Peer reviews asked</source>
        <translation>Mga hiniling na peer review</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="33" />
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="34" />
        <source>To do</source>
        <translation>Gagawin pa</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="35" />
        <source>To do and done</source>
        <translation>Gagawin pa at tapos na</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="37" />
        <source>Write the selected peer review, as the colleague it was asked of</source>
        <translation>Isulat ang napiling peer review, bilang kasamahang hiniling nito</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="39" />
        <source>Take back the selected review; a done one stays as the record</source>
        <translation>Bawiin ang napiling review; nananatili ang tapos na bilang tala</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="56" />
        <source>Show:</source>
        <translation>Ipakita:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="61" />
        <source>Ask for a review from the Conversations page: select a conversation, then QA → Ask for a Peer Review…</source>
        <translation>Humiling ng review mula sa Mga usapan page: pumili ng conversation, saka QA → Humiling ng Peer Review…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="92" />
        <source>Could not load the peer reviews: %1</source>
        <translation>Hindi ma-load ang mga peer review: %1</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="102" />
        <source>%1 to do</source>
        <translation>%1 gagawin pa</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PlanSessionDialog</name>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="96" />
        <source>Plan a coaching session</source>
        <translation>Magplano ng coaching session</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="101" />
        <source>&amp;Plan</source>
        <translation>&amp;Planuhin</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="128" />
        <source>Type to search agents</source>
        <translation>Mag-type para maghanap ng agent</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="131" />
        <source>F&amp;ollow up on</source>
        <translation>Mag-f&amp;ollow up sa</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="141" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="142" />
        <source>Session &amp;day:</source>
        <translation>&amp;Araw ng session:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="143" />
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="158" />
        <source>Agenda — proposed from the data; untick what to leave out</source>
        <translation>Agenda — iminungkahi mula sa data; alisin ang tsek sa hindi isasama</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="167" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="169" />
        <source>Add &amp;item…</source>
        <translation>Magdagdag ng &amp;item…</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="171" />
        <source>Add a topic of your own to the agenda</source>
        <translation>Magdagdag ng sarili mong paksa sa agenda</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="184" />
        <source>Focus KPIs — as few as possible (1 to 3)</source>
        <translation>Mga focus KPI — kaunti hangga't maaari (1 hanggang 3)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="187" />
        <source>Focus KPIs</source>
        <translation>Mga focus KPI</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="218" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="244" />
        <source>Choose an agent to see the proposed agenda.</source>
        <translation>Pumili ng agent para makita ang iminumungkahing agenda.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="252" />
        <source>Could not propose an agenda: %1</source>
        <translation>Hindi makapagmungkahi ng agenda: %1</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="259" />
        <source>Nothing in the data calls for attention: add your own items.</source>
        <translation>Walang nasa data na nangangailangan ng pansin: magdagdag ng sarili mong mga item.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="260" />
        <source>From the 28 days before the session day (mistakes: 90 days).</source>
        <translation>Mula sa 28 araw bago ang araw ng session (mga pagkakamali: 90 araw).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="269" />
        <source>Add agenda item</source>
        <translation>Magdagdag ng agenda item</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="270" />
        <source>Topic:</source>
        <translation>Paksa:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="277" />
        <source>Added by you</source>
        <translation>Idinagdag mo</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="309" />
        <source>Choose at least one focus KPI.</source>
        <translation>Pumili ng kahit isang focus KPI.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="311" />
        <source>Choose at most three focus KPIs: focus on as few as possible (%1 chosen).</source>
        <translation>Pumili ng hanggang tatlong focus KPI lang: mag-focus sa kaunti hangga't maaari (%1 ang napili).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="315" />
        <source>AHT is never shown alone: the session's trend chart shows CSAT beside it.</source>
        <translation>Hindi kailanman ipinapakita nang mag-isa ang AHT: ipinapakita ng trend chart ng session ang CSAT sa tabi nito.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="351" />
        <source>Could not plan the session</source>
        <translation>Hindi maplano ang session</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaActions</name>
    <message>
        <location filename="../ui/qaactions.cpp" line="24" />
        <source>&amp;Evaluate Conversation…</source>
        <translation>&amp;I-evaluate ang Usapan…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="25" />
        <source>&amp;Peer Review…</source>
        <translation>&amp;Peer Review…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="26" />
        <source>&amp;Ask for a Peer Review…</source>
        <translation>&amp;Humiling ng Peer Review…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="27" />
        <source>&amp;Scorecards…</source>
        <translation>Mga &amp;Scorecard…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="28" />
        <source>QA S&amp;ettings…</source>
        <translation>Mga S&amp;etting ng QA…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="29" />
        <source>Your &amp;Name…</source>
        <translation>Ang &amp;Pangalan Mo…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="32" />
        <source>Score the selected conversation on a QA scorecard</source>
        <translation>I-score ang napiling usapan gamit ang QA scorecard</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="33" />
        <source>Evaluate…</source>
        <translation>I-evaluate…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="35" />
        <source>A colleague reviews the selected conversation on the peer scorecard</source>
        <translation>Nire-review ng isang kasamahan ang napiling usapan gamit ang peer scorecard</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="36" />
        <source>Peer review…</source>
        <translation>Peer review…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="37" />
        <source>Ask for review…</source>
        <translation>Humiling ng review…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="39" />
        <source>Ask a colleague to review the selected conversation; it goes on their to-review list</source>
        <translation>Hilingin sa isang kasamahan na i-review ang napiling conversation; mapupunta ito sa listahan nila ng ire-review</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="40" />
        <source>Design scorecards: sections, criteria, weights and auto-fail</source>
        <translation>Magdisenyo ng mga scorecard: mga seksiyon, criteria, weight at auto-fail</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="41" />
        <source>The weekly sample size and the dispute windows</source>
        <translation>Ang lingguhang sample size at ang mga dispute window</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="42" />
        <source>The name written into evaluations, disputes and the audit log</source>
        <translation>Ang pangalang isinusulat sa mga evaluation, dispute at sa audit log</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="88" />
        <source>Open or create a database first.</source>
        <translation>Magbukas o gumawa muna ng database.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="101" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="110" />
        <source>Evaluate</source>
        <translation>I-evaluate</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="113" />
        <source>Select a conversation on the Conversations page first, or evaluate from the QA page's queue.</source>
        <translation>Pumili muna ng usapan sa pahinang Mga usapan, o mag-evaluate mula sa queue ng pahinang QA.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="126" />
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="129" />
        <location filename="../ui/qaactions.cpp" line="147" />
        <source>Select a conversation on the Conversations page first.</source>
        <translation>Pumili muna ng usapan sa pahinang Mga usapan.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="144" />
        <source>Ask for a peer review</source>
        <translation>Humiling ng peer review</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="155" />
        <source>%1 is asked for a peer review; it is on the QA page's Peer Reviews tab.</source>
        <translation>Nahilingan si %1 ng peer review; nasa Peer Reviews tab ito ng QA page.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="164" />
        <source>Scorecards</source>
        <translation>Mga scorecard</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="173" />
        <source>QA settings</source>
        <translation>Mga setting ng QA</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="177" />
        <source>QA settings saved.</source>
        <translation>Na-save ang mga setting ng QA.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="186" />
        <source>Your name</source>
        <translation>Ang pangalan mo</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="187" />
        <source>The name written into the evaluations, disputes and audit entries you make.
Leave it empty to use your login name.</source>
        <translation>Ang pangalang isinusulat sa mga evaluation, dispute at audit entry na ginagawa mo.
Iwanang blangko para gamitin ang login name mo.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="194" />
        <source>Working as %1.</source>
        <translation>Nagtatrabaho bilang %1.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaPage</name>
    <message>
        <location filename="../ui/qapage.cpp" line="27" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="28" />
        <source>Evaluations</source>
        <translation>Mga evaluation</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="29" />
        <source>Mistakes</source>
        <translation>Mga pagkakamali</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="30" />
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="31" />
        <source>Disputes</source>
        <translation>Mga dispute</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="32" />
        <source>Peer Reviews</source>
        <translation>Peer Reviews</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="33" />
        <source>Conversations waiting for a QA evaluation</source>
        <translation>Mga usapang naghihintay ng QA evaluation</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="34" />
        <source>QA evaluations and peer reviews of the period</source>
        <translation>Mga QA evaluation at peer review sa panahong ito</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="35" />
        <source>Failed criteria by points lost: what to coach first</source>
        <translation>Mga bumagsak na criteria ayon sa nawalang puntos: ano ang unang i-coach</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="36" />
        <source>Evaluators scoring the same conversations blind</source>
        <translation>Mga evaluator na nag-i-score nang blind sa parehong mga usapan</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="37" />
        <source>Contested evaluations and their decisions</source>
        <translation>Mga tinutulang evaluation at ang mga desisyon sa mga ito</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="38" />
        <source>Peer reviews asked of agents: who still owes one</source>
        <translation>Mga peer review na hiniling sa mga agent: sino pa ang may utang</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaSettingsDialog</name>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="34" />
        <source>QA settings</source>
        <translation>Mga setting ng QA</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="36" />
        <source> per agent per week</source>
        <translation> kada agent kada linggo</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="38" />
        <source>How many conversations of each agent the queue's weekly sample picks; evaluated ones count</source>
        <translation>Ilang usapan ng bawat agent ang pinipili ng lingguhang sample ng queue; kasama sa bilang ang mga na-evaluate na</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="40" />
        <source> days after publishing</source>
        <translation> araw pagkatapos i-publish</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="41" />
        <source>An evaluation can be disputed this long after it was published; after that its score is final</source>
        <translation>Ganito katagal maaaring i-dispute ang evaluation pagkatapos itong i-publish; pagkatapos nito, final na ang score nito</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="44" />
        <source> days to decide</source>
        <translation> araw para magpasya</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="45" />
        <source>The arbitrator's deadline after a dispute is raised; later ones show as overdue</source>
        <translation>Ang deadline ng arbitrator pagkatapos itaas ang dispute; lalabas bilang overdue ang mga lampas dito</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="53" />
        <source>&amp;Weekly sample:</source>
        <translation>&amp;Lingguhang sample:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="54" />
        <source>Dispute &amp;window:</source>
        <translation>Dispute &amp;window:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="55" />
        <source>&amp;Decision deadline:</source>
        <translation>&amp;Deadline ng desisyon:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="113" />
        <source>Could not save: %1</source>
        <translation>Hindi ma-save: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantChart</name>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="62" />
        <source>CSAT against AHT by agent</source>
        <translation>CSAT laban sa AHT ayon sa agent</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="132" />
        <source>%1 (%2)
%3
CSAT %4 (n = %5 responses)
AHT %6 (n = %7 handled)
Click to open the agent.</source>
        <translation>%1 (%2)
%3
CSAT %4 (n = %5 sagot)
AHT %6 (n = %7 na-handle)
I-click para buksan ang agent.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="137" />
        <source>Fewer than 10 responses: read with care.</source>
        <translation>Kulang sa 10 sagot: basahin nang maingat.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="256" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantchart.cpp" line="257" />
        <source>%n agent(s). </source>
        <translation><numerusform>%n agent. </numerusform><numerusform>%n agent. </numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantPlot</name>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="201" />
        <source>No agent has both CSAT responses and handled conversations in this period.</source>
        <translation>Walang agent na may parehong sagot sa CSAT at na-handle na usapan sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="272" />
        <source>AHT (m:ss) — faster to the left</source>
        <translation>AHT (m:ss) — mas mabilis pakaliwa</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="274" />
        <source>Point size: conversations handled · hollow: fewer than 10 CSAT responses · dashed lines: team medians</source>
        <translation>Laki ng point: mga na-handle na usapan · walang laman: kulang sa 10 sagot sa CSAT · putol-putol na linya: mga median ng team</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantplot.cpp" line="278" />
        <source>%n agent(s) without CSAT or AHT not shown</source>
        <translation><numerusform>Hindi ipinapakita ang %n agent na walang CSAT o AHT</numerusform><numerusform>Hindi ipinapakita ang %n agent na walang CSAT o AHT</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="286" />
        <source>CSAT % — more satisfied upwards</source>
        <translation>CSAT % — mas kuntento pataas</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="297" />
        <source>median AHT %1</source>
        <translation>median na AHT %1</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="303" />
        <source>median CSAT %1</source>
        <translation>median na CSAT %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QueueView</name>
    <message>
        <location filename="../ui/queueview.cpp" line="30" />
        <source>&amp;Evaluate…</source>
        <translation>&amp;I-evaluate…</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="35" />
        <source>Queue source</source>
        <translation>Source ng queue</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="39" />
        <source>Conversations sampled per agent per week</source>
        <translation>Mga usapang na-sample kada agent kada linggo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="40" />
        <source>How many conversations of each agent the weekly sample picks; conversations already evaluated count towards it</source>
        <translation>Ilang usapan ng bawat agent ang pinipili ng lingguhang sample; kasama sa bilang ang mga usapang na-evaluate na</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="43" />
        <source>Filter by agent, channel or conversation</source>
        <translation>I-filter ayon sa agent, channel o usapan</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="45" />
        <source>Filter the queue</source>
        <translation>I-filter ang queue</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="47" />
        <source>Open the evaluation form for the selected conversation (Enter)</source>
        <translation>Buksan ang evaluation form para sa napiling usapan (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="49" />
        <source>Evaluation queue</source>
        <translation>Evaluation queue</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="75" />
        <source>Weekly sample</source>
        <translation>Lingguhang sample</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="76" />
        <source>A random sample of each agent's conversations, the same every time</source>
        <translation>Random na sample ng mga usapan ng bawat agent, pareho sa bawat pagkakataon</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="77" />
        <source>Low CSAT</source>
        <translation>Mababang CSAT</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="78" />
        <source>A survey answer in the bottom half of its scale</source>
        <translation>Sagot sa survey na nasa ibabang kalahati ng scale nito</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="79" />
        <source>Long handle time</source>
        <translation>Mahabang handle time</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="80" />
        <source>Handle time above the 90th percentile of the scope</source>
        <translation>Handle time na lampas sa ika-90 percentile ng saklaw</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>Sale</source>
        <translation>Benta</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>A sale was recorded on the conversation</source>
        <translation>May naitalang benta sa usapan</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="90" />
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="92" />
        <source>Sample &amp;per agent per week:</source>
        <translation>Sample &amp;kada agent kada linggo:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="135" />
        <source>Could not save the sample size: %1</source>
        <translation>Hindi ma-save ang sample size: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="180" />
        <source>Could not load the queue: %1</source>
        <translation>Hindi ma-load ang queue: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="203" />
        <source>Reading the queue…</source>
        <translation>Binabasa ang queue…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="214" />
        <source>%n conversation(s) waiting for a QA evaluation</source>
        <translation><numerusform>%n usapan ang naghihintay ng QA evaluation</numerusform><numerusform>%n usapan ang naghihintay ng QA evaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="215" />
        <source>%1 of %n conversation(s) shown</source>
        <translation><numerusform>%1 sa %n usapan ang ipinapakita</numerusform><numerusform>%1 sa %n usapan ang ipinapakita</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="217" />
        <source> — the newest %1; narrow the period or pick a team to see the rest</source>
        <translation> — ang %1 pinakabago; paikliin ang panahon o pumili ng team para makita ang iba</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="219" />
        <source>. Enter opens the evaluation form.</source>
        <translation>. Binubuksan ng Enter ang evaluation form.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="226" />
        <source>Nothing waiting: every conversation of this period's weekly sample has a QA evaluation.</source>
        <translation>Walang naghihintay: may QA evaluation na ang bawat usapan sa lingguhang sample ng panahong ito.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="228" />
        <source>Nothing waiting: no conversation of this period with a low survey answer lacks a QA evaluation.</source>
        <translation>Walang naghihintay: wala nang usapan sa panahong ito na may mababang sagot sa survey na walang QA evaluation.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="231" />
        <source>Nothing waiting: no conversation of this period with a long handle time lacks a QA evaluation.</source>
        <translation>Walang naghihintay: wala nang usapan sa panahong ito na may mahabang handle time na walang QA evaluation.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="236" />
        <source>Nothing waiting: no conversation of this period with a sale lacks a QA evaluation.</source>
        <translation>Walang naghihintay: wala nang usapan sa panahong ito na may benta na walang QA evaluation.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::RejectionModel</name>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="57" />
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="59" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="61" />
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="63" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="65" />
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReviewNoteDelegate</name>
    <message>
        <location filename="../ui/reviewnotedelegate.cpp" line="23" />
        <source>%1 · %2 on %3's %4</source>
        <translation>%1 · %2 sa %4 ni %3</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScopeBar</name>
    <message>
        <location filename="../ui/scopebar.cpp" line="22" />
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="23" />
        <source>Last 4 weeks</source>
        <translation>Huling 4 na linggo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="24" />
        <source>Last 13 weeks</source>
        <translation>Huling 13 linggo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="25" />
        <source>Last 6 months</source>
        <translation>Huling 6 na buwan</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="26" />
        <source>Last 12 months</source>
        <translation>Huling 12 buwan</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="52" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="53" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="56" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="64" />
        <source>Daily</source>
        <translation>Araw-araw</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="65" />
        <source>Weekly</source>
        <translation>Lingguhan</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="66" />
        <source>Monthly</source>
        <translation>Buwanan</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67" />
        <source>Trend granularity</source>
        <translation>Granularity ng trend</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="73" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76" />
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="79" />
        <source>&amp;Period</source>
        <translation>&amp;Panahon</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="85" />
        <source>T&amp;rend</source>
        <translation>T&amp;rend</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="89" />
        <source>Compare agents on the trend chart</source>
        <translation>Ikumpara ang mga agent sa trend chart</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="91" />
        <source>Draw up to %1 agents side by side on the trend chart</source>
        <translation>Ipakita nang magkatabi ang hanggang %1 agent sa trend chart</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="147" />
        <source>All teams</source>
        <translation>Lahat ng team</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>Whole team</source>
        <translation>Buong team</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>All agents</source>
        <translation>Lahat ng agent</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="232" />
        <source>&amp;Compare…</source>
        <translation>&amp;Ikumpara…</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="233" />
        <source>&amp;Compare (%1)…</source>
        <translation>&amp;Ikumpara (%1)…</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardDesigner</name>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="38" />
        <source>New scorecard</source>
        <translation>Bagong scorecard</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Opening</source>
        <translation>Pambungad</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Greeting</source>
        <translation>Pagbati</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="52" />
        <location filename="../ui/scorecarddesigner.cpp" line="101" />
        <source>Scorecards</source>
        <translation>Mga scorecard</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="62" />
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="64" />
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="109" />
        <source>Show &amp;retired</source>
        <translation>Ipakita ang naka-&amp;retire</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="113" />
        <source>N&amp;ew</source>
        <translation>&amp;Bago</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="114" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Mag-import ng JSON…</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="115" />
        <source>E&amp;xport JSON…</source>
        <translation>Mag-e&amp;xport ng JSON…</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="116" />
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Re&amp;tire</source>
        <translation>I-re&amp;tire</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="129" />
        <source>&lt;b&gt;Scorecards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mga scorecard&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="212" />
        <source>A new scorecard: name it, add sections and criteria, then save.</source>
        <translation>Bagong scorecard: pangalanan ito, magdagdag ng mga seksiyon at criteria, at i-save.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Retired: no longer offered for new evaluations.</source>
        <translation>Naka-retire: hindi na iniaalok para sa mga bagong evaluation.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Restored.</source>
        <translation>Naibalik.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="239" />
        <location filename="../ui/scorecarddesigner.cpp" line="245" />
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="251" />
        <source>Saved “%1” as version %2.</source>
        <translation>Na-save ang “%1” bilang bersiyon %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="261" />
        <source>Cannot read %1: %2</source>
        <translation>Hindi mabasa ang %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="266" />
        <source>Not imported: %1</source>
        <translation>Hindi na-import: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="275" />
        <source>Imported “%1” from %2: save to add it.</source>
        <translation>Na-import ang “%1” mula sa %2: i-save para maidagdag ito.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="285" />
        <source>Cannot write %1: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="288" />
        <source>Exported “%1” to %2.</source>
        <translation>Na-export ang “%1” sa %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="294" />
        <source>Import a scorecard</source>
        <translation>Mag-import ng scorecard</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="295" />
        <source>Scorecards (*.json);;All files (*)</source>
        <translation>Mga scorecard (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Export the scorecard</source>
        <translation>I-export ang scorecard</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Scorecards (*.json)</source>
        <translation>Mga scorecard (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="315" />
        <source>Saves a new scorecard, version 1.</source>
        <translation>Sine-save ang bagong scorecard, bersiyon 1.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Res&amp;tore</source>
        <translation>Iba&amp;lik</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Unsaved changes</source>
        <translation>Mga hindi na-save na pagbabago</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Save the changes to “%1” first?</source>
        <translation>I-save muna ang mga pagbabago sa “%1”?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="50" />
        <source>Sections and criteria</source>
        <translation>Mga seksiyon at criteria</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="93" />
        <source>Any channel</source>
        <translation>Anumang channel</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="109" />
        <source>for</source>
        <translation>para sa</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="112" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Layunin:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="115" />
        <source>Na&amp;me:</source>
        <translation>Pangala&amp;n:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="117" />
        <source>&amp;Description:</source>
        <translation>&amp;Paglalarawan:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="124" />
        <source>Add section</source>
        <translation>Magdagdag ng seksiyon</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="125" />
        <source>Add criterion</source>
        <translation>Magdagdag ng criterion</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="126" />
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="127" />
        <source>Move up</source>
        <translation>Ilipat pataas</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="128" />
        <source>Move down</source>
        <translation>Ilipat pababa</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="129" />
        <source>After the selected criterion (Insert)</source>
        <translation>Pagkatapos ng napiling criterion (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="130" />
        <source>Remove the selected section or criterion (Delete)</source>
        <translation>Alisin ang napiling seksiyon o criterion (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="131" />
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="132" />
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="141" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="142" />
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="143" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="144" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="202" />
        <source>✔ Valid: %1 criteria in %2 sections.</source>
        <translation>✔ Valid: %1 criteria sa %2 seksiyon.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="205" />
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardItemForm</name>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="27" />
        <source>A&amp;uto-fail: failing it sets the whole evaluation to 0 %</source>
        <translation>A&amp;uto-fail: kapag bumagsak ito, magiging 0 % ang buong evaluation</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="28" />
        <source>N/A &amp;allowed</source>
        <translation>Pinapayagan ang N/&amp;A</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="38" />
        <source>Yes / no</source>
        <translation>Oo / hindi</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="39" />
        <source>Scale 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="44" />
        <source>What a good answer looks like; shown beside the criterion while scoring.</source>
        <translation>Ano ang hitsura ng mahusay na sagot; ipinapakita sa tabi ng criterion habang nag-i-score.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="54" />
        <source>&amp;Name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="55" />
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="58" />
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="61" />
        <source>&amp;Guideline:</source>
        <translation>&amp;Gabay:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="118" />
        <source>Select a section or a criterion</source>
        <translation>Pumili ng seksiyon o criterion</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="119" />
        <source>Section</source>
        <translation>Seksiyon</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="120" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="138" />
        <source>%1 of the total</source>
        <translation>%1 ng total</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardView</name>
    <message>
        <location filename="../ui/scorecardview.cpp" line="135" />
        <source>KPI scorecard</source>
        <translation>KPI scorecard</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="138" />
        <source>Double-click (or Enter on) a figure to list the conversations behind it, a name to open the agent. Each cell names its band; the colour only repeats it. ▲ better, ▼ worse, = about the same as the previous period of the same length.</source>
        <translation>Mag-double-click (o pindutin ang Enter) sa isang figure para ilista ang mga usapan sa likod nito, sa isang pangalan para buksan ang agent. Nakasulat sa bawat cell ang band nito; inuulit lang ito ng kulay. ▲ mas mahusay, ▼ mas mahina, = halos pareho sa nakaraang panahon na may parehong haba.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="152" />
        <source>KPI scorecard — %1</source>
        <translation>KPI scorecard — %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ServerPasswords</name>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="38" />
        <source>there is no password to store</source>
        <translation>walang password na itatago</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="44" />
        <source>the system keyring did not store the password: %1</source>
        <translation>hindi itinago ng system keyring ang password: %1</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="71" />
        <source>the system keyring did not remove the password: %1</source>
        <translation>hindi inalis ng system keyring ang password: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgendaPanel</name>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="52" />
        <source>What was agreed</source>
        <translation>Ang napagkasunduan</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="53" />
        <source>What did you agree on? This goes on the agent's summary.</source>
        <translation>Ano ang napagkasunduan ninyo? Isasama ito sa buod para sa agent.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="56" />
        <source>What was &amp;agreed</source>
        <translation>Ang &amp;napagkasunduan</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="83" />
        <location filename="../ui/sessionagendapanel.cpp" line="95" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="88" />
        <source>Notes on the selected agenda item</source>
        <translation>Mga tala sa napiling agenda item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="91" />
        <source>&amp;Notes on the selected item</source>
        <translation>Mga &amp;tala sa napiling item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="92" />
        <source>Add &amp;item…</source>
        <translation>Magdagdag ng &amp;item…</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="93" />
        <source>&amp;Remove item</source>
        <translation>&amp;Alisin ang item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="108" />
        <source>Conversations on the agenda</source>
        <translation>Mga usapan sa agenda</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="110" />
        <source>&amp;Open conversation</source>
        <translation>&amp;Buksan ang usapan</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="112" />
        <source>Conversations discussed</source>
        <translation>Mga usapang tinalakay</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="168" />
        <source>Select an agenda item to write about it.</source>
        <translation>Pumili ng agenda item para magsulat tungkol dito.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="169" />
        <source>What was said about this item</source>
        <translation>Ang sinabi tungkol sa item na ito</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Add agenda item</source>
        <translation>Magdagdag ng agenda item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Topic:</source>
        <translation>Paksa:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgreementsPanel</name>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="57" />
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="65" />
        <source>Situations: %1</source>
        <translation>Mga sitwasyon: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="67" />
        <source>Checked for CSAT impact: %1</source>
        <translation>Nasuri ang epekto sa CSAT: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="68" />
        <source>Not checked for CSAT impact yet</source>
        <translation>Hindi pa nasusuri ang epekto sa CSAT</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="70" />
        <source>Retired from the library</source>
        <translation>Naka-retire na sa library</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="91" />
        <location filename="../ui/sessionagreementspanel.cpp" line="109" />
        <source>Action items</source>
        <translation>Mga action item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="106" />
        <source>Add a&amp;ction</source>
        <translation>Magdagdag ng a&amp;ction item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="107" />
        <source>Remove action</source>
        <translation>Alisin ang action item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="126" />
        <source>Homework phrases</source>
        <translation>Mga parirala ng homework</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="131" />
        <source>&amp;Homework — tick the phrases to practise (longer → shorter)</source>
        <translation>&amp;Homework — lagyan ng tsek ang mga pariralang sasanayin (mas mahaba → mas maikli)</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="140" />
        <source>Agent ac&amp;knowledged on</source>
        <translation>&amp;Kinilala ng agent noong</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="143" />
        <source>&amp;Follow up on</source>
        <translation>Mag-&amp;follow up sa</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="228" />
        <source>New action</source>
        <translation>Bagong action item</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionDialog</name>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="107" />
        <source>Coaching session[*]</source>
        <translation>Coaching session[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>Save the session (Ctrl+S)</source>
        <translation>I-save ang session (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>Mark &amp;held</source>
        <translation>Markahang &amp;naganap</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>The session took place; notes can still be written</source>
        <translation>Naganap na ang session; puwede pang magsulat ng mga tala</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="175" />
        <source>C&amp;lose session</source>
        <translation>I&amp;sara ang session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="176" />
        <source>Freeze the agenda and notes; acknowledgement, actions and follow-up can still change</source>
        <translation>I-freeze ang agenda at mga tala; puwede pang magbago ang pagkilala, ang mga action item at ang follow-up</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Re&amp;open…</source>
        <translation>Buksan &amp;muli…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Open a closed session again, with a reason</source>
        <translation>Buksang muli ang saradong session, nang may dahilan</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>Print the one-page summary for the agent</source>
        <translation>I-print ang isang-pahinang buod para sa agent</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Export P&amp;DF…</source>
        <translation>I-export bilang P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Save the one-page summary as a PDF</source>
        <translation>I-save bilang PDF ang isang-pahinang buod</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="201" />
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="207" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="209" />
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="220" />
        <source>Could not open the session: %1</source>
        <translation>Hindi mabuksan ang session: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="248" />
        <source>Could not save the session</source>
        <translation>Hindi ma-save ang session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="252" />
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="266" />
        <source>Could not change the session</source>
        <translation>Hindi mabago ang session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="270" />
        <source>The session is %1 now.</source>
        <translation>%1 na ngayon ang session.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="284" />
        <source>Close the session</source>
        <translation>Isara ang session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="285" />
        <source>Close the session? The agenda, the notes and the homework can no longer change; the acknowledgement, the action items' done state and the follow-up still can.</source>
        <translation>Isara ang session? Hindi na mababago ang agenda, ang mga tala at ang homework; puwede pang baguhin ang pagkilala, ang pagiging tapos ng mga action item at ang follow-up.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="296" />
        <source>Reopen the session</source>
        <translation>Buksang muli ang session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="297" />
        <source>Why does the closed session need to change?</source>
        <translation>Bakit kailangang baguhin ang saradong session?</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="302" />
        <source>Reopening a closed session needs a reason.</source>
        <translation>Kailangan ng dahilan para buksang muli ang saradong session.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="323" />
        <source>Print the session summary</source>
        <translation>I-print ang buod ng session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="335" />
        <source>coaching-%1-%2.pdf</source>
        <translation>coaching-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="339" />
        <source>Export the session summary</source>
        <translation>I-export ang buod ng session</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="340" />
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="345" />
        <source>Could not export the summary</source>
        <translation>Hindi ma-export ang buod</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="348" />
        <source>Summary written to %1.</source>
        <translation>Naisulat ang buod sa %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="358" />
        <source>Coaching session: %1, %2[*]</source>
        <translation>Coaching session: %1, %2[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · focus %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · focus %6</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="362" />
        <source>no team</source>
        <translation>walang team</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="367" />
        <source>Attendance: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Unsaved changes</source>
        <translation>Mga hindi na-save na pagbabago</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Save the session before closing?</source>
        <translation>I-save ang session bago isara?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionEffectPanel</name>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="35" />
        <source>Effect of the session</source>
        <translation>Epekto ng session</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="50" />
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="51" />
        <source>&amp;Effect</source>
        <translation>&amp;Epekto</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="55" />
        <source>Loading the trend…</source>
        <translation>Nilo-load ang trend…</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="89" />
        <source>Could not read the trend: %1</source>
        <translation>Hindi mabasa ang trend: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="94" />
        <source>Could not measure the effect: %1</source>
        <translation>Hindi masukat ang epekto: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="96" />
        <source>Before: %1 – %2. The after window starts the day after the session.</source>
        <translation>Bago: %1 – %2. Nagsisimula ang saklaw na panahon pagkatapos ng session sa araw na kasunod nito.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="100" />
        <source>Before: %1 – %2; after: %3 – %4%5. No result is claimed on fewer than %6 observations.</source>
        <translation>Bago: %1 – %2; pagkatapos: %3 – %4%5. Walang resultang idinedeklara kapag kulang sa %6 obserbasyon.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="106" />
        <source> (still running)</source>
        <translation> (tumatakbo pa)</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="120" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (katabi ng AHT)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67" />
        <source>Keyboard Shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="88" />
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="90" />
        <source>Filter by menu, action or keys (Ctrl+F)</source>
        <translation>I-filter ayon sa menu, action o key (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="92" />
        <source>Filter shortcuts</source>
        <translation>I-filter ang mga shortcut</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="23" />
        <source>Site settings</source>
        <translation>Mga setting ng site</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="26" />
        <source>e.g. Lakeside Contact Centre</source>
        <translation>hal. Lakeside Contact Centre</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="38" />
        <source>Site &amp;name:</source>
        <translation>&amp;Pangalan ng site:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="41" />
        <source>Changing the currency converts no amounts: set it before the first bonus month is locked.</source>
        <translation>Walang halagang kino-convert kapag pinalitan ang currency: itakda ito bago i-lock ang unang buwan ng bonus.</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="65" />
        <source>Could not save: %1</source>
        <translation>Hindi ma-save: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TableExportAction</name>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="53" />
        <source>CSV for spreadsheets and scripts (*.csv)</source>
        <translation>CSV para sa mga spreadsheet at script (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="54" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="58" />
        <location filename="../ui/tableexportaction.cpp" line="68" />
        <source>Export table</source>
        <translation>I-export ang table</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TargetBands</name>
    <message>
        <location filename="../ui/targetbands.cpp" line="119" />
        <source>CSAT % (target band %1–%2)</source>
        <translation>CSAT % (target band %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="120" />
        <source>CSAT % (target %1)</source>
        <translation>CSAT % (target %1)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="126" />
        <source>AHT, m:ss (target band %1–%2)</source>
        <translation>AHT, m:ss (target band %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="128" />
        <source>AHT, m:ss (target %1)</source>
        <translation>AHT, m:ss (target %1)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TimelineMarkers</name>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="175" />
        <source>QA evaluation</source>
        <translation>QA evaluation</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="177" />
        <source>Peer-review note</source>
        <translation>Peer-review note</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="179" />
        <source>Coaching session</source>
        <translation>Coaching session</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="186" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="192" />
        <source>QA score %1</source>
        <translation>QA score %1</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="193" />
        <source>Click to open</source>
        <translation>I-click para buksan</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TrendLines</name>
    <message>
        <location filename="../ui/trendlines.cpp" line="42" />
        <source>All</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="43" />
        <source>%1 · CSAT %</source>
        <translation>%1 · CSAT %</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="43" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <source>%1 · AHT</source>
        <translation>%1 · AHT</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="145" />
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TrendText</name>
    <message>
        <location filename="../ui/trendtext.cpp" line="14" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="23" />
        <source>CSAT %1 (n=%2)</source>
        <translation>CSAT %1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="26" />
        <source>95 % interval %1–%2</source>
        <translation>95 % interval %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="29" />
        <location filename="../ui/trendtext.cpp" line="34" />
        <source>small sample</source>
        <translation>maliit na sample</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="30" />
        <source>AHT %1 (n=%2)</source>
        <translation>AHT %1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Handled %1</source>
        <translation>Na-handle: %1</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Double-click to open</source>
        <translation>Mag-double-click para buksan</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="46" />
        <source>daily</source>
        <translation>araw-araw</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="48" />
        <source>weekly</source>
        <translation>lingguhan</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="50" />
        <source>monthly</source>
        <translation>buwanan</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="59" />
        <source>No data in this period.</source>
        <translation>Walang data sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="66" />
        <source>%1 CSAT and AHT from %2 to %3, %4 of %5 buckets with data.</source>
        <translation>CSAT at AHT (%1) mula %2 hanggang %3, %4 sa %5 bucket ang may data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="71" />
        <source>%n agent(s) compared.</source>
        <translation><numerusform>%n agent ang ikinumpara.</numerusform><numerusform>%n agent ang ikinumpara.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="72" />
        <source>%n event(s) marked.</source>
        <translation><numerusform>%n event ang minarkahan.</numerusform><numerusform>%n event ang minarkahan.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="44" />
        <source>QA page tab to show: queue, evaluations, mistakes, calibration, disputes or peer-reviews.</source>
        <translation>Tab ng pahinang QA na ipapakita: queue, evaluations, mistakes, calibration, disputes o peer-reviews.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="49" />
        <source>Coaching page tab to show: followups, sessions, effect, phrases or attendance.</source>
        <translation>Tab ng Coaching page na ipapakita: followups, sessions, effect, phrases o attendance.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="54" />
        <source>Open the evaluation with this id in the evaluation form.</source>
        <translation>Buksan ang evaluation na may ganitong id sa evaluation form.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="57" />
        <source>Open the scorecard designer.</source>
        <translation>Buksan ang scorecard designer.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="60" />
        <source>Work as NAME in this run (evaluations, disputes, audit log); the stored name is kept.</source>
        <translation>Gamitin ang NAME bilang pangalan sa pagpapatakbong ito (mga evaluation, dispute, audit log); pinapanatili ang naka-save na pangalan.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="175" />
        <source>Contact-centre supervisor console.</source>
        <translation>Console ng supervisor ng contact centre.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="179" />
        <source>Open FILE (created and set up if new).</source>
        <translation>Buksan ang FILE (ginagawa at sine-set up kung bago).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="183" />
        <source>Page to start on: dashboard, agents, conversations, qa, coaching, bonus, imports or agent (with --agent).</source>
        <translation>Page na unang bubuksan: dashboard, agents, conversations, qa, coaching, bonus, imports o agent (kasama ang --agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="188" />
        <source>Month the Bonus page shows (YYYY-MM); default: last month.</source>
        <translation>Buwang ipinapakita ng Bonus page (YYYY-MM); default: nakaraang buwan.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="192" />
        <source>Dashboard view to show: trend, quadrant or scorecard.</source>
        <translation>View ng dashboard na ipapakita: trend, quadrant o scorecard.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="195" />
        <source>Trend buckets: day, week or month.</source>
        <translation>Mga pangkat ng trend: day, week o month.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="198" />
        <source>Open the KPI plan dialog.</source>
        <translation>Buksan ang dialog ng KPI plan.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="200" />
        <source>Start with this team selected.</source>
        <translation>Magsimula nang napili ang team na ito.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="204" />
        <source>Start with this agent selected (or shown, with --page agent).</source>
        <translation>Magsimula nang napili ang agent na ito (o ipinapakita, gamit ang --page agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="208" />
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation>Buksan ang import dialog para sa FILE (CSV, TXT o XLSX).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="211" />
        <source>Database to open, like --db.</source>
        <translation>Database na bubuksan, tulad ng --db.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="221" />
        <location filename="../ui/main.cpp" line="229" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
</context>
</TS>