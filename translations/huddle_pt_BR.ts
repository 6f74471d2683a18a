<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BonusPlanText</name>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="31" />
        <source>Weighted KPI score</source>
        <translation>Pontuação ponderada de KPI</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="33" />
        <source>No-call-no-shows</source>
        <translation>Faltas sem aviso</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="35" />
        <source>Unexcused absences</source>
        <translation>Faltas injustificadas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="37" />
        <source>Attendance violations</source>
        <translation>Infrações de assiduidade</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="39" />
        <source>Late arrivals</source>
        <translation>Atrasos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="41" />
        <source>Sales (count)</source>
        <translation>Vendas (quantidade)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="43" />
        <source>Sales amount</source>
        <translation>Valor das vendas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="45" />
        <source>Conversations handled</source>
        <translation>Conversas atendidas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="47" />
        <source>CSAT responses</source>
        <translation>Respostas CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="49" />
        <source>QA evaluations</source>
        <translation>Avaliações de qualidade</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="51" />
        <source>Perfect CSAT month</source>
        <translation>Mês com CSAT perfeito</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="59" />
        <location filename="../app/models/bonusplantext.cpp" line="67" />
        <source>responses</source>
        <translation>respostas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="61" />
        <source>observations</source>
        <translation>observações</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="64" />
        <source>shifts</source>
        <translation>turnos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="69" />
        <source>evaluations</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="71" />
        <source>conversations</source>
        <translation>conversas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="79" />
        <source>≥ at least</source>
        <translation>≥ pelo menos</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="81" />
        <source>≤ at most</source>
        <translation>≤ no máximo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="83" />
        <source>&lt; below</source>
        <translation>&lt; abaixo de</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="85" />
        <source>&gt; above</source>
        <translation>&gt; acima de</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="94" />
        <source>Flat amount</source>
        <translation>Valor fixo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="96" />
        <source>Per sale, by tier</source>
        <translation>Por venda, por patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="98" />
        <source>Tiered by band</source>
        <translation>Escalonado por faixas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="100" />
        <source>Percent of a base</source>
        <translation>Percentual de uma base</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the sales amount</source>
        <translation>o valor das vendas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="107" />
        <source>the components above</source>
        <translation>os componentes acima</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="114" />
        <source>Bonus becomes 0</source>
        <translation>O bônus passa a 0</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="116" />
        <source>Reduce by a percentage</source>
        <translation>Reduzir em um percentual</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="118" />
        <source>Reduce by an amount</source>
        <translation>Reduzir em um valor</translation>
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
        <translation>Por venda: %1; outros patamares %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="154" />
        <source>no tiers</source>
        <translation>sem patamares</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="159" />
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="161" />
        <source>no bands</source>
        <translation>sem faixas</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="163" />
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplantext.cpp" line="172" />
        <source>bonus → 0</source>
        <translation>bônus → 0</translation>
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
        <translation>Criando uma central de atendimento de demonstração: 4 equipes, 48 agentes, 180 dias…</translation>
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
        <translation>A criação do banco de dados de demonstração foi cancelada.</translation>
    </message>
