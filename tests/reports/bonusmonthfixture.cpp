#include "bonusmonthfixture.h"

#include <QJsonObject>

namespace huddle::testfixture {

namespace {

using core::BonusLine;
using core::BonusLineKind;

BonusLine line(BonusLineKind kind, const QString &id, const QString &label, const QString &explanation,
               const QJsonObject &inputs, core::Cents amount)
{
    BonusLine result;
    result.kind = kind;
    result.id = id;
    result.label = label;
    result.explanation = explanation;
    result.inputs = inputs;
    result.amount = amount;
    return result;
}

reports::AgentBonusRow agent(qint64 id, const QString &name, qint64 teamId, const QString &team,
                             const QList<BonusLine> &lines)
{
    reports::AgentBonusRow row;
    row.agentId = id;
    row.agentName = name;
    row.teamId = teamId;
    row.teamName = team;
    row.bonus.lines = lines;
    for (const BonusLine &l : lines) {
        if (l.kind == BonusLineKind::Component)
            row.bonus.subtotal += l.amount;
        row.bonus.total += l.amount;
    }
    return row;
}

BonusLine perfectCsat(int responses)
{
    return line(BonusLineKind::Component, QStringLiteral("perfect_csat"), QStringLiteral("Perfect CSAT"),
                QStringLiteral("CSAT 100 % on %1 responses → $80.00").arg(responses),
                {{QStringLiteral("responses"), responses}, {QStringLiteral("satisfied"), responses}}, 8000);
}

core::BonusComponent component(const QString &id, const QString &label, core::ComponentKind kind)
{
    core::BonusComponent c;
    c.id = id;
    c.label = label;
    c.kind = kind;
    return c;
}

core::BonusGate gate(const QString &id, const QString &label, core::BonusCondition condition,
                     core::GateEffect effect)
{
    core::BonusGate g;
    g.id = id;
    g.label = label;
    g.condition = condition;
    g.effect = effect;
    return g;
}

} // namespace

core::BonusPlan handMadePlan()
{
    core::BonusPlan plan;
    plan.name = QStringLiteral("Billing 2026");
    core::BonusComponent csat =
        component(QStringLiteral("perfect_csat"), QStringLiteral("Perfect CSAT"), core::ComponentKind::Flat);
    csat.condition = {{core::BonusMetric::PerfectCsat, core::KpiId::Csat}, core::Comparison::AtLeast, 0, 5};
    csat.amount = 8000;
    core::BonusComponent sales =
        component(QStringLiteral("sales"), QStringLiteral("Sales by tier"), core::ComponentKind::PerUnit);
    sales.tierRates = {{QStringLiteral("A"), 800}, {QStringLiteral("B"), 1200}, {QStringLiteral("C"), 2000}};
    core::BonusComponent score =
        component(QStringLiteral("score"), QStringLiteral("Weighted score"), core::ComponentKind::Tiered);
    score.measure = {core::BonusMetric::WeightedScore, core::KpiId::Csat};
    score.bands = {{80, 90, 2500}, {90, std::nullopt, 5000}};
    core::BonusComponent share =
        component(QStringLiteral("share"), QStringLiteral("Sales commission"), core::ComponentKind::Percent);
    share.basisPoints = 250;
    plan.components = {csat, sales, score, share};
    plan.gates = {
        gate(QStringLiteral("ncns"), QStringLiteral("No-call-no-show"),
             {{core::BonusMetric::NoCallNoShows, core::KpiId::Csat}, core::Comparison::AtLeast, 1, 0},
             core::GateEffect::Zero),
        gate(QStringLiteral("qa"), QStringLiteral("QA below 80 %"),
             {{core::BonusMetric::Kpi, core::KpiId::Qa}, core::Comparison::Below, 80, 1},
             core::GateEffect::ReducePercent)};
    plan.gates[1].basisPoints = 5000;
    plan.cap = 50000;
    return plan;
}

reports::BonusMonth smallBonusMonth()
{
    reports::BonusMonth month;
    month.month = QDate(2026, 10, 1);
    month.money.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    month.money.currencyCode = QStringLiteral("USD");
    const QString billing = QStringLiteral("Billing");
    const QString support = QStringLiteral("Support");
    month.agents = {
        agent(11, QStringLiteral("Ana Lima"), 1, billing,
              {perfectCsat(23),
               line(BonusLineKind::Component, QStringLiteral("sales"), QStringLiteral("Sales by tier"),
                    QStringLiteral("14 sales: 9 × tier A $8.00 + 5 × tier C $20.00 = $172.00"),
                    {{QStringLiteral("A"), 9}, {QStringLiteral("C"), 5}}, 17200)}),
        agent(12, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), 1, billing,
              {line(BonusLineKind::Component, QStringLiteral("sales"), QStringLiteral("Sales by tier"),
                    QStringLiteral("1 sale: 1 × tier A $8.00 = $8.00"), {{QStringLiteral("A"), 1}}, 800),
               line(BonusLineKind::Gate, QStringLiteral("ncns"), QStringLiteral("No-call-no-show"),
                    QStringLiteral("1 no-call-no-show on 2026-10-14 → bonus $0.00"),
                    {{QStringLiteral("days"), QStringLiteral("2026-10-14")}}, -800)}),
        agent(21, QStringLiteral("@cmd"), 2, support,
              {perfectCsat(7),
               line(BonusLineKind::Adjustment, QStringLiteral("adjustment:2026-09"),
                    QStringLiteral("Adjustment for September 2026"),
                    QStringLiteral("The data changed after the lock (paid $80.00, now $0.00) → −$80.00"),
                    {{QStringLiteral("paid"), QStringLiteral("80.00")},
                     {QStringLiteral("now"), QStringLiteral("0.00")}},
                    -8000)}),
        agent(22, QStringLiteral("Bo Chen"), 2, support,
              {line(BonusLineKind::Component, QStringLiteral("perfect_csat"), QStringLiteral("Perfect CSAT"),
                    QStringLiteral("CSAT 100 % on 5 responses → $80.00"), {}, 8000)}),
    };
    month.agents[2].teamNote = QStringLiteral("Moved from Billing on 2026-10-15");
    month.teams = {{1, billing, 2, 25200}, {2, support, 2, 8000}};
    month.siteTotal = 33200;
    month.plans = {{1, billing, 3, 2, QDate(2026, 9, 1), handMadePlan()},
                   {2, support, 0, 0, QDate(), handMadePlan()}};
    month.plans[1].plan.name = QStringLiteral("Example");
    return month;
}

