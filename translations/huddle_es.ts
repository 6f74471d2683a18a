<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BonusPlanText</name>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="31" />
        <source>Weighted KPI score</source>
        <translation>Puntuación ponderada de KPI</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="33" />
        <source>No-call-no-shows</source>
        <translation>Ausencias sin aviso</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="35" />
        <source>Unexcused absences</source>
        <translation>Ausencias injustificadas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="37" />
        <source>Attendance violations</source>
        <translation>Infracciones de asistencia</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="39" />
        <source>Late arrivals</source>
        <translation>Retrasos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="41" />
        <source>Sales (count)</source>
        <translation>Ventas (cantidad)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="43" />
        <source>Sales amount</source>
        <translation>Importe de las ventas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="45" />
        <source>Conversations handled</source>
        <translation>Conversaciones atendidas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="47" />
        <source>CSAT responses</source>
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="49" />
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="51" />
        <source>Perfect CSAT month</source>
        <translation>Mes con CSAT perfecto</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="59" />
        <location filename="../app/models/bonusplantext.cpp" line="67" />
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="61" />
        <source>observations</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="64" />
        <source>shifts</source>
        <translation>turnos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="69" />
        <source>evaluations</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="71" />
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="79" />
        <source>≥ at least</source>
        <translation>≥ al menos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="81" />
        <source>≤ at most</source>
        <translation>≤ como máximo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="83" />
        <source>&lt; below</source>
        <translation>&lt; por debajo de</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="85" />
        <source>&gt; above</source>
        <translation>&gt; por encima de</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="94" />
        <source>Flat amount</source>
        <translation>Importe fijo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="96" />
        <source>Per sale, by tier</source>
        <translation>Por venta, según el nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="98" />
        <source>Tiered by band</source>
        <translation>Escalonado por bandas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="100" />
        <source>Percent of a base</source>
        <translation>Porcentaje de una base</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the sales amount</source>
        <translation>el importe de las ventas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the components above</source>
        <translation>los componentes anteriores</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="114" />
        <source>Bonus becomes 0</source>
        <translation>El bono pasa a 0</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="116" />
        <source>Reduce by a percentage</source>
        <translation>Reducir en un porcentaje</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="118" />
        <source>Reduce by an amount</source>
        <translation>Reducir en un importe</translation>
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
        <translation>Por venta: %1; otros niveles %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="154" />
        <source>no tiers</source>
        <translation>sin niveles</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="159" />
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="161" />
        <source>no bands</source>
        <translation>sin bandas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="163" />
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="172" />
        <source>bonus → 0</source>
        <translation>bono → 0</translation>
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
        <location filename="../ui/firstrun.cpp" line="45" />
        <source>Creating the demo database was cancelled.</source>
        <translation>Se canceló la creación de la base de datos de demostración.</translation>
    </message>
