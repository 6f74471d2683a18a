// The appendix of the bonus PDF: the plans the month was computed with, the KPI definitions in force and
// the rounding rule, so that every amount can be checked against the rule behind it.
#include "bonuspdflayout.h"
#include "bonusplanwording.h"

namespace huddle::reports {

namespace {

// Teams that share a plan version share one description.
struct PlanGroup {
    const BonusPlanUsed *plan;
    QStringList scopes;
};

bool samePlan(const BonusPlanUsed &a, const BonusPlanUsed &b)
{
    return a.planId == b.planId && a.version == b.version && a.validFrom == b.validFrom && a.plan == b.plan;
}

QList<PlanGroup> planGroups(const QList<BonusPlanUsed> &plans)
{
    QList<PlanGroup> groups;
    for (const BonusPlanUsed &used : plans) {
        const QString scope = used.teamId == 0 && used.teamName.isEmpty() ? BonusPdf::tr("Site")
                                                                          : bonusTeamLabel(used.teamName);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const PlanGroup &group) { return samePlan(*group.plan, used); });
        if (it == groups.end())
            groups.append({&used, {scope}});
        else
            it->scopes.append(scope);
    }
    return groups;
}

} // namespace

void BonusPdfLayout::bullet(const QString &text)
{
    const qreal indent = m_flow.points(12);
    m_flow.row({{m_flow.points(3), indent, QStringLiteral("•"), m_style.body},
                {indent, m_flow.width() - indent, text, m_style.body}},
               m_flow.points(1));
}

void BonusPdfLayout::plans()
{
    const core::MoneyFormat &money = m_month.money;
    if (m_month.planOverridden)
        m_flow.paragraph(BonusPdf::tr("This month was computed with a plan given for the run, not with the "
                                      "plans stored for the teams."),
                         m_style.italic, m_flow.points(4));
    for (const PlanGroup &group : planGroups(m_month.plans)) {
        const core::BonusPlan &plan = group.plan->plan;
        m_flow.ensure(m_flow.lineHeight(m_style.subheading) * 4);
        m_flow.paragraph(bonusPlanHeading(*group.plan, group.scopes.join(BonusPdf::tr(", ")), m_locale),
                         m_style.subheading, m_flow.points(2));
        const auto list = [&](const QString &title) {
            m_flow.skip(m_flow.points(2));
            m_flow.paragraph(title, m_style.bold);
        };
        list(BonusPdf::tr("Components"));
        for (const core::BonusComponent &component : plan.components)
            bullet(bonusComponentText(component, money, m_month.definitions));
        list(plan.gates.isEmpty() ? BonusPdf::tr("No gates") : BonusPdf::tr("Gates"));
        for (const core::BonusGate &gate : plan.gates)
            bullet(bonusGateText(gate, money, m_month.definitions));
        list(BonusPdf::tr("Cap and score weights"));
        for (const QString &limit : bonusPlanLimits(plan, money))
            bullet(limit);
        m_flow.skip(m_flow.points(8));
    }
}

void BonusPdfLayout::appendix()
{
    m_flow.newPage();
    heading(BonusPdf::tr("Appendix: plans and definitions"));
    plans();
    heading(BonusPdf::tr("KPI definitions in force"));
    for (const QString &definition : bonusDefinitionTexts(m_month.definitions, m_locale))
        bullet(definition);
    m_flow.skip(m_flow.points(8));
    heading(BonusPdf::tr("Rounding"));
    m_flow.paragraph(core::bonusRoundingRule(), m_style.body, m_flow.points(8));
    heading(BonusPdf::tr("CSV export"));
    m_flow.paragraph(
        BonusPdf::tr("The CSV export of this month has one row per agent and line; its SHA-256 is "
                     "%1. The same data and plans always give the same file, so a copy can be "
                     "checked against this report.")
            .arg(m_csvSha256),
        m_style.body);
}

} // namespace huddle::reports
