#include "kpitable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huddle::cli {

namespace {

// One output column: its header and how to get its value (invalid QVariant = no data).
struct Column {
    QString name;
    bool numeric; // JSON writes numeric columns as numbers and every other column as text
    std::function<QVariant(const storage::KpiRow &, const core::KpiValues &)> value;
};

QVariant rounded(const std::optional<double> &value, int decimals)
{
    if (!value)
        return {};
    return QString::number(*value, 'f', decimals);
}

// Integer cents as a decimal amount, exactly: -50 → "-0.50", 123456 → "1234.56".
QString centsText(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QList<Column> keyColumns(storage::KpiGrouping grouping)
{
    using Row = storage::KpiRow;
    using Values = core::KpiValues;
    const Column date{QStringLiteral("date"), false,
                      [](const Row &r, const Values &) { return QVariant(r.day.toString(Qt::ISODate)); }};
    const Column agent{QStringLiteral("agent"), false,
                       [](const Row &r, const Values &) { return QVariant(r.agentName); }};
    const Column team{QStringLiteral("team"), false,
                      [](const Row &r, const Values &) { return QVariant(r.teamName); }};
    switch (grouping) {
    case storage::KpiGrouping::Agent:
        return {agent, team};
    case storage::KpiGrouping::Team:
        return {team};
    case storage::KpiGrouping::Day:
        return {date};
    case storage::KpiGrouping::All:
        break;
    }
    return {};
}

QList<Column> valueColumns()
{
    using Row = storage::KpiRow;
    using Values = core::KpiValues;
    return {
        {QStringLiteral("handled"), true, [](const Row &, const Values &v) { return QVariant(v.handled); }},
        {QStringLiteral("csat_responses"), true,
         [](const Row &, const Values &v) { return QVariant(v.csatPct.n); }},
        {QStringLiteral("csat_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.csatPct.value, 2); }},
        {QStringLiteral("aht_s"), true,
         [](const Row &, const Values &v) { return rounded(v.ahtSeconds.value, 1); }},
        {QStringLiteral("fcr_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.fcrPct.value, 2); }},
        {QStringLiteral("sales"), true, [](const Row &, const Values &v) { return QVariant(v.salesCount); }},
        {QStringLiteral("attendance_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.attendancePct.value, 2); }},
        {QStringLiteral("qa_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.qaPct.value, 2); }},
        {QStringLiteral("offered"), true, [](const Row &, const Values &v) { return QVariant(v.offered); }},
        {QStringLiteral("csat_mean"), true,
         [](const Row &, const Values &v) { return rounded(v.csatMean, 3); }},
        {QStringLiteral("aht_basis"), false,
         [](const Row &, const Values &v) {
             switch (v.ahtBasis) {
             case core::HandleBasis::None:
                 return QVariant();
             case core::HandleBasis::TalkOnly:
                 return QVariant(QStringLiteral("talk_only"));
             case core::HandleBasis::PartlyTalkOnly:
                 return QVariant(QStringLiteral("partly_talk_only"));
             case core::HandleBasis::Total:
             case core::HandleBasis::Components:
                 break;
             }
             return QVariant(QStringLiteral("handle"));
         }},
        {QStringLiteral("asa_s"), true,
         [](const Row &, const Values &v) { return rounded(v.asaSeconds.value, 1); }},
        {QStringLiteral("service_level_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.serviceLevelPct.value, 2); }},
        {QStringLiteral("abandon_pct"), true,
         [](const Row &, const Values &v) { return rounded(v.abandonPct.value, 2); }},
        {QStringLiteral("nps"), true, [](const Row &, const Values &v) { return rounded(v.nps.value, 1); }},
        {QStringLiteral("sales_amount"), true,
         [](const Row &, const Values &v) { return QVariant(centsText(v.salesCents)); }},
        {QStringLiteral("attendance_violations"), true,
         [](const Row &, const Values &v) { return QVariant(v.attendanceViolations); }},
        {QStringLiteral("qa_evaluations"), true,
         [](const Row &, const Values &v) { return QVariant(v.qaPct.n); }},
    };
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonValue jsonValue(const Column &column, const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (column.numeric)
        return value.toDouble();
    return value.toString();
}

} // namespace

QString formatKpiTable(const QList<storage::KpiRow> &rows, storage::KpiGrouping grouping, KpiFormat format,
                       const core::KpiDefinitions &definitions)
{
    const QList<Column> columns = keyColumns(grouping) + valueColumns();
    if (format == KpiFormat::Json) {
        QJsonArray array;
        for (const storage::KpiRow &row : rows) {
            const core::KpiValues values = core::computeKpis(row.totals, definitions);
            QJsonObject object;
            for (const Column &column : columns)
                object.insert(column.name, jsonValue(column, column.value(row, values)));
            array.append(object);
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    QStringList lines;
    QStringList header;
    for (const Column &column : columns)
        header.append(column.name);
    lines.append(header.join(QLatin1Char(',')));
    for (const storage::KpiRow &row : rows) {
        const core::KpiValues values = core::computeKpis(row.totals, definitions);
        QStringList fields;
        for (const Column &column : columns)
            fields.append(csvField(column.value(row, values).toString()));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace huddle::cli
