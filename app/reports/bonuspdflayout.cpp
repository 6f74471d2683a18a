#include "bonuspdflayout.h"

#include "core/plural.h"

#include <QFontDatabase>
#include <QPainter>

namespace huddle::reports {

namespace {

const QColor Muted(0x55, 0x5f, 0x66);
const QColor Negative(0x9b, 0x1c, 0x1c);
const QColor AgentBand(0xe8, 0xee, 0xf0);
const QColor AdjustmentBand(0xfd, 0xf3, 0xd8);
const QColor LockedBand(0xe3, 0xf1, 0xe4);
const QColor OpenBand(0xfd, 0xf3, 0xd8);
const QColor RuleColor(0x9a, 0xa5, 0xab);

QFont sized(qreal points, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QString kindLabel(core::BonusLineKind kind)
{
    switch (kind) {
    case core::BonusLineKind::Component:
        return BonusPdf::tr("Component");
    case core::BonusLineKind::Gate:
        return BonusPdf::tr("Gate");
    case core::BonusLineKind::Cap:
        return BonusPdf::tr("Cap");
    case core::BonusLineKind::Adjustment:
        return BonusPdf::tr("Adjustment");
    }
    return {};
}

} // namespace

BonusPdfLayout::BonusPdfLayout(const BonusMonth &month, const BonusExportOptions &options, PdfPageFlow &flow)
    : m_month(month)
    , m_options(options)
    , m_flow(flow)
    , m_csvSha256(bonusCsvSha256(month))
    , m_locale(month.money.locale)
{
    m_style.title = flow.addStyle(sized(18, true));
    m_style.subtitle = flow.addStyle(sized(11), Muted);
    m_style.heading = flow.addStyle(sized(13, true));
    m_style.subheading = flow.addStyle(sized(10, true));
    m_style.body = flow.addStyle(sized(8.5));
    m_style.bold = flow.addStyle(sized(8.5, true));
    m_style.muted = flow.addStyle(sized(8), Muted);
    m_style.italic = flow.addStyle(sized(8, false, true), Muted);
    m_style.header = flow.addStyle(sized(7.5, true), Muted);
    m_style.negative = flow.addStyle(sized(8.5), Negative);
    const qreal width = flow.width();
    m_columns.gap = flow.points(6);
    m_columns.kind = width * 0.10;
    m_columns.label = width * 0.19;
    m_columns.amount = width * 0.12;
    m_columns.explanation = width - m_columns.kind - m_columns.label - m_columns.amount - 3 * m_columns.gap;
}

void BonusPdfLayout::heading(const QString &text)
{
    m_flow.ensure(m_flow.lineHeight(m_style.heading) * 3); // never a heading alone at the foot of a page
    m_flow.paragraph(text, m_style.heading, m_flow.points(4));
}

void BonusPdfLayout::cover()
{
    m_flow.paragraph(BonusPdf::tr("Monthly bonus — %1").arg(bonusMonthTitle(m_month.month, m_locale)),
                     m_style.title, m_flow.points(2));
    if (!m_options.siteName.isEmpty())
        m_flow.paragraph(m_options.siteName, m_style.subtitle);
    m_flow.skip(m_flow.points(12));
    const qreal pad = m_flow.points(5);
    m_flow.row({{pad, m_flow.width() - 2 * pad, bonusLockStatus(m_month, m_locale), m_style.bold}}, pad,
               bonusMonthLocked(m_month) ? LockedBand : OpenBand);
    if (m_month.planOverridden) {
        m_flow.skip(m_flow.points(4));
        m_flow.paragraph(BonusPdf::tr("Computed with a plan given for this run, not the plans stored for the "
                                      "teams."),
                         m_style.italic);
    }
    m_flow.skip(m_flow.points(16));
    heading(BonusPdf::tr("Totals per team"));
    teamTotals();
    m_flow.skip(m_flow.points(14));
    m_flow.paragraph(
        BonusPdf::tr("Each team's section lists every agent's lines with the figures behind them; "
                     "the plans, the KPI definitions and the rounding rule are in the appendix."),
        m_style.muted);
}

void BonusPdfLayout::teamTotals()
{
    const qreal w = m_flow.width();
    const qreal numbers = w * 0.16;
    const qreal name = w - 2 * numbers;
    const auto cells = [&](const QString &team, const QString &agents, const QString &total, int style) {
        return QList<PdfCell>{{0, name, team, style},
                              {name, numbers, agents, style, Qt::AlignRight},
                              {name + numbers, numbers, total, style, Qt::AlignRight}};
    };
    const qreal pad = m_flow.points(2);
    const auto header = [&] {
        m_flow.row(cells(BonusPdf::tr("Team"), BonusPdf::tr("Agents"), BonusPdf::tr("Total"), m_style.header),
                   pad);
        m_flow.rule(RuleColor, m_flow.points(0.5));
    };
    header();
    m_flow.setPageStart(header); // a site of many teams goes on over the page
    for (const BonusTeamSection &team : bonusTeamSections(m_month))
        m_flow.row(cells(bonusTeamLabel(team.teamName), m_locale.toString(team.agents.size()),
                         m_month.money.format(team.total), m_style.body),
                   pad);
    m_flow.rule(RuleColor, m_flow.points(0.5));
    m_flow.setPageStart(nullptr);
    m_flow.row(cells(BonusPdf::tr("Site total"), m_locale.toString(m_month.agents.size()),
                     m_month.money.format(m_month.siteTotal), m_style.bold),
               pad);
}

void BonusPdfLayout::teamHeading(const BonusTeamSection &team, bool continued)
{
    const QString name = bonusTeamLabel(team.teamName);
    if (continued) {
        m_flow.paragraph(BonusPdf::tr("%1 (continued)").arg(name), m_style.subheading, m_flow.points(4));
    } else {
        const QString summary =
            core::translatedPlural("huddle::reports::BonusPdf",
                                   QT_TRANSLATE_N_NOOP("huddle::reports::BonusPdf", "%n agent(s), total %1"),
                                   team.agents.size())
                .arg(m_month.money.format(team.total));
        const qreal half = m_flow.width() / 2;
        m_flow.row(
            {{0, half, name, m_style.heading}, {half, half, summary, m_style.subheading, Qt::AlignRight}});
        m_flow.skip(m_flow.points(6));
    }
    lineHeader();
}

void BonusPdfLayout::lineHeader()
{
    m_flow.row({{m_columns.kind + m_columns.gap, m_columns.label, BonusPdf::tr("Line"), m_style.header},
                {m_columns.kind + m_columns.label + 2 * m_columns.gap, m_columns.explanation,
                 BonusPdf::tr("Explanation"), m_style.header},
                {m_flow.width() - m_columns.amount, m_columns.amount, BonusPdf::tr("Amount"), m_style.header,
                 Qt::AlignRight}},
               m_flow.points(1));
    m_flow.rule(RuleColor, m_flow.points(0.5));
}

void BonusPdfLayout::team(const BonusTeamSection &team)
{
    m_flow.setPageStart(nullptr);
    m_flow.newPage();
    teamHeading(team, false);
    m_flow.setPageStart([this, &team] { teamHeading(team, true); });
    for (const AgentBonusRow *row : team.agents)
        agent(*row);
    m_flow.setPageStart(nullptr);
}

QList<PdfCell> BonusPdfLayout::agentCells(const AgentBonusRow &agent) const
{
    const qreal w = m_flow.width();
    const qreal pad = m_flow.points(3);
    return {
        {pad, w * 0.7, BonusPdf::tr("%1  ·  ID %2").arg(agent.agentName).arg(agent.agentId), m_style.bold},
        {w * 0.7, w * 0.3 - pad, m_month.money.format(agent.bonus.total), m_style.bold, Qt::AlignRight}};
}

QList<PdfCell> BonusPdfLayout::lineCells(const core::BonusLine &line) const
{
    const Columns &c = m_columns;
    const qreal pad = m_flow.points(3);
    return {{pad, c.kind - pad, kindLabel(line.kind), m_style.muted},
            {c.kind + c.gap, c.label, line.label, m_style.body},
            {c.kind + c.label + 2 * c.gap, c.explanation, line.explanation, m_style.body},
            {m_flow.width() - c.amount, c.amount - pad, m_month.money.format(line.amount),
             line.amount < 0 ? m_style.negative : m_style.body, Qt::AlignRight}};
}

void BonusPdfLayout::agent(const AgentBonusRow &agent)
{
    const qreal pad = m_flow.points(1.5);
    const QList<PdfCell> header = agentCells(agent);
    // The agent's name stays with their first line.
    qreal together = m_flow.rowHeight(header) + 4 * pad;
    if (!agent.bonus.lines.isEmpty())
        together += m_flow.rowHeight(lineCells(agent.bonus.lines.first()));
    m_flow.ensure(together);
    m_flow.row(header, pad, AgentBand);
    if (!agent.teamNote.isEmpty())
        m_flow.row({{m_columns.kind + m_columns.gap, m_flow.width() - m_columns.kind, agent.teamNote,
                     m_style.italic}},
                   pad);
    for (const core::BonusLine &line : agent.bonus.lines)
        m_flow.row(lineCells(line), pad,
                   line.kind == core::BonusLineKind::Adjustment ? AdjustmentBand : QColor());
    m_flow.skip(m_flow.points(5));
}

void BonusPdfLayout::footer(QPainter &painter, const QRectF &area, int page, int pageCount) const
{
    const QFont small = sized(7);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(7);
    const qreal line = QFontMetricsF(small, painter.device()).lineSpacing();
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), m_flow.points(0.5)), RuleColor);
    const QString pageText =
        BonusPdf::tr("Page %1 of %2").arg(m_locale.toString(page), m_locale.toString(pageCount));
    const qreal pageWidth = area.width() * 0.2;
    const QRectF first(area.left(), area.top() + m_flow.points(3), area.width() - pageWidth, line);
    painter.setPen(Muted);
    painter.setFont(small);
    const QString status = QFontMetricsF(small, painter.device())
                               .elidedText(bonusLockStatus(m_month, m_locale), Qt::ElideRight, first.width());
    painter.drawText(first, Qt::AlignLeft | Qt::AlignTop, status);
    painter.drawText(QRectF(first.right(), first.top(), pageWidth, line), Qt::AlignRight | Qt::AlignTop,
                     pageText);
    painter.setFont(mono);
    painter.drawText(QRectF(area.left(), first.bottom(), area.width(), line), Qt::AlignLeft | Qt::AlignTop,
                     BonusPdf::tr("CSV SHA-256: %1").arg(m_csvSha256));
}

} // namespace huddle::reports
