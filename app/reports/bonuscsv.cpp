#include "bonusexport.h"

#include "bonusreportparts.h"
#include "csvexport.h"

#include "core/month.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace huddle::reports {

namespace {

// Machine-readable: the header is the same in every language.
const QStringList CsvHeader{
    QStringLiteral("month"),  QStringLiteral("team"),        QStringLiteral("agent_id"),
    QStringLiteral("agent"),  QStringLiteral("line_kind"),   QStringLiteral("line_id"),
    QStringLiteral("label"),  QStringLiteral("explanation"), QStringLiteral("inputs"),
    QStringLiteral("amount"), QStringLiteral("currency"),    QStringLiteral("locked")};

// The cells every row of an agent starts with.
QList<TableCell> agentCells(const QString &month, const AgentBonusRow &agent)
{
    return {TableCell::textCell(month), TableCell::textCell(agent.teamName),
            TableCell::numberCell(static_cast<double>(agent.agentId), QString::number(agent.agentId), 0),
            TableCell::textCell(agent.agentName)};
}

QList<TableCell> lineCells(const core::BonusLine &line, const core::MoneyFormat &money)
{
    // QJsonObject keeps its keys sorted, so equal inputs always give equal text.
    const QString inputs = line.inputs.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(line.inputs).toJson(QJsonDocument::Compact));
    return {TableCell::textCell(core::bonusLineKindCode(line.kind)),
            TableCell::textCell(line.id),
            TableCell::textCell(line.label),
            TableCell::textCell(line.explanation),
            TableCell::textCell(inputs),
            TableCell::moneyCell(line.amount, money.format(line.amount))};
}

} // namespace

ExportTable bonusCsvTable(const BonusMonth &month)
{
    ExportTable table;
    table.header = CsvHeader;
    const QString monthText = core::monthCode(month.month);
    const TableCell currency = TableCell::textCell(month.money.currencyCode);
    const TableCell locked =
        TableCell::textCell(bonusMonthLocked(month) ? QStringLiteral("yes") : QStringLiteral("no"));
    for (const AgentBonusRow &agent : month.agents) {
        const QList<TableCell> start = agentCells(monthText, agent);
        // An agent without lines still has a row, so that every agent of the month is in the file.
        if (agent.bonus.lines.isEmpty())
            table.rows.append(
                start + QList<TableCell>{{}, {}, {}, {}, {}, TableCell::moneyCell(0, month.money.format(0))} +
                QList<TableCell>{currency, locked});
        for (const core::BonusLine &line : agent.bonus.lines)
            table.rows.append(start + lineCells(line, month.money) + QList<TableCell>{currency, locked});
    }
    return table;
}

QByteArray bonusCsv(const BonusMonth &month)
{
    return toCsv(bonusCsvTable(month));
}

QString bonusCsvSha256(const BonusMonth &month)
{
    return QString::fromLatin1(QCryptographicHash::hash(bonusCsv(month), QCryptographicHash::Sha256).toHex());
}

} // namespace huddle::reports
