// KpiPlan's JSON form: what the database stores and what a site exports to another. Keys are stable
// (KPI codes, snake_case fields), and reading is strict: every KPI must be present and every field known,
// so a typo in a hand-edited plan is reported rather than silently replaced by a default. A future KPI
// therefore comes with a new "version" and a migration of the stored plans.
#include "kpiplan.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace huddle::core {

namespace {

constexpr int jsonVersion = 1;
const QStringList thresholdKeys{QStringLiteral("below"), QStringLiteral("met"), QStringLiteral("exceeded")};
const QStringList bandKeys{QStringLiteral("far_below"), QStringLiteral("below"), QStringLiteral("met"),
                           QStringLiteral("exceeded")};

QString keyList(const QStringList &keys)
{
    return keys.join(QStringLiteral(", "));
}

// The number at `key` of `object`, or why there is none. `whole`: it must be an integer.
Result<double> numberAt(const QJsonObject &object, const QString &key, const QString &path, bool whole)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return Error{tr("%1.%2: missing").arg(path, key), {}};
    if (!value.isDouble())
        return Error{tr("%1.%2: not a number").arg(path, key), {}};
    const double number = value.toDouble();
    if (whole && (std::floor(number) != number || std::abs(number) > 1e9))
        return Error{tr("%1.%2: must be a whole number, got %3").arg(path, key).arg(number), {}};
    return number;
}

std::optional<Error> unknownKey(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("%1: unknown field '%2' (expected %3)").arg(path, it.key(), keyList(known)), {}};
    return std::nullopt;
}

std::optional<Error> readEntry(const QJsonValue &value, const QString &path, KpiPlanEntry &entry)
{
    if (!value.isObject())
        return Error{value.isUndefined() ? tr("%1: missing").arg(path) : tr("%1: not an object").arg(path),
                     {}};
    const QJsonObject object = value.toObject();
    if (auto error = unknownKey(object, QStringList{QStringLiteral("weight")} + thresholdKeys, path))
        return error;
    const auto weight = numberAt(object, QStringLiteral("weight"), path, true);
    if (!weight)
        return weight.error();
    entry.weight = static_cast<int>(weight.value());
    double *edges[] = {&entry.thresholds.below, &entry.thresholds.met, &entry.thresholds.exceeded};
    for (int i = 0; i < 3; ++i) {
        const auto edge = numberAt(object, thresholdKeys[i], path, false);
        if (!edge)
            return edge.error();
        *edges[i] = edge.value();
    }
    return std::nullopt;
}

std::optional<Error> readKpis(const QJsonValue &value, KpiPlan &plan)
{
    const QString path = QStringLiteral("kpis");
    if (!value.isObject())
        return Error{tr("kpis: missing or not an object"), {}};
    const QJsonObject kpis = value.toObject();
    for (auto it = kpis.begin(); it != kpis.end(); ++it)
        if (!kpiFromCode(it.key())) {
            QStringList codes;
            for (KpiId kpi : AllKpis)
                codes << kpiCode(kpi);
            return Error{tr("kpis: unknown KPI '%1' (expected %2)").arg(it.key(), keyList(codes)), {}};
        }
    for (KpiId kpi : AllKpis)
        if (auto error =
                readEntry(kpis.value(kpiCode(kpi)), path + QLatin1Char('.') + kpiCode(kpi), plan.entry(kpi)))
            return error;
    return std::nullopt;
}

std::optional<Error> readBandPoints(const QJsonValue &value, KpiPlan &plan)
{
    const QString path = QStringLiteral("band_points");
    if (!value.isObject())
        return Error{tr("band_points: missing or not an object"), {}};
    const QJsonObject object = value.toObject();
    if (auto error = unknownKey(object, bandKeys, path))
        return error;
    for (qsizetype i = 0; i < bandKeys.size(); ++i) {
        const auto points = numberAt(object, bandKeys[i], path, true);
        if (!points)
            return points.error();
        plan.bandPoints[static_cast<std::size_t>(i)] = static_cast<int>(points.value());
    }
    return std::nullopt;
}

} // namespace

QByteArray KpiPlan::toJson() const
{
    QJsonObject kpis;
    for (KpiId kpi : AllKpis) {
        const KpiPlanEntry &e = entry(kpi);
        kpis.insert(kpiCode(kpi), QJsonObject{{QStringLiteral("weight"), e.weight},
                                              {thresholdKeys[0], e.thresholds.below},
                                              {thresholdKeys[1], e.thresholds.met},
                                              {thresholdKeys[2], e.thresholds.exceeded}});
    }
    QJsonObject points;
    for (qsizetype i = 0; i < bandKeys.size(); ++i)
        points.insert(bandKeys[i], bandPoints[static_cast<std::size_t>(i)]);
    const QJsonObject root{{QStringLiteral("version"), jsonVersion},
                           {QStringLiteral("kpis"), kpis},
                           {QStringLiteral("band_points"), points}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KpiPlan> KpiPlan::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset), {}};
    if (!document.isObject())
        return Error{tr("a KPI plan is a JSON object"), {}};
    const QJsonObject root = document.object();
    if (auto error = unknownKey(
            root, {QStringLiteral("version"), QStringLiteral("kpis"), QStringLiteral("band_points")},
            QStringLiteral("plan")))
        return *error;
    const auto version = numberAt(root, QStringLiteral("version"), QStringLiteral("plan"), true);
    if (!version)
        return version.error();
    if (version.value() != jsonVersion)
        return Error{tr("plan.version: %1 is not a version this Huddle reads (%2)")
                         .arg(version.value())
                         .arg(jsonVersion),
                     {}};
    KpiPlan plan;
    if (auto error = readKpis(root.value(QStringLiteral("kpis")), plan))
        return *error;
    if (auto error = readBandPoints(root.value(QStringLiteral("band_points")), plan))
        return *error;
    if (auto status = plan.validate(); !status)
        return status.error();
    return plan;
}

} // namespace huddle::core