</context>
<context>
    <name>huddle::core</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="41" />
        <location filename="../app/core/kpiplanjson.cpp" line="46" />
        <source>%1: unknown field '%2' (expected %3)</source>
        <translation>%1: campo desconhecido “%2” (esperado: %3)</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="51" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: missing</source>
        <translation>%1: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="54" />
        <source>%1: must be a whole number</source>
        <translation>%1: deve ser um número inteiro</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="61" />
        <location filename="../app/core/kpiplanjson.cpp" line="53" />
        <source>%1: not an object</source>
        <translation>%1: não é um objeto</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="70" />
        <location filename="../app/core/bonusplanvalidation.cpp" line="94" />
        <source>%1.label: missing</source>
        <translation>%1.label: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="71" />
        <source>%1.label: not a string</source>
        <translation>%1.label: não é uma string</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: missing</source>
        <translation>steps: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="78" />
        <source>steps: not an array</source>
        <translation>steps: não é um array</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="95" />
        <source>Verbal warning</source>
        <translation>Advertência verbal</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="96" />
        <source>Written warning</source>
        <translation>Advertência escrita</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="97" />
        <source>Final warning</source>
        <translation>Advertência final</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="232" />
        <source>score_weights: unknown KPI "%1"</source>
        <translation>score_weights: KPI desconhecido “%1”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjson.cpp" line="250" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: esta versão do Huddle não lê a versão %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="31" />
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="33" />
        <source>an object</source>
        <translation>um objeto</translation>
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
        <translation>%1: não pode ser negativo; recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="31" />
        <source>%1: %2 is more than %3</source>
        <translation>%1: %2 é maior que %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="38" />
        <source>%1: %2 % is outside 0–100 %</source>
        <translation>%1: %2 % está fora de 0–100 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="53" />
        <source>%1: unknown measure "%2"</source>
        <translation>%1: medida desconhecida “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="70" />
        <source>%1.comparison: unknown comparison</source>
        <translation>%1.comparison: comparação desconhecida</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="72" />
        <source>%1.value: not a number</source>
        <translation>%1.value: não é um número</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="80" />
        <source>%1.id: "%2" must be lower-case letters, digits and _</source>
        <translation>%1.id: “%2” deve conter apenas letras minúsculas, dígitos e _</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="83" />
        <source>%1.id: "%2" is already used</source>
        <translation>%1.id: “%2” já está em uso</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="105" />
        <source>%1.tier: missing</source>
        <translation>%1.tier: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="107" />
        <source>%1.tier: tier "%2" appears twice</source>
        <translation>%1.tier: o patamar “%2” aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="118" />
        <source>%1 and up</source>
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="131" />
        <source>%1.measure: perfect_csat is yes or no; bands need a number</source>
        <translation>%1.measure: perfect_csat é sim ou não; as faixas precisam de um número</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="133" />
        <source>%1.bands: a tiered component needs at least one band</source>
        <translation>%1.bands: um componente escalonado precisa de pelo menos uma faixa</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="138" />
        <source>%1: from and to must be numbers</source>
        <translation>%1: from e to devem ser números</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="140" />
        <source>%1: from %2 must be below to %3</source>
        <translation>%1: from %2 deve ser menor que to %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="144" />
        <source>%1: overlaps bands[%2] (%3)</source>
        <translation>%1: sobrepõe-se a bands[%2] (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="168" />
        <source>%1.base: unknown base</source>
        <translation>%1.base: base desconhecida</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="171" />
        <source>%1.kind: unknown kind</source>
        <translation>%1.kind: tipo desconhecido</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="184" />
        <source>%1.effect: unknown effect</source>
        <translation>%1.effect: efeito desconhecido</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="194" />
        <source>score_weights.%1: weight %2 is outside 0–100</source>
        <translation>score_weights.%1: o peso %2 está fora de 0–100</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanvalidation.cpp" line="198" />
        <source>score_weights: weights sum to %1, not 100</source>
        <translation>score_weights: a soma dos pesos é %1, não 100</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="94" />
        <source>Choose at least %1 focus KPI.</source>
        <translation>Escolha pelo menos %1 KPI em foco.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="97" />
        <source>Focus on at most %1 KPIs at a time; %2 are chosen.</source>
        <translation>Concentre-se em no máximo %1 KPIs por vez; %2 estão escolhidos.</translation>
    </message>
    <message>
        <location filename="../app/core/coaching.cpp" line="101" />
        <source>%1 is chosen twice as a focus KPI; each focus KPI counts once.</source>
        <translation>%1 foi escolhido duas vezes como KPI em foco; cada KPI em foco conta uma única vez.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="23" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="44" />
        <source>The answers do not match the scorecard: it has %1 criteria, the evaluation %2 answers before and %3 after the decision.</source>
        <translation>As respostas não correspondem ao formulário de avaliação: ele tem %1 critérios, e a avaliação tem %2 respostas antes e %3 depois da decisão.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="51" />
        <source>The disputed criterion (number %1) is not on this scorecard.</source>
        <translation>O critério contestado (número %1) não está neste formulário de avaliação.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="55" />
        <source>The new answer to criterion %1 is not valid: answer yes or no, 1 to 5 on a scale, or N/A where the criterion allows it.</source>
        <translation>A nova resposta ao critério %1 não é válida: responda sim ou não, de 1 a 5 em uma escala, ou N/A quando o critério permitir.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="68" />
        <source>Only QA evaluations can be disputed; peer reviews and calibration scores never count in the agent's QA score.</source>
        <translation>Somente avaliações de qualidade podem ser contestadas; avaliações por pares e pontuações de calibração nunca contam na pontuação de qualidade do agente.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="72" />
        <source>This evaluation is still a draft; it can be disputed once it is published.</source>
        <translation>Esta avaliação ainda é um rascunho; poderá ser contestada depois de publicada.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="74" />
        <source>This evaluation is already disputed; wait for the arbitrator's decision.</source>
        <translation>Esta avaliação já está em contestação; aguarde a decisão do árbitro.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="76" />
        <source>This evaluation is final and can no longer be disputed.</source>
        <translation>Esta avaliação é definitiva e não pode mais ser contestada.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="81" />
        <source>This evaluation has no publication time, so its dispute window cannot be determined; ask an administrator to check it.</source>
        <translation>Esta avaliação não tem horário de publicação, portanto o prazo de contestação não pode ser determinado; peça a um administrador que a verifique.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="114" />
        <source>This evaluation is final; it can no longer be changed.</source>
        <translation>Esta avaliação é definitiva; não pode mais ser alterada.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="121" />
        <source>This evaluation is disputed; it can only change through the arbitrator's decision.</source>
        <translation>Esta avaliação está em contestação; só pode mudar pela decisão do árbitro.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="123" />
        <source>A published evaluation cannot go back to being a draft; correct it instead.</source>
        <translation>Uma avaliação publicada não pode voltar a ser rascunho; corrija-a em vez disso.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="124" />
        <source>A draft must be published before it can be disputed or made final.</source>
        <translation>Um rascunho precisa ser publicado antes de poder ser contestado ou tornado definitivo.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="137" />
        <source>A rejection keeps every answer as it was; to change an answer, accept or partially accept the dispute instead.</source>
        <translation>Uma rejeição mantém todas as respostas como estavam; para alterar uma resposta, aceite ou aceite parcialmente a contestação.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="141" />
        <source>This dispute is about criterion %1 only; criterion %2 cannot be changed by its decision.</source>
        <translation>Esta contestação trata apenas do critério %1; a decisão dela não pode alterar o critério %2.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="149" />
        <source>Accepting a dispute must change the score; re-score the disputed answers, or reject the dispute if the score stands.</source>
        <translation>Aceitar uma contestação precisa alterar a pontuação; pontue novamente as respostas contestadas ou rejeite a contestação se a pontuação for mantida.</translation>
    </message>
    <message>
        <location filename="../app/core/dispute.cpp" line="152" />
        <source>Give a reason for the decision; the agent and the evaluator will read it.</source>
        <translation>Informe um motivo para a decisão; o agente e o avaliador vão lê-lo.</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="53" />
        <source>%1: thresholds must be numbers of at least %2</source>
        <translation>%1: os limites devem ser números de pelo menos %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="54" />
        <source>%1: thresholds must lie between %2 and %3</source>
        <translation>%1: os limites devem estar entre %2 e %3</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="60" />
        <source>%1: thresholds must fall from below to exceeded</source>
        <translation>%1: os limites devem decrescer de abaixo até superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="61" />
        <source>%1: thresholds must rise from below to exceeded</source>
        <translation>%1: os limites devem crescer de abaixo até superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="33" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="35" />
        <source>%1.%2: not a number</source>
        <translation>%1.%2: não é um número</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="38" />
        <source>%1.%2: must be a whole number, got %3</source>
        <translation>%1.%2: deve ser um número inteiro; recebido %3</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="76" />
        <source>kpis: missing or not an object</source>
        <translation>kpis: ausente ou não é um objeto</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="83" />
        <source>kpis: unknown KPI '%1' (expected %2)</source>
        <translation>kpis: KPI desconhecido “%1” (esperado: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="96" />
        <source>band_points: missing or not an object</source>
        <translation>band_points: ausente ou não é um objeto</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="281" />
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="284" />
        <source>a scorecard file holds one JSON object, with "format": "%1"</source>
        <translation>um arquivo de formulário de avaliação contém um objeto JSON, com "format": "%1"</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="56" />
        <source>a criterion needs a name</source>
        <translation>um critério precisa de um nome</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="59" />
        <source>the name "%1" is already used by %2; criterion names must be unique within a scorecard</source>
        <translation>o nome “%1” já é usado por %2; os nomes dos critérios devem ser únicos em um formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="66" />
        <source>the weight must be a number greater than 0, found %1</source>
        <translation>o peso deve ser um número maior que 0; encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="78" />
        <source>a scorecard needs a name</source>
        <translation>um formulário de avaliação precisa de um nome</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="80" />
        <source>a scorecard needs at least one section</source>
        <translation>um formulário de avaliação precisa de pelo menos uma seção</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="84" />
        <source>a section needs a name</source>
        <translation>uma seção precisa de um nome</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="87" />
        <source>section "%1" needs at least one criterion</source>
        <translation>a seção “%1” precisa de pelo menos um critério</translation>
    </message>
</context>
<context>
    <name>huddle::core::AttendanceLadder</name>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="109" />
        <source>windowDays must be between 1 and %1, got %2</source>
        <translation>windowDays deve estar entre 1 e %1; recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="111" />
        <source>steps: a ladder needs at least one step</source>
        <translation>steps: uma escala precisa de pelo menos um nível</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="115" />
        <source>%1.violations must be at least 1, got %2</source>
        <translation>%1.violations deve ser pelo menos 1; recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="117" />
        <source>%1.violations must be greater than %2.violations</source>
        <translation>%1.violations deve ser maior que %2.violations</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="119" />
        <source>%1.label must not be blank</source>
        <translation>%1.label não pode ficar em branco</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="139" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON inválido: %1 na posição %2</translation>
    </message>
    <message>
        <location filename="../app/core/attendanceladder.cpp" line="141" />
        <source>an attendance ladder is a JSON object</source>
        <translation>uma escala de advertências de assiduidade é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>huddle::core::BonusPlan</name>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="181" />
        <source>Example plan: perfect CSAT and sales by tier</source>
        <translation>Plano de exemplo: CSAT perfeito e vendas por patamar</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="185" />
        <source>Perfect CSAT month</source>
        <translation>Mês com CSAT perfeito</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="193" />
        <source>Sales by product tier</source>
        <translation>Vendas por patamar de produto</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="200" />
        <source>QA average below 80 %</source>
        <translation>Média de qualidade abaixo de 80 %</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="208" />
        <source>Any no-call-no-show</source>
        <translation>Qualquer falta sem aviso</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplan.cpp" line="209" />
        <source>Two or more unexcused absences</source>
        <translation>Duas ou mais faltas injustificadas</translation>
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
        <translation>sem dados de KPI para a pontuação ponderada</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="118" />
        <source>no scheduled shifts</source>
        <translation>nenhum turno programado</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="120" />
        <location filename="../app/core/bonuswording.cpp" line="218" />
        <source>no CSAT responses</source>
        <translation>nenhuma resposta de CSAT</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="122" />
        <source>no conversations handled</source>
        <translation>nenhuma conversa atendida</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="124" />
        <source>no QA evaluations</source>
        <translation>nenhuma avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="126" />
        <source>no handle times</source>
        <translation>sem tempos de atendimento</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="128" />
        <source>no resolution data</source>
        <translation>sem dados de resolução</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="130" />
        <source>no on-queue time</source>
        <translation>sem tempo em fila</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="132" />
        <source>no NPS responses</source>
        <translation>nenhuma resposta de NPS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="143" />
        <source>%n no-call-no-show(s)</source>
        <translation><numerusform>%n falta sem aviso</numerusform><numerusform>%n faltas sem aviso</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="146" />
        <source>%n unexcused absence(s)</source>
        <translation><numerusform>%n falta injustificada</numerusform><numerusform>%n faltas injustificadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="149" />
        <source>%n attendance violation(s)</source>
        <translation><numerusform>%n infração de assiduidade</numerusform><numerusform>%n infrações de assiduidade</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="152" />
        <source>%n late arrival(s)</source>
        <translation><numerusform>%n atraso</numerusform><numerusform>%n atrasos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="155" />
        <source>%n sale(s)</source>
        <translation><numerusform>%n venda</numerusform><numerusform>%n vendas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="157" />
        <source>%n conversation(s) handled</source>
        <translation><numerusform>%n conversa atendida</numerusform><numerusform>%n conversas atendidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="159" />
        <source>%n CSAT response(s)</source>
        <translation><numerusform>%n resposta de CSAT</numerusform><numerusform>%n respostas de CSAT</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="161" />
        <source>%n QA evaluation(s)</source>
        <translation><numerusform>%n avaliação de qualidade</numerusform><numerusform>%n avaliações de qualidade</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="166" />
        <source>%1 on %2</source>
        <comment>count on a day</comment>
        <translation>%1 em %2</translation>
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
        <translation>pontuação ponderada de KPI %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="179" />
        <source>weighted KPI score %1 (data on %2 % of the weights)</source>
        <translation>pontuação ponderada de KPI %1 (dados em %2 % dos pesos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="183" />
        <source>attendance %1 % on %n shift(s)</source>
        <translation><numerusform>assiduidade %1 % em %n turno</numerusform><numerusform>assiduidade %1 % em %n turnos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="185" />
        <location filename="../app/core/bonuswording.cpp" line="219" />
        <source>CSAT %1 % on %n response(s)</source>
        <translation><numerusform>CSAT %1 % em %n resposta</numerusform><numerusform>CSAT %1 % em %n respostas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="187" />
        <source>sales conversion %1 % on %n conversation(s)</source>
        <translation><numerusform>conversão de vendas %1 % em %n conversa</numerusform><numerusform>conversão de vendas %1 % em %n conversas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="189" />
        <source>QA %1 % on %n evaluation(s)</source>
        <translation><numerusform>qualidade %1 % em %n avaliação</numerusform><numerusform>qualidade %1 % em %n avaliações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="191" />
        <source>AHT %1 s on %n conversation(s)</source>
        <translation><numerusform>TMA %1 s em %n conversa</numerusform><numerusform>TMA %1 s em %n conversas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="193" />
        <source>FCR %1 % on %n conversation(s)</source>
        <translation><numerusform>FCR %1 % em %n conversa</numerusform><numerusform>FCR %1 % em %n conversas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="195" />
        <source>%1 contacts per hour on %n conversation(s)</source>
        <translation><numerusform>%1 contatos por hora em %n conversa</numerusform><numerusform>%1 contatos por hora em %n conversas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="197" />
        <source>NPS %1 on %n response(s)</source>
        <translation><numerusform>NPS %1 em %n resposta</numerusform><numerusform>NPS %1 em %n respostas</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="209" />
        <source>sales of %1</source>
        <translation>vendas no valor de %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="237" />
        <source>at least %1</source>
        <translation>pelo menos %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="239" />
        <source>at most %1</source>
        <translation>no máximo %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="241" />
        <source>below %1</source>
        <translation>abaixo de %1</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="243" />
        <source>above %1</source>
        <translation>acima de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="252" />
        <source>fewer than %n response(s)</source>
        <translation><numerusform>menos de %n resposta</numerusform><numerusform>menos de %n respostas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="254" />
        <source>fewer than %n evaluation(s)</source>
        <translation><numerusform>menos de %n avaliação</numerusform><numerusform>menos de %n avaliações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="256" />
        <source>fewer than %n scheduled shift(s)</source>
        <translation><numerusform>menos de %n turno programado</numerusform><numerusform>menos de %n turnos programados</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="258" />
        <source>fewer than %n conversation(s)</source>
        <translation><numerusform>menos de %n conversa</numerusform><numerusform>menos de %n conversas</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="260" />
        <source>data on less than %1 % of the weights</source>
        <translation>dados em menos de %1 % dos pesos</translation>
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
        <translation>%1: não atingiu 100 % → %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="292" />
        <source>%1, %2 → %3</source>
        <translation>%1, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="309" />
        <source>%1 × no tier %2</source>
        <translation>%1 × sem patamar %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="310" />
        <source>%1 × tier %2 %3</source>
        <translation>%1 × patamar %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="313" />
        <source>no sales → %1</source>
        <translation>sem vendas → %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bonuswording.cpp" line="314" />
        <source>%n sale(s): %1 = %2</source>
        <translation><numerusform>%n venda: %1 = %2</numerusform><numerusform>%n vendas: %1 = %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="324" />
        <source>%1: in no band → %2</source>
        <translation>%1: em nenhuma faixa → %2</translation>
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
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="329" />
        <source>%1, band %2 → %3</source>
        <translation>%1, faixa %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="335" />
        <source>%1 % of sales %2 → %3</source>
        <translation>%1 % das vendas de %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="336" />
        <source>%1 % of the components above, %2 → %3</source>
        <translation>%1 % dos componentes acima, %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="348" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="352" />
        <source>%1 → bonus %2</source>
        <translation>%1 → bônus %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="355" />
        <source>%1 → %2 % = %3, only %4 left = %5</source>
        <translation>%1 → %2 % = %3, restam apenas %4 = %5</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="357" />
        <source>%1 → %2 % = %3</source>
        <translation>%1 → %2 % = %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="360" />
        <source>%1 → %2, only %3 left = %4</source>
        <translation>%1 → %2, restam apenas %3 = %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="368" />
        <source>%1 is over the cap of %2 per agent → %3</source>
        <translation>%1 ultrapassa o teto de %2 por agente → %3</translation>
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
        <translation>Ajuste de %1: os dados mudaram após o fechamento (pago %2, agora %3) → %4</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="381" />
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="386" />
        <source>Cap per agent</source>
        <translation>Teto por agente</translation>
    </message>
    <message>
        <location filename="../app/core/bonuswording.cpp" line="391" />
        <source>Amounts are whole cents, computed without floating point. Percentages are taken in integer arithmetic and rounded half away from zero to the cent (half a cent or more rounds up). Components are added in plan order; the gates then apply in plan order (a gate that zeroes the bonus ends them, and no gate takes the bonus below zero); the cap per agent applies last.</source>
        <translation>Os valores são centavos inteiros, calculados sem ponto flutuante. Os percentuais são calculados com aritmética inteira e arredondados ao centavo, com as metades arredondadas para longe de zero (meio centavo ou mais arredonda para cima). Os componentes são somados na ordem do plano; em seguida, as condições de bloqueio são aplicadas na ordem do plano (uma condição que zera o bônus encerra as demais, e nenhuma condição leva o bônus abaixo de zero); o teto por agente é aplicado por último.</translation>
    </message>
</context>
<context>
    <name>huddle::core::DefaultScorecards</name>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="34" />
        <source>Ownership</source>
        <translation>Responsabilidade</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="35" />
        <source>Takes responsibility for the issue through to resolution or a clear hand-off, without blaming other teams.</source>
        <translation>Assume a responsabilidade pelo problema até a resolução ou um encaminhamento claro, sem culpar outras equipes.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="74" />
        <source>Voice QA</source>
        <translation>Qualidade de voz</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="75" />
        <source>Quality form for phone calls: verification, resolution, soft skills and compliance.</source>
        <translation>Formulário de qualidade para ligações telefônicas: verificação, resolução, habilidades interpessoais e conformidade.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="81" />
        <location filename="../app/core/defaultscorecards.cpp" line="152" />
        <source>Opening and verification</source>
        <translation>Abertura e verificação</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="82" />
        <source>Greeting and introduction</source>
        <translation>Saudação e apresentação</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="83" />
        <source>Greets the caller with the standard opening, gives their name and offers help within the first ten seconds.</source>
        <translation>Cumprimenta o cliente com a abertura padrão, diz o próprio nome e oferece ajuda nos primeiros dez segundos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="87" />
        <location filename="../app/core/defaultscorecards.cpp" line="159" />
        <source>Identity verification</source>
        <translation>Verificação de identidade</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="88" />
        <source>Verifies the caller's identity with the required security questions before discussing or changing any account details.</source>
        <translation>Verifica a identidade do cliente com as perguntas de segurança obrigatórias antes de tratar ou alterar qualquer dado da conta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="93" />
        <source>Understanding and resolution</source>
        <translation>Compreensão e resolução</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="94" />
        <source>Active listening</source>
        <translation>Escuta ativa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="95" />
        <source>Lets the caller finish, asks focused questions and confirms the need before acting on it.</source>
        <translation>Deixa o cliente terminar, faz perguntas objetivas e confirma a necessidade antes de agir.</translation>
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
        <translation>Usa a base de conhecimento e perguntas direcionadas para encontrar a causa raiz, em vez de adivinhar ou repetir passos que o cliente já tentou.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="105" />
        <source>Accurate information</source>
        <translation>Informação precisa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="106" />
        <source>Gives correct and complete information, including prices, dates and policies.</source>
        <translation>Dá informações corretas e completas, incluindo preços, datas e políticas.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="111" />
        <source>Soft skills</source>
        <translation>Habilidades interpessoais</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="112" />
        <location filename="../app/core/defaultscorecards.cpp" line="185" />
        <source>Empathy</source>
        <translation>Empatia</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="113" />
        <source>Acknowledges how the caller feels and adapts tone and pace to the situation.</source>
        <translation>Reconhece como o cliente se sente e adapta o tom e o ritmo à situação.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="117" />
        <location filename="../app/core/defaultscorecards.cpp" line="190" />
        <source>Staying calm under pressure</source>
        <translation>Calma sob pressão</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="118" />
        <source>Stays polite, steady and in control with an upset or demanding caller, without interrupting or arguing.</source>
        <translation>Mantém-se educado, estável e no controle diante de um cliente irritado ou exigente, sem interromper nem discutir.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="122" />
        <source>Hold and transfer etiquette</source>
        <translation>Boas práticas de espera e transferência</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="123" />
        <source>Asks before placing on hold, checks back within a minute and explains a transfer before making it.</source>
        <translation>Pede permissão antes de colocar em espera, retorna em até um minuto e explica a transferência antes de fazê-la.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="128" />
        <location filename="../app/core/defaultscorecards.cpp" line="201" />
        <source>Compliance and closing</source>
        <translation>Conformidade e encerramento</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="129" />
        <source>Mandatory disclosures</source>
        <translation>Avisos obrigatórios</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="130" />
        <source>Reads every required disclosure, such as call recording and the terms of a sale, in full and at the right moment.</source>
        <translation>Lê todos os avisos obrigatórios, como o de gravação da ligação e as condições de uma venda, por completo e no momento certo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="134" />
        <source>Closing and notes</source>
        <translation>Encerramento e anotações</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="135" />
        <source>Summarises the next steps, offers further help and records notes the next agent can act on.</source>
        <translation>Resume os próximos passos, oferece mais ajuda e registra anotações que o próximo agente possa usar.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="145" />
        <source>Chat QA</source>
        <translation>Qualidade de chat</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="146" />
        <source>Quality form for chat conversations: verification, resolution, written communication and data privacy.</source>
        <translation>Formulário de qualidade para conversas de chat: verificação, resolução, comunicação escrita e privacidade de dados.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="153" />
        <source>Prompt, personal greeting</source>
        <translation>Saudação rápida e personalizada</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="154" />
        <source>Replies within the first minute with a greeting that uses the customer's name and sets expectations.</source>
        <translation>Responde no primeiro minuto com uma saudação que usa o nome do cliente e define expectativas.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="160" />
        <source>Verifies the customer's identity through the approved method before sharing or changing account details.</source>
        <translation>Verifica a identidade do cliente pelo método aprovado antes de compartilhar ou alterar dados da conta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="165" />
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="167" />
        <source>Reads the history first and asks targeted questions to find the root cause instead of sending generic steps.</source>
        <translation>Lê primeiro o histórico e faz perguntas direcionadas para encontrar a causa raiz, em vez de enviar passos genéricos.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="171" />
        <source>Accurate, complete answer</source>
        <translation>Resposta precisa e completa</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="172" />
        <source>Answers every question the customer asked, correctly, with links or steps they can follow.</source>
        <translation>Responde corretamente a todas as perguntas do cliente, com links ou passos que ele possa seguir.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="178" />
        <source>Written communication</source>
        <translation>Comunicação escrita</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="179" />
        <source>Clear written tone</source>
        <translation>Tom escrito claro</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="180" />
        <source>Writes short, friendly, correctly spelled messages in plain language, without jargon or walls of text.</source>
        <translation>Escreve mensagens curtas, cordiais e sem erros de ortografia, em linguagem simples, sem jargões nem blocos de texto enormes.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="186" />
        <source>Acknowledges the customer's situation in their own words rather than with a canned phrase.</source>
        <translation>Reconhece a situação do cliente com as próprias palavras, em vez de uma frase pronta.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="191" />
        <source>Stays polite and factual with an upset or rude customer and never mirrors their tone.</source>
        <translation>Mantém-se educado e objetivo com um cliente irritado ou grosseiro e nunca imita o tom dele.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="195" />
        <source>Response pace</source>
        <translation>Ritmo de resposta</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="196" />
        <source>Keeps gaps between replies under two minutes, or says so when a longer check is needed.</source>
        <translation>Mantém os intervalos entre respostas abaixo de dois minutos, ou avisa quando precisa de mais tempo para verificar algo.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="202" />
        <source>Data privacy</source>
        <translation>Privacidade de dados</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="203" />
        <source>Never asks for or pastes full card numbers, passwords or other sensitive data in the chat.</source>
        <translation>Nunca pede nem cola no chat números completos de cartão, senhas ou outros dados sensíveis.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="208" />
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="209" />
        <source>Confirms the issue is solved or states the next step, and offers further help before closing.</source>
        <translation>Confirma que o problema foi resolvido ou informa o próximo passo, e oferece mais ajuda antes de encerrar.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="220" />
        <source>Peer review</source>
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="221" />
        <source>A short form for agents reviewing a colleague's conversation; it never counts in QA scores.</source>
        <translation>Um formulário curto para agentes avaliarem a conversa de um colega; nunca conta nas pontuações de qualidade.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="227" />
        <source>What a colleague noticed</source>
        <translation>O que um colega percebeu</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="228" />
        <source>Friendly and respectful</source>
        <translation>Cordial e respeitoso</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="229" />
        <source>The customer was treated warmly and with respect from start to finish.</source>
        <translation>O cliente foi tratado com cordialidade e respeito do início ao fim.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="232" />
        <source>Clear explanation</source>
        <translation>Explicação clara</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="233" />
        <source>The customer could follow every explanation without asking twice.</source>
        <translation>O cliente conseguiu acompanhar todas as explicações sem precisar perguntar duas vezes.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="236" />
        <source>Owned the issue</source>
        <translation>Assumiu o problema</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="237" />
        <source>The issue was solved, or the customer left knowing exactly what happens next.</source>
        <translation>O problema foi resolvido, ou o cliente saiu sabendo exatamente o que acontece em seguida.</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="240" />
        <source>Worth copying</source>
        <translation>Vale a pena copiar</translation>
    </message>
    <message>
        <location filename="../app/core/defaultscorecards.cpp" line="241" />
        <source>The conversation shows something you would use in your own conversations.</source>
        <translation>A conversa mostra algo que você usaria nas suas próprias conversas.</translation>
    </message>
</context>
<context>
    <name>huddle::core::Dispute</name>
    <message numerus="yes">
        <location filename="../app/core/dispute.cpp" line="86" />
        <source>The dispute window of %n day(s) after publishing closed at %1; the evaluation can no longer be disputed.</source>
        <translation><numerusform>O prazo de contestação de %n dia após a publicação terminou em %1; a avaliação não pode mais ser contestada.</numerusform><numerusform>O prazo de contestação de %n dias após a publicação terminou em %1; a avaliação não pode mais ser contestada.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::core::KpiPlan</name>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="157" />
        <source>%1: weight %2 is outside 0–100</source>
        <translation>%1: o peso %2 está fora de 0–100</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="161" />
        <source>weights sum to %1, not 100</source>
        <translation>a soma dos pesos é %1, não 100</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplan.cpp" line="168" />
        <source>band points must lie in 0–100 and never fall from far below to exceeded</source>
        <translation>os pontos das faixas devem estar entre 0 e 100 e nunca diminuir de muito abaixo até superado</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="136" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON inválido: %1 na posição %2</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="138" />
        <source>a KPI plan is a JSON object</source>
        <translation>um plano de KPI é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/core/kpiplanjson.cpp" line="148" />
        <source>plan.version: %1 is not a version this Huddle reads (%2)</source>
        <translation>plan.version: esta versão do Huddle não lê a versão %1 (%2)</translation>
    </message>
</context>
<context>
    <name>huddle::core::LineParser</name>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="71" />
        <source>expected a time in square brackets such as [01:23] or [1:02:03], but the ']' is missing</source>
        <translation>esperado um horário entre colchetes, como [01:23] ou [1:02:03], mas falta o ']'</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="76" />
        <source>expected a time such as [01:23] or [1:02:03], found [%1]</source>
        <translation>esperado um horário como [01:23] ou [1:02:03], encontrado [%1]</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="93" />
        <source>expected "Speaker: text"; a time goes first, in square brackets, as in "[01:23] Agent: Hello"</source>
        <translation>esperado "Interlocutor: texto"; o horário vem primeiro, entre colchetes, como em "[01:23] Agent: Hello"</translation>
    </message>
    <message>
        <location filename="../app/core/transcripttext.cpp" line="97" />
        <source>expected "Speaker: text", as in "Agent: Hello" or "[01:23] Customer: Hi"</source>
        <translation>esperado "Interlocutor: texto", como em "Agent: Hello" ou "[01:23] Customer: Hi"</translation>
    </message>
</context>
<context>
    <name>huddle::core::Places</name>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="25" />
        <location filename="../app/core/scorecardvalidation.cpp" line="26" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="29" />
        <source>Section %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardvalidation.cpp" line="34" />
        <source>Criterion %1 of section %2</source>
        <translation>Critério %1 da seção %2</translation>
    </message>
</context>
<context>
    <name>huddle::core::PlanReader</name>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="53" />
        <source>%1: unknown field "%2" (expected %3)</source>
        <translation>%1: campo desconhecido “%2” (esperado: %3)</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="62" />
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON inválido: %1 na posição %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="64" />
        <source>a bonus plan is a JSON object</source>
        <translation>um plano de bônus é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="72" />
        <source>%1.%2: missing</source>
        <translation>%1.%2: ausente</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="80" />
        <source>%1.%2: expected text, got %3</source>
        <translation>%1.%2: esperado texto, recebido %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="87" />
        <source>%1: expected a number, got %2</source>
        <translation>%1: esperado um número, recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="98" />
        <source>%1.%2: expected a whole number, got %3</source>
        <translation>%1.%2: esperado um número inteiro, recebido %3</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="108" />
        <source>%1: expected a decimal amount like "80.00", got %2</source>
        <translation>%1: esperado um valor decimal como "80.00", recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="116" />
        <source>%1: expected a percentage like "2.5", got %2</source>
        <translation>%1: esperado um percentual como "2.5", recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="125" />
        <source>%1.%2: unknown measure "%3"</source>
        <translation>%1.%2: medida desconhecida “%3”</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="132" />
        <source>%1: expected an object, got %2</source>
        <translation>%1: esperado um objeto, recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="139" />
        <source>%1: expected a list, got %2</source>
        <translation>%1: esperada uma lista, recebido %2</translation>
    </message>
    <message>
        <location filename="../app/core/bonusplanjsonreader.cpp" line="145" />
        <source>%1.%2: unknown %3 "%4"</source>
        <translation>%1.%2: %3 desconhecido “%4”</translation>
    </message>
</context>
<context>
    <name>huddle::core::ScorecardReader</name>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="68" />
        <source>%1: unknown key "%2"; expected one of %3</source>
        <translation>%1: chave desconhecida “%2”; esperada uma destas: %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="81" />
        <location filename="../app/core/scorecardjson.cpp" line="230" />
        <source>a text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="90" />
        <location filename="../app/core/scorecardjson.cpp" line="226" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="100" />
        <location filename="../app/core/scorecardjson.cpp" line="130" />
        <location filename="../app/core/scorecardjson.cpp" line="228" />
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="114" />
        <source>%1: "%2" is not one of %3</source>
        <translation>%1: “%2” não é um destes: %3</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="127" />
        <source>format: "%1" is not a Huddle scorecard (expected "%2")</source>
        <translation>format: “%1” não é um formulário de avaliação do Huddle (esperado “%2”)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="132" />
        <source>formatVersion: version %1 is not one this Huddle reads (it reads version %2)</source>
        <translation>formatVersion: esta versão do Huddle não lê a versão %1 (ela lê a versão %2)</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="158" />
        <location filename="../app/core/scorecardjson.cpp" line="174" />
        <location filename="../app/core/scorecardjson.cpp" line="234" />
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="181" />
        <location filename="../app/core/scorecardjson.cpp" line="202" />
        <location filename="../app/core/scorecardjson.cpp" line="232" />
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="216" />
        <source>%1: missing; expected %2</source>
        <translation>%1: ausente; esperado %2</translation>
    </message>
    <message>
        <location filename="../app/core/scorecardjson.cpp" line="217" />
        <source>%1: expected %2, found %3</source>
        <translation>%1: esperado %2, encontrado %3</translation>
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
        <translation>a planilha está vazia</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="90" />
        <location filename="../app/importers/importjob.cpp" line="169" />
        <location filename="../app/importers/importjob.cpp" line="258" />
        <source>cannot open the file: %1</source>
        <translation>não é possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="196" />
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="268" />
        <source>unknown profile '%1'</source>
        <translation>perfil desconhecido “%1”</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="333" />
        <source>the dates could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation>as datas podem ser dia/mês ou mês/dia; escolha a ordem das datas (--date-order dmy ou mdy)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="340" />
        <source>unknown time zone '%1'</source>
        <translation>fuso horário desconhecido “%1”</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="412" />
        <source>no conversation with this id from source '%1' has been imported (import the conversations first, or set the source they were imported under)</source>
        <translation>nenhuma conversa com este id da origem “%1” foi importada (importe as conversas primeiro ou informe a origem com que foram importadas)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="419" />
        <source>another row of this file already gave this agent and day; a summary file needs one row per agent and day</source>
        <translation>outra linha deste arquivo já informou este agente e dia; um arquivo de resumo precisa de uma linha por agente e dia</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="446" />
        <source>line,column,header,value,reason</source>
        <translation>linha,coluna,cabeçalho,valor,motivo</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="212" />
        <source>unknown shape '%1'</source>
        <translation>tipo de dados desconhecido “%1”</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="220" />
        <source>unknown field '%1'</source>
        <translation>campo desconhecido “%1”</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="397" />
        <source>profile '%1' is not valid JSON: %2</source>
        <translation>o perfil “%1” não é um JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/profile.cpp" line="400" />
        <source>profile '%1': %2</source>
        <translation>perfil “%1”: %2</translation>
    </message>
</context>
<context>
    <name>huddle::importers::CsvReader</name>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="58" />
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="215" />
        <source>quoted field opened here is never closed</source>
        <translation>o campo entre aspas aberto aqui nunca é fechado</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="283" />
        <source>unexpected character %1 after the closing quote (expected the delimiter %2 or a line end)</source>
        <translation>caractere inesperado %1 após a aspa de fechamento (era esperado o delimitador %2 ou um fim de linha)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="295" />
        <location filename="../app/importers/csvreader.cpp" line="337" />
        <source>record longer than 1 MiB</source>
        <translation>registro com mais de 1 MiB</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="333" />
        <source>record longer than 1 MiB: the quoted field opened here is not closed within it</source>
        <translation>registro com mais de 1 MiB: o campo entre aspas aberto aqui não é fechado dentro dele</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="418" />
        <source>could not read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="428" />
        <source>invalid UTF-16 (the file ends in the middle of a character)</source>
        <translation>UTF-16 inválido (o arquivo termina no meio de um caractere)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="431" />
        <source>invalid UTF-16 (unpaired surrogate)</source>
        <translation>UTF-16 inválido (substituto sem par)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="437" />
        <source>invalid UTF-8 byte sequence (the file ends in the middle of a character)</source>
        <translation>sequência de bytes UTF-8 inválida (o arquivo termina no meio de um caractere)</translation>
    </message>
    <message>
        <location filename="../app/importers/csvreader.cpp" line="440" />
        <source>invalid UTF-8 byte sequence</source>
        <translation>sequência de bytes UTF-8 inválida</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Fields</name>
    <message>
        <location filename="../app/importers/fields.cpp" line="18" />
        <source>conversation, call or ticket id in the source</source>
        <translation>id da conversa, ligação ou ticket na origem</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="20" />
        <source>agent who handled it (display name)</source>
        <translation>agente que a atendeu (nome de exibição)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="21" />
        <source>team name</source>
        <translation>nome da equipe</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="23" />
        <source>date (combined with time when both are mapped)</source>
        <translation>data (combinada com a hora quando ambas estão mapeadas)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="25" />
        <source>time of day the conversation started</source>
        <translation>hora do dia em que a conversa começou</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="27" />
        <source>date and time it started</source>
        <translation>data e hora de início</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="29" />
        <source>answered (yes) or abandoned (no)</source>
        <translation>atendida (yes) ou abandonada (no)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="31" />
        <source>wait before answer (speed of answer)</source>
        <translation>espera até o atendimento (velocidade de atendimento)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="32" />
        <source>talk time</source>
        <translation>tempo de conversação</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="33" />
        <source>hold time</source>
        <translation>tempo em espera</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="34" />
        <source>after-call work time</source>
        <translation>tempo de pós-atendimento</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="36" />
        <source>total handle time as exported</source>
        <translation>tempo total de atendimento, como exportado</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="38" />
        <source>resolved on first contact</source>
        <translation>resolvida no primeiro contato</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="40" />
        <source>CSAT answer on the source's scale (per agent-day: CSAT %)</source>
        <translation>resposta CSAT na escala da origem (por agente-dia: CSAT %)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="42" />
        <source>NPS answer 0–10</source>
        <translation>resposta NPS de 0 a 10</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="43" />
        <source>number of sales</source>
        <translation>número de vendas</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="44" />
        <source>sales amount</source>
        <translation>valor das vendas</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="46" />
        <source>channel: call, chat, email or ticket</source>
        <translation>canal: call, chat, email ou ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="47" />
        <source>queue, topic or campaign</source>
        <translation>fila, assunto ou campanha</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="49" />
        <source>customer id or phone number (for FCR without a resolved flag)</source>
        <translation>id ou telefone do cliente (para FCR sem indicador de resolução)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="52" />
        <source>conversations handled (per agent-day)</source>
        <translation>conversas atendidas (por agente-dia)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="54" />
        <source>first response time (chat, e-mail)</source>
        <translation>tempo da primeira resposta (chat, e-mail)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="56" />
        <source>resolution time (chat, e-mail)</source>
        <translation>tempo de resolução (chat, e-mail)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="58" />
        <source>date and time it was closed</source>
        <translation>data e hora de encerramento</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="60" />
        <source>time on queue (per agent-day, for CpH)</source>
        <translation>tempo em fila (por agente-dia, para CpH)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="61" />
        <source>subject line</source>
        <translation>linha de assunto</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="63" />
        <source>transcript or recording reference</source>
        <translation>referência da transcrição ou da gravação</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="65" />
        <source>CSAT responses (per agent-day)</source>
        <translation>respostas CSAT (por agente-dia)</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="67" />
        <source>present, late, excused, unexcused or no-call-no-show</source>
        <translation>present, late, excused, unexcused ou no-call-no-show</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="68" />
        <source>minutes late</source>
        <translation>minutos de atraso</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="69" />
        <source>scheduled shift start</source>
        <translation>início do turno programado</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="71" />
        <source>scheduled shift length in minutes</source>
        <translation>duração do turno programado em minutos</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="72" />
        <source>schedule adherence %</source>
        <translation>% de aderência à escala</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="73" />
        <source>product sold</source>
        <translation>produto vendido</translation>
    </message>
    <message>
        <location filename="../app/importers/fields.cpp" line="74" />
        <source>product tier</source>
        <translation>nível do produto</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportJob</name>
    <message numerus="yes">
        <location filename="../app/importers/importjob.cpp" line="317" />
        <source>%n row(s) fall in %1, which is locked for bonuses: its bonus stays as locked and the difference will be paid as an adjustment in the next open month.</source>
        <translation><numerusform>%n linha pertence a %1, que está fechado para bônus: o bônus permanece como foi fechado e a diferença será paga como ajuste no próximo mês aberto.</numerusform><numerusform>%n linhas pertencem a %1, que está fechado para bônus: o bônus permanece como foi fechado e a diferença será paga como ajuste no próximo mês aberto.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportPlan</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="242" />
        <source>Excel workbook, sheet %1; profile %2</source>
        <translation>pasta de trabalho do Excel, planilha %1; perfil %2</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="244" />
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="245" />
        <source>%1 text, delimiter '%2', %3, %4; profile %5</source>
        <translation>texto %1, delimitador “%2”, %3, %4; perfil %5</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>header row</source>
        <translation>linha de cabeçalho</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="247" />
        <source>no header row</source>
        <translation>sem linha de cabeçalho</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal comma</source>
        <translation>vírgula decimal</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="248" />
        <source>decimal point</source>
        <translation>ponto decimal</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportReport</name>
    <message>
        <location filename="../app/importers/importjob.cpp" line="291" />
        <source>%1 rows read: %2 imported, %3 updated, %4 exact duplicates, %5 blank, %6 rejected</source>
        <translation>%1 linhas lidas: %2 importadas, %3 atualizadas, %4 duplicatas exatas, %5 em branco, %6 rejeitadas</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="299" />
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; nada foi importado</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="301" />
        <source> — %1 % rejected is over the threshold; nothing was imported</source>
        <translation> — %1 % de linhas rejeitadas ultrapassa o limite; nada foi importado</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="304" />
        <source> (dry run: nothing was written)</source>
        <translation> (simulação: nada foi gravado)</translation>
    </message>
    <message>
        <location filename="../app/importers/importjob.cpp" line="305" />
        <source> in %1 s (import %2)</source>
        <translation> em %1 s (importação %2)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::ImportSettings</name>
    <message>
        <location filename="../app/importers/profile.cpp" line="298" />
        <source>import settings are not valid JSON: %1</source>
        <translation>as configurações de importação não são um JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>huddle::importers::RowConverter</name>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="169" />
        <source>column '%1' mapped to '%2' is not in the file; headers found: %3</source>
        <translation>a coluna “%1” mapeada para “%2” não está no arquivo; cabeçalhos encontrados: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="186" />
        <source>no column maps to %1; headers found: %2</source>
        <translation>nenhuma coluna está mapeada para %1; cabeçalhos encontrados: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="187" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="294" />
        <source>expected a channel: call, chat, email or ticket</source>
        <translation>era esperado um canal: call, chat, email ou ticket</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="299" />
        <source> (dates read as %1)</source>
        <translation> (datas lidas como %1)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="348" />
        <source>NPS answers run from 0 to 10</source>
        <translation>as respostas NPS vão de 0 a 10</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="363" />
        <source>expected present, late, excused, unexcused or ncns (no-call-no-show)</source>
        <translation>era esperado present, late, excused, unexcused ou ncns (no-call-no-show, falta sem aviso)</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="381" />
        <source>expected a count of 0 or more</source>
        <translation>era esperada uma contagem de 0 ou mais</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="412" />
        <source>a CSAT % runs from 0 to 100</source>
        <translation>um CSAT % vai de 0 a 100</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="430" />
        <source>CSAT %1 is outside the source's scale %2–%3</source>
        <translation>CSAT %1 está fora da escala da origem %2–%3</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="446" />
        <source>the date is empty</source>
        <translation>a data está vazia</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="459" />
        <source>the agent is empty</source>
        <translation>o agente está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="466" />
        <source>the conversation id is empty</source>
        <translation>o id da conversa está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="473" />
        <source>the number of conversations handled is empty</source>
        <translation>o número de conversas atendidas está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="478" />
        <source>a CSAT % needs the number of responses it rests on</source>
        <translation>um CSAT % precisa do número de respostas em que se baseia</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="485" />
        <source>the attendance status is empty</source>
        <translation>o status de assiduidade está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="492" />
        <source>the sale amount is empty</source>
        <translation>o valor da venda está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/rowconverter.cpp" line="499" />
        <source>marked as not answered but has a talk or handle time</source>
        <translation>marcada como não atendida, mas tem tempo de conversação ou de atendimento</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Sniffer</name>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="268" />
        <location filename="../app/importers/sniffer.cpp" line="282" />
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="292" />
        <source>no complete record in the first 64 KiB of the file (is a quote left open?)</source>
        <translation>nenhum registro completo nos primeiros 64 KiB do arquivo (ficou alguma aspa aberta?)</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="299" />
        <source>the file contains only blank lines</source>
        <translation>o arquivo contém apenas linhas em branco</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="312" />
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="315" />
        <location filename="../app/importers/sniffer.cpp" line="323" />
        <source>not a text file</source>
        <translation>não é um arquivo de texto</translation>
    </message>
    <message>
        <location filename="../app/importers/sniffer.cpp" line="318" />
        <source>not a text file (it looks like an Excel workbook or another ZIP archive)</source>
        <translation>não é um arquivo de texto (parece uma pasta de trabalho do Excel ou outro arquivo ZIP)</translation>
    </message>
</context>
<context>
    <name>huddle::importers::Values</name>
    <message>
        <location filename="../app/importers/values.cpp" line="29" />
        <source>empty value</source>
        <translation>valor vazio</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="30" />
        <source>number too large</source>
        <translation>número grande demais</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="32" />
        <source>expected a whole number, e.g. 109</source>
        <translation>era esperado um número inteiro, como 109</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="33" />
        <source>expected a number such as 1.5 or -0.25 (no thousands separators)</source>
        <translation>era esperado um número como 1.5 ou -0.25 (sem separador de milhar)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="36" />
        <source>expected a number such as 1,5 or -0,25 (decimal comma, no thousands separators)</source>
        <translation>era esperado um número como 1,5 ou -0,25 (vírgula decimal, sem separador de milhar)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="39" />
        <source>expected a percentage such as 94.01% or 94.01</source>
        <translation>era esperada uma porcentagem como 94.01% ou 94.01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="41" />
        <source>expected a percentage such as 94,01% or 94,01</source>
        <translation>era esperada uma porcentagem como 94,01% ou 94,01</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="43" />
        <source>expected an amount such as 12.50, -3 or $12.50</source>
        <translation>era esperado um valor como 12.50, -3 ou $12.50</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="45" />
        <source>expected an amount such as 12,50, -3 or 12,50 €</source>
        <translation>era esperado um valor como 12,50, -3 ou 12,50 €</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="47" />
        <source>expected yes/no (Y/N, true/false, 1/0)</source>
        <translation>era esperado sim ou não (yes/no, Y/N, true/false, 1/0)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="49" />
        <source>expected a duration such as 95, 1:35 or 0:01:35</source>
        <translation>era esperada uma duração como 95, 1:35 ou 0:01:35</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="51" />
        <source>duration is negative</source>
        <translation>a duração é negativa</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="52" />
        <source>duration too long</source>
        <translation>duração longa demais</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="54" />
        <source>expected a date such as 2021-01-31 (year-month-day)</source>
        <translation>era esperada uma data como 2021-01-31 (ano-mês-dia)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="55" />
        <source>expected a date such as 2021-01-31 or 1/31/2021 (month/day/year)</source>
        <translation>era esperada uma data como 2021-01-31 ou 1/31/2021 (mês/dia/ano)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="57" />
        <source>expected a date such as 2021-01-31 or 31/01/2021 (day/month/year)</source>
        <translation>era esperada uma data como 2021-01-31 ou 31/01/2021 (dia/mês/ano)</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="60" />
        <source>%1 is not a date: there is no year 0</source>
        <translation>%1 não é uma data: não existe ano 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="62" />
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 não é uma data: não existe mês %2</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="64" />
        <source>%1 is not a date: there is no day 0</source>
        <translation>%1 não é uma data: não existe dia 0</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="66" />
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>%1 não é uma data: %2 de %3 tem %4 dias</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="67" />
        <source>expected a time of day such as 9:12:58, 09:12 or 9:12 PM</source>
        <translation>era esperada uma hora do dia como 9:12:58, 09:12 ou 9:12 PM</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="69" />
        <source>%1 is not a time of day</source>
        <translation>%1 não é uma hora do dia</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="71" />
        <source>expected a date and time such as 2021-01-31 09:12:58 or 2021-01-31T09:12:58Z</source>
        <translation>era esperada uma data e hora como 2021-01-31 09:12:58 ou 2021-01-31T09:12:58Z</translation>
    </message>
    <message>
        <location filename="../app/importers/values.cpp" line="73" />
        <source>expected a UTC offset such as Z, +02:00 or -0500 after the time</source>
        <translation>era esperado um deslocamento UTC como Z, +02:00 ou -0500 após a hora</translation>
    </message>
</context>
<context>
    <name>huddle::importers::XlsxReader</name>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="37" />
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="40" />
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="53" />
        <source>this is a legacy .xls workbook or a password-protected .xlsx; save it from Excel as an unprotected .xlsx</source>
        <translation>é uma pasta de trabalho .xls antiga ou um .xlsx protegido por senha; salve-a no Excel como .xlsx sem proteção</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="60" />
        <source>the .xlsx file is damaged (the zip archive is truncated or corrupt)</source>
        <translation>o arquivo .xlsx está danificado (o arquivo zip está truncado ou corrompido)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="65" />
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation>não é uma pasta de trabalho .xlsx (não é um arquivo zip)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="134" />
        <source>the part %1 is missing</source>
        <translation>a parte %1 está faltando</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="139" />
        <location filename="../app/importers/xlsxpackage.cpp" line="158" />
        <source>the part %1 is damaged</source>
        <translation>a parte %1 está danificada</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="143" />
        <source>the part %1 is encrypted</source>
        <translation>a parte %1 está criptografada</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="147" />
        <source>the part %1 uses an unsupported compression method (%2)</source>
        <translation>a parte %1 usa um método de compactação não suportado (%2)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="153" />
        <source>the part %1 is too large (%2 MiB uncompressed, at most %3 MiB)</source>
        <translation>a parte %1 é grande demais (%2 MiB descompactada, no máximo %3 MiB)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="184" />
        <source>the XML declares a document type, which .xlsx files must not</source>
        <translation>o XML declara um tipo de documento, o que arquivos .xlsx não podem fazer</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="207" />
        <source>XML error at line %1, column %2: %3</source>
        <translation>erro de XML na linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="216" />
        <source>the part is not open</source>
        <translation>a parte não está aberta</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="223" />
        <source>the compressed data is damaged</source>
        <translation>os dados compactados estão danificados</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="230" />
        <source>the part inflates to more than %1 MiB</source>
        <translation>a parte ocupa mais de %1 MiB ao ser descompactada</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="248" />
        <source>the compressed data ends after %1 of %2 bytes</source>
        <translation>os dados compactados terminam após %1 de %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxpackage.cpp" line="255" />
        <source>the data does not match its checksum</source>
        <translation>os dados não correspondem à soma de verificação</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="212" />
        <location filename="../app/importers/xlsxreader.cpp" line="538" />
        <source>sheet %1: %2</source>
        <translation>planilha %1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="297" />
        <source>sheet %1: invalid row number %2 (rows go from 1 to 1048576)</source>
        <translation>planilha %1: número de linha inválido %2 (as linhas vão de 1 a 1048576)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="315" />
        <source>sheet %1: the row has more than 16384 cells</source>
        <translation>planilha %1: a linha tem mais de 16384 células</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="324" />
        <source>sheet %1: invalid cell reference %2 (columns go from A to XFD)</source>
        <translation>planilha %1: referência de célula inválida %2 (as colunas vão de A a XFD)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="343" />
        <source>sheet %1, cell %2: more than %3 characters in one cell</source>
        <translation>planilha %1, célula %2: mais de %3 caracteres em uma célula</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="386" />
        <source>sheet %1: the row holds more than %2 MiB of text</source>
        <translation>planilha %1: a linha contém mais de %2 MiB de texto</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="515" />
        <source>sheet %1 is a chart, not a table of cells</source>
        <translation>a planilha %1 é um gráfico, não uma tabela de células</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxreader.cpp" line="522" />
        <source>the workbook is damaged: the cells of sheet %1 are missing</source>
        <translation>a pasta de trabalho está danificada: as células da planilha %1 estão faltando</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="26" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="101" />
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>não é uma pasta de trabalho .xlsx (não há xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="188" />
        <source>this is a binary .xlsb workbook; save it from Excel as .xlsx</source>
        <translation>é uma pasta de trabalho binária .xlsb; salve-a no Excel como .xlsx</translation>
    </message>
    <message>
        <location filename="../app/importers/xlsxworkbook.cpp" line="194" />
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>é uma planilha OpenDocument (.ods); salve-a como .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::models</name>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="23" />
        <source>Good agreement</source>
        <translation>Boa concordância</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="25" />
        <source>Tentative agreement: draw conclusions with care</source>
        <translation>Concordância provisória: tire conclusões com cautela</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="27" />
        <source>Low agreement: recalibrate</source>
        <translation>Concordância baixa: recalibre</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="31" />
        <source>Not measurable: too few paired scores, or every score the same</source>
        <translation>Não mensurável: poucas pontuações pareadas ou todas as pontuações iguais</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="51" />
        <source>interval</source>
        <translation>intervalar</translation>
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
        <translation>α de Krippendorff: quanto os avaliadores concordam além do que o acaso produziria.
1 é concordância perfeita, 0 não é melhor que o acaso e abaixo de 0 há discordância sistemática.
Os totais usam a métrica intervalar (importa a distância entre duas pontuações); critérios sim/não usam a métrica nominal (mesma resposta ou não).
α ≥ 0.800 boa · 0.667–0.800 provisória · abaixo de 0.667: recalibre.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationtext.cpp" line="72" />
        <source>%1%2 points</source>
        <translation>%1%2 pontos</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="19" />
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="21" />
        <source>Partially accepted</source>
        <translation>Aceita em parte</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="25" />
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="32" />
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="34" />
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="36" />
        <source>Disputed</source>
        <translation>Em contestação</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="50" />
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../app/models/disputetext.cpp" line="51" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="20" />
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="47" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>yes (no repeat contact)</source>
        <translation>sim (sem novo contato)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="49" />
        <source>no (repeat contact)</source>
        <translation>não (novo contato)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="57" />
        <source>%1 of %2; 95 % Wilson interval %3 – %4</source>
        <translation>%1 de %2; intervalo de Wilson de 95 %: %3 – %4</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="61" />
        <source>Fewer than 10 observations: read with care.</source>
        <translation>Menos de 10 observações: interprete com cautela.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="72" />
        <source>CSAT %: satisfied responses ÷ all responses. Satisfied: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: respostas satisfeitas ÷ todas as respostas. Satisfeita: 4–5 em 1–5, 8–10 em 1–10, 9–10 em 0–10, “bom” em bom/ruim.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="80" />
        <source> (talk only)</source>
        <translation> (só conversação)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="82" />
        <source> (partly talk only)</source>
        <translation> (em parte só conversação)</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="89" />
        <source>AHT (talk only): the source gives talk time alone, so hold and after-call work are missing.</source>
        <translation>TMA (só conversação): a origem informa apenas o tempo de conversação, então faltam o tempo em espera e o pós-atendimento.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="92" />
        <source>AHT (partly talk only): some conversations come from a source that gives talk time alone, so this AHT is lower than the full handle time.</source>
        <translation>TMA (em parte só conversação): algumas conversas vêm de uma origem que informa apenas o tempo de conversação, então este TMA é menor que o tempo de atendimento completo.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="95" />
        <source>AHT: (talk + hold + after-call work) ÷ handled conversations; the export's total handle time when it gives one.</source>
        <translation>TMA: (conversação + espera + pós-atendimento) ÷ conversas atendidas; ou o tempo total de atendimento da exportação, quando ela o informa.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="102" />
        <source>FCR %: conversations resolved on first contact ÷ handled conversations that can be judged. Resolved: the export's flag, or without one, no new contact from the same customer within the FCR window (7 days).</source>
        <translation>FCR %: conversas resolvidas no primeiro contato ÷ conversas atendidas que podem ser avaliadas. Resolvida: o indicador da exportação ou, se não houver, nenhum novo contato do mesmo cliente dentro da janela de FCR (7 dias).</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="110" />
        <source>Attendance %: shifts attended (present or late) ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows.</source>
        <translation>Assiduidade %: turnos cumpridos (presente ou com atraso) ÷ turnos programados. Infrações: faltas injustificadas e faltas sem aviso.</translation>
    </message>
    <message>
        <location filename="../app/models/kpiformat.cpp" line="117" />
        <source>QA %: mean score of published evaluations; a score is Σ(weight × points) ÷ Σ(weight × possible) over criteria not N/A, 0 when a critical criterion fails.</source>
        <translation>Qualidade %: média das avaliações publicadas; a pontuação é Σ(peso × pontos) ÷ Σ(peso × possíveis) nos critérios que não são N/A, e 0 quando um critério crítico falha.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="28" />
        <source>Attendance %</source>
        <translation>Assiduidade %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="30" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="32" />
        <source>Sales conversion %</source>
        <translation>Conversão de vendas %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="34" />
        <source>QA %</source>
        <translation>Qualidade %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="36" />
        <source>AHT</source>
        <translation>TMA</translation>
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
        <translation>Conversão de vendas %: vendas ÷ conversas atendidas.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="63" />
        <source>CpH: handled conversations ÷ logged on-queue hours.</source>
        <translation>CpH: conversas atendidas ÷ horas registradas em fila.</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="65" />
        <source>NPS: % promoters (9–10) − % detractors (0–6).</source>
        <translation>NPS: % de promotores (9–10) − % de detratores (0–6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="75" />
        <source>n = %1 scheduled shifts</source>
        <translation><numerusform>n = %1 turnos programados</numerusform><numerusform>n = %1 turnos programados</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="78" />
        <source>n = %1 survey responses</source>
        <translation><numerusform>n = %1 respostas de pesquisa</numerusform><numerusform>n = %1 respostas de pesquisa</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="80" />
        <source>n = %1 evaluations</source>
        <translation><numerusform>n = %1 avaliações</numerusform><numerusform>n = %1 avaliações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="82" />
        <source>n = %1 conversations with a handle time</source>
        <translation><numerusform>n = %1 conversas com tempo de atendimento</numerusform><numerusform>n = %1 conversas com tempo de atendimento</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="84" />
        <source>n = %1 conversations with a known outcome</source>
        <translation><numerusform>n = %1 conversas com resultado conhecido</numerusform><numerusform>n = %1 conversas com resultado conhecido</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="89" />
        <source>n = %1 handled conversations</source>
        <translation><numerusform>n = %1 conversas atendidas</numerusform><numerusform>n = %1 conversas atendidas</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="95" />
        <source>below at %1 or less, met at %2 or less, exceeded at %3 or less</source>
        <translation>abaixo com %1 ou menos, atingido com %2 ou menos, superado com %3 ou menos</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="97" />
        <source>below from %1, met from %2, exceeded from %3</source>
        <translation>abaixo a partir de %1, atingido a partir de %2, superado a partir de %3</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="52" />
        <source>%1 — auto-fail: %2</source>
        <translation>%1 — eliminatório: %2</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="60" />
        <source>All %1 answered</source>
        <translation>Todos os %1 respondidos</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="61" />
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="67" />
        <source>QA score = Σ (weight × points earned) ÷ Σ (weight × points possible) over the answered criteria that are not N/A: N/A answers are left out of the denominator. A yes earns 1 of 1 point, a 1–5 answer earns its value − 1 of 4.</source>
        <translation>Pontuação de qualidade = Σ (peso × pontos obtidos) ÷ Σ (peso × pontos possíveis) nos critérios respondidos que não são N/A: respostas N/A ficam fora do denominador. Um sim vale 1 de 1 ponto; uma resposta de 1 a 5 vale o seu valor − 1 de 4.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="72" />
        <source>So far: %1 of %2 weighted points.</source>
        <translation>Até agora: %1 de %2 pontos ponderados.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="74" />
        <source>%n criteria answered N/A and left out.</source>
        <translation>%n critério respondido com N/A e desconsiderado.|%n critérios respondidos com N/A e desconsiderados.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="77" />
        <source>A failed auto-fail (critical) criterion sets the whole score to 0 %.</source>
        <translation>Um critério eliminatório (crítico) com falha leva toda a pontuação a 0 %.</translation>
    </message>
    <message>
        <location filename="../app/models/livescore.cpp" line="79" />
        <source>Publishing needs every criterion answered.</source>
        <translation>Para publicar, todos os critérios precisam ser respondidos.</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="13" />
        <source>Call</source>
        <translation>Ligação</translation>
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
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="30" />
        <source>Peer review</source>
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/models/qatext.cpp" line="34" />
        <source>Calibration</source>
        <translation>Calibração</translation>
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
        <translation>Adicionar item de ação</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="83" />
        <source>Remove action item</source>
        <translation>Remover item de ação</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="127" />
        <source>Done on %1</source>
        <translation>Concluída em %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/actionitemmodel.cpp" line="129" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>%n dia de atraso</numerusform><numerusform>%n dias de atraso</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action done</source>
        <translation>Marcar ação como concluída</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="156" />
        <source>Mark action open</source>
        <translation>Marcar ação como aberta</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="185" />
        <source>Edit action item</source>
        <translation>Editar item de ação</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="207" />
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="209" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="211" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../app/models/actionitemmodel.cpp" line="213" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>huddle::models::AgendaModel</name>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="58" />
        <source>Add agenda item</source>
        <translation>Adicionar item à pauta</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="67" />
        <source>Remove agenda item</source>
        <translation>Remover item da pauta</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="76" />
        <source>Move agenda item</source>
        <translation>Mover item da pauta</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item discussed</source>
        <translation>Marcar item como discutido</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="137" />
        <source>Mark item not discussed</source>
        <translation>Marcar item como não discutido</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="143" />
        <source>Edit agenda notes</source>
        <translation>Editar notas da pauta</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="169" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/models/agendamodel.cpp" line="171" />
        <source>Discussed</source>
        <translation>Discutido</translation>
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
        <translation><numerusform>%n conversa atendida com tempo de atendimento</numerusform><numerusform>%n conversas atendidas com tempo de atendimento</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="134" />
        <source>Violations: %1, late: %2</source>
        <translation>Infrações: %1, atrasos: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/agentkpimodel.cpp" line="137" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n avaliação</numerusform><numerusform>%n avaliações</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="139" />
        <source>%1 in sales</source>
        <translation>%1 em vendas</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="177" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="179" />
        <source>Team</source>
        <translation>Equipe</translation>
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
        <translation>TMA</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="189" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="191" />
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="193" />
        <source>Attendance %</source>
        <translation>Assiduidade %</translation>
    </message>
    <message>
        <location filename="../app/models/agentkpimodel.cpp" line="195" />
        <source>QA %</source>
        <translation>Qualidade %</translation>
    </message>
</context>
<context>
    <name>huddle::models::AnnotationModel</name>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="12" />
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="96" />
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../app/models/annotationmodel.cpp" line="98" />
        <source>Criterion</source>
        <translation>Critério</translation>
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
        <translation>Turnos programados %1 · comparecimentos %2 · atrasos %3 (%4 min) · faltas justificadas %5 · faltas injustificadas %6 · faltas sem aviso %7</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="138" />
        <source>No scheduled shifts</source>
        <translation>Nenhum turno programado</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="202" />
        <source>Unexcused absences and no-call-no-shows in the months shown</source>
        <translation>Faltas injustificadas e faltas sem aviso nos meses exibidos</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="206" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/attendancemonthmodel.cpp" line="208" />
        <source>Warning stage</source>
        <translation>Estágio de advertência</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="22" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="25" />
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="61" />
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="62" />
        <source>Dispute</source>
        <translation>Contestação</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="63" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="64" />
        <source>Calibration session</source>
        <translation>Sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="65" />
        <source>Coaching session</source>
        <translation>Sessão de coaching</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="66" />
        <source>Action item</source>
        <translation>Item de ação</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="67" />
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="68" />
        <source>Attendance</source>
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="69" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="70" />
        <source>Bonus plan</source>
        <translation>Plano de bônus</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="71" />
        <source>Bonus month</source>
        <translation>Mês de bônus</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="72" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="73" />
        <source>Peer review assignment</source>
        <translation>Pedido de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="74" />
        <source>User</source>
        <translation>Usuário</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="171" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="173" />
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="175" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../app/models/auditlogmodel.cpp" line="177" />
        <source>Change</source>
        <translation>Variação</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusBandModel</name>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Add a band</source>
        <translation>Adicionar uma faixa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Remove a band</source>
        <translation>Remover uma faixa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Move a band</source>
        <translation>Mover uma faixa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="10" />
        <source>Edit a band</source>
        <translation>Editar uma faixa</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="39" />
        <source>No upper end: the band runs from its lower edge up.</source>
        <translation>Sem limite superior: a faixa vai do limite inferior para cima.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>From (≥)</source>
        <translation>De (≥)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>To (&lt;)</source>
        <translation>Até (&lt;)</translation>
    </message>
    <message>
        <location filename="../app/models/bonusbandmodel.cpp" line="81" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusComponentModel</name>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Add a component</source>
        <translation>Adicionar um componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Remove a component</source>
        <translation>Remover um componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Move a component</source>
        <translation>Mover um componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="37" />
        <source>Edit a component</source>
        <translation>Editar um componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="144" />
        <source>New component</source>
        <translation>Novo componente</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/bonuscomponentmodel.cpp" line="150" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusEvidenceModel</name>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../app/models/bonusevidencemodel.cpp" line="83" />
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusGateModel</name>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Add a gate</source>
        <translation>Adicionar uma condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Remove a gate</source>
        <translation>Remover uma condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Move a gate</source>
        <translation>Mover uma condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="10" />
        <source>Edit a gate</source>
        <translation>Editar uma condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="94" />
        <source>New gate</source>
        <translation>Nova condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/bonusgatemodel.cpp" line="103" />
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusMonthModel</name>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="69" />
        <source>No team</source>
        <translation>Sem equipe</translation>
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
        <translation>Ajuste: os dados de um mês fechado mudaram após o fechamento, por isso a diferença é paga neste mês.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="321" />
        <source>Gate: this condition cut the bonus.</source>
        <translation>Condição de bloqueio: esta condição reduziu o bônus.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="324" />
        <source>Cap: the plan's most per agent and month.</source>
        <translation>Teto: o máximo do plano por agente e mês.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="331" />
        <source>Double-click or press Enter to see the rows behind this amount.</source>
        <translation>Clique duas vezes ou pressione Enter para ver as linhas por trás deste valor.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="344" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="346" />
        <source>nothing earned</source>
        <translation>nada ganho</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="357" />
        <source>Components %1; after gates, cap and adjustments %2</source>
        <translation>Componentes %1; após condições de bloqueio, teto e ajustes %2</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="372" />
        <source>Team / agent / line</source>
        <translation>Equipe / agente / linha</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="374" />
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location filename="../app/models/bonusmonthmodel.cpp" line="376" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>huddle::models::BonusPlanEditModel</name>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="154" />
        <source>Rename the plan</source>
        <translation>Renomear o plano</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="159" />
        <source>Change the cap</source>
        <translation>Alterar o teto</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplaneditmodel.cpp" line="164" />
        <location filename="../app/models/bonusplaneditmodel.cpp" line="177" />
        <source>Change the score weights</source>
        <translation>Alterar os pesos da pontuação</translation>
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
        <translation>%1 — plano de exemplo integrado</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="105" />
        <source>%1 — no plan of its own</source>
        <translation>%1 — sem plano próprio</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="109" />
        <source>%1 — version %2, valid from %3</source>
        <translation>%1 — versão %2, vigente a partir de %3</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="120" />
        <source>In force while the site has no plan of its own. New version… copies it into a draft.</source>
        <translation>Em vigor enquanto o site não tiver plano próprio. Nova versão… o copia para um rascunho.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="122" />
        <source>The site's plan applies to this team (shown). New version… gives the team a plan of its own.</source>
        <translation>O plano do site se aplica a esta equipe (exibido). Nova versão… dá à equipe um plano próprio.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="128" />
        <source>Saved by %1 on %2.</source>
        <translation>Salvo por %1 em %2.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="132" />
        <source>%1%2 Read-only: New version… copies it into a draft.</source>
        <translation>%1%2 Somente leitura: Nova versão… o copia para um rascunho.</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="190" />
        <source>Built-in example plan</source>
        <translation>Plano de exemplo integrado</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="192" />
        <source>No plan of its own: the site's plan applies</source>
        <translation>Sem plano próprio: aplica-se o plano do site</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="202" />
        <source>Valid from</source>
        <translation>Vigente a partir de</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved by</source>
        <translation>Salvo por</translation>
    </message>
    <message>
        <location filename="../app/models/bonusplanlistmodel.cpp" line="203" />
        <source>Saved on</source>
        <translation>Salvo em</translation>
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
        <translation>Adicionar um patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Remove a tier</source>
        <translation>Remover um patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Move a tier</source>
        <translation>Mover um patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="12" />
        <source>Edit a tier rate</source>
        <translation>Editar o valor por venda de um patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Tier</source>
        <translation>Patamar</translation>
    </message>
    <message>
        <location filename="../app/models/bonustierratemodel.cpp" line="62" />
        <source>Per sale</source>
        <translation>Por venda</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationAgreementModel</name>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="18" />
        <source>Agreement</source>
        <translation>Concordância</translation>
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
        <translation>Conversas pareáveis</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationagreementmodel.cpp" line="44" />
        <source>Share of pairs of evaluators, on the same conversation, who gave the same answer (N/A left out).</source>
        <translation>Proporção de pares de avaliadores que, na mesma conversa, deram a mesma resposta (N/A desconsiderado).</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationEvaluatorModel</name>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Mean deviation</source>
        <translation>Desvio médio</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Conversations scored</source>
        <translation>Conversas pontuadas</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="16" />
        <source>Tendency</source>
        <translation>Viés</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="31" />
        <source>strictest</source>
        <translation>o mais rigoroso</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="32" />
        <source>most lenient</source>
        <translation>o mais tolerante</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationevaluatormodel.cpp" line="49" />
        <source>Mean of (this evaluator's total − the mean total of everyone who scored the same conversation), in QA % points. Negative: stricter than the group; positive: more lenient.</source>
        <translation>Média de (total deste avaliador − total médio de todos que pontuaram a mesma conversa), em pontos de % de qualidade. Negativo: mais rigoroso que o grupo; positivo: mais tolerante.</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationGridModel</name>
    <message>
        <location filename="../app/models/calibrationgridmodel.cpp" line="14" />
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Avaliadores: %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="65" />
        <source>Scores published by all evaluators together; whose they are stays hidden until the session is closed.</source>
        <translation>Pontuações publicadas por todos os avaliadores juntos; a autoria de cada uma fica oculta até a sessão ser encerrada.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="94" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="99" />
        <source>Closed %1</source>
        <translation>Encerrada em %1</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="108" />
        <source>%1 of %2 scores</source>
        <translation>%1 de %2 pontuações</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="118" />
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="120" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="122" />
        <source>Created by</source>
        <translation>Criada por</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="124" />
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="126" />
        <source>Conversations × evaluators</source>
        <translation>Conversas × avaliadores</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="128" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationsessionmodel.cpp" line="130" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>huddle::models::CalibrationSpreadModel</name>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Dispersão</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="16" />
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="40" />
        <source>Double-click for each evaluator's total.</source>
        <translation>Clique duas vezes para ver o total de cada avaliador.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="61" />
        <source>%1 points</source>
        <translation>%1 pontos</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationspreadmodel.cpp" line="72" />
        <source>not scored</source>
        <translation>não pontuada</translation>
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
        <translation>Publicada: não pode mais ser alterada e fica oculta para os demais até a sessão ser encerrada.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="51" />
        <source>Press Enter to score this conversation.</source>
        <translation>Pressione Enter para pontuar esta conversa.</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="63" />
        <source>Scored</source>
        <translation>Pontuada</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="64" />
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="75" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="77" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="79" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/models/calibrationworklistmodel.cpp" line="81" />
        <source>Your score</source>
        <translation>Sua pontuação</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingSessionModel</name>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="49" />
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 abertas)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="111" />
        <source>Followed up by the session on %1</source>
        <translation>Acompanhamento na sessão de %1</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="123" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="125" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="127" />
        <source>Team</source>
        <translation>Equipe</translation>
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
        <translation>Foco</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="135" />
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="137" />
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../app/models/coachingsessionmodel.cpp" line="139" />
        <source>Acknowledged</source>
        <translation>Confirmado pelo agente</translation>
    </message>
</context>
<context>
    <name>huddle::models::CoachingText</name>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>good</source>
        <translation>bom</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="80" />
        <source>bad</source>
        <translation>ruim</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="83" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="106" />
        <source>%1 far below target: %2, target %3</source>
        <translation>%1 muito abaixo da meta: %2, meta %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="108" />
        <source>%1 below target: %2, target %3</source>
        <translation>%1 abaixo da meta: %2, meta %3</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="115" />
        <source>Open action: %1 (%2, no due date)</source>
        <translation>Ação aberta: %1 (%2, sem prazo)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="116" />
        <source>Open action: %1 (%2, due %3)</source>
        <translation>Ação aberta: %1 (%2, prazo %3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="126" />
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="128" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="130" />
        <source>Closed</source>
        <translation>Encerrada</translation>
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
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="143" />
        <source>Mistake</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="145" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="147" />
        <source>Peer note</source>
        <translation>Nota de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="149" />
        <source>Open action</source>
        <translation>Ação aberta</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="151" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="160" />
        <source>Not enough data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="162" />
        <source>Measuring</source>
        <translation>Em medição</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="164" />
        <source>Improved</source>
        <translation>Melhorou</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="166" />
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="168" />
        <source>Worsened</source>
        <translation>Piorou</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="177" />
        <source>Measuring: %1 of %n day(s)</source>
        <translation><numerusform>Em medição: %1 de %n dia</numerusform><numerusform>Em medição: %1 de %n dias</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="185" />
        <source>Not enough data (n %1 before, %2 after)</source>
        <translation>Dados insuficientes (n %1 antes, %2 depois)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="188" />
        <source>Not enough data (n %1 before)</source>
        <translation>Dados insuficientes (n %1 antes)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="190" />
        <source>Not enough data (n %1 after)</source>
        <translation>Dados insuficientes (n %1 depois)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="198" />
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="200" />
        <source>Far below</source>
        <translation>Muito abaixo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="202" />
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="204" />
        <source>Met</source>
        <translation>Atingido</translation>
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
        <translation>Conversão de vendas</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="221" />
        <source>QA</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="223" />
        <source>AHT</source>
        <translation>TMA</translation>
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
        <translation><numerusform>Assiduidade: %1 (%n infração)</numerusform><numerusform>Assiduidade: %1 (%n infrações)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="280" />
        <source>Mistake: %1 — %n failure(s), %2 points lost</source>
        <translation><numerusform>Erro: %1 — %n falha, %2 pontos perdidos</numerusform><numerusform>Erro: %1 — %n falhas, %2 pontos perdidos</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="285" />
        <source>Low CSAT: conversation %1 on %2 (%3)</source>
        <translation>CSAT baixo: conversa %1 em %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="291" />
        <source>Peer note by %1 on %2</source>
        <translation>Nota de avaliação por pares de %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="309" />
        <source>Weight %1 · band %2</source>
        <translation>Peso %1 · faixa %2</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="313" />
        <source>Unexcused absences and no-call-no-shows inside the warning ladder's window</source>
        <translation>Faltas injustificadas e faltas sem aviso dentro do período da escala de advertências</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="319" />
        <source>Listen to it together: what would have changed the customer's answer?</source>
        <translation>Ouçam juntos: o que teria mudado a resposta do cliente?</translation>
    </message>
    <message>
        <location filename="../app/models/coachingtext.cpp" line="326" />
        <source>Agreed on %1</source>
        <translation>Combinada em %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="337" />
        <source>No violations in the last %n day(s)</source>
        <translation><numerusform>Nenhuma infração no último %n dia</numerusform><numerusform>Nenhuma infração nos últimos %n dias</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="338" />
        <source>%n violation(s)</source>
        <translation><numerusform>%n infração</numerusform><numerusform>%n infrações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/coachingtext.cpp" line="339" />
        <source>in the last %n day(s)</source>
        <translation><numerusform>no último %n dia</numerusform><numerusform>nos últimos %n dias</numerusform></translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="203" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="205" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="207" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="209" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="211" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="213" />
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="215" />
        <source>Handle time</source>
        <translation>Tempo de atendimento</translation>
    </message>
    <message>
        <location filename="../app/models/conversationtablemodel.cpp" line="217" />
        <source>Resolved</source>
        <translation>Resolvida</translation>
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
        <translation>Todas as equipes</translation>
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
        <translation>Avaliação inteira</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="136" />
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="151" />
        <source>%1 — overdue by less than a day</source>
        <translation>%1 — vencida há menos de um dia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="152" />
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — vencida há %n dia</numerusform><numerusform>%1 — vencida há %n dias</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="155" />
        <source>%1 — due within a day</source>
        <translation>%1 — vence em menos de um dia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/disputelistmodel.cpp" line="156" />
        <source>%1 — %n day(s) left</source>
        <translation><numerusform>%1 — falta %n dia</numerusform><numerusform>%1 — faltam %n dias</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="161" />
        <source>Raised by %1 on %2:
%3</source>
        <translation>Aberta por %1 em %2:
%3</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="164" />
        <source>%1 by %2 on %3:
%4</source>
        <translation>%1 por %2 em %3:
%4</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="174" />
        <source>The evaluation's score before the dispute → after the decision</source>
        <translation>Pontuação da avaliação antes da contestação → depois da decisão</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="179" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="181" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="183" />
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="185" />
        <source>Contested</source>
        <translation>Contestado</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="187" />
        <source>Raised by</source>
        <translation>Aberta por</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="189" />
        <source>Raised</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="191" />
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="193" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/models/disputelistmodel.cpp" line="195" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationForm</name>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="125" />
        <source>There is no peer-review scorecard yet: make one in the scorecard designer.</source>
        <translation>Ainda não há nenhum formulário de avaliação por pares: crie um no editor de formulários de avaliação.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="126" />
        <source>There is no QA scorecard yet: make one in the scorecard designer.</source>
        <translation>Ainda não há nenhum formulário de avaliação de qualidade: crie um no editor de formulários de avaliação.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="207" />
        <source>The scorecard can change only while nothing is answered.</source>
        <translation>O formulário de avaliação só pode ser trocado enquanto nada tiver sido respondido.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="227" />
        <source>It is disputed: only the arbitrator's decision changes it now.</source>
        <translation>Está em contestação: agora só a decisão do árbitro pode alterá-la.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="229" />
        <source>It is final and can no longer change.</source>
        <translation>É definitiva e não pode mais ser alterada.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="236" />
        <source>Only %1 can change their calibration score.</source>
        <translation>Só %1 pode alterar a própria pontuação de calibração.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="240" />
        <source>Its calibration session is closed.</source>
        <translation>A sessão de calibração desta avaliação está encerrada.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="256" />
        <location filename="../app/models/evaluationform.cpp" line="353" />
        <source>This evaluation is read-only.</source>
        <translation>Esta avaliação é somente leitura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/evaluationform.cpp" line="260" />
        <source>%n criteria not answered yet.</source>
        <translation><numerusform>%n critério ainda não respondido.</numerusform><numerusform>%n critérios ainda não respondidos.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="297" />
        <source>Only a draft is saved as a draft; a published evaluation changes by Edit…</source>
        <translation>Só um rascunho é salvo como rascunho; uma avaliação publicada é alterada com Editar…</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="335" />
        <source>Only a new peer-review form is published as a peer review.</source>
        <translation>Só um formulário novo de avaliação por pares é publicado como avaliação por pares.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="355" />
        <source>Write what happened there: an annotation needs a note.</source>
        <translation>Escreva o que aconteceu ali: uma anotação precisa de uma nota.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="358" />
        <source>The transcript has no line %1.</source>
        <translation>A transcrição não tem a linha %1.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="360" />
        <source>A moment of the call is at second 0 or later.</source>
        <translation>Um momento da ligação fica no segundo 0 ou depois.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationform.cpp" line="362" />
        <source>The scorecard has no criterion %1.</source>
        <translation>O formulário de avaliação não tem o critério %1.</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="37" />
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="139" />
        <source>Answer “%1”</source>
        <translation>Resposta a “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="152" />
        <source>Comment on “%1”</source>
        <translation>Comentário sobre “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="263" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="280" />
        <source>Critical: failing it sets the whole evaluation to 0 %.</source>
        <translation>Crítico: uma falha leva toda a avaliação a 0 %.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="295" />
        <source>auto-fail</source>
        <translation>eliminatório</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="363" />
        <source>Criterion</source>
        <translation>Critério</translation>
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
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationformmodel.cpp" line="371" />
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>huddle::models::EvaluationListModel</name>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="138" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="140" />
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="148" />
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="150" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="152" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="154" />
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationlistmodel.cpp" line="156" />
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
</context>
<context>
    <name>huddle::models::FocusAreaModel</name>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="202" />
        <source>Mean change in the good direction over the judged sessions: positive is better, so a shorter AHT counts as a gain</source>
        <translation>Variação média na direção favorável nas sessões avaliadas: positivo é melhor, portanto um TMA menor conta como ganho</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="208" />
        <source>Focus KPI</source>
        <translation>KPI em foco</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="210" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="212" />
        <source>Judged</source>
        <translation>Avaliadas</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="214" />
        <source>Improved</source>
        <translation>Melhorou</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="216" />
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="218" />
        <source>Worsened</source>
        <translation>Piorou</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="220" />
        <source>Mean improvement</source>
        <translation>Melhoria média</translation>
    </message>
</context>
<context>
    <name>huddle::models::FollowUpModel</name>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="51" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>%n dia de atraso</numerusform><numerusform>%n dias de atraso</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="53" />
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/followupmodel.cpp" line="54" />
        <source>In %n day(s)</source>
        <translation><numerusform>Em %n dia</numerusform><numerusform>Em %n dias</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="134" />
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="136" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="138" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="140" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="142" />
        <source>Last session</source>
        <translation>Última sessão</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="144" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="146" />
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <location filename="../app/models/followupmodel.cpp" line="148" />
        <source>Open actions</source>
        <translation>Ações abertas</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeInstanceModel</name>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="95" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="97" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="99" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="101" />
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="103" />
        <source>Points lost</source>
        <translation>Pontos perdidos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakeinstancemodel.cpp" line="105" />
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>huddle::models::MistakeModel</name>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="50" />
        <source>Critical: failing it sets the whole evaluation to 0 %</source>
        <translation>Crítico: uma falha leva toda a avaliação a 0 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/mistakemodel.cpp" line="52" />
        <source>QA percentage points this criterion cost, summed over %n evaluation(s)</source>
        <translation><numerusform>Pontos percentuais de qualidade que este critério custou, somados em %n avaliação</numerusform><numerusform>Pontos percentuais de qualidade que este critério custou, somados em %n avaliações</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="72" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="76" />
        <source>Auto-fail</source>
        <translation>Eliminatório</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="101" />
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="103" />
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="105" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="107" />
        <source>Failed / answered</source>
        <translation>Com falha / respondidos</translation>
    </message>
    <message>
        <location filename="../app/models/mistakemodel.cpp" line="109" />
        <source>Points lost</source>
        <translation>Pontos perdidos</translation>
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
        <translation>Sem prazo</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="111" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="113" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="115" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="117" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="119" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../app/models/openactionmodel.cpp" line="121" />
        <source>Agreed on</source>
        <translation>Combinada em</translation>
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
        <translation>Pedida por %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="85" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="95" />
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="106" />
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="108" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="110" />
        <source>Handled by</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="112" />
        <source>Asked by</source>
        <translation>Pedida por</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="114" />
        <source>Asked on</source>
        <translation>Pedida em</translation>
    </message>
    <message>
        <location filename="../app/models/peerreviewassignmentmodel.cpp" line="116" />
        <source>Review</source>
        <translation>Avaliação</translation>
    </message>
</context>
<context>
    <name>huddle::models::PhraseModel</name>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="221" />
        <source>Add phrase</source>
        <translation>Adicionar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="229" />
        <source>No phrase in row %1.</source>
        <translation>Não há frase na linha %1.</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Retire phrase</source>
        <translation>Desativar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="241" />
        <source>Restore phrase</source>
        <translation>Restaurar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="277" />
        <source>Retired: no longer offered as homework</source>
        <translation>Desativada: não é mais oferecida como tarefa</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="319" />
        <source>Edit phrase</source>
        <translation>Editar frase</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="340" />
        <source>Sessions that set the phrase as homework; such phrases can be retired but not deleted</source>
        <translation>Sessões que definiram a frase como tarefa; essas frases podem ser desativadas, mas não excluídas</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="345" />
        <source>Longer</source>
        <translation>Mais longa</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="347" />
        <source>Shorter</source>
        <translation>Mais curta</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="349" />
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="351" />
        <source>CSAT checked</source>
        <translation>CSAT verificado</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="353" />
        <source>CSAT note</source>
        <translation>Nota de CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/phrasemodel.cpp" line="355" />
        <source>Homework</source>
        <translation>Tarefa</translation>
    </message>
</context>
<context>
    <name>huddle::models::QaQueueModel</name>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="107" />
        <source>The survey answer on a 0–100 scale: on 1–5, a 1 is 0 % and a 5 is 100 %</source>
        <translation>A resposta da pesquisa em uma escala de 0 a 100: em 1–5, 1 é 0 % e 5 é 100 %</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="112" />
        <source>Started</source>
        <translation>Início</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="120" />
        <source>Handle time</source>
        <translation>Tempo de atendimento</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="122" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/models/qaqueuemodel.cpp" line="124" />
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
</context>
<context>
    <name>huddle::models::ReviewNoteModel</name>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="55" />
        <source>%1 on %2's conversation %3 of %4:
%5</source>
        <translation>%1 sobre a conversa %3 de %2 em %4:
%5</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="72" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="74" />
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../app/models/reviewnotemodel.cpp" line="76" />
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="72" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="74" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/scorehistorymodel.cpp" line="76" />
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation>Sim / não</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="20" />
        <source>Scale 1–5</source>
        <translation>Escala 1–5</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="86" />
        <source>Change the scorecard</source>
        <translation>Trocar o formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="179" />
        <source>Share of the total: weight × points possible (1 for yes/no, 4 for a 1–5 scale) ÷ the same summed over every criterion, when nothing is answered N/A.</source>
        <translation>Participação no total: peso × pontos possíveis (1 para sim/não, 4 para uma escala de 1–5) ÷ o mesmo somado em todos os critérios, quando nada é respondido como N/A.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="275" />
        <source>Edit the scorecard</source>
        <translation>Editar o formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="332" />
        <source>Section / criterion</source>
        <translation>Seção / critério</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="334" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="336" />
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="338" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="340" />
        <source>Auto-fail</source>
        <translation>Eliminatório</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardeditmodel.cpp" line="342" />
        <source>N/A allowed</source>
        <translation>Permite N/A</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="36" />
        <source>New section</source>
        <translation>Nova seção</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="37" />
        <location filename="../app/models/scorecardstructure.cpp" line="53" />
        <source>New criterion</source>
        <translation>Novo critério</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="39" />
        <source>Add a section</source>
        <translation>Adicionar uma seção</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="55" />
        <source>Add a criterion</source>
        <translation>Adicionar um critério</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="72" />
        <source>Remove section “%1”</source>
        <translation>Remover a seção “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="73" />
        <source>Remove criterion “%1”</source>
        <translation>Remover o critério “%1”</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardstructure.cpp" line="97" />
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardListModel</name>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="13" />
        <source>Peer review</source>
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="14" />
        <source>QA</source>
        <translation>Qualidade</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="28" />
        <source>Saves as version %1 because %n evaluation(s) use version %2; they keep it.</source>
        <translation><numerusform>Será salvo como versão %1 porque %n avaliação usa a versão %2; ela continua com essa versão.</numerusform><numerusform>Será salvo como versão %1 porque %n avaliações usam a versão %2; elas continuam com essa versão.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="33" />
        <source>Saves version %1 in place: no evaluation uses it yet.</source>
        <translation>Será salvo sobre a versão %1: nenhuma avaliação a usa ainda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/scorecardlistmodel.cpp" line="34" />
        <source>Saves as version %1 if evaluations use version %2 (%n evaluation(s) use its versions); they keep theirs.</source>
        <translation><numerusform>Será salvo como versão %1 se houver avaliações usando a versão %2 (%n avaliação usa versões deste formulário); elas continuam com as suas.</numerusform><numerusform>Será salvo como versão %1 se houver avaliações usando a versão %2 (%n avaliações usam versões deste formulário); elas continuam com as suas.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="89" />
        <source>Retired: no longer offered for new evaluations. Its evaluations keep it.</source>
        <translation>Desativado: não é mais oferecido para novas avaliações. As avaliações já feitas continuam usando-o.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="96" />
        <source>%1 (retired)</source>
        <translation>%1 (desativado)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="102" />
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="115" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="117" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="119" />
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="121" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardlistmodel.cpp" line="123" />
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
</context>
<context>
    <name>huddle::models::ScorecardModel</name>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="121" />
        <source>Far below</source>
        <translation>Muito abaixo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="123" />
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="125" />
        <source>Met</source>
        <translation>Atingido</translation>
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
        <translation>Pontuação ponderada de KPIs: a faixa de cada KPI vale %1 / %2 / %3 / %4 pontos (de muito abaixo a superado), ponderada pelo plano e calculada como média dos KPIs com dados.
Esta pontuação cobre %5 dos 100 de peso do plano.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="291" />
        <source>▲ Better than the previous period (%1)</source>
        <translation>▲ Melhor que o período anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="293" />
        <source>▼ Worse than the previous period (%1)</source>
        <translation>▼ Pior que o período anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="295" />
        <source>= About the same as the previous period (%1)</source>
        <translation>= Praticamente igual ao período anterior (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="299" />
        <source>No data in the previous period.</source>
        <translation>Sem dados no período anterior.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="313" />
        <source>Fewer than %1 observations: read with care.</source>
        <translation>Menos de %1 observações: interprete com cautela.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="320" />
        <source>Band: %1 (%2)</source>
        <translation>Faixa: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="321" />
        <source>Band: %1, by the plan of team %2</source>
        <translation>Faixa: %1, pelo plano da equipe %2</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="338" />
        <source>%1
Not weighed in the score.</source>
        <translation>%1
Não entra na pontuação.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="339" />
        <source>%1
Weight %2 of 100 in the score; %3.</source>
        <translation>%1
Peso %2 de 100 na pontuação; %3.</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="358" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/models/scorecardmodel.cpp" line="360" />
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation><numerusform>O %n dia anterior ao dia da sessão e o mesmo número depois dele (o dia da sessão não conta em nenhum dos dois)</numerusform><numerusform>Os %n dias anteriores ao dia da sessão e o mesmo número depois dele (o dia da sessão não conta em nenhum dos dois)</numerusform></translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="115" />
        <source>n after</source>
        <translation>n depois</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="117" />
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location filename="../app/models/coachingeffectmodel.cpp" line="119" />
        <source>Verdict</source>
        <translation>Veredito</translation>
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
        <translation>Tempo</translation>
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
        <location filename="../app/reports/csvexport.cpp" line="96" />
        <location filename="../app/reports/csvexport.cpp" line="99" />
        <location filename="../app/reports/xlsxexport.cpp" line="277" />
        <location filename="../app/reports/xlsxexport.cpp" line="284" />
        <source>cannot write: %1</source>
        <translation>não é possível gravar: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="179" />
        <source>%1 rows do not fit in an XLSX worksheet (at most %2 below the header); export CSV</source>
        <translation>%1 linhas não cabem em uma planilha XLSX (no máximo %2 abaixo do cabeçalho); exporte para CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="185" />
        <source>%1 columns do not fit in an XLSX worksheet (at most %2)</source>
        <translation>%1 colunas não cabem em uma planilha XLSX (no máximo %2)</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="213" />
        <source>cannot create the workbook</source>
        <translation>não é possível criar a pasta de trabalho</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="224" />
        <source>cannot add a worksheet</source>
        <translation>não é possível adicionar uma planilha</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="280" />
        <source>cannot write the workbook: %1</source>
        <translation>não é possível gravar a pasta de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../app/reports/xlsxexport.cpp" line="282" />
        <source>cannot replace the existing file</source>
        <translation>não é possível substituir o arquivo existente</translation>
    </message>
</context>
<context>
    <name>huddle::reports::BonusPdf</name>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="29" />
        <source>Could not write the bonus report to %1: %2</source>
        <translation>Não foi possível gravar o relatório de bônus em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="70" />
        <location filename="../app/reports/bonuspdflayout.cpp" line="79" />
        <source>Monthly bonus — %1</source>
        <translation>Bônus mensal — %1</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdf.cpp" line="76" />
        <source>the PDF could not be started</source>
        <translation>não foi possível iniciar o PDF</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="25" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="51" />
        <source>This month was computed with a plan given for the run, not with the plans stored for the teams.</source>
        <translation>Este mês foi calculado com um plano informado para a execução, não com os planos armazenados para as equipes.</translation>
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
        <translation>Nenhuma condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="66" />
        <source>Gates</source>
        <translation>Condições de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="69" />
        <source>Cap and score weights</source>
        <translation>Teto e pesos da pontuação</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="79" />
        <source>Appendix: plans and definitions</source>
        <translation>Apêndice: planos e definições</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="81" />
        <source>KPI definitions in force</source>
        <translation>Definições de KPI em vigor</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="85" />
        <source>Rounding</source>
        <translation>Arredondamento</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="87" />
        <source>CSV export</source>
        <translation>Exportação CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdfappendix.cpp" line="89" />
        <source>The CSV export of this month has one row per agent and line; its SHA-256 is %1. The same data and plans always give the same file, so a copy can be checked against this report.</source>
        <translation>A exportação CSV deste mês tem uma linha para cada linha de bônus de cada agente; seu SHA-256 é %1. Os mesmos dados e planos sempre geram o mesmo arquivo, portanto uma cópia pode ser conferida com este relatório.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="33" />
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="35" />
        <source>Gate</source>
        <translation>Condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="37" />
        <source>Cap</source>
        <translation>Teto</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="39" />
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="89" />
        <source>Computed with a plan given for this run, not the plans stored for the teams.</source>
        <translation>Calculado com um plano informado para esta execução, não com os planos armazenados para as equipes.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="94" />
        <source>Totals per team</source>
        <translation>Totais por equipe</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="98" />
        <source>Each team's section lists every agent's lines with the figures behind them; the plans, the KPI definitions and the rounding rule are in the appendix.</source>
        <translation>A seção de cada equipe lista as linhas de cada agente com os números que as sustentam; os planos, as definições de KPI e a regra de arredondamento estão no apêndice.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="115" />
        <source>Team</source>
        <translation>Equipe</translation>
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
        <translation>Total do site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="136" />
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonuspdflayout.cpp" line="140" />
        <source>%n agent(s), total %1</source>
        <translation><numerusform>%n agente, total %1</numerusform><numerusform>%n agentes, total %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="153" />
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="155" />
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location filename="../app/reports/bonuspdflayout.cpp" line="156" />
        <source>Amount</source>
        <translation>Valor</translation>
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
        <translation>assiduidade %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="18" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="20" />
        <source>sales conversion %</source>
        <translation>conversão de vendas %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="22" />
        <source>QA score %</source>
        <translation>pontuação de qualidade %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="24" />
        <source>AHT (seconds)</source>
        <translation>TMA (segundos)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="26" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="28" />
        <source>conversations per hour</source>
        <translation>conversas por hora</translation>
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
        <translation>%1 ou mais → %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="57" />
        <source>%1 to under %2 → %3</source>
        <translation>de %1 a menos de %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="65" />
        <source>tier %1 %2</source>
        <translation>patamar %1 %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="66" />
        <source>per sale: %1; any other tier %2.</source>
        <translation>por venda: %1; qualquer outro patamar %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="75" />
        <source>by %1: %2.</source>
        <translation>por %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="80" />
        <source>No band applies on fewer than %n observation(s).</source>
        <translation><numerusform>Nenhuma faixa se aplica com menos de %n observação.</numerusform><numerusform>Nenhuma faixa se aplica com menos de %n observações.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="90" />
        <source>%1 % of the agent's sales amount.</source>
        <translation>%1 % do valor das vendas do agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="91" />
        <source>%1 % of the components listed before it.</source>
        <translation>%1 % dos componentes listados antes dele.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="98" />
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="110" />
        <source>weighted KPI score</source>
        <translation>pontuação ponderada de KPI</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="112" />
        <source>no-call-no-shows</source>
        <translation>faltas sem aviso</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="114" />
        <source>unexcused absences</source>
        <translation>faltas injustificadas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="116" />
        <source>attendance violations</source>
        <translation>infrações de assiduidade</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="118" />
        <source>late arrivals</source>
        <translation>atrasos</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="120" />
        <source>sales</source>
        <translation>vendas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="122" />
        <source>sales amount</source>
        <translation>valor das vendas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="124" />
        <source>conversations handled</source>
        <translation>conversas atendidas</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="126" />
        <source>CSAT responses</source>
        <translation>Respostas CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="128" />
        <source>QA evaluations</source>
        <translation>Avaliações de qualidade</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="130" />
        <source>perfect-CSAT month</source>
        <translation>mês com CSAT perfeito</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="143" />
        <source>a perfect-CSAT month (CSAT 100 % on at least %n response(s))</source>
        <translation><numerusform>um mês com CSAT perfeito (CSAT 100 % com pelo menos %n resposta)</numerusform><numerusform>um mês com CSAT perfeito (CSAT 100 % com pelo menos %n respostas)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reports/bonusplanwording.cpp" line="153" />
        <source>, judged on at least %n observation(s)</source>
        <translation><numerusform>, avaliado com pelo menos %n observação</numerusform><numerusform>, avaliado com pelo menos %n observações</numerusform></translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="164" />
        <source>%1 when %2.</source>
        <translation>%1 quando %2.</translation>
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
        <translation>quando %1 → bônus %2.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="191" />
        <source>when %1 → reduced by %2 % of the components' subtotal.</source>
        <translation>quando %1 → reduzido em %2 % do subtotal dos componentes.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="195" />
        <source>when %1 → reduced by %2 (never below %3).</source>
        <translation>quando %1 → reduzido em %2 (nunca abaixo de %3).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="204" />
        <source>Cap per agent: %1.</source>
        <translation>Teto por agente: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="205" />
        <source>No cap per agent.</source>
        <translation>Sem teto por agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="207" />
        <source>Weighted KPI score: the weights of the team's KPI plan.</source>
        <translation>Pontuação ponderada de KPI: os pesos do plano de KPI da equipe.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="208" />
        <source>Weighted KPI score weights: %1.</source>
        <translation>Pesos da pontuação ponderada de KPI: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="214" />
        <source>%1: built-in example plan “%2”</source>
        <translation>%1: plano de exemplo integrado “%2”</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="215" />
        <source>%1: “%2”, version %3, valid from %4</source>
        <translation>%1: “%2”, versão %3, vigente a partir de %4</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="224" />
        <source>CSAT %: satisfied responses ÷ all responses, credited to the agent who handled the conversation. Satisfied: %1–5 on 1–5, %2–10 on 1–10, %3–10 on 0–10, "good" on good/bad.</source>
        <translation>CSAT %: respostas satisfeitas ÷ todas as respostas, atribuídas ao agente que atendeu a conversa. Satisfeita: %1–5 em 1–5, %2–10 em 1–10, %3–10 em 0–10, “good” em good/bad.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="228" />
        <source>Perfect-CSAT month: CSAT 100 % with at least %1 responses in the month (a plan's condition may set its own minimum).</source>
        <translation>Mês com CSAT perfeito: CSAT de 100 % com pelo menos %1 respostas no mês (a condição de um plano pode definir seu próprio mínimo).</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="231" />
        <source>Attendance %: shifts attended ÷ scheduled shifts. Violations: unexcused absences and no-call-no-shows; late arrivals are counted separately.</source>
        <translation>Assiduidade %: turnos comparecidos ÷ turnos programados. Infrações: faltas injustificadas e faltas sem aviso; os atrasos são contados à parte.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="233" />
        <source>QA score %: Σ (weight × points earned) ÷ Σ (weight × points possible) over the criteria that apply; a failed auto-fail criterion scores the evaluation 0.</source>
        <translation>Pontuação de qualidade %: Σ (peso × pontos obtidos) ÷ Σ (peso × pontos possíveis) nos critérios aplicáveis; um critério eliminatório reprovado zera a avaliação.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="236" />
        <source>Sales: the agent's sales in the month, counted and summed by product tier; conversion = sales ÷ conversations handled.</source>
        <translation>Vendas: as vendas do agente no mês, contadas e somadas por patamar de produto; conversão = vendas ÷ conversas atendidas.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="239" />
        <source>Weighted KPI score: each KPI mapped to 0–100 points by the team's target bands, combined with weights that sum to 100.</source>
        <translation>Pontuação ponderada de KPI: cada KPI é convertido em 0–100 pontos pelas faixas de meta da equipe e combinado com pesos que somam 100.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="242" />
        <source>Rates on fewer than %1 observations are small samples: read them with care.</source>
        <translation>Taxas com menos de %1 observações são amostras pequenas: interprete-as com cautela.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusplanwording.cpp" line="244" />
        <source>A month is a calendar month of days in the site's time zone.</source>
        <translation>Um mês é um mês do calendário, com os dias no fuso horário do site.</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="35" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="41" />
        <source>Not locked — figures may still change</source>
        <translation>Não fechado — os números ainda podem mudar</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="43" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Fechado por %1 em %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusreportparts.cpp" line="49" />
        <source>No team</source>
        <translation>Sem equipe</translation>
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
        <translation>Fechado</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="41" />
        <source>Locked by</source>
        <translation>Fechado por</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="42" />
        <source>Locked at (UTC)</source>
        <translation>Fechado em (UTC)</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="44" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="50" />
        <source>Item</source>
        <translation>Item</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="52" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="56" />
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="57" />
        <source>Computed with a plan given for this run, not the stored plans</source>
        <translation>Calculado com um plano informado para esta execução, não com os planos armazenados</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="58" />
        <source>Rounding</source>
        <translation>Arredondamento</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="59" />
        <source>CSV SHA-256</source>
        <translation>SHA-256 do CSV</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="60" />
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="62" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="64" />
        <source>Site total</source>
        <translation>Total do site</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Agent ID</source>
        <translation>ID do agente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="75" />
        <source>Line kind</source>
        <translation>Tipo de linha</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="76" />
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="105" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusxlsx.cpp" line="109" />
        <source>Monthly bonus %1</source>
        <translation>Bônus mensal %1</translation>
    </message>
</context>
<context>
    <name>huddle::reports::CoachingSummary</name>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="49" />
        <source>Attendance</source>
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="51" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="53" />
        <source>Sales conversion</source>
        <translation>Conversão de vendas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="55" />
        <source>QA score</source>
        <translation>Pontuação de qualidade</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="57" />
        <source>AHT</source>
        <translation>TMA</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="59" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="61" />
        <source>Conversations per hour</source>
        <translation>Conversas por hora</translation>
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
        <translation>Planejada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="133" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="135" />
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="144" />
        <source>Not enough data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="146" />
        <source>Measuring: %1 of %2 days</source>
        <translation>Em medição: %1 de %2 dias</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="149" />
        <source>Improved</source>
        <translation>Melhorou</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="151" />
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="153" />
        <source>Worsened</source>
        <translation>Piorou</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="161" />
        <source>Before: %1 – %2</source>
        <translation>Antes: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="163" />
        <source>after: not started yet</source>
        <translation>depois: ainda não começou</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="165" />
        <source>after: %1 – %2</source>
        <translation>depois: %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="167" />
        <source>after: %1 – %2, still running</source>
        <translation>depois: %1 – %2, ainda em andamento</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="169" />
        <source>%1; %2. No result is claimed on fewer than 10 observations on either side.</source>
        <translation>%1; %2. Nenhum resultado é declarado com menos de 10 observações em qualquer um dos lados.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="198" />
        <location filename="../app/reports/coachingsummary.cpp" line="348" />
        <source>Coaching session summary</source>
        <translation>Resumo da sessão de coaching</translation>
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
        <translation>Dia da sessão</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="207" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="219" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (ao lado do TMA)</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="226" />
        <source>Focus</source>
        <translation>Foco</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="242" />
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="243" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="257" />
        <source>What we discussed</source>
        <translation>O que discutimos</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="258" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="265" />
        <source>What was agreed</source>
        <translation>O que foi combinado</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="277" />
        <source>Done %1</source>
        <translation>Concluída em %1</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="278" />
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="279" />
        <source>Action items</source>
        <translation>Itens de ação</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="280" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="281" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="289" />
        <source>Homework: shorter phrases</source>
        <translation>Tarefa: frases mais curtas</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="292" />
        <source>Instead of “%1” say “%2”</source>
        <translation>Em vez de “%1”, diga “%2”</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="300" />
        <source>Acknowledged by the agent on %1.</source>
        <translation>Confirmado pelo agente em %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="302" />
        <source>Not acknowledged by the agent yet.</source>
        <translation>Ainda não confirmado pelo agente.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="305" />
        <source>Next follow-up: %1.</source>
        <translation>Próximo acompanhamento: %1.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="306" />
        <source>No follow-up planned.</source>
        <translation>Nenhum acompanhamento planejado.</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="307" />
        <source>Acknowledgement and follow-up</source>
        <translation>Confirmação e acompanhamento</translation>
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
        <translation>Não foi possível gravar o resumo de coaching em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reports/coachingsummary.cpp" line="363" />
        <source>the PDF could not be started</source>
        <translation>não foi possível iniciar o PDF</translation>
    </message>
</context>
<context>
    <name>huddle::reports::TableExport</name>
    <message>
        <location filename="../app/reports/tableexport.cpp" line="32" />
        <source>cannot export a table as '.%1': choose .csv or .xlsx</source>
        <translation>não é possível exportar uma tabela como “.%1”: escolha .csv ou .xlsx</translation>
    </message>
</context>
<context>
    <name>huddle::reports::bonusrun</name>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="29" />
        <source>Moved from %1 on %2</source>
        <translation>Transferido de %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="100" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="196" />
        <source>a bonus run needs a month</source>
        <translation>um cálculo de bônus precisa de um mês</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrun.cpp" line="240" />
        <source>a month computed with a plan from a file cannot be locked; save the plan first and run the month again</source>
        <translation>um mês calculado com um plano de arquivo não pode ser fechado; salve o plano primeiro e calcule o mês novamente</translation>
    </message>
    <message>
        <location filename="../app/reports/bonusrunlocked.cpp" line="21" />
        <source>the bonus plan %1 recorded with the lock is missing</source>
        <translation>o plano de bônus %1 registrado com o fechamento está ausente</translation>
    </message>
</context>
<context>
    <name>huddle::storage</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="35" />
        <source>there is no agent with id %1</source>
        <translation>não existe agente com o id %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="49" />
        <source>the stored attendance ladder is invalid: %1</source>
        <translation>a escala de advertências de assiduidade armazenada é inválida: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="59" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>a configuração %1 contém “%2”, que não é um número de dias</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="62" />
        <source>the setting %1 is invalid: %2</source>
        <translation>a configuração %1 é inválida: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="46" />
        <source>attendance of agent %1 on %2 has an unknown status "%3"</source>
        <translation>a assiduidade do agente %1 em %2 tem um status desconhecido “%3”</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="107" />
        <source>a shift needs a valid day</source>
        <translation>um turno precisa de um dia válido</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="109" />
        <source>a shift lasts 1 to 1440 minutes, not %1</source>
        <translation>um turno dura de 1 a 1440 minutos, não %1</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="111" />
        <source>late minutes cannot be negative (%1)</source>
        <translation>os minutos de atraso não podem ser negativos (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="113" />
        <source>late minutes are given only for a shift the agent was late to</source>
        <translation>os minutos de atraso só são informados para um turno em que o agente chegou atrasado</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="125" />
        <source>there is no agent %1</source>
        <translation>não existe o agente %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="94" />
        <source>reading the last audit entry</source>
        <translation>lendo a última entrada de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="111" />
        <source>waiting for the audit log</source>
        <translation>aguardando o registro de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="118" />
        <source>chaining audit entry %1</source>
        <translation>encadeando a entrada de auditoria %1</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="171" />
        <source>reading the audit log</source>
        <translation>lendo o registro de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="58" />
        <source>reading CSAT responses</source>
        <translation>lendo as respostas de CSAT</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="63" />
        <source>Satisfied</source>
        <translation>Satisfeito</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="69" />
        <source>Day summary: %n response(s)</source>
        <translation>Resumo do dia: %n resposta|Resumo do dia: %n respostas</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="70" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="75" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="101" />
        <source>reading sales</source>
        <translation>lendo as vendas</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Tier</source>
        <translation>Patamar</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="105" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="112" />
        <source>%n sale(s) in the day's summary</source>
        <translation>%n venda no resumo do dia|%n vendas no resumo do dia</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="113" />
        <source>%n sale(s) stated on the conversation</source>
        <translation>%n venda informada na conversa|%n vendas informadas na conversa</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="124" />
        <source>No-call-no-show</source>
        <translation>Falta sem aviso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="126" />
        <source>Unexcused absence</source>
        <translation>Falta injustificada</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="128" />
        <source>Excused absence</source>
        <translation>Falta justificada</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="130" />
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="140" />
        <location filename="../app/storage/bonusinputreader.cpp" line="138" />
        <source>reading attendance</source>
        <translation>lendo a assiduidade</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="144" />
        <source>Late (min)</source>
        <translation>Atraso (min)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="161" />
        <source>reading QA evaluations</source>
        <translation>lendo as avaliações de qualidade</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="165" />
        <source>Score %</source>
        <translation>Pontuação %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="177" />
        <source>Attendance %</source>
        <translation>Assiduidade %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="178" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="179" />
        <source>Sales conversion %</source>
        <translation>Conversão de vendas %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="180" />
        <source>QA %</source>
        <translation>Qualidade %</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="181" />
        <source>AHT (s)</source>
        <translation>TMA (s)</translation>
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
        <translation>Muito abaixo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="186" />
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="187" />
        <source>Met</source>
        <translation>Atingido</translation>
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
        <translation>Faixa</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusevidencereader.cpp" line="215" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="64" />
        <source>reading teams</source>
        <translation>lendo as equipes</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="81" />
        <source>reading team memberships</source>
        <translation>lendo os vínculos com as equipes</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusinputreader.cpp" line="120" />
        <source>reading sales by tier</source>
        <translation>lendo as vendas por patamar</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="41" />
        <source>bonus lock %1 names no month: “%2”</source>
        <translation>o fechamento de bônus %1 não indica nenhum mês: “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="79" />
        <source>reading the bonus locks</source>
        <translation>lendo os fechamentos de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="87" />
        <source>a frozen bonus line of %1 has an unknown kind “%2” or evidence “%3”</source>
        <translation>uma linha de bônus congelada de %1 tem um tipo “%2” ou uma evidência “%3” desconhecidos</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="122" />
        <source>freezing the bonus lines</source>
        <translation>congelando as linhas de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="131" />
        <source>a lock needs the month to lock</source>
        <translation>para fechar, é preciso informar o mês a ser fechado</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="133" />
        <source>locking %1 needs your name and a reason</source>
        <translation>para fechar %1, são necessários seu nome e um motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="138" />
        <source>%1 has not ended yet; it can be locked from %2</source>
        <translation>%1 ainda não terminou; pode ser fechado a partir de %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="152" />
        <source>%1 is already locked (by %2 on %3)</source>
        <translation>%1 já está fechado (por %2 em %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="176" />
        <source>locking the month</source>
        <translation>fechando o mês</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="214" />
        <source>%1, a later month, is locked too: its adjustments were computed against the lock of %2; unlock %1 first</source>
        <translation>%1, um mês posterior, também está fechado: seus ajustes foram calculados com base no fechamento de %2; reabra %1 primeiro</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="227" />
        <source>%1 is not locked</source>
        <translation>%1 não está fechado</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="235" />
        <source>unlocking the month</source>
        <translation>reabrindo o mês</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="49" />
        <source>stored bonus plan %1 (version %2) is damaged: %3</source>
        <translation>o plano de bônus armazenado %1 (versão %2) está danificado: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="52" />
        <source>its month is “%1”</source>
        <translation>o mês dele é “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="82" />
        <source>reading the bonus plan</source>
        <translation>lendo o plano de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="94" />
        <source>reading the team</source>
        <translation>lendo a equipe</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="98" />
        <source>there is no team %1 to give a bonus plan</source>
        <translation>não existe a equipe %1 para receber um plano de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="112" />
        <source>%1 is locked; a plan can start from %2 at the earliest</source>
        <translation>%1 está fechado; um plano só pode começar a partir de %2</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="124" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="126" />
        <source>numbering the bonus plan</source>
        <translation>numerando o plano de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="140" />
        <source>saving the bonus plan</source>
        <translation>salvando o plano de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="163" />
        <location filename="../app/storage/bonusplanrepository.cpp" line="165" />
        <source>reading the newest bonus plan</source>
        <translation>lendo o plano de bônus mais recente</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="166" />
        <source>the site</source>
        <translation>o site</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="171" />
        <source>version %1 of the bonus plan for %2 was saved by %3 at %4 while you were writing the first one; look at it, then save your change again</source>
        <translation>a versão %1 do plano de bônus para %2 foi salva por %3 em %4 enquanto você escrevia a primeira; examine-a e salve sua alteração novamente</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="177" />
        <source>version %1 of the bonus plan for %3 was saved by %4 at %5 after you opened version %2; look at it, then save your change again</source>
        <translation>a versão %1 do plano de bônus para %3 foi salva por %4 em %5 depois que você abriu a versão %2; examine-a e salve sua alteração novamente</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="34" />
        <source>a calibration session needs a name</source>
        <translation>uma sessão de calibração precisa de um nome</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="36" />
        <source>a calibration session needs the name of whoever creates it</source>
        <translation>uma sessão de calibração precisa do nome de quem a cria</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="38" />
        <source>a calibration session needs at least one conversation</source>
        <translation>uma sessão de calibração precisa de pelo menos uma conversa</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="41" />
        <source>a conversation is listed twice in the calibration session</source>
        <translation>uma conversa aparece duas vezes na sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="43" />
        <source>a calibration session needs at least two evaluators</source>
        <translation>uma sessão de calibração precisa de pelo menos dois avaliadores</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="47" />
        <source>an evaluator of the calibration session has no name</source>
        <translation>um avaliador da sessão de calibração não tem nome</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="49" />
        <source>%1 is listed twice as an evaluator</source>
        <translation>%1 aparece duas vezes como avaliador</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="62" />
        <source>reading the scorecard</source>
        <translation>lendo o formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="66" />
        <source>scorecard version %1 does not exist</source>
        <translation>a versão %1 do formulário de avaliação não existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="69" />
        <source>%1 is a peer-review scorecard; calibration uses a QA scorecard</source>
        <translation>%1 é um formulário de avaliação por pares; a calibração usa um formulário de avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="81" />
        <location filename="../app/storage/transcriptrepository.cpp" line="65" />
        <source>reading conversation %1</source>
        <translation>lendo a conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="84" />
        <location filename="../app/storage/transcriptrepository.cpp" line="69" />
        <source>conversation %1 does not exist</source>
        <translation>a conversa %1 não existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="86" />
        <source>conversation %1 was not handled by an agent</source>
        <translation>a conversa %1 não foi atendida por um agente</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="106" />
        <source>adding the calibration session</source>
        <translation>adicionando a sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="116" />
        <source>adding the session's conversations</source>
        <translation>adicionando as conversas da sessão</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="123" />
        <source>adding the session's evaluators</source>
        <translation>adicionando os avaliadores da sessão</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="158" />
        <source>reading calibration sessions</source>
        <translation>lendo as sessões de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="184" />
        <source>reading calibration evaluators</source>
        <translation>lendo os avaliadores da calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="202" />
        <source>reading the session's conversations</source>
        <translation>lendo as conversas da sessão</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="97" />
        <source>the agent</source>
        <translation>o agente</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="99" />
        <source>the coach</source>
        <translation>o coach</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="101" />
        <source>the day</source>
        <translation>o dia</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="103" />
        <source>the focus KPIs</source>
        <translation>os KPIs em foco</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="105" />
        <source>the notes</source>
        <translation>as notas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="107" />
        <source>the agenda</source>
        <translation>a pauta</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="109" />
        <source>the action items (only their done state can change)</source>
        <translation>os itens de ação (somente o status de conclusão pode mudar)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingchanges.cpp" line="111" />
        <source>the homework</source>
        <translation>a tarefa</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="36" />
        <source>the coaching effect is measured over %1 to %2 days, not %3</source>
        <translation>o efeito do coaching é medido em %1 a %2 dias, não em %3</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="75" />
        <source>measuring a coaching effect needs the session's day and today's date</source>
        <translation>medir o efeito de um coaching exige o dia da sessão e a data de hoje</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="43" />
        <source>action item %1 says nothing: write what was agreed or remove it</source>
        <translation>o item de ação %1 está vazio: escreva o que foi combinado ou remova-o</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="45" />
        <source>action item %1 is marked done without the day it was done</source>
        <translation>o item de ação %1 está marcado como concluído sem o dia em que foi concluído</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="56" />
        <source>there is no agent %1 to coach</source>
        <translation>não existe o agente %1 para receber coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="60" />
        <source>a coaching session needs a valid day</source>
        <translation>uma sessão de coaching precisa de um dia válido</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="65" />
        <source>agenda item %1 has no title</source>
        <translation>o item %1 da pauta não tem título</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="87" />
        <source>reopening a closed session needs a reason</source>
        <translation>reabrir uma sessão encerrada exige um motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="95" />
        <source>a held session cannot go back to planned</source>
        <translation>uma sessão realizada não pode voltar a ser planejada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="96" />
        <source>a closed session can only be reopened as held</source>
        <translation>uma sessão encerrada só pode ser reaberta como realizada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="51" />
        <source>coaching session %1 has an unknown status “%2”</source>
        <translation>a sessão de coaching %1 tem um status desconhecido “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="58" />
        <source>agenda item %1 has an unknown kind “%2”</source>
        <translation>o item %1 da pauta tem um tipo desconhecido “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="142" />
        <source>there is no coaching session %1</source>
        <translation>não existe a sessão de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrows.cpp" line="189" />
        <source>unknown focus KPI “%1” in a coaching session</source>
        <translation>KPI em foco desconhecido “%1” em uma sessão de coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="77" />
        <source>reading the tables of the database</source>
        <translation>lendo as tabelas do banco de dados</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="100" />
        <source>reading the foreign keys of the database</source>
        <translation>lendo as chaves estrangeiras do banco de dados</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecatalogue.cpp" line="133" />
        <source>the foreign keys of the tables %1 form a cycle, so no table of them can be copied before the others</source>
        <translation>as chaves estrangeiras das tabelas %1 formam um ciclo, portanto nenhuma delas pode ser copiada antes das outras</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="43" />
        <source>listing the tables of %1</source>
        <translation>listando as tabelas de %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="111" />
        <source>the target has no table %1</source>
        <translation>o destino não tem a tabela %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="114" />
        <source>table %1 has other columns in the target than in the source</source>
        <translation>a tabela %1 tem colunas diferentes no destino e na origem</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="117" />
        <source>the source has no table %1</source>
        <translation>a origem não tem a tabela %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="145" />
        <source>the copy was cancelled</source>
        <translation>a cópia foi cancelada</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="163" />
        <location filename="../app/storage/databasecopy.cpp" line="187" />
        <source>reading table %1</source>
        <translation>lendo a tabela %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="168" />
        <source>copying table %1</source>
        <translation>copiando a tabela %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="202" />
        <source>emptying table %1 of the target</source>
        <translation>esvaziando a tabela %1 do destino</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="228" />
        <source>moving the id sequence of table %1</source>
        <translation>ajustando a sequência de id da tabela %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="262" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="293" />
        <source>the source</source>
        <translation>a origem</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="296" />
        <source>the target</source>
        <translation>o destino</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="301" />
        <source>copying the database</source>
        <translation>copiando o banco de dados</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="43" />
        <source>there is no dispute %1</source>
        <translation>não existe a contestação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="45" />
        <source>dispute %1 is already decided; a decision is final</source>
        <translation>a contestação %1 já foi decidida; uma decisão é definitiva</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="47" />
        <source>evaluation %1 is a draft: save the draft instead</source>
        <translation>a avaliação %1 é um rascunho: salve o rascunho em vez disso</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="50" />
        <source>evaluation %1 is disputed: only the arbitrator's decision changes it now</source>
        <translation>a avaliação %1 está em contestação: agora somente a decisão do árbitro pode alterá-la</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="52" />
        <source>evaluation %1 is final and can no longer change</source>
        <translation>a avaliação %1 é definitiva e não pode mais mudar</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="57" />
        <source>an edit keeps the evaluation's conversation and scorecard version</source>
        <translation>uma edição mantém a conversa e a versão do formulário de avaliação da avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="48" />
        <source>there is no evaluation %1</source>
        <translation>não existe a avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="117" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>a avaliação tem %1 respostas para %2 critérios</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="122" />
        <source>“%1” is not answered yet</source>
        <translation>“%1” ainda não foi respondido</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="129" />
        <source>“%1” cannot be answered N/A</source>
        <translation>“%1” não pode ser respondido com N/A</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="130" />
        <source>“%1” cannot be given %2 points</source>
        <translation>“%1” não pode receber %2 pontos</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrows.cpp" line="143" />
        <source>every criterion is answered N/A: there is nothing to score</source>
        <translation>todos os critérios foram respondidos com N/A: não há nada a pontuar</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="89" />
        <source>checking later imports</source>
        <translation>verificando importações posteriores</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="116" />
        <source>restoring overwritten rows</source>
        <translation>restaurando as linhas sobrescritas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="132" />
        <source>deleting imported rows</source>
        <translation>excluindo as linhas importadas</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="163" />
        <source>removing agents and teams the import created</source>
        <translation>removendo os agentes e as equipes criados pela importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="184" />
        <source>counting the rows of the import</source>
        <translation>contando as linhas da importação</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="63" />
        <source>a phrase needs both the longer wording and the shorter one to use instead</source>
        <translation>uma frase precisa tanto da redação mais longa quanto da mais curta a ser usada em seu lugar</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="55" />
        <source>reading the evaluation queue</source>
        <translation>lendo a fila de avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="105" />
        <source>counting handle times</source>
        <translation>contando os tempos de atendimento</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="117" />
        <source>reading the 90th percentile of handle time</source>
        <translation>lendo o percentil 90 do tempo de atendimento</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="50" />
        <source>criterion %1 has the unknown kind “%2”</source>
        <translation>o critério %1 tem o tipo desconhecido “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="29" />
        <source>sslmode must be one of %1, not '%2'</source>
        <translation>sslmode deve ser um de %1, não “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="38" />
        <source>connect_timeout must be a number of seconds, not '%1'</source>
        <translation>connect_timeout deve ser um número de segundos, não “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="46" />
        <source>application_name may hold letters, digits, '_', '.' and '-' only, not '%1'</source>
        <translation>application_name só pode conter letras, dígitos, '_', '.' e '-', não “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="52" />
        <source>unknown parameter '%1' (known: sslmode, connect_timeout, application_name)</source>
        <translation>parâmetro desconhecido “%1” (conhecidos: sslmode, connect_timeout, application_name)</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="67" />
        <source>not a valid server address; expected postgresql://user@host[:port]/database</source>
        <translation>endereço de servidor inválido; esperado postgresql://user@host[:port]/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="76" />
        <source>the server address names no host: postgresql://user@HOST/database</source>
        <translation>o endereço do servidor não indica o host: postgresql://user@HOST/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="78" />
        <source>the server address names no user: postgresql://USER@host/database</source>
        <translation>o endereço do servidor não indica o usuário: postgresql://USER@host/database</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="80" />
        <source>the server address names no database: postgresql://user@host/DATABASE</source>
        <translation>o endereço do servidor não indica o banco de dados: postgresql://user@host/DATABASE</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="139" />
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed; install the libqt6sql6-psql package</source>
        <translation>o driver PostgreSQL para Qt (QPSQL) não está instalado; instale o pacote libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../app/storage/serverurl.cpp" line="150" />
        <source>cannot connect to %1: %2</source>
        <translation>não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="120" />
        <source>row %1 in key order, column %2: %3 in the source, %4 in the copy</source>
        <translation>linha %1 na ordem da chave, coluna %2: %3 na origem, %4 na cópia</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="147" />
        <source>row %1 in key order is only in the %2</source>
        <translation>a linha %1 na ordem da chave só existe na %2</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="149" />
        <source>copy</source>
        <translation>cópia</translation>
    </message>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="161" />
        <source>verification failed for table %1: the source has %2 rows (SHA-256 %3), the copy %4 rows (SHA-256 %5); first difference: %6</source>
        <translation>falha na verificação da tabela %1: a origem tem %2 linhas (SHA-256 %3) e a cópia, %4 linhas (SHA-256 %5); primeira diferença: %6</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="27" />
        <source>Review note by %1: %2</source>
        <translation>Nota de revisão de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="29" />
        <source>transcript line %1 is numbered %2; lines are numbered 1, 2, 3, … in order</source>
        <translation>a linha %1 da transcrição está numerada como %2; as linhas são numeradas 1, 2, 3, … em ordem</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="34" />
        <source>transcript line %1: the speaker is '%2', not agent, customer or system</source>
        <translation>linha %1 da transcrição: o interlocutor é “%2”, não agent, customer ou system</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="39" />
        <source>transcript line %1 is empty</source>
        <translation>a linha %1 da transcrição está vazia</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="41" />
        <source>transcript line %1 starts before the call</source>
        <translation>a linha %1 da transcrição começa antes da chamada</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="50" />
        <source>reading the annotations of conversation %1</source>
        <translation>lendo as anotações da conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="77" />
        <source>cancelled; no backup was written</source>
        <translation>cancelado; nenhum backup foi gravado</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="78" />
        <source>could not write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="81" />
        <source>could not make %1 private to its owner</source>
        <translation>não foi possível tornar %1 privado para o seu dono</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="95" />
        <source>%1 is a server database; back it up with the server's tools (pg_dump)</source>
        <translation>%1 é um banco de dados de servidor; faça o backup com as ferramentas do servidor (pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="99" />
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>%1 já existe; escolha um arquivo novo para o backup</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="106" />
        <source>backup file not found: %1</source>
        <translation>arquivo de backup não encontrado: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="109" />
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="112" />
        <source>%1 is damaged or not a database (integrity check: %2)</source>
        <translation>%1 está danificado ou não é um banco de dados (verificação de integridade: %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="113" />
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="118" />
        <source>%1 is not a Huddle database</source>
        <translation>%1 não é um banco de dados do Huddle</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="121" />
        <source>%1 has schema version %2, newer than this Huddle understands (%3)</source>
        <translation>%1 tem a versão de esquema %2, mais nova do que este Huddle entende (%3)</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="146" />
        <source>could not move %1 aside to %2</source>
        <translation>não foi possível mover %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/storage/backup.cpp" line="157" />
        <source>could not put the backup in place of %1 (the previous file is %2)</source>
        <translation>não foi possível colocar o backup no lugar de %1 (o arquivo anterior é %2)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AgendaSource</name>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="161" />
        <source>the session needs a valid day</source>
        <translation>a sessão precisa de um dia válido</translation>
    </message>
    <message>
        <location filename="../app/storage/agendasource.cpp" line="163" />
        <source>the agenda looks back at least one day</source>
        <translation>a pauta considera pelo menos um dia para trás</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AttendanceRepository</name>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="121" />
        <source>saving the attendance ladder</source>
        <translation>salvando a escala de advertências de assiduidade</translation>
    </message>
    <message>
        <location filename="../app/storage/attendanceladderstore.cpp" line="145" />
        <location filename="../app/storage/attendanceladderstore.cpp" line="165" />
        <source>the ladder stage is asked for an invalid day</source>
        <translation>o estágio da escala foi solicitado para um dia inválido</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="276" />
        <source>entering attendance</source>
        <translation>registrando a assiduidade</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="299" />
        <source>removing attendance</source>
        <translation>removendo a assiduidade</translation>
    </message>
    <message>
        <location filename="../app/storage/attendancerepository.cpp" line="327" />
        <source>the period of the attendance table is not a valid range of days</source>
        <translation>o período da tabela de assiduidade não é um intervalo de dias válido</translation>
    </message>
</context>
<context>
    <name>huddle::storage::AuditLog</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="211" />
        <source>recording the %1 of %2 %3 in the audit log</source>
        <translation>registrando a ação %1 de %2 %3 no registro de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="219" />
        <source>recording in the audit log</source>
        <translation>gravando no registro de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="256" />
        <location filename="../app/storage/auditlog.cpp" line="276" />
        <location filename="../app/storage/auditlog.cpp" line="283" />
        <source>reading the audit log</source>
        <translation>lendo o registro de auditoria</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="271" />
        <source>chaining the audit log</source>
        <translation>encadeando o registro de auditoria</translation>
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
        <translation>lendo as linhas de bônus congeladas</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="302" />
        <source>locking %1</source>
        <translation>fechando %1</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="309" />
        <source>unlocking needs the month to unlock</source>
        <translation>para reabrir, é preciso informar o mês a ser reaberto</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="311" />
        <source>unlocking %1 needs your name and a reason</source>
        <translation>para reabrir %1, são necessários seu nome e um motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/bonuslockrepository.cpp" line="312" />
        <source>unlocking %1</source>
        <translation>reabrindo %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::BonusPlanRepository</name>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="225" />
        <source>reading the bonus plans</source>
        <translation>lendo os planos de bônus</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="241" />
        <source>the bonus plan is asked for an invalid month</source>
        <translation>o plano de bônus foi solicitado para um mês inválido</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="265" />
        <source>a bonus plan needs the month it is valid from</source>
        <translation>um plano de bônus precisa do mês a partir do qual é vigente</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="267" />
        <source>a bonus plan is saved under a name: the name is empty</source>
        <translation>um plano de bônus é salvo com um nome: o nome está vazio</translation>
    </message>
    <message>
        <location filename="../app/storage/bonusplanrepository.cpp" line="278" />
        <source>saving the bonus plan</source>
        <translation>salvando o plano de bônus</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CalibrationRepository</name>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="254" />
        <source>creating the calibration session</source>
        <translation>criando a sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="286" />
        <source>calibration session %1 does not exist</source>
        <translation>a sessão de calibração %1 não existe</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="298" />
        <source>%1 is not an evaluator of calibration session %2</source>
        <translation>%1 não é avaliador da sessão de calibração %2</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="311" />
        <source>reading the calibration worklist</source>
        <translation>lendo a lista de trabalho de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="325" />
        <source>closing a calibration session needs the name of whoever closes it</source>
        <translation>encerrar uma sessão de calibração exige o nome de quem a encerra</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="327" />
        <location filename="../app/storage/calibrationrepository.cpp" line="338" />
        <source>closing the calibration session</source>
        <translation>encerrando a sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="332" />
        <source>calibration session %1 is already closed</source>
        <translation>a sessão de calibração %1 já está encerrada</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="354" />
        <source>calibration session %1 is still open: its scores stay blind until it is closed</source>
        <translation>a sessão de calibração %1 ainda está aberta: suas pontuações permanecem ocultas até que ela seja encerrada</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="386" />
        <source>adding a score to the calibration session</source>
        <translation>adicionando uma pontuação à sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/calibrationrepository.cpp" line="390" />
        <source>evaluation %1 is not a calibration score of an evaluator and a conversation of session %2</source>
        <translation>a avaliação %1 não é uma pontuação de calibração de um avaliador e de uma conversa da sessão %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ChainWalk</name>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="142" />
        <source>it has no hash — it was written outside Huddle or its hash was erased</source>
        <translation>não tem hash — foi gravada fora do Huddle ou o hash foi apagado</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="145" />
        <source>its contents do not match its hash — it was changed after it was written</source>
        <translation>o conteúdo não corresponde ao hash — foi alterada depois de gravada</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="150" />
        <source>it is the first entry but follows another — earlier entries were removed</source>
        <translation>é a primeira entrada, mas vem depois de outra — entradas anteriores foram removidas</translation>
    </message>
    <message>
        <location filename="../app/storage/auditlog.cpp" line="151" />
        <source>does not follow entry %1 — an entry was removed or inserted, or entry %1 was rewritten</source>
        <translation>não vem depois da entrada %1 — uma entrada foi removida ou inserida, ou a entrada %1 foi reescrita</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingEffectReader</name>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="109" />
        <source>the setting %1 holds “%2”, not a number of days from %3 to %4</source>
        <translation>a configuração %1 contém “%2”, que não é um número de dias de %3 a %4</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingeffectreader.cpp" line="122" />
        <source>saving the coaching effect window</source>
        <translation>salvando o período do efeito do coaching</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingRepository</name>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="140" />
        <source>planning a coaching session</source>
        <translation>planejando uma sessão de coaching</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="172" />
        <source>saving coaching session %1</source>
        <translation>salvando a sessão de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="178" />
        <source>coaching session %1 is closed: %2 can no longer change (reopen it to edit them)</source>
        <translation>a sessão de coaching %1 está encerrada: não é mais possível alterar %2 (reabra-a para editar)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="217" />
        <source>changing the status of coaching session %1</source>
        <translation>alterando o status da sessão de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="242" />
        <source>deleting coaching session %1</source>
        <translation>excluindo a sessão de coaching %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="249" />
        <source>coaching session %1 has been held; only planned sessions can be deleted</source>
        <translation>a sessão de coaching %1 já foi realizada; somente sessões planejadas podem ser excluídas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="251" />
        <source>coaching session %1 is closed; only planned sessions can be deleted</source>
        <translation>a sessão de coaching %1 está encerrada; somente sessões planejadas podem ser excluídas</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="265" />
        <source>marking an action item done needs the day it was done</source>
        <translation>marcar um item de ação como concluído exige o dia da conclusão</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="267" />
        <source>marking action item %1</source>
        <translation>marcando o item de ação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingrepository.cpp" line="270" />
        <source>there is no action item %1</source>
        <translation>não existe o item de ação %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::CoachingWriter</name>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="212" />
        <source>agenda item %1 refers to conversation %2, which is not stored</source>
        <translation>o item %1 da pauta se refere à conversa %2, que não está armazenada</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="214" />
        <source>agenda item %1 refers to action item %2, which is not stored</source>
        <translation>o item %1 da pauta se refere ao item de ação %2, que não está armazenado</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="257" />
        <source>agenda item %1 is not on the agenda of coaching session %2 (or is listed twice)</source>
        <translation>o item %1 não está na pauta da sessão de coaching %2 (ou aparece duas vezes)</translation>
    </message>
    <message>
        <location filename="../app/storage/coachingwriter.cpp" line="282" />
        <source>action item %1 was not agreed in coaching session %2 (or is listed twice)</source>
        <translation>o item de ação %1 não foi combinado na sessão de coaching %2 (ou aparece duas vezes)</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ConversationBatch</name>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="29" />
        <location filename="../app/storage/conversationbatch.cpp" line="40" />
        <source>could not read the conversations already imported: %1</source>
        <translation>não foi possível ler as conversas já importadas: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/conversationbatch.cpp" line="70" />
        <source>adding the conversations %1 to %2, written together</source>
        <translation>adicionar as conversas %1 a %2, gravadas juntas</translation>
    </message>
    </context>
<context>
    <name>huddle::storage::DigestReader</name>
    <message>
        <location filename="../app/storage/tablecomparison.cpp" line="76" />
        <location filename="../app/storage/tablecomparison.cpp" line="97" />
        <source>reading table %1 back</source>
        <translation>relendo a tabela %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DirectoryRepository</name>
    <message>
        <location filename="../app/storage/directoryrepository.cpp" line="112" />
        <source>currency: expected an ISO 4217 code of three capital letters such as USD or EUR, got "%1"</source>
        <translation>currency: esperado um código ISO 4217 de três letras maiúsculas, como USD ou EUR; recebido “%1”</translation>
    </message>
</context>
<context>
    <name>huddle::storage::DisputeRepository</name>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="138" />
        <source>the setting %1 holds “%2”, not a number of days</source>
        <translation>a configuração %1 contém “%2”, que não é um número de dias</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="149" />
        <source>the dispute window and the decision time are at least one day each</source>
        <translation>o prazo de contestação e o prazo de decisão são de pelo menos um dia cada</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="150" />
        <source>saving the dispute rules</source>
        <translation>salvando as regras de contestação</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="174" />
        <source>a dispute needs who raises it and a reason</source>
        <translation>uma contestação precisa de quem a abre e de um motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="175" />
        <source>opening a dispute</source>
        <translation>abrindo uma contestação</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="191" />
        <source>the evaluation has no criterion %1 to dispute</source>
        <translation>a avaliação não tem critério %1 a contestar</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="233" />
        <source>a dispute is decided by a named arbitrator</source>
        <translation>uma contestação é decidida por um árbitro identificado pelo nome</translation>
    </message>
    <message>
        <location filename="../app/storage/disputerepository.cpp" line="235" />
        <source>deciding dispute %1</source>
        <translation>decidindo a contestação %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationRepository</name>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="140" />
        <source>saving the draft</source>
        <translation>salvando o rascunho</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="154" />
        <source>publishing the evaluation</source>
        <translation>publicando a avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="166" />
        <source>a peer review needs a note for the colleague</source>
        <translation>uma avaliação por pares precisa de uma nota para o colega</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="168" />
        <source>publishing the peer review</source>
        <translation>publicando a avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="185" />
        <source>an edit of a published evaluation needs a reason</source>
        <translation>editar uma avaliação publicada exige um motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="186" />
        <source>editing evaluation %1</source>
        <translation>editando a avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="193" />
        <source>removing draft %1</source>
        <translation>removendo o rascunho %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="199" />
        <source>evaluation %1 is published; only drafts can be removed</source>
        <translation>a avaliação %1 está publicada; somente rascunhos podem ser removidos</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="229" />
        <source>there is no evaluation %1</source>
        <translation>não existe a avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationrepository.cpp" line="240" />
        <source>evaluation %1 is a blind calibration score: only %2 can open it until the calibration session is closed</source>
        <translation>a avaliação %1 é uma pontuação de calibração às cegas: somente %2 pode abri-la até que a sessão de calibração seja encerrada</translation>
    </message>
</context>
<context>
    <name>huddle::storage::EvaluationWriter</name>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="44" />
        <source>a peer review is scored on a peer-review scorecard; “%1” is a QA scorecard</source>
        <translation>uma avaliação por pares é pontuada em um formulário de avaliação por pares; “%1” é um formulário de avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="46" />
        <source>“%1” is a peer-review scorecard; QA and calibration evaluations need a QA scorecard</source>
        <translation>“%1” é um formulário de avaliação por pares; avaliações de qualidade e de calibração precisam de um formulário de avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="51" />
        <source>only a calibration evaluation belongs to a calibration session</source>
        <translation>somente uma avaliação de calibração pertence a uma sessão de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="76" />
        <source>a calibration evaluation needs a calibration session; there is no session %1</source>
        <translation>uma avaliação de calibração precisa de uma sessão de calibração; não existe a sessão %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="81" />
        <source>calibration session “%1” is closed; it takes no more scores</source>
        <translation>a sessão de calibração “%1” está encerrada; não aceita mais pontuações</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="85" />
        <source>calibration session “%1” is scored with another scorecard version</source>
        <translation>a sessão de calibração “%1” é pontuada com outra versão do formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="88" />
        <source>%1 is not an evaluator of calibration session “%2”</source>
        <translation>%1 não é avaliador da sessão de calibração “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="90" />
        <source>the conversation is not one of calibration session “%1”</source>
        <translation>a conversa não faz parte da sessão de calibração “%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="92" />
        <source>%1 has already scored this conversation in calibration session “%2”</source>
        <translation>%1 já pontuou esta conversa na sessão de calibração “%2”</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="106" />
        <source>there is no conversation %1</source>
        <translation>não existe a conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="109" />
        <source>conversation %1 reached no agent, so there is nobody to evaluate</source>
        <translation>a conversa %1 não chegou a nenhum agente, portanto não há ninguém a avaliar</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="149" />
        <source>an evaluation needs the name of its evaluator</source>
        <translation>uma avaliação precisa do nome do avaliador</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="162" />
        <source>evaluation %1 is already published; it changes only by an edit with a reason</source>
        <translation>a avaliação %1 já está publicada; só muda por meio de uma edição com motivo</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="218" />
        <source>there is no evaluation %1 (it may have been removed)</source>
        <translation>não existe a avaliação %1 (ela pode ter sido removida)</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="225" />
        <source>evaluation %1 was changed at %4 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>a avaliação %1 foi alterada em %4 depois que você a abriu (revisão %2, a sua é %3); recarregue-a para ver essa alteração e depois faça a sua novamente</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="232" />
        <source>evaluation %1 was changed by %4 at %5 after you opened it (revision %2, yours is %3); reload it to see that change, then make yours again</source>
        <translation>a avaliação %1 foi alterada por %4 em %5 depois que você a abriu (revisão %2, a sua é %3); recarregue-a para ver essa alteração e depois faça a sua novamente</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="338" />
        <source>the calibration session of evaluation %1 is closed; its scores no longer change</source>
        <translation>a sessão de calibração da avaliação %1 está encerrada; suas pontuações não mudam mais</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="341" />
        <source>only %1 can change their own calibration score</source>
        <translation>somente %1 pode alterar a própria pontuação de calibração</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="365" />
        <source>a peer review is an evaluation of the peer kind</source>
        <translation>uma avaliação por pares é uma avaliação do tipo por pares</translation>
    </message>
    <message>
        <location filename="../app/storage/evaluationwriter.cpp" line="375" />
        <source>agents do not peer-review their own conversations</source>
        <translation>os agentes não fazem avaliação por pares das próprias conversas</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportHistory</name>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="206" />
        <source>reading the import history</source>
        <translation>lendo o histórico de importações</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="235" />
        <source>could not start a transaction</source>
        <translation>não foi possível iniciar uma transação</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="238" />
        <source>reading the import</source>
        <translation>lendo a importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="242" />
        <source>import %1 does not exist or was already undone</source>
        <translation>a importação %1 não existe ou já foi desfeita</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="247" />
        <source>import %1 changed rows of import %2; undo import %1 first</source>
        <translation>a importação %1 alterou linhas da importação %2; desfaça primeiro a importação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="260" />
        <source>checking evaluations</source>
        <translation>verificando as avaliações</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="264" />
        <source>%n evaluation(s) or review note(s) refer to conversations of this import; the import cannot be undone without losing them</source>
        <translation>%n avaliação ou nota de revisão se refere a conversas desta importação; não é possível desfazer a importação sem perdê-la|%n avaliações ou notas de revisão se referem a conversas desta importação; não é possível desfazer a importação sem perdê-las</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="281" />
        <source>reading customers</source>
        <translation>lendo os clientes</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="291" />
        <source>marking the import undone</source>
        <translation>marcando a importação como desfeita</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="305" />
        <source>could not commit the undo</source>
        <translation>não foi possível confirmar a operação de desfazer</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="313" />
        <source>reading import profiles</source>
        <translation>lendo os perfis de importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="328" />
        <source>saving the import profile</source>
        <translation>salvando o perfil de importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importhistory.cpp" line="334" />
        <source>deleting the import profile</source>
        <translation>excluindo o perfil de importação</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ImportWriter</name>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="151" />
        <source>could not start the import transaction</source>
        <translation>não foi possível iniciar a transação de importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="224" />
        <source>could not wait for other imports: %1</source>
        <translation>não foi possível aguardar as outras importações: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="228" />
        <source>cancelled while another import was running</source>
        <translation>cancelada enquanto outra importação estava em andamento</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="244" />
        <source>could not count conversations: %1</source>
        <translation>não foi possível contar as conversas: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="252" />
        <source>could not read the indexes: %1</source>
        <translation>não foi possível ler os índices: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="257" />
        <source>could not defer index %1</source>
        <translation>não foi possível adiar o índice %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="277" />
        <source>could not rebuild index %1: %2</source>
        <translation>não foi possível recriar o índice %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="348" />
        <location filename="../app/storage/importwriter.cpp" line="884" />
        <source>could not record the import: %1</source>
        <translation>não foi possível registrar a importação: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="349" />
        <source>recording the import</source>
        <translation>registrando a importação</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="360" />
        <source>could not record the site's time zone: %1</source>
        <translation>não foi possível registrar o fuso horário do site: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="395" />
        <source>unknown import shape</source>
        <translation>tipo de dados de importação desconhecido</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="802" />
        <source>could not add %1</source>
        <translation>não foi possível adicionar %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="848" />
        <source>could not add the team of a new agent: %1</source>
        <translation>não foi possível adicionar a equipe de um novo agente: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/importwriter.cpp" line="901" />
        <source>could not commit the import: %1</source>
        <translation>não foi possível confirmar a importação: %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::KpiPlanRepository</name>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="42" />
        <source>the stored KPI plan of %1 is invalid: %2</source>
        <translation>o plano de KPI armazenado para %1 é inválido: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>team %1</source>
        <translation>a equipe %1</translation>
    </message>
    <message>
        <location filename="../app/storage/kpiplanrepository.cpp" line="43" />
        <source>the site</source>
        <translation>o site</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PeerReviewAssignments</name>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="70" />
        <location filename="../app/storage/peerreviewassignments.cpp" line="116" />
        <source>asking for a peer review of conversation %1</source>
        <translation>pedindo uma avaliação por pares da conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="83" />
        <source>there is no conversation %1</source>
        <translation>não existe a conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="86" />
        <source>conversation %1 was not handled by an agent: there is no colleague's work to review</source>
        <translation>a conversa %1 não foi atendida por nenhum agente: não há trabalho de colega para avaliar</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="90" />
        <source>there is no agent %1 to ask for the review</source>
        <translation>não existe o agente %1 para pedir a avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="93" />
        <source>agents do not peer-review their own conversations</source>
        <translation>os agentes não fazem avaliação por pares das próprias conversas</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="95" />
        <source>%1 is already asked to review this conversation</source>
        <translation>já foi pedido a %1 que avalie esta conversa</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="121" />
        <source>withdrawing peer review assignment %1</source>
        <translation>retirando o pedido de avaliação por pares %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="128" />
        <source>%1 has reviewed conversation %2: a done review stays, as the record of who reviewed what</source>
        <translation>%1 já avaliou a conversa %2: uma avaliação feita permanece, como registro de quem avaliou o quê</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="152" />
        <source>reading peer review assignments</source>
        <translation>lendo os pedidos de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="169" />
        <source>reading peer review assignment %1</source>
        <translation>lendo o pedido de avaliação por pares %1</translation>
    </message>
    <message>
        <location filename="../app/storage/peerreviewassignments.cpp" line="173" />
        <source>there is no peer review assignment %1</source>
        <translation>não existe o pedido de avaliação por pares %1</translation>
    </message>
</context>
<context>
    <name>huddle::storage::PhraseRepository</name>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="129" />
        <source>there is no phrase %1</source>
        <translation>não existe a frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="138" />
        <source>adding a phrase</source>
        <translation>adicionando uma frase</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="167" />
        <source>saving phrase %1</source>
        <translation>salvando a frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="196" />
        <source>retiring phrase %1</source>
        <translation>desativando a frase %1</translation>
    </message>
    <message>
        <location filename="../app/storage/phraserepository.cpp" line="215" />
        <source>deleting phrase %1</source>
        <translation>excluindo a frase %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/phraserepository.cpp" line="221" />
        <source>phrase %1 is homework in %n session(s); retire it instead of deleting it</source>
        <translation><numerusform>a frase %1 é tarefa em %n sessão; desative-a em vez de excluí-la</numerusform><numerusform>a frase %1 é tarefa em %n sessões; desative-a em vez de excluí-la</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaQueueRepository</name>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="208" />
        <source>the evaluation queue needs a period</source>
        <translation>a fila de avaliação precisa de um período</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="251" />
        <source>reading the sample size</source>
        <translation>lendo o tamanho da amostra</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="259" />
        <source>the stored sample size '%1' is not a whole number from 1 to %2</source>
        <translation>o tamanho de amostra armazenado “%1” não é um número inteiro de 1 a %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="269" />
        <source>the sample is 1 to %1 conversations per agent per week, not %2</source>
        <translation>a amostra é de 1 a %1 conversas por agente por semana, não %2</translation>
    </message>
    <message>
        <location filename="../app/storage/qaqueuerepository.cpp" line="277" />
        <source>saving the sample size</source>
        <translation>salvando o tamanho da amostra</translation>
    </message>
</context>
<context>
    <name>huddle::storage::QaWriter</name>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="131" />
        <source>the evaluation has %1 answers for %2 criteria</source>
        <translation>a avaliação tem %1 respostas para %2 critérios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="139" />
        <source>answer %1 of the evaluation gives %2 points, outside what its criterion allows</source>
        <translation>a resposta %1 da avaliação dá %2 pontos, fora do que o critério permite</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="161" />
        <source>evaluation of conversation %1, which does not exist</source>
        <translation>avaliação da conversa %1, que não existe</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="179" />
        <source>the evaluation has %1 answers and %2 comments for %3 criteria</source>
        <translation>a avaliação tem %1 respostas e %2 comentários para %3 critérios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="210" />
        <source>an annotation points at criterion %1 of a scorecard with %2 criteria</source>
        <translation>uma anotação aponta para o critério %1 de um formulário de avaliação com %2 critérios</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="217" />
        <source>an annotation points at transcript line %1; lines start at 1</source>
        <translation>uma anotação aponta para a linha %1 da transcrição; as linhas começam em 1</translation>
    </message>
    <message>
        <location filename="../app/storage/qawriter.cpp" line="218" />
        <source>an annotation points at second %1 of the call</source>
        <translation>uma anotação aponta para o segundo %1 da chamada</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ReadSnapshot</name>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="82" />
        <source>could not start reading the source: %1</source>
        <translation>não foi possível começar a ler a origem: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/databasecopy.cpp" line="89" />
        <source>starting a snapshot of the source</source>
        <translation>iniciando uma captura instantânea da origem</translation>
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
        <translation>não existe a versão %1 do formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="146" />
        <location filename="../app/storage/scorecardrepository.cpp" line="163" />
        <location filename="../app/storage/scorecardrepository.cpp" line="198" />
        <source>there is no scorecard %1</source>
        <translation>não existe o formulário de avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="180" />
        <source>saving scorecard %1</source>
        <translation>salvando o formulário de avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="191" />
        <source>retiring scorecard %1</source>
        <translation>desativando o formulário de avaliação %1</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardrepository.cpp" line="215" />
        <source>installing the default scorecards</source>
        <translation>instalando os formulários de avaliação padrão</translation>
    </message>
</context>
<context>
    <name>huddle::storage::ScorecardWriter</name>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="83" />
        <source>a scorecard named “%1” already exists; choose another name</source>
        <translation>já existe um formulário de avaliação chamado “%1”; escolha outro nome</translation>
    </message>
    <message>
        <location filename="../app/storage/scorecardwriter.cpp" line="134" />
        <source>the purpose of scorecard “%1” cannot change: evaluations use it</source>
        <translation>a finalidade do formulário de avaliação “%1” não pode mudar: há avaliações que o usam</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Sql</name>
    <message>
        <location filename="../app/storage/sqlutil.cpp" line="36" />
        <source>%1 failed: no row was added</source>
        <translation>%1 falhou: nenhuma linha foi adicionada</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TimelineRepository</name>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="125" />
        <source>QA evaluation by %1</source>
        <translation>Avaliação de qualidade feita por %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="146" />
        <source>Coaching session by %1</source>
        <translation>Sessão de coaching conduzida por %1</translation>
    </message>
    <message>
        <location filename="../app/storage/timelinerepository.cpp" line="147" />
        <source>Coaching session by %1 on %2</source>
        <translation>Sessão de coaching conduzida por %1 em %2</translation>
    </message>
</context>
<context>
    <name>huddle::storage::TranscriptRepository</name>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="87" />
        <source>reading the transcript of conversation %1</source>
        <translation>lendo a transcrição da conversa %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="102" />
        <source>replacing the transcript</source>
        <translation>substituindo a transcrição</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="110" />
        <source>an annotation points at line %1 of the transcript, which the new transcript (%2 lines) does not have</source>
        <translation>uma anotação aponta para a linha %1 da transcrição, que a nova transcrição (%2 linhas) não tem</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="118" />
        <source>removing the old transcript</source>
        <translation>removendo a transcrição antiga</translation>
    </message>
    <message>
        <location filename="../app/storage/transcriptrepository.cpp" line="140" />
        <source>writing line %1 of the transcript</source>
        <translation>gravando a linha %1 da transcrição</translation>
    </message>
</context>
<context>
    <name>huddle::storage::Users</name>
    <message>
        <location filename="../app/storage/users.cpp" line="172" />
        <source>users and roles are for a database on a PostgreSQL server; in a database file the one local user is the admin</source>
        <translation>usuários e papéis são para um banco de dados em um servidor PostgreSQL; em um arquivo de banco de dados o único usuário local é o administrador</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="183" />
        <source>setting up the roles</source>
        <translation>configurando os papéis</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="247" />
        <source>looking up agent %1</source>
        <translation>procurando o agente %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="249" />
        <source>there is no agent named '%1'</source>
        <translation>não há nenhum agente chamado '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="252" />
        <source>more than one agent is named '%1'</source>
        <translation>há mais de um agente chamado '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="264" />
        <source>looking up team %1</source>
        <translation>procurando a equipe %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="266" />
        <source>there is no team named '%1'</source>
        <translation>não há nenhuma equipe chamada '%1'</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="277" />
        <source>'%1' cannot be a login: use lower-case letters, digits and _, starting with a letter or _</source>
        <translation>'%1' não pode ser um login: use letras minúsculas, dígitos e _, começando por uma letra ou _</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="282" />
        <source>'%1' is the name of a group role</source>
        <translation>'%1' é o nome de um papel de grupo</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="284" />
        <source>an agent's login needs the agent it belongs to</source>
        <translation>o login de um agente precisa do agente a que pertence</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="286" />
        <source>a team leader's login needs the teams they lead</source>
        <translation>o login de um líder de equipe precisa das equipes que lidera</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="300" />
        <source>adding user %1</source>
        <translation>adicionando o usuário %1</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="360" />
        <source>listing the users</source>
        <translation>listando os usuários</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="379" />
        <source>reading the signed-in role</source>
        <translation>lendo o papel da sessão</translation>
    </message>
    <message>
        <location filename="../app/storage/users.cpp" line="389" />
        <source>reading who is signed in</source>
        <translation>lendo quem está conectado</translation>
    </message>
</context>
<context>
    <name>huddle::ui</name>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="29" />
        <source>No review notes on this conversation.</source>
        <translation>Nenhuma nota de revisão nesta conversa.</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="42" />
        <source>Not evaluated yet: QA → Evaluate Conversation… (Ctrl+Shift+Q).</source>
        <translation>Ainda não avaliada: Qualidade → Avaliar conversa… (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="59" />
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="65" />
        <source> (talk only)</source>
        <translation> (só conversação)</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="67" />
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="68" />
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="69" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="70" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="71" />
        <source>abandoned in queue</source>
        <translation>abandonada na fila</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="72" />
        <source>Team</source>
        <translation>Equipe</translation>
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
        <translation>Conversação</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="76" />
        <source>Hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="77" />
        <source>After-call work</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="78" />
        <source>Handle time</source>
        <translation>Tempo de atendimento</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="79" />
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="80" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="82" />
        <source>%1 on a %2–%3 scale</source>
        <translation>%1 em uma escala de %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="84" />
        <source>NPS answer</source>
        <translation>Resposta NPS</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="85" />
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location filename="../ui/conversationdetail.cpp" line="87" />
        <source>Review notes</source>
        <translation>Notas de revisão</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="19" />
        <source>Offered conversations</source>
        <translation>Conversas oferecidas</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="21" />
        <source>Handled conversations</source>
        <translation>Conversas atendidas</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="23" />
        <source>Handled conversations with a handle time (AHT)</source>
        <translation>Conversas atendidas com tempo de atendimento (TMA)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="25" />
        <source>Answered conversations with a wait time (ASA)</source>
        <translation>Conversas atendidas com tempo de espera (ASA)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="27" />
        <source>Conversations with a first-contact resolution outcome (FCR)</source>
        <translation>Conversas com resultado de resolução no primeiro contato (FCR)</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="29" />
        <source>CSAT responses</source>
        <translation>Respostas CSAT</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="31" />
        <source>NPS responses</source>
        <translation>Respostas NPS</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="33" />
        <source>Conversations with a sale</source>
        <translation>Conversas com venda</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="35" />
        <source>Abandoned conversations</source>
        <translation>Conversas abandonadas</translation>
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
        <translation>não está mais no banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/drilldown.cpp" line="102" />
        <source>The conversation of %1</source>
        <translation>A conversa de %1</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="26" />
        <source>%1 /h</source>
        <translation>%1 /h</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="41" />
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="54" />
        <source>%1 better</source>
        <translation>%1 melhor</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="56" />
        <source>%1 worse</source>
        <translation>%1 pior</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="58" />
        <source>%1 same</source>
        <translation>%1 igual</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="69" />
        <source>Fast &amp; satisfied</source>
        <translation>Rápido e satisfeito</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="71" />
        <source>Slow &amp; satisfied</source>
        <translation>Lento e satisfeito</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="73" />
        <source>Fast &amp; unsatisfied</source>
        <translation>Rápido e insatisfeito</translation>
    </message>
    <message>
        <location filename="../ui/kpilabels.cpp" line="75" />
        <source>Slow &amp; unsatisfied</source>
        <translation>Lento e insatisfeito</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <location filename="../ui/agentview.cpp" line="39" />
        <source>KPI score</source>
        <translation>Pontuação de KPIs</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="76" />
        <source>Back to the page the agent was opened from</source>
        <translation>Voltar à página de onde o agente foi aberto</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="88" />
        <source>← &amp;Back</source>
        <translation>← &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="89" />
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="90" />
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Voltar à página anterior (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="113" />
        <source>Recent peer-review notes</source>
        <translation>Notas recentes de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="121" />
        <source>Peer-review notes on this agent's conversations</source>
        <translation>Notas de avaliação por pares sobre as conversas deste agente</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="140" />
        <source>QA evaluations (double-click to open the conversation)</source>
        <translation>Avaliações de qualidade (clique duas vezes para abrir a conversa)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="144" />
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="147" />
        <source>QA evaluations of this agent</source>
        <translation>Avaliações de qualidade deste agente</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="173" />
        <source>The attendance warning ladder today (Coaching → Attendance)</source>
        <translation>A escala de advertências de assiduidade hoje (Coaching → Assiduidade)</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="174" />
        <source>&amp;Plan coaching session…</source>
        <translation>&amp;Planejar sessão de coaching…</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="176" />
        <source>Plan a coaching session with this agent, the agenda proposed from the data</source>
        <translation>Planejar uma sessão de coaching com este agente, com a pauta proposta a partir dos dados</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="199" />
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="270" />
        <source>Could not load the agent: %1</source>
        <translation>Não foi possível carregar o agente: %1</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="274" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % e TMA, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="279" />
        <source>Warning ladder: %1</source>
        <translation>Escala de advertências: %1</translation>
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
        <translation>sem equipe</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="302" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="304" />
        <source>%1 % of weight has data</source>
        <translation>%1 % do peso tem dados</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="305" />
        <source>Weighted by the KPI plan of the agent's team (Settings → KPI plan).</source>
        <translation>Ponderada pelo plano de KPIs da equipe do agente (Configurações → Plano de KPIs).</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="322" />
        <source>weight %1 % · n = %2</source>
        <translation>peso %1 % · n = %2</translation>
    </message>
    <message>
        <location filename="../ui/agentview.cpp" line="362" />
        <source>&lt;b&gt;Sales&lt;/b&gt;&lt;br&gt;%1 sales, %2&lt;br&gt;conversion %3 of %4 handled %5&lt;br&gt;&lt;a href="#sales"&gt;List the conversations with a sale&lt;/a&gt;</source>
        <translation>&lt;b&gt;Vendas&lt;/b&gt;&lt;br&gt;%1 vendas, %2&lt;br&gt;conversão %3 de %4 atendidas %5&lt;br&gt;&lt;a href="#sales"&gt;Listar as conversas com venda&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentsPage</name>
    <message>
        <location filename="../ui/agentspage.cpp" line="27" />
        <source>Filter agents by name (Ctrl+F)</source>
        <translation>Filtrar agentes por nome (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="29" />
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="32" />
        <source>Filter agents by name</source>
        <translation>Filtrar agentes por nome</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="42" />
        <source>Agent KPIs</source>
        <translation>KPIs dos agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="63" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/agentspage.cpp" line="64" />
        <source>Could not load the agents' KPIs: %1</source>
        <translation>Não foi possível carregar os KPIs dos agentes: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AmountEdit</name>
    <message>
        <location filename="../ui/amountedit.cpp" line="56" />
        <source>Not an amount: type digits with at most two decimals, e.g. 80.00.</source>
        <translation>Não é um valor: digite números com no máximo duas casas decimais, p. ex., 80.00.</translation>
    </message>
    <message>
        <location filename="../ui/amountedit.cpp" line="57" />
        <source>Not a percentage: type digits with at most two decimals, e.g. 2.5.</source>
        <translation>Não é um percentual: digite números com no máximo duas casas decimais, p. ex., 2.5.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="26" />
        <source>A&amp;t</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="30" />
        <source>A&amp;dd annotation</source>
        <translation>A&amp;dicionar anotação</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="31" />
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="35" />
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="37" />
        <source>Enter or a double click shows the moment in the transcript.</source>
        <translation>Enter ou um clique duplo mostra o momento na transcrição.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="59" />
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="61" />
        <source>Moment of the call (mm:ss)</source>
        <translation>Momento da ligação (mm:ss)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63" />
        <source>Criterion of the annotation</source>
        <translation>Critério da anotação</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65" />
        <source>What happened at that moment</source>
        <translation>O que aconteceu nesse momento</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="75" />
        <source>Criterio&amp;n:</source>
        <translation>&amp;Critério:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="77" />
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119" />
        <source>— none —</source>
        <translation>— nenhum —</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line %1</source>
        <translation>&amp;Linha %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="135" />
        <source>&amp;Line (select one)</source>
        <translation>&amp;Linha (selecione uma)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="170" />
        <source>Select a line of the transcript, or type a moment of the call as mm:ss.</source>
        <translation>Selecione uma linha da transcrição ou digite um momento da ligação no formato mm:ss.</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="178" />
        <source>“%1” is not a moment of the call: type it as mm:ss, such as 01:23.</source>
        <translation>“%1” não é um momento da ligação: digite no formato mm:ss, como 01:23.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AskPeerReviewDialog</name>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="26" />
        <source>&amp;Ask</source>
        <translation>&amp;Pedir</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="28" />
        <source>Ask for a peer review</source>
        <translation>Pedir uma avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="41" />
        <source>&amp;Reviewer:</source>
        <translation>&amp;Avaliador:</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="46" />
        <source>The review goes on the colleague's to-review list (QA page, Peer Reviews). On a server, it is also what lets them open this conversation.</source>
        <translation>A avaliação entra na lista de pendências do colega (página Qualidade, Avaliações por pares). Em um servidor, é também o que permite a ele abrir esta conversa.</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="60" />
        <source>Who should review &lt;b&gt;%1&lt;/b&gt;, handled by %2 on %3?</source>
        <translation>Quem deve avaliar &lt;b&gt;%1&lt;/b&gt;, atendida por %2 em %3?</translation>
    </message>
    <message>
        <location filename="../ui/askpeerreviewdialog.cpp" line="80" />
        <source>No colleague of that day to ask.</source>
        <translation>Nenhum colega daquele dia a quem pedir.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="39" />
        <source>&amp;Remove day</source>
        <translation>&amp;Remover dia</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="42" />
        <source>Enter attendance</source>
        <translation>Registrar assiduidade</translation>
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
        <translation>Somente para Atraso: quantos minutos após o início do turno o agente chegou</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="64" />
        <source>Delete the stored row of this agent and day</source>
        <translation>Excluir a linha armazenada deste agente e dia</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="68" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="69" />
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="70" />
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="71" />
        <source>S&amp;hift:</source>
        <translation>&amp;Turno:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="72" />
        <source>&amp;Late by:</source>
        <translation>&amp;Atraso:</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="93" />
        <source>Could not list the agents: %1</source>
        <translation>Não foi possível listar os agentes: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="129" />
        <source>Could not read the stored shift: %1</source>
        <translation>Não foi possível ler o turno armazenado: %1</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="135" />
        <source>Stored: %1, %2 min</source>
        <translation>Armazenado: %1, %2 min</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="139" />
        <source>, %1 min late</source>
        <translation>, %1 min de atraso</translation>
    </message>
    <message>
        <location filename="../ui/attendancedialog.cpp" line="145" />
        <source>Nothing stored for this agent and day.</source>
        <translation>Nada armazenado para este agente e dia.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AttendanceStrip</name>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="26" />
        <source>Attendance calendar</source>
        <translation>Calendário de assiduidade</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="34" />
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="36" />
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="38" />
        <source>Excused absence</source>
        <translation>Falta justificada</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="40" />
        <source>Unexcused absence</source>
        <translation>Falta injustificada</translation>
    </message>
    <message>
        <location filename="../ui/attendancestrip.cpp" line="42" />
        <source>No-call-no-show</source>
        <translation>Falta sem aviso</translation>
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
        <translation>A</translation>
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
        <translation>Nenhum turno programado</translation>
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
        <translation>Aderência à escala %1 %</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="33" />
        <source>Audit Trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="51" />
        <source>Audit log entries</source>
        <translation>Entradas do registro de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="53" />
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="54" />
        <source>Filter by name, action or change (Ctrl+F)</source>
        <translation>Filtrar por nome, ação ou alteração (Ctrl+F)</translation>
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
        <translation>&amp;Verificar cadeia</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="69" />
        <source>Recompute every entry's hash: an entry changed or deleted since shows here</source>
        <translation>Recalcular o hash de cada entrada: uma entrada alterada ou excluída desde então aparece aqui</translation>
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
        <translation>Não foi possível ler o registro de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="115" />
        <source>%n of %1 entries shown.</source>
        <translation><numerusform>Exibindo %n de %1 entradas.</numerusform><numerusform>Exibindo %n de %1 entradas.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="122" />
        <source>Could not check the audit log: %1</source>
        <translation>Não foi possível verificar o registro de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittraildialog.cpp" line="126" />
        <source>The chain is intact: %n entries, each matching its hash and following the one before. Last hash: %1.</source>
        <translation><numerusform>A cadeia está íntegra: %n entrada, que corresponde ao seu hash e vem depois da anterior. Último hash: %1.</numerusform><numerusform>A cadeia está íntegra: %n entradas, cada uma correspondendo ao seu hash e vindo depois da anterior. Último hash: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="132" />
        <source>The chain is broken at entry %1: %2</source>
        <translation>A cadeia está quebrada na entrada %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/audittraildialog.cpp" line="143" />
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="25" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bancos de dados do Huddle (*.sqlite *.db *.huddle);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="49" />
        <source>Back &amp;Up…</source>
        <translation>Fazer &amp;backup…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="50" />
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar de um b&amp;ackup…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="53" />
        <source>Write a copy of the open database to a file of your choice</source>
        <translation>Gravar uma cópia do banco de dados aberto em um arquivo à sua escolha</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55" />
        <source>Replace the open database with a backup; the replaced file is kept beside it</source>
        <translation>Substituir o banco de dados aberto por um backup; o arquivo substituído é mantido ao lado</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="83" />
        <source>Back up the database</source>
        <translation>Fazer backup do banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87" />
        <location filename="../ui/backupactions.cpp" line="111" />
        <source>Back up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="94" />
        <source>Open a database file first; a server's database is backed up with its own tools.</source>
        <translation>Abra primeiro um arquivo de banco de dados; o banco de um servidor tem backup feito com as ferramentas dele.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="99" />
        <source>%1 is the open database itself; choose another file for the backup.</source>
        <translation>%1 é o próprio banco de dados aberto; escolha outro arquivo para o backup.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="101" />
        <source>Could not replace %1.</source>
        <translation>Não foi possível substituir %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Backing up %1…</source>
        <translation>Fazendo backup de %1…</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="109" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="117" />
        <source>Backup cancelled; no file was written.</source>
        <translation>Backup cancelado; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="121" />
        <source>Backed up to %1.</source>
        <translation>Backup gravado em %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="131" />
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
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
        <translation>Abra primeiro o arquivo de banco de dados a restaurar.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145" />
        <source>%1 is the open database itself; choose a backup.</source>
        <translation>%1 é o próprio banco de dados aberto; escolha um backup.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="151" />
        <source>Replace everything in %1 with the backup %2?

The current file is kept as %3.</source>
        <translation>Substituir todo o conteúdo de %1 pelo backup %2?

O arquivo atual é mantido como %3.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="165" />
        <source>Restored %1 from %2; the previous data is in %3.</source>
        <translation>%1 restaurado de %2; os dados anteriores estão em %3.</translation>
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
        <translation>Valor por venda por patamar</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Add tier</source>
        <translation>Adicionar patamar</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="94" />
        <source>Remove tier</source>
        <translation>Remover patamar</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="99" />
        <source>Each sale earns its product tier's amount (as in the sales export).</source>
        <translation>Cada venda rende o valor do patamar do seu produto (como na exportação de vendas).</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="105" />
        <source>Other &amp;tiers, per sale:</source>
        <translation>Outros pa&amp;tamares, por venda:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="122" />
        <source>Below this sample no band applies, and the report says why.</source>
        <translation>Abaixo desta amostra nenhuma faixa se aplica, e o relatório informa o motivo.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="125" />
        <source>Bands</source>
        <translation>Faixas</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Add band</source>
        <translation>Adicionar faixa</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="129" />
        <source>Remove band</source>
        <translation>Remover faixa</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="131" />
        <source>A band pays when from ≤ value &lt; to; leave To empty for no upper end. Bands must not overlap.</source>
        <translation>Uma faixa paga quando De ≤ valor &lt; Até; deixe Até vazio para não haver limite superior. As faixas não podem se sobrepor.</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="136" />
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="137" />
        <source>Minimum samp&amp;le:</source>
        <translation>Amostra mín&amp;ima:</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="159" />
        <source>% of</source>
        <translation>% de</translation>
    </message>
    <message>
        <location filename="../ui/bonuscomponentform.cpp" line="187" />
        <source>Component “%1”</source>
        <translation>Componente “%1”</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusConditionEdit</name>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="40" />
        <source>Below this sample the condition does not hold, and the report says why.</source>
        <translation>Abaixo desta amostra a condição não é atendida, e o relatório informa o motivo.</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="52" />
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="53" />
        <source>&amp;Holds when:</source>
        <translation>&amp;Vale quando:</translation>
    </message>
    <message>
        <location filename="../ui/bonusconditionedit.cpp" line="54" />
        <source>Minimum samp&amp;le:</source>
        <translation>Amostra mín&amp;ima:</translation>
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
        <translation>O mês está fechado; as linhas exibidas são os dados atuais. O valor acima é o que foi congelado no fechamento.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="56" />
        <source>Rows behind the amount</source>
        <translation>Linhas por trás do valor</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="79" />
        <source>This line is not computed from rows of data; its sentence above says how it came about.</source>
        <translation>Esta linha não é calculada a partir de linhas de dados; a frase acima explica sua origem.</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="86" />
        <source>The rows could not be read: %1</source>
        <translation>Não foi possível ler as linhas: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>No rows in this month.</source>
        <translation>Nenhuma linha neste mês.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonusevidencedialog.cpp" line="92" />
        <source>%n row(s)</source>
        <translation><numerusform>%n linha</numerusform><numerusform>%n linhas</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusExporter</name>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="53" />
        <source>&amp;PDF report…</source>
        <translation>Relatório &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="54" />
        <source>&amp;XLSX workbook…</source>
        <translation>Pasta de trabalho &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="55" />
        <source>&amp;CSV (one row per agent and line)…</source>
        <translation>&amp;CSV (uma linha por agente e linha de bônus)…</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="72" />
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="92" />
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="93" />
        <source>Export failed: %1</source>
        <translation>Falha na exportação: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="118" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="120" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="122" />
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="134" />
        <source>Export bonus month</source>
        <translation>Exportar o mês de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonusexporter.cpp" line="152" />
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusGateForm</name>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="47" />
        <source>&amp;Then:</source>
        <translation>&amp;Então:</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="77" />
        <source>Gate “%1”</source>
        <translation>Condição de bloqueio “%1”</translation>
    </message>
    <message>
        <location filename="../ui/bonusgateform.cpp" line="84" />
        <source>% of the components</source>
        <translation>% dos componentes</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusListButtons</name>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="23" />
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../ui/bonuslistbuttons.cpp" line="24" />
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusLockDialog</name>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="36" />
        <source>Lock %1</source>
        <translation>Fechar %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="37" />
        <source>Unlock %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="41" />
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="42" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="45" />
        <source>e.g. Reviewed with the team leaders; sent to payroll</source>
        <translation>p. ex., Revisado com os líderes de equipe; enviado para a folha de pagamento</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="46" />
        <source>Why the month must change, e.g. a corrected attendance export</source>
        <translation>Por que o mês precisa mudar, p. ex., uma exportação de assiduidade corrigida</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Lock month</source>
        <translation>Fechar o mês</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="51" />
        <source>Unlock month…</source>
        <translation>Reabrir o mês…</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="54" />
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="55" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="95" />
        <source>Locking freezes %1 as it is on screen: the lines of %n agent(s)</source>
        <translation><numerusform>Ao fechar, %1 fica congelado como está na tela: as linhas de %n agente</numerusform><numerusform>Ao fechar, %1 fica congelado como está na tela: as linhas de %n agentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuslockdialog.cpp" line="98" />
        <source>in %n team(s), site total %1.</source>
        <translation><numerusform>em %n equipe, total do site %1.</numerusform><numerusform>em %n equipes, total do site %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="101" />
        <source>Plans used: %1.</source>
        <translation>Planos usados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="104" />
        <source>The plans and the SHA-256 of the CSV export are kept with the lock. The month is then read back as locked, never recomputed; data arriving later for it are paid as adjustments in the next open month.</source>
        <translation>Os planos e o SHA-256 da exportação CSV são guardados com o fechamento. Depois disso, o mês é lido como fechado e nunca recalculado; dados que chegarem depois para ele são pagos como ajustes no próximo mês aberto.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="115" />
        <source>Unlocking is an admin action: %1 is then recomputed from today's data and can be locked again. The lock stays in the history and the unlock is written to the audit log with your name and reason. A later locked month must be unlocked first.</source>
        <translation>Reabrir é uma ação de administrador: %1 é então recalculado com os dados atuais e pode ser fechado novamente. O fechamento permanece no histórico e a reabertura é gravada no registro de auditoria com seu nome e motivo. Um mês posterior fechado precisa ser reaberto primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="127" />
        <source>Give your name and a reason first</source>
        <translation>Informe primeiro seu nome e um motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="150" />
        <source>Not locked: %1</source>
        <translation>Não fechado: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="151" />
        <source>Not unlocked: %1</source>
        <translation>Não reaberto: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuslockdialog.cpp" line="166" />
        <source>Unlock %1? Its figures may change once it is recomputed.</source>
        <translation>Reabrir %1? Os números podem mudar quando ele for recalculado.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusMonthPicker</name>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="18" />
        <location filename="../ui/bonusmonthpicker.cpp" line="19" />
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="21" />
        <location filename="../ui/bonusmonthpicker.cpp" line="22" />
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="26" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../ui/bonusmonthpicker.cpp" line="27" />
        <source>The month to compute: type it, or step it with the arrow keys</source>
        <translation>O mês a calcular: digite-o ou altere-o com as teclas de seta</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPage</name>
    <message>
        <location filename="../ui/bonuspage.cpp" line="46" />
        <source>Edit &amp;plans…</source>
        <translation>Editar &amp;planos…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="48" />
        <source>&amp;Lock month…</source>
        <translation>&amp;Fechar o mês…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="49" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="89" />
        <source>Bonus per team, agent and line</source>
        <translation>Bônus por equipe, agente e linha</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="138" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="140" />
        <location filename="../ui/bonuspage.cpp" line="296" />
        <source>All teams</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="141" />
        <source>Filter agents (Ctrl+F)</source>
        <translation>Filtrar agentes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="142" />
        <source>Filter agents by name</source>
        <translation>Filtrar agentes por nome</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="145" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="146" />
        <source>Export the month as a PDF report, an XLSX workbook or CSV (Ctrl+E)</source>
        <translation>Exportar o mês como relatório PDF, pasta de trabalho XLSX ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="150" />
        <source>The bonus plans of the site and its teams, versioned by month</source>
        <translation>Os planos de bônus do site e de suas equipes, com versões por mês</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="151" />
        <location filename="../ui/bonuspage.cpp" line="344" />
        <source>Freeze this month's results after review (Ctrl+L)</source>
        <translation>Congelar os resultados deste mês após a revisão (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="152" />
        <source>Lift the lock: an audited admin action that needs a reason</source>
        <translation>Desfazer o fechamento: uma ação de administrador auditada que exige um motivo</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="159" />
        <source>&amp;Team:</source>
        <translation>E&amp;quipe:</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="180" />
        <source>Filter agents and lines</source>
        <translation>Filtrar agentes e linhas</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="184" />
        <source>Lock the month…</source>
        <translation>Fechar o mês…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="189" />
        <source>Export the bonus report</source>
        <translation>Exportar o relatório de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="194" />
        <source>Compute the month again</source>
        <translation>Calcular o mês novamente</translation>
    </message>
    <message>
        <location filename="../ui/bonuspage.cpp" line="343" />
        <source>%1 can be locked once it has ended</source>
        <translation>%1 pode ser fechado quando terminar</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPageText</name>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="18" />
        <source>Locked by %1 on %2 — %3</source>
        <translation>Fechado por %1 em %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="27" />
        <source>the built-in example plan</source>
        <translation>o plano de exemplo integrado</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="28" />
        <source>“%1” version %2, valid from %3</source>
        <translation>“%1” versão %2, vigente a partir de %3</translation>
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
        <translation>Não foi possível calcular %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="53" />
        <source>Computing %1…</source>
        <translation>Calculando %1…</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="54" />
        <source>%1: not computed yet.</source>
        <translation>%1: ainda não calculado.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="58" />
        <source>Plans used: %1</source>
        <translation>Planos usados: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="62" />
        <source>%1 — %2
Frozen: later data for this month are paid as adjustments in the next open month.</source>
        <translation>%1 — %2
Congelado: dados que chegarem depois para este mês são pagos como ajustes no próximo mês aberto.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="67" />
        <source>%1 — Open: figures may still change. Lock the month once it has been reviewed.</source>
        <translation>%1 — Aberto: os números ainda podem mudar. Feche o mês depois de revisá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/bonuspagetext.cpp" line="68" />
        <source>%1 — Open: figures may still change; the month has not ended yet.</source>
        <translation>%1 — Aberto: os números ainda podem mudar; o mês ainda não terminou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="78" />
        <source>%1 %2 (%n agent(s))</source>
        <translation><numerusform>%1 %2 (%n agente)</numerusform><numerusform>%1 %2 (%n agentes)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="81" />
        <source>&lt;b&gt;Site total %1&lt;/b&gt; · %n agent(s)</source>
        <translation><numerusform>&lt;b&gt;Total do site %1&lt;/b&gt; · %n agente</numerusform><numerusform>&lt;b&gt;Total do site %1&lt;/b&gt; · %n agentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bonuspagetext.cpp" line="97" />
        <source>Shown: %n agent(s), %1</source>
        <translation><numerusform>Exibido: %n agente, %1</numerusform><numerusform>Exibidos: %n agentes, %1</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanDialog</name>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="37" />
        <source>Bonus plans (*.json);;All files (*)</source>
        <translation>Planos de bônus (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="67" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="68" />
        <source>&amp;Save version</source>
        <translation>&amp;Salvar versão</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="70" />
        <source>Bonus plans</source>
        <translation>Planos de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="84" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="117" />
        <source>Bonus plan versions</source>
        <translation>Versões do plano de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="121" />
        <source>&amp;New version…</source>
        <translation>&amp;Nova versão…</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="124" />
        <source>Copies the selected plan into a draft to change and save as a new version.</source>
        <translation>Copia o plano selecionado para um rascunho, para alterá-lo e salvá-lo como nova versão.</translation>
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
        <translation>Importar um plano de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="137" />
        <source>Export the bonus plan</source>
        <translation>Exportar o plano de bônus</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="148" />
        <source>&lt;b&gt;Plan versions&lt;/b&gt; — a team without a plan of its own uses the site's.</source>
        <translation>&lt;b&gt;Versões do plano&lt;/b&gt; — uma equipe sem plano próprio usa o do site.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="247" />
        <source>A draft copy: change it, choose who it is for and from which month, then save.</source>
        <translation>Uma cópia em rascunho: altere-a, escolha para quem é e a partir de qual mês e salve.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="267" />
        <source>Draft discarded.</source>
        <translation>Rascunho descartado.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="275" />
        <location filename="../ui/bonusplandialog.cpp" line="284" />
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="287" />
        <source>Not saved: %1. The list now shows that version; your draft is unchanged.</source>
        <translation>Não salvo: %1. A lista agora mostra essa versão; seu rascunho não foi alterado.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="301" />
        <source>Saved version %1 for %2, valid from %3.</source>
        <translation>Versão %1 salva para %2, vigente a partir de %3.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="315" />
        <source>Not imported from %1: %2</source>
        <translation>Não importado de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="321" />
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="322" />
        <source>Imported “%1” from %2 as a draft: choose who it is for and from which month, then save.</source>
        <translation>“%1” importado de %2 como rascunho: escolha para quem é e a partir de qual mês e salve.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="331" />
        <source>Not exported: %1</source>
        <translation>Não exportado: %1</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="334" />
        <source>Exported “%1” to %2.</source>
        <translation>“%1” exportado para %2.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="361" />
        <source>Unsaved draft</source>
        <translation>Rascunho não salvo</translation>
    </message>
    <message>
        <location filename="../ui/bonusplandialog.cpp" line="362" />
        <source>Save the draft of “%1” as a new version first?</source>
        <translation>Salvar primeiro o rascunho de “%1” como nova versão?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusPlanEditor</name>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="39" />
        <source>&amp;Cap per agent:</source>
        <translation>&amp;Teto por agente:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="46" />
        <source>Com&amp;ponents</source>
        <translation>Com&amp;ponentes</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="47" />
        <source>&amp;Gates</source>
        <translation>Condições de &amp;bloqueio</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="48" />
        <source>Score &amp;weights</source>
        <translation>Pesos da pont&amp;uação</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="75" />
        <source>The most an agent can earn in a month, after the gates.</source>
        <translation>O máximo que um agente pode ganhar em um mês, após as condições de bloqueio.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="81" />
        <source>Plan n&amp;ame:</source>
        <translation>No&amp;me do plano:</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="95" />
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <source>Add component</source>
        <translation>Adicionar componente</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="98" />
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="112" />
        <source>Gates</source>
        <translation>Condições de bloqueio</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="115" />
        <source>Add gate</source>
        <translation>Adicionar condição de bloqueio</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="120" />
        <source>Gates apply in this order to the components' total; a gate that sets the bonus to 0 ends the chain.</source>
        <translation>As condições de bloqueio são aplicadas nesta ordem ao total dos componentes; uma condição que zera o bônus encerra a cadeia.</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="136" />
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="138" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="140" />
        <source>Redo</source>
        <translation>Refazer</translation>
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
        <translation>Condições de &amp;bloqueio (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/bonusplaneditor.cpp" line="188" />
        <source>✔ The plan is valid.</source>
        <translation>✔ O plano é válido.</translation>
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
        <translation>O primeiro mês ao qual a nova versão se aplica.</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="44" />
        <source>Why this version (kept in the audit log)</source>
        <translation>Por que esta versão (fica guardado no registro de auditoria)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="45" />
        <source>New version (draft)</source>
        <translation>Nova versão (rascunho)</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="47" />
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="49" />
        <source>&amp;Valid from:</source>
        <translation>&amp;Vigente a partir de:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="51" />
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/bonusversionheader.cpp" line="78" />
        <source>Site (every team without a plan of its own)</source>
        <translation>Site (todas as equipes sem plano próprio)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::BonusWeightsEdit</name>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="19" />
        <source>This plan weighs the &amp;KPIs itself (otherwise the team's KPI plan decides)</source>
        <translation>Este plano pondera os &amp;KPIs por conta própria (caso contrário, decide o plano de KPI da equipe)</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="73" />
        <source>Weights total %1 %.</source>
        <translation>Os pesos somam %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/bonusweightsedit.cpp" line="74" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>Os pesos somam %1 % — devem somar 100 %.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationResultsView</name>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="39" />
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Agreement per criterion</source>
        <translation>Concordância por critério</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="41" />
        <source>Evaluators by mean deviation</source>
        <translation>Avaliadores por desvio médio</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="43" />
        <source>Conversations with the widest spread</source>
        <translation>Conversas com maior dispersão</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="45" />
        <source>Every total</source>
        <translation>Todos os totais</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="55" />
        <source>Calibration agreement</source>
        <translation>Concordância da calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Evaluators, strictest first</source>
        <translation>Avaliadores, mais rigorosos primeiro</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="58" />
        <source>Calibration evaluators</source>
        <translation>Avaliadores da calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="59" />
        <source>Widest spread (double-click for each evaluator's total)</source>
        <translation>Maior dispersão (clique duas vezes para ver o total de cada avaliador)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="60" />
        <source>Calibration spread</source>
        <translation>Dispersão da calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Every total: conversation × evaluator</source>
        <translation>Todos os totais: conversa × avaliador</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="63" />
        <source>Calibration totals</source>
        <translation>Totais da calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="86" />
        <source>Calibration scores never count in agents' QA %.</source>
        <translation>As pontuações de calibração nunca contam no % de qualidade dos agentes.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="88" />
        <source>Blind calibration scores measure the evaluators, not the agents: they are left out of every QA average, KPI and bonus.</source>
        <translation>As pontuações de calibração às cegas medem os avaliadores, não os agentes: ficam fora de todas as médias de qualidade, dos KPIs e do bônus.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="102" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="103" />
        <source>Save this table as CSV or Excel</source>
        <translation>Salvar esta tabela como CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="121" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversations × %4 evaluators · closed %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 conversas × %4 avaliadores · encerrada em %5</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="127" />
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="129" />
        <source>Krippendorff's α of the total scores (interval metric)</source>
        <translation>α de Krippendorff das pontuações totais (métrica intervalar)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresultsview.cpp" line="161" />
        <source>Totals of %1</source>
        <translation>Totais de %1</translation>
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
        <translation>Nova sessão de calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="52" />
        <source>e.g. Chat calibration, week 12</source>
        <translation>ex.: Calibração de chat, semana 12</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="53" />
        <source>Search by conversation or customer id</source>
        <translation>Pesquisar por id de conversa ou de cliente</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="55" />
        <source>Conversations to score</source>
        <translation>Conversas a pontuar</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="58" />
        <source>Evaluators</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="60" />
        <source>One name per line, as each evaluator enters it under Settings → Your name.</source>
        <translation>Um nome por linha, como cada avaliador o informa em Configurações → Seu nome.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="64" />
        <source>&amp;Create session</source>
        <translation>&amp;Criar sessão</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="67" />
        <source>Each evaluator scores every conversation blind: nobody sees another's scores until the session is closed. Calibration scores never count in agents' QA %.</source>
        <translation>Cada avaliador pontua todas as conversas às cegas: ninguém vê as pontuações dos outros até a sessão ser encerrada. As pontuações de calibração nunca contam no % de qualidade dos agentes.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="73" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Formulário de avaliação:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="74" />
        <source>Con&amp;versations:</source>
        <translation>Con&amp;versas:</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="77" />
        <source>&amp;Evaluators
(one per line):</source>
        <translation>&amp;Avaliadores
(um por linha):</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="107" />
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="137" />
        <source>Could not list conversations: %1</source>
        <translation>Não foi possível listar as conversas: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="182" />
        <source>Give the session a name.</source>
        <translation>Dê um nome à sessão.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="184" />
        <source>There is no QA scorecard yet: create one in the scorecard designer first.</source>
        <translation>Ainda não há nenhum formulário de avaliação de qualidade: primeiro crie um no editor de formulários de avaliação.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="186" />
        <source>Tick at least one conversation to score.</source>
        <translation>Marque pelo menos uma conversa para pontuar.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="188" />
        <source>Name at least two evaluators, one per line: agreement needs two opinions.</source>
        <translation>Informe pelo menos dois avaliadores, um por linha: a concordância exige duas opiniões.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="192" />
        <source>%1 is listed twice.</source>
        <translation>%1 aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationsessiondialog.cpp" line="200" />
        <source>%1 conversations × %2 evaluators = %3 scores to give</source>
        <translation>%1 conversas × %2 avaliadores = %3 pontuações a atribuir</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationView</name>
    <message>
        <location filename="../ui/calibrationview.cpp" line="28" />
        <source>Calibration sessions</source>
        <translation>Sessões de calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="29" />
        <source>&amp;New session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="30" />
        <source>C&amp;lose session…</source>
        <translation>&amp;Encerrar sessão…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="40" />
        <source>Close the session: every evaluator's scores become visible and the results appear</source>
        <translation>Encerrar a sessão: as pontuações de todos os avaliadores ficam visíveis e os resultados aparecem</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="44" />
        <source>Evaluators score the same conversations blind; closing the session shows how far they agree. Calibration scores never count in QA %.</source>
        <translation>Os avaliadores pontuam as mesmas conversas às cegas; encerrar a sessão mostra o quanto eles concordam. As pontuações de calibração nunca contam no % de qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="95" />
        <source>Could not load the sessions: %1</source>
        <translation>Não foi possível carregar as sessões: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="125" />
        <source>Select a session, or create one with New session…</source>
        <translation>Selecione uma sessão ou crie uma com Nova sessão…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="136" />
        <source>Could not compute the results: %1</source>
        <translation>Não foi possível calcular os resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="165" />
        <source>Close “%1”? Every evaluator's scores become visible to everyone, the results are computed, and no more scores can be added.</source>
        <translation>Encerrar “%1”? As pontuações de todos os avaliadores ficarão visíveis para todos, os resultados serão calculados e não será mais possível adicionar pontuações.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="171" />
        <source>Only %1 are in so far.</source>
        <translation>Até agora, só foram registradas %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="172" />
        <location filename="../ui/calibrationview.cpp" line="191" />
        <source>Close calibration session</source>
        <translation>Encerrar sessão de calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationview.cpp" line="174" />
        <source>Close session</source>
        <translation>Encerrar sessão</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CalibrationWorklist</name>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="22" />
        <source>Your calibration worklist</source>
        <translation>Sua lista de trabalho de calibração</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="24" />
        <source>&amp;Score…</source>
        <translation>&amp;Pontuar…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="27" />
        <source>Score the selected conversation blind (Enter)</source>
        <translation>Pontuar às cegas a conversa selecionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="78" />
        <source>Could not load your worklist: %1</source>
        <translation>Não foi possível carregar sua lista de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="91" />
        <source>All evaluators together: %1.</source>
        <translation>Todos os avaliadores juntos: %1.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="94" />
        <source>You (%1) are not an evaluator of “%2”; its evaluators are %3. %4</source>
        <translation>Você (%1) não é avaliador de “%2”; os avaliadores são %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/calibrationworklist.cpp" line="99" />
        <source>Your scores in “%1”: %2 of %3 conversations published. %4 Others' scores stay hidden until the session is closed.</source>
        <translation>Suas pontuações em “%1”: %2 de %3 conversas publicadas. %4 As pontuações dos outros ficam ocultas até a sessão ser encerrada.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="35" />
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="41" />
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="69" />
        <source>Unknown chart format "%1": use .png, .svg or .pdf</source>
        <translation>Formato de gráfico desconhecido “%1”: use .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="127" />
        <source>Could not start printing</source>
        <translation>Não foi possível iniciar a impressão</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="135" />
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartexport.cpp" line="136" />
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
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
        <translation>Escala de advertências: sem níveis.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="28" />
        <source>Warning ladder: %1, counting violations over %2 days.</source>
        <translation>Escala de advertências: %1, contando infrações em %2 dias.</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="40" />
        <source>&amp;Enter attendance…</source>
        <translation>&amp;Registrar assiduidade…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="41" />
        <source>&amp;Warning ladder…</source>
        <translation>&amp;Escala de advertências…</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="44" />
        <source>Attendance violations per agent and month</source>
        <translation>Infrações de assiduidade por agente e mês</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="51" />
        <source>Enter or correct one shift of an agent (Enter on a row: that agent)</source>
        <translation>Registrar ou corrigir um turno de um agente (Enter em uma linha: esse agente)</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="53" />
        <source>Change the site's warning ladder: its steps and window</source>
        <translation>Alterar a escala de advertências do site: seus níveis e seu período</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="62" />
        <source>&amp;Violations per month — unexcused absences and no-call-no-shows; the stage is today's</source>
        <translation>&amp;Infrações por mês — faltas injustificadas e faltas sem aviso; o estágio é o de hoje</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="75" />
        <source>Attendance</source>
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="125" />
        <source>Could not load attendance: %1</source>
        <translation>Não foi possível carregar a assiduidade: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingattendancetab.cpp" line="135" />
        <source>%1 agents, %2 violations in the period; %3 agents on a warning step today.</source>
        <translation>%1 agentes, %2 infrações no período; %3 agentes em um nível de advertência hoje.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingEffectTab</name>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="27" />
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="28" />
        <source>Days before and after a session</source>
        <translation>Dias antes e depois de uma sessão</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="29" />
        <source>How many days before and after each session its focus KPIs are compared over (a site setting)</source>
        <translation>Quantos dias antes e depois de cada sessão seus KPIs em foco são comparados (uma configuração do site)</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="35" />
        <source>Focus areas by effect</source>
        <translation>Áreas de foco por efeito</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="42" />
        <source>&amp;Window:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="50" />
        <source>&amp;Focus areas — which KPIs moved most after coaching</source>
        <translation>Á&amp;reas de foco — quais KPIs mais mudaram após o coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="60" />
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="104" />
        <source>Could not measure the effect: %1</source>
        <translation>Não foi possível medir o efeito: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="111" />
        <source>After coaching, over %1 days before vs %1 after; sessions with n &lt; %2 are not judged.</source>
        <translation>Após o coaching, %1 dias antes vs. %1 depois; sessões com n &lt; %2 não são avaliadas.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="121" />
        <source>%1 sessions with a focus in the period; %2 focus KPIs judged.</source>
        <translation>%1 sessões com foco no período; %2 KPIs em foco avaliados.</translation>
    </message>
    <message>
        <location filename="../ui/coachingeffecttab.cpp" line="132" />
        <source>Could not save the window: %1</source>
        <translation>Não foi possível salvar o período: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingFollowUpsTab</name>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="23" />
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sessão</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="24" />
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como concluído</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="28" />
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="30" />
        <source>Open action items</source>
        <translation>Itens de ação abertos</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="34" />
        <source>Open the session the selected follow-up belongs to (Enter)</source>
        <translation>Abrir a sessão à qual pertence o acompanhamento selecionado (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="37" />
        <source>Mark the selected action item done today (Space); reopen it from its session</source>
        <translation>Marcar hoje o item de ação selecionado como concluído (Espaço); para reabri-lo, use a sessão dele</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="43" />
        <source>&amp;Follow-ups — agents due another conversation</source>
        <translation>A&amp;companhamentos — agentes que precisam de outra conversa</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="44" />
        <source>Open &amp;action items of the team</source>
        <translation>&amp;Itens de ação abertos da equipe</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="61" />
        <source>Mark the selected action done (on the list of actions)</source>
        <translation>Marcar a ação selecionada como realizada (na lista de ações)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="123" />
        <source>Could not load the follow-ups: %1</source>
        <translation>Não foi possível carregar os acompanhamentos: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="126" />
        <source>%1 follow-ups (%2 overdue), %3 open action items (%4 overdue).</source>
        <translation>%1 acompanhamentos (%2 atrasados), %3 itens de ação abertos (%4 atrasados).</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="142" />
        <source>Follow-ups (%1 overdue)</source>
        <translation>Acompanhamentos (%1 atrasados)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="144" />
        <source>Follow-ups (%1)</source>
        <translation>Acompanhamentos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/coachingfollowupstab.cpp" line="164" />
        <source>Could not mark “%1” done: %2</source>
        <translation>Não foi possível marcar “%1” como concluído: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPage</name>
    <message>
        <location filename="../ui/coachingpage.cpp" line="33" />
        <source>Follow-ups due and overdue, and the team's open action items</source>
        <translation>Acompanhamentos a vencer e atrasados, e os itens de ação abertos da equipe</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="34" />
        <source>Coaching sessions of the period: plan, run and close them</source>
        <translation>Sessões de coaching do período: planeje, realize e encerre</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="35" />
        <source>Which focus areas moved most after coaching</source>
        <translation>Quais áreas de foco mais mudaram após o coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="36" />
        <source>The shared library of script rewrites, set as homework</source>
        <translation>A biblioteca compartilhada de reformulações de script, definidas como tarefa</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="38" />
        <source>Attendance violations per agent and month, and the warning ladder</source>
        <translation>Infrações de assiduidade por agente e mês, e a escala de advertências</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="148" />
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <location filename="../ui/coachingpage.cpp" line="154" />
        <source>Conversation %1, discussed in a coaching session</source>
        <translation>Conversa %1, discutida em uma sessão de coaching</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingPhraseDialog</name>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="30" />
        <source>Can you tell me more about the problem that you're experiencing?</source>
        <translation>Você poderia me contar um pouco mais sobre o problema que está enfrentando?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="31" />
        <source>Please tell me what happened?</source>
        <translation>Pode me contar o que aconteceu?</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="33" />
        <source>&amp;Checked for CSAT impact</source>
        <translation>Impacto no CSAT &amp;verificado</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="37" />
        <source>Add phrase</source>
        <translation>Adicionar frase</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="41" />
        <source>opening, complaint, closing</source>
        <translation>abertura, reclamação, encerramento</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="42" />
        <source>The situations the phrase fits, separated by commas</source>
        <translation>As situações em que a frase se aplica, separadas por vírgulas</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="60" />
        <source>How it was checked, e.g. “A/B on 400 chats, +3 pts”</source>
        <translation>Como foi verificada, p. ex., “A/B em 400 chats, +3 pts”</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="64" />
        <source>&amp;Longer (what agents say):</source>
        <translation>Mais &amp;longa (o que os agentes dizem):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="65" />
        <source>&amp;Shorter (say this instead):</source>
        <translation>Mais &amp;curta (diga isto em vez disso):</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasedialog.cpp" line="66" />
        <source>S&amp;ituations:</source>
        <translation>S&amp;ituações:</translation>
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
        <translation>Mostrar desati&amp;vados</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="34" />
        <source>&amp;Add phrase…</source>
        <translation>&amp;Adicionar frase…</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="35" />
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;tire</source>
        <translation>Desa&amp;tivar</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="41" />
        <source>Situation</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="44" />
        <location filename="../ui/coachingphrasestab.cpp" line="46" />
        <source>Search phrases</source>
        <translation>Pesquisar frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="48" />
        <source>Also list retired phrases (in grey); sessions that set them keep them</source>
        <translation>Listar também as frases desativadas (em cinza); as sessões que as definiram as mantêm</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="51" />
        <location filename="../ui/coachingphrasestab.cpp" line="283" />
        <source>Retire the selected phrase: it is no longer offered as homework</source>
        <translation>Desativar a frase selecionada: ela não será mais oferecida como tarefa</translation>
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
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="92" />
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="95" />
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="113" />
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituação:</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="135" />
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="168" />
        <source>Could not load the phrases: %1</source>
        <translation>Não foi possível carregar as frases: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="197" />
        <source>Could not load the situations: %1</source>
        <translation>Não foi possível carregar as situações: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="236" />
        <source>Could not add the phrase: %1</source>
        <translation>Não foi possível adicionar a frase: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="280" />
        <source>Re&amp;store</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location filename="../ui/coachingphrasestab.cpp" line="282" />
        <source>Restore the selected phrase: it is offered as homework again</source>
        <translation>Restaurar a frase selecionada: ela volta a ser oferecida como tarefa</translation>
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
        <translation>&amp;Planejar sessão…</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="27" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="28" />
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="33" />
        <source>Session status</source>
        <translation>Status da sessão</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="34" />
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="39" />
        <source>Search by agent</source>
        <translation>Pesquisar por agente</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="41" />
        <source>Search sessions by agent</source>
        <translation>Pesquisar sessões por agente</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="44" />
        <source>Coaching sessions</source>
        <translation>Sessões de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="47" />
        <source>Plan a session with an agenda proposed from the data (Ctrl+Shift+N)</source>
        <translation>Planejar uma sessão com uma pauta proposta a partir dos dados (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="49" />
        <source>Open the selected session (Enter)</source>
        <translation>Abrir a sessão selecionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="51" />
        <source>Delete the selected session; only planned sessions can be deleted</source>
        <translation>Excluir a sessão selecionada; somente sessões planejadas podem ser excluídas</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="72" />
        <source>Plan a coaching session</source>
        <translation>Planejar uma sessão de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="82" />
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="132" />
        <source>Could not load the sessions: %1</source>
        <translation>Não foi possível carregar as sessões: %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="141" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="176" />
        <source>the session with %1 planned for %2</source>
        <translation>a sessão com %1 planejada para %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="178" />
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="179" />
        <source>Delete %1, with its agenda? This cannot be undone.</source>
        <translation>Excluir %1, com a pauta? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="185" />
        <source>Could not delete %1: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="213" />
        <source>%1 sessions</source>
        <translation>%1 sessões</translation>
    </message>
    <message>
        <location filename="../ui/coachingsessionstab.cpp" line="214" />
        <source>%1 of %2 sessions</source>
        <translation>%1 de %2 sessões</translation>
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
        <translation>Filtrar por nome ou equipe</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="28" />
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="29" />
        <source>Agents to compare</source>
        <translation>Agentes a comparar</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="31" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="48" />
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="82" />
        <source>At most %1 agents fit on one chart: untick one before adding %2.</source>
        <translation>Cabem no máximo %1 agentes em um gráfico: desmarque um antes de adicionar %2.</translation>
    </message>
    <message>
        <location filename="../ui/comparepicker.cpp" line="103" />
        <source>Tick up to %1 agents to draw side by side on the trend chart (%2 ticked).</source>
        <translation>Marque até %1 agentes para exibi-los lado a lado no gráfico de tendência (%2 marcados).</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="25" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28" />
        <source>Connect to Server</source>
        <translation>Conectar ao servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="29" />
        <source>e.g. db.example.com</source>
        <translation>p. ex., db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32" />
        <source>e.g. contact_centre</source>
        <translation>p. ex., central_atendimento</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35" />
        <source>Use TLS when the server offers it</source>
        <translation>Usar TLS quando o servidor oferecer</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="36" />
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37" />
        <source>Require TLS and verify the server's certificate and name</source>
        <translation>Exigir TLS e verificar o certificado e o nome do servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39" />
        <source>No TLS (trusted networks only)</source>
        <translation>Sem TLS (somente redes confiáveis)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="45" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="46" />
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="47" />
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="51" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="57" />
        <source>The PostgreSQL database your site's supervisors share. Your site's IT can give you these details.</source>
        <translation>O banco de dados PostgreSQL que os supervisores do seu site compartilham. A equipe de TI do seu site pode fornecer esses dados.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="109" />
        <source>Enter the server's host name or address.</source>
        <translation>Informe o nome de host ou o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111" />
        <source>Enter the name of the database on the server.</source>
        <translation>Informe o nome do banco de dados no servidor.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="113" />
        <source>Enter your user name on the server.</source>
        <translation>Informe seu nome de usuário no servidor.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationPanel</name>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="28" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="29" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="30" />
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="31" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="32" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="33" />
        <source>Handle time</source>
        <translation>Tempo de atendimento</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="34" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="35" />
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="36" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="37" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="52" />
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>&amp;Attach transcript…</source>
        <translation>&amp;Anexar transcrição…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="56" />
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="72" />
        <source>A text file with one utterance per line: “[mm:ss] Speaker: text”.</source>
        <translation>Um arquivo de texto com uma fala por linha: “[mm:ss] Interlocutor: texto”.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="80" />
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transcrição&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="156" />
        <source> (talk only)</source>
        <translation> (só conversação)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="158" />
        <source>%1 on %2–%3</source>
        <translation>%1 em %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="162" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="170" />
        <source>No transcript.
Attach one as a text file.</source>
        <translation>Sem transcrição.
Anexe uma como arquivo de texto.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="171" />
        <source>No transcript stored.
Transcript reference: %1</source>
        <translation>Nenhuma transcrição armazenada.
Referência da transcrição: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="172" />
        <source>Replace t&amp;ranscript…</source>
        <translation>Substituir t&amp;ranscrição…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="206" />
        <source>Attach a transcript</source>
        <translation>Anexar uma transcrição</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="207" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpanel.cpp" line="217" />
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ConversationsPage</name>
    <message>
        <location filename="../ui/conversationspage.cpp" line="37" />
        <source>Show the &amp;whole scope</source>
        <translation>Mostrar &amp;toda a seleção</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="38" />
        <source>Leave the drill-down and show every conversation of the scope</source>
        <translation>Sair do detalhamento e mostrar todas as conversas da seleção</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="50" />
        <source>Search conversation or customer id (Ctrl+F)</source>
        <translation>Pesquisar id de conversa ou de cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="52" />
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="59" />
        <source>Search the conversations</source>
        <translation>Pesquisar nas conversas</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="72" />
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="76" />
        <location filename="../ui/conversationspage.cpp" line="122" />
        <source>Could not load conversations: %1</source>
        <translation>Não foi possível carregar as conversas: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="79" />
        <source>Conversation details</source>
        <translation>Detalhes da conversa</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="125" />
        <source>%1 conversations</source>
        <translation>%1 conversas</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="173" />
        <source>&lt;b&gt;Drill-down:&lt;/b&gt; %1 — %2 listed</source>
        <translation>&lt;b&gt;Detalhamento:&lt;/b&gt; %1 — %2 listadas</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="176" />
        <source> (the figure's n = %1)</source>
        <translation> (n do indicador = %1)</translation>
    </message>
    <message>
        <location filename="../ui/conversationspage.cpp" line="178" />
        <source>; narrowed further by the search</source>
        <translation>; restringido também pela pesquisa</translation>
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
        <translation>%1 (contestado)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionListView</name>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="43" />
        <source>Y or N</source>
        <translation>Y ou N</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="44" />
        <source>1 to 5</source>
        <translation>1 a 5</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="45" />
        <source>%1, or A for N/A</source>
        <translation>%1, ou A para N/A</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="46" />
        <source>%1 (N/A is not allowed)</source>
        <translation>%1 (N/A não é permitido)</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="55" />
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="97" />
        <source>Keys: ↑/↓ or K/J move · Y/N yes or no · 1–5 scale · A or 0 N/A · Enter next unanswered · C comment · Ctrl+Z undo · Ctrl+S save draft · Ctrl+Enter publish</source>
        <translation>Teclas: ↑/↓ ou K/J movem · Y/N sim ou não · 1–5 escala · A ou 0 N/A · Enter próximo sem resposta · C comentário · Ctrl+Z desfazer · Ctrl+S salvar rascunho · Ctrl+Enter publicar</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="143" />
        <source>This evaluation is read-only.</source>
        <translation>Esta avaliação é somente leitura.</translation>
    </message>
    <message>
        <location filename="../ui/criterionlistview.cpp" line="145" />
        <source>“%1” takes %2.</source>
        <translation>“%1” aceita %2.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CriterionPanel</name>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="19" />
        <source>yes / no</source>
        <translation>sim / não</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="20" />
        <source>scale 1–5</source>
        <translation>escala 1–5</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="22" />
        <source>, N/A allowed</source>
        <translation>, N/A permitido</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="24" />
        <source>, &lt;b style='color:#b3261e'&gt;auto-fail&lt;/b&gt;</source>
        <translation>, &lt;b style='color:#b3261e'&gt;eliminatório&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="45" />
        <source>Comment on this criterion (C) — Enter or Esc returns to the list</source>
        <translation>Comentário sobre este critério (C) — Enter ou Esc volta à lista</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="53" />
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentário:</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="99" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · weight %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · peso %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/criterionpanel.cpp" line="103" />
        <source>No guideline for this criterion.</source>
        <translation>Sem orientação para este critério.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CsatAhtChart</name>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="68" />
        <source>Reset zoom</source>
        <translation>Redefinir zoom</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="69" />
        <source>Show the whole period again (0 or Esc)</source>
        <translation>Mostrar o período inteiro novamente (0 ou Esc)</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="70" />
        <source>Reset chart zoom</source>
        <translation>Redefinir o zoom do gráfico</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="74" />
        <source>CSAT and AHT trend chart</source>
        <translation>Gráfico de tendência de CSAT e TMA</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="83" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="97" />
        <source>Selected note</source>
        <translation>Nota selecionada</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="323" />
        <source>Raw CSAT and AHT series.</source>
        <translation>Séries brutas de CSAT e TMA.</translation>
    </message>
    <message>
        <location filename="../ui/csatahtchart.cpp" line="326" />
        <source>%1. %2 Mouse wheel or Shift+drag zooms, drag or the arrow keys pan, 0 or Esc resets the zoom.</source>
        <translation>%1. %2 A roda do mouse ou Shift+arrastar aplica zoom; arrastar ou as teclas de seta deslocam a visualização; 0 ou Esc redefine o zoom.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="34" />
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="35" />
        <source>Quadrant</source>
        <translation>Quadrante</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="36" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37" />
        <source>Dashboard views</source>
        <translation>Visualizações do painel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="74" />
        <source>KPI score</source>
        <translation>Pontuação de KPIs</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="75" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="76" />
        <source>AHT</source>
        <translation>TMA</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="77" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="78" />
        <source>QA score</source>
        <translation>Pontuação de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="79" />
        <source>Attendance</source>
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="80" />
        <source>Sales conv.</source>
        <translation>Conv. vendas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="81" />
        <source>CSAT vs AHT</source>
        <translation>CSAT × TMA</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="111" />
        <source>Peer-review notes</source>
        <translation>Notas de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="152" />
        <source>Could not load the dashboard: %1</source>
        <translation>Não foi possível carregar o painel: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="159" />
        <source>No handled conversations in this period for this selection.</source>
        <translation>Nenhuma conversa atendida neste período para esta seleção.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="162" />
        <source>CSAT % and AHT, %1 — %2</source>
        <translation>CSAT % e TMA, %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="164" />
        <source>CSAT against AHT by agent — %1</source>
        <translation>CSAT × TMA por agente — %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="167" />
        <source>Peer-review notes (%1)</source>
        <translation>Notas de avaliação por pares (%1)</translation>
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
        <translation>Pontuação ponderada de KPIs: a faixa de cada KPI rende pontos (muito abaixo %1, abaixo %2, atingido %3, superado %4), ponderados pelo plano de KPIs (Configurações → Plano de KPIs). %5 % do peso do plano tem dados. %6 de %7 conversas oferecidas foram atendidas.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="206" />
        <source>n = %1 responses</source>
        <translation>n = %1 respostas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="209" />
        <source>Target %1.</source>
        <translation>Meta: %1.</translation>
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
        <translation><numerusform>%n avaliação</numerusform><numerusform>%n avaliações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpage.cpp" line="219" />
        <source>%n shift(s)</source>
        <translation><numerusform>%n turno</numerusform><numerusform>%n turnos</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="221" />
        <source>%1 sales</source>
        <translation>%1 vendas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="222" />
        <source>Sales conversion: sales ÷ handled conversations (n = %1). Sales amount %2.</source>
        <translation>Conversão de vendas: vendas ÷ conversas atendidas (n = %1). Valor das vendas: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="225" />
        <source>targets CSAT %1, AHT %2</source>
        <translation>metas: CSAT %1, TMA %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeDecisionDialog</name>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="37" />
        <source>Decide dispute</source>
        <translation>Decidir contestação</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="52" />
        <source>Why — the agent and the evaluator both read this</source>
        <translation>Motivo — o agente e o avaliador leem isto</translation>
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
        <translation>Pontuação:</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="87" />
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="88" />
        <source>&amp;Partially accept</source>
        <translation>Aceitar &amp;parcialmente</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="89" />
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="97" />
        <source>The agent is right: re-score the contested answers.</source>
        <translation>O agente tem razão: pontue novamente as respostas contestadas.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="99" />
        <source>The agent is partly right: re-score what deserves it.</source>
        <translation>O agente tem razão em parte: pontue novamente o que merecer.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="101" />
        <source>The evaluation stands as it was scored.</source>
        <translation>A avaliação fica como foi pontuada.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="110" />
        <source>the whole evaluation</source>
        <translation>a avaliação inteira</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="111" />
        <source>the criterion “%1”</source>
        <translation>o critério “%1”</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="112" />
        <source>&lt;b&gt;%1&lt;/b&gt;'s evaluation by %2 of conversation %3 (%4) — %5 contested by %6 on %7, deadline %8.</source>
        <translation>Avaliação de &lt;b&gt;%1&lt;/b&gt; feita por %2 da conversa %3 (%4) — %6 contestou %5 em %7; prazo: %8.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="153" />
        <source>Could not load the evaluation: %1</source>
        <translation>Não foi possível carregar a avaliação: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="155" />
        <source>This dispute was already decided.</source>
        <translation>Esta contestação já foi decidida.</translation>
    </message>
    <message>
        <location filename="../ui/disputedecisiondialog.cpp" line="158" />
        <source>Choose an outcome: accept, partially accept or reject.</source>
        <translation>Escolha um resultado: aceitar, aceitar parcialmente ou rejeitar.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DisputeOpenDialog</name>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="32" />
        <source>Dispute evaluation</source>
        <translation>Contestar avaliação</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="35" />
        <source>Contest</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="37" />
        <source>What the agent contests, and why — the arbitrator decides on this</source>
        <translation>O que o agente contesta e por quê — o árbitro decide com base nisto</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="40" />
        <source>&amp;Open dispute</source>
        <translation>&amp;Abrir contestação</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="43" />
        <source>&amp;Contest:</source>
        <translation>&amp;Contestar:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="44" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="76" />
        <source>%1's evaluation of conversation %2 (%3) by %4: %5, %6.</source>
        <translation>Avaliação de %1 da conversa %2 (%3) feita por %4: %5, %6.</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="84" />
        <source>The whole evaluation</source>
        <translation>A avaliação inteira</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="91" />
        <source>%1 — answered %2</source>
        <translation>%1 — resposta: %2</translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="111" />
        <source>The dispute window of this evaluation closed on %1.</source>
        <translation>O prazo de contestação desta avaliação terminou em %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputeopendialog.cpp" line="112" />
        <source>Disputes of this evaluation can be opened until %1; the arbitrator then has %n day(s) to decide.</source>
        <translation><numerusform>Contestações desta avaliação podem ser abertas até %1; depois, o árbitro tem %n dia para decidir.</numerusform><numerusform>Contestações desta avaliação podem ser abertas até %1; depois, o árbitro tem %n dias para decidir.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/disputeopendialog.cpp" line="133" />
        <source>Give a reason: what is wrong with the evaluation?</source>
        <translation>Informe um motivo: o que está errado na avaliação?</translation>
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
        <translation>&amp;Abrir avaliação</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="37" />
        <source>Disputes</source>
        <translation>Contestações</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="40" />
        <source>Score history</source>
        <translation>Histórico de pontuações</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="44" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="46" />
        <source>All disputes</source>
        <translation>Todas as contestações</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="47" />
        <source>Open disputes only</source>
        <translation>Somente contestações abertas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="49" />
        <source>Accept, partially accept or reject the selected dispute, as arbitrator</source>
        <translation>Aceitar, aceitar parcialmente ou rejeitar a contestação selecionada, como árbitro</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="72" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="81" />
        <source>&lt;b&gt;Score history&lt;/b&gt; — QA averages use the latest score</source>
        <translation>&lt;b&gt;Histórico de pontuações&lt;/b&gt; — as médias de qualidade usam a pontuação mais recente</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="114" />
        <source>Could not load disputes: %1</source>
        <translation>Não foi possível carregar as contestações: %1</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="128" />
        <source>%1 listed, %2 overdue</source>
        <translation>%1 listadas, %2 vencidas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="129" />
        <source>%1 listed</source>
        <translation>%1 listadas</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="145" />
        <source>Select a dispute to read its reason and score history.</source>
        <translation>Selecione uma contestação para ler o motivo e o histórico de pontuações.</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="159" />
        <source>%1's evaluation by %2 — raised by %3 on %4: “%5”</source>
        <translation>Avaliação de %1 feita por %2 — aberta por %3 em %4: “%5”</translation>
    </message>
    <message>
        <location filename="../ui/disputesview.cpp" line="163" />
        <source>%1 by %2 on %3: “%4”</source>
        <translation>%1 por %2 em %3: “%4”</translation>
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
        <translation>%1 antes e depois</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="59" />
        <source>Before %1, after %2. %3</source>
        <translation>Antes %1, depois %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="96" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/effectchart.cpp" line="98" />
        <source>After</source>
        <translation>Depois</translation>
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
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="100" />
        <source>Score history</source>
        <translation>Histórico de pontuações</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="119" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="121" />
        <source>&amp;Save draft</source>
        <translation>&amp;Salvar rascunho</translation>
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
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="127" />
        <source>Open the evaluation as it is stored now, with the other change</source>
        <translation>Abrir a avaliação como está armazenada agora, com a outra alteração</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="129" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="150" />
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="152" />
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="159" />
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Desfazer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="161" />
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="232" />
        <source>Correct the published evaluation, with a reason</source>
        <translation>Corrigir a avaliação publicada, informando um motivo</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="237" />
        <source>Save &amp;changes</source>
        <translation>Salvar &amp;alterações</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="240" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="242" />
        <source>Publish needs every criterion answered: %1</source>
        <translation>Para publicar, todos os critérios precisam ser respondidos: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="244" />
        <source>Ready to save the changes (Ctrl+Enter).</source>
        <translation>Pronto para salvar as alterações (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="245" />
        <source>Ready to publish (Ctrl+Enter).</source>
        <translation>Pronto para publicar (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="252" />
        <source>Annotations (%1)</source>
        <translation>Anotações (%1)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="269" />
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="277" />
        <source>Not yet: %1</source>
        <translation>Ainda não: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Changes saved: %1.</source>
        <translation>Alterações salvas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="286" />
        <source>Published: %1.</source>
        <translation>Publicada: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="298" />
        <source>Edit a published evaluation</source>
        <translation>Editar uma avaliação publicada</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="299" />
        <source>Why does it change? The reason is kept with the score history and in the audit log.</source>
        <translation>Por que ela muda? O motivo fica guardado com o histórico de pontuações e no registro de auditoria.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="305" />
        <source>An edit of a published evaluation needs a reason.</source>
        <translation>A edição de uma avaliação publicada exige um motivo.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="327" />
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the evaluation as a draft before closing?</source>
        <translation>Salvar a avaliação como rascunho antes de fechar?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="328" />
        <source>Save the changes before closing?</source>
        <translation>Salvar as alterações antes de fechar?</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="351" />
        <source>Reload the evaluation</source>
        <translation>Recarregar a avaliação</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="352" />
        <source>Open the evaluation as it is stored now? Your unsaved changes are discarded.</source>
        <translation>Abrir a avaliação como está armazenada agora? Suas alterações não salvas serão descartadas.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationdialog.cpp" line="363" />
        <source>Reloaded: this is the evaluation as it is stored now.</source>
        <translation>Recarregada: esta é a avaliação como está armazenada agora.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::EvaluationHeader</name>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="41" />
        <source>Scorecard</source>
        <translation>Formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="44" />
        <source>Score&amp;card:</source>
        <translation>&amp;Formulário de avaliação:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="71" />
        <source>Calibration (blind)</source>
        <translation>Calibração (às cegas)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="73" />
        <source>Peer review</source>
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="77" />
        <source>QA evaluation</source>
        <translation>Avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="83" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="105" />
        <source>editing a published evaluation</source>
        <translation>editando uma avaliação publicada</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="112" />
        <source>The scorecard can change while nothing is answered.</source>
        <translation>O formulário de avaliação pode ser trocado enquanto nada tiver sido respondido.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="113" />
        <source>Answers belong to the scorecard they were given on: it no longer changes.</source>
        <translation>As respostas pertencem ao formulário de avaliação em que foram dadas: ele não pode mais ser trocado.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationheader.cpp" line="130" />
        <source>%1: cannot open this evaluation</source>
        <translation>%1: não é possível abrir esta avaliação</translation>
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
        <translation>&amp;Contestar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="47" />
        <source>De&amp;lete draft…</source>
        <translation>&amp;Excluir rascunho…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="48" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="54" />
        <source>Open the selected evaluation in the evaluation form (Enter)</source>
        <translation>Abrir a avaliação selecionada na janela de avaliação (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="56" />
        <source>Contest the selected published QA evaluation, or one of its criteria</source>
        <translation>Contestar a avaliação de qualidade publicada selecionada, ou um dos critérios dela</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="59" />
        <source>Save the list as shown as CSV or XLSX</source>
        <translation>Salvar a lista, como exibida, em CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="61" />
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="81" />
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="87" />
        <source>QA and peer reviews</source>
        <translation>Qualidade e avaliações por pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="88" />
        <source>QA evaluations</source>
        <translation>Avaliações de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="89" />
        <source>Peer reviews</source>
        <translation>Avaliações por pares</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="97" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="98" />
        <source>E&amp;valuator:</source>
        <translation>A&amp;valiador:</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="139" />
        <source>Could not load evaluations: %1</source>
        <translation>Não foi possível carregar as avaliações: %1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="155" />
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="179" />
        <source>No evaluations of this kind and status in this period.</source>
        <translation>Nenhuma avaliação deste tipo e status neste período.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="181" />
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n avaliação</numerusform><numerusform>%n avaliações</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationsview.cpp" line="182" />
        <source>%1 of %n evaluation(s), by %2</source>
        <translation><numerusform>%1 de %n avaliação, por %2</numerusform><numerusform>%1 de %n avaliações, por %2</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="231" />
        <location filename="../ui/evaluationsview.cpp" line="241" />
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="232" />
        <source>Delete the draft evaluation of %1's conversation %2 by %3? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Excluir o rascunho de avaliação da conversa %2 de %1, feito por %3? Isso não pode ser desfeito; o registro de auditoria guarda a informação de que ele foi excluído.</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="262" />
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsview.cpp" line="266" />
        <source>Evaluations %1</source>
        <translation>Avaliações %1</translation>
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
        <translation>Exportar &amp;tabela…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="29" />
        <source>&amp;Print Chart…</source>
        <translation>Im&amp;primir gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="32" />
        <source>Save the chart on screen as PNG, SVG or PDF</source>
        <translation>Salvar o gráfico da tela como PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="34" />
        <source>Save the scorecard or the agents table as CSV or XLSX</source>
        <translation>Salvar o quadro de KPIs ou a tabela de agentes como CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="36" />
        <source>Print the chart on screen</source>
        <translation>Imprimir o gráfico da tela</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="117" />
        <source>Agent KPIs — %1</source>
        <translation>KPIs dos agentes — %1</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120" />
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::FieldDelegate</name>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="225" />
        <source>Huddle field</source>
        <translation>Campo do Huddle</translation>
    </message>
</context>
<context>
    <name>huddle::ui::FocusTrendChart</name>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="170" />
        <source>Week of %1: %2</source>
        <translation>Semana de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="208" />
        <source>Focus KPI trend</source>
        <translation>Tendência do KPI em foco</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="254" />
        <source>%1 (seconds)</source>
        <translation>%1 (segundos)</translation>
    </message>
    <message>
        <location filename="../ui/focustrendchart.cpp" line="255" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (ao lado do TMA)</translation>
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
        <translation>As conversas são únicas por origem e id de conversa: importar a mesma exportação de novo com a mesma origem atualiza as linhas em vez de adicioná-las.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="150" />
        <source>Lowest CSAT score</source>
        <translation>Pontuação CSAT mais baixa</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="151" />
        <source>Highest CSAT score</source>
        <translation>Pontuação CSAT mais alta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="162" />
        <source>Unit of durations written as plain numbers; H:MM:SS values are read as such.</source>
        <translation>Unidade das durações escritas como números simples; valores H:MM:SS são lidos como tal.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="163" />
        <source>Decima&amp;l comma (1,5)</source>
        <translation>Vírgu&amp;la decimal (1,5)</translation>
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
        <translation>&amp;Tipo de dados:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="177" />
        <source>Sou&amp;rce name:</source>
        <translation>Nome da &amp;origem:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="179" />
        <source>Time &amp;zone:</source>
        <translation>Fuso &amp;horário:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181" />
        <source>&amp;Date order:</source>
        <translation>Ordem das &amp;datas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183" />
        <source>Dur&amp;ations in:</source>
        <translation>D&amp;urações em:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185" />
        <source>&amp;CSAT scale:</source>
        <translation>Escala &amp;CSAT:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="200" />
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="216" />
        <source>Preview of the first rows</source>
        <translation>Prévia das primeiras linhas</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="229" />
        <source>&amp;Map each column of the file to a Huddle field (required fields in bold):</source>
        <translation>&amp;Mapeie cada coluna do arquivo para um campo do Huddle (campos obrigatórios em negrito):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230" />
        <source>Pre&amp;view of the first rows:</source>
        <translation>Pré&amp;via das primeiras linhas:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244" />
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247" />
        <source>Save pro&amp;file…</source>
        <translation>Salvar per&amp;fil…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="248" />
        <source>Remember this mapping and these options for files with the same columns.</source>
        <translation>Lembrar este mapeamento e estas opções para arquivos com as mesmas colunas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="250" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="358" />
        <source>%1 (the site's time zone)</source>
        <translation>%1 (o fuso horário do site)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="359" />
        <source>Time zone of the times in the file. Days are counted in the site's time zone, %1.</source>
        <translation>Fuso horário das horas no arquivo. Os dias são contados no fuso horário do site, %1.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="435" />
        <source>&lt;b&gt;The dates are ambiguous.&lt;/b&gt; Every date in the first rows (such as %1) could be read month-first or day-first. Choose the date order before importing: a wrong guess would put calls on the wrong days.</source>
        <translation>&lt;b&gt;As datas são ambíguas.&lt;/b&gt; Todas as datas das primeiras linhas (como %1) podem ser lidas com o mês primeiro ou com o dia primeiro. Escolha a ordem das datas antes de importar: uma suposição errada colocaria as ligações nos dias errados.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="438" />
        <source>this one</source>
        <translation>esta</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="445" />
        <source>This file cannot be imported: %1</source>
        <translation>Este arquivo não pode ser importado: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="447" />
        <source>Choose the date order to import.</source>
        <translation>Escolha a ordem das datas para importar.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="449" />
        <source>Enter a source name.</source>
        <translation>Informe um nome de origem.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="451" />
        <source>The lowest CSAT score must be below the highest.</source>
        <translation>A pontuação CSAT mais baixa deve ser menor que a mais alta.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="455" />
        <source>Cannot import yet: %1</source>
        <translation>Ainda não é possível importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="482" />
        <source>Ready to import: every column is mapped.</source>
        <translation>Pronto para importar: todas as colunas estão mapeadas.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="483" />
        <source>Ready to import. Not imported: %1.</source>
        <translation>Pronto para importar. Não serão importadas: %1.</translation>
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
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="494" />
        <source>Name of the profile. Files with exactly these columns will be read with it:</source>
        <translation>Nome do perfil. Arquivos com exatamente estas colunas serão lidos com ele:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="502" />
        <source>“%1” is a built-in profile; choose another name.</source>
        <translation>“%1” é um perfil integrado; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="507" />
        <source>Replace the saved profile “%1”?</source>
        <translation>Substituir o perfil salvo “%1”?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="512" />
        <source>Could not save the profile: %1</source>
        <translation>Não foi possível salvar o perfil: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="530" />
        <source>Saved the profile “%1”.</source>
        <translation>Perfil “%1” salvo.</translation>
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
        <translation>Importando… %1 linhas lidas, %2 linhas/s</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="624" />
        <source>the import stopped unexpectedly</source>
        <translation>a importação parou inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="626" />
        <source>The import failed and nothing was written: %1</source>
        <translation>A importação falhou e nada foi gravado: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="632" />
        <source>Import cancelled. Nothing was written.</source>
        <translation>Importação cancelada. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="657" />
        <source>Nothing was imported. Fix the rejected rows or the mapping and try again.</source>
        <translation>Nada foi importado. Corrija as linhas rejeitadas ou o mapeamento e tente novamente.</translation>
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
Origem: %4</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>Undone at %1</source>
        <translation>Desfeita em %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="114" />
        <source>In effect</source>
        <translation>Em vigor</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="140" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="142" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="144" />
        <source>Imported at</source>
        <translation>Importada em</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="146" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="148" />
        <source>Shape</source>
        <translation>Tipo de dados</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="150" />
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="152" />
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="154" />
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="156" />
        <source>Duplicates</source>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="158" />
        <source>Blank</source>
        <translation>Em branco</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="160" />
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <location filename="../ui/importhistorymodel.cpp" line="162" />
        <source>State</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryPage</name>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="25" />
        <source>&amp;Undo import…</source>
        <translation>&amp;Desfazer importação…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="26" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="40" />
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="43" />
        <source>Remove what the selected import added and restore what it changed (Delete).</source>
        <translation>Remover o que a importação selecionada adicionou e restaurar o que ela alterou (Delete).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="44" />
        <source>Import a CSV or Excel file (Ctrl+I).</source>
        <translation>Importar um arquivo CSV ou Excel (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="48" />
        <source>Undo the selected import</source>
        <translation>Desfazer a importação selecionada</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="82" />
        <source>Could not read the import history: %1</source>
        <translation>Não foi possível ler o histórico de importações: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="100" />
        <source>No imports yet. Use Import… or drop a CSV or Excel file on the window.</source>
        <translation>Nenhuma importação ainda. Use Importar… ou arraste um arquivo CSV ou Excel para a janela.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="101" />
        <source>Imports: %1</source>
        <translation>Importações: %1</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="142" />
        <source>It added and changed no rows; undoing it only marks it undone.</source>
        <translation>Ela não adicionou nem alterou linhas; desfazê-la apenas a marca como desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="143" />
        <source>The %1 rows it added are deleted and the %2 rows it updated get their earlier values back. Agents and teams it created go too, unless something else refers to them.</source>
        <translation>As %1 linhas que ela adicionou são excluídas e as %2 linhas que ela atualizou voltam aos valores anteriores. Os agentes e equipes que ela criou também são removidos, a menos que algo mais faça referência a eles.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="147" />
        <location filename="../ui/importhistorypage.cpp" line="182" />
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="148" />
        <source>Undo import %1 of “%2”?</source>
        <translation>Desfazer a importação %1 de “%2”?</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="165" />
        <source>Undoing import %1…</source>
        <translation>Desfazendo a importação %1…</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="180" />
        <source>the undo stopped unexpectedly</source>
        <translation>a operação de desfazer parou inesperadamente</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="181" />
        <source>Import %1 was not undone.</source>
        <translation>A importação %1 não foi desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="183" />
        <source>Import %1 cannot be undone: %2</source>
        <translation>A importação %1 não pode ser desfeita: %2</translation>
    </message>
    <message>
        <location filename="../ui/importhistorypage.cpp" line="186" />
        <source>Import %1 undone.</source>
        <translation>Importação %1 desfeita.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportLabels</name>
    <message>
        <location filename="../ui/importlabels.cpp" line="9" />
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="11" />
        <source>Agent-day statistics</source>
        <translation>Estatísticas por agente e dia</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="13" />
        <source>Survey answers</source>
        <translation>Respostas de pesquisas</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="15" />
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="17" />
        <source>Attendance</source>
        <translation>Assiduidade</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="32" />
        <source>Year-month-day (2021-03-04)</source>
        <translation>Ano-mês-dia (2021-03-04)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="34" />
        <source>Month/day/year (03/04/2021 = 4 March)</source>
        <translation>Mês/dia/ano (03/04/2021 = 4 de março)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="36" />
        <source>Day/month/year (04/03/2021 = 4 March)</source>
        <translation>Dia/mês/ano (04/03/2021 = 4 de março)</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="45" />
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../ui/importlabels.cpp" line="47" />
        <source>Milliseconds</source>
        <translation>Milissegundos</translation>
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
        <translation>— não importar —</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="117" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="189" />
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="191" />
        <source>Huddle field</source>
        <translation>Campo do Huddle</translation>
    </message>
    <message>
        <location filename="../ui/importmappingmodel.cpp" line="193" />
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="56" />
        <source>Rows rejected — %1</source>
        <translation>Linhas rejeitadas — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="57" />
        <source>Import finished — %1</source>
        <translation>Importação concluída — %1</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="68" />
        <source>&amp;Import the other rows</source>
        <translation>&amp;Importar as demais linhas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="69" />
        <source>&amp;Don't import</source>
        <translation>&amp;Não importar</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="80" />
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Exportar linhas rejeitadas…</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="105" />
        <source>%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other rows anyway?</source>
        <translation>%1 de %2 linhas (%3 %) foram rejeitadas — mais que o limite de %4 %. Importar as demais linhas mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="110" />
        <source>%1 imported. %2 rows were rejected and left out; the other rows are in the database.</source>
        <translation>%1 importado. %2 linhas foram rejeitadas e ficaram de fora; as demais linhas estão no banco de dados.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="112" />
        <source>%1 imported.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="126" />
        <source>Rows read:</source>
        <translation>Linhas lidas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>New rows to import:</source>
        <translation>Novas linhas a importar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="127" />
        <source>Imported (new):</source>
        <translation>Importadas (novas):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Rows to update:</source>
        <translation>Linhas a atualizar:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="128" />
        <source>Updated:</source>
        <translation>Atualizadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="129" />
        <source>Skipped as exact duplicates:</source>
        <translation>Ignoradas por serem duplicatas exatas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="130" />
        <source>Skipped blank:</source>
        <translation>Em branco ignoradas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="131" />
        <source>Rejected:</source>
        <translation>Rejeitadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="132" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="134" />
        <source>Nothing has been written to the database yet.</source>
        <translation>Nada foi gravado no banco de dados ainda.</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="143" />
        <source>Rejected rows:</source>
        <translation>Linhas rejeitadas:</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="145" />
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Linhas rejeitadas (as primeiras %1 de %2):</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="160" />
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="183" />
        <source>-rejected</source>
        <translation>-rejeitadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="184" />
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Export rejected rows</source>
        <translation>Exportar linhas rejeitadas</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="185" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importresultdialog.cpp" line="190" />
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiCard</name>
    <message>
        <location filename="../ui/kpicard.cpp" line="46" />
        <source>Double-click to list the conversations behind this figure.</source>
        <translation>Clique duas vezes para listar as conversas por trás deste número.</translation>
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
        <translation>&amp;Herdar o plano do site</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="71" />
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="74" />
        <source>KPI plan</source>
        <translation>Plano de KPIs</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="75" />
        <source>Plan for</source>
        <translation>Plano para</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="76" />
        <source>The team is judged by the site plan and follows its later changes.</source>
        <translation>A equipe é avaliada pelo plano do site e acompanha as alterações posteriores dele.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="79" />
        <source>Weights attendance 30, CSAT 25, sales 20, QA 15, AHT 10 and the default thresholds. Nothing is saved until OK.</source>
        <translation>Pesos: assiduidade 30, CSAT 25, vendas 20, qualidade 15, TMA 10, e os limites padrão. Nada é salvo até você clicar em OK.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="88" />
        <source>Plan &amp;for:</source>
        <translation>Plano &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="91" />
        <source>Each KPI is judged against its thresholds (far below, below, met, exceeded) and the band's points are combined with the weights below into a 0–100 score. AHT is better when lower.</source>
        <translation>Cada KPI é comparado com seus limites (muito abaixo, abaixo, atingido, superado), e os pontos da faixa são combinados com os pesos abaixo em uma pontuação de 0 a 100. Para o TMA, quanto menor, melhor.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="112" />
        <source>Weights and thresholds</source>
        <translation>Pesos e limites</translation>
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
        <translation>Abaixo a partir de</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Met from</source>
        <translation>Atingido a partir de</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Exceeded from</source>
        <translation>Superado a partir de</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="115" />
        <source>Better when</source>
        <translation>Melhor quando</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="125" />
        <source>%1 weight</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>below</source>
        <translation>abaixo</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>met</source>
        <translation>atingido</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="130" />
        <source>exceeded</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="136" />
        <source>%1 %2 threshold</source>
        <translation>Limite “%2” de %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="141" />
        <source>higher</source>
        <translation>maior</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="152" />
        <source>Points per band:</source>
        <translation>Pontos por faixa:</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="158" />
        <source>Points for %1</source>
        <translation>Pontos para %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="170" />
        <source>Site default (teams without a plan of their own)</source>
        <translation>Padrão do site (equipes sem plano próprio)</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="211" />
        <source>could not read the stored plan: %1</source>
        <translation>não foi possível ler o plano armazenado: %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="330" />
        <source>Weights total %1 %.</source>
        <translation>Os pesos somam %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="331" />
        <source>Weights total %1 % — they must total 100 %.</source>
        <translation>Os pesos somam %1 % — devem somar 100 %.</translation>
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
        <translation>Ainda não é possível salvar — %1</translation>
    </message>
    <message>
        <location filename="../ui/kpiplandialog.cpp" line="376" />
        <source>The plan for %1 was not saved: %2</source>
        <translation>O plano de %1 não foi salvo: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LadderDialog</name>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="28" />
        <source>&amp;Add step</source>
        <translation>&amp;Adicionar nível</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="29" />
        <source>&amp;Remove step</source>
        <translation>&amp;Remover nível</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="30" />
        <source>&amp;Defaults</source>
        <translation>Valores &amp;padrão</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="34" />
        <source>Attendance warning ladder</source>
        <translation>Escala de advertências de assiduidade</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="36" />
        <source>Ladder steps</source>
        <translation>Níveis da escala</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>From violations</source>
        <translation>A partir de (infrações)</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="37" />
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="45" />
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="46" />
        <source>Violations count towards the ladder for this many days</source>
        <translation>Por quantos dias as infrações contam para a escala</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="50" />
        <source>Verbal warning at 1 violation, written at 2, final at 3, over 365 days</source>
        <translation>Advertência verbal com 1 infração, escrita com 2 e final com 3, em 365 dias</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="55" />
        <source>Violations are unexcused absences and no-call-no-shows; lateness and excused absences never count. An agent is at the highest step their violations in the window reach.</source>
        <translation>As infrações são faltas injustificadas e faltas sem aviso; atrasos e faltas justificadas nunca contam. Cada agente fica no nível mais alto que suas infrações alcançam dentro do período.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="65" />
        <source>Counted over the last</source>
        <translation>Contadas nos últimos</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="89" />
        <source>The stored ladder could not be read (%1); the defaults are shown.</source>
        <translation>Não foi possível ler a escala armazenada (%1); os valores padrão são exibidos.</translation>
    </message>
    <message>
        <location filename="../ui/ladderdialog.cpp" line="130" />
        <source>Warning %1</source>
        <translation>Advertência %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ladderdialog.cpp" line="150" />
        <source>%n step(s), counted over %1 days.</source>
        <translation><numerusform>%n nível, com infrações contadas em %1 dias.</numerusform><numerusform>%n níveis, com infrações contadas em %1 dias.</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56" />
        <source>Huddle databases (*.sqlite *.db *.huddle);;All files (*)</source>
        <translation>Bancos de dados do Huddle (*.sqlite *.db *.huddle);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Exportações (*.csv *.txt *.xlsx);;Arquivos CSV e de texto (*.csv *.txt);;Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186" />
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187" />
        <source>QA</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Bonus</source>
        <translation>Bônus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>Q&amp;A</source>
        <translation>&amp;Qualidade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208" />
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209" />
        <source>&amp;KPI Plan…</source>
        <translation>Plano de &amp;KPIs…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212" />
        <source>S&amp;ite…</source>
        <translation>S&amp;ite…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215" />
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atalhos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217" />
        <source>&amp;About Huddle</source>
        <translation>&amp;Sobre o Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239" />
        <source>Huddle will use %1 from its next start.</source>
        <translation>O Huddle usará %1 a partir da próxima inicialização.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247" />
        <source>Agent view</source>
        <translation>Visão do agente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257" />
        <source>&amp;New Database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258" />
        <source>&amp;Open Database…</source>
        <translation>A&amp;brir banco de dados…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259" />
        <source>Connect to &amp;Server…</source>
        <translation>Conectar ao &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Trilha de auditoria…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278" />
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285" />
        <source>Dashboard &amp;Trend</source>
        <translation>Painel: &amp;tendência</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>Dashboard &amp;Quadrant</source>
        <translation>Painel: q&amp;uadrante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287" />
        <source>Dashboard &amp;Scorecard</source>
        <translation>Painel: quadro de &amp;KPIs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295" />
        <source>&amp;Compare Agents…</source>
        <translation>&amp;Comparar agentes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344" />
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400" />
        <location filename="../ui/mainwindow.cpp" line="416" />
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402" />
        <source>%1 — Huddle</source>
        <translation>%1 — Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>Database: %1 — no Huddle role: the server shows no agent's data</source>
        <translation>Banco de dados: %1 — sem papel no Huddle: o servidor não mostra dados de nenhum agente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Database: %1 — signed in as admin</source>
        <translation>Banco de dados: %1 — conectado como administrador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>Database: %1 — signed in as QA coach</source>
        <translation>Banco de dados: %1 — conectado como coach de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>Database: %1 — signed in as team leader: your teams' agents</source>
        <translation>Banco de dados: %1 — conectado como líder de equipe: os agentes das suas equipes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>Database: %1 — signed in as agent: your own data</source>
        <translation>Banco de dados: %1 — conectado como agente: seus próprios dados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438" />
        <source>Open in another window</source>
        <translation>Aberto em outra janela</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439" />
        <source>%1 is also open in another Huddle (process %2 on %3).

You can both work on it; each window shows the other's changes when it reloads (switch the period or press F5 on the Bonus page). Agree who edits an evaluation, a plan or a session before you both change it.</source>
        <translation>%1 também está aberto em outro Huddle (processo %2 em %3).

Vocês dois podem trabalhar nele; cada janela mostra as alterações da outra ao recarregar (mude o período ou pressione F5 na página Bônus). Combinem quem edita uma avaliação, um plano ou uma sessão antes que os dois a alterem.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>%1 is also open in another Huddle.</source>
        <translation>%1 também está aberto em outro Huddle.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513" />
        <source>Import a file</source>
        <translation>Importar um arquivo</translation>
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
        <translation>Abra ou crie um banco de dados primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553" />
        <source>Site settings</source>
        <translation>Configurações do site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560" />
        <source>Site settings saved.</source>
        <translation>Configurações do site salvas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570" />
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>KPI plan</source>
        <translation>Plano de KPIs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589" />
        <source>KPI plan saved; scores and bands are recalculated.</source>
        <translation>Plano de KPIs salvo; as pontuações e faixas foram recalculadas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609" />
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614" />
        <source>Open Huddle database</source>
        <translation>Abrir banco de dados do Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>New Huddle database</source>
        <translation>Novo banco de dados do Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648" />
        <source>The password was not remembered: %1</source>
        <translation>A senha não foi lembrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690" />
        <source>No recent databases</source>
        <translation>Nenhum banco de dados recente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696" />
        <source>About Huddle</source>
        <translation>Sobre o Huddle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697" />
        <source>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;A console for contact-centre team leaders and QA coaches: CSAT against AHT with the review notes beside it, agent KPIs and every conversation behind them.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Huddle %1&lt;/h3&gt;&lt;p&gt;Um console para líderes de equipe e coaches de qualidade de centrais de atendimento: CSAT × TMA com as notas de revisão ao lado, os KPIs dos agentes e todas as conversas por trás deles.&lt;/p&gt;&lt;p&gt;Versão do esquema do banco de dados: %2.&lt;/p&gt;</translation>
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
        <translation>Erros por impacto</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="50" />
        <source>Evaluations behind the selected mistake</source>
        <translation>Avaliações com o erro selecionado</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="51" />
        <source>Double-click or press Enter to open the evaluation</source>
        <translation>Clique duas vezes ou pressione Enter para abrir a avaliação</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="53" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>Whole team</source>
        <translation>Equipe inteira</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="98" />
        <source>All agents</source>
        <translation>Todos os agentes</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>the team</source>
        <translation>a equipe</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="123" />
        <source>all agents</source>
        <translation>todos os agentes</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="136" />
        <source>Could not load mistakes: %1</source>
        <translation>Não foi possível carregar os erros: %1</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="173" />
        <source>No published QA evaluations for %1 in this period (%2).
Evaluate conversations from the Queue tab; their failed criteria appear here once published.</source>
        <translation>Nenhuma avaliação de qualidade publicada para %1 neste período (%2).
Avalie conversas na guia Fila; os critérios com falha aparecerão aqui após a publicação.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="177" />
        <source>No failed criteria: %1 passed every criterion of %n published QA evaluation(s) in this period (%2).</source>
        <translation><numerusform>Nenhum critério com falha para %1: todos os critérios foram cumpridos em %n avaliação de qualidade publicada neste período (%2).</numerusform><numerusform>Nenhum critério com falha para %1: todos os critérios foram cumpridos nas %n avaliações de qualidade publicadas neste período (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="181" />
        <source>%n published QA evaluation(s)</source>
        <translation><numerusform>%n avaliação de qualidade publicada</numerusform><numerusform>%n avaliações de qualidade publicadas</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="182" />
        <source>published QA evaluations</source>
        <translation>avaliações de qualidade publicadas</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="184" />
        <source>%1, %2: failed criteria of %3, the most QA points lost first — fix these in this order.</source>
        <translation>%1, %2: critérios com falha de %3, primeiro os que mais tiraram pontos de qualidade — corrija-os nesta ordem.</translation>
    </message>
    <message>
        <location filename="../ui/mistakesview.cpp" line="192" />
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mistakesview.cpp" line="202" />
        <source>&lt;b&gt;Evaluations behind “%1”&lt;/b&gt; — %n failure(s); double-click one to open it</source>
        <translation><numerusform>&lt;b&gt;Avaliações com falha em “%1”&lt;/b&gt; — %n falha; clique duas vezes em uma para abri-la</numerusform><numerusform>&lt;b&gt;Avaliações com falha em “%1”&lt;/b&gt; — %n falhas; clique duas vezes em uma para abri-la</numerusform></translation>
    </message>
</context>
<context>
    <name>huddle::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="16" />
        <source>Loading</source>
        <translation>Carregando</translation>
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
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="49" />
        <source>A note for the colleague: what went well, what to try next time. It appears beside the dashboard chart.</source>
        <translation>Uma nota para o colega: o que foi bem e o que tentar da próxima vez. Ela aparece ao lado do gráfico do painel.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="71" />
        <source>&amp;Note (required):</source>
        <translation>&amp;Nota (obrigatória):</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="96" />
        <source>&lt;b&gt;%1&lt;/b&gt; handled by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; atendida por %2 em %3</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="109" />
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Revisado por:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="110" />
        <source>&amp;Scorecard:</source>
        <translation>&amp;Formulário de avaliação:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="111" />
        <source>Score:</source>
        <translation>Pontuação:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="120" />
        <source>— choose a colleague —</source>
        <translation>— escolha um colega —</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="126" />
        <source>%1 (not an agent)</source>
        <translation>%1 (não é agente)</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="135" />
        <source>Agents do not peer-review their own conversations.</source>
        <translation>Agentes não avaliam as próprias conversas.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="171" />
        <source>Choose who reviewed the conversation.</source>
        <translation>Escolha quem revisou a conversa.</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewdialog.cpp" line="175" />
        <source>Write the note for the colleague.</source>
        <translation>Escreva a nota para o colega.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PeerReviewsView</name>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="26" />
        <source>&amp;Review…</source>
        <translation>&amp;Avaliar…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="27" />
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="29" />
        <source>Peer reviews asked</source>
        <translation>Avaliações por pares pedidas</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="33" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="34" />
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="35" />
        <source>To do and done</source>
        <translation>A fazer e feitas</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="37" />
        <source>Write the selected peer review, as the colleague it was asked of</source>
        <translation>Escrever a avaliação selecionada, como o colega a quem foi pedida</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="39" />
        <source>Take back the selected review; a done one stays as the record</source>
        <translation>Retirar a avaliação selecionada; uma feita permanece como registro</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="56" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="61" />
        <source>Ask for a review from the Conversations page: select a conversation, then QA → Ask for a Peer Review…</source>
        <translation>Peça uma avaliação na página Conversas: selecione uma conversa e depois Qualidade → Pedir uma avaliação por pares…</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="92" />
        <source>Could not load the peer reviews: %1</source>
        <translation>Não foi possível carregar as avaliações por pares: %1</translation>
    </message>
    <message>
        <location filename="../ui/peerreviewsview.cpp" line="102" />
        <source>%1 to do</source>
        <translation>%1 a fazer</translation>
    </message>
</context>
<context>
    <name>huddle::ui::PlanSessionDialog</name>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="96" />
        <source>Plan a coaching session</source>
        <translation>Planejar uma sessão de coaching</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="101" />
        <source>&amp;Plan</source>
        <translation>&amp;Planejar</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="128" />
        <source>Type to search agents</source>
        <translation>Digite para pesquisar agentes</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="131" />
        <source>F&amp;ollow up on</source>
        <translation>Ac&amp;ompanhar em</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="141" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="142" />
        <source>Session &amp;day:</source>
        <translation>&amp;Dia da sessão:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="143" />
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="158" />
        <source>Agenda — proposed from the data; untick what to leave out</source>
        <translation>Pauta — proposta a partir dos dados; desmarque o que deve ficar de fora</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="167" />
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="169" />
        <source>Add &amp;item…</source>
        <translation>Adicionar &amp;item…</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="171" />
        <source>Add a topic of your own to the agenda</source>
        <translation>Adicionar um tópico próprio à pauta</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="184" />
        <source>Focus KPIs — as few as possible (1 to 3)</source>
        <translation>KPIs em foco — o menor número possível (de 1 a 3)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="187" />
        <source>Focus KPIs</source>
        <translation>KPIs em foco</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="218" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="244" />
        <source>Choose an agent to see the proposed agenda.</source>
        <translation>Escolha um agente para ver a pauta proposta.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="252" />
        <source>Could not propose an agenda: %1</source>
        <translation>Não foi possível propor uma pauta: %1</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="259" />
        <source>Nothing in the data calls for attention: add your own items.</source>
        <translation>Nada nos dados exige atenção: adicione seus próprios itens.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="260" />
        <source>From the 28 days before the session day (mistakes: 90 days).</source>
        <translation>Com base nos 28 dias anteriores ao dia da sessão (erros: 90 dias).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="269" />
        <source>Add agenda item</source>
        <translation>Adicionar item à pauta</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="270" />
        <source>Topic:</source>
        <translation>Tópico:</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="277" />
        <source>Added by you</source>
        <translation>Adicionado por você</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="309" />
        <source>Choose at least one focus KPI.</source>
        <translation>Escolha pelo menos um KPI em foco.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="311" />
        <source>Choose at most three focus KPIs: focus on as few as possible (%1 chosen).</source>
        <translation>Escolha no máximo três KPIs em foco: concentre-se no menor número possível (%1 escolhidos).</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="315" />
        <source>AHT is never shown alone: the session's trend chart shows CSAT beside it.</source>
        <translation>O TMA nunca é exibido sozinho: o gráfico de tendência da sessão mostra o CSAT ao lado dele.</translation>
    </message>
    <message>
        <location filename="../ui/plansessiondialog.cpp" line="351" />
        <source>Could not plan the session</source>
        <translation>Não foi possível planejar a sessão</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaActions</name>
    <message>
        <location filename="../ui/qaactions.cpp" line="24" />
        <source>&amp;Evaluate Conversation…</source>
        <translation>&amp;Avaliar conversa…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="25" />
        <source>&amp;Peer Review…</source>
        <translation>Avaliação por &amp;pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="26" />
        <source>&amp;Ask for a Peer Review…</source>
        <translation>&amp;Pedir uma avaliação por pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="27" />
        <source>&amp;Scorecards…</source>
        <translation>&amp;Formulários de avaliação…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="28" />
        <source>QA S&amp;ettings…</source>
        <translation>Configurações de &amp;qualidade…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="29" />
        <source>Your &amp;Name…</source>
        <translation>Seu &amp;nome…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="32" />
        <source>Score the selected conversation on a QA scorecard</source>
        <translation>Pontuar a conversa selecionada em um formulário de avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="33" />
        <source>Evaluate…</source>
        <translation>Avaliar…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="35" />
        <source>A colleague reviews the selected conversation on the peer scorecard</source>
        <translation>Um colega avalia a conversa selecionada com o formulário de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="36" />
        <source>Peer review…</source>
        <translation>Avaliação por pares…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="37" />
        <source>Ask for review…</source>
        <translation>Pedir avaliação…</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="39" />
        <source>Ask a colleague to review the selected conversation; it goes on their to-review list</source>
        <translation>Pedir a um colega que avalie a conversa selecionada; ela entra na lista de pendências dele</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="40" />
        <source>Design scorecards: sections, criteria, weights and auto-fail</source>
        <translation>Criar formulários de avaliação: seções, critérios, pesos e critérios eliminatórios</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="41" />
        <source>The weekly sample size and the dispute windows</source>
        <translation>O tamanho da amostra semanal e os prazos de contestação</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="42" />
        <source>The name written into evaluations, disputes and the audit log</source>
        <translation>O nome registrado nas avaliações, nas contestações e no registro de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="88" />
        <source>Open or create a database first.</source>
        <translation>Abra ou crie um banco de dados primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="101" />
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="110" />
        <source>Evaluate</source>
        <translation>Avaliar</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="113" />
        <source>Select a conversation on the Conversations page first, or evaluate from the QA page's queue.</source>
        <translation>Primeiro selecione uma conversa na página Conversas ou avalie a partir da fila da página Qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="126" />
        <source>Peer review</source>
        <translation>Avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="129" />
        <location filename="../ui/qaactions.cpp" line="147" />
        <source>Select a conversation on the Conversations page first.</source>
        <translation>Primeiro selecione uma conversa na página Conversas.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="144" />
        <source>Ask for a peer review</source>
        <translation>Pedir uma avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="155" />
        <source>%1 is asked for a peer review; it is on the QA page's Peer Reviews tab.</source>
        <translation>Foi pedida uma avaliação por pares a %1; ela está na aba Avaliações por pares da página Qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="164" />
        <source>Scorecards</source>
        <translation>Formulários de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="173" />
        <source>QA settings</source>
        <translation>Configurações de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="177" />
        <source>QA settings saved.</source>
        <translation>Configurações de qualidade salvas.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="186" />
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="187" />
        <source>The name written into the evaluations, disputes and audit entries you make.
Leave it empty to use your login name.</source>
        <translation>O nome registrado nas avaliações, contestações e entradas de auditoria que você fizer.
Deixe em branco para usar seu nome de login.</translation>
    </message>
    <message>
        <location filename="../ui/qaactions.cpp" line="194" />
        <source>Working as %1.</source>
        <translation>Trabalhando como %1.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaPage</name>
    <message>
        <location filename="../ui/qapage.cpp" line="27" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="28" />
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="29" />
        <source>Mistakes</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="30" />
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="31" />
        <source>Disputes</source>
        <translation>Contestações</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="32" />
        <source>Peer Reviews</source>
        <translation>Avaliações por pares</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="33" />
        <source>Conversations waiting for a QA evaluation</source>
        <translation>Conversas aguardando uma avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="34" />
        <source>QA evaluations and peer reviews of the period</source>
        <translation>Avaliações de qualidade e avaliações por pares do período</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="35" />
        <source>Failed criteria by points lost: what to coach first</source>
        <translation>Critérios com falha por pontos perdidos: o que trabalhar primeiro no coaching</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="36" />
        <source>Evaluators scoring the same conversations blind</source>
        <translation>Avaliadores pontuando às cegas as mesmas conversas</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="37" />
        <source>Contested evaluations and their decisions</source>
        <translation>Avaliações contestadas e suas decisões</translation>
    </message>
    <message>
        <location filename="../ui/qapage.cpp" line="38" />
        <source>Peer reviews asked of agents: who still owes one</source>
        <translation>Avaliações por pares pedidas aos agentes: quem ainda deve uma</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QaSettingsDialog</name>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="34" />
        <source>QA settings</source>
        <translation>Configurações de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="36" />
        <source> per agent per week</source>
        <translation> por agente por semana</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="38" />
        <source>How many conversations of each agent the queue's weekly sample picks; evaluated ones count</source>
        <translation>Quantas conversas de cada agente a amostra semanal da fila seleciona; as já avaliadas contam</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="40" />
        <source> days after publishing</source>
        <translation> dias após a publicação</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="41" />
        <source>An evaluation can be disputed this long after it was published; after that its score is final</source>
        <translation>Por quanto tempo após a publicação uma avaliação pode ser contestada; depois disso, a pontuação é definitiva</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="44" />
        <source> days to decide</source>
        <translation> dias para decidir</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="45" />
        <source>The arbitrator's deadline after a dispute is raised; later ones show as overdue</source>
        <translation>Prazo do árbitro após a abertura de uma contestação; as que passarem dele aparecem como vencidas</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="53" />
        <source>&amp;Weekly sample:</source>
        <translation>Amostra &amp;semanal:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="54" />
        <source>Dispute &amp;window:</source>
        <translation>&amp;Prazo de contestação:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="55" />
        <source>&amp;Decision deadline:</source>
        <translation>Prazo de &amp;decisão:</translation>
    </message>
    <message>
        <location filename="../ui/qasettingsdialog.cpp" line="113" />
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QuadrantChart</name>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="62" />
        <source>CSAT against AHT by agent</source>
        <translation>CSAT × TMA por agente</translation>
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
CSAT %4 (n = %5 respostas)
TMA %6 (n = %7 atendidas)
Clique para abrir o agente.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantchart.cpp" line="137" />
        <source>Fewer than 10 responses: read with care.</source>
        <translation>Menos de 10 respostas: interprete com cautela.</translation>
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
        <translation>Nenhum agente tem respostas CSAT e conversas atendidas neste período.</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="272" />
        <source>AHT (m:ss) — faster to the left</source>
        <translation>TMA (m:ss) — mais rápido à esquerda</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="274" />
        <source>Point size: conversations handled · hollow: fewer than 10 CSAT responses · dashed lines: team medians</source>
        <translation>Tamanho do ponto: conversas atendidas · vazado: menos de 10 respostas CSAT · linhas tracejadas: medianas da equipe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quadrantplot.cpp" line="278" />
        <source>%n agent(s) without CSAT or AHT not shown</source>
        <translation><numerusform>%n agente sem CSAT ou TMA não exibido</numerusform><numerusform>%n agentes sem CSAT ou TMA não exibidos</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="286" />
        <source>CSAT % — more satisfied upwards</source>
        <translation>CSAT % — mais satisfeitos para cima</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="297" />
        <source>median AHT %1</source>
        <translation>TMA mediano %1</translation>
    </message>
    <message>
        <location filename="../ui/quadrantplot.cpp" line="303" />
        <source>median CSAT %1</source>
        <translation>CSAT mediano %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::QueueView</name>
    <message>
        <location filename="../ui/queueview.cpp" line="30" />
        <source>&amp;Evaluate…</source>
        <translation>&amp;Avaliar…</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="35" />
        <source>Queue source</source>
        <translation>Origem da fila</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="39" />
        <source>Conversations sampled per agent per week</source>
        <translation>Conversas amostradas por agente por semana</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="40" />
        <source>How many conversations of each agent the weekly sample picks; conversations already evaluated count towards it</source>
        <translation>Quantas conversas de cada agente a amostra semanal seleciona; conversas já avaliadas contam para ela</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="43" />
        <source>Filter by agent, channel or conversation</source>
        <translation>Filtrar por agente, canal ou conversa</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="45" />
        <source>Filter the queue</source>
        <translation>Filtrar a fila</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="47" />
        <source>Open the evaluation form for the selected conversation (Enter)</source>
        <translation>Abrir a janela de avaliação para a conversa selecionada (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="49" />
        <source>Evaluation queue</source>
        <translation>Fila de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="75" />
        <source>Weekly sample</source>
        <translation>Amostra semanal</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="76" />
        <source>A random sample of each agent's conversations, the same every time</source>
        <translation>Uma amostra aleatória das conversas de cada agente, sempre a mesma</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="77" />
        <source>Low CSAT</source>
        <translation>CSAT baixo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="78" />
        <source>A survey answer in the bottom half of its scale</source>
        <translation>Uma resposta de pesquisa na metade inferior da escala</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="79" />
        <source>Long handle time</source>
        <translation>Tempo de atendimento longo</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="80" />
        <source>Handle time above the 90th percentile of the scope</source>
        <translation>Tempo de atendimento acima do percentil 90 da seleção</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="81" />
        <source>A sale was recorded on the conversation</source>
        <translation>Uma venda foi registrada na conversa</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="90" />
        <source>&amp;Source:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="92" />
        <source>Sample &amp;per agent per week:</source>
        <translation>Amostra &amp;por agente por semana:</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="135" />
        <source>Could not save the sample size: %1</source>
        <translation>Não foi possível salvar o tamanho da amostra: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="180" />
        <source>Could not load the queue: %1</source>
        <translation>Não foi possível carregar a fila: %1</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="203" />
        <source>Reading the queue…</source>
        <translation>Lendo a fila…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="214" />
        <source>%n conversation(s) waiting for a QA evaluation</source>
        <translation><numerusform>%n conversa aguardando uma avaliação de qualidade</numerusform><numerusform>%n conversas aguardando uma avaliação de qualidade</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queueview.cpp" line="215" />
        <source>%1 of %n conversation(s) shown</source>
        <translation><numerusform>Exibindo %1 de %n conversa</numerusform><numerusform>Exibindo %1 de %n conversas</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="217" />
        <source> — the newest %1; narrow the period or pick a team to see the rest</source>
        <translation> — as %1 mais recentes; reduza o período ou escolha uma equipe para ver o restante</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="219" />
        <source>. Enter opens the evaluation form.</source>
        <translation>. Enter abre a janela de avaliação.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="226" />
        <source>Nothing waiting: every conversation of this period's weekly sample has a QA evaluation.</source>
        <translation>Nada pendente: todas as conversas da amostra semanal deste período têm uma avaliação de qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="228" />
        <source>Nothing waiting: no conversation of this period with a low survey answer lacks a QA evaluation.</source>
        <translation>Nada pendente: todas as conversas deste período com uma resposta de pesquisa baixa têm uma avaliação de qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="231" />
        <source>Nothing waiting: no conversation of this period with a long handle time lacks a QA evaluation.</source>
        <translation>Nada pendente: todas as conversas deste período com tempo de atendimento longo têm uma avaliação de qualidade.</translation>
    </message>
    <message>
        <location filename="../ui/queueview.cpp" line="236" />
        <source>Nothing waiting: no conversation of this period with a sale lacks a QA evaluation.</source>
        <translation>Nada pendente: todas as conversas deste período com venda têm uma avaliação de qualidade.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::RejectionModel</name>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="57" />
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="59" />
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../ui/rejectionmodel.cpp" line="61" />
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>Últimos 7 dias</translation>
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
        <translation>Equipe</translation>
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
        <translation>Diário</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="65" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="66" />
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="67" />
        <source>Trend granularity</source>
        <translation>Granularidade da tendência</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="73" />
        <source>&amp;Team</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="76" />
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="79" />
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="85" />
        <source>T&amp;rend</source>
        <translation>Tendê&amp;ncia</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="89" />
        <source>Compare agents on the trend chart</source>
        <translation>Comparar agentes no gráfico de tendência</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="91" />
        <source>Draw up to %1 agents side by side on the trend chart</source>
        <translation>Exibir até %1 agentes lado a lado no gráfico de tendência</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="147" />
        <source>All teams</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>Whole team</source>
        <translation>Equipe inteira</translation>
    </message>
    <message>
        <location filename="../ui/scopebar.cpp" line="159" />
        <source>All agents</source>
        <translation>Todos os agentes</translation>
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
</context>
<context>
    <name>huddle::ui::ScorecardDesigner</name>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="38" />
        <source>New scorecard</source>
        <translation>Novo formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Opening</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="39" />
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="52" />
        <location filename="../ui/scorecarddesigner.cpp" line="101" />
        <source>Scorecards</source>
        <translation>Formulários de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="62" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="64" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="109" />
        <source>Show &amp;retired</source>
        <translation>Mostrar desati&amp;vados</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="113" />
        <source>N&amp;ew</source>
        <translation>&amp;Novo</translation>
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
        <translation>Desa&amp;tivar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="129" />
        <source>&lt;b&gt;Scorecards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Formulários de avaliação&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="212" />
        <source>A new scorecard: name it, add sections and criteria, then save.</source>
        <translation>Um novo formulário de avaliação: dê um nome, adicione seções e critérios e depois salve.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Retired: no longer offered for new evaluations.</source>
        <translation>Desativado: não é mais oferecido para novas avaliações.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="232" />
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="239" />
        <location filename="../ui/scorecarddesigner.cpp" line="245" />
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="251" />
        <source>Saved “%1” as version %2.</source>
        <translation>“%1” salvo como versão %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="261" />
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="266" />
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="275" />
        <source>Imported “%1” from %2: save to add it.</source>
        <translation>“%1” importado de %2: salve para adicioná-lo.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="285" />
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="288" />
        <source>Exported “%1” to %2.</source>
        <translation>“%1” exportado para %2.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="294" />
        <source>Import a scorecard</source>
        <translation>Importar um formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="295" />
        <source>Scorecards (*.json);;All files (*)</source>
        <translation>Formulários de avaliação (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Export the scorecard</source>
        <translation>Exportar o formulário de avaliação</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="305" />
        <source>Scorecards (*.json)</source>
        <translation>Formulários de avaliação (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="315" />
        <source>Saves a new scorecard, version 1.</source>
        <translation>Salva um novo formulário de avaliação, versão 1.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="318" />
        <source>Res&amp;tore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../ui/scorecarddesigner.cpp" line="330" />
        <source>Save the changes to “%1” first?</source>
        <translation>Salvar antes as alterações em “%1”?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="50" />
        <source>Sections and criteria</source>
        <translation>Seções e critérios</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="93" />
        <source>Any channel</source>
        <translation>Qualquer canal</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="109" />
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="112" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidade:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="115" />
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="117" />
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="124" />
        <source>Add section</source>
        <translation>Adicionar seção</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="125" />
        <source>Add criterion</source>
        <translation>Adicionar critério</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="126" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="127" />
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="128" />
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="129" />
        <source>After the selected criterion (Insert)</source>
        <translation>Após o critério selecionado (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="130" />
        <source>Remove the selected section or criterion (Delete)</source>
        <translation>Remover a seção ou o critério selecionado (Delete)</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/scorecardeditor.cpp" line="142" />
        <source>Redo</source>
        <translation>Refazer</translation>
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
        <translation>✔ Válido: %1 critérios em %2 seções.</translation>
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
        <translation>&amp;Eliminatório: uma falha leva toda a avaliação a 0 %</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="28" />
        <source>N/A &amp;allowed</source>
        <translation>Permitir N/&amp;A</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="38" />
        <source>Yes / no</source>
        <translation>Sim / não</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="39" />
        <source>Scale 1–5</source>
        <translation>Escala 1–5</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="44" />
        <source>What a good answer looks like; shown beside the criterion while scoring.</source>
        <translation>Como é uma boa resposta; aparece ao lado do critério durante a pontuação.</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="54" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="55" />
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="58" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="61" />
        <source>&amp;Guideline:</source>
        <translation>&amp;Orientação:</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="118" />
        <source>Select a section or a criterion</source>
        <translation>Selecione uma seção ou um critério</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="119" />
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="120" />
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../ui/scorecarditemform.cpp" line="138" />
        <source>%1 of the total</source>
        <translation>%1 do total</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ScorecardView</name>
    <message>
        <location filename="../ui/scorecardview.cpp" line="135" />
        <source>KPI scorecard</source>
        <translation>Quadro de KPIs</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="138" />
        <source>Double-click (or Enter on) a figure to list the conversations behind it, a name to open the agent. Each cell names its band; the colour only repeats it. ▲ better, ▼ worse, = about the same as the previous period of the same length.</source>
        <translation>Clique duas vezes (ou pressione Enter) em um número para listar as conversas por trás dele, ou em um nome para abrir o agente. Cada célula indica sua faixa; a cor apenas a repete. ▲ melhor, ▼ pior, = praticamente igual ao período anterior de mesma duração.</translation>
    </message>
    <message>
        <location filename="../ui/scorecardview.cpp" line="152" />
        <source>KPI scorecard — %1</source>
        <translation>Quadro de KPIs — %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ServerPasswords</name>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="38" />
        <source>there is no password to store</source>
        <translation>não há senha para guardar</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="44" />
        <source>the system keyring did not store the password: %1</source>
        <translation>o chaveiro do sistema não guardou a senha: %1</translation>
    </message>
    <message>
        <location filename="../ui/serverpasswords.cpp" line="71" />
        <source>the system keyring did not remove the password: %1</source>
        <translation>o chaveiro do sistema não removeu a senha: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionAgendaPanel</name>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="52" />
        <source>What was agreed</source>
        <translation>O que foi combinado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="53" />
        <source>What did you agree on? This goes on the agent's summary.</source>
        <translation>O que foi combinado? Isto vai para o resumo do agente.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="56" />
        <source>What was &amp;agreed</source>
        <translation>O que foi &amp;combinado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="83" />
        <location filename="../ui/sessionagendapanel.cpp" line="95" />
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="88" />
        <source>Notes on the selected agenda item</source>
        <translation>Notas sobre o item selecionado da pauta</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="91" />
        <source>&amp;Notes on the selected item</source>
        <translation>&amp;Notas sobre o item selecionado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="92" />
        <source>Add &amp;item…</source>
        <translation>Adicionar &amp;item…</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="93" />
        <source>&amp;Remove item</source>
        <translation>&amp;Remover item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="108" />
        <source>Conversations on the agenda</source>
        <translation>Conversas da pauta</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="110" />
        <source>&amp;Open conversation</source>
        <translation>Abrir con&amp;versa</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="112" />
        <source>Conversations discussed</source>
        <translation>Conversas discutidas</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="168" />
        <source>Select an agenda item to write about it.</source>
        <translation>Selecione um item da pauta para escrever sobre ele.</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="169" />
        <source>What was said about this item</source>
        <translation>O que foi dito sobre este item</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Add agenda item</source>
        <translation>Adicionar item à pauta</translation>
    </message>
    <message>
        <location filename="../ui/sessionagendapanel.cpp" line="185" />
        <source>Topic:</source>
        <translation>Tópico:</translation>
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
        <translation>Situações: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="67" />
        <source>Checked for CSAT impact: %1</source>
        <translation>Impacto no CSAT verificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="68" />
        <source>Not checked for CSAT impact yet</source>
        <translation>Impacto no CSAT ainda não verificado</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="70" />
        <source>Retired from the library</source>
        <translation>Desativada na biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="91" />
        <location filename="../ui/sessionagreementspanel.cpp" line="109" />
        <source>Action items</source>
        <translation>Itens de ação</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="106" />
        <source>Add a&amp;ction</source>
        <translation>Adicionar açã&amp;o</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="107" />
        <source>Remove action</source>
        <translation>Remover ação</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="126" />
        <source>Homework phrases</source>
        <translation>Frases da tarefa</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="131" />
        <source>&amp;Homework — tick the phrases to practise (longer → shorter)</source>
        <translation>&amp;Tarefa — marque as frases a praticar (mais longa → mais curta)</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="140" />
        <source>Agent ac&amp;knowledged on</source>
        <translation>Confirmado pelo a&amp;gente em</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="143" />
        <source>&amp;Follow up on</source>
        <translation>&amp;Acompanhamento em</translation>
    </message>
    <message>
        <location filename="../ui/sessionagreementspanel.cpp" line="228" />
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionDialog</name>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="107" />
        <source>Coaching session[*]</source>
        <translation>Sessão de coaching[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="171" />
        <source>Save the session (Ctrl+S)</source>
        <translation>Salvar a sessão (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>Mark &amp;held</source>
        <translation>&amp;Marcar como realizada</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="173" />
        <source>The session took place; notes can still be written</source>
        <translation>A sessão foi realizada; ainda é possível escrever notas</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="175" />
        <source>C&amp;lose session</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="176" />
        <source>Freeze the agenda and notes; acknowledgement, actions and follow-up can still change</source>
        <translation>Congelar a pauta e as notas; a confirmação, as ações e o acompanhamento ainda podem mudar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Re&amp;open…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="177" />
        <source>Open a closed session again, with a reason</source>
        <translation>Reabrir uma sessão encerrada, informando um motivo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="178" />
        <source>Print the one-page summary for the agent</source>
        <translation>Imprimir o resumo de uma página para o agente</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="179" />
        <source>Save the one-page summary as a PDF</source>
        <translation>Salvar o resumo de uma página como PDF</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="201" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="207" />
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="209" />
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="220" />
        <source>Could not open the session: %1</source>
        <translation>Não foi possível abrir a sessão: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="248" />
        <source>Could not save the session</source>
        <translation>Não foi possível salvar a sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="252" />
        <source>Saved.</source>
        <translation>Salva.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="266" />
        <source>Could not change the session</source>
        <translation>Não foi possível alterar a sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="270" />
        <source>The session is %1 now.</source>
        <translation>A sessão agora está %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="284" />
        <source>Close the session</source>
        <translation>Encerrar a sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="285" />
        <source>Close the session? The agenda, the notes and the homework can no longer change; the acknowledgement, the action items' done state and the follow-up still can.</source>
        <translation>Encerrar a sessão? A pauta, as notas e a tarefa não poderão mais ser alteradas; a confirmação, o status de conclusão dos itens de ação e o acompanhamento ainda poderão.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="296" />
        <source>Reopen the session</source>
        <translation>Reabrir a sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="297" />
        <source>Why does the closed session need to change?</source>
        <translation>Por que a sessão encerrada precisa ser alterada?</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="302" />
        <source>Reopening a closed session needs a reason.</source>
        <translation>É necessário informar um motivo para reabrir uma sessão encerrada.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="323" />
        <source>Print the session summary</source>
        <translation>Imprimir o resumo da sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="335" />
        <source>coaching-%1-%2.pdf</source>
        <translation>coaching-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="339" />
        <source>Export the session summary</source>
        <translation>Exportar o resumo da sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="340" />
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="345" />
        <source>Could not export the summary</source>
        <translation>Não foi possível exportar o resumo</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="348" />
        <source>Summary written to %1.</source>
        <translation>Resumo gravado em %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="358" />
        <source>Coaching session: %1, %2[*]</source>
        <translation>Sessão de coaching: %1, %2[*]</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · focus %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · coach %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · foco %6</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="362" />
        <source>no team</source>
        <translation>sem equipe</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="367" />
        <source>Attendance: %1</source>
        <translation>Assiduidade: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../ui/sessiondialog.cpp" line="388" />
        <source>Save the session before closing?</source>
        <translation>Salvar a sessão antes de fechar?</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SessionEffectPanel</name>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="35" />
        <source>Effect of the session</source>
        <translation>Efeito da sessão</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="50" />
        <source>&amp;Trend</source>
        <translation>&amp;Tendência</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="51" />
        <source>&amp;Effect</source>
        <translation>&amp;Efeito</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="55" />
        <source>Loading the trend…</source>
        <translation>Carregando a tendência…</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="89" />
        <source>Could not read the trend: %1</source>
        <translation>Não foi possível ler a tendência: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="94" />
        <source>Could not measure the effect: %1</source>
        <translation>Não foi possível medir o efeito: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="96" />
        <source>Before: %1 – %2. The after window starts the day after the session.</source>
        <translation>Antes: %1 – %2. O período posterior começa no dia seguinte à sessão.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="100" />
        <source>Before: %1 – %2; after: %3 – %4%5. No result is claimed on fewer than %6 observations.</source>
        <translation>Antes: %1 – %2; depois: %3 – %4%5. Nenhum resultado é declarado com menos de %6 observações.</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="106" />
        <source> (still running)</source>
        <translation> (ainda em andamento)</translation>
    </message>
    <message>
        <location filename="../ui/sessioneffectpanel.cpp" line="120" />
        <source>%1 (beside AHT)</source>
        <translation>%1 (ao lado do TMA)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67" />
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="68" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="88" />
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="90" />
        <source>Filter by menu, action or keys (Ctrl+F)</source>
        <translation>Filtrar por menu, ação ou teclas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="92" />
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="23" />
        <source>Site settings</source>
        <translation>Configurações do site</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="26" />
        <source>e.g. Lakeside Contact Centre</source>
        <translation>p. ex., Central de Atendimento Lakeside</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="38" />
        <source>Site &amp;name:</source>
        <translation>&amp;Nome do site:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="41" />
        <source>Changing the currency converts no amounts: set it before the first bonus month is locked.</source>
        <translation>Alterar a moeda não converte nenhum valor: defina-a antes de fechar o primeiro mês de bônus.</translation>
    </message>
    <message>
        <location filename="../ui/sitesettingsdialog.cpp" line="65" />
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TableExportAction</name>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="53" />
        <source>CSV for spreadsheets and scripts (*.csv)</source>
        <translation>CSV para planilhas e scripts (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="54" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/tableexportaction.cpp" line="58" />
        <location filename="../ui/tableexportaction.cpp" line="68" />
        <source>Export table</source>
        <translation>Exportar tabela</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TargetBands</name>
    <message>
        <location filename="../ui/targetbands.cpp" line="119" />
        <source>CSAT % (target band %1–%2)</source>
        <translation>CSAT % (faixa-meta %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="120" />
        <source>CSAT % (target %1)</source>
        <translation>CSAT % (meta %1)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="126" />
        <source>AHT, m:ss (target band %1–%2)</source>
        <translation>TMA, m:ss (faixa-meta %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/targetbands.cpp" line="128" />
        <source>AHT, m:ss (target %1)</source>
        <translation>TMA, m:ss (meta %1)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TimelineMarkers</name>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="175" />
        <source>QA evaluation</source>
        <translation>Avaliação de qualidade</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="177" />
        <source>Peer-review note</source>
        <translation>Nota de avaliação por pares</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="179" />
        <source>Coaching session</source>
        <translation>Sessão de coaching</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="186" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="192" />
        <source>QA score %1</source>
        <translation>Pontuação de qualidade %1</translation>
    </message>
    <message>
        <location filename="../ui/timelinemarkers.cpp" line="193" />
        <source>Click to open</source>
        <translation>Clique para abrir</translation>
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
        <translation>%1 · TMA</translation>
    </message>
    <message>
        <location filename="../ui/trendlines.cpp" line="44" />
        <location filename="../ui/trendlines.cpp" line="66" />
        <source>AHT</source>
        <translation>TMA</translation>
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
        <translation>intervalo de 95 %: %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="29" />
        <location filename="../ui/trendtext.cpp" line="34" />
        <source>small sample</source>
        <translation>amostra pequena</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="30" />
        <source>AHT %1 (n=%2)</source>
        <translation>TMA %1 (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Handled %1</source>
        <translation>Atendidas %1</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="38" />
        <source>Double-click to open</source>
        <translation>Clique duas vezes para abrir</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="46" />
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="48" />
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="50" />
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="59" />
        <source>No data in this period.</source>
        <translation>Sem dados neste período.</translation>
    </message>
    <message>
        <location filename="../ui/trendtext.cpp" line="66" />
        <source>%1 CSAT and AHT from %2 to %3, %4 of %5 buckets with data.</source>
        <translation>CSAT e TMA (%1) de %2 a %3, %4 de %5 intervalos com dados.</translation>
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
        <location filename="../ui/main.cpp" line="44" />
        <source>QA page tab to show: queue, evaluations, mistakes, calibration, disputes or peer-reviews.</source>
        <translation>Guia da página Qualidade a exibir: queue, evaluations, mistakes, calibration, disputes ou peer-reviews.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="49" />
        <source>Coaching page tab to show: followups, sessions, effect, phrases or attendance.</source>
        <translation>Aba da página Coaching a exibir: followups, sessions, effect, phrases ou attendance.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="54" />
        <source>Open the evaluation with this id in the evaluation form.</source>
        <translation>Abrir a avaliação com este id na janela de avaliação.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="57" />
        <source>Open the scorecard designer.</source>
        <translation>Abrir o editor de formulários de avaliação.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="60" />
        <source>Work as NAME in this run (evaluations, disputes, audit log); the stored name is kept.</source>
        <translation>Trabalhar como NAME nesta execução (avaliações, contestações, registro de auditoria); o nome armazenado é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="175" />
        <source>Contact-centre supervisor console.</source>
        <translation>Console para supervisores de centrais de atendimento.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="179" />
        <source>Open FILE (created and set up if new).</source>
        <translation>Abrir ARQUIVO (criado e configurado se for novo).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="183" />
        <source>Page to start on: dashboard, agents, conversations, qa, coaching, bonus, imports or agent (with --agent).</source>
        <translation>Página inicial: dashboard, agents, conversations, qa, coaching, bonus, imports ou agent (com --agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="188" />
        <source>Month the Bonus page shows (YYYY-MM); default: last month.</source>
        <translation>Mês exibido na página Bônus (YYYY-MM); padrão: o mês passado.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="192" />
        <source>Dashboard view to show: trend, quadrant or scorecard.</source>
        <translation>Visualização do painel a exibir: trend, quadrant ou scorecard.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="195" />
        <source>Trend buckets: day, week or month.</source>
        <translation>Intervalos da tendência: day, week ou month.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="198" />
        <source>Open the KPI plan dialog.</source>
        <translation>Abrir a caixa de diálogo do plano de KPI.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="200" />
        <source>Start with this team selected.</source>
        <translation>Iniciar com esta equipe selecionada.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="204" />
        <source>Start with this agent selected (or shown, with --page agent).</source>
        <translation>Iniciar com este agente selecionado (ou exibido, com --page agent).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="208" />
        <source>Open the import dialog for FILE (CSV, TXT or XLSX).</source>
        <translation>Abrir a janela de importação para ARQUIVO (CSV, TXT ou XLSX).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="211" />
        <source>Database to open, like --db.</source>
        <translation>Banco de dados a abrir, como --db.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="221" />
        <location filename="../ui/main.cpp" line="229" />
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
</context>
</TS>