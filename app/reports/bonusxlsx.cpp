#include "bonusexport.h"

#include "bonusreportparts.h"
#include "xlsxexport.h"

#include "core/month.h"

namespace huddle::reports {

// The translation context of the workbook's own words (the lock status and team names are the PDF's).
class BonusXlsx {
    Q_DECLARE_TR_FUNCTIONS(huddle::reports::BonusXlsx)
};

using core::Status;

namespace {

TableCell text(const QString &value)
{
    return TableCell::textCell(value);
}

TableCell money(core::Cents cents, const core::MoneyFormat &format)
{
    return TableCell::moneyCell(cents, format.format(cents));
}

TableCell count(qsizetype n)
{
    return TableCell::numberCell(static_cast<double>(n), QString::number(n), 0);
}

// Who locked the month, when and why, one fact a row so that each can be read on its own.
QList<QList<TableCell>> lockRows(const BonusMonth &month)
{
    if (!bonusMonthLocked(month))
        return {{text(BonusXlsx::tr("Status")), text(bonusLockStatus(month, month.money.locale))}};
    const storage::BonusLock &lock = *month.lock;
    return {{text(BonusXlsx::tr("Status")), text(BonusXlsx::tr("Locked"))},
            {text(BonusXlsx::tr("Locked by")), text(lock.lockedBy)},
            {text(BonusXlsx::tr("Locked at (UTC)")),
             text(lock.lockedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))},
            {text(BonusXlsx::tr("Reason")), text(lock.reason)}};
}

ExportTable summaryTable(const BonusMonth &month, const QList<BonusTeamSection> &teams)
{
    ExportTable table;
    table.header = {BonusXlsx::tr("Item"), BonusXlsx::tr("Value"), BonusXlsx::tr("Agents"),
                    BonusXlsx::tr("Amount")};
    table.rows.append({text(BonusXlsx::tr("Month")), text(core::monthCode(month.month))});
    table.rows.append(lockRows(month));
    if (month.planOverridden)
        table.rows.append(
            {text(BonusXlsx::tr("Plan")),
             text(BonusXlsx::tr("Computed with a plan given for this run, not the stored plans"))});
    table.rows.append({text(BonusXlsx::tr("Rounding")), text(core::bonusRoundingRule())});
    table.rows.append({text(BonusXlsx::tr("CSV SHA-256")), text(bonusCsvSha256(month))});
    table.rows.append({text(BonusXlsx::tr("Currency")), text(month.money.currencyCode)});
    for (const BonusTeamSection &team : teams)
        table.rows.append({text(BonusXlsx::tr("Team")), text(bonusTeamLabel(team.teamName)),
                           count(team.agents.size()), money(team.total, month.money)});
    table.rows.append({text(BonusXlsx::tr("Site total")),
                       {},
                       count(month.agents.size()),
                       money(month.siteTotal, month.money)});
    return table;
}

// One row per line, like the CSV, so that the sheet's amounts of an agent sum to their total.
ExportTable teamTable(const BonusTeamSection &team, const core::MoneyFormat &format)
{
    ExportTable table;
    table.header = {BonusXlsx::tr("Agent"), BonusXlsx::tr("Agent ID"),    BonusXlsx::tr("Line kind"),
                    BonusXlsx::tr("Line"),  BonusXlsx::tr("Explanation"), BonusXlsx::tr("Amount")};
    for (const AgentBonusRow *agent : team.agents) {
        const QList<TableCell> start{text(agent->agentName), count(agent->agentId)};
        if (agent->bonus.lines.isEmpty())
            table.rows.append(start + QList<TableCell>{{}, {}, {}, money(0, format)});
        for (const core::BonusLine &line : agent->bonus.lines)
            table.rows.append(start + QList<TableCell>{text(core::bonusLineKindCode(line.kind)),
                                                       text(line.label), text(line.explanation),
                                                       money(line.amount, format)});
    }
    return table;
}

// The currency text around the digits as the month's money format writes an amount ("$" before, " €" after).
QString currencyFormat(const core::MoneyFormat &format)
{
    const QString shown = format.format(100);
    const QString digits = format.locale.toString(1.0, 'f', 2);
    const qsizetype at = shown.indexOf(digits);
    if (at < 0) // digits of another script: the symbol before the amount
        return xlsxCurrencyFormat(format.symbol(), {});
    return xlsxCurrencyFormat(shown.left(at), shown.mid(at + digits.size()));
}

} // namespace

Status writeBonusXlsx(const BonusMonth &month, const QString &path, const BonusExportOptions &options)
{
    const QList<BonusTeamSection> teams = bonusTeamSections(month);
    QList<XlsxSheet> sheets{{BonusXlsx::tr("Summary"), summaryTable(month, teams), false}};
    for (const BonusTeamSection &team : teams)
        sheets.append({bonusTeamLabel(team.teamName), teamTable(team, month.money)});
    XlsxWorkbookOptions workbook;
    workbook.title = BonusXlsx::tr("Monthly bonus %1").arg(bonusMonthTitle(month.month, month.money.locale));
    workbook.created = options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc();
    workbook.moneyFormat = currencyFormat(month.money);
    return writeXlsxWorkbook(sheets, path, workbook);
}

} // namespace huddle::reports