reports::BonusMonth largeBonusMonth(int agents)
{
    reports::BonusMonth month;
    month.month = QDate(2026, 10, 1);
    month.money.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    month.money.currencyCode = QStringLiteral("GBP");
    constexpr int Teams = 10;
    for (int t = 1; t <= Teams; ++t)
        month.teams.append({t, QStringLiteral("Team %1").arg(t, 2, 10, QLatin1Char('0')), 0, 0});
    for (int i = 0; i < agents; ++i) {
        const int t = i % Teams + 1;
        const int sales = i % 17;
        const QList<BonusLine> lines{
            perfectCsat(5 + i % 30),
            line(BonusLineKind::Component, QStringLiteral("sales"), QStringLiteral("Sales by tier"),
                 QStringLiteral(
                     "%1 sales: %2 × tier A $8.00 + %3 × tier B $12.00 + %4 × tier C $20.00 = $%5.00")
                     .arg(sales)
                     .arg(sales / 2)
                     .arg(sales / 4)
                     .arg(sales - sales / 2 - sales / 4)
                     .arg(sales / 2 * 8 + sales / 4 * 12 + (sales - sales / 2 - sales / 4) * 20),
                 {}, (sales / 2 * 8 + sales / 4 * 12 + (sales - sales / 2 - sales / 4) * 20) * 100),
            line(BonusLineKind::Component, QStringLiteral("score"), QStringLiteral("Weighted score"),
                 QStringLiteral("Weighted KPI score %1 (attendance 30, CSAT 25, sales 20, QA 15, AHT 10): "
                                "band 80 to under 90 → $25.00")
                     .arg(80 + i % 10),
                 {}, 2500),
            line(BonusLineKind::Gate, QStringLiteral("qa"), QStringLiteral("QA below 80 %"),
                 QStringLiteral("QA average 76.5 % on 4 evaluations: below 80 % → −50 % of the subtotal"), {},
                 i % 5 == 0 ? -4000 : 0),
            line(BonusLineKind::Adjustment, QStringLiteral("adjustment:2026-09"),
                 QStringLiteral("Adjustment for September 2026"),
                 QStringLiteral("The data changed after the lock (paid $0.00, now $12.00) → $12.00"), {},
                 1200)};
        reports::AgentBonusRow row =
            agent(1000 + i, QStringLiteral("Agent %1").arg(i, 4, 10, QLatin1Char('0')), t,
                  month.teams[t - 1].teamName, lines);
        month.teams[t - 1].agents += 1;
        month.teams[t - 1].total += row.bonus.total;
        month.siteTotal += row.bonus.total;
        month.agents.append(row);
    }
    // Report order: by team name, then agent name.
    std::stable_sort(month.agents.begin(), month.agents.end(),
                     [](const auto &a, const auto &b) { return a.teamName < b.teamName; });
    month.plans = {{0, {}, 0, 0, QDate(), handMadePlan()}};
    return month;
}

} // namespace huddle::testfixture