</context>
<context>
    <name>huddle::core</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="41" />
        <location filename="../app/core/kpiplanjson.cpp" line="46" />
        <source>%1: unknown field '%2' (expected %3)</source>
        <translation>%1: campo desconocido «%2» (se esperaba %3)</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="51" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="54" />
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="61" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="70" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="94" />
        <source>%1.label: missing</source>
        <translation>%1.label: falta</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="71" />
        <source>%1.label: not a string</source>
        <translation>%1.label: no es una cadena</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: missing</source>
        <translation>steps: falta</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: not an array</source>
        <translation>steps: no es una matriz</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="95" />
        <source>Verbal warning</source>
        <translation>Advertencia verbal</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="96" />
        <source>Written warning</source>
        <translation>Advertencia escrita</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="97" />
        <source>Final warning</source>
        <translation>Advertencia final</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="232" />
        <source>score_weights: unknown KPI "%1"</source>
        <translation>score_weights: KPI desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="250" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: esta versión de Huddle no lee la versión %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="31" />
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="33" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="38" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="29" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="60" />
        <source>%1: must not be negative, got %2</source>
        <translation>%1: no debe ser negativo; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="31" />
        <source>%1: %2 is more than %3</source>
        <translation>%1: %2 es mayor que %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="38" />
        <source>%1: %2 % is outside 0–100 %</source>
        <translation>%1: %2 % está fuera de 0–100 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="53" />
        <source>%1: unknown measure "%2"</source>
        <translation>%1: medida desconocida «%2»</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="70" />
        <source>%1.comparison: unknown comparison</source>
        <translation>%1.comparison: comparación desconocida</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="72" />
        <source>%1.value: not a number</source>
        <translation>%1.value: no es un número</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="80" />
        <source>%1.id: "%2" must be lower-case letters, digits and _</source>
        <translation>%1.id: «%2» solo puede contener letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="83" />
        <source>%1.id: "%2" is already used</source>
        <translation>%1.id: «%2» ya está en uso</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="105" />
        <source>%1.tier: missing</source>
        <translation>%1.tier: falta</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="107" />
        <source>%1.tier: tier "%2" appears twice</source>
        <translation>%1.tier: el nivel «%2» aparece dos veces</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="118" />
        <source>%1 and up</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="131" />
        <source>%1.measure: perfect_csat is yes or no; bands need a number</source>
        <translation>%1.measure: perfect_csat es sí o no; las bandas necesitan un número</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="133" />
        <source>%1.bands: a tiered component needs at least one band</source>
        <translation>%1.bands: un componente escalonado necesita al menos una banda</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="138" />
        <source>%1: from and to must be numbers</source>
        <translation>%1: from y to deben ser números</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="140" />
        <source>%1: from %2 must be below to %3</source>
        <translation>%1: from %2 debe ser menor que to %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="144" />
        <source>%1: overlaps bands[%2] (%3)</source>
        <translation>%1: se solapa con bands[%2] (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="168" />
        <source>%1.base: unknown base</source>
        <translation>%1.base: base desconocida</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="171" />
        <source>%1.kind: unknown kind</source>
        <translation>%1.kind: tipo desconocido</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="184" />
        <source>%1.effect: unknown effect</source>
        <translation>%1.effect: efecto desconocido</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="194" />
        <source>score_weights.%1: weight %2 is outside 0–100</source>
        <translation>score_weights.%1: el peso %2 está fuera de 0–100</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="198" />
        <source>score_weights: weights sum to %1, not 100</source>
        <translation>score_weights: los pesos suman %1, no 100</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="94" />
        <source>Choose at least %1 focus KPI.</source>
        <translation>Elegir al menos %1 KPI de enfoque.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="97" />
        <source>Focus on at most %1 KPIs at a time; %2 are chosen.</source>
        <translation>Centrarse como máximo en %1 KPI a la vez; hay %2 elegidos.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="101" />
        <source>%1 is chosen twice as a focus KPI; each focus KPI counts once.</source>
        <translation>%1 está elegido dos veces como KPI de enfoque; cada KPI de enfoque cuenta una sola vez.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="23" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="44" />
        <source>The answers do not match the scorecard: it has %1 criteria, the evaluation %2 answers before and %3 after the decision.</source>
        <translation>Las respuestas no coinciden con la ficha de evaluación: esta tiene %1 criterios y la evaluación, %2 respuestas antes de la decisión y %3 después.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="51" />
        <source>The disputed criterion (number %1) is not on this scorecard.</source>
        <translation>El criterio impugnado (número %1) no está en esta ficha de evaluación.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="55" />
        <source>The new answer to criterion %1 is not valid: answer yes or no, 1 to 5 on a scale, or N/A where the criterion allows it.</source>
        <translation>La nueva respuesta al criterio %1 no es válida: responder sí o no, de 1 a 5 en una escala, o N/A si el criterio lo permite.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="68" />
        <source>Only QA evaluations can be disputed; peer reviews and calibration scores never count in the agent's QA score.</source>
        <translation>Solo se pueden impugnar las evaluaciones de calidad; las revisiones entre pares y las puntuaciones de calibración nunca cuentan en la puntuación de calidad del agente.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="72" />
        <source>This evaluation is still a draft; it can be disputed once it is published.</source>
        <translation>Esta evaluación todavía es un borrador; se podrá impugnar una vez publicada.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="74" />
        <source>This evaluation is already disputed; wait for the arbitrator's decision.</source>
        <translation>Esta evaluación ya está en disputa; hay que esperar la decisión del árbitro.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="76" />
        <source>This evaluation is final and can no longer be disputed.</source>
        <translation>Esta evaluación es definitiva y ya no se puede impugnar.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="81" />
        <source>This evaluation has no publication time, so its dispute window cannot be determined; ask an administrator to check it.</source>
        <translation>Esta evaluación no tiene fecha y hora de publicación, así que no se puede determinar su plazo de disputa; hay que pedir a un administrador que la revise.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="114" />
        <source>This evaluation is final; it can no longer be changed.</source>
        <translation>Esta evaluación es definitiva; ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="121" />
        <source>This evaluation is disputed; it can only change through the arbitrator's decision.</source>
        <translation>Esta evaluación está en disputa; solo puede cambiar mediante la decisión del árbitro.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="123" />
        <source>A published evaluation cannot go back to being a draft; correct it instead.</source>
        <translation>Una evaluación publicada no puede volver a ser un borrador; en su lugar, hay que corregirla.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="124" />
        <source>A draft must be published before it can be disputed or made final.</source>
        <translation>Un borrador debe publicarse antes de que se pueda impugnar o convertir en definitivo.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="137" />
        <source>A rejection keeps every answer as it was; to change an answer, accept or partially accept the dispute instead.</source>
        <translation>Un rechazo mantiene todas las respuestas como estaban; para cambiar una respuesta, hay que aceptar o aceptar parcialmente la disputa.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="141" />
        <source>This dispute is about criterion %1 only; criterion %2 cannot be changed by its decision.</source>
        <translation>Esta disputa solo trata del criterio %1; su decisión no puede cambiar el criterio %2.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="149" />
        <source>Accepting a dispute must change the score; re-score the disputed answers, or reject the dispute if the score stands.</source>
        <translation>Aceptar una disputa debe cambiar la puntuación; volver a puntuar las respuestas impugnadas o rechazar la disputa si la puntuación se mantiene.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="152" />
        <source>Give a reason for the decision; the agent and the evaluator will read it.</source>
        <translation>Indicar un motivo para la decisión; lo leerán el agente y el evaluador.</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="53" />
        <source>%1: thresholds must be numbers of at least %2</source>
        <translation>%1: los umbrales deben ser números de al menos %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="54" />
        <source>%1: thresholds must lie between %2 and %3</source>
        <translation>%1: los umbrales deben estar entre %2 y %3</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="60" />
        <source>%1: thresholds must fall from below to exceeded</source>
        <translation>%1: los umbrales deben ir de mayor a menor, de por debajo a superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="61" />
        <source>%1: thresholds must rise from below to exceeded</source>
        <translation>%1: los umbrales deben ir de menor a mayor, de por debajo a superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="33" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: falta</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="35" />
        <source>%1.%2: not a number</source>
        <translation>%1.%2: no es un número</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="38" />
        <source>%1.%2: must be a whole number, got %3</source>
        <translation>%1.%2: debe ser un número entero; valor obtenido: %3</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="76" />
        <source>kpis: missing or not an object</source>
        <translation>kpis: falta o no es un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="83" />
        <source>kpis: unknown KPI '%1' (expected %2)</source>
        <translation>kpis: KPI desconocido «%1» (se esperaba %2)</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="96" />
        <source>band_points: missing or not an object</source>
        <translation>band_points: falta o no es un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="281" />
        <source>not valid JSON: %1</source>
        <translation>no es un JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="284" />
        <source>a scorecard file holds one JSON object, with "format": "%1"</source>
        <translation>un archivo de ficha de evaluación contiene un objeto JSON, con "format": "%1"</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="56" />
        <source>a criterion needs a name</source>
        <translation>un criterio necesita un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="59" />
        <source>the name "%1" is already used by %2; criterion names must be unique within a scorecard</source>
        <translation>el nombre «%1» ya lo usa %2; los nombres de los criterios deben ser únicos dentro de una ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="66" />
        <source>the weight must be a number greater than 0, found %1</source>
        <translation>el peso debe ser un número mayor que 0; valor encontrado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="78" />
        <source>a scorecard needs a name</source>
        <translation>una ficha de evaluación necesita un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="80" />
        <source>a scorecard needs at least one section</source>
        <translation>una ficha de evaluación necesita al menos una sección</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="84" />
        <source>a section needs a name</source>
        <translation>una sección necesita un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="87" />
        <source>section "%1" needs at least one criterion</source>
        <translation>la sección «%1» necesita al menos un criterio</translation>
    </message>
</context>
<context>
    <name>huddle::core::AttendanceLadder</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="109" />
        <source>windowDays must be between 1 and %1, got %2</source>
        <translation>windowDays debe estar entre 1 y %1; se obtuvo %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="111" />
        <source>steps: a ladder needs at least one step</source>
        <translation>steps: una escala necesita al menos un escalón</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="115" />
        <source>%1.violations must be at least 1, got %2</source>
        <translation>%1.violations debe ser al menos 1; se obtuvo %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="117" />
        <source>%1.violations must be greater than %2.violations</source>
        <translation>%1.violations debe ser mayor que %2.violations</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="119" />
        <source>%1.label must not be blank</source>
        <translation>%1.label no puede estar en blanco</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="139" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="141" />
        <source>an attendance ladder is a JSON object</source>
        <translation>una escala de advertencias de asistencia es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>huddle::core::BonusPlan</name>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="181" />
        <source>Example plan: perfect CSAT and sales by tier</source>
        <translation>Plan de ejemplo: CSAT perfecto y ventas por nivel</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="185" />
        <source>Perfect CSAT month</source>
        <translation>Mes con CSAT perfecto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="193" />
        <source>Sales by product tier</source>
        <translation>Ventas por nivel de producto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="200" />
        <source>QA average below 80 %</source>
        <translation>Promedio de calidad por debajo del 80 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="208" />
        <source>Any no-call-no-show</source>
        <translation>Alguna ausencia sin aviso</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="209" />
        <source>Two or more unexcused absences</source>
        <translation>Dos o más ausencias injustificadas</translation>
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
        <translation>sin datos de KPI para la puntuación ponderada</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="118" />
        <source>no scheduled shifts</source>
        <translation>sin turnos programados</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="120" />
        <location filename="../app/core/bonuswording.cpp" line="218" />
        <source>no CSAT responses</source>
        <translation>sin respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="122" />
        <source>no conversations handled</source>
        <translation>sin conversaciones atendidas</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="124" />
        <source>no QA evaluations</source>
        <translation>sin evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="126" />
        <source>no handle times</source>
        <translation>sin tiempos de gestión</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="128" />
        <source>no resolution data</source>
        <translation>sin datos de resolución</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="130" />
        <source>no on-queue time</source>
        <translation>sin tiempo en cola</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="132" />
        <source>no NPS responses</source>
        <translation>sin respuestas NPS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="143" />
        <source>%n no-call-no-show(s)</source>
        <translation><numerusform>%n ausencia sin aviso</numerusform><numerusform>%n ausencias sin aviso</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="146" />
        <source>%n unexcused absence(s)</source>
        <translation><numerusform>%n ausencia injustificada</numerusform><numerusform>%n ausencias injustificadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="149" />
        <source>%n attendance violation(s)</source>
        <translation><numerusform>%n infracción de asistencia</numerusform><numerusform>%n infracciones de asistencia</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="152" />
        <source>%n late arrival(s)</source>
        <translation><numerusform>%n retraso</numerusform><numerusform>%n retrasos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="155" />
        <source>%n sale(s)</source>
        <translation><numerusform>%n venta</numerusform><numerusform>%n ventas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="157" />
        <source>%n conversation(s) handled</source>
        <translation><numerusform>%n conversación atendida</numerusform><numerusform>%n conversaciones atendidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="159" />
        <source>%n CSAT response(s)</source>
        <translation><numerusform>%n respuesta CSAT</numerusform><numerusform>%n respuestas CSAT</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="161" />
        <source>%n QA evaluation(s)</source>
        <translation><numerusform>%n evaluación de calidad</numerusform><numerusform>%n evaluaciones de calidad</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="166" />
        <source>%1 on %2</source>
        <comment>count on a day</comment>
        <translation>%1 el %2</translation>
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
        <translation>puntuación ponderada de KPI %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="179" />
        <source>weighted KPI score %1 (data on %2 % of the weights)</source>
        <translation>puntuación ponderada de KPI %1 (datos en el %2 % de los pesos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="183" />
        <source>attendance %1 % on %n shift(s)</source>
        <translation><numerusform>asistencia %1 % en %n turno</numerusform><numerusform>asistencia %1 % en %n turnos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="185" />
        <location filename="../app/core/bonuswording.cpp" line="219" />
        <source>CSAT %1 % on %n response(s)</source>
        <translation><numerusform>CSAT %1 % en %n respuesta</numerusform><numerusform>CSAT %1 % en %n respuestas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="187" />
        <source>sales conversion %1 % on %n conversation(s)</source>
        <translation><numerusform>conversión de ventas %1 % en %n conversación</numerusform><numerusform>conversión de ventas %1 % en %n conversaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="189" />
        <source>QA %1 % on %n evaluation(s)</source>
        <translation><numerusform>calidad %1 % en %n evaluación</numerusform><numerusform>calidad %1 % en %n evaluaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="191" />
        <source>AHT %1 s on %n conversation(s)</source>
        <translation><numerusform>TMO %1 s en %n conversación</numerusform><numerusform>TMO %1 s en %n conversaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="193" />
        <source>FCR %1 % on %n conversation(s)</source>
        <translation><numerusform>FCR %1 % en %n conversación</numerusform><numerusform>FCR %1 % en %n conversaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="195" />
        <source>%1 contacts per hour on %n conversation(s)</source>
        <translation><numerusform>%1 contactos por hora en %n conversación</numerusform><numerusform>%1 contactos por hora en %n conversaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="197" />
        <source>NPS %1 on %n response(s)</source>
        <translation><numerusform>NPS %1 en %n respuesta</numerusform><numerusform>NPS %1 en %n respuestas</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="209" />
        <source>sales of %1</source>
        <translation>ventas por valor de %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="237" />
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="239" />
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="241" />
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="243" />
        <source>above %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="252" />
        <source>fewer than %n response(s)</source>
        <translation><numerusform>menos de %n respuesta</numerusform><numerusform>menos de %n respuestas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="254" />
        <source>fewer than %n evaluation(s)</source>
        <translation><numerusform>menos de %n evaluación</numerusform><numerusform>menos de %n evaluaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="256" />
        <source>fewer than %n scheduled shift(s)</source>
        <translation><numerusform>menos de %n turno programado</numerusform><numerusform>menos de %n turnos programados</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="258" />
        <source>fewer than %n conversation(s)</source>
        <translation><numerusform>menos de %n conversación</numerusform><numerusform>menos de %n conversaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="260" />
        <source>data on less than %1 % of the weights</source>
        <translation>datos en menos del %1 % de los pesos</translation>
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
        <translation>%1: no llega al 100 % → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="292" />
        <source>%1, %2 → %3</source>
        <translation>%1, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="309" />
        <source>%1 × no tier %2</source>
        <translation>%1 × sin nivel %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="310" />
        <source>%1 × tier %2 %3</source>
        <translation>%1 × nivel %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="313" />
        <source>no sales → %1</source>
        <translation>sin ventas → %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="314" />
        <source>%n sale(s): %1 = %2</source>
        <translation><numerusform>%n venta: %1 = %2</numerusform><numerusform>%n ventas: %1 = %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="324" />
        <source>%1: in no band → %2</source>
        <translation>%1: en ninguna banda → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="327" />
        <source>%1 to under %2</source>
        <comment>a band</comment>
        <translation>de %1 a menos de %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="328" />
        <source>%1 and up</source>
        <comment>a band</comment>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="329" />
        <source>%1, band %2 → %3</source>
        <translation>%1, banda %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="335" />
        <source>%1 % of sales %2 → %3</source>
        <translation>%1 % de las ventas de %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="336" />
        <source>%1 % of the components above, %2 → %3</source>
        <translation>%1 % de los componentes anteriores, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="348" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="352" />
        <source>%1 → bonus %2</source>
        <translation>%1 → bono %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="355" />
        <source>%1 → %2 % = %3, only %4 left = %5</source>
        <translation>%1 → %2 % = %3, solo quedan %4 = %5</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="357" />
        <source>%1 → %2 % = %3</source>
        <translation>%1 → %2 % = %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="360" />
        <source>%1 → %2, only %3 left = %4</source>
        <translation>%1 → %2, solo quedan %3 = %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="368" />
        <source>%1 is over the cap of %2 per agent → %3</source>
        <translation>%1 supera el tope de %2 por agente → %3</translation>
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
        <translation>Ajuste de %1: los datos cambiaron después del cierre (pagado %2, ahora %3) → %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="381" />
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="386" />
        <source>Cap per agent</source>
        <translation>Tope por agente</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="391" />
        <source>Amounts are whole cents, computed without floating point. Percentages are taken in integer arithmetic and rounded half away from zero to the cent (half a cent or more rounds up). Components are added in plan order; the gates then apply in plan order (a gate that zeroes the bonus ends them, and no gate takes the bonus below zero); the cap per agent applies last.</source>
        <translation>Los importes son céntimos enteros, calculados sin coma flotante. Los porcentajes se calculan con aritmética entera y se redondean al céntimo alejándose de cero en el caso de la mitad (medio céntimo o más se redondea hacia arriba). Los componentes se suman en el orden del plan; después se aplican las condiciones de bloqueo en el orden del plan (una condición de bloqueo que deja el bono en cero pone fin a las demás, y ninguna condición de bloqueo deja el bono por debajo de cero); el tope por agente se aplica al final.</translation>
    </message>
</context>
<context>
    <name>huddle::core::DefaultScorecards</name>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="34" />
        <source>Ownership</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="35" />
        <source>Takes responsibility for the issue through to resolution or a clear hand-off, without blaming other teams.</source>
        <translation>Se responsabiliza del problema hasta resolverlo o traspasarlo con claridad, sin culpar a otros equipos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="74" />
        <source>Voice QA</source>
        <translation>Calidad de llamadas</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="75" />
        <source>Quality form for phone calls: verification, resolution, soft skills and compliance.</source>
        <translation>Formulario de calidad para llamadas telefónicas: verificación, resolución, habilidades blandas y cumplimiento normativo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="81" />
        <location filename="../app/core/defaultscorecards.cpp" line="152" />
        <source>Opening and verification</source>
        <translation>Apertura y verificación</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="82" />
        <source>Greeting and introduction</source>
        <translation>Saludo y presentación</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="83" />
        <source>Greets the caller with the standard opening, gives their name and offers help within the first ten seconds.</source>
        <translation>Saluda a quien llama con la apertura estándar, se presenta con su nombre y ofrece ayuda en los primeros diez segundos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="87" />
        <location filename="../app/core/defaultscorecards.cpp" line="159" />
        <source>Identity verification</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="88" />
        <source>Verifies the caller's identity with the required security questions before discussing or changing any account details.</source>
        <translation>Verifica la identidad de quien llama con las preguntas de seguridad obligatorias antes de tratar o cambiar cualquier dato de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="93" />
        <source>Understanding and resolution</source>
        <translation>Comprensión y resolución</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="94" />
        <source>Active listening</source>
        <translation>Escucha activa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="95" />
        <source>Lets the caller finish, asks focused questions and confirms the need before acting on it.</source>
        <translation>Deja terminar a quien llama, hace preguntas concretas y confirma la necesidad antes de actuar.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="99" />
        <location filename="../app/core/defaultscorecards.cpp" line="166" />
        <source>Smart troubleshooting</source>
        <translation>Diagnóstico eficaz</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="100" />
        <source>Uses the knowledge base and targeted questions to find the root cause instead of guessing or repeating steps the caller already tried.</source>
        <translation>Usa la base de conocimiento y preguntas específicas para encontrar la causa raíz en lugar de adivinar o repetir pasos que quien llama ya probó.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="105" />
        <source>Accurate information</source>
        <translation>Información precisa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="106" />
        <source>Gives correct and complete information, including prices, dates and policies.</source>
        <translation>Da información correcta y completa, incluidos precios, fechas y políticas.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="111" />
        <source>Soft skills</source>
        <translation>Habilidades blandas</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="112" />
        <location filename="../app/core/defaultscorecards.cpp" line="185" />
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="113" />
        <source>Acknowledges how the caller feels and adapts tone and pace to the situation.</source>
        <translation>Reconoce cómo se siente quien llama y adapta el tono y el ritmo a la situación.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="117" />
        <location filename="../app/core/defaultscorecards.cpp" line="190" />
        <source>Staying calm under pressure</source>
        <translation>Calma bajo presión</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="118" />
        <source>Stays polite, steady and in control with an upset or demanding caller, without interrupting or arguing.</source>
        <translation>Se mantiene cortés, sereno y en control ante una persona molesta o exigente, sin interrumpir ni discutir.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="122" />
        <source>Hold and transfer etiquette</source>
        <translation>Protocolo de espera y transferencia</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="123" />
        <source>Asks before placing on hold, checks back within a minute and explains a transfer before making it.</source>
        <translation>Pide permiso antes de poner en espera, vuelve a la línea en menos de un minuto y explica una transferencia antes de hacerla.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="128" />
        <location filename="../app/core/defaultscorecards.cpp" line="201" />
        <source>Compliance and closing</source>
        <translation>Cumplimiento y cierre</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="129" />
        <source>Mandatory disclosures</source>
        <translation>Avisos obligatorios</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="130" />
        <source>Reads every required disclosure, such as call recording and the terms of a sale, in full and at the right moment.</source>
        <translation>Lee completos y en el momento adecuado todos los avisos obligatorios, como el de grabación de la llamada y las condiciones de una venta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="134" />
        <source>Closing and notes</source>
        <translation>Cierre y notas</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="135" />
        <source>Summarises the next steps, offers further help and records notes the next agent can act on.</source>
        <translation>Resume los próximos pasos, ofrece más ayuda y deja notas con las que el siguiente agente pueda actuar.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="145" />
        <source>Chat QA</source>
        <translation>Calidad de chat</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="146" />
        <source>Quality form for chat conversations: verification, resolution, written communication and data privacy.</source>
        <translation>Formulario de calidad para conversaciones de chat: verificación, resolución, comunicación escrita y privacidad de los datos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="153" />
        <source>Prompt, personal greeting</source>
        <translation>Saludo rápido y personalizado</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="154" />
        <source>Replies within the first minute with a greeting that uses the customer's name and sets expectations.</source>
        <translation>Responde en el primer minuto con un saludo que usa el nombre del cliente y fija expectativas.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="160" />
        <source>Verifies the customer's identity through the approved method before sharing or changing account details.</source>
        <translation>Verifica la identidad del cliente con el método aprobado antes de compartir o cambiar datos de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="165" />
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="167" />
        <source>Reads the history first and asks targeted questions to find the root cause instead of sending generic steps.</source>
        <translation>Lee primero el historial y hace preguntas específicas para encontrar la causa raíz en lugar de enviar pasos genéricos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="171" />
        <source>Accurate, complete answer</source>
        <translation>Respuesta precisa y completa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="172" />
        <source>Answers every question the customer asked, correctly, with links or steps they can follow.</source>
        <translation>Responde correctamente a todas las preguntas del cliente, con enlaces o pasos que pueda seguir.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="178" />
        <source>Written communication</source>
        <translation>Comunicación escrita</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="179" />
        <source>Clear written tone</source>
        <translation>Tono escrito claro</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="180" />
        <source>Writes short, friendly, correctly spelled messages in plain language, without jargon or walls of text.</source>
        <translation>Escribe mensajes breves, amables y sin faltas de ortografía, en lenguaje sencillo, sin jerga ni bloques de texto interminables.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="186" />
        <source>Acknowledges the customer's situation in their own words rather than with a canned phrase.</source>
        <translation>Reconoce la situación del cliente con palabras propias en lugar de con una frase predefinida.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="191" />
        <source>Stays polite and factual with an upset or rude customer and never mirrors their tone.</source>
        <translation>Se mantiene cortés y objetivo con un cliente molesto o grosero y nunca imita su tono.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="195" />
        <source>Response pace</source>
        <translation>Ritmo de respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="196" />
        <source>Keeps gaps between replies under two minutes, or says so when a longer check is needed.</source>
        <translation>Mantiene las pausas entre respuestas por debajo de dos minutos o avisa cuando necesita más tiempo para una comprobación.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="202" />
        <source>Data privacy</source>
        <translation>Privacidad de los datos</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="203" />
        <source>Never asks for or pastes full card numbers, passwords or other sensitive data in the chat.</source>
        <translation>Nunca pide ni pega en el chat números de tarjeta completos, contraseñas u otros datos sensibles.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="208" />
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="209" />
        <source>Confirms the issue is solved or states the next step, and offers further help before closing.</source>
        <translation>Confirma que el problema está resuelto o indica el siguiente paso, y ofrece más ayuda antes de cerrar.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="220" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="221" />
        <source>A short form for agents reviewing a colleague's conversation; it never counts in QA scores.</source>
        <translation>Un formulario breve para que los agentes revisen la conversación de un compañero; nunca cuenta en las puntuaciones de calidad.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="227" />
        <source>What a colleague noticed</source>
        <translation>Lo que observó un compañero</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="228" />
        <source>Friendly and respectful</source>
        <translation>Amable y respetuoso</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="229" />
        <source>The customer was treated warmly and with respect from start to finish.</source>
        <translation>Se trató al cliente con calidez y respeto de principio a fin.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="232" />
        <source>Clear explanation</source>
        <translation>Explicación clara</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="233" />
        <source>The customer could follow every explanation without asking twice.</source>
        <translation>El cliente pudo seguir todas las explicaciones sin tener que preguntar dos veces.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="236" />
        <source>Owned the issue</source>
        <translation>Se hizo cargo del problema</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="237" />
        <source>The issue was solved, or the customer left knowing exactly what happens next.</source>
        <translation>El problema se resolvió o el cliente terminó sabiendo exactamente qué pasará después.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="240" />
        <source>Worth copying</source>
        <translation>Digno de imitar</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="241" />
        <source>The conversation shows something you would use in your own conversations.</source>
        <translation>La conversación muestra algo que vale la pena usar en las propias conversaciones.</translation>
    </message>
</context>
<context>
    <name>huddle::core::Dispute</name>
    <message numerus="yes">
        <location filename="../app/core/dispute.cpp" line="86" />
        <source>The dispute window of %n day(s) after publishing closed at %1; the evaluation can no longer be disputed.</source>
        <translation><numerusform>El plazo de disputa de %n día después de la publicación se cerró el %1; la evaluación ya no se puede impugnar.</numerusform><numerusform>El plazo de disputa de %n días después de la publicación se cerró el %1; la evaluación ya no se puede impugnar.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::core::KpiPlan</name>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="157" />
        <source>%1: weight %2 is outside 0–100</source>
        <translation>%1: el peso %2 está fuera de 0–100</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="161" />
        <source>weights sum to %1, not 100</source>
        <translation>los pesos suman %1, no 100</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="168" />
        <source>band points must lie in 0–100 and never fall from far below to exceeded</source>
        <translation>los puntos por banda deben estar entre 0 y 100 y nunca bajar de muy por debajo a superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="136" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="138" />
        <source>a KPI plan is a JSON object</source>
        <translation>un plan de KPI es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="148" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: esta versión de Huddle no lee la versión %1 (%2)</translation>
    </message>
</context>
<context>
    <name>huddle::core::LineParser</name>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="71" />
        <source>expected a time in square brackets such as [01:23] or [1:02:03], but the ']' is missing</source>
        <translation>se esperaba una marca de tiempo entre corchetes, como [01:23] o [1:02:03], pero falta el «]»</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="76" />
        <source>expected a time such as [01:23] or [1:02:03], found [%1]</source>
        <translation>se esperaba una marca de tiempo como [01:23] o [1:02:03]; se encontró [%1]</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="93" />
        <source>expected "Speaker: text"; a time goes first, in square brackets, as in "[01:23] Agent: Hello"</source>
        <translation>se esperaba "Interlocutor: texto"; la marca de tiempo va primero, entre corchetes, como en "[01:23] Agent: Hello"</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="97" />
        <source>expected "Speaker: text", as in "Agent: Hello" or "[01:23] Customer: Hi"</source>
        <translation>se esperaba "Interlocutor: texto", como en "Agent: Hello" o "[01:23] Customer: Hi"</translation>
    </message>
</context>
<context>
    <name>huddle::core::Places</name>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="25" />
        <location filename="../app/core/scorecardvalidation.cpp" line="26" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="29" />
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="34" />
        <source>Criterion %1 of section %2</source>
        <translation>Criterio %1 de la sección %2</translation>
    </message>
</context>
<context>
    <name>huddle::core::PlanReader</name>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="53" />
        <source>%1: unknown field "%2" (expected %3)</source>
        <translation>%1: campo desconocido «%2» (se esperaba %3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="62" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="64" />
        <source>a bonus plan is a JSON object</source>
        <translation>un plan de bonos es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="72" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: falta</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="80" />
        <source>%1.%2: expected text, got %3</source>
        <translation>%1.%2: se esperaba texto; valor obtenido: %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="87" />
        <source>%1: expected a number, got %2</source>
        <translation>%1: se esperaba un número; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="98" />
        <source>%1.%2: expected a whole number, got %3</source>
        <translation>%1.%2: se esperaba un número entero; valor obtenido: %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="108" />
        <source>%1: expected a decimal amount like "80.00", got %2</source>
        <translation>%1: se esperaba un importe decimal como «80.00»; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="116" />
        <source>%1: expected a percentage like "2.5", got %2</source>
        <translation>%1: se esperaba un porcentaje como «2.5»; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="125" />
        <source>%1.%2: unknown measure "%3"</source>
        <translation>%1.%2: medida desconocida «%3»</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="132" />
        <source>%1: expected an object, got %2</source>
        <translation>%1: se esperaba un objeto; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="139" />
        <source>%1: expected a list, got %2</source>
        <translation>%1: se esperaba una lista; valor obtenido: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="145" />
        <source>%1.%2: unknown %3 "%4"</source>
        <translation>%1.%2: valor de %3 desconocido «%4»</translation>
    </message>
</context>
<context>
    <name>huddle::core::ScorecardReader</name>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="68" />
        <source>%1: unknown key "%2"; expected one of %3</source>
        <translation>%1: clave desconocida «%2»; se esperaba una de estas: %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="81" />
        <location filename="../app/core/scorecardjson.cpp" line="230" />
        <source>a text</source>
        <translation>un texto</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="114" />
        <source>%1: "%2" is not one of %3</source>
        <translation>%1: «%2» no es ninguno de estos valores: %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="127" />
        <source>format: "%1" is not a Huddle scorecard (expected "%2")</source>
        <translation>format: «%1» no es una ficha de evaluación de Huddle (se esperaba «%2»)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="132" />
        <source>formatVersion: version %1 is not one this Huddle reads (it reads version %2)</source>
        <translation>formatVersion: esta versión de Huddle no lee la versión %1 (lee la versión %2)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="158" />
        <location filename="../app/core/scorecardjson.cpp" line="174" />
        <location filename="../app/core/scorecardjson.cpp" line="234" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="181" />
        <location filename="../app/core/scorecardjson.cpp" line="202" />
        <location filename="../app/core/scorecardjson.cpp" line="232" />
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="216" />
        <source>%1: missing; expected %2</source>
        <translation>%1: falta; se esperaba %2</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="217" />
        <source>%1: expected %2, found %3</source>
        <translation>%1: se esperaba %2; se encontró %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="224" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="238" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>huddle::importers</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="82" />
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="90" />
        <location filename="../app/importers/importjob.cpp" line="169" />
        <location filename="../app/importers/importjob.cpp" line="258" />
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="196" />
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="268" />
        <source>unknown profile '%1'</source>
        <translation>perfil desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="333" />
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation>las fechas pueden ser día/mes o mes/día; elegir el orden de las fechas (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="340" />
        <source>unknown time zone '%1'</source>
        <translation>zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="412" />
        <source>no conversation with this id from source '%1' has been imported (import the conversations first, or set the source they were imported under)</source>
        <translation>no se ha importado ninguna conversación con este id desde el origen «%1» (primero hay que importar las conversaciones o indicar el origen con el que se importaron)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="419" />
        <source>another row of this file already gave this agent and day; a summary file needs one row per agent and day</source>
        <translation>otra fila de este archivo ya indicó este agente y este día; un archivo de resumen necesita una fila por agente y día</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="446" />
        <source>line,column,header,value,reason</source>
        <translation>línea,columna,encabezado,valor,motivo</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="212" />
        <source>unknown shape '%1'</source>
        <translation>tipo de datos desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="220" />
        <source>unknown field '%1'</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="397" />
        <source>profile '%1' is not valid JSON: %2</source>
        <translation>el perfil «%1» no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="400" />
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
    <name>huddle::importers::ImportJob</name>
    <message numerus="yes">
        <location filename="../app/importers/importjob.cpp" line="317" />
        <source>%n row(s) fall in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</source>
        <translation><numerusform>%n fila corresponde a %1, que está cerrado para los bonos: su bono se mantiene tal como se cerró y la diferencia se pagará como ajuste en el próximo mes abierto.</numerusform><numerusform>%n filas corresponden a %1, que está cerrado para los bonos: su bono se mantiene tal como se cerró y la diferencia se pagará como ajuste en el próximo mes abierto.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="242" />
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation>libro de Excel, hoja %1; perfil %2</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="244" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="245" />
        <source>%1 text, delimiter '%2', %3, %4; profile %5</source>
        <translation>texto %1, delimitador «%2», %3, %4; perfil %5</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>header row</source>
        <translation>fila de encabezados</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>no header row</source>
        <translation>sin fila de encabezados</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="291" />
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation>%1 filas leídas: %2 importadas, %3 actualizadas, %4 duplicados exactos, %5 en blanco, %6 rechazadas</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="299" />
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; no se importó nada</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="301" />
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation> — el %1 % de filas rechazadas supera el umbral; no se importó nada</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="304" />
        <source> (dry run: nothing was written)</source>
        <translation> (simulación: no se escribió nada)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="305" />
        <source> in %1 s (import %2)</source>
        <translation> en %1 s (importación %2)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="298" />
        <source>import settings are not valid JSON: %1</source>
        <translation>la configuración de importación no es un JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="169" />
        <source>column '%1' mapped to '%2' is not in the file; headers found: %3</source>
        <translation>la columna «%1» asignada a «%2» no está en el archivo; encabezados encontrados: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="186" />
        <source>no column maps to %1; headers found: %2</source>
        <translation>ninguna columna está asignada a %1; encabezados encontrados: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="294" />
        <source>expected a channel: call, chat, email or ticket</source>
        <translation>se esperaba un canal: call, chat, email o ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="299" />
        <source> (dates read as %1)</source>
        <translation> (fechas leídas como %1)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="348" />
        <source>NPS answers run from 0 to 10</source>
        <translation>las respuestas NPS van de 0 a 10</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="363" />
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation>se esperaba present, late, excused, unexcused o ncns (no-call-no-show, ausencia sin aviso)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="381" />
        <source>expected a count of 0 or more</source>
        <translation>se esperaba una cantidad de 0 o más</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="412" />
        <source>a CSAT % runs from 0 to 100</source>
        <translation>un CSAT % va de 0 a 100</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="430" />
        <source>CSAT %1 is outside the source's scale %2–%3</source>
        <translation>CSAT %1 está fuera de la escala del origen %2–%3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="446" />
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="459" />
        <source>the agent is empty</source>
        <translation>el agente está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="466" />
        <source>the conversation id is empty</source>
        <translation>el id de la conversación está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="473" />
        <source>the number of conversations handled is empty</source>
        <translation>el número de conversaciones atendidas está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="478" />
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation>un CSAT % necesita el número de respuestas en que se basa</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="485" />
        <source>the attendance status is empty</source>
        <translation>el estado de asistencia está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="492" />
        <source>the sale amount is empty</source>
        <translation>el importe de la venta está vacío</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="499" />
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
        <location filename="../app/models/kpiformat.cpp" line="20" />
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>yes (no repeat contact)</source>
        <translation>sí (sin nuevo contacto)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>no (repeat contact)</source>
        <translation>no (nuevo contacto)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="57" />
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation>%1 de %2; intervalo de Wilson del 95 %: %3 – %4</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="61" />
        <source>Fewer than 10 observations: read with care.</source>
        <translation>Menos de 10 observaciones: interprételo con cautela.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="72" />
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: respuestas satisfechas ÷ todas las respuestas. Satisfecho: 4–5 en 1–5, 8–10 en 1–10, 9–10 en 0–10, «bueno» en bueno/malo.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="80" />
        <source> (talk only)</source>
        <translation> (solo conversación)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="82" />
        <source> (partly talk only)</source>
        <translation> (en parte solo conversación)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="89" />
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation>TMO (solo conversación): el origen solo da el tiempo de conversación; faltan la espera en línea y el trabajo posterior.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="92" />
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation>TMO (en parte solo conversación): algunas conversaciones vienen de un origen que solo da el tiempo de conversación, así que este TMO es menor que el tiempo de gestión completo.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95" />
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time when it gives one.</source>
        <translation>TMO: (conversación + espera en línea + trabajo posterior) ÷ conversaciones atendidas; el tiempo total de gestión de la exportación cuando lo incluye.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="102" />
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export's flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation>FCR %: conversaciones resueltas en el primer contacto ÷ conversaciones atendidas que se pueden juzgar. Resuelta: el indicador de la exportación o, si no lo hay, ningún contacto nuevo del mismo cliente dentro de la ventana de FCR (7 días).</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="110" />
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation>Asistencia %: turnos asistidos (presente o con retraso) ÷ turnos programados. Infracciones: ausencias injustificadas y ausencias sin aviso.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="117" />
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation>Calidad %: media de las evaluaciones publicadas; una puntuación es Σ(peso × puntos) ÷ Σ(peso × posibles) en los criterios aplicables, 0 si falla un criterio crítico.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="23" />
        <source>Good agreement</source>
        <translation>Buena concordancia</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="25" />
        <source>Tentative agreement: draw conclusions with care</source>
        <translation>Concordancia provisional: sacar conclusiones con cautela</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="27" />
        <source>Low agreement: recalibrate</source>
        <translation>Concordancia baja: recalibrar</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="31" />
        <source>Not measurable: too few paired scores, or every score the same</source>
        <translation>No medible: muy pocas puntuaciones emparejadas o todas las puntuaciones iguales</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>interval</source>
        <translation>intervalo</translation>
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
        <translation>α de Krippendorff: cuánto coinciden los evaluadores más allá de lo que daría el azar.
1 es concordancia perfecta, 0 no es mejor que el azar y por debajo de 0 hay desacuerdo sistemático.
Los totales usan la métrica de intervalo (importa cuánto se separan dos puntuaciones); los criterios de sí/no usan la métrica nominal (misma respuesta o no).
α ≥ 0.800 buena · 0.667–0.800 provisional · por debajo de 0.667: recalibrar.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="72" />
        <source>%1%2 points</source>
        <translation>%1%2 puntos</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="19" />
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="21" />
        <source>Partially accepted</source>
        <translation>Aceptada en parte</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="25" />
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="32" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="34" />
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="36" />
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="40" />
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="46" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="51" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="28" />
        <source>Attendance %</source>
        <translation>Asistencia %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="30" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="32" />
        <source>Sales conversion %</source>
        <translation>Conversión de ventas %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="34" />
        <source>QA %</source>
        <translation>Calidad %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="36" />
        <source>AHT</source>
        <translation>TMO</translation>
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
        <translation>Conversión de ventas %: ventas ÷ conversaciones atendidas.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="63" />
        <source>CpH: handled conversations ÷ logged on-queue hours.</source>
        <translation>CpH: conversaciones atendidas ÷ horas registradas en cola.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="65" />
        <source>NPS: % promoters (9–10) − % detractors (0–6).</source>
        <translation>NPS: % de promotores (9–10) − % de detractores (0–6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="75" />
        <source>n = %1 scheduled shifts</source>
        <translation><numerusform>n = %1 turno programado</numerusform><numerusform>n = %1 turnos programados</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="78" />
        <source>n = %1 survey responses</source>
        <translation><numerusform>n = %1 respuesta de encuesta</numerusform><numerusform>n = %1 respuestas de encuesta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="80" />
        <source>n = %1 evaluations</source>
        <translation><numerusform>n = %1 evaluación</numerusform><numerusform>n = %1 evaluaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="82" />
        <source>n = %1 conversations with a handle time</source>
        <translation><numerusform>n = %1 conversación con tiempo de gestión</numerusform><numerusform>n = %1 conversaciones con tiempo de gestión</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="84" />
        <source>n = %1 conversations with a known outcome</source>
        <translation><numerusform>n = %1 conversación con resultado conocido</numerusform><numerusform>n = %1 conversaciones con resultado conocido</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="89" />
        <source>n = %1 handled conversations</source>
        <translation><numerusform>n = %1 conversación atendida</numerusform><numerusform>n = %1 conversaciones atendidas</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="95" />
        <source>below at %1 or less, met at %2 or less, exceeded at %3 or less</source>
        <translation>por debajo con %1 o menos, cumplido con %2 o menos, superado con %3 o menos</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="97" />
        <source>below from %1, met from %2, exceeded from %3</source>
        <translation>por debajo desde %1, cumplido desde %2, superado desde %3</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="52" />
        <source>%1 — auto-fail: %2</source>
        <translation>%1 — eliminatorio: %2</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="60" />
        <source>All %1 answered</source>
        <translation>Todos respondidos (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="61" />
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="67" />
        <source>QA score = Σ (weight × points earned) ÷ Σ (weight × points possible) over the answered criteria that are not N/A: N/A answers are left out of the denominator. A yes earns 1 of 1 point, a 1–5 answer earns its value − 1 of 4.</source>
        <translation>Puntuación de calidad = Σ (peso × puntos obtenidos) ÷ Σ (peso × puntos posibles) en los criterios respondidos que no son N/A: las respuestas N/A quedan fuera del denominador. Un sí obtiene 1 de 1 punto; una respuesta de 1 a 5 obtiene su valor − 1 de 4.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="72" />
        <source>So far: %1 of %2 weighted points.</source>
        <translation>Hasta ahora: %1 de %2 puntos ponderados.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="74" />
        <source>%n criteria answered N/A and left out.</source>
        <translation>Criterios respondidos con N/A y excluidos: %n.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="77" />
        <source>A failed auto-fail (critical) criterion sets the whole score to 0 %.</source>
        <translation>Un criterio eliminatorio (crítico) no cumplido pone toda la puntuación en 0 %.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="79" />
        <source>Publishing needs every criterion answered.</source>
        <translation>Para publicar hay que responder todos los criterios.</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="13" />
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="15" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="17" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="21" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="28" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="30" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="34" />
        <source>Calibration</source>
        <translation>Calibración</translation>
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
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="83" />
        <source>Remove action item</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="127" />
        <source>Done on %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/actionitemmodel.cpp" line="129" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>%n día de retraso</numerusform><numerusform>%n días de retraso</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action done</source>
        <translation>Marcar acción como hecha</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action open</source>
        <translation>Marcar acción como abierta</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="185" />
        <source>Edit action item</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="207" />
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="209" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="211" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="213" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>huddle::models::AgendaModel</name>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="58" />
        <source>Add agenda item</source>
        <translation>Añadir punto a la agenda</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="67" />
        <source>Remove agenda item</source>
        <translation>Quitar punto de la agenda</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="76" />
        <source>Move agenda item</source>
        <translation>Mover punto de la agenda</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item discussed</source>
        <translation>Marcar punto como tratado</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item not discussed</source>
        <translation>Marcar punto como no tratado</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="143" />
        <source>Edit agenda notes</source>
        <translation>Editar notas de la agenda</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="169" />
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="171" />
        <source>Discussed</source>
        <translation>Tratado</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="173" />
        <source>Notes</source>
        <translation>Notas</translation>
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
    <name>huddle::models::AnnotationModel</name>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="12" />
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="96" />
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="98" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="100" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>huddle::models::AttendanceMonthModel</name>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="47" />
        <source>Scheduled %1 · attended %2 · late %3 (%4 min) · excused %5 · unexcused %6 · no-call-no-show %7</source>
        <translation>Turnos programados %1 · asistidos %2 · con retraso %3 (%4 min) · ausencias justificadas %5 · injustificadas %6 · ausencias sin aviso %7</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="138" />
        <source>No scheduled shifts</source>
        <translation>Sin turnos programados</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="202" />
        <source>Unexcused absences and no-call-no-shows in the months shown</source>
        <translation>Ausencias injustificadas y ausencias sin aviso en los meses mostrados</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="206" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="208" />
        <source>Warning stage</source>
        <translation>Nivel de advertencia</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="211" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>huddle::models::AuditLogModel</name>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="25" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="61" />
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="62" />
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="63" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="64" />
        <source>Calibration session</source>
        <translation>Sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="65" />
        <source>Coaching session</source>
        <translation>Sesión de coaching</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="66" />
        <source>Action item</source>
        <translation>Acción acordada</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="67" />
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="68" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="69" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="70" />
        <source>Bonus plan</source>
        <translation>Plan de bonos</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="71" />
        <source>Bonus month</source>
        <translation>Mes de bonos</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="72" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="73" />
        <source>Peer review assignment</source>
        <translation>Solicitud de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="74" />
        <source>User</source>
        <translation>Usuario</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="171" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="173" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="175" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="177" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusBandModel</name>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Add a band</source>
        <translation>Añadir una banda</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Remove a band</source>
        <translation>Quitar una banda</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Move a band</source>
        <translation>Mover una banda</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Edit a band</source>
        <translation>Editar una banda</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="39" />
        <source>No upper end: the band runs from its lower edge up.</source>
        <translation>Sin límite superior: la banda va desde su límite inferior hacia arriba.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>From (≥)</source>
        <translation>Desde (≥)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>To (&lt;)</source>
        <translation>Hasta (&lt;)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusComponentModel</name>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Add a component</source>
        <translation>Añadir un componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Remove a component</source>
        <translation>Quitar un componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Move a component</source>
        <translation>Mover un componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Edit a component</source>
        <translation>Editar un componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="144" />
        <source>New component</source>
        <translation>Nuevo componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusEvidenceModel</name>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusGateModel</name>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Add a gate</source>
        <translation>Añadir una condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Remove a gate</source>
        <translation>Quitar una condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Move a gate</source>
        <translation>Mover una condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Edit a gate</source>
        <translation>Editar una condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="94" />
        <source>New gate</source>
        <translation>Nueva condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusMonthModel</name>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="69" />
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/bonusmonthmodel.cpp" line="207" />
        <source>%n agent(s)</source>
        <translation><numerusform>%n agente</numerusform><numerusform>%n agentes</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="220" />
        <source>%1: %2, total %3</source>
        <translation>%1: %2, total %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="307" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="315" />
        <source>Adjustment: the data of a locked month changed after its lock, so the difference is paid in this month.</source>
        <translation>Ajuste: los datos de un mes cerrado cambiaron después de su cierre, así que la diferencia se paga en este mes.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="321" />
        <source>Gate: this condition cut the bonus.</source>
        <translation>Condición de bloqueo: esta condición recortó el bono.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="324" />
        <source>Cap: the plan's most per agent and month.</source>
        <translation>Tope: el máximo del plan por agente y mes.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="331" />
        <source>Double-click or press Enter to see the rows behind this amount.</source>
        <translation>Doble clic o Enter para ver las filas de origen de este importe.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="344" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="346" />
        <source>nothing earned</source>
        <translation>nada ganado</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="357" />
        <source>Components %1; after gates, cap and adjustments %2</source>
        <translation>Componentes %1; tras condiciones de bloqueo, tope y ajustes %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="372" />
        <source>Team / agent / line</source>
        <translation>Equipo / agente / línea</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="374" />
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="376" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanEditModel</name>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="154" />
        <source>Rename the plan</source>
        <translation>Cambiar el nombre del plan</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="159" />
        <source>Change the cap</source>
        <translation>Cambiar el tope</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="164" />
        <location filename="../app/models/bonusplaneditmodel.cpp" line="177" />
        <source>Change the score weights</source>
        <translation>Cambiar los pesos de la puntuación</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanListModel</name>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="92" />
        <location filename="../app/models/bonusplanlistmodel.cpp" line="177" />
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="103" />
        <source>%1 — built-in example plan</source>
        <translation>%1 — plan de ejemplo integrado</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="105" />
        <source>%1 — no plan of its own</source>
        <translation>%1 — sin plan propio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="109" />
        <source>%1 — version %2, valid from %3</source>
        <translation>%1 — versión %2, vigente desde %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="120" />
        <source>In force while the site has no plan of its own. New version… copies it into a draft.</source>
        <translation>Vigente mientras el sitio no tenga un plan propio. Nueva versión… lo copia en un borrador.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="122" />
        <source>The site's plan applies to this team (shown). New version… gives the team a plan of its own.</source>
        <translation>A este equipo se le aplica el plan del sitio (el que se muestra). Nueva versión… le da al equipo un plan propio.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="128" />
        <source>Saved by %1 on %2.</source>
        <translation>Guardado por %1 el %2.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="132" />
        <source>%1%2 Read-only: New version… copies it into a draft.</source>
        <translation>%1%2 Solo lectura: Nueva versión… lo copia en un borrador.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="190" />
        <source>Built-in example plan</source>
        <translation>Plan de ejemplo integrado</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="192" />
        <source>No plan of its own: the site's plan applies</source>
        <translation>Sin plan propio: se aplica el plan del sitio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Valid from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved by</source>
        <translation>Guardado por</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved on</source>
        <translation>Guardado el</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusTierRateModel</name>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Add a tier</source>
        <translation>Añadir un nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Remove a tier</source>
        <translation>Quitar un nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Move a tier</source>
        <translation>Mover un nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Edit a tier rate</source>
        <translation>Editar el importe por venta de un nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Per sale</source>
        <translation>Por venta</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationAgreementModel</name>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Pairable conversations</source>
        <translation>Conversaciones emparejables</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="44" />
        <source>Share of pairs of evaluators, on the same conversation, who gave the same answer (N/A left out).</source>
        <translation>Proporción de pares de evaluadores que, en la misma conversación, dieron la misma respuesta (sin contar N/A).</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationEvaluatorModel</name>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Mean deviation</source>
        <translation>Desviación media</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Conversations scored</source>
        <translation>Conversaciones puntuadas</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Tendency</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="31" />
        <source>strictest</source>
        <translation>el más estricto</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="32" />
        <source>most lenient</source>
        <translation>el más indulgente</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="49" />
        <source>Mean of (this evaluator's total − the mean total of everyone who scored the same conversation), in QA % points. Negative: stricter than the group; positive: more lenient.</source>
        <translation>Media de (total de este evaluador − total medio de todos los que puntuaron la misma conversación), en puntos de % de calidad. Negativo: más estricto que el grupo; positivo: más indulgente.</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationGridModel</name>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSessionModel</name>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="63" />
        <source>Evaluators: %1</source>
        <translation>Evaluadores: %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="65" />
        <source>Scores published by all evaluators together; whose they are stays hidden until the session is closed.</source>
        <translation>Puntuaciones publicadas por todos los evaluadores en conjunto; la autoría de cada una permanece oculta hasta que se cierra la sesión.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="94" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Closed %1</source>
        <translation>Cerrada el %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="108" />
        <source>%1 of %2 scores</source>
        <translation>%1 de %2 puntuaciones</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="118" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="120" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="122" />
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="124" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="126" />
        <source>Conversations × evaluators</source>
        <translation>Conversaciones × evaluadores</translation>
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
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Lowest</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="40" />
        <source>Double-click for each evaluator's total.</source>
        <translation>Doble clic para ver el total de cada evaluador.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="61" />
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="72" />
        <source>not scored</source>
        <translation>sin puntuar</translation>
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
        <translation>Publicada: ya no puede cambiar y permanece oculta para los demás hasta que se cierre la sesión.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="51" />
        <source>Press Enter to score this conversation.</source>
        <translation>Presionar Enter para puntuar esta conversación.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="63" />
        <source>Scored</source>
        <translation>Puntuada</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="75" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="77" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="79" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="81" />
        <source>Your score</source>
        <translation>Mi puntuación</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingSessionModel</name>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="49" />
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 abiertas)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="111" />
        <source>Followed up by the session on %1</source>
        <translation>Seguimiento en la sesión del %1</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="123" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="125" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="127" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="129" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="131" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="133" />
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="135" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="137" />
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="139" />
        <source>Acknowledged</source>
        <translation>Confirmado por el agente</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingText</name>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>bad</source>
        <translation>malo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="83" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="106" />
        <source>%1 far below target: %2, target %3</source>
        <translation>%1 muy por debajo del objetivo: %2, objetivo %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="108" />
        <source>%1 below target: %2, target %3</source>
        <translation>%1 por debajo del objetivo: %2, objetivo %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="115" />
        <source>Open action: %1 (%2, no due date)</source>
        <translation>Acción abierta: %1 (%2, sin fecha de vencimiento)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="116" />
        <source>Open action: %1 (%2, due %3)</source>
        <translation>Acción abierta: %1 (%2, vence el %3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="126" />
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="128" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="130" />
        <source>Closed</source>
        <translation>Cerrada</translation>
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
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="143" />
        <source>Mistake</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="145" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="147" />
        <source>Peer note</source>
        <translation>Nota de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="149" />
        <source>Open action</source>
        <translation>Acción abierta</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="151" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="160" />
        <source>Not enough data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="162" />
        <source>Measuring</source>
        <translation>Midiendo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="164" />
        <source>Improved</source>
        <translation>Mejoró</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="166" />
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="168" />
        <source>Worsened</source>
        <translation>Empeoró</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="177" />
        <source>Measuring: %1 of %n day(s)</source>
        <translation><numerusform>Midiendo: %1 de %n día</numerusform><numerusform>Midiendo: %1 de %n días</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="185" />
        <source>Not enough data (n %1 before, %2 after)</source>
        <translation>Datos insuficientes (n %1 antes, %2 después)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="188" />
        <source>Not enough data (n %1 before)</source>
        <translation>Datos insuficientes (n %1 antes)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="190" />
        <source>Not enough data (n %1 after)</source>
        <translation>Datos insuficientes (n %1 después)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="198" />
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="200" />
        <source>Far below</source>
        <translation>Muy por debajo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="202" />
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="204" />
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="206" />
        <source>Exceeded</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="217" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="219" />
        <source>Sales conversion</source>
        <translation>Conversión de ventas</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="221" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="223" />
        <source>AHT</source>
        <translation>TMO</translation>
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
        <translation><numerusform>Asistencia: %1 (%n infracción)</numerusform><numerusform>Asistencia: %1 (%n infracciones)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="280" />
        <source>Mistake: %1 — %n failure(s), %2 points lost</source>
        <translation><numerusform>Error: %1 — %n fallo, %2 puntos perdidos</numerusform><numerusform>Error: %1 — %n fallos, %2 puntos perdidos</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="285" />
        <source>Low CSAT: conversation %1 on %2 (%3)</source>
        <translation>CSAT bajo: conversación %1 del %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="291" />
        <source>Peer note by %1 on %2</source>
        <translation>Nota de revisión entre pares de %1 del %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="309" />
        <source>Weight %1 · band %2</source>
        <translation>Peso %1 · banda %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="313" />
        <source>Unexcused absences and no-call-no-shows inside the warning ladder's window</source>
        <translation>Ausencias injustificadas y ausencias sin aviso dentro del periodo de la escala de advertencias</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="319" />
        <source>Listen to it together: what would have changed the customer's answer?</source>
        <translation>Escucharla juntos: ¿qué habría cambiado la respuesta del cliente?</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="326" />
        <source>Agreed on %1</source>
        <translation>Acordada el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="337" />
        <source>No violations in the last %n day(s)</source>
        <translation><numerusform>Sin infracciones en el último %n día</numerusform><numerusform>Sin infracciones en los últimos %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="338" />
        <source>%n violation(s)</source>
        <translation><numerusform>%n infracción</numerusform><numerusform>%n infracciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="339" />
        <source>in the last %n day(s)</source>
        <translation><numerusform>en el último %n día</numerusform><numerusform>en los últimos %n días</numerusform></translation>
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
    <name>huddle::models::Dashboard</name>
    <message>
        <location filename="../app/models/dashboarddata.cpp" line="145" />
        <source>All teams</source>
        <translation>Todos los equipos</translation>
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
        <translation>Evaluación completa</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="136" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="151" />
        <source>%1 — overdue by less than a day</source>
        <translation>%1 — menos de un día de retraso</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="152" />
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — %n día de retraso</numerusform><numerusform>%1 — %n días de retraso</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="155" />
        <source>%1 — due within a day</source>
        <translation>%1 — vence en menos de un día</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="156" />
        <source>%1 — %n day(s) left</source>
        <translation><numerusform>%1 — queda %n día</numerusform><numerusform>%1 — quedan %n días</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="161" />
        <source>Raised by %1 on %2:
%3</source>
        <translation>Presentada por %1 el %2:
%3</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="164" />
        <source>%1 by %2 on %3:
%4</source>
        <translation>%1 por %2 el %3:
%4</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="174" />
        <source>The evaluation's score before the dispute → after the decision</source>
        <translation>Puntuación de la evaluación antes de la disputa → después de la decisión</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="179" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="181" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="183" />
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="185" />
        <source>Contested</source>
        <translation>Impugnado</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="187" />
        <source>Raised by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="189" />
        <source>Raised</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="191" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="193" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="195" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationForm</name>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="125" />
        <source>There is no peer-review scorecard yet: make one in the scorecard designer.</source>
        <translation>Todavía no hay ninguna ficha de evaluación para revisión entre pares: hay que crear una en el diseñador de fichas de evaluación.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="126" />
        <source>There is no QA scorecard yet: make one in the scorecard designer.</source>
        <translation>Todavía no hay ninguna ficha de evaluación de calidad: hay que crear una en el diseñador de fichas de evaluación.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="207" />
        <source>The scorecard can change only while nothing is answered.</source>
        <translation>La ficha de evaluación solo se puede cambiar mientras no haya nada respondido.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="227" />
        <source>It is disputed: only the arbitrator's decision changes it now.</source>
        <translation>Está en disputa: ahora solo la decisión del árbitro puede cambiarla.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="229" />
        <source>It is final and can no longer change.</source>
        <translation>Es definitiva y ya no puede cambiar.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="236" />
        <source>Only %1 can change their calibration score.</source>
        <translation>Solo %1 puede cambiar su puntuación de calibración.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="240" />
        <source>Its calibration session is closed.</source>
        <translation>Su sesión de calibración está cerrada.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="256" />
        <location filename="../app/models/evaluationform.cpp" line="353" />
        <source>This evaluation is read-only.</source>
        <translation>Esta evaluación es de solo lectura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/evaluationform.cpp" line="260" />
        <source>%n criteria not answered yet.</source>
        <translation><numerusform>%n criterio sin responder todavía.</numerusform><numerusform>%n criterios sin responder todavía.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="297" />
        <source>Only a draft is saved as a draft; a published evaluation changes by Edit…</source>
        <translation>Solo un borrador se guarda como borrador; una evaluación publicada se cambia con Editar…</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="335" />
        <source>Only a new peer-review form is published as a peer review.</source>
        <translation>Solo un formulario nuevo de revisión entre pares se publica como revisión entre pares.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="355" />
        <source>Write what happened there: an annotation needs a note.</source>
        <translation>Escribir qué pasó ahí: una anotación necesita una nota.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="358" />
        <source>The transcript has no line %1.</source>
        <translation>La transcripción no tiene línea %1.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="360" />
        <source>A moment of the call is at second 0 or later.</source>
        <translation>Un momento de la llamada debe estar en el segundo 0 o después.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="362" />
        <source>The scorecard has no criterion %1.</source>
        <translation>La ficha de evaluación no tiene el criterio %1.</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="139" />
        <source>Answer “%1”</source>
        <translation>Respuesta a «%1»</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="152" />
        <source>Comment on “%1”</source>
        <translation>Comentario sobre «%1»</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="263" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="280" />
        <source>Critical: failing it sets the whole evaluation to 0 %.</source>
        <translation>Crítico: no cumplirlo pone toda la evaluación en 0 %.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="295" />
        <source>auto-fail</source>
        <translation>eliminatorio</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="363" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="365" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="367" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="369" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="371" />
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationListModel</name>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="138" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="140" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="142" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="144" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="146" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="148" />
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="150" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="152" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="154" />
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="156" />
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
</context>
<context>
    <name>huddle::models::FocusAreaModel</name>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="202" />
        <source>Mean change in the good direction over the judged sessions: positive is better, so a shorter AHT counts as a gain</source>
        <translation>Cambio medio en la dirección favorable en las sesiones valoradas: positivo es mejor, así que un TMO más corto cuenta como mejora</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="208" />
        <source>Focus KPI</source>
        <translation>KPI de enfoque</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="210" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="212" />
        <source>Judged</source>
        <translation>Valoradas</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="214" />
        <source>Improved</source>
        <translation>Mejoró</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="216" />
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="218" />
        <source>Worsened</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="220" />
        <source>Mean improvement</source>
        <translation>Mejora media</translation>
    </message>
</context>
<context>
    <name>huddle::models::FollowUpModel</name>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="51" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>%n día de retraso</numerusform><numerusform>%n días de retraso</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="53" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="54" />
        <source>In %n day(s)</source>
        <translation><numerusform>En %n día</numerusform><numerusform>En %n días</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="134" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="136" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="138" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="140" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="142" />
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="144" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="146" />
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="148" />
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeInstanceModel</name>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="95" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="97" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="99" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="101" />
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="103" />
        <source>Points lost</source>
        <translation>Puntos perdidos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="105" />
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeModel</name>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="50" />
        <source>Critical: failing it sets the whole evaluation to 0 %</source>
        <translation>Crítico: no cumplirlo pone toda la evaluación en 0 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/mistakemodel.cpp" line="52" />
        <source>QA percentage points this criterion cost, summed over %n evaluation(s)</source>
        <translation><numerusform>Puntos porcentuales de calidad que costó este criterio, sumados en %n evaluación</numerusform><numerusform>Puntos porcentuales de calidad que costó este criterio, sumados en %n evaluaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="72" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="76" />
        <source>Auto-fail</source>
        <translation>Eliminatorio</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="101" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="103" />
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="105" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="107" />
        <source>Failed / answered</source>
        <translation>No cumplidos / respondidos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="109" />
        <source>Points lost</source>
        <translation>Puntos perdidos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="111" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>huddle::models::OpenActionModel</name>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="47" />
        <source>No due date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="111" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="113" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="115" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="117" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="119" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="121" />
        <source>Agreed on</source>
        <translation>Acordada el</translation>
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
        <translation>Solicitada por %1 el %2</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="85" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="106" />
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="108" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="110" />
        <source>Handled by</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="112" />
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="114" />
        <source>Asked on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="116" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>huddle::models::PhraseModel</name>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="221" />
        <source>Add phrase</source>
        <translation>Añadir frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="229" />
        <source>No phrase in row %1.</source>
        <translation>No hay ninguna frase en la fila %1.</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Retire phrase</source>
        <translation>Retirar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Restore phrase</source>
        <translation>Restaurar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="277" />
        <source>Retired: no longer offered as homework</source>
        <translation>Retirada: ya no se ofrece como tarea</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="319" />
        <source>Edit phrase</source>
        <translation>Editar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="340" />
        <source>Sessions that set the phrase as homework; such phrases can be retired but not deleted</source>
        <translation>Sesiones que asignaron la frase como tarea; esas frases se pueden retirar, pero no eliminar</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="345" />
        <source>Longer</source>
        <translation>Más larga</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="347" />
        <source>Shorter</source>
        <translation>Más corta</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="349" />
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="351" />
        <source>CSAT checked</source>
        <translation>CSAT comprobado</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="353" />
        <source>CSAT note</source>
        <translation>Nota de CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="355" />
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
</context>
<context>
    <name>huddle::models::QaQueueModel</name>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="107" />
        <source>The survey answer on a 0–100 scale: on 1–5, a 1 is 0 % and a 5 is 100 %</source>
        <translation>La respuesta de la encuesta en una escala de 0 a 100: en 1–5, un 1 es 0 % y un 5 es 100 %</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="112" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="114" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="116" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="118" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="120" />
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="122" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="124" />
        <source>Sale</source>
        <translation>Venta</translation>
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
    <name>huddle::models::ScoreHistoryModel</name>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="70" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="72" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="74" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="76" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="78" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardEditModel</name>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="19" />
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="20" />
        <source>Scale 1–5</source>
        <translation>Escala 1–5</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="86" />
        <source>Change the scorecard</source>
        <translation>Cambiar la ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="179" />
        <source>Share of the total: weight × points possible (1 for yes/no, 4 for a 1–5 scale) ÷ the same summed over every criterion, when nothing is answered N/A.</source>
        <translation>Proporción del total: peso × puntos posibles (1 para sí/no, 4 para una escala de 1–5) ÷ lo mismo sumado en todos los criterios, cuando nada se responde N/A.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="275" />
        <source>Edit the scorecard</source>
        <translation>Editar la ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="332" />
        <source>Section / criterion</source>
        <translation>Sección / criterio</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="334" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="336" />
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="338" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="340" />
        <source>Auto-fail</source>
        <translation>Eliminatorio</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="342" />
        <source>N/A allowed</source>
        <translation>Permite N/A</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="36" />
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="37" />
        <location filename="../app/models/scorecardstructure.cpp" line="53" />
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="39" />
        <source>Add a section</source>
        <translation>Añadir una sección</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="55" />
        <source>Add a criterion</source>
        <translation>Añadir un criterio</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="72" />
        <source>Remove section “%1”</source>
        <translation>Quitar la sección «%1»</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="73" />
        <source>Remove criterion “%1”</source>
        <translation>Quitar el criterio «%1»</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardListModel</name>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="13" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="14" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="28" />
        <source>Saves as version %1 because %n evaluation(s) use version %2; they keep it.</source>
        <translation><numerusform>Se guarda como versión %1 porque %n evaluación usa la versión %2; la conserva.</numerusform><numerusform>Se guarda como versión %1 porque %n evaluaciones usan la versión %2; la conservan.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="33" />
        <source>Saves version %1 in place: no evaluation uses it yet.</source>
        <translation>Se guarda sobre la versión %1: todavía no la usa ninguna evaluación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="34" />
        <source>Saves as version %1 if evaluations use version %2 (%n evaluation(s) use its versions); they keep theirs.</source>
        <translation><numerusform>Se guarda como versión %1 si alguna evaluación usa la versión %2 (%n evaluación usa sus versiones); las evaluaciones conservan la suya.</numerusform><numerusform>Se guarda como versión %1 si alguna evaluación usa la versión %2 (%n evaluaciones usan sus versiones); las evaluaciones conservan la suya.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="89" />
        <source>Retired: no longer offered for new evaluations. Its evaluations keep it.</source>
        <translation>Retirada: ya no se ofrece para nuevas evaluaciones. Sus evaluaciones la conservan.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="96" />
        <source>%1 (retired)</source>
        <translation>%1 (retirada)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="102" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="115" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="117" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="119" />
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="121" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="123" />
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardModel</name>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="121" />
        <source>Far below</source>
        <translation>Muy por debajo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="123" />
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="125" />
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="127" />
        <source>Exceeded</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="220" />
        <source>Weighted KPI score: each KPI's band is worth %1 / %2 / %3 / %4 points (far below to exceeded), weighted by the plan and averaged over the KPIs with data.
This score covers %5 of the plan's 100 weight.</source>
        <translation>Puntuación ponderada de KPI: la franja de cada KPI vale %1 / %2 / %3 / %4 puntos (de muy por debajo a superado), ponderada según el plan y promediada entre los KPI con datos.
Esta puntuación cubre %5 de los 100 de peso del plan.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="291" />
        <source>▲ Better than the previous period (%1)</source>
        <translation>▲ Mejor que el periodo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="293" />
        <source>▼ Worse than the previous period (%1)</source>
        <translation>▼ Peor que el periodo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="295" />
        <source>= About the same as the previous period (%1)</source>
        <translation>= Más o menos igual que el periodo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="299" />
        <source>No data in the previous period.</source>
        <translation>No hay datos del periodo anterior.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="313" />
        <source>Fewer than %1 observations: read with care.</source>
        <translation>Menos de %1 observaciones: interpretar con cautela.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="320" />
        <source>Band: %1 (%2)</source>
        <translation>Franja: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="321" />
        <source>Band: %1, by the plan of team %2</source>
        <translation>Franja: %1, según el plan del equipo %2</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="338" />
        <source>%1
Not weighed in the score.</source>
        <translation>%1
No cuenta en la puntuación.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="339" />
        <source>%1
Weight %2 of 100 in the score; %3.</source>
        <translation>%1
Peso %2 de 100 en la puntuación; %3.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="358" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="360" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="362" />
        <source>Handled</source>
        <translation>Atendidas</translation>
    </message>
</context>
<context>
    <name>huddle::models::SessionEffectModel</name>
    <message numerus="yes">
        <location filename="../app/models/coachingeffectmodel.cpp" line="100" />
        <source>The %n day(s) before the session day, and as many after it (the session day counts for neither)</source>
        <translation><numerusform>El %n día anterior al día de la sesión y otros tantos posteriores (el día de la sesión no cuenta en ninguno)</numerusform><numerusform>Los %n días anteriores al día de la sesión y otros tantos posteriores (el día de la sesión no cuenta en ninguno)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="107" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="109" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="111" />
        <source>n before</source>
        <translation>n antes</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="113" />
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="115" />
        <source>n after</source>
        <translation>n después</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="117" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="119" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>huddle::models::TranscriptModel</name>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="56" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="58" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="60" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="98" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="100" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="102" />
        <source>Speaker</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../app/models/transcriptmodel.cpp" line="104" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>huddle::reports</name>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="179" />
        <source>%1 rows do not fit in an XLSX worksheet (at most %2 below the header); export CSV</source>
        <translation>%1 filas no caben en una hoja de cálculo XLSX (como máximo %2 debajo del encabezado); exportar a CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="185" />
        <source>%1 columns do not fit in an XLSX worksheet (at most %2)</source>
        <translation>%1 columnas no caben en una hoja de cálculo XLSX (como máximo %2)</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="213" />
        <source>cannot create the workbook</source>
        <translation>no se puede crear el libro</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="224" />
        <source>cannot add a worksheet</source>
        <translation>no se puede añadir una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="280" />
        <source>cannot write the workbook: %1</source>
        <translation>no se puede escribir el libro: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="282" />
        <source>cannot replace the existing file</source>
        <translation>no se puede reemplazar el archivo existente</translation>
    </message>
    <message>
        <location filename="../app/reports/csvexport.cpp" line="96" />
        <location filename="../app/reports/csvexport.cpp" line="99" />
        <location filename="../app/reports/xlsxexport.cpp" line="277" />
        <location filename="../app/reports/xlsxexport.cpp" line="284" />
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>huddle::reports::BonusPdf</name>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="29" />
        <source>Could not write the bonus report to %1: %2</source>
        <translation>No se pudo escribir el informe de bonos en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="70" />
        <location filename="../app/reports/bonuspdflayout.cpp" line="79" />
        <source>Monthly bonus — %1</source>
        <translation>Bono mensual — %1</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="76" />
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="25" />
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="51" />
        <source>This month was computed with a plan given for the run, not with the plans stored for the teams.</source>
        <translation>Este mes se calculó con un plan indicado para esta ejecución, no con los planes guardados para los equipos.</translation>
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
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>No gates</source>
        <translation>Sin condiciones de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>Gates</source>
        <translation>Condiciones de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="69" />
        <source>Cap and score weights</source>
        <translation>Tope y pesos de la puntuación</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="79" />
        <source>Appendix: plans and definitions</source>
        <translation>Anexo: planes y definiciones</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="81" />
        <source>KPI definitions in force</source>
        <translation>Definiciones de KPI vigentes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="85" />
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="87" />
        <source>CSV export</source>
        <translation>Exportación CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="89" />
        <source>The CSV export of this month has one row per agent and line; its SHA-256 is %1. The same data and plans always give the same file, so a copy can be checked against this report.</source>
        <translation>La exportación CSV de este mes tiene una fila por agente y línea; su SHA-256 es %1. Los mismos datos y planes siempre generan el mismo archivo, así que una copia se puede cotejar con este informe.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="33" />
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="35" />
        <source>Gate</source>
        <translation>Condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="37" />
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="39" />
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="89" />
        <source>Computed with a plan given for this run, not the plans stored for the teams.</source>
        <translation>Calculado con un plan indicado para esta ejecución, no con los planes guardados para los equipos.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="94" />
        <source>Totals per team</source>
        <translation>Totales por equipo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="98" />
        <source>Each team's section lists every agent's lines with the figures behind them; the plans, the KPI definitions and the rounding rule are in the appendix.</source>
        <translation>La sección de cada equipo enumera las líneas de cada agente con las cifras en las que se basan; los planes, las definiciones de KPI y la regla de redondeo están en el anexo.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="127" />
        <source>Site total</source>
        <translation>Total del sitio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="136" />
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonuspdflayout.cpp" line="140" />
        <source>%n agent(s), total %1</source>
        <translation><numerusform>%n agente, total %1</numerusform><numerusform>%n agentes, total %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="153" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="155" />
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="156" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="178" />
        <source>%1  ·  ID %2</source>
        <translation>%1  ·  ID %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="221" />
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="233" />
        <source>CSV SHA-256: %1</source>
        <translation>CSV SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="16" />
        <source>attendance %</source>
        <translation>asistencia %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="18" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="20" />
        <source>sales conversion %</source>
        <translation>conversión de ventas %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="22" />
        <source>QA score %</source>
        <translation>puntuación de calidad %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="24" />
        <source>AHT (seconds)</source>
        <translation>TMO (segundos)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="26" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="28" />
        <source>conversations per hour</source>
        <translation>conversaciones por hora</translation>
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
        <translation>%1 o más → %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="57" />
        <source>%1 to under %2 → %3</source>
        <translation>de %1 a menos de %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="65" />
        <source>tier %1 %2</source>
        <translation>nivel %1 %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="66" />
        <source>per sale: %1; any other tier %2.</source>
        <translation>por venta: %1; cualquier otro nivel %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="75" />
        <source>by %1: %2.</source>
        <translation>según %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="90" />
        <source>%1 % of the agent's sales amount.</source>
        <translation>%1 % del importe de las ventas del agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="91" />
        <source>%1 % of the components listed before it.</source>
        <translation>%1 % de los componentes que lo preceden.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="98" />
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="110" />
        <source>weighted KPI score</source>
        <translation>puntuación ponderada de KPI</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="112" />
        <source>no-call-no-shows</source>
        <translation>ausencias sin aviso</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="114" />
        <source>unexcused absences</source>
        <translation>ausencias injustificadas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="116" />
        <source>attendance violations</source>
        <translation>infracciones de asistencia</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="118" />
        <source>late arrivals</source>
        <translation>retrasos</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="120" />
        <source>sales</source>
        <translation>ventas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="122" />
        <source>sales amount</source>
        <translation>importe de las ventas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="124" />
        <source>conversations handled</source>
        <translation>conversaciones atendidas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="126" />
        <source>CSAT responses</source>
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="128" />
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="130" />
        <source>perfect-CSAT month</source>
        <translation>mes de CSAT perfecto</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="80" />
        <source>No band applies on fewer than %n observation(s).</source>
        <translation><numerusform>Ninguna banda se aplica con menos de %n observación.</numerusform><numerusform>Ninguna banda se aplica con menos de %n observaciones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="143" />
        <source>a perfect-CSAT month (CSAT 100 % on at least %n response(s))</source>
        <translation><numerusform>un mes de CSAT perfecto (CSAT 100 % con al menos %n respuesta)</numerusform><numerusform>un mes de CSAT perfecto (CSAT 100 % con al menos %n respuestas)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="153" />
        <source>, judged on at least %n observation(s)</source>
        <translation><numerusform>, evaluado con al menos %n observación</numerusform><numerusform>, evaluado con al menos %n observaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="164" />
        <source>%1 when %2.</source>
        <translation>%1 si %2.</translation>
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
        <translation>si %1 → bono de %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="191" />
        <source>when %1 → reduced by %2 % of the components' subtotal.</source>
        <translation>si %1 → se reduce un %2 % del subtotal de los componentes.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="195" />
        <source>when %1 → reduced by %2 (never below %3).</source>
        <translation>si %1 → se reduce en %2 (nunca por debajo de %3).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="204" />
        <source>Cap per agent: %1.</source>
        <translation>Tope por agente: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="205" />
        <source>No cap per agent.</source>
        <translation>Sin tope por agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="207" />
        <source>Weighted KPI score: the weights of the team's KPI plan.</source>
        <translation>Puntuación ponderada de KPI: los pesos del plan de KPI del equipo.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="208" />
        <source>Weighted KPI score weights: %1.</source>
        <translation>Pesos de la puntuación ponderada de KPI: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="214" />
        <source>%1: built-in example plan “%2”</source>
        <translation>%1: plan de ejemplo integrado «%2»</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="215" />
        <source>%1: “%2”, version %3, valid from %4</source>
        <translation>%1: «%2», versión %3, vigente desde %4</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="224" />
        <source>CSAT %: satisfied responses ÷ all responses, credited to the agent who handled the conversation. Satisfied: %1–5 on 1–5, %2–10 on 1–10, %3–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: respuestas satisfechas ÷ todas las respuestas, atribuidas al agente que atendió la conversación. Satisfecha: %1–5 en 1–5, %2–10 en 1–10, %3–10 en 0–10, «good» en good/bad.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="228" />
        <source>Perfect-CSAT month: CSAT 100 % with at least %1 responses in the month (a plan's condition may set its own minimum).</source>
        <translation>Mes de CSAT perfecto: CSAT del 100 % con al menos %1 respuestas en el mes (la condición de un plan puede fijar su propio mínimo).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="231" />
        <source>Attendance %: shifts attended ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows; late arrivals are counted separately.</source>
        <translation>Asistencia %: turnos asistidos ÷ turnos programados. Infracciones: ausencias injustificadas y ausencias sin aviso; los retrasos se cuentan aparte.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="233" />
        <source>QA score %: Σ (weight × points earned) ÷ Σ (weight × points possible) over the criteria that apply; a failed auto-fail criterion scores the evaluation 0.</source>
        <translation>Puntuación de calidad %: Σ (peso × puntos obtenidos) ÷ Σ (peso × puntos posibles) en los criterios aplicables; un criterio eliminatorio no superado deja la evaluación en 0.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="236" />
        <source>Sales: the agent's sales in the month, counted and summed by product tier; conversion = sales ÷ conversations handled.</source>
        <translation>Ventas: las ventas del agente en el mes, contadas y sumadas por nivel de producto; conversión = ventas ÷ conversaciones atendidas.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="239" />
        <source>Weighted KPI score: each KPI mapped to 0–100 points by the team's target bands, combined with weights that sum to 100.</source>
        <translation>Puntuación ponderada de KPI: cada KPI se convierte en 0–100 puntos según las bandas objetivo del equipo y se combina con pesos que suman 100.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="242" />
        <source>Rates on fewer than %1 observations are small samples: read them with care.</source>
        <translation>Las tasas con menos de %1 observaciones son muestras pequeñas: interpretarlas con cautela.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="244" />
        <source>A month is a calendar month of days in the site's time zone.</source>
        <translation>Un mes es un mes del calendario, con los días contados en la zona horaria del sitio.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="35" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="41" />
        <source>Not locked — figures may still change</source>
        <translation>No cerrado — las cifras todavía pueden cambiar</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="43" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Cerrado por %1 el %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="49" />
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
</context>
<context>
    <name>huddle::reports::BonusXlsx</name>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="38" />
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="40" />
        <source>Locked</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="41" />
        <source>Locked by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="42" />
        <source>Locked at (UTC)</source>
        <translation>Cerrado el (UTC)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="44" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="51" />
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="52" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="56" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="57" />
        <source>Computed with a plan given for this run, not the stored plans</source>
        <translation>Calculado con un plan indicado para este cálculo, no con los planes guardados</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="58" />
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="59" />
        <source>CSV SHA-256</source>
        <translation>SHA-256 del CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="60" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="62" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="64" />
        <source>Site total</source>
        <translation>Total del sitio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent ID</source>
        <translation>ID del agente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Line kind</source>
        <translation>Tipo de línea</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="105" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="109" />
        <source>Monthly bonus %1</source>
        <translation>Bono mensual %1</translation>
    </message>
</context>
<context>
    <name>huddle::reports::CoachingSummary</name>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="49" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="51" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="53" />
        <source>Sales conversion</source>
        <translation>Conversión de ventas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="55" />
        <source>QA score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="57" />
        <source>AHT</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="59" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="61" />
        <source>Conversations per hour</source>
        <translation>Conversaciones por hora</translation>
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
        <translation>Planificada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="133" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="135" />
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="144" />
        <source>Not enough data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="146" />
        <source>Measuring: %1 of %2 days</source>
        <translation>Midiendo: %1 de %2 días</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="149" />
        <source>Improved</source>
        <translation>Mejoró</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="151" />
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="153" />
        <source>Worsened</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="161" />
        <source>Before: %1 – %2</source>
        <translation>Antes: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="163" />
        <source>after: not started yet</source>
        <translation>después: todavía no ha empezado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="165" />
        <source>after: %1 – %2</source>
        <translation>después: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="167" />
        <source>after: %1 – %2, still running</source>
        <translation>después: %1 – %2, todavía en curso</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="169" />
        <source>%1; %2. No result is claimed on fewer than 10 observations on either side.</source>
        <translation>%1; %2. No se declara ningún resultado con menos de 10 observaciones antes o después.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="198" />
        <location filename="../app/reports/coachingsummary.cpp" line="348" />
        <source>Coaching session summary</source>
        <translation>Resumen de la sesión de coaching</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="203" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="205" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="206" />
        <source>Session day</source>
        <translation>Día de la sesión</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="207" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="219" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (junto al TMO)</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="226" />
        <source>Focus</source>
        <translation>Enfoque</translation>
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
        <translation>Antes</translation>
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
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="243" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="257" />
        <source>What we discussed</source>
        <translation>Qué se trató</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="265" />
        <source>What was agreed</source>
        <translation>Lo acordado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="277" />
        <source>Done %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="278" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="279" />
        <source>Action items</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="281" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="289" />
        <source>Homework: shorter phrases</source>
        <translation>Tarea: frases más cortas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="292" />
        <source>Instead of “%1” say “%2”</source>
        <translation>En lugar de «%1», decir «%2»</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="300" />
        <source>Acknowledged by the agent on %1.</source>
        <translation>Confirmado por el agente el %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="302" />
        <source>Not acknowledged by the agent yet.</source>
        <translation>Todavía no confirmado por el agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="305" />
        <source>Next follow-up: %1.</source>
        <translation>Próximo seguimiento: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="306" />
        <source>No follow-up planned.</source>
        <translation>No hay ningún seguimiento planificado.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="307" />
        <source>Acknowledgement and follow-up</source>
        <translation>Confirmación y seguimiento</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="311" />
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="322" />
        <source>Could not write the coaching summary to %1: %2</source>
        <translation>No se pudo escribir el resumen de coaching en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="363" />
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
</context>
<context>
    <name>huddle::reports::TableExport</name>
    <message>
        <location filename="../app/reports/tableexport.cpp" line="32" />
        <source>cannot export a table as '.%1': choose .csv or .xlsx</source>
        <translation>no se puede exportar una tabla como «.%1»: elegir .csv o .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::reports::bonusrun</name>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="29" />
        <source>Moved from %1 on %2</source>
        <translation>Trasladado desde %1 el %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="100" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="196" />
        <source>a bonus run needs a month</source>
        <translation>un cálculo de bonos necesita un mes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="240" />
        <source>a month computed with a plan from a file cannot be locked; save the plan first and run the month again</source>
        <translation>no se puede cerrar un mes calculado con un plan de un archivo; primero hay que guardar el plan y volver a calcular el mes</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrunlocked.cpp" line="21" />
        <source>the bonus plan %1 recorded with the lock is missing</source>
        <translation>falta el plan de bonos %1 registrado con el cierre</translation>
    </message>
</context>
<context>
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="89" />
        <source>checking later imports</source>
        <translation>comprobando importaciones posteriores</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="116" />
        <source>restoring overwritten rows</source>
        <translation>restaurando las filas sobrescritas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="132" />
        <source>deleting imported rows</source>
        <translation>eliminando las filas importadas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="163" />
        <source>removing agents and teams the import created</source>
        <translation>quitando los agentes y equipos creados por la importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="184" />
        <source>counting the rows of the import</source>
        <translation>contando las filas de la importación</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="58" />
        <source>reading CSAT responses</source>
        <translation>leyendo las respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Satisfied</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="69" />
        <source>Day summary: %n response(s)</source>
        <translation>Resumen del día (respuestas: %n)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="70" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="101" />
        <source>reading sales</source>
        <translation>leyendo las ventas</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="112" />
        <source>%n sale(s) in the day's summary</source>
        <translation>Ventas en el resumen del día: %n</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="113" />
        <source>%n sale(s) stated on the conversation</source>
        <translation>Ventas indicadas en la conversación: %n</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="124" />
        <source>No-call-no-show</source>
        <translation>Ausencia sin aviso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="126" />
        <source>Unexcused absence</source>
        <translation>Ausencia injustificada</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="128" />
        <source>Excused absence</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="130" />
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="140" />
        <location filename="../app/storage/bonusinputreader.cpp" line="138" />
        <source>reading attendance</source>
        <translation>leyendo la asistencia</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Late (min)</source>
        <translation>Retraso (min)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="161" />
        <source>reading QA evaluations</source>
        <translation>leyendo las evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Score %</source>
        <translation>Puntuación %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="177" />
        <source>Attendance %</source>
        <translation>Asistencia %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="178" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="179" />
        <source>Sales conversion %</source>
        <translation>Conversión de ventas %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="180" />
        <source>QA %</source>
        <translation>Calidad %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="181" />
        <source>AHT (s)</source>
        <translation>TMO (s)</translation>
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
        <translation>Muy por debajo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Exceeded</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="41" />
        <source>bonus lock %1 names no month: “%2”</source>
        <translation>el cierre de bonos %1 no indica ningún mes: «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="79" />
        <source>reading the bonus locks</source>
        <translation>leyendo los cierres de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="87" />
        <source>a frozen bonus line of %1 has an unknown kind “%2” or evidence “%3”</source>
        <translation>una línea de bono congelada de %1 tiene un tipo «%2» o unas filas de origen «%3» desconocidos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="122" />
        <source>freezing the bonus lines</source>
        <translation>congelando las líneas de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="131" />
        <source>a lock needs the month to lock</source>
        <translation>para cerrar hace falta indicar el mes que se cierra</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="133" />
        <source>locking %1 needs your name and a reason</source>
        <translation>para cerrar %1 hacen falta un nombre y un motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="138" />
        <source>%1 has not ended yet; it can be locked from %2</source>
        <translation>%1 todavía no ha terminado; se puede cerrar a partir del %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="152" />
        <source>%1 is already locked (by %2 on %3)</source>
        <translation>%1 ya está cerrado (por %2 el %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="176" />
        <source>locking the month</source>
        <translation>cerrando el mes</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="214" />
        <source>%1, a later month, is locked too: its adjustments were computed against the lock of %2; unlock %1 first</source>
        <translation>%1, un mes posterior, también está cerrado: sus ajustes se calcularon a partir del cierre de %2; primero hay que reabrir %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="227" />
        <source>%1 is not locked</source>
        <translation>%1 no está cerrado</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="235" />
        <source>unlocking the month</source>
        <translation>reabriendo el mes</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="49" />
        <source>stored bonus plan %1 (version %2) is damaged: %3</source>
        <translation>el plan de bonos guardado %1 (versión %2) está dañado: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="52" />
        <source>its month is “%1”</source>
        <translation>su mes es «%1»</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="82" />
        <source>reading the bonus plan</source>
        <translation>leyendo el plan de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="94" />
        <source>reading the team</source>
        <translation>leyendo el equipo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="98" />
        <source>there is no team %1 to give a bonus plan</source>
        <translation>no existe el equipo %1 al que asignar un plan de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="112" />
        <source>%1 is locked; a plan can start from %2 at the earliest</source>
        <translation>%1 está cerrado; un plan puede empezar, como muy pronto, en %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="124" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="126" />
        <source>numbering the bonus plan</source>
        <translation>numerando el plan de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="140" />
        <source>saving the bonus plan</source>
        <translation>guardando el plan de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="163" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="165" />
        <source>reading the newest bonus plan</source>
        <translation>leyendo el plan de bono más reciente</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="166" />
        <source>the site</source>
        <translation>el sitio</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="171" />
        <source>version %1 of the bonus plan for %2 was saved by %3 at %4 while you were writing the first one; look at it, then save your change again</source>
        <translation>%3 guardó la versión %1 del plan de bono de %2 a las %4 mientras usted escribía la primera; revísela y vuelva a guardar su cambio</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="177" />
        <source>version %1 of the bonus plan for %3 was saved by %4 at %5 after you opened version %2; look at it, then save your change again</source>
        <translation>%4 guardó la versión %1 del plan de bono de %3 a las %5 después de que usted abriera la versión %2; revísela y vuelva a guardar su cambio</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="29" />
        <source>sslmode must be one of %1, not '%2'</source>
        <translation>sslmode debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="38" />
        <source>connect_timeout must be a number of seconds, not '%1'</source>
        <translation>connect_timeout debe ser un número de segundos, no «%1»</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="46" />
        <source>application_name may hold letters, digits, '_', '.' and '-' only, not '%1'</source>
        <translation>application_name solo admite letras, dígitos, «_», «.» y «-», no «%1»</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="52" />
        <source>unknown parameter '%1' (known: sslmode, connect_timeout, application_name)</source>
        <translation>parámetro desconocido «%1» (se conocen: sslmode, connect_timeout, application_name)</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="67" />
        <source>not a valid server address; expected postgresql://user@host[:port]/database</source>
        <translation>no es una dirección de servidor válida; se esperaba postgresql://usuario@servidor[:puerto]/base_de_datos</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="76" />
        <source>the server address names no host: postgresql://user@HOST/database</source>
        <translation>la dirección del servidor no indica el servidor: postgresql://usuario@SERVIDOR/base_de_datos</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="78" />
        <source>the server address names no user: postgresql://USER@host/database</source>
        <translation>la dirección del servidor no indica el usuario: postgresql://USUARIO@servidor/base_de_datos</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="80" />
        <source>the server address names no database: postgresql://user@host/DATABASE</source>
        <translation>la dirección del servidor no indica la base de datos: postgresql://usuario@servidor/BASE_DE_DATOS</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="139" />
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed; install the libqt6sql6-psql package</source>
        <translation>el controlador de PostgreSQL para Qt (QPSQL) no está instalado; instale el paquete libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="150" />
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="35" />
        <source>there is no agent with id %1</source>
        <translation>no existe ningún agente con el id %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="49" />
        <source>the stored attendance ladder is invalid: %1</source>
        <translation>la escala de advertencias de asistencia guardada no es válida: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="59" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>el parámetro %1 contiene «%2», que no es un número de días</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="62" />
        <source>the setting %1 is invalid: %2</source>
        <translation>el parámetro %1 no es válido: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="46" />
        <source>attendance of agent %1 on %2 has an unknown status "%3"</source>
        <translation>la asistencia del agente %1 del %2 tiene un estado desconocido «%3»</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="107" />
        <source>a shift needs a valid day</source>
        <translation>un turno necesita un día válido</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="109" />
        <source>a shift lasts 1 to 1440 minutes, not %1</source>
        <translation>un turno dura de 1 a 1440 minutos, no %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="111" />
        <source>late minutes cannot be negative (%1)</source>
        <translation>los minutos de retraso no pueden ser negativos (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="113" />
        <source>late minutes are given only for a shift the agent was late to</source>
        <translation>los minutos de retraso solo se indican para un turno al que el agente llegó tarde</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="125" />
        <source>there is no agent %1</source>
        <translation>no existe el agente %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="94" />
        <source>reading the last audit entry</source>
        <translation>leyendo la última entrada de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="111" />
        <source>waiting for the audit log</source>
        <translation>esperando el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="118" />
        <source>chaining audit entry %1</source>
        <translation>encadenando la entrada de auditoría %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="171" />
        <source>reading the audit log</source>
        <translation>leyendo el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="34" />
        <source>a calibration session needs a name</source>
        <translation>una sesión de calibración necesita un nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="36" />
        <source>a calibration session needs the name of whoever creates it</source>
        <translation>una sesión de calibración necesita el nombre de quien la crea</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="38" />
        <source>a calibration session needs at least one conversation</source>
        <translation>una sesión de calibración necesita al menos una conversación</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="41" />
        <source>a conversation is listed twice in the calibration session</source>
        <translation>una conversación aparece dos veces en la sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="43" />
        <source>a calibration session needs at least two evaluators</source>
        <translation>una sesión de calibración necesita al menos dos evaluadores</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="47" />
        <source>an evaluator of the calibration session has no name</source>
        <translation>un evaluador de la sesión de calibración no tiene nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="49" />
        <source>%1 is listed twice as an evaluator</source>
        <translation>%1 aparece dos veces como evaluador</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="62" />
        <source>reading the scorecard</source>
        <translation>leyendo la ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="66" />
        <source>scorecard version %1 does not exist</source>
        <translation>la versión de ficha de evaluación %1 no existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="69" />
        <source>%1 is a peer-review scorecard; calibration uses a QA scorecard</source>
        <translation>%1 es una ficha de evaluación para revisión entre pares; la calibración usa una ficha de evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="81" />
        <location filename="../app/storage/transcriptrepository.cpp" line="65" />
        <source>reading conversation %1</source>
        <translation>leyendo la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="84" />
        <location filename="../app/storage/transcriptrepository.cpp" line="69" />
        <source>conversation %1 does not exist</source>
        <translation>la conversación %1 no existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="86" />
        <source>conversation %1 was not handled by an agent</source>
        <translation>la conversación %1 no la atendió ningún agente</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="106" />
        <source>adding the calibration session</source>
        <translation>añadiendo la sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="116" />
        <source>adding the session's conversations</source>
        <translation>añadiendo las conversaciones de la sesión</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="123" />
        <source>adding the session's evaluators</source>
        <translation>añadiendo los evaluadores de la sesión</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="158" />
        <source>reading calibration sessions</source>
        <translation>leyendo las sesiones de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="184" />
        <source>reading calibration evaluators</source>
        <translation>leyendo los evaluadores de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="202" />
        <source>reading the session's conversations</source>
        <translation>leyendo las conversaciones de la sesión</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="97" />
        <source>the agent</source>
        <translation>el agente</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="99" />
        <source>the coach</source>
        <translation>el coach</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="101" />
        <source>the day</source>
        <translation>el día</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="103" />
        <source>the focus KPIs</source>
        <translation>los KPI de enfoque</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="105" />
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="107" />
        <source>the agenda</source>
        <translation>la agenda</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="109" />
        <source>the action items (only their done state can change)</source>
        <translation>las acciones acordadas (solo puede cambiar su estado de hecha)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="111" />
        <source>the homework</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="36" />
        <source>the coaching effect is measured over %1 to %2 days, not %3</source>
        <translation>el efecto del coaching se mide en un periodo de %1 a %2 días, no de %3</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="75" />
        <source>measuring a coaching effect needs the session's day and today's date</source>
        <translation>para medir el efecto de un coaching hacen falta el día de la sesión y la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="43" />
        <source>action item %1 says nothing: write what was agreed or remove it</source>
        <translation>la acción %1 está vacía: hay que escribir lo acordado o quitarla</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="45" />
        <source>action item %1 is marked done without the day it was done</source>
        <translation>la acción %1 está marcada como hecha sin el día en que se hizo</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="56" />
        <source>there is no agent %1 to coach</source>
        <translation>no existe el agente %1 al que dar coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="60" />
        <source>a coaching session needs a valid day</source>
        <translation>una sesión de coaching necesita un día válido</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="65" />
        <source>agenda item %1 has no title</source>
        <translation>el punto %1 de la agenda no tiene título</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="87" />
        <source>reopening a closed session needs a reason</source>
        <translation>para reabrir una sesión cerrada hace falta un motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="95" />
        <source>a held session cannot go back to planned</source>
        <translation>una sesión realizada no puede volver a planificada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="96" />
        <source>a closed session can only be reopened as held</source>
        <translation>una sesión cerrada solo se puede reabrir como realizada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="51" />
        <source>coaching session %1 has an unknown status “%2”</source>
        <translation>la sesión de coaching %1 tiene un estado desconocido «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="58" />
        <source>agenda item %1 has an unknown kind “%2”</source>
        <translation>el punto %1 de la agenda tiene un tipo desconocido «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="142" />
        <source>there is no coaching session %1</source>
        <translation>no existe la sesión de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="189" />
        <source>unknown focus KPI “%1” in a coaching session</source>
        <translation>hay un KPI de enfoque desconocido «%1» en una sesión de coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="77" />
        <source>reading the tables of the database</source>
        <translation>leyendo las tablas de la base de datos</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="100" />
        <source>reading the foreign keys of the database</source>
        <translation>leyendo las claves foráneas de la base de datos</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="133" />
        <source>the foreign keys of the tables %1 form a cycle, so no table of them can be copied before the others</source>
        <translation>las claves foráneas de las tablas %1 forman un ciclo, así que ninguna de ellas se puede copiar antes que las demás</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="43" />
        <source>listing the tables of %1</source>
        <translation>listando las tablas de %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="111" />
        <source>the target has no table %1</source>
        <translation>el destino no tiene la tabla %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="114" />
        <source>table %1 has other columns in the target than in the source</source>
        <translation>la tabla %1 tiene columnas distintas en el destino y en el origen</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="117" />
        <source>the source has no table %1</source>
        <translation>el origen no tiene la tabla %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="145" />
        <source>the copy was cancelled</source>
        <translation>la copia se canceló</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="163" />
        <location filename="../app/storage/databasecopy.cpp" line="187" />
        <source>reading table %1</source>
        <translation>leyendo la tabla %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="168" />
        <source>copying table %1</source>
        <translation>copiando la tabla %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="202" />
        <source>emptying table %1 of the target</source>
        <translation>vaciando la tabla %1 del destino</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="228" />
        <source>moving the id sequence of table %1</source>
        <translation>ajustando la secuencia de id de la tabla %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="262" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="293" />
        <source>the source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="296" />
        <source>the target</source>
        <translation>el destino</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="301" />
        <source>copying the database</source>
        <translation>copiando la base de datos</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="43" />
        <source>there is no dispute %1</source>
        <translation>no existe la disputa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="45" />
        <source>dispute %1 is already decided; a decision is final</source>
        <translation>la disputa %1 ya está decidida; una decisión es definitiva</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="48" />
        <source>there is no evaluation %1</source>
        <translation>no existe la evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="117" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>la evaluación tiene %1 respuestas para %2 criterios</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="122" />
        <source>“%1” is not answered yet</source>
        <translation>«%1» todavía no tiene respuesta</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="129" />
        <source>“%1” cannot be answered N/A</source>
        <translation>«%1» no se puede responder con N/A</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="130" />
        <source>“%1” cannot be given %2 points</source>
        <translation>«%1» no admite %2 puntos</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="143" />
        <source>every criterion is answered N/A: there is nothing to score</source>
        <translation>todos los criterios se respondieron con N/A: no hay nada que puntuar</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="55" />
        <source>reading the evaluation queue</source>
        <translation>leyendo la cola de evaluación</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="105" />
        <source>counting handle times</source>
        <translation>contando los tiempos de gestión</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="117" />
        <source>reading the 90th percentile of handle time</source>
        <translation>leyendo el percentil 90 del tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="120" />
        <source>row %1 in key order, column %2: %3 in the source, %4 in the copy</source>
        <translation>fila %1 en orden de clave, columna %2: %3 en el origen, %4 en la copia</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="147" />
        <source>row %1 in key order is only in the %2</source>
        <translation>la fila %1 en orden de clave solo está en %2</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>copy</source>
        <translation>la copia</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="161" />
        <source>verification failed for table %1: the source has %2 rows (SHA-256 %3), the copy %4 rows (SHA-256 %5); first difference: %6</source>
        <translation>falló la verificación de la tabla %1: el origen tiene %2 filas (SHA-256 %3) y la copia, %4 filas (SHA-256 %5); primera diferencia: %6</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="27" />
        <source>Review note by %1: %2</source>
        <translation>Nota de revisión de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="29" />
        <source>transcript line %1 is numbered %2; lines are numbered 1, 2, 3, … in order</source>
        <translation>la línea %1 de la transcripción tiene el número %2; las líneas se numeran 1, 2, 3, … en orden</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="34" />
        <source>transcript line %1: the speaker is '%2', not agent, customer or system</source>
        <translation>línea %1 de la transcripción: el interlocutor es «%2», no agent, customer ni system</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="39" />
        <source>transcript line %1 is empty</source>
        <translation>la línea %1 de la transcripción está vacía</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="41" />
        <source>transcript line %1 starts before the call</source>
        <translation>la línea %1 de la transcripción empieza antes de la llamada</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="50" />
        <source>reading the annotations of conversation %1</source>
        <translation>leyendo las anotaciones de la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="64" />
        <source>reading teams</source>
        <translation>leyendo los equipos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="81" />
        <source>reading team memberships</source>
        <translation>leyendo la pertenencia a los equipos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="120" />
        <source>reading sales by tier</source>
        <translation>leyendo las ventas por nivel</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="47" />
        <source>evaluation %1 is a draft: save the draft instead</source>
        <translation>la evaluación %1 es un borrador: en su lugar, hay que guardar el borrador</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="50" />
        <source>evaluation %1 is disputed: only the arbitrator's decision changes it now</source>
        <translation>la evaluación %1 está en disputa: ahora solo la decisión del árbitro puede cambiarla</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="52" />
        <source>evaluation %1 is final and can no longer change</source>
        <translation>la evaluación %1 es definitiva y ya no puede cambiar</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="57" />
        <source>an edit keeps the evaluation's conversation and scorecard version</source>
        <translation>una edición conserva la conversación y la versión de la ficha de evaluación de la evaluación</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="63" />
        <source>a phrase needs both the longer wording and the shorter one to use instead</source>
        <translation>una frase necesita tanto la versión más larga como la más corta que se usará en su lugar</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="50" />
        <source>criterion %1 has the unknown kind “%2”</source>
        <translation>el criterio %1 tiene el tipo desconocido «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="77" />
        <source>cancelled; no backup was written</source>
        <translation>cancelado; no se escribió ninguna copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="78" />
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="81" />
        <source>could not make %1 private to its owner</source>
        <translation>no se pudo hacer %1 privado para su propietario</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="95" />
        <source>%1 is a server database; back it up with the server's tools (pg_dump)</source>
        <translation>%1 es una base de datos de servidor; haga la copia de seguridad con las herramientas del servidor (pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="99" />
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>%1 ya existe; elija un archivo nuevo para la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="106" />
        <source>backup file not found: %1</source>
        <translation>no se encontró el archivo de copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="109" />
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="112" />
        <source>%1 is damaged or not a database (integrity check: %2)</source>
        <translation>%1 está dañado o no es una base de datos (comprobación de integridad: %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="113" />
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="118" />
        <source>%1 is not a Huddle database</source>
        <translation>%1 no es una base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="121" />
        <source>%1 has schema version %2, newer than this Huddle understands (%3)</source>
        <translation>%1 tiene la versión de esquema %2, más reciente de la que entiende este Huddle (%3)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="146" />
        <source>could not move %1 aside to %2</source>
        <translation>no se pudo apartar %1 como %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="157" />
        <source>could not put the backup in place of %1 (the previous file is %2)</source>
        <translation>no se pudo poner la copia de seguridad en lugar de %1 (el archivo anterior es %2)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AgendaSource</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="161" />
        <source>the session needs a valid day</source>
        <translation>la sesión necesita un día válido</translation>
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="163" />
        <source>the agenda looks back at least one day</source>
        <translation>la agenda debe abarcar al menos un día hacia atrás</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AttendanceRepository</name>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="121" />
        <source>saving the attendance ladder</source>
        <translation>guardando la escala de advertencias de asistencia</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="145" />
        <location filename="../app/storage/attendanceladderstore.cpp" line="165" />
        <source>the ladder stage is asked for an invalid day</source>
        <translation>se pidió la etapa de la escala para un día no válido</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="276" />
        <source>entering attendance</source>
        <translation>registrando la asistencia</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="299" />
        <source>removing attendance</source>
        <translation>quitando la asistencia</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="327" />
        <source>the period of the attendance table is not a valid range of days</source>
        <translation>el periodo de la tabla de asistencia no es un rango de días válido</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AuditLog</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="211" />
        <source>recording the %1 of %2 %3 in the audit log</source>
        <translation>anotando la acción %1 de %2 %3 en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="219" />
        <source>recording in the audit log</source>
        <translation>anotando en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="256" />
        <location filename="../app/storage/auditlog.cpp" line="276" />
        <location filename="../app/storage/auditlog.cpp" line="283" />
        <source>reading the audit log</source>
        <translation>leyendo el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="271" />
        <source>chaining the audit log</source>
        <translation>encadenando el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusInputReader</name>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="270" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusLockRepository</name>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="295" />
        <source>reading the frozen bonus lines</source>
        <translation>leyendo las líneas de bonos congeladas</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="302" />
        <source>locking %1</source>
        <translation>cerrando %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="309" />
        <source>unlocking needs the month to unlock</source>
        <translation>para reabrir hay que indicar el mes que se reabre</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="311" />
        <source>unlocking %1 needs your name and a reason</source>
        <translation>para reabrir %1 hacen falta un nombre y un motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="312" />
        <source>unlocking %1</source>
        <translation>reabriendo %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusPlanRepository</name>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="225" />
        <source>reading the bonus plans</source>
        <translation>leyendo los planes de bonos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="241" />
        <source>the bonus plan is asked for an invalid month</source>
        <translation>se pidió el plan de bonos de un mes no válido</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="265" />
        <source>a bonus plan needs the month it is valid from</source>
        <translation>un plan de bonos necesita el mes a partir del cual es vigente</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="267" />
        <source>a bonus plan is saved under a name: the name is empty</source>
        <translation>un plan de bonos se guarda con un nombre: el nombre está vacío</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="278" />
        <source>saving the bonus plan</source>
        <translation>guardando el plan de bonos</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CalibrationRepository</name>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="254" />
        <source>creating the calibration session</source>
        <translation>creando la sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="286" />
        <source>calibration session %1 does not exist</source>
        <translation>la sesión de calibración %1 no existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="298" />
        <source>%1 is not an evaluator of calibration session %2</source>
        <translation>%1 no es evaluador de la sesión de calibración %2</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="311" />
        <source>reading the calibration worklist</source>
        <translation>leyendo la lista de trabajo de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="325" />
        <source>closing a calibration session needs the name of whoever closes it</source>
        <translation>para cerrar una sesión de calibración hace falta el nombre de quien la cierra</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="327" />
        <location filename="../app/storage/calibrationrepository.cpp" line="338" />
        <source>closing the calibration session</source>
        <translation>cerrando la sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="332" />
        <source>calibration session %1 is already closed</source>
        <translation>la sesión de calibración %1 ya está cerrada</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="354" />
        <source>calibration session %1 is still open: its scores stay blind until it is closed</source>
        <translation>la sesión de calibración %1 sigue abierta: sus puntuaciones permanecen ocultas hasta que se cierre</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="386" />
        <source>adding a score to the calibration session</source>
        <translation>añadiendo una puntuación a la sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="390" />
        <source>evaluation %1 is not a calibration score of an evaluator and a conversation of session %2</source>
        <translation>la evaluación %1 no es una puntuación de calibración de un evaluador y una conversación de la sesión %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ChainWalk</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="142" />
        <source>it has no hash — it was written outside Huddle or its hash was erased</source>
        <translation>no tiene hash — se escribió fuera de Huddle o se borró su hash</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="145" />
        <source>its contents do not match its hash — it was changed after it was written</source>
        <translation>su contenido no coincide con su hash — se modificó después de escribirse</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="150" />
        <source>it is the first entry but follows another — earlier entries were removed</source>
        <translation>es la primera entrada, pero sigue a otra — se eliminaron entradas anteriores</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="151" />
        <source>does not follow entry %1 — an entry was removed or inserted, or entry %1 was rewritten</source>
        <translation>no sigue a la entrada %1 — se eliminó o se insertó una entrada, o se reescribió la entrada %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingEffectReader</name>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="109" />
        <source>the setting %1 holds “%2”, not a number of days from %3 to %4</source>
        <translation>el parámetro %1 contiene «%2», que no es un número de días de %3 a %4</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="122" />
        <source>saving the coaching effect window</source>
        <translation>guardando la ventana del efecto del coaching</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingRepository</name>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="140" />
        <source>planning a coaching session</source>
        <translation>planificando una sesión de coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="172" />
        <source>saving coaching session %1</source>
        <translation>guardando la sesión de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="178" />
        <source>coaching session %1 is closed: %2 can no longer change (reopen it to edit them)</source>
        <translation>la sesión de coaching %1 está cerrada: ya no es posible cambiar %2 (hay que reabrirla para editarlo)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="217" />
        <source>changing the status of coaching session %1</source>
        <translation>cambiando el estado de la sesión de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="242" />
        <source>deleting coaching session %1</source>
        <translation>eliminando la sesión de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="249" />
        <source>coaching session %1 has been held; only planned sessions can be deleted</source>
        <translation>la sesión de coaching %1 ya se realizó; solo se pueden eliminar las sesiones planificadas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="251" />
        <source>coaching session %1 is closed; only planned sessions can be deleted</source>
        <translation>la sesión de coaching %1 está cerrada; solo se pueden eliminar las sesiones planificadas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="265" />
        <source>marking an action item done needs the day it was done</source>
        <translation>para marcar una acción como hecha hace falta el día en que se hizo</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="267" />
        <source>marking action item %1</source>
        <translation>marcando la acción %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="270" />
        <source>there is no action item %1</source>
        <translation>no existe la acción %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingWriter</name>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="212" />
        <source>agenda item %1 refers to conversation %2, which is not stored</source>
        <translation>el punto %1 de la agenda hace referencia a la conversación %2, que no está guardada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="214" />
        <source>agenda item %1 refers to action item %2, which is not stored</source>
        <translation>el punto %1 de la agenda hace referencia a la acción %2, que no está guardada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="257" />
        <source>agenda item %1 is not on the agenda of coaching session %2 (or is listed twice)</source>
        <translation>el punto %1 no está en la agenda de la sesión de coaching %2 (o aparece dos veces)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="282" />
        <source>action item %1 was not agreed in coaching session %2 (or is listed twice)</source>
        <translation>la acción %1 no se acordó en la sesión de coaching %2 (o aparece dos veces)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ConversationBatch</name>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="29" />
        <location filename="../app/storage/conversationbatch.cpp" line="40" />
        <source>could not read the conversations already imported: %1</source>
        <translation>no se pudieron leer las conversaciones ya importadas: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="70" />
        <source>adding the conversations %1 to %2, written together</source>
        <translation>agregar las conversaciones %1 a %2, escritas juntas</translation>
    </message>
    </context>
<context>
    <name>huddle::storage::DigestReader</name>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="76" />
        <location filename="../app/storage/tablecomparison.cpp" line="97" />
        <source>reading table %1 back</source>
        <translation>volviendo a leer la tabla %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DirectoryRepository</name>
    <message>
        <location filename="../app/storage/directoryrepository.cpp" line="112" />
        <source>currency: expected an ISO 4217 code of three capital letters such as USD or EUR, got "%1"</source>
        <translation>currency: se esperaba un código ISO 4217 de tres letras mayúsculas, como USD o EUR; valor obtenido: «%1»</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DisputeRepository</name>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="138" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>el parámetro %1 contiene «%2», que no es un número de días</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="149" />
        <source>the dispute window and the decision time are at least one day each</source>
        <translation>el plazo de disputa y el plazo de decisión son de al menos un día cada uno</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="150" />
        <source>saving the dispute rules</source>
        <translation>guardando las reglas de disputa</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="174" />
        <source>a dispute needs who raises it and a reason</source>
        <translation>una disputa necesita el nombre de quien la presenta y un motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="175" />
        <source>opening a dispute</source>
        <translation>abriendo una disputa</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="191" />
        <source>the evaluation has no criterion %1 to dispute</source>
        <translation>la evaluación no tiene ningún criterio %1 que impugnar</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="233" />
        <source>a dispute is decided by a named arbitrator</source>
        <translation>una disputa la decide un árbitro identificado por su nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="235" />
        <source>deciding dispute %1</source>
        <translation>decidiendo la disputa %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationRepository</name>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="140" />
        <source>saving the draft</source>
        <translation>guardando el borrador</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="154" />
        <source>publishing the evaluation</source>
        <translation>publicando la evaluación</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="166" />
        <source>a peer review needs a note for the colleague</source>
        <translation>una revisión entre pares necesita una nota para el compañero</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="168" />
        <source>publishing the peer review</source>
        <translation>publicando la revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="185" />
        <source>an edit of a published evaluation needs a reason</source>
        <translation>para editar una evaluación publicada hace falta un motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="186" />
        <source>editing evaluation %1</source>
        <translation>editando la evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="193" />
        <source>removing draft %1</source>
        <translation>eliminando el borrador %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="199" />
        <source>evaluation %1 is published; only drafts can be removed</source>
        <translation>la evaluación %1 está publicada; solo se pueden eliminar los borradores</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="229" />
        <source>there is no evaluation %1</source>
        <translation>no existe la evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="240" />
        <source>evaluation %1 is a blind calibration score: only %2 can open it until the calibration session is closed</source>
        <translation>la evaluación %1 es una puntuación ciega de calibración: solo %2 puede abrirla hasta que se cierre la sesión de calibración</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationWriter</name>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="44" />
        <source>a peer review is scored on a peer-review scorecard; “%1” is a QA scorecard</source>
        <translation>una revisión entre pares se puntúa con una ficha de evaluación para revisión entre pares; «%1» es una ficha de evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="46" />
        <source>“%1” is a peer-review scorecard; QA and calibration evaluations need a QA scorecard</source>
        <translation>«%1» es una ficha de evaluación para revisión entre pares; las evaluaciones de calidad y de calibración necesitan una ficha de evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="51" />
        <source>only a calibration evaluation belongs to a calibration session</source>
        <translation>solo una evaluación de calibración pertenece a una sesión de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="76" />
        <source>a calibration evaluation needs a calibration session; there is no session %1</source>
        <translation>una evaluación de calibración necesita una sesión de calibración; no existe la sesión %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="81" />
        <source>calibration session “%1” is closed; it takes no more scores</source>
        <translation>la sesión de calibración «%1» está cerrada; ya no admite más puntuaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="85" />
        <source>calibration session “%1” is scored with another scorecard version</source>
        <translation>la sesión de calibración «%1» se puntúa con otra versión de la ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="88" />
        <source>%1 is not an evaluator of calibration session “%2”</source>
        <translation>%1 no es evaluador de la sesión de calibración «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="90" />
        <source>the conversation is not one of calibration session “%1”</source>
        <translation>la conversación no pertenece a la sesión de calibración «%1»</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="92" />
        <source>%1 has already scored this conversation in calibration session “%2”</source>
        <translation>%1 ya puntuó esta conversación en la sesión de calibración «%2»</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="106" />
        <source>there is no conversation %1</source>
        <translation>no existe la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="109" />
        <source>conversation %1 reached no agent, so there is nobody to evaluate</source>
        <translation>la conversación %1 no llegó a ningún agente, así que no hay nadie a quien evaluar</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="149" />
        <source>an evaluation needs the name of its evaluator</source>
        <translation>una evaluación necesita el nombre de su evaluador</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="162" />
        <source>evaluation %1 is already published; it changes only by an edit with a reason</source>
        <translation>la evaluación %1 ya está publicada; solo cambia mediante una edición con motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="218" />
        <source>there is no evaluation %1 (it may have been removed)</source>
        <translation>no existe la evaluación %1 (puede que se haya eliminado)</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="225" />
        <source>evaluation %1 was changed at %4 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>la evaluación %1 se cambió a las %4, después de que usted la abriera (revisión %2; la suya es la %3); recárguela para ver ese cambio y vuelva a hacer el suyo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="232" />
        <source>evaluation %1 was changed by %4 at %5 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>%4 cambió la evaluación %1 a las %5, después de que usted la abriera (revisión %2; la suya es la %3); recárguela para ver ese cambio y vuelva a hacer el suyo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="338" />
        <source>the calibration session of evaluation %1 is closed; its scores no longer change</source>
        <translation>la sesión de calibración de la evaluación %1 está cerrada; sus puntuaciones ya no cambian</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="341" />
        <source>only %1 can change their own calibration score</source>
        <translation>solo %1 puede cambiar su propia puntuación de calibración</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="365" />
        <source>a peer review is an evaluation of the peer kind</source>
        <translation>una revisión entre pares es una evaluación de tipo revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="375" />
        <source>agents do not peer-review their own conversations</source>
        <translation>los agentes no hacen revisiones entre pares de sus propias conversaciones</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="206" />
        <source>reading the import history</source>
        <translation>leyendo el historial de importaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="235" />
        <source>could not start a transaction</source>
        <translation>no se pudo iniciar una transacción</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="238" />
        <source>reading the import</source>
        <translation>leyendo la importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="242" />
        <source>import %1 does not exist or was already undone</source>
        <translation>la importación %1 no existe o ya se deshizo</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="247" />
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation>la importación %1 cambió filas de la importación %2; primero hay que deshacer la importación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="260" />
        <source>checking evaluations</source>
        <translation>comprobando las evaluaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="264" />
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation>Evaluaciones o notas de revisión que hacen referencia a conversaciones de esta importación: %n; no se puede deshacer la importación sin perderlas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="281" />
        <source>reading customers</source>
        <translation>leyendo los clientes</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="291" />
        <source>marking the import undone</source>
        <translation>marcando la importación como deshecha</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="305" />
        <source>could not commit the undo</source>
        <translation>no se pudo confirmar la operación de deshacer</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="313" />
        <source>reading import profiles</source>
        <translation>leyendo los perfiles de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="328" />
        <source>saving the import profile</source>
        <translation>guardando el perfil de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="334" />
        <source>deleting the import profile</source>
        <translation>eliminando el perfil de importación</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="151" />
        <source>could not start the import transaction</source>
        <translation>no se pudo iniciar la transacción de importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="224" />
        <source>could not wait for other imports: %1</source>
        <translation>no se pudo esperar a las otras importaciones: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="228" />
        <source>cancelled while another import was running</source>
        <translation>cancelada mientras otra importación estaba en curso</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="244" />
        <source>could not count conversations: %1</source>
        <translation>no se pudieron contar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="252" />
        <source>could not read the indexes: %1</source>
        <translation>no se pudieron leer los índices: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="257" />
        <source>could not defer index %1</source>
        <translation>no se pudo aplazar el índice %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="277" />
        <source>could not rebuild index %1: %2</source>
        <translation>no se pudo reconstruir el índice %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="348" />
        <location filename="../app/storage/importwriter.cpp" line="884" />
        <source>could not record the import: %1</source>
        <translation>no se pudo registrar la importación: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="349" />
        <source>recording the import</source>
        <translation>registrando la importación</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="360" />
        <source>could not record the site's time zone: %1</source>
        <translation>no se pudo registrar la zona horaria del sitio: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="395" />
        <source>unknown import shape</source>
        <translation>tipo de datos de importación desconocido</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="802" />
        <source>could not add %1</source>
        <translation>no se pudo agregar %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="848" />
        <source>could not add the team of a new agent: %1</source>
        <translation>no se pudo añadir el equipo de un agente nuevo: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="901" />
        <source>could not commit the import: %1</source>
        <translation>no se pudo confirmar la importación: %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::KpiPlanRepository</name>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="42" />
        <source>the stored KPI plan of %1 is invalid: %2</source>
        <translation>el plan de KPI guardado para %1 no es válido: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>team %1</source>
        <translation>el equipo %1</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>the site</source>
        <translation>el sitio</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PeerReviewAssignments</name>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="70" />
        <location filename="../app/storage/peerreviewassignments.cpp" line="116" />
        <source>asking for a peer review of conversation %1</source>
        <translation>solicitando una revisión entre pares de la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="83" />
        <source>there is no conversation %1</source>
        <translation>no existe la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="86" />
        <source>conversation %1 was not handled by an agent: there is no colleague's work to review</source>
        <translation>la conversación %1 no la atendió ningún agente: no hay trabajo de un colega que revisar</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="90" />
        <source>there is no agent %1 to ask for the review</source>
        <translation>no existe el agente %1 a quien solicitar la revisión</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="93" />
        <source>agents do not peer-review their own conversations</source>
        <translation>los agentes no hacen revisiones entre pares de sus propias conversaciones</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="95" />
        <source>%1 is already asked to review this conversation</source>
        <translation>ya se solicitó a %1 revisar esta conversación</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="121" />
        <source>withdrawing peer review assignment %1</source>
        <translation>retirando la solicitud de revisión entre pares %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="128" />
        <source>%1 has reviewed conversation %2: a done review stays, as the record of who reviewed what</source>
        <translation>%1 ya revisó la conversación %2: una revisión hecha se conserva como registro de quién revisó qué</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="152" />
        <source>reading peer review assignments</source>
        <translation>leyendo las solicitudes de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="169" />
        <source>reading peer review assignment %1</source>
        <translation>leyendo la solicitud de revisión entre pares %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="173" />
        <source>there is no peer review assignment %1</source>
        <translation>no existe la solicitud de revisión entre pares %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PhraseRepository</name>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="129" />
        <source>there is no phrase %1</source>
        <translation>no existe la frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="138" />
        <source>adding a phrase</source>
        <translation>añadiendo una frase</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="167" />
        <source>saving phrase %1</source>
        <translation>guardando la frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="196" />
        <source>retiring phrase %1</source>
        <translation>retirando la frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="215" />
        <source>deleting phrase %1</source>
        <translation>eliminando la frase %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/phraserepository.cpp" line="221" />
        <source>phrase %1 is homework in %n session(s); retire it instead of deleting it</source>
        <translation><numerusform>la frase %1 está asignada como tarea en %n sesión; hay que retirarla en lugar de eliminarla</numerusform><numerusform>la frase %1 está asignada como tarea en %n sesiones; hay que retirarla en lugar de eliminarla</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaQueueRepository</name>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="208" />
        <source>the evaluation queue needs a period</source>
        <translation>la cola de evaluación necesita un periodo</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="251" />
        <source>reading the sample size</source>
        <translation>leyendo el tamaño de la muestra</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="259" />
        <source>the stored sample size '%1' is not a whole number from 1 to %2</source>
        <translation>el tamaño de muestra guardado «%1» no es un número entero de 1 a %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="269" />
        <source>the sample is 1 to %1 conversations per agent per week, not %2</source>
        <translation>la muestra es de 1 a %1 conversaciones por agente y semana, no %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="277" />
        <source>saving the sample size</source>
        <translation>guardando el tamaño de la muestra</translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaWriter</name>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="131" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>la evaluación tiene %1 respuestas para %2 criterios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="139" />
        <source>answer %1 of the evaluation gives %2 points, outside what its criterion allows</source>
        <translation>la respuesta %1 de la evaluación da %2 puntos, fuera de lo que permite su criterio</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="161" />
        <source>evaluation of conversation %1, which does not exist</source>
        <translation>evaluación de la conversación %1, que no existe</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="179" />
        <source>the evaluation has %1 answers and %2 comments for %3 criteria</source>
        <translation>la evaluación tiene %1 respuestas y %2 comentarios para %3 criterios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="210" />
        <source>an annotation points at criterion %1 of a scorecard with %2 criteria</source>
        <translation>una anotación apunta al criterio %1 de una ficha de evaluación con %2 criterios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="217" />
        <source>an annotation points at transcript line %1; lines start at 1</source>
        <translation>una anotación apunta a la línea %1 de la transcripción; las líneas empiezan en 1</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="218" />
        <source>an annotation points at second %1 of the call</source>
        <translation>una anotación apunta al segundo %1 de la llamada</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ReadSnapshot</name>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="82" />
        <source>could not start reading the source: %1</source>
        <translation>no se pudo empezar a leer el origen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="89" />
        <source>starting a snapshot of the source</source>
        <translation>iniciando una instantánea del origen</translation>
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
        <translation>no existe la versión de ficha de evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="146" />
        <location filename="../app/storage/scorecardrepository.cpp" line="163" />
        <location filename="../app/storage/scorecardrepository.cpp" line="198" />
        <source>there is no scorecard %1</source>
        <translation>no existe la ficha de evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="180" />
        <source>saving scorecard %1</source>
        <translation>guardando la ficha de evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="191" />
        <source>retiring scorecard %1</source>
        <translation>retirando la ficha de evaluación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="215" />
        <source>installing the default scorecards</source>
        <translation>instalando las fichas de evaluación predeterminadas</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ScorecardWriter</name>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="83" />
        <source>a scorecard named “%1” already exists; choose another name</source>
        <translation>ya existe una ficha de evaluación llamada «%1»; hay que elegir otro nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="134" />
        <source>the purpose of scorecard “%1” cannot change: evaluations use it</source>
        <translation>la finalidad de la ficha de evaluación «%1» no puede cambiar: hay evaluaciones que la usan</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Sql</name>
    <message>
        <location filename="../app/storage/sqlutil.cpp" line="36" />
        <source>%1 failed: no row was added</source>
        <translation>%1: falló; no se añadió ninguna fila</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TimelineRepository</name>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="125" />
        <source>QA evaluation by %1</source>
        <translation>Evaluación de calidad hecha por %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="146" />
        <source>Coaching session by %1</source>
        <translation>Sesión de coaching dirigida por %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="147" />
        <source>Coaching session by %1 on %2</source>
        <translation>Sesión de coaching dirigida por %1; enfoque: %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TranscriptRepository</name>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="87" />
        <source>reading the transcript of conversation %1</source>
        <translation>leyendo la transcripción de la conversación %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="102" />
        <source>replacing the transcript</source>
        <translation>reemplazando la transcripción</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="110" />
        <source>an annotation points at line %1 of the transcript, which the new transcript (%2 lines) does not have</source>
        <translation>una anotación apunta a la línea %1 de la transcripción, que la nueva transcripción (%2 líneas) no tiene</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="118" />
        <source>removing the old transcript</source>
        <translation>quitando la transcripción anterior</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="140" />
        <source>writing line %1 of the transcript</source>
        <translation>escribiendo la línea %1 de la transcripción</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Users</name>
    <message>
        <location filename="../app/storage/users.cpp" line="172" />
        <source>users and roles are for a database on a PostgreSQL server; in a database file the one local user is the admin</source>
        <translation>los usuarios y roles son para una base de datos en un servidor PostgreSQL; en un archivo de base de datos el único usuario local es el administrador</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="183" />
        <source>setting up the roles</source>
        <translation>configurando los roles</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="247" />
        <source>looking up agent %1</source>
        <translation>buscando al agente %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="249" />
        <source>there is no agent named '%1'</source>
        <translation>no hay ningún agente llamado '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="252" />
        <source>more than one agent is named '%1'</source>
        <translation>hay más de un agente llamado '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="264" />
        <source>looking up team %1</source>
        <translation>buscando el equipo %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="266" />
        <source>there is no team named '%1'</source>
        <translation>no hay ningún equipo llamado '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="277" />
        <source>'%1' cannot be a login: use lower-case letters, digits and _, starting with a letter or _</source>
        <translation>'%1' no puede ser un inicio de sesión: use minúsculas, dígitos y _, empezando por una letra o _</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="282" />
        <source>'%1' is the name of a group role</source>
        <translation>'%1' es el nombre de un rol de grupo</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="284" />
        <source>an agent's login needs the agent it belongs to</source>
        <translation>el inicio de sesión de un agente necesita el agente al que pertenece</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="286" />
        <source>a team leader's login needs the teams they lead</source>
        <translation>el inicio de sesión de un líder de equipo necesita los equipos que dirige</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="300" />
        <source>adding user %1</source>
        <translation>agregando al usuario %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="360" />
        <source>listing the users</source>
        <translation>listando los usuarios</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="379" />
        <source>reading the signed-in role</source>
        <translation>leyendo el rol de la sesión</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="389" />
        <source>reading who is signed in</source>
        <translation>leyendo quién ha iniciado sesión</translation>
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="29" />
        <source>No review notes on this conversation.</source>
        <translation>No hay notas de revisión en esta conversación.</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="42" />
        <source>Not evaluated yet: QA → Evaluate Conversation… (Ctrl+Shift+Q).</source>
        <translation>Todavía sin evaluar: Calidad → Evaluar conversación… (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59" />
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65" />
        <source> (talk only)</source>
        <translation> (solo conversación)</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="67" />
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="69" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="70" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>abandoned in queue</source>
        <translation>abandonada en cola</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="72" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="73" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="74" />
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="75" />
        <source>Talk</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="76" />
        <source>Hold</source>
        <translation>Espera en línea</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="77" />
        <source>After-call work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="78" />
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="79" />
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="80" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="82" />
        <source>%1 on a %2–%3 scale</source>
        <translation>%1 en una escala de %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="84" />
        <source>NPS answer</source>
        <translation>Respuesta NPS</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="85" />
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="87" />
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="19" />
        <source>Offered conversations</source>
        <translation>Conversaciones ofrecidas</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="21" />
        <source>Handled conversations</source>
        <translation>Conversaciones atendidas</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="23" />
        <source>Handled conversations with a handle time (AHT)</source>
        <translation>Conversaciones atendidas con tiempo de gestión (TMO)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="25" />
        <source>Answered conversations with a wait time (ASA)</source>
        <translation>Conversaciones atendidas con tiempo de espera (ASA)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="27" />
        <source>Conversations with a first-contact resolution outcome (FCR)</source>
        <translation>Conversaciones con resultado de resolución en el primer contacto (FCR)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="29" />
        <source>CSAT responses</source>
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="31" />
        <source>NPS responses</source>
        <translation>Respuestas NPS</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="33" />
        <source>Conversations with a sale</source>
        <translation>Conversaciones con venta</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="35" />
        <source>Abandoned conversations</source>
        <translation>Conversaciones abandonadas</translation>
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
        <translation>ya no está en la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="102" />
        <source>The conversation of %1</source>
        <translation>La conversación de %1</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="26" />
        <source>%1 /h</source>
        <translation>%1 /h</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="41" />
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="54" />
        <source>%1 better</source>
        <translation>%1 mejor</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="56" />
        <source>%1 worse</source>
        <translation>%1 peor</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="58" />
        <source>%1 same</source>
        <translation>%1 igual</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="69" />
        <source>Fast &amp; satisfied</source>
        <translation>Rápido y satisfecho</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="71" />
        <source>Slow &amp; satisfied</source>
        <translation>Lento y satisfecho</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="73" />
        <source>Fast &amp; unsatisfied</source>
        <translation>Rápido e insatisfecho</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="75" />
        <source>Slow &amp; unsatisfied</source>
        <translation>Lento e insatisfecho</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <location filename="../ui/agentview.cpp" line="39" />
        <source>KPI score</source>
        <translation>Puntuación de KPI</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="76" />
        <source>Back to the page the agent was opened from</source>
        <translation>Volver a la página desde la que se abrió el agente</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="88" />
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="89" />
        <source>Back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="90" />
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="113" />
        <source>Recent peer-review notes</source>
        <translation>Notas recientes de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="121" />
        <source>Peer-review notes on this agent's conversations</source>
        <translation>Notas de revisión entre pares sobre las conversaciones de este agente</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="140" />
        <source>QA evaluations (double-click to open the conversation)</source>
        <translation>Evaluaciones de calidad (doble clic para abrir la conversación)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="147" />
        <source>QA evaluations of this agent</source>
        <translation>Evaluaciones de calidad de este agente</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="173" />
        <source>The attendance warning ladder today (Coaching → Attendance)</source>
        <translation>La escala de advertencias de asistencia a día de hoy (Coaching → Asistencia)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="174" />
        <source>&amp;Plan coaching session…</source>
        <translation>&amp;Planificar sesión de coaching…</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="176" />
        <source>Plan a coaching session with this agent, the agenda proposed from the data</source>
        <translation>Planificar una sesión de coaching con este agente, con la agenda propuesta a partir de los datos</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="199" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="270" />
        <source>Could not load the agent: %1</source>
        <translation>No se pudo cargar el agente: %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="274" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % y TMO, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="279" />
        <source>Warning ladder: %1</source>
        <translation>Escala de advertencias: %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="289" />
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="297" />
        <source>%1 · %2 – %3 · %4 handled</source>
        <translation>%1 · %2 – %3 · %4 atendidas</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="298" />
        <source>no team</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="302" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="304" />
        <source>%1 % of weight has data</source>
        <translation>El %1 % del peso tiene datos</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="305" />
        <source>Weighted by the KPI plan of the agent's team (Settings → KPI plan).</source>
        <translation>Ponderada según el plan de KPI del equipo del agente (Configuración → Plan de KPI).</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="322" />
        <source>weight %1 % · n = %2</source>
        <translation>peso %1 % · n = %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="362" />
        <source>&lt;b&gt;Sales&lt;/b&gt;&lt;br&gt;%1 sales, %2&lt;br&gt;conversion %3 of %4 handled %5&lt;br&gt;&lt;a href="#sales"&gt;List the conversations with a sale&lt;/a&gt;</source>
        <translation>&lt;b&gt;Ventas&lt;/b&gt;&lt;br&gt;%1 ventas, %2&lt;br&gt;conversión %3 de %4 atendidas %5&lt;br&gt;&lt;a href="#sales"&gt;Ver las conversaciones con venta&lt;/a&gt;</translation>
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
        <location filename="../ui/agentspage.cpp" line="32" />
        <source>Filter agents by name</source>
        <translation>Filtrar agentes por nombre</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="42" />
        <source>Agent KPIs</source>
        <translation>KPI de agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="64" />
        <source>Could not load the agents' KPIs: %1</source>
        <translation>No se pudieron cargar los KPI de los agentes: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AmountEdit</name>
    <message>
        <location filename="../ui/amountedit.cpp" line="56" />
        <source>Not an amount: type digits with at most two decimals, e.g. 80.00.</source>
        <translation>No es un importe: escribir cifras con dos decimales como máximo, p. ej., 80.00.</translation>
    </message>
    <message>
        <location filename="../ui/amountedit.cpp" line="57" />
        <source>Not a percentage: type digits with at most two decimals, e.g. 2.5.</source>
        <translation>No es un porcentaje: escribir cifras con dos decimales como máximo, p. ej., 2.5.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="26" />
        <source>A&amp;t</source>
        <translation>&amp;En</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="30" />
        <source>A&amp;dd annotation</source>
        <translation>&amp;Añadir anotación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="31" />
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="35" />
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="37" />
        <source>Enter or a double click shows the moment in the transcript.</source>
        <translation>Enter o un doble clic muestra el momento en la transcripción.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="59" />
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="61" />
        <source>Moment of the call (mm:ss)</source>
        <translation>Momento de la llamada (mm:ss)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63" />
        <source>Criterion of the annotation</source>
        <translation>Criterio de la anotación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65" />
        <source>What happened at that moment</source>
        <translation>Qué pasó en ese momento</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="75" />
        <source>Criterio&amp;n:</source>
        <translation>&amp;Criterio:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="77" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119" />
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line %1</source>
        <translation>&amp;Línea %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line (select one)</source>
        <translation>&amp;Línea (seleccionar una)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="170" />
        <source>Select a line of the transcript, or type a moment of the call as mm:ss.</source>
        <translation>Seleccionar una línea de la transcripción o escribir un momento de la llamada como mm:ss.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="178" />
        <source>“%1” is not a moment of the call: type it as mm:ss, such as 01:23.</source>
        <translation>«%1» no es un momento de la llamada: escribirlo como mm:ss, por ejemplo 01:23.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AskPeerReviewDialog</name>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="26" />
        <source>&amp;Ask</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="28" />
        <source>Ask for a peer review</source>
        <translation>Solicitar una revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="41" />
        <source>&amp;Reviewer:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="46" />
        <source>The review goes on the colleague's to-review list (QA page, Peer Reviews). On a server, it is also what lets them open this conversation.</source>
        <translation>La revisión se añade a la lista de pendientes del colega (página Calidad, Revisiones entre pares). En un servidor, es también lo que le permite abrir esta conversación.</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="60" />
        <source>Who should review &lt;b&gt;%1&lt;/b&gt;, handled by %2 on %3?</source>
        <translation>¿Quién debe revisar &lt;b&gt;%1&lt;/b&gt;, atendida por %2 el %3?</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="80" />
        <source>No colleague of that day to ask.</source>
        <translation>No hay ningún colega de ese día a quien solicitarla.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="39" />
        <source>&amp;Remove day</source>
        <translation>&amp;Quitar día</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="42" />
        <source>Enter attendance</source>
        <translation>Registrar asistencia</translation>
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
        <translation>Solo para Retraso: cuántos minutos después del inicio del turno llegó el agente</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="64" />
        <source>Delete the stored row of this agent and day</source>
        <translation>Eliminar la fila guardada de este agente y día</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="68" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="69" />
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="70" />
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="71" />
        <source>S&amp;hift:</source>
        <translation>&amp;Turno:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="72" />
        <source>&amp;Late by:</source>
        <translation>&amp;Retraso:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="93" />
        <source>Could not list the agents: %1</source>
        <translation>No se pudieron listar los agentes: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="129" />
        <source>Could not read the stored shift: %1</source>
        <translation>No se pudo leer el turno guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="135" />
        <source>Stored: %1, %2 min</source>
        <translation>Guardado: %1, %2 min</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="139" />
        <source>, %1 min late</source>
        <translation>, %1 min de retraso</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="145" />
        <source>Nothing stored for this agent and day.</source>
        <translation>No hay nada guardado para este agente y día.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceStrip</name>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="26" />
        <source>Attendance calendar</source>
        <translation>Calendario de asistencia</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="34" />
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="36" />
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="38" />
        <source>Excused absence</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="40" />
        <source>Unexcused absence</source>
        <translation>Ausencia injustificada</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="42" />
        <source>No-call-no-show</source>
        <translation>Ausencia sin aviso</translation>
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
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="55" />
        <source>E</source>
        <comment>attendance: excused absence</comment>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="57" />
        <source>U</source>
        <comment>attendance: unexcused absence</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="59" />
        <source>N</source>
        <comment>attendance: no-call-no-show</comment>
        <translation>S</translation>
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
        <translation>Sin turno programado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/attendancestrip.cpp" line="226" />
        <source> by %n minute(s)</source>
        <translation><numerusform> de %n minuto</numerusform><numerusform> de %n minutos</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="228" />
        <source>Shift of %1 h</source>
        <translation>Turno de %1 h</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="231" />
        <source>Schedule adherence %1 %</source>
        <translation>Adherencia al horario %1 %</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="33" />
        <source>Audit Trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="51" />
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="53" />
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="54" />
        <source>Filter by name, action or change (Ctrl+F)</source>
        <translation>Filtrar por nombre, acción o cambio (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="56" />
        <source>Filter entries</source>
        <translation>Filtrar entradas</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="57" />
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="67" />
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="69" />
        <source>Recompute every entry's hash: an entry changed or deleted since shows here</source>
        <translation>Recalcula el hash de cada entrada: aquí aparece una entrada modificada o eliminada desde entonces</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="70" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="97" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="105" />
        <source>Could not read the audit log: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="115" />
        <source>%n of %1 entries shown.</source>
        <translation><numerusform>Se muestra %n de %1 entradas.</numerusform><numerusform>Se muestran %n de %1 entradas.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="122" />
        <source>Could not check the audit log: %1</source>
        <translation>No se pudo comprobar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="126" />
        <source>The chain is intact: %n entries, each matching its hash and following the one before. Last hash: %1.</source>
        <translation><numerusform>La cadena está intacta: %n entrada, que coincide con su hash y sigue a la anterior. Último hash: %1.</numerusform><numerusform>La cadena está intacta: %n entradas, cada una coincide con su hash y sigue a la anterior. Último hash: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="132" />
        <source>The chain is broken at entry %1: %2</source>
        <translation>La cadena está rota en la entrada %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="143" />
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="25" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bases de datos de Huddle (*.sqlite *.db *.huddle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="49" />
        <source>Back &amp;Up…</source>
        <translation>Copia de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="50" />
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="53" />
        <source>Write a copy of the open database to a file of your choice</source>
        <translation>Escribir una copia de la base de datos abierta en el archivo que elija</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55" />
        <source>Replace the open database with a backup; the replaced file is kept beside it</source>
        <translation>Reemplazar la base de datos abierta por una copia de seguridad; el archivo reemplazado se conserva a su lado</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="83" />
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87" />
        <location filename="../ui/backupactions.cpp" line="111" />
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="94" />
        <source>Open a database file first; a server's database is backed up with its own tools.</source>
        <translation>Abra primero un archivo de base de datos; la base de datos de un servidor se respalda con sus propias herramientas.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="99" />
        <source>%1 is the open database itself; choose another file for the backup.</source>
        <translation>%1 es la propia base de datos abierta; elija otro archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="101" />
        <source>Could not replace %1.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Backing up %1…</source>
        <translation>Haciendo la copia de seguridad de %1…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="117" />
        <source>Backup cancelled; no file was written.</source>
        <translation>Copia de seguridad cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="121" />
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="131" />
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="136" />
        <location filename="../ui/backupactions.cpp" line="150" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="142" />
        <source>Open the database file to restore first.</source>
        <translation>Abra primero el archivo de base de datos que quiere restaurar.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145" />
        <source>%1 is the open database itself; choose a backup.</source>
        <translation>%1 es la propia base de datos abierta; elija una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="151" />
        <source>Replace everything in %1 with the backup %2?

The current file is kept as %3.</source>
        <translation>¿Reemplazar todo el contenido de %1 por la copia de seguridad %2?

El archivo actual se conserva como %3.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="165" />
        <source>Restored %1 from %2; the previous data is in %3.</source>
        <translation>%1 restaurado desde %2; los datos anteriores están en %3.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusComponentForm</name>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="63" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="83" />
        <location filename="../ui/bonuscomponentform.cpp" line="161" />
        <source>Pa&amp;ys:</source>
        <translation>&amp;Paga:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="90" />
        <source>Amount per sale by tier</source>
        <translation>Importe por venta según el nivel</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Add tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Remove tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="99" />
        <source>Each sale earns its product tier's amount (as in the sales export).</source>
        <translation>Cada venta genera el importe del nivel de su producto (según la exportación de ventas).</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="105" />
        <source>Other &amp;tiers, per sale:</source>
        <translation>Otros niv&amp;eles, por venta:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="122" />
        <source>Below this sample no band applies, and the report says why.</source>
        <translation>Por debajo de esta muestra no se aplica ninguna banda, y el informe explica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="125" />
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Add band</source>
        <translation>Añadir banda</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Remove band</source>
        <translation>Quitar banda</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="131" />
        <source>A band pays when from ≤ value &lt; to; leave To empty for no upper end. Bands must not overlap.</source>
        <translation>Una banda paga cuando desde ≤ valor &lt; hasta; dejar Hasta vacío para que no tenga límite superior. Las bandas no deben solaparse.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="136" />
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="137" />
        <source>Minimum samp&amp;le:</source>
        <translation>Muestra mín&amp;ima:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="159" />
        <source>% of</source>
        <translation>% de</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="187" />
        <source>Component “%1”</source>
        <translation>Componente «%1»</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusConditionEdit</name>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="40" />
        <source>Below this sample the condition does not hold, and the report says why.</source>
        <translation>Por debajo de esta muestra la condición no se cumple, y el informe explica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="52" />
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="53" />
        <source>&amp;Holds when:</source>
        <translation>Se &amp;cumple si:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="54" />
        <source>Minimum samp&amp;le:</source>
        <translation>Muestra mín&amp;ima:</translation>
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
        <translation>El mes está cerrado; las filas mostradas son los datos actuales. El importe de arriba es el que quedó congelado al cerrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="56" />
        <source>Rows behind the amount</source>
        <translation>Filas de origen del importe</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="79" />
        <source>This line is not computed from rows of data; its sentence above says how it came about.</source>
        <translation>Esta línea no se calcula a partir de filas de datos; la frase de arriba explica de dónde sale.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="86" />
        <source>The rows could not be read: %1</source>
        <translation>No se pudieron leer las filas: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>No rows in this month.</source>
        <translation>No hay filas en este mes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>%n row(s)</source>
        <translation><numerusform>%n fila</numerusform><numerusform>%n filas</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusExporter</name>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="53" />
        <source>&amp;PDF report…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="54" />
        <source>&amp;XLSX workbook…</source>
        <translation>Libro &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="55" />
        <source>&amp;CSV (one row per agent and line)…</source>
        <translation>&amp;CSV (una fila por agente y línea)…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="72" />
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="92" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="93" />
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="118" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="120" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="122" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="134" />
        <source>Export bonus month</source>
        <translation>Exportar el mes de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="152" />
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusGateForm</name>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="47" />
        <source>&amp;Then:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="77" />
        <source>Gate “%1”</source>
        <translation>Condición de bloqueo «%1»</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="84" />
        <source>% of the components</source>
        <translation>% de los componentes</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusListButtons</name>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="23" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="24" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusLockDialog</name>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="36" />
        <source>Lock %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="37" />
        <source>Unlock %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="41" />
        <source>Your name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="42" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="45" />
        <source>e.g. Reviewed with the team leaders; sent to payroll</source>
        <translation>p. ej., Revisado con los supervisores; enviado a nóminas</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="46" />
        <source>Why the month must change, e.g. a corrected attendance export</source>
        <translation>Por qué debe cambiar el mes, p. ej., una exportación de asistencia corregida</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Lock month</source>
        <translation>Cerrar el mes</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Unlock month…</source>
        <translation>Reabrir el mes…</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="54" />
        <source>Your &amp;name:</source>
        <translation>Mi &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="55" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="95" />
        <source>Locking freezes %1 as it is on screen: the lines of %n agent(s)</source>
        <translation><numerusform>Al cerrar, %1 queda congelado tal como se ve en pantalla: las líneas de %n agente</numerusform><numerusform>Al cerrar, %1 queda congelado tal como se ve en pantalla: las líneas de %n agentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="98" />
        <source>in %n team(s), site total %1.</source>
        <translation><numerusform>en %n equipo, total del sitio %1.</numerusform><numerusform>en %n equipos, total del sitio %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="101" />
        <source>Plans used: %1.</source>
        <translation>Planes usados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="104" />
        <source>The plans and the SHA-256 of the CSV export are kept with the lock. The month is then read back as locked, never recomputed; data arriving later for it are paid as adjustments in the next open month.</source>
        <translation>Los planes y el SHA-256 de la exportación CSV se guardan con el cierre. A partir de entonces, el mes se lee tal como quedó cerrado y nunca se recalcula; los datos que lleguen más tarde para ese mes se pagan como ajustes en el siguiente mes abierto.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="115" />
        <source>Unlocking is an admin action: %1 is then recomputed from today's data and can be locked again. The lock stays in the history and the unlock is written to the audit log with your name and reason. A later locked month must be unlocked first.</source>
        <translation>Reabrir es una acción de administración: %1 se recalcula con los datos actuales y se puede volver a cerrar. El cierre queda en el historial y la reapertura se anota en el registro de auditoría con el nombre y el motivo indicados. Si hay un mes posterior cerrado, primero hay que reabrirlo.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="127" />
        <source>Give your name and a reason first</source>
        <translation>Primero hay que indicar el nombre y un motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="150" />
        <source>Not locked: %1</source>
        <translation>No se cerró: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="151" />
        <source>Not unlocked: %1</source>
        <translation>No se reabrió: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="166" />
        <source>Unlock %1? Its figures may change once it is recomputed.</source>
        <translation>¿Reabrir %1? Sus cifras pueden cambiar al recalcularse.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusMonthPicker</name>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="18" />
        <location filename="../ui/bonusmonthpicker.cpp" line="19" />
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="21" />
        <location filename="../ui/bonusmonthpicker.cpp" line="22" />
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="26" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="27" />
        <source>The month to compute: type it, or step it with the arrow keys</source>
        <translation>El mes que calcular: escribirlo o cambiarlo con las teclas de flecha</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPage</name>
    <message>
        <location filename="../ui/bonuspage.cpp" line="46" />
        <source>Edit &amp;plans…</source>
        <translation>Editar &amp;planes…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="48" />
        <source>&amp;Lock month…</source>
        <translation>&amp;Cerrar el mes…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="49" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="89" />
        <source>Bonus per team, agent and line</source>
        <translation>Bono por equipo, agente y línea</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="138" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="140" />
        <location filename="../ui/bonuspage.cpp" line="296" />
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="141" />
        <source>Filter agents (Ctrl+F)</source>
        <translation>Filtrar agentes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="142" />
        <source>Filter agents by name</source>
        <translation>Filtrar agentes por nombre</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="145" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="146" />
        <source>Export the month as a PDF report, an XLSX workbook or CSV (Ctrl+E)</source>
        <translation>Exportar el mes como informe PDF, libro XLSX o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="150" />
        <source>The bonus plans of the site and its teams, versioned by month</source>
        <translation>Los planes de bonos del sitio y de sus equipos, con versiones por mes</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="151" />
        <location filename="../ui/bonuspage.cpp" line="344" />
        <source>Freeze this month's results after review (Ctrl+L)</source>
        <translation>Congelar los resultados de este mes tras revisarlos (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="152" />
        <source>Lift the lock: an audited admin action that needs a reason</source>
        <translation>Reabrir el mes: una acción de administración auditada que requiere un motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="159" />
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="180" />
        <source>Filter agents and lines</source>
        <translation>Filtrar agentes y líneas</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="184" />
        <source>Lock the month…</source>
        <translation>Cerrar el mes…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="189" />
        <source>Export the bonus report</source>
        <translation>Exportar el informe de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="194" />
        <source>Compute the month again</source>
        <translation>Volver a calcular el mes</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="343" />
        <source>%1 can be locked once it has ended</source>
        <translation>%1 se puede cerrar cuando haya terminado</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPageText</name>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="18" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Cerrado por %1 el %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="27" />
        <source>the built-in example plan</source>
        <translation>el plan de ejemplo integrado</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="28" />
        <source>“%1” version %2, valid from %3</source>
        <translation>«%1» versión %2, vigente desde %3</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="38" />
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="42" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="50" />
        <source>%1 could not be computed: %2</source>
        <translation>No se pudo calcular %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="53" />
        <source>Computing %1…</source>
        <translation>Calculando %1…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="54" />
        <source>%1: not computed yet.</source>
        <translation>%1: todavía sin calcular.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="58" />
        <source>Plans used: %1</source>
        <translation>Planes usados: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="62" />
        <source>%1 — %2
Frozen: later data for this month are paid as adjustments in the next open month.</source>
        <translation>%1 — %2
Congelado: los datos que lleguen más tarde para este mes se pagan como ajustes en el siguiente mes abierto.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="67" />
        <source>%1 — Open: figures may still change. Lock the month once it has been reviewed.</source>
        <translation>%1 — Abierto: las cifras todavía pueden cambiar. Cerrar el mes una vez revisado.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="68" />
        <source>%1 — Open: figures may still change; the month has not ended yet.</source>
        <translation>%1 — Abierto: las cifras todavía pueden cambiar; el mes aún no ha terminado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="78" />
        <source>%1 %2 (%n agent(s))</source>
        <translation><numerusform>%1 %2 (%n agente)</numerusform><numerusform>%1 %2 (%n agentes)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="81" />
        <source>&lt;b&gt;Site total %1&lt;/b&gt; · %n agent(s)</source>
        <translation><numerusform>&lt;b&gt;Total del sitio %1&lt;/b&gt; · %n agente</numerusform><numerusform>&lt;b&gt;Total del sitio %1&lt;/b&gt; · %n agentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="97" />
        <source>Shown: %n agent(s), %1</source>
        <translation><numerusform>Mostrado: %n agente, %1</numerusform><numerusform>Mostrados: %n agentes, %1</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanDialog</name>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="37" />
        <source>Bonus plans (*.json);;All files (*)</source>
        <translation>Planes de bonos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="67" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="68" />
        <source>&amp;Save version</source>
        <translation>&amp;Guardar versión</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="70" />
        <source>Bonus plans</source>
        <translation>Planes de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="84" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="117" />
        <source>Bonus plan versions</source>
        <translation>Versiones del plan de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="121" />
        <source>&amp;New version…</source>
        <translation>&amp;Nueva versión…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="124" />
        <source>Copies the selected plan into a draft to change and save as a new version.</source>
        <translation>Copia el plan seleccionado en un borrador para modificarlo y guardarlo como versión nueva.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="125" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="126" />
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="130" />
        <source>Import a bonus plan</source>
        <translation>Importar un plan de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="137" />
        <source>Export the bonus plan</source>
        <translation>Exportar el plan de bonos</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="148" />
        <source>&lt;b&gt;Plan versions&lt;/b&gt; — a team without a plan of its own uses the site's.</source>
        <translation>&lt;b&gt;Versiones del plan&lt;/b&gt; — un equipo sin plan propio usa el del sitio.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="247" />
        <source>A draft copy: change it, choose who it is for and from which month, then save.</source>
        <translation>Una copia en borrador: modificarla, elegir para quién es y desde qué mes, y guardarla.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="267" />
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="275" />
        <location filename="../ui/bonusplandialog.cpp" line="284" />
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="287" />
        <source>Not saved: %1. The list now shows that version; your draft is unchanged.</source>
        <translation>No guardado: %1. La lista ya muestra esa versión; su borrador no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="301" />
        <source>Saved version %1 for %2, valid from %3.</source>
        <translation>Versión %1 guardada para %2, vigente desde %3.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="315" />
        <source>Not imported from %1: %2</source>
        <translation>No se importó de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="321" />
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="322" />
        <source>Imported “%1” from %2 as a draft: choose who it is for and from which month, then save.</source>
        <translation>Se importó «%1» de %2 como borrador: elegir para quién es y desde qué mes, y guardarlo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="331" />
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="334" />
        <source>Exported “%1” to %2.</source>
        <translation>Se exportó «%1» a %2.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="361" />
        <source>Unsaved draft</source>
        <translation>Borrador sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="362" />
        <source>Save the draft of “%1” as a new version first?</source>
        <translation>¿Guardar antes el borrador de «%1» como versión nueva?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanEditor</name>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="39" />
        <source>&amp;Cap per agent:</source>
        <translation>&amp;Tope por agente:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="46" />
        <source>Com&amp;ponents</source>
        <translation>Com&amp;ponentes</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="47" />
        <source>&amp;Gates</source>
        <translation>Condiciones de &amp;bloqueo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="48" />
        <source>Score &amp;weights</source>
        <translation>Pe&amp;sos de la puntuación</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="75" />
        <source>The most an agent can earn in a month, after the gates.</source>
        <translation>Lo máximo que puede cobrar un agente en un mes, después de las condiciones de bloqueo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="81" />
        <source>Plan n&amp;ame:</source>
        <translation>Nombre del pl&amp;an:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="95" />
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <source>Add component</source>
        <translation>Añadir componente</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="112" />
        <source>Gates</source>
        <translation>Condiciones de bloqueo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Add gate</source>
        <translation>Añadir condición de bloqueo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="120" />
        <source>Gates apply in this order to the components' total; a gate that sets the bonus to 0 ends the chain.</source>
        <translation>Las condiciones de bloqueo se aplican en este orden al total de los componentes; una condición de bloqueo que deja el bono en 0 termina la cadena.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="136" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="138" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="140" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="142" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="171" />
        <source>Com&amp;ponents (%L1)</source>
        <translation>Com&amp;ponentes (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="172" />
        <source>&amp;Gates (%L1)</source>
        <translation>Condiciones de &amp;bloqueo (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✔ The plan is valid.</source>
        <translation>✔ El plan es válido.</translation>
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
        <translation>El primer mes al que se aplica la versión nueva.</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="44" />
        <source>Why this version (kept in the audit log)</source>
        <translation>Por qué esta versión (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="45" />
        <source>New version (draft)</source>
        <translation>Versión nueva (borrador)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="47" />
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="49" />
        <source>&amp;Valid from:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="51" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="78" />
        <source>Site (every team without a plan of its own)</source>
        <translation>Sitio (todos los equipos sin plan propio)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusWeightsEdit</name>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="19" />
        <source>This plan weighs the &amp;KPIs itself (otherwise the team's KPI plan decides)</source>
        <translation>Este plan pondera los &amp;KPI por sí mismo (si no, decide el plan de KPI del equipo)</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="73" />
        <source>Weights total %1 %.</source>
        <translation>Los pesos suman %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="74" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>Los pesos suman %1 % — deben sumar 100 %.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationResultsView</name>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="39" />
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Agreement per criterion</source>
        <translation>Concordancia por criterio</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="41" />
        <source>Evaluators by mean deviation</source>
        <translation>Evaluadores por desviación media</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="43" />
        <source>Conversations with the widest spread</source>
        <translation>Conversaciones con mayor dispersión</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="45" />
        <source>Every total</source>
        <translation>Todos los totales</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Calibration agreement</source>
        <translation>Concordancia de la calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Evaluators, strictest first</source>
        <translation>Evaluadores, primero los más estrictos</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Calibration evaluators</source>
        <translation>Evaluadores de la calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="59" />
        <source>Widest spread (double-click for each evaluator's total)</source>
        <translation>Mayor dispersión (doble clic para ver el total de cada evaluador)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="60" />
        <source>Calibration spread</source>
        <translation>Dispersión de la calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Every total: conversation × evaluator</source>
        <translation>Todos los totales: conversación × evaluador</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Calibration totals</source>
        <translation>Totales de la calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="86" />
        <source>Calibration scores never count in agents' QA %.</source>
        <translation>Las puntuaciones de calibración nunca cuentan en el % de calidad de los agentes.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="88" />
        <source>Blind calibration scores measure the evaluators, not the agents: they are left out of every QA average, KPI and bonus.</source>
        <translation>Las puntuaciones ciegas de calibración miden a los evaluadores, no a los agentes: quedan fuera de todos los promedios de calidad, KPI y bonos.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="102" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="103" />
        <source>Save this table as CSV or Excel</source>
        <translation>Guardar esta tabla como CSV o Excel</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="121" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversations × %4 evaluators · closed %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversaciones × %4 evaluadores · cerrada el %5</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="127" />
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="129" />
        <source>Krippendorff's α of the total scores (interval metric)</source>
        <translation>α de Krippendorff de las puntuaciones totales (métrica de intervalo)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="161" />
        <source>Totals of %1</source>
        <translation>Totales de %1</translation>
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
        <translation>Nueva sesión de calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="52" />
        <source>e.g. Chat calibration, week 12</source>
        <translation>p. ej., Calibración de chat, semana 12</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="53" />
        <source>Search by conversation or customer id</source>
        <translation>Buscar por id de conversación o de cliente</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="55" />
        <source>Conversations to score</source>
        <translation>Conversaciones que puntuar</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="58" />
        <source>Evaluators</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="60" />
        <source>One name per line, as each evaluator enters it under Settings → Your name.</source>
        <translation>Un nombre por línea, tal como cada evaluador lo escribe en Configuración → Mi nombre.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="64" />
        <source>&amp;Create session</source>
        <translation>&amp;Crear sesión</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="67" />
        <source>Each evaluator scores every conversation blind: nobody sees another's scores until the session is closed. Calibration scores never count in agents' QA %.</source>
        <translation>Cada evaluador puntúa a ciegas todas las conversaciones: nadie ve las puntuaciones de los demás hasta que se cierra la sesión. Las puntuaciones de calibración nunca cuentan en el % de calidad de los agentes.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="73" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Ficha de evaluación:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="74" />
        <source>Con&amp;versations:</source>
        <translation>Con&amp;versaciones:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="77" />
        <source>&amp;Evaluators
(one per line):</source>
        <translation>&amp;Evaluadores
(uno por línea):</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="107" />
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="137" />
        <source>Could not list conversations: %1</source>
        <translation>No se pudieron listar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="182" />
        <source>Give the session a name.</source>
        <translation>Falta el nombre de la sesión.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="184" />
        <source>There is no QA scorecard yet: create one in the scorecard designer first.</source>
        <translation>Todavía no hay ninguna ficha de evaluación de calidad: primero hay que crear una en el diseñador de fichas de evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="186" />
        <source>Tick at least one conversation to score.</source>
        <translation>Marcar al menos una conversación para puntuar.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="188" />
        <source>Name at least two evaluators, one per line: agreement needs two opinions.</source>
        <translation>Indicar al menos dos evaluadores, uno por línea: la concordancia necesita dos opiniones.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="192" />
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="200" />
        <source>%1 conversations × %2 evaluators = %3 scores to give</source>
        <translation>%1 conversaciones × %2 evaluadores = %3 puntuaciones que dar</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationView</name>
    <message>
        <location filename="../ui/calibrationview.cpp" line="28" />
        <source>Calibration sessions</source>
        <translation>Sesiones de calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="29" />
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="30" />
        <source>C&amp;lose session…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="40" />
        <source>Close the session: every evaluator's scores become visible and the results appear</source>
        <translation>Cerrar la sesión: las puntuaciones de todos los evaluadores se hacen visibles y aparecen los resultados</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="44" />
        <source>Evaluators score the same conversations blind; closing the session shows how far they agree. Calibration scores never count in QA %.</source>
        <translation>Los evaluadores puntúan a ciegas las mismas conversaciones; al cerrar la sesión se ve cuánto coinciden. Las puntuaciones de calibración nunca cuentan en el % de calidad.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="95" />
        <source>Could not load the sessions: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="125" />
        <source>Select a session, or create one with New session…</source>
        <translation>Seleccionar una sesión o crear una con Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="136" />
        <source>Could not compute the results: %1</source>
        <translation>No se pudieron calcular los resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="165" />
        <source>Close “%1”? Every evaluator's scores become visible to everyone, the results are computed, and no more scores can be added.</source>
        <translation>¿Cerrar «%1»? Las puntuaciones de todos los evaluadores se harán visibles para todos, se calcularán los resultados y ya no se podrán añadir más puntuaciones.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="171" />
        <source>Only %1 are in so far.</source>
        <translation>Por ahora solo se han recibido %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="172" />
        <location filename="../ui/calibrationview.cpp" line="191" />
        <source>Close calibration session</source>
        <translation>Cerrar sesión de calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="174" />
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationWorklist</name>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="22" />
        <source>Your calibration worklist</source>
        <translation>Mi lista de trabajo de calibración</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="24" />
        <source>&amp;Score…</source>
        <translation>&amp;Puntuar…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="27" />
        <source>Score the selected conversation blind (Enter)</source>
        <translation>Puntuar a ciegas la conversación seleccionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="78" />
        <source>Could not load your worklist: %1</source>
        <translation>No se pudo cargar la lista de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="91" />
        <source>All evaluators together: %1.</source>
        <translation>Todos los evaluadores en conjunto: %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="94" />
        <source>You (%1) are not an evaluator of “%2”; its evaluators are %3. %4</source>
        <translation>El nombre actual (%1) no figura entre los evaluadores de «%2», que son %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="99" />
        <source>Your scores in “%1”: %2 of %3 conversations published. %4 Others' scores stay hidden until the session is closed.</source>
        <translation>Mis puntuaciones en «%1»: %2 de %3 conversaciones publicadas. %4 Las puntuaciones de los demás permanecen ocultas hasta que se cierre la sesión.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="35" />
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="41" />
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="69" />
        <source>Unknown chart format "%1": use .png, .svg or .pdf</source>
        <translation>Formato de gráfico desconocido «%1»: usar .png, .svg o .pdf</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="127" />
        <source>Could not start printing</source>
        <translation>No se pudo iniciar la impresión</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="135" />
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="136" />
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="137" />
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="141" />
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingAttendanceTab</name>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="27" />
        <source>Warning ladder: no steps.</source>
        <translation>Escala de advertencias: sin niveles.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="28" />
        <source>Warning ladder: %1, counting violations over %2 days.</source>
        <translation>Escala de advertencias: %1, con infracciones contadas en %2 días.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="40" />
        <source>&amp;Enter attendance…</source>
        <translation>&amp;Registrar asistencia…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="41" />
        <source>&amp;Warning ladder…</source>
        <translation>&amp;Escala de advertencias…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="44" />
        <source>Attendance violations per agent and month</source>
        <translation>Infracciones de asistencia por agente y mes</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="51" />
        <source>Enter or correct one shift of an agent (Enter on a row: that agent)</source>
        <translation>Registrar o corregir un turno de un agente (Enter en una fila: ese agente)</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="53" />
        <source>Change the site's warning ladder: its steps and window</source>
        <translation>Cambiar la escala de advertencias del sitio: sus niveles y su ventana</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="62" />
        <source>&amp;Violations per month — unexcused absences and no-call-no-shows; the stage is today's</source>
        <translation>&amp;Infracciones por mes — ausencias injustificadas y ausencias sin aviso; la etapa es la de hoy</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="75" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="125" />
        <source>Could not load attendance: %1</source>
        <translation>No se pudo cargar la asistencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="135" />
        <source>%1 agents, %2 violations in the period; %3 agents on a warning step today.</source>
        <translation>%1 agentes, %2 infracciones en el periodo; %3 agentes en un nivel de advertencia hoy.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingEffectTab</name>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="27" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="28" />
        <source>Days before and after a session</source>
        <translation>Días antes y después de una sesión</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="29" />
        <source>How many days before and after each session its focus KPIs are compared over (a site setting)</source>
        <translation>Cuántos días antes y después de cada sesión se comparan sus KPI de enfoque (configuración del sitio)</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="35" />
        <source>Focus areas by effect</source>
        <translation>Áreas de enfoque por efecto</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="42" />
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="50" />
        <source>&amp;Focus areas — which KPIs moved most after coaching</source>
        <translation>&amp;Áreas de enfoque — qué KPI cambiaron más después del coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="60" />
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="104" />
        <source>Could not measure the effect: %1</source>
        <translation>No se pudo medir el efecto: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="111" />
        <source>After coaching, over %1 days before vs %1 after; sessions with n &lt; %2 are not judged.</source>
        <translation>Después del coaching, %1 días antes frente a %1 después; las sesiones con n &lt; %2 no se juzgan.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="121" />
        <source>%1 sessions with a focus in the period; %2 focus KPIs judged.</source>
        <translation>%1 sesiones con enfoque en el periodo; %2 KPI de enfoque juzgados.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="132" />
        <source>Could not save the window: %1</source>
        <translation>No se pudo guardar la ventana: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingFollowUpsTab</name>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="23" />
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="24" />
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="28" />
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="30" />
        <source>Open action items</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="34" />
        <source>Open the session the selected follow-up belongs to (Enter)</source>
        <translation>Abrir la sesión a la que pertenece el seguimiento seleccionado (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="37" />
        <source>Mark the selected action item done today (Space); reopen it from its session</source>
        <translation>Marcar hoy como hecha la acción seleccionada (Espacio); para reabrirla, hacerlo desde su sesión</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="43" />
        <source>&amp;Follow-ups — agents due another conversation</source>
        <translation>&amp;Seguimientos — agentes a los que les toca otra conversación</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="44" />
        <source>Open &amp;action items of the team</source>
        <translation>A&amp;cciones abiertas del equipo</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="61" />
        <source>Mark the selected action done (on the list of actions)</source>
        <translation>Marcar como hecha la acción seleccionada (en la lista de acciones)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="123" />
        <source>Could not load the follow-ups: %1</source>
        <translation>No se pudieron cargar los seguimientos: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="126" />
        <source>%1 follow-ups (%2 overdue), %3 open action items (%4 overdue).</source>
        <translation>%1 seguimientos (%2 vencidos), %3 acciones abiertas (%4 vencidas).</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="142" />
        <source>Follow-ups (%1 overdue)</source>
        <translation>Seguimientos (%1 vencidos)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups (%1)</source>
        <translation>Seguimientos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="164" />
        <source>Could not mark “%1” done: %2</source>
        <translation>No se pudo marcar «%1» como hecha: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPage</name>
    <message>
        <location filename="../ui/coachingpage.cpp" line="33" />
        <source>Follow-ups due and overdue, and the team's open action items</source>
        <translation>Seguimientos por vencer y vencidos, y las acciones abiertas del equipo</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="34" />
        <source>Coaching sessions of the period: plan, run and close them</source>
        <translation>Sesiones de coaching del periodo: planificarlas, realizarlas y cerrarlas</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="35" />
        <source>Which focus areas moved most after coaching</source>
        <translation>Qué áreas de enfoque cambiaron más después del coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="36" />
        <source>The shared library of script rewrites, set as homework</source>
        <translation>La biblioteca compartida de reformulaciones del guion, asignadas como tarea</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="38" />
        <source>Attendance violations per agent and month, and the warning ladder</source>
        <translation>Infracciones de asistencia por agente y mes, y la escala de advertencias</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="148" />
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="154" />
        <source>Conversation %1, discussed in a coaching session</source>
        <translation>Conversación %1, tratada en una sesión de coaching</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhraseDialog</name>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="30" />
        <source>Can you tell me more about the problem that you're experiencing?</source>
        <translation>¿Podría contarme un poco más sobre el problema que está teniendo?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="31" />
        <source>Please tell me what happened?</source>
        <translation>¿Me cuenta qué pasó?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="33" />
        <source>&amp;Checked for CSAT impact</source>
        <translation>Impacto en CSAT &amp;verificado</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="37" />
        <source>Add phrase</source>
        <translation>Añadir frase</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="41" />
        <source>opening, complaint, closing</source>
        <translation>apertura, queja, cierre</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="42" />
        <source>The situations the phrase fits, separated by commas</source>
        <translation>Las situaciones en las que encaja la frase, separadas por comas</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="60" />
        <source>How it was checked, e.g. “A/B on 400 chats, +3 pts”</source>
        <translation>Cómo se verificó, p. ej., «A/B en 400 chats, +3 pts»</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="64" />
        <source>&amp;Longer (what agents say):</source>
        <translation>Más &amp;larga (lo que dicen los agentes):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="65" />
        <source>&amp;Shorter (say this instead):</source>
        <translation>Más &amp;corta (lo que decir en su lugar):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="66" />
        <source>S&amp;ituations:</source>
        <translation>S&amp;ituaciones:</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="68" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhrasesTab</name>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="33" />
        <source>Show &amp;retired</source>
        <translation>Mostrar &amp;retiradas</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="34" />
        <source>&amp;Add phrase…</source>
        <translation>&amp;Añadir frase…</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="35" />
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;tire</source>
        <translation>R&amp;etirar</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="41" />
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="44" />
        <location filename="../ui/coachingphrasestab.cpp" line="46" />
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="48" />
        <source>Also list retired phrases (in grey); sessions that set them keep them</source>
        <translation>Mostrar también las frases retiradas (en gris); las sesiones que las asignaron las conservan</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="51" />
        <location filename="../ui/coachingphrasestab.cpp" line="283" />
        <source>Retire the selected phrase: it is no longer offered as homework</source>
        <translation>Retirar la frase seleccionada: ya no se ofrece como tarea</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="57" />
        <source>Phrase library</source>
        <translation>Biblioteca de frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="70" />
        <location filename="../ui/coachingphrasestab.cpp" line="209" />
        <source>All situations</source>
        <translation>Todas las situaciones</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="92" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="95" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="113" />
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituación:</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="135" />
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="168" />
        <source>Could not load the phrases: %1</source>
        <translation>No se pudieron cargar las frases: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="197" />
        <source>Could not load the situations: %1</source>
        <translation>No se pudieron cargar las situaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="236" />
        <source>Could not add the phrase: %1</source>
        <translation>No se pudo añadir la frase: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;store</source>
        <translation>R&amp;estaurar</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="282" />
        <source>Restore the selected phrase: it is offered as homework again</source>
        <translation>Restaurar la frase seleccionada: vuelve a ofrecerse como tarea</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="296" />
        <source>%1 phrases</source>
        <translation>%1 frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="297" />
        <source>%1 of %2 phrases</source>
        <translation>%1 de %2 frases</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingSessionsTab</name>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="26" />
        <source>&amp;Plan session…</source>
        <translation>&amp;Planificar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="27" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="28" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="33" />
        <source>Session status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="34" />
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="39" />
        <source>Search by agent</source>
        <translation>Buscar por agente</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="41" />
        <source>Search sessions by agent</source>
        <translation>Buscar sesiones por agente</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="44" />
        <source>Coaching sessions</source>
        <translation>Sesiones de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="47" />
        <source>Plan a session with an agenda proposed from the data (Ctrl+Shift+N)</source>
        <translation>Planificar una sesión con una agenda propuesta a partir de los datos (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="49" />
        <source>Open the selected session (Enter)</source>
        <translation>Abrir la sesión seleccionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="51" />
        <source>Delete the selected session; only planned sessions can be deleted</source>
        <translation>Eliminar la sesión seleccionada; solo se pueden eliminar las sesiones planificadas</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="72" />
        <source>Plan a coaching session</source>
        <translation>Planificar una sesión de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="82" />
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="132" />
        <source>Could not load the sessions: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="141" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="176" />
        <source>the session with %1 planned for %2</source>
        <translation>la sesión con %1 planificada para el %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="178" />
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="179" />
        <source>Delete %1, with its agenda? This cannot be undone.</source>
        <translation>¿Eliminar %1, con su agenda? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="185" />
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="213" />
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="214" />
        <source>%1 of %2 sessions</source>
        <translation>%1 de %2 sesiones</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ComparePicker</name>
    <message>
        <location filename="../ui/comparepicker.cpp" line="25" />
        <source>Compare agents</source>
        <translation>Comparar agentes</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="26" />
        <source>Filter by name or team</source>
        <translation>Filtrar por nombre o equipo</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="28" />
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="29" />
        <source>Agents to compare</source>
        <translation>Agentes que comparar</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="31" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="48" />
        <source>C&amp;lear</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="82" />
        <source>At most %1 agents fit on one chart: untick one before adding %2.</source>
        <translation>Caben como máximo %1 agentes en un gráfico: desmarcar uno antes de añadir a %2.</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="103" />
        <source>Tick up to %1 agents to draw side by side on the trend chart (%2 ticked).</source>
        <translation>Marcar hasta %1 agentes para mostrarlos juntos en el gráfico de tendencia (%2 marcados).</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="25" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28" />
        <source>Connect to Server</source>
        <translation>Conectar con el servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29" />
        <source>e.g. db.example.com</source>
        <translation>p. ej., db.ejemplo.com</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32" />
        <source>e.g. contact_centre</source>
        <translation>p. ej., centro_de_contacto</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35" />
        <source>Use TLS when the server offers it</source>
        <translation>Usar TLS cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="36" />
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37" />
        <source>Require TLS and verify the server's certificate and name</source>
        <translation>Exigir TLS y verificar el certificado y el nombre del servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39" />
        <source>No TLS (trusted networks only)</source>
        <translation>Sin TLS (solo en redes de confianza)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="45" />
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="46" />
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="47" />
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="51" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="57" />
        <source>The PostgreSQL database your site's supervisors share. Your site's IT can give you these details.</source>
        <translation>La base de datos PostgreSQL que comparten los supervisores de su sitio. El departamento de TI de su sitio puede darle estos datos.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="109" />
        <source>Enter the server's host name or address.</source>
        <translation>Indique el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111" />
        <source>Enter the name of the database on the server.</source>
        <translation>Indique el nombre de la base de datos en el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="113" />
        <source>Enter your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationPanel</name>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="28" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="29" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="30" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="31" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="32" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="33" />
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="34" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="35" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="36" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="37" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="52" />
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>&amp;Attach transcript…</source>
        <translation>&amp;Adjuntar transcripción…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="56" />
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="72" />
        <source>A text file with one utterance per line: “[mm:ss] Speaker: text”.</source>
        <translation>Un archivo de texto con una intervención por línea: «[mm:ss] Hablante: texto».</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="80" />
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transcripción&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="156" />
        <source> (talk only)</source>
        <translation> (solo conversación)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="158" />
        <source>%1 on %2–%3</source>
        <translation>%1 en %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="170" />
        <source>No transcript.
Attach one as a text file.</source>
        <translation>No hay transcripción.
Adjuntar una como archivo de texto.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="171" />
        <source>No transcript stored.
Transcript reference: %1</source>
        <translation>No hay ninguna transcripción guardada.
Referencia de la transcripción: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>Replace t&amp;ranscript…</source>
        <translation>Reemplazar t&amp;ranscripción…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="206" />
        <source>Attach a transcript</source>
        <translation>Adjuntar una transcripción</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="207" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="217" />
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50" />
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation>Buscar id de conversación o de cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="52" />
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="59" />
        <source>Search the conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="72" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="79" />
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="173" />
        <source>&lt;b&gt;Drill-down:&lt;/b&gt; %1 — %2 listed</source>
        <translation>&lt;b&gt;Desglose:&lt;/b&gt; %1 — %2 en la lista</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="176" />
        <source> (the figure's n = %1)</source>
        <translation> (n de la cifra = %1)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="178" />
        <source>; narrowed further by the search</source>
        <translation>; acotado además por la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="76" />
        <location filename="../ui/conversationspage.cpp" line="122" />
        <source>Could not load conversations: %1</source>
        <translation>No se pudieron cargar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="37" />
        <source>Show the &amp;whole scope</source>
        <translation>Mostrar &amp;toda la selección</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="38" />
        <source>Leave the drill-down and show every conversation of the scope</source>
        <translation>Salir del desglose y mostrar todas las conversaciones de la selección</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="125" />
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionAnswersEdit</name>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="29" />
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="30" />
        <source>%1 · critical</source>
        <translation>%1 · crítico</translation>
    </message>
    <message>
        <location filename="../ui/criterionanswersedit.cpp" line="57" />
        <source>%1 (contested)</source>
        <translation>%1 (impugnado)</translation>
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
        <translation>1 a 5</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="45" />
        <source>%1, or A for N/A</source>
        <translation>%1, o A para N/A</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="46" />
        <source>%1 (N/A is not allowed)</source>
        <translation>%1 (no se permite N/A)</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="55" />
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="97" />
        <source>Keys: ↑/↓ or K/J move · Y/N yes or no · 1–5 scale · A or 0 N/A · Enter next unanswered · C comment · Ctrl+Z undo · Ctrl+S save draft · Ctrl+Enter publish</source>
        <translation>Teclas: ↑/↓ o K/J mover · Y/N sí o no · 1–5 escala · A o 0 N/A · Enter siguiente sin responder · C comentario · Ctrl+Z deshacer · Ctrl+S guardar borrador · Ctrl+Enter publicar</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="143" />
        <source>This evaluation is read-only.</source>
        <translation>Esta evaluación es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="145" />
        <source>“%1” takes %2.</source>
        <translation>«%1» admite %2.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionPanel</name>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="19" />
        <source>yes / no</source>
        <translation>sí / no</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="20" />
        <source>scale 1–5</source>
        <translation>escala 1–5</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="22" />
        <source>, N/A allowed</source>
        <translation>, se permite N/A</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="24" />
        <source>, &lt;b style='color:#b3261e'&gt;auto-fail&lt;/b&gt;</source>
        <translation>, &lt;b style='color:#b3261e'&gt;eliminatorio&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="45" />
        <source>Comment on this criterion (C) — Enter or Esc returns to the list</source>
        <translation>Comentario sobre este criterio (C) — Enter o Esc vuelve a la lista</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="53" />
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="99" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · weight %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · peso %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="103" />
        <source>No guideline for this criterion.</source>
        <translation>Este criterio no tiene pauta.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="68" />
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69" />
        <source>Show the whole period again (0 or Esc)</source>
        <translation>Volver a mostrar todo el periodo (0 o Esc)</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="70" />
        <source>Reset chart zoom</source>
        <translation>Restablecer el zoom del gráfico</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="74" />
        <source>CSAT and AHT trend chart</source>
        <translation>Gráfico de tendencia de CSAT y TMO</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="97" />
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="323" />
        <source>Raw CSAT and AHT series.</source>
        <translation>Series sin procesar de CSAT y TMO.</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="326" />
        <source>%1. %2 Mouse wheel or Shift+drag zooms, drag or the arrow keys pan, 0 or Esc resets the zoom.</source>
        <translation>%1. %2 La rueda de desplazamiento o Shift+arrastrar amplía; arrastrar o las teclas de flecha desplazan; 0 o Esc restablece el zoom.</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="83" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="75" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="34" />
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="35" />
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="36" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37" />
        <source>Dashboard views</source>
        <translation>Vistas del panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="74" />
        <source>KPI score</source>
        <translation>Puntuación de KPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="76" />
        <source>AHT</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="77" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="78" />
        <source>QA score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="79" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="80" />
        <source>Sales conv.</source>
        <translation>Conv. ventas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="81" />
        <source>CSAT vs AHT</source>
        <translation>CSAT frente a TMO</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="111" />
        <source>Peer-review notes</source>
        <translation>Notas de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="152" />
        <source>Could not load the dashboard: %1</source>
        <translation>No se pudo cargar el panel: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="159" />
        <source>No handled conversations in this period for this selection.</source>
        <translation>No hay conversaciones atendidas en este periodo para esta selección.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="209" />
        <source>Target %1.</source>
        <translation>Objetivo: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="219" />
        <source>%n shift(s)</source>
        <translation><numerusform>%n turno</numerusform><numerusform>%n turnos</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="221" />
        <source>%1 sales</source>
        <translation>%1 ventas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="222" />
        <source>Sales conversion: sales ÷ handled conversations (n = %1). Sales amount %2.</source>
        <translation>Conversión de ventas: ventas ÷ conversaciones atendidas (n = %1). Importe de las ventas: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="225" />
        <source>targets CSAT %1, AHT %2</source>
        <translation>objetivos CSAT %1, TMO %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="162" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % y TMO, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="164" />
        <source>CSAT against AHT by agent — %1</source>
        <translation>CSAT frente a TMO por agente — %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="167" />
        <source>Peer-review notes (%1)</source>
        <translation>Notas de revisión entre pares (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="189" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="190" />
        <source>%1 handled</source>
        <translation>%1 atendidas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="191" />
        <source>Weighted KPI score: each KPI's band earns points (far below %1, below %2, met %3, exceeded %4), weighted by the KPI plan (Settings → KPI plan). %5 % of the plan's weight has data. %6 of %7 offered conversations handled.</source>
        <translation>Puntuación KPI ponderada: la banda de cada KPI otorga puntos (muy por debajo %1, por debajo %2, cumplido %3, superado %4), ponderados según el plan de KPI (Configuración → Plan de KPI). El %5 % del peso del plan tiene datos. %6 de %7 conversaciones ofrecidas atendidas.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="206" />
        <source>n = %1 responses</source>
        <translation>n = %1 respuestas</translation>
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
        <translation><numerusform>%n evaluación</numerusform><numerusform>%n evaluaciones</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeDecisionDialog</name>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="37" />
        <source>Decide dispute</source>
        <translation>Decidir disputa</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="52" />
        <source>Why — the agent and the evaluator both read this</source>
        <translation>Por qué: lo leen tanto el agente como el evaluador</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="56" />
        <source>&amp;Decide</source>
        <translation>&amp;Decidir</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="59" />
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="60" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="61" />
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="87" />
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="88" />
        <source>&amp;Partially accept</source>
        <translation>Aceptar &amp;parcialmente</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="89" />
        <source>Re&amp;ject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="97" />
        <source>The agent is right: re-score the contested answers.</source>
        <translation>El agente tiene razón: volver a puntuar las respuestas impugnadas.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="99" />
        <source>The agent is partly right: re-score what deserves it.</source>
        <translation>El agente tiene razón en parte: volver a puntuar lo que lo merezca.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="101" />
        <source>The evaluation stands as it was scored.</source>
        <translation>La evaluación se mantiene tal como se puntuó.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="110" />
        <source>the whole evaluation</source>
        <translation>toda la evaluación</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="111" />
        <source>the criterion “%1”</source>
        <translation>el criterio «%1»</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="112" />
        <source>&lt;b&gt;%1&lt;/b&gt;'s evaluation by %2 of conversation %3 (%4) — %5 contested by %6 on %7, deadline %8.</source>
        <translation>Evaluación de &lt;b&gt;%1&lt;/b&gt; hecha por %2 de la conversación %3 (%4) — %6 impugnó %5 el %7; plazo: %8.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="153" />
        <source>Could not load the evaluation: %1</source>
        <translation>No se pudo cargar la evaluación: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="155" />
        <source>This dispute was already decided.</source>
        <translation>Esta disputa ya se decidió.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="158" />
        <source>Choose an outcome: accept, partially accept or reject.</source>
        <translation>Elegir un resultado: aceptar, aceptar parcialmente o rechazar.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeOpenDialog</name>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="32" />
        <source>Dispute evaluation</source>
        <translation>Impugnar evaluación</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="35" />
        <source>Contest</source>
        <translation>Impugnar</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="37" />
        <source>What the agent contests, and why — the arbitrator decides on this</source>
        <translation>Qué impugna el agente y por qué: el árbitro decide sobre esto</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="40" />
        <source>&amp;Open dispute</source>
        <translation>&amp;Abrir disputa</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="43" />
        <source>&amp;Contest:</source>
        <translation>&amp;Impugnar:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="44" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="76" />
        <source>%1's evaluation of conversation %2 (%3) by %4: %5, %6.</source>
        <translation>Evaluación de %1 de la conversación %2 (%3) hecha por %4: %5, %6.</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="84" />
        <source>The whole evaluation</source>
        <translation>Toda la evaluación</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="91" />
        <source>%1 — answered %2</source>
        <translation>%1 — respuesta: %2</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="111" />
        <source>The dispute window of this evaluation closed on %1.</source>
        <translation>El plazo de disputa de esta evaluación se cerró el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputeopendialog.cpp" line="112" />
        <source>Disputes of this evaluation can be opened until %1; the arbitrator then has %n day(s) to decide.</source>
        <translation><numerusform>Las disputas de esta evaluación se pueden abrir hasta el %1; después, el árbitro tiene %n día para decidir.</numerusform><numerusform>Las disputas de esta evaluación se pueden abrir hasta el %1; después, el árbitro tiene %n días para decidir.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="133" />
        <source>Give a reason: what is wrong with the evaluation?</source>
        <translation>Indicar un motivo: ¿qué está mal en la evaluación?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputesview.cpp" line="34" />
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="35" />
        <source>&amp;Open evaluation</source>
        <translation>&amp;Abrir evaluación</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="37" />
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="40" />
        <source>Score history</source>
        <translation>Historial de puntuaciones</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="44" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="46" />
        <source>All disputes</source>
        <translation>Todas las disputas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="47" />
        <source>Open disputes only</source>
        <translation>Solo disputas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="49" />
        <source>Accept, partially accept or reject the selected dispute, as arbitrator</source>
        <translation>Aceptar, aceptar parcialmente o rechazar la disputa seleccionada, como árbitro</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="72" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="81" />
        <source>&lt;b&gt;Score history&lt;/b&gt; — QA averages use the latest score</source>
        <translation>&lt;b&gt;Historial de puntuaciones&lt;/b&gt; — las medias de calidad usan la última puntuación</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="114" />
        <source>Could not load disputes: %1</source>
        <translation>No se pudieron cargar las disputas: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="128" />
        <source>%1 listed, %2 overdue</source>
        <translation>%1 en la lista, %2 vencidas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="129" />
        <source>%1 listed</source>
        <translation>%1 en la lista</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="145" />
        <source>Select a dispute to read its reason and score history.</source>
        <translation>Seleccionar una disputa para leer su motivo y su historial de puntuaciones.</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="159" />
        <source>%1's evaluation by %2 — raised by %3 on %4: “%5”</source>
        <translation>Evaluación de %1 hecha por %2 — abierta por %3 el %4: «%5»</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="163" />
        <source>%1 by %2 on %3: “%4”</source>
        <translation>%1 por %2 el %3: «%4»</translation>
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
        <translation>%1 antes y después</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="59" />
        <source>Before %1, after %2. %3</source>
        <translation>Antes %1, después %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="96" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="98" />
        <source>After</source>
        <translation>Después</translation>
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
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="100" />
        <source>Score history</source>
        <translation>Historial de puntuaciones</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="119" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="121" />
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="123" />
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="125" />
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="127" />
        <source>Open the evaluation as it is stored now, with the other change</source>
        <translation>Abrir la evaluación tal como está guardada ahora, con el otro cambio</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="129" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="150" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="152" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="159" />
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="161" />
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="232" />
        <source>Correct the published evaluation, with a reason</source>
        <translation>Corregir la evaluación publicada, indicando un motivo</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="240" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="242" />
        <source>Publish needs every criterion answered: %1</source>
        <translation>Para publicar hay que responder todos los criterios: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="244" />
        <source>Ready to save the changes (Ctrl+Enter).</source>
        <translation>Listo para guardar los cambios (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="245" />
        <source>Ready to publish (Ctrl+Enter).</source>
        <translation>Listo para publicar (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="252" />
        <source>Annotations (%1)</source>
        <translation>Anotaciones (%1)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="269" />
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="277" />
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Changes saved: %1.</source>
        <translation>Cambios guardados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Published: %1.</source>
        <translation>Publicada: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="298" />
        <source>Edit a published evaluation</source>
        <translation>Editar una evaluación publicada</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="299" />
        <source>Why does it change? The reason is kept with the score history and in the audit log.</source>
        <translation>¿Por qué cambia? El motivo se guarda con el historial de puntuaciones y en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="305" />
        <source>An edit of a published evaluation needs a reason.</source>
        <translation>Para editar una evaluación publicada hace falta un motivo.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="327" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the evaluation as a draft before closing?</source>
        <translation>¿Guardar la evaluación como borrador antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the changes before closing?</source>
        <translation>¿Guardar los cambios antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="351" />
        <source>Reload the evaluation</source>
        <translation>Recargar la evaluación</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="352" />
        <source>Open the evaluation as it is stored now? Your unsaved changes are discarded.</source>
        <translation>¿Abrir la evaluación tal como está guardada ahora? Se descartarán sus cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="363" />
        <source>Reloaded: this is the evaluation as it is stored now.</source>
        <translation>Recargada: esta es la evaluación tal como está guardada ahora.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationHeader</name>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="41" />
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="44" />
        <source>Score&amp;card:</source>
        <translation>&amp;Ficha de evaluación:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="71" />
        <source>Calibration (blind)</source>
        <translation>Calibración (a ciegas)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="73" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="77" />
        <source>QA evaluation</source>
        <translation>Evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="83" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="105" />
        <source>editing a published evaluation</source>
        <translation>editando una evaluación publicada</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="112" />
        <source>The scorecard can change while nothing is answered.</source>
        <translation>La ficha de evaluación se puede cambiar mientras no haya nada respondido.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="113" />
        <source>Answers belong to the scorecard they were given on: it no longer changes.</source>
        <translation>Las respuestas pertenecen a la ficha de evaluación con la que se dieron: ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="130" />
        <source>%1: cannot open this evaluation</source>
        <translation>%1: no se puede abrir esta evaluación</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationsView</name>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="45" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="46" />
        <source>&amp;Dispute…</source>
        <translation>&amp;Impugnar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="47" />
        <source>De&amp;lete draft…</source>
        <translation>Eliminar &amp;borrador…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="48" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="54" />
        <source>Open the selected evaluation in the evaluation form (Enter)</source>
        <translation>Abrir la evaluación seleccionada en el formulario de evaluación (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="56" />
        <source>Contest the selected published QA evaluation, or one of its criteria</source>
        <translation>Impugnar la evaluación de calidad publicada seleccionada o uno de sus criterios</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="59" />
        <source>Save the list as shown as CSV or XLSX</source>
        <translation>Guardar la lista tal como se muestra en CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="61" />
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="81" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="87" />
        <source>QA and peer reviews</source>
        <translation>Calidad y revisiones entre pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="88" />
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="89" />
        <source>Peer reviews</source>
        <translation>Revisiones entre pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="98" />
        <source>E&amp;valuator:</source>
        <translation>E&amp;valuador:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="139" />
        <source>Could not load evaluations: %1</source>
        <translation>No se pudieron cargar las evaluaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="155" />
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="179" />
        <source>No evaluations of this kind and status in this period.</source>
        <translation>No hay evaluaciones de este tipo y estado en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="181" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluación</numerusform><numerusform>%n evaluaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="182" />
        <source>%1 of %n evaluation(s), by %2</source>
        <translation><numerusform>%1 de %n evaluación; evaluador: %2</numerusform><numerusform>%1 de %n evaluaciones; evaluador: %2</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="231" />
        <location filename="../ui/evaluationsview.cpp" line="241" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="232" />
        <source>Delete the draft evaluation of %1's conversation %2 by %3? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>¿Eliminar el borrador de evaluación de la conversación %2 de %1 hecho por %3? No se puede deshacer; el registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="262" />
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="266" />
        <source>Evaluations %1</source>
        <translation>Evaluaciones %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ExportActions</name>
    <message>
        <location filename="../ui/exportactions.cpp" line="27" />
        <source>Export &amp;Chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="28" />
        <source>Export &amp;Table…</source>
        <translation>Exportar &amp;tabla…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="29" />
        <source>&amp;Print Chart…</source>
        <translation>Im&amp;primir gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="32" />
        <source>Save the chart on screen as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico en pantalla como PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="34" />
        <source>Save the scorecard or the agents table as CSV or XLSX</source>
        <translation>Guardar la ficha de KPI o la tabla de agentes como CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="36" />
        <source>Print the chart on screen</source>
        <translation>Imprimir el gráfico en pantalla</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="117" />
        <source>Agent KPIs — %1</source>
        <translation>KPI de agentes — %1</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
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
    <name>huddle::ui::FocusTrendChart</name>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="170" />
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="208" />
        <source>Focus KPI trend</source>
        <translation>Tendencia del KPI de enfoque</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="254" />
        <source>%1 (seconds)</source>
        <translation>%1 (segundos)</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="255" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (junto al TMO)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="106" />
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142" />
        <source>Conversations are unique per source and conversation id: importing the same export again under the same source updates rows instead of adding them.</source>
        <translation>Las conversaciones son únicas por origen e id de conversación: al volver a importar la misma exportación con el mismo origen, las filas se actualizan en lugar de añadirse.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="150" />
        <source>Lowest CSAT score</source>
        <translation>Puntuación CSAT más baja</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151" />
        <source>Highest CSAT score</source>
        <translation>Puntuación CSAT más alta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162" />
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation>Unidad de las duraciones escritas como números simples; los valores H:MM:SS se leen como tales.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="163" />
        <source>Decima&amp;l comma (1,5)</source>
        <translation>Coma decima&amp;l (1,5)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="167" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="173" />
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175" />
        <source>S&amp;hape:</source>
        <translation>T&amp;ipo de datos:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177" />
        <source>Sou&amp;rce name:</source>
        <translation>Nombre del o&amp;rigen:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181" />
        <source>&amp;Date order:</source>
        <translation>Orden de las &amp;fechas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183" />
        <source>Dur&amp;ations in:</source>
        <translation>D&amp;uraciones en:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185" />
        <source>&amp;CSAT scale:</source>
        <translation>Escala &amp;CSAT:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="200" />
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="216" />
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="229" />
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation>&amp;Asignar cada columna del archivo a un campo de Huddle (campos obligatorios en negrita):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230" />
        <source>Pre&amp;view of the first rows:</source>
        <translation>&amp;Vista previa de las primeras filas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244" />
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247" />
        <source>Save pro&amp;file…</source>
        <translation>&amp;Guardar perfil…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248" />
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation>Recordar esta asignación y estas opciones para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="250" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="358" />
        <source>%1 (the site's time zone)</source>
        <translation>%1 (la zona horaria del sitio)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="359" />
        <source>Time zone of the times in the file. Days are counted in the site's time zone, %1.</source>
        <translation>Zona horaria de las horas del archivo. Los días se cuentan en la zona horaria del sitio, %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="435" />
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation>&lt;b&gt;Las fechas son ambiguas.&lt;/b&gt; Todas las fechas de las primeras filas (como %1) se pueden leer con el mes primero o con el día primero. Hay que elegir el orden de las fechas antes de importar: una suposición incorrecta pondría las llamadas en días equivocados.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="438" />
        <source>this one</source>
        <translation>esta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445" />
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447" />
        <source>Choose the date order to import.</source>
        <translation>Elegir el orden de las fechas para importar.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449" />
        <source>Enter a source name.</source>
        <translation>Falta el nombre del origen.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="451" />
        <source>The lowest CSAT score must be below the highest.</source>
        <translation>La puntuación CSAT más baja debe ser menor que la más alta.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="455" />
        <source>Cannot import yet: %1</source>
        <translation>Todavía no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="482" />
        <source>Ready to import: every column is mapped.</source>
        <translation>Listo para importar: todas las columnas están asignadas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>Ready to import. Not imported: %1.</source>
        <translation>Listo para importar. No se importa: %1.</translation>
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
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="494" />
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation>Nombre del perfil. Los archivos con exactamente estas columnas se leerán con él:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="502" />
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation>«%1» es un perfil integrado; elegir otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="507" />
        <source>Replace the saved profile “%1”?</source>
        <translation>¿Reemplazar el perfil guardado «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Could not save the profile: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="530" />
        <source>Saved the profile “%1”.</source>
        <translation>Se guardó el perfil «%1».</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="544" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="601" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="616" />
        <source>Importing… %1 rows read, %2 rows/s</source>
        <translation>Importando… %1 filas leídas, %2 filas/s</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="624" />
        <source>the import stopped unexpectedly</source>
        <translation>la importación se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="626" />
        <source>The import failed and nothing was written: %1</source>
        <translation>La importación falló y no se escribió nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="632" />
        <source>Import cancelled. Nothing was written.</source>
        <translation>Importación cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="657" />
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
        <location filename="../ui/importhistorypage.cpp" line="48" />
        <source>Undo the selected import</source>
        <translation>Deshacer la importación seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="82" />
        <source>Could not read the import history: %1</source>
        <translation>No se pudo leer el historial de importaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100" />
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation>Todavía no hay importaciones. Para importar, usar Importar… o arrastrar un archivo CSV o Excel a la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="101" />
        <source>Imports: %1</source>
        <translation>Importaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142" />
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation>No añadió ni cambió ninguna fila; al deshacerla solo se marca como deshecha.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="143" />
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation>Se eliminan las %1 filas que añadió y las %2 filas que actualizó recuperan sus valores anteriores. También se eliminan los agentes y equipos que creó, salvo que algo más haga referencia a ellos.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147" />
        <location filename="../ui/importhistorypage.cpp" line="182" />
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="148" />
        <source>Undo import %1 of “%2”?</source>
        <translation>¿Deshacer la importación %1 de «%2»?</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="165" />
        <source>Undoing import %1…</source>
        <translation>Deshaciendo la importación %1…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180" />
        <source>the undo stopped unexpectedly</source>
        <translation>la operación de deshacer se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="181" />
        <source>Import %1 was not undone.</source>
        <translation>No se deshizo la importación %1.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="183" />
        <source>Import %1 cannot be undone: %2</source>
        <translation>No se puede deshacer la importación %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="186" />
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
        <location filename="../ui/importresultdialog.cpp" line="56" />
        <source>Rows rejected — %1</source>
        <translation>Filas rechazadas — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57" />
        <source>Import finished — %1</source>
        <translation>Importación finalizada — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="68" />
        <source>&amp;Import the other rows</source>
        <translation>&amp;Importar las demás filas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69" />
        <source>&amp;Don't import</source>
        <translation>&amp;No importar</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="80" />
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Exportar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="105" />
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation>Se rechazaron %1 de %2 filas (%3 %), más que el umbral del %4 %. ¿Importar de todos modos las demás filas?</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="110" />
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation>%1 importado. Se rechazaron %2 filas, que quedaron fuera; las demás filas están en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="112" />
        <source>%1 imported.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="126" />
        <source>Rows read:</source>
        <translation>Filas leídas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>New rows to import:</source>
        <translation>Filas nuevas que importar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>Imported (new):</source>
        <translation>Importadas (nuevas):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Rows to update:</source>
        <translation>Filas que actualizar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Updated:</source>
        <translation>Actualizadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="129" />
        <source>Skipped as exact duplicates:</source>
        <translation>Omitidas por ser duplicados exactos:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130" />
        <source>Skipped blank:</source>
        <translation>Omitidas en blanco:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="131" />
        <source>Rejected:</source>
        <translation>Rechazadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="134" />
        <source>Nothing has been written to the database yet.</source>
        <translation>Todavía no se ha escrito nada en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="143" />
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="145" />
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Filas rechazadas (las primeras %1 de %2):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="160" />
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="183" />
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="184" />
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Export rejected rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="185" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiCard</name>
    <message>
        <location filename="../ui/kpicard.cpp" line="46" />
        <source>Double-click to list the conversations behind this figure.</source>
        <translation>Hacer doble clic para ver las conversaciones en las que se basa esta cifra.</translation>
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
        <translation>&amp;Heredar el plan del sitio</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="71" />
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="74" />
        <source>KPI plan</source>
        <translation>Plan de KPI</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="75" />
        <source>Plan for</source>
        <translation>Plan para</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="76" />
        <source>The team is judged by the site plan and follows its later changes.</source>
        <translation>El equipo se evalúa con el plan del sitio y sigue sus cambios posteriores.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="79" />
        <source>Weights attendance 30, CSAT 25, sales 20, QA 15, AHT 10 and the default thresholds. Nothing is saved until OK.</source>
        <translation>Pesos: asistencia 30, CSAT 25, ventas 20, calidad 15, TMO 10, y los umbrales predeterminados. No se guarda nada hasta pulsar Aceptar.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="88" />
        <source>Plan &amp;for:</source>
        <translation>Plan &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="91" />
        <source>Each KPI is judged against its thresholds (far below, below, met, exceeded) and the band's points are combined with the weights below into a 0–100 score. AHT is better when lower.</source>
        <translation>Cada KPI se compara con sus umbrales (muy por debajo, por debajo, cumplido, superado) y los puntos de la banda se combinan con los pesos de abajo en una puntuación de 0 a 100. El TMO es mejor cuanto más bajo.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="112" />
        <source>Weights and thresholds</source>
        <translation>Pesos y umbrales</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="114" />
        <source>Below from</source>
        <translation>Por debajo desde</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Met from</source>
        <translation>Cumplido desde</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Exceeded from</source>
        <translation>Superado desde</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="125" />
        <source>%1 weight</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>exceeded</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="136" />
        <source>%1 %2 threshold</source>
        <translation>%1: umbral «%2»</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="152" />
        <source>Points per band:</source>
        <translation>Puntos por banda:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="158" />
        <source>Points for %1</source>
        <translation>Puntos para %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="170" />
        <source>Site default (teams without a plan of their own)</source>
        <translation>Predeterminado del sitio (equipos sin plan propio)</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="211" />
        <source>could not read the stored plan: %1</source>
        <translation>no se pudo leer el plan guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="330" />
        <source>Weights total %1 %.</source>
        <translation>Los pesos suman %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="331" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>Los pesos suman %1 % — deben sumar 100 %.</translation>
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
        <translation>Todavía no se puede guardar — %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="376" />
        <source>The plan for %1 was not saved: %2</source>
        <translation>No se guardó el plan de %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LadderDialog</name>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="28" />
        <source>&amp;Add step</source>
        <translation>&amp;Añadir nivel</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="29" />
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="30" />
        <source>&amp;Defaults</source>
        <translation>Valores &amp;predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="34" />
        <source>Attendance warning ladder</source>
        <translation>Escala de advertencias por asistencia</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="36" />
        <source>Ladder steps</source>
        <translation>Niveles de la escala</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>From violations</source>
        <translation>Desde (infracciones)</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="45" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="46" />
        <source>Violations count towards the ladder for this many days</source>
        <translation>Durante cuántos días cuentan las infracciones para la escala</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="50" />
        <source>Verbal warning at 1 violation, written at 2, final at 3, over 365 days</source>
        <translation>Advertencia verbal con 1 infracción, escrita con 2 y final con 3, en 365 días</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="55" />
        <source>Violations are unexcused absences and no-call-no-shows; lateness and excused absences never count. An agent is at the highest step their violations in the window reach.</source>
        <translation>Las infracciones son las ausencias injustificadas y las ausencias sin aviso; los retrasos y las ausencias justificadas nunca cuentan. Cada agente está en el nivel más alto que alcanzan sus infracciones dentro de la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="65" />
        <source>Counted over the last</source>
        <translation>Contadas en los últimos</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="89" />
        <source>The stored ladder could not be read (%1); the defaults are shown.</source>
        <translation>No se pudo leer la escala guardada (%1); se muestran los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="130" />
        <source>Warning %1</source>
        <translation>Advertencia %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ladderdialog.cpp" line="150" />
        <source>%n step(s), counted over %1 days.</source>
        <translation><numerusform>%n nivel, con infracciones contadas en %1 días.</numerusform><numerusform>%n niveles, con infracciones contadas en %1 días.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bases de datos de Huddle (*.sqlite *.db *.huddle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Exportaciones (*.csv *.txt *.xlsx);;Archivos CSV y de texto (*.csv *.txt);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187" />
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Bonus</source>
        <translation>Bonos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>Q&amp;A</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208" />
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209" />
        <source>&amp;KPI Plan…</source>
        <translation>&amp;Plan de KPI…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212" />
        <source>S&amp;ite…</source>
        <translation>S&amp;itio…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215" />
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239" />
        <source>Huddle will use %1 from its next start.</source>
        <translation>Huddle usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247" />
        <source>Agent view</source>
        <translation>Vista del agente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257" />
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259" />
        <source>Connect to &amp;Server…</source>
        <translation>Conectar con el &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Audit &amp;Trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217" />
        <source>&amp;About Huddle</source>
        <translation>&amp;Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285" />
        <source>Dashboard &amp;Trend</source>
        <translation>Panel: &amp;tendencia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>Dashboard &amp;Quadrant</source>
        <translation>Panel: c&amp;uadrante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287" />
        <source>Dashboard &amp;Scorecard</source>
        <translation>Panel: &amp;ficha de KPI</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295" />
        <source>&amp;Compare Agents…</source>
        <translation>&amp;Comparar agentes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344" />
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400" />
        <location filename="../ui/mainwindow.cpp" line="416" />
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402" />
        <source>%1 — Huddle</source>
        <translation>%1 — Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>Database: %1 — no Huddle role: the server shows no agent's data</source>
        <translation>Base de datos: %1 — sin rol en Huddle: el servidor no muestra datos de ningún agente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Database: %1 — signed in as admin</source>
        <translation>Base de datos: %1 — sesión iniciada como administrador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>Database: %1 — signed in as QA coach</source>
        <translation>Base de datos: %1 — sesión iniciada como coach de Calidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>Database: %1 — signed in as team leader: your teams' agents</source>
        <translation>Base de datos: %1 — sesión iniciada como líder de equipo: los agentes de sus equipos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>Database: %1 — signed in as agent: your own data</source>
        <translation>Base de datos: %1 — sesión iniciada como agente: sus propios datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438" />
        <source>Open in another window</source>
        <translation>Abierta en otra ventana</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439" />
        <source>%1 is also open in another Huddle (process %2 on %3).

You can both work on it; each window shows the other's changes when it reloads (switch the period or press F5 on the Bonus page). Agree who edits an evaluation, a plan or a session before you both change it.</source>
        <translation>%1 también está abierta en otro Huddle (proceso %2 en %3).

Ambos pueden trabajar en ella; cada ventana muestra los cambios de la otra al recargar (cambie el periodo o pulse F5 en la página Bonos). Acuerden quién edita una evaluación, un plan o una sesión antes de que ambos la cambien.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>%1 is also open in another Huddle.</source>
        <translation>%1 también está abierta en otro Huddle.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513" />
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <location filename="../ui/mainwindow.cpp" line="553" />
        <location filename="../ui/mainwindow.cpp" line="570" />
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>Open or create a database first.</source>
        <translation>Primero hay que abrir o crear una base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553" />
        <source>Site settings</source>
        <translation>Configuración del sitio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560" />
        <source>Site settings saved.</source>
        <translation>Configuración del sitio guardada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570" />
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>KPI plan</source>
        <translation>Plan de KPI</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589" />
        <source>KPI plan saved; scores and bands are recalculated.</source>
        <translation>Plan de KPI guardado; las puntuaciones y las bandas se recalculan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609" />
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614" />
        <source>Open Huddle database</source>
        <translation>Abrir base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>New Huddle database</source>
        <translation>Nueva base de datos de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648" />
        <source>The password was not remembered: %1</source>
        <translation>No se recordó la contraseña: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690" />
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696" />
        <source>About Huddle</source>
        <translation>Acerca de Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697" />
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;Una consola para supervisores de centros de contacto y coaches de calidad: CSAT frente a TMO con las notas de revisión al lado, los KPI de los agentes y todas las conversaciones que hay detrás.&lt;/p&gt;&lt;p&gt;Versión del esquema de la base de datos: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MistakesView</name>
    <message>
        <location filename="../ui/mistakesview.cpp" line="40" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="48" />
        <source>Mistakes by impact</source>
        <translation>Errores por impacto</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="50" />
        <source>Evaluations behind the selected mistake</source>
        <translation>Evaluaciones en las que aparece el error seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="51" />
        <source>Double-click or press Enter to open the evaluation</source>
        <translation>Doble clic o Enter para abrir la evaluación</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="53" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>the team</source>
        <translation>el equipo</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>all agents</source>
        <translation>todos los agentes</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="136" />
        <source>Could not load mistakes: %1</source>
        <translation>No se pudieron cargar los errores: %1</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="173" />
        <source>No published QA evaluations for %1 in this period (%2).
Evaluate conversations from the Queue tab; their failed criteria appear here once published.</source>
        <translation>No hay evaluaciones de calidad publicadas para %1 en este periodo (%2).
Evaluar conversaciones desde la pestaña Cola; sus criterios fallidos aparecerán aquí una vez publicadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="177" />
        <source>No failed criteria: %1 passed every criterion of %n published QA evaluation(s) in this period (%2).</source>
        <translation><numerusform>Ningún criterio fallido para %1: se cumplieron todos los criterios en %n evaluación de calidad publicada en este periodo (%2).</numerusform><numerusform>Ningún criterio fallido para %1: se cumplieron todos los criterios en %n evaluaciones de calidad publicadas en este periodo (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="181" />
        <source>%n published QA evaluation(s)</source>
        <translation><numerusform>%n evaluación de calidad publicada</numerusform><numerusform>%n evaluaciones de calidad publicadas</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="182" />
        <source>published QA evaluations</source>
        <translation>las evaluaciones de calidad publicadas</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="184" />
        <source>%1, %2: failed criteria of %3, the most QA points lost first — fix these in this order.</source>
        <translation>%1, %2: criterios fallidos en %3, primero los que más puntos de calidad restaron; corregirlos en este orden.</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="192" />
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="202" />
        <source>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failure(s); double-click one to open it</source>
        <translation><numerusform>&lt;b&gt;Evaluaciones en las que falla «%1»&lt;/b&gt; — %n fallo; hacer doble clic en una para abrirla</numerusform><numerusform>&lt;b&gt;Evaluaciones en las que falla «%1»&lt;/b&gt; — %n fallos; hacer doble clic en una para abrirla</numerusform></translation>
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
    <name>huddle::ui::PeerReviewDialog</name>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="41" />
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="43" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="49" />
        <source>A note for the colleague: what went well, what to try next time. It appears beside the dashboard chart.</source>
        <translation>Una nota para el compañero: qué salió bien y qué probar la próxima vez. Aparece junto al gráfico del panel.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="71" />
        <source>&amp;Note (required):</source>
        <translation>&amp;Nota (obligatoria):</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="96" />
        <source>&lt;b&gt;%1&lt;/b&gt; handled by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; atendida por %2 el %3</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="109" />
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Revisado por:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="110" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Ficha de evaluación:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="111" />
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="120" />
        <source>— choose a colleague —</source>
        <translation>— elegir un compañero —</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="126" />
        <source>%1 (not an agent)</source>
        <translation>%1 (no es agente)</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="135" />
        <source>Agents do not peer-review their own conversations.</source>
        <translation>Los agentes no revisan sus propias conversaciones.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="171" />
        <source>Choose who reviewed the conversation.</source>
        <translation>Elegir quién revisó la conversación.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="175" />
        <source>Write the note for the colleague.</source>
        <translation>Escribir la nota para el compañero.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewsView</name>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="26" />
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="27" />
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="29" />
        <source>Peer reviews asked</source>
        <translation>Revisiones entre pares solicitadas</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="33" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="34" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="35" />
        <source>To do and done</source>
        <translation>Pendientes y hechas</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="37" />
        <source>Write the selected peer review, as the colleague it was asked of</source>
        <translation>Escribir la revisión seleccionada, como el colega a quien se solicitó</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="39" />
        <source>Take back the selected review; a done one stays as the record</source>
        <translation>Retirar la revisión seleccionada; una hecha se conserva como registro</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="56" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="61" />
        <source>Ask for a review from the Conversations page: select a conversation, then QA → Ask for a Peer Review…</source>
        <translation>Solicite una revisión desde la página Conversaciones: seleccione una conversación y luego Calidad → Solicitar una revisión entre pares…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="92" />
        <source>Could not load the peer reviews: %1</source>
        <translation>No se pudieron cargar las revisiones entre pares: %1</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="102" />
        <source>%1 to do</source>
        <translation>%1 pendientes</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PlanSessionDialog</name>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="96" />
        <source>Plan a coaching session</source>
        <translation>Planificar una sesión de coaching</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="101" />
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="128" />
        <source>Type to search agents</source>
        <translation>Escribir para buscar agentes</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="131" />
        <source>F&amp;ollow up on</source>
        <translation>Seg&amp;uimiento el</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="141" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="142" />
        <source>Session &amp;day:</source>
        <translation>&amp;Día de la sesión:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="143" />
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="158" />
        <source>Agenda — proposed from the data; untick what to leave out</source>
        <translation>Agenda — propuesta a partir de los datos; desmarcar lo que se quiera dejar fuera</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="167" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="169" />
        <source>Add &amp;item…</source>
        <translation>Añadir pun&amp;to…</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="171" />
        <source>Add a topic of your own to the agenda</source>
        <translation>Añadir un tema propio a la agenda</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="184" />
        <source>Focus KPIs — as few as possible (1 to 3)</source>
        <translation>KPI de enfoque — los menos posibles (de 1 a 3)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="187" />
        <source>Focus KPIs</source>
        <translation>KPI de enfoque</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="218" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="244" />
        <source>Choose an agent to see the proposed agenda.</source>
        <translation>Elegir un agente para ver la agenda propuesta.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="252" />
        <source>Could not propose an agenda: %1</source>
        <translation>No se pudo proponer una agenda: %1</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="259" />
        <source>Nothing in the data calls for attention: add your own items.</source>
        <translation>Nada en los datos requiere atención: añadir puntos propios.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="260" />
        <source>From the 28 days before the session day (mistakes: 90 days).</source>
        <translation>A partir de los 28 días anteriores al día de la sesión (errores: 90 días).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="269" />
        <source>Add agenda item</source>
        <translation>Añadir punto a la agenda</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="270" />
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="277" />
        <source>Added by you</source>
        <translation>Añadido manualmente</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="309" />
        <source>Choose at least one focus KPI.</source>
        <translation>Elegir al menos un KPI de enfoque.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="311" />
        <source>Choose at most three focus KPIs: focus on as few as possible (%1 chosen).</source>
        <translation>Elegir como máximo tres KPI de enfoque: centrarse en los menos posibles (%1 elegidos).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="315" />
        <source>AHT is never shown alone: the session's trend chart shows CSAT beside it.</source>
        <translation>El TMO nunca se muestra solo: el gráfico de tendencia de la sesión muestra el CSAT junto a él.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="351" />
        <source>Could not plan the session</source>
        <translation>No se pudo planificar la sesión</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaActions</name>
    <message>
        <location filename="../ui/qaactions.cpp" line="24" />
        <source>&amp;Evaluate Conversation…</source>
        <translation>&amp;Evaluar conversación…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="25" />
        <source>&amp;Peer Review…</source>
        <translation>&amp;Revisión entre pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="26" />
        <source>&amp;Ask for a Peer Review…</source>
        <translation>&amp;Solicitar una revisión entre pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="27" />
        <source>&amp;Scorecards…</source>
        <translation>&amp;Fichas de evaluación…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="28" />
        <source>QA S&amp;ettings…</source>
        <translation>C&amp;onfiguración de calidad…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="29" />
        <source>Your &amp;Name…</source>
        <translation>Mi &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="32" />
        <source>Score the selected conversation on a QA scorecard</source>
        <translation>Puntuar la conversación seleccionada con una ficha de evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="33" />
        <source>Evaluate…</source>
        <translation>Evaluar…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="35" />
        <source>A colleague reviews the selected conversation on the peer scorecard</source>
        <translation>Un compañero revisa la conversación seleccionada con la ficha de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="36" />
        <source>Peer review…</source>
        <translation>Revisión entre pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="37" />
        <source>Ask for review…</source>
        <translation>Solicitar revisión…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="39" />
        <source>Ask a colleague to review the selected conversation; it goes on their to-review list</source>
        <translation>Pedir a un colega que revise la conversación seleccionada; se añade a su lista de pendientes</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="40" />
        <source>Design scorecards: sections, criteria, weights and auto-fail</source>
        <translation>Diseñar fichas de evaluación: secciones, criterios, pesos y criterios eliminatorios</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="41" />
        <source>The weekly sample size and the dispute windows</source>
        <translation>El tamaño de la muestra semanal y los plazos de disputa</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="42" />
        <source>The name written into evaluations, disputes and the audit log</source>
        <translation>El nombre que se registra en las evaluaciones, las disputas y el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="88" />
        <source>Open or create a database first.</source>
        <translation>Primero hay que abrir o crear una base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="101" />
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="110" />
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="113" />
        <source>Select a conversation on the Conversations page first, or evaluate from the QA page's queue.</source>
        <translation>Primero hay que seleccionar una conversación en la página Conversaciones, o evaluar desde la cola de la página Calidad.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="126" />
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="129" />
        <location filename="../ui/qaactions.cpp" line="147" />
        <source>Select a conversation on the Conversations page first.</source>
        <translation>Primero hay que seleccionar una conversación en la página Conversaciones.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="144" />
        <source>Ask for a peer review</source>
        <translation>Solicitar una revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="155" />
        <source>%1 is asked for a peer review; it is on the QA page's Peer Reviews tab.</source>
        <translation>Se solicitó una revisión entre pares a %1; está en la pestaña Revisiones entre pares de la página Calidad.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="164" />
        <source>Scorecards</source>
        <translation>Fichas de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="173" />
        <source>QA settings</source>
        <translation>Configuración de calidad</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="177" />
        <source>QA settings saved.</source>
        <translation>Configuración de calidad guardada.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="186" />
        <source>Your name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="187" />
        <source>The name written into the evaluations, disputes and audit entries you make.
Leave it empty to use your login name.</source>
        <translation>El nombre que se registra en las evaluaciones, disputas y entradas de auditoría propias.
Si se deja vacío, se usa el nombre de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="194" />
        <source>Working as %1.</source>
        <translation>Trabajando como %1.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaPage</name>
    <message>
        <location filename="../ui/qapage.cpp" line="27" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="28" />
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="29" />
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="30" />
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="31" />
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="32" />
        <source>Peer Reviews</source>
        <translation>Revisiones entre pares</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="33" />
        <source>Conversations waiting for a QA evaluation</source>
        <translation>Conversaciones en espera de una evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="34" />
        <source>QA evaluations and peer reviews of the period</source>
        <translation>Evaluaciones de calidad y revisiones entre pares del periodo</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="35" />
        <source>Failed criteria by points lost: what to coach first</source>
        <translation>Criterios fallidos por puntos perdidos: qué trabajar primero en el coaching</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="36" />
        <source>Evaluators scoring the same conversations blind</source>
        <translation>Evaluadores que puntúan a ciegas las mismas conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="37" />
        <source>Contested evaluations and their decisions</source>
        <translation>Evaluaciones impugnadas y sus decisiones</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="38" />
        <source>Peer reviews asked of agents: who still owes one</source>
        <translation>Revisiones entre pares solicitadas a los agentes: quién aún debe una</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaSettingsDialog</name>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="34" />
        <source>QA settings</source>
        <translation>Configuración de calidad</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="36" />
        <source> per agent per week</source>
        <translation> por agente y semana</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="38" />
        <source>How many conversations of each agent the queue's weekly sample picks; evaluated ones count</source>
        <translation>Cuántas conversaciones de cada agente elige la muestra semanal de la cola; las ya evaluadas cuentan</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="40" />
        <source> days after publishing</source>
        <translation> días después de publicar</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="41" />
        <source>An evaluation can be disputed this long after it was published; after that its score is final</source>
        <translation>Tiempo durante el que se puede impugnar una evaluación después de publicarla; pasado ese plazo, su puntuación es definitiva</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="44" />
        <source> days to decide</source>
        <translation> días para decidir</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="45" />
        <source>The arbitrator's deadline after a dispute is raised; later ones show as overdue</source>
        <translation>Plazo del árbitro tras abrirse una disputa; las que lo superan aparecen como vencidas</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="53" />
        <source>&amp;Weekly sample:</source>
        <translation>&amp;Muestra semanal:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="54" />
        <source>Dispute &amp;window:</source>
        <translation>&amp;Plazo de disputa:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="55" />
        <source>&amp;Decision deadline:</source>
        <translation>Plazo de &amp;decisión:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="113" />
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantChart</name>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="62" />
        <source>CSAT against AHT by agent</source>
        <translation>CSAT frente a TMO por agente</translation>
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
CSAT %4 (n = %5 respuestas)
TMO %6 (n = %7 atendidas)
Hacer clic para abrir el agente.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="137" />
        <source>Fewer than 10 responses: read with care.</source>
        <translation>Menos de 10 respuestas: interpretar con cautela.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="256" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantchart.cpp" line="257" />
        <source>%n agent(s). </source>
        <translation><numerusform>%n agente. </numerusform><numerusform>%n agentes. </numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantPlot</name>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="201" />
        <source>No agent has both CSAT responses and handled conversations in this period.</source>
        <translation>Ningún agente tiene a la vez respuestas CSAT y conversaciones atendidas en este periodo.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="272" />
        <source>AHT (m:ss) — faster to the left</source>
        <translation>TMO (m:ss) — más rápido a la izquierda</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="274" />
        <source>Point size: conversations handled · hollow: fewer than 10 CSAT responses · dashed lines: team medians</source>
        <translation>Tamaño del punto: conversaciones atendidas · hueco: menos de 10 respuestas CSAT · líneas discontinuas: medianas del equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantplot.cpp" line="278" />
        <source>%n agent(s) without CSAT or AHT not shown</source>
        <translation><numerusform>%n agente sin CSAT o TMO no se muestra</numerusform><numerusform>%n agentes sin CSAT o TMO no se muestran</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="286" />
        <source>CSAT % — more satisfied upwards</source>
        <translation>CSAT % — más satisfechos hacia arriba</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="297" />
        <source>median AHT %1</source>
        <translation>mediana TMO %1</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="303" />
        <source>median CSAT %1</source>
        <translation>mediana CSAT %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QueueView</name>
    <message>
        <location filename="../ui/queueview.cpp" line="30" />
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="35" />
        <source>Queue source</source>
        <translation>Origen de la cola</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="39" />
        <source>Conversations sampled per agent per week</source>
        <translation>Conversaciones muestreadas por agente y semana</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="40" />
        <source>How many conversations of each agent the weekly sample picks; conversations already evaluated count towards it</source>
        <translation>Cuántas conversaciones de cada agente elige la muestra semanal; las conversaciones ya evaluadas cuentan para ella</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="43" />
        <source>Filter by agent, channel or conversation</source>
        <translation>Filtrar por agente, canal o conversación</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="45" />
        <source>Filter the queue</source>
        <translation>Filtrar la cola</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="47" />
        <source>Open the evaluation form for the selected conversation (Enter)</source>
        <translation>Abrir el formulario de evaluación para la conversación seleccionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="49" />
        <source>Evaluation queue</source>
        <translation>Cola de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="75" />
        <source>Weekly sample</source>
        <translation>Muestra semanal</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="76" />
        <source>A random sample of each agent's conversations, the same every time</source>
        <translation>Una muestra aleatoria de las conversaciones de cada agente, siempre la misma</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="77" />
        <source>Low CSAT</source>
        <translation>CSAT bajo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="78" />
        <source>A survey answer in the bottom half of its scale</source>
        <translation>Una respuesta de encuesta en la mitad inferior de su escala</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="79" />
        <source>Long handle time</source>
        <translation>Tiempo de gestión largo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="80" />
        <source>Handle time above the 90th percentile of the scope</source>
        <translation>Tiempo de gestión por encima del percentil 90 de la selección</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>A sale was recorded on the conversation</source>
        <translation>Se registró una venta en la conversación</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="90" />
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="92" />
        <source>Sample &amp;per agent per week:</source>
        <translation>Muestra &amp;por agente y semana:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="135" />
        <source>Could not save the sample size: %1</source>
        <translation>No se pudo guardar el tamaño de la muestra: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="180" />
        <source>Could not load the queue: %1</source>
        <translation>No se pudo cargar la cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="203" />
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="214" />
        <source>%n conversation(s) waiting for a QA evaluation</source>
        <translation><numerusform>%n conversación en espera de una evaluación de calidad</numerusform><numerusform>%n conversaciones en espera de una evaluación de calidad</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="215" />
        <source>%1 of %n conversation(s) shown</source>
        <translation><numerusform>Mostrando %1 de %n conversación</numerusform><numerusform>Mostrando %1 de %n conversaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="217" />
        <source> — the newest %1; narrow the period or pick a team to see the rest</source>
        <translation> — las %1 más recientes; para ver el resto, acortar el periodo o elegir un equipo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="219" />
        <source>. Enter opens the evaluation form.</source>
        <translation>. Enter abre el formulario de evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="226" />
        <source>Nothing waiting: every conversation of this period's weekly sample has a QA evaluation.</source>
        <translation>Nada pendiente: todas las conversaciones de la muestra semanal de este periodo tienen una evaluación de calidad.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="228" />
        <source>Nothing waiting: no conversation of this period with a low survey answer lacks a QA evaluation.</source>
        <translation>Nada pendiente: todas las conversaciones de este periodo con una respuesta de encuesta baja tienen una evaluación de calidad.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="231" />
        <source>Nothing waiting: no conversation of this period with a long handle time lacks a QA evaluation.</source>
        <translation>Nada pendiente: todas las conversaciones de este periodo con un tiempo de gestión largo tienen una evaluación de calidad.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="236" />
        <source>Nothing waiting: no conversation of this period with a sale lacks a QA evaluation.</source>
        <translation>Nada pendiente: todas las conversaciones de este periodo con una venta tienen una evaluación de calidad.</translation>
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
        <location filename="../ui/scopebar.cpp" line="22" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="23" />
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="24" />
        <source>Last 13 weeks</source>
        <translation>Últimas 13 semanas</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="25" />
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="26" />
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="52" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="53" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="56" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="64" />
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="65" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="66" />
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67" />
        <source>Trend granularity</source>
        <translation>Granularidad de la tendencia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="73" />
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76" />
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="79" />
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="85" />
        <source>T&amp;rend</source>
        <translation>Te&amp;ndencia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="89" />
        <source>Compare agents on the trend chart</source>
        <translation>Comparar agentes en el gráfico de tendencia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="91" />
        <source>Draw up to %1 agents side by side on the trend chart</source>
        <translation>Mostrar hasta %1 agentes juntos en el gráfico de tendencia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="232" />
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="233" />
        <source>&amp;Compare (%1)…</source>
        <translation>&amp;Comparar (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="147" />
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardDesigner</name>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="38" />
        <source>New scorecard</source>
        <translation>Nueva ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="52" />
        <location filename="../ui/scorecarddesigner.cpp" line="101" />
        <source>Scorecards</source>
        <translation>Fichas de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="62" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="64" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="109" />
        <source>Show &amp;retired</source>
        <translation>Mostrar &amp;retiradas</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="113" />
        <source>N&amp;ew</source>
        <translation>N&amp;ueva</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="114" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="115" />
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="116" />
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Re&amp;tire</source>
        <translation>R&amp;etirar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="129" />
        <source>&lt;b&gt;Scorecards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichas de evaluación&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="212" />
        <source>A new scorecard: name it, add sections and criteria, then save.</source>
        <translation>Una ficha de evaluación nueva: ponerle un nombre, añadir secciones y criterios y después guardar.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Retired: no longer offered for new evaluations.</source>
        <translation>Retirada: ya no se ofrece para evaluaciones nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Restored.</source>
        <translation>Restaurada.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="239" />
        <location filename="../ui/scorecarddesigner.cpp" line="245" />
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="251" />
        <source>Saved “%1” as version %2.</source>
        <translation>Se guardó «%1» como versión %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="261" />
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="266" />
        <source>Not imported: %1</source>
        <translation>No importada: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="275" />
        <source>Imported “%1” from %2: save to add it.</source>
        <translation>Se importó «%1» desde %2: guardar para añadirla.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="285" />
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="288" />
        <source>Exported “%1” to %2.</source>
        <translation>Se exportó «%1» a %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="294" />
        <source>Import a scorecard</source>
        <translation>Importar una ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="295" />
        <source>Scorecards (*.json);;All files (*)</source>
        <translation>Fichas de evaluación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Export the scorecard</source>
        <translation>Exportar la ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Scorecards (*.json)</source>
        <translation>Fichas de evaluación (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="315" />
        <source>Saves a new scorecard, version 1.</source>
        <translation>Guarda una ficha de evaluación nueva, versión 1.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Res&amp;tore</source>
        <translation>R&amp;estaurar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Save the changes to “%1” first?</source>
        <translation>¿Guardar primero los cambios de «%1»?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="50" />
        <source>Sections and criteria</source>
        <translation>Secciones y criterios</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="93" />
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="109" />
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="112" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="115" />
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="117" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="124" />
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="125" />
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="126" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="127" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="128" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="129" />
        <source>After the selected criterion (Insert)</source>
        <translation>Después del criterio seleccionado (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="130" />
        <source>Remove the selected section or criterion (Delete)</source>
        <translation>Quitar la sección o el criterio seleccionado (Supr)</translation>
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
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="142" />
        <source>Redo</source>
        <translation>Rehacer</translation>
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
        <translation>✔ Válida: %1 criterios en %2 secciones.</translation>
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
        <translation>Fa&amp;llo automático: si no se cumple, toda la evaluación queda en 0 %</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="28" />
        <source>N/A &amp;allowed</source>
        <translation>Se &amp;admite N/A</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="38" />
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="39" />
        <source>Scale 1–5</source>
        <translation>Escala 1–5</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="44" />
        <source>What a good answer looks like; shown beside the criterion while scoring.</source>
        <translation>Cómo es una buena respuesta; se muestra junto al criterio al puntuar.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="54" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="55" />
        <source>&amp;Weight:</source>
        <translation>Pe&amp;so:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="58" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="61" />
        <source>&amp;Guideline:</source>
        <translation>&amp;Pauta:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="118" />
        <source>Select a section or a criterion</source>
        <translation>Seleccionar una sección o un criterio</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="119" />
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="120" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="138" />
        <source>%1 of the total</source>
        <translation>%1 del total</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardView</name>
    <message>
        <location filename="../ui/scorecardview.cpp" line="135" />
        <source>KPI scorecard</source>
        <translation>Ficha de KPI</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="138" />
        <source>Double-click (or Enter on) a figure to list the conversations behind it, a name to open the agent. Each cell names its band; the colour only repeats it. ▲ better, ▼ worse, = about the same as the previous period of the same length.</source>
        <translation>Doble clic (o Enter) en una cifra para ver las conversaciones en las que se basa; en un nombre, para abrir el agente. Cada celda indica su banda; el color solo la repite. ▲ mejor, ▼ peor, = más o menos igual que el periodo anterior de la misma duración.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="152" />
        <source>KPI scorecard — %1</source>
        <translation>Ficha de KPI — %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ServerPasswords</name>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="38" />
        <source>there is no password to store</source>
        <translation>no hay ninguna contraseña que guardar</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="44" />
        <source>the system keyring did not store the password: %1</source>
        <translation>el llavero del sistema no guardó la contraseña: %1</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="71" />
        <source>the system keyring did not remove the password: %1</source>
        <translation>el llavero del sistema no eliminó la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgendaPanel</name>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="52" />
        <source>What was agreed</source>
        <translation>Lo acordado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="53" />
        <source>What did you agree on? This goes on the agent's summary.</source>
        <translation>¿Qué se acordó? Esto aparece en el resumen del agente.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="56" />
        <source>What was &amp;agreed</source>
        <translation>Lo ac&amp;ordado</translation>
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
        <translation>Notas sobre el punto seleccionado de la agenda</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="91" />
        <source>&amp;Notes on the selected item</source>
        <translation>&amp;Notas sobre el punto seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="92" />
        <source>Add &amp;item…</source>
        <translation>Añadir pun&amp;to…</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="93" />
        <source>&amp;Remove item</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="108" />
        <source>Conversations on the agenda</source>
        <translation>Conversaciones de la agenda</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="110" />
        <source>&amp;Open conversation</source>
        <translation>Abrir con&amp;versación</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="112" />
        <source>Conversations discussed</source>
        <translation>Conversaciones tratadas</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="168" />
        <source>Select an agenda item to write about it.</source>
        <translation>Seleccionar un punto de la agenda para escribir sobre él.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="169" />
        <source>What was said about this item</source>
        <translation>Lo que se dijo sobre este punto</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Add agenda item</source>
        <translation>Añadir punto a la agenda</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgreementsPanel</name>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="57" />
        <source>“%1” → “%2”</source>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="65" />
        <source>Situations: %1</source>
        <translation>Situaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="67" />
        <source>Checked for CSAT impact: %1</source>
        <translation>Impacto en CSAT verificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="68" />
        <source>Not checked for CSAT impact yet</source>
        <translation>Impacto en CSAT aún sin verificar</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="70" />
        <source>Retired from the library</source>
        <translation>Retirada de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="91" />
        <location filename="../ui/sessionagreementspanel.cpp" line="109" />
        <source>Action items</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="106" />
        <source>Add a&amp;ction</source>
        <translation>Añadir &amp;acción</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="107" />
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="126" />
        <source>Homework phrases</source>
        <translation>Frases de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="131" />
        <source>&amp;Homework — tick the phrases to practise (longer → shorter)</source>
        <translation>Tarea — marcar las frases que &amp;practicar (más larga → más corta)</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="140" />
        <source>Agent ac&amp;knowledged on</source>
        <translation>Confirmado por el a&amp;gente el</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="143" />
        <source>&amp;Follow up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="228" />
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionDialog</name>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="107" />
        <source>Coaching session[*]</source>
        <translation>Sesión de coaching[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>Save the session (Ctrl+S)</source>
        <translation>Guardar la sesión (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>Mark &amp;held</source>
        <translation>Marcar como &amp;realizada</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>The session took place; notes can still be written</source>
        <translation>La sesión se realizó; todavía se pueden escribir notas</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="175" />
        <source>C&amp;lose session</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="176" />
        <source>Freeze the agenda and notes; acknowledgement, actions and follow-up can still change</source>
        <translation>Congelar la agenda y las notas; la confirmación del agente, las acciones y el seguimiento todavía pueden cambiar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Re&amp;open…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Open a closed session again, with a reason</source>
        <translation>Volver a abrir una sesión cerrada, indicando un motivo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>Print the one-page summary for the agent</source>
        <translation>Imprimir el resumen de una página para el agente</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Save the one-page summary as a PDF</source>
        <translation>Guardar el resumen de una página como PDF</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="201" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="207" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="209" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="220" />
        <source>Could not open the session: %1</source>
        <translation>No se pudo abrir la sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="248" />
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="252" />
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="266" />
        <source>Could not change the session</source>
        <translation>No se pudo cambiar la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="270" />
        <source>The session is %1 now.</source>
        <translation>La sesión ahora está %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="284" />
        <source>Close the session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="285" />
        <source>Close the session? The agenda, the notes and the homework can no longer change; the acknowledgement, the action items' done state and the follow-up still can.</source>
        <translation>¿Cerrar la sesión? La agenda, las notas y la tarea ya no podrán cambiar; la confirmación del agente, el estado de las acciones acordadas y el seguimiento sí.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="296" />
        <source>Reopen the session</source>
        <translation>Reabrir la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="297" />
        <source>Why does the closed session need to change?</source>
        <translation>¿Por qué hay que cambiar la sesión cerrada?</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="302" />
        <source>Reopening a closed session needs a reason.</source>
        <translation>Para reabrir una sesión cerrada hace falta un motivo.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="323" />
        <source>Print the session summary</source>
        <translation>Imprimir el resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="335" />
        <source>coaching-%1-%2.pdf</source>
        <translation>coaching-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="339" />
        <source>Export the session summary</source>
        <translation>Exportar el resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="340" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="345" />
        <source>Could not export the summary</source>
        <translation>No se pudo exportar el resumen</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="348" />
        <source>Summary written to %1.</source>
        <translation>Resumen guardado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="358" />
        <source>Coaching session: %1, %2[*]</source>
        <translation>Sesión de coaching: %1, %2[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · focus %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · enfoque: %6</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="362" />
        <source>no team</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="367" />
        <source>Attendance: %1</source>
        <translation>Asistencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Save the session before closing?</source>
        <translation>¿Guardar la sesión antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionEffectPanel</name>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="35" />
        <source>Effect of the session</source>
        <translation>Efecto de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="50" />
        <source>&amp;Trend</source>
        <translation>&amp;Tendencia</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="51" />
        <source>&amp;Effect</source>
        <translation>&amp;Efecto</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="55" />
        <source>Loading the trend…</source>
        <translation>Cargando la tendencia…</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="89" />
        <source>Could not read the trend: %1</source>
        <translation>No se pudo leer la tendencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="94" />
        <source>Could not measure the effect: %1</source>
        <translation>No se pudo medir el efecto: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="96" />
        <source>Before: %1 – %2. The after window starts the day after the session.</source>
        <translation>Antes: %1 – %2. La ventana de después empieza el día siguiente a la sesión.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="100" />
        <source>Before: %1 – %2; after: %3 – %4%5. No result is claimed on fewer than %6 observations.</source>
        <translation>Antes: %1 – %2; después: %3 – %4%5. No se da ningún resultado con menos de %6 observaciones.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="106" />
        <source> (still running)</source>
        <translation> (todavía en curso)</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="120" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (junto al TMO)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67" />
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="88" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="90" />
        <source>Filter by menu, action or keys (Ctrl+F)</source>
        <translation>Filtrar por menú, acción o teclas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="92" />
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="23" />
        <source>Site settings</source>
        <translation>Configuración del sitio</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="26" />
        <source>e.g. Lakeside Contact Centre</source>
        <translation>p. ej., Centro de Contacto Lakeside</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="38" />
        <source>Site &amp;name:</source>
        <translation>&amp;Nombre del sitio:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="41" />
        <source>Changing the currency converts no amounts: set it before the first bonus month is locked.</source>
        <translation>Cambiar la moneda no convierte ningún importe: conviene fijarla antes de cerrar el primer mes de bonos.</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="65" />
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TableExportAction</name>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="53" />
        <source>CSV for spreadsheets and scripts (*.csv)</source>
        <translation>CSV para hojas de cálculo y scripts (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="54" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="58" />
        <location filename="../ui/tableexportaction.cpp" line="68" />
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TargetBands</name>
    <message>
        <location filename="../ui/targetbands.cpp" line="119" />
        <source>CSAT % (target band %1–%2)</source>
        <translation>CSAT % (banda objetivo %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="120" />
        <source>CSAT % (target %1)</source>
        <translation>CSAT % (objetivo %1)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="126" />
        <source>AHT, m:ss (target band %1–%2)</source>
        <translation>TMO, m:ss (banda objetivo %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="128" />
        <source>AHT, m:ss (target %1)</source>
        <translation>TMO, m:ss (objetivo %1)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TimelineMarkers</name>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="175" />
        <source>QA evaluation</source>
        <translation>Evaluación de calidad</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="177" />
        <source>Peer-review note</source>
        <translation>Nota de revisión entre pares</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="179" />
        <source>Coaching session</source>
        <translation>Sesión de coaching</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="186" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="192" />
        <source>QA score %1</source>
        <translation>Puntuación de calidad %1</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="193" />
        <source>Click to open</source>
        <translation>Hacer clic para abrir</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TrendLines</name>
    <message>
        <location filename="../ui/trendlines.cpp" line="42" />
        <source>All</source>
        <translation>Todos</translation>
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
        <translation>%1 · TMO</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>AHT</source>
        <translation>TMO</translation>
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
        <translation>intervalo del 95 %: %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="29" />
        <location filename="../ui/trendtext.cpp" line="34" />
        <source>small sample</source>
        <translation>muestra pequeña</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="30" />
        <source>AHT %1 (n=%2)</source>
        <translation>TMO %1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Handled %1</source>
        <translation>Atendidas %1</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Double-click to open</source>
        <translation>Hacer doble clic para abrir</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="46" />
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="48" />
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="50" />
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="59" />
        <source>No data in this period.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="66" />
        <source>%1 CSAT and AHT from %2 to %3, %4 of %5 buckets with data.</source>
        <translation>CSAT y TMO (%1) del %2 al %3, %4 de %5 intervalos con datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="71" />
        <source>%n agent(s) compared.</source>
        <translation><numerusform>%n agente comparado.</numerusform><numerusform>%n agentes comparados.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trendtext.cpp" line="72" />
        <source>%n event(s) marked.</source>
        <translation><numerusform>%n evento marcado.</numerusform><numerusform>%n eventos marcados.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="175" />
        <source>Contact-centre supervisor console.</source>
        <translation>Consola para supervisores de centros de contacto.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="179" />
        <source>Open FILE (created and set up if new).</source>
        <translation>Abrir ARCHIVO (se crea y prepara si es nuevo).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="44" />
        <source>QA page tab to show: queue, evaluations, mistakes, calibration, disputes or peer-reviews.</source>
        <translation>Pestaña de la página Calidad que mostrar: queue, evaluations, mistakes, calibration, disputes o peer-reviews.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="49" />
        <source>Coaching page tab to show: followups, sessions, effect, phrases or attendance.</source>
        <translation>Pestaña de la página Coaching que mostrar: followups, sessions, effect, phrases o attendance.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="54" />
        <source>Open the evaluation with this id in the evaluation form.</source>
        <translation>Abrir la evaluación con este id en el formulario de evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="57" />
        <source>Open the scorecard designer.</source>
        <translation>Abrir el diseñador de fichas de evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="60" />
        <source>Work as NAME in this run (evaluations, disputes, audit log); the stored name is kept.</source>
        <translation>Trabajar como NAME en esta ejecución (evaluaciones, disputas, registro de auditoría); se conserva el nombre guardado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="183" />
        <source>Page to start on: dashboard, agents, conversations, qa, coaching, bonus, imports or agent (with --agent).</source>
        <translation>Página inicial: dashboard, agents, conversations, qa, coaching, bonus, imports o agent (con --agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="188" />
        <source>Month the Bonus page shows (YYYY-MM); default: last month.</source>
        <translation>Mes que muestra la página Bonos (AAAA-MM); predeterminado: el mes pasado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="192" />
        <source>Dashboard view to show: trend, quadrant or scorecard.</source>
        <translation>Vista del panel que mostrar: trend, quadrant o scorecard.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="195" />
        <source>Trend buckets: day, week or month.</source>
        <translation>Intervalos de la tendencia: day, week o month.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="198" />
        <source>Open the KPI plan dialog.</source>
        <translation>Abrir el diálogo del plan de KPI.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="200" />
        <source>Start with this team selected.</source>
        <translation>Empezar con este equipo seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="204" />
        <source>Start with this agent selected (or shown, with --page agent).</source>
        <translation>Empezar con este agente seleccionado (o mostrado, con --page agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="208" />
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation>Abrir el diálogo de importación para ARCHIVO (CSV, TXT o XLSX).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="211" />
        <source>Database to open, like --db.</source>
        <translation>Base de datos que abrir, como --db.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="221" />
        <location filename="../ui/main.cpp" line="229" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
</context>
</TS>