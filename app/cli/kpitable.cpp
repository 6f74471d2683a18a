#include "kpitable.h"

#include "reports/csvexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace huddle::cli {

namespace {

// What a row's columns are computed from, once per row.
struct RowFacts {
    const KpiTableRow &row;
    core::KpiValues values;
    core::WeightedScore score;
};

// One output column: its header and how to get its value (invalid QVariant = no data).
struct Column {
    QString name;
    bool numeric; // JSON writes numeric columns as numbers and every other column as text
    std::function<QVariant(const RowFacts &)> value;
};

// The value columns only look at the KPI values.
Column valueColumn(const char *name, bool numeric, std::function<QVariant(const core::KpiValues &)> value)
{
    return {QString::fromLatin1(name), numeric, [value](const RowFacts &f) { return value(f.values); }};
}

QVariant rounded(const std::optional<double> &value, int decimals)
{
    if (!value)
        return {};
    return QString::number(*value, 'f', decimals);
}

Column keyColumn(const char *name, std::function<QString(const KpiTableRow &)> text)
{
    return {QString::fromLatin1(name), false, [text](const RowFacts &f) { return QVariant(text(f.row)); }};
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

// "2026-W10": the ISO 8601 week of the bucket's Monday, whose year can differ from the calendar year.
QString isoWeek(QDate monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QList<Column> keyColumns(KpiRowKey key)
{
    const Column agent = keyColumn("agent", [](const KpiTableRow &r) { return r.group.agentName; });
    const Column team = keyColumn("team", [](const KpiTableRow &r) { return r.group.teamName; });
    const Column from = keyColumn("from", [](const KpiTableRow &r) { return isoDay(r.period.from); });
    const Column to = keyColumn("to", [](const KpiTableRow &r) { return isoDay(r.period.to); });
    switch (key) {
    case KpiRowKey::Agent:
        return {agent, team};
    case KpiRowKey::Team:
        return {team};
    case KpiRowKey::Day:
        return {keyColumn("date", [](const KpiTableRow &r) { return isoDay(r.group.day); })};
    case KpiRowKey::Week:
        return {keyColumn("week", [](const KpiTableRow &r) { return isoWeek(r.group.day); }), from, to};
    case KpiRowKey::Month:
        return {
            keyColumn("month",
                      [](const KpiTableRow &r) { return r.group.day.toString(QStringLiteral("yyyy-MM")); }),
            from, to};
    }
    return {};
}

QList<Column> valueColumns()
{
    return {
        valueColumn("handled", true, [](const core::KpiValues &v) { return QVariant(v.handled); }),
        valueColumn("csat_responses", true, [](const core::KpiValues &v) { return QVariant(v.csatPct.n); }),
        valueColumn("csat_pct", true, [](const core::KpiValues &v) { return rounded(v.csatPct.value, 2); }),
        valueColumn("aht_s", true, [](const core::KpiValues &v) { return rounded(v.ahtSeconds.value, 1); }),
        valueColumn("fcr_pct", true, [](const core::KpiValues &v) { return rounded(v.fcrPct.value, 2); }),
        valueColumn("sales", true, [](const core::KpiValues &v) { return QVariant(v.salesCount); }),
        valueColumn("attendance_pct", true,
                    [](const core::KpiValues &v) { return rounded(v.attendancePct.value, 2); }),
        valueColumn("qa_pct", true, [](const core::KpiValues &v) { return rounded(v.qaPct.value, 2); }),
        valueColumn("offered", true, [](const core::KpiValues &v) { return QVariant(v.offered); }),
        valueColumn("csat_mean", true, [](const core::KpiValues &v) { return rounded(v.csatMean, 3); }),
        valueColumn("aht_basis", false,
                    [](const core::KpiValues &v) {
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
                    }),
        valueColumn("asa_s", true, [](const core::KpiValues &v) { return rounded(v.asaSeconds.value, 1); }),
        valueColumn("service_level_pct", true,
                    [](const core::KpiValues &v) { return rounded(v.serviceLevelPct.value, 2); }),
        valueColumn("abandon_pct", true,
                    [](const core::KpiValues &v) { return rounded(v.abandonPct.value, 2); }),
        valueColumn("nps", true, [](const core::KpiValues &v) { return rounded(v.nps.value, 1); }),
        valueColumn("sales_amount", true,
                    [](const core::KpiValues &v) { return QVariant(reports::decimalCents(v.salesCents)); }),
        valueColumn("attendance_violations", true,
                    [](const core::KpiValues &v) { return QVariant(v.attendanceViolations); }),
        valueColumn("qa_evaluations", true, [](const core::KpiValues &v) { return QVariant(v.qaPct.n); }),
        valueColumn("cph", true, [](const core::KpiValues &v) { return rounded(v.cph.value, 2); }),
    };
}

QString bandCode(core::Band band)
{
    switch (band) {
    case core::Band::FarBelow:
        return QStringLiteral("far_below");
    case core::Band::Below:
        return QStringLiteral("below");
    case core::Band::Met:
        return QStringLiteral("met");
    case core::Band::Exceeded:
        return QStringLiteral("exceeded");
    case core::Band::None:
        break;
    }
    return {};
}

// The weighted KPI score, how much of the plan's weight it stands on, and the band of each weighted KPI
// (empty where the row's plan does not weigh it or it has no data).
QList<Column> scoreColumns(const QList<core::KpiId> &bandKpis)
{
    QList<Column> columns{
        {QStringLiteral("score"), true, [](const RowFacts &f) { return rounded(f.score.score, 1); }},
        {QStringLiteral("score_coverage"), true,
         [](const RowFacts &f) { return QVariant(f.score.weightCovered); }},
    };
    for (const core::KpiId kpi : bandKpis)
        columns.append({QStringLiteral("band_") + core::kpiCode(kpi), false, [kpi](const RowFacts &f) {
                            const core::KpiAssessment &part = f.score.parts[static_cast<int>(kpi)];
                            const QString code = part.weight > 0 ? bandCode(part.band) : QString();
                            return code.isEmpty() ? QVariant() : QVariant(code);
                        }});
    return columns;
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

QList<core::KpiId> weightedKpis(const QList<core::KpiPlan> &plans)
{
    QList<core::KpiId> kpis;
    for (const core::KpiId kpi : core::AllKpis)
        if (std::any_of(plans.begin(), plans.end(),
                        [kpi](const core::KpiPlan &p) { return p.entry(kpi).weight > 0; }))
            kpis.append(kpi);
    return kpis;
}

QString formatKpiTable(const QList<KpiTableRow> &rows, const KpiTableLayout &layout)
{
    const QList<Column> columns = keyColumns(layout.key) + valueColumns() + scoreColumns(layout.bandKpis);
    const auto factsOf = [&layout](const KpiTableRow &row) {
        const core::KpiValues values = core::computeKpis(row.group.totals, layout.definitions);
        return RowFacts{row, values, core::weightedScore(values, row.plan)};
    };
    if (layout.format == KpiFormat::Json) {
        QJsonArray array;
        for (const KpiTableRow &row : rows) {
            const RowFacts facts = factsOf(row);
            QJsonObject object;
            for (const Column &column : columns)
                object.insert(column.name, jsonValue(column, column.value(facts)));
            array.append(object);
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    QStringList lines;
    QStringList header;
    for (const Column &column : columns)
        header.append(column.name);
    lines.append(header.join(QLatin1Char(',')));
    for (const KpiTableRow &row : rows) {
        const RowFacts facts = factsOf(row);
        QStringList fields;
        for (const Column &column : columns)
            fields.append(reports::csvField(column.value(facts).toString()));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace huddle::cli
