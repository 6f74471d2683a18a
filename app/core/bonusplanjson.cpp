// BonusPlan's JSON form: what the database stores and what a site exports and imports. Money is written as
// decimal strings ("80.00") and percentages as percent strings ("2.5") so no amount passes through a
// binary floating-point number. Reading is strict: unknown keys are errors naming them, so a typo in a
// hand-edited plan is reported rather than silently dropping a rule.
#include "bonusplan.h"
#include "bonusplanjsonreader.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huddle::core {

namespace {

constexpr int jsonVersion = 1;

// ---- writing ---------------------------------------------------------------------------------------

QJsonObject conditionJson(const BonusCondition &condition)
{
    return {{QStringLiteral("measure"), bonusMeasureCode(condition.measure)},
            {QStringLiteral("comparison"), comparisonCode(condition.comparison)},
            {QStringLiteral("value"), condition.value},
            {QStringLiteral("min_sample"), condition.minSample}};
}

QJsonArray tierRatesJson(const QList<TierRate> &rates)
{
    QJsonArray array;
    for (const TierRate &rate : rates)
        array.append(QJsonObject{{QStringLiteral("tier"), rate.tier},
                                 {QStringLiteral("amount"), centsText(rate.cents)}});
    return array;
}

QJsonArray bandsJson(const QList<KpiBandAmount> &bands)
{
    QJsonArray array;
    for (const KpiBandAmount &band : bands) {
        QJsonObject object{{QStringLiteral("from"), band.from},
                           {QStringLiteral("amount"), centsText(band.cents)}};
        if (band.to)
            object.insert(QStringLiteral("to"), *band.to);
        array.append(object);
    }
    return array;
}

QJsonObject componentJson(const BonusComponent &component)
{
    QJsonObject object{{QStringLiteral("id"), component.id},
                       {QStringLiteral("label"), component.label},
                       {QStringLiteral("kind"), componentKindCode(component.kind)}};
    switch (component.kind) {
    case ComponentKind::Flat:
        object.insert(QStringLiteral("condition"), conditionJson(component.condition));
        object.insert(QStringLiteral("amount"), centsText(component.amount));
        break;
    case ComponentKind::PerUnit:
        object.insert(QStringLiteral("tier_rates"), tierRatesJson(component.tierRates));
        object.insert(QStringLiteral("other_tier_amount"), centsText(component.otherTierCents));
        break;
    case ComponentKind::Tiered:
        object.insert(QStringLiteral("measure"), bonusMeasureCode(component.measure));
        object.insert(QStringLiteral("min_sample"), component.measureMinSample);
        object.insert(QStringLiteral("bands"), bandsJson(component.bands));
        break;
    case ComponentKind::Percent:
        object.insert(QStringLiteral("base"), percentBaseCode(component.base));
        object.insert(QStringLiteral("percent"), basisPointsText(component.basisPoints));
        break;
    }
    return object;
}

QJsonObject gateJson(const BonusGate &gate)
{
    QJsonObject object{{QStringLiteral("id"), gate.id},
                       {QStringLiteral("label"), gate.label},
                       {QStringLiteral("condition"), conditionJson(gate.condition)},
                       {QStringLiteral("effect"), gateEffectCode(gate.effect)}};
    if (gate.effect == GateEffect::ReducePercent)
        object.insert(QStringLiteral("percent"), basisPointsText(gate.basisPoints));
    if (gate.effect == GateEffect::ReduceAmount)
        object.insert(QStringLiteral("amount"), centsText(gate.amount));
    return object;
}

// ---- reading ---------------------------------------------------------------------------------------

BonusCondition readCondition(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    reader.onlyKnown(object,
                     {QStringLiteral("measure"), QStringLiteral("comparison"), QStringLiteral("value"),
                      QStringLiteral("min_sample")},
                     path);
    BonusCondition condition;
    condition.measure = reader.measure(object, QStringLiteral("measure"), path);
    condition.minSample = reader.wholeNumber(object, QStringLiteral("min_sample"), path, 0);
    // perfect_csat has no comparison of its own: "every response satisfied".
    const bool perfect = condition.measure.metric == BonusMetric::PerfectCsat;
    if (!perfect || object.contains(QStringLiteral("comparison")))
        condition.comparison =
            reader.code(object, QStringLiteral("comparison"), path, &comparisonFromCode, "comparison");
    if (!perfect || object.contains(QStringLiteral("value")))
        condition.value = reader.number(reader.required(object, QStringLiteral("value"), path),
                                        path + QStringLiteral(".value"));
    return condition;
}

TierRate readTierRate(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    reader.onlyKnown(object, {QStringLiteral("tier"), QStringLiteral("amount")}, path);
    TierRate rate;
    rate.tier = reader.text(object, QStringLiteral("tier"), path);
    rate.cents = reader.money(reader.required(object, QStringLiteral("amount"), path),
                              path + QStringLiteral(".amount"));
    return rate;
}

KpiBandAmount readBand(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    reader.onlyKnown(object, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("amount")}, path);
    KpiBandAmount band;
    band.from =
        reader.number(reader.required(object, QStringLiteral("from"), path), path + QStringLiteral(".from"));
    const QJsonValue to = object.value(QStringLiteral("to"));
    if (!to.isUndefined() && !to.isNull()) // absent or null: no upper end
        band.to = reader.number(to, path + QStringLiteral(".to"));
    band.cents = reader.money(reader.required(object, QStringLiteral("amount"), path),
                              path + QStringLiteral(".amount"));
    return band;
}

QStringList componentKeys(ComponentKind kind)
{
    QStringList keys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind")};
    switch (kind) {
    case ComponentKind::Flat:
        return keys << QStringLiteral("condition") << QStringLiteral("amount");
    case ComponentKind::PerUnit:
        return keys << QStringLiteral("tier_rates") << QStringLiteral("other_tier_amount");
    case ComponentKind::Tiered:
        return keys << QStringLiteral("measure") << QStringLiteral("min_sample") << QStringLiteral("bands");
    case ComponentKind::Percent:
        return keys << QStringLiteral("base") << QStringLiteral("percent");
    }
    return keys;
}

void readKindFields(PlanReader &reader, const QJsonObject &object, const QString &path, BonusComponent &c)
{
    const auto at = [&](const char *key) { return reader.required(object, QLatin1String(key), path); };
    const auto field = [&](const char *key) { return path + QLatin1Char('.') + QLatin1String(key); };
    switch (c.kind) {
    case ComponentKind::Flat:
        c.condition = readCondition(reader, at("condition"), field("condition"));
        c.amount = reader.money(at("amount"), field("amount"));
        break;
    case ComponentKind::PerUnit:
        c.tierRates = reader.list<TierRate>(at("tier_rates"), field("tier_rates"),
                                            [&](auto v, auto p) { return readTierRate(reader, v, p); });
        if (object.contains(QStringLiteral("other_tier_amount")))
            c.otherTierCents = reader.money(at("other_tier_amount"), field("other_tier_amount"));
        break;
    case ComponentKind::Tiered:
        c.measure = reader.measure(object, QStringLiteral("measure"), path);
        c.measureMinSample = reader.wholeNumber(object, QStringLiteral("min_sample"), path, 0);
        c.bands = reader.list<KpiBandAmount>(at("bands"), field("bands"),
                                             [&](auto v, auto p) { return readBand(reader, v, p); });
        break;
    case ComponentKind::Percent:
        c.base = reader.code(object, QStringLiteral("base"), path, &percentBaseFromCode, "base");
        c.basisPoints = reader.percent(at("percent"), field("percent"));
        break;
    }
}

BonusComponent readComponent(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    BonusComponent component;
    component.id = reader.text(object, QStringLiteral("id"), path);
    component.label = reader.text(object, QStringLiteral("label"), path);
    component.kind = reader.code(object, QStringLiteral("kind"), path, &componentKindFromCode, "kind");
    if (reader.error)
        return component;
    reader.onlyKnown(object, componentKeys(component.kind), path);
    readKindFields(reader, object, path, component);
    return component;
}

BonusGate readGate(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    const QJsonObject object = reader.object(value, path);
    BonusGate gate;
    gate.id = reader.text(object, QStringLiteral("id"), path);
    gate.label = reader.text(object, QStringLiteral("label"), path);
    gate.condition = readCondition(reader, reader.required(object, QStringLiteral("condition"), path),
                                   path + QStringLiteral(".condition"));
    gate.effect = reader.code(object, QStringLiteral("effect"), path, &gateEffectFromCode, "effect");
    QStringList keys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("condition"),
                     QStringLiteral("effect")};
    if (gate.effect == GateEffect::ReducePercent) {
        keys << QStringLiteral("percent");
        gate.basisPoints = reader.percent(reader.required(object, QStringLiteral("percent"), path),
                                          path + QStringLiteral(".percent"));
    }
    if (gate.effect == GateEffect::ReduceAmount) {
        keys << QStringLiteral("amount");
        gate.amount = reader.money(reader.required(object, QStringLiteral("amount"), path),
                                   path + QStringLiteral(".amount"));
    }
    reader.onlyKnown(object, keys, path);
    return gate;
}

QMap<KpiId, int> readWeights(PlanReader &reader, const QJsonValue &value)
{
    QMap<KpiId, int> weights;
    const QString path = QStringLiteral("score_weights");
    const QJsonObject object = reader.object(value, path);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto kpi = kpiFromCode(it.key());
        if (!kpi) {
            reader.fail(tr("score_weights: unknown KPI \"%1\"").arg(it.key()));
            continue;
        }
        weights.insert(*kpi, reader.wholeNumber(object, it.key(), path, 0));
    }
    return weights;
}

void readPlan(PlanReader &reader, const QJsonObject &root, BonusPlan &plan)
{
    const QString path = QStringLiteral("plan");
    reader.onlyKnown(root,
                     {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("components"),
                      QStringLiteral("gates"), QStringLiteral("cap"), QStringLiteral("score_weights")},
                     path);
    const int version = reader.wholeNumber(root, QStringLiteral("version"), path, jsonVersion);
    if (version != jsonVersion)
        reader.fail(
            tr("plan.version: %1 is not a version this Huddle reads (%2)").arg(version).arg(jsonVersion));
    plan.name = reader.text(root, QStringLiteral("name"), path);
    plan.components = reader.list<BonusComponent>(
        reader.required(root, QStringLiteral("components"), path), QStringLiteral("components"),
        [&](auto value, auto field) { return readComponent(reader, value, field); });
    if (root.contains(QStringLiteral("gates"))) // a plan without gates may leave them out
        plan.gates =
            reader.list<BonusGate>(root.value(QStringLiteral("gates")), QStringLiteral("gates"),
                                   [&](auto value, auto field) { return readGate(reader, value, field); });
    const QJsonValue cap = root.value(QStringLiteral("cap"));
    if (!cap.isUndefined() && !cap.isNull()) // absent or null: no cap
        plan.cap = reader.money(cap, QStringLiteral("cap"));
    if (root.contains(QStringLiteral("score_weights")))
        plan.scoreWeights = readWeights(reader, root.value(QStringLiteral("score_weights")));
}

} // namespace

QByteArray BonusPlan::toJson() const
{
    QJsonArray componentArray;
    for (const BonusComponent &component : components)
        componentArray.append(componentJson(component));
    QJsonArray gateArray;
    for (const BonusGate &gate : gates)
        gateArray.append(gateJson(gate));
    QJsonObject root{{QStringLiteral("version"), jsonVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("components"), componentArray},
                     {QStringLiteral("gates"), gateArray}};
    if (cap)
        root.insert(QStringLiteral("cap"), centsText(*cap));
    if (!scoreWeights.isEmpty()) {
        QJsonObject weights;
        for (auto it = scoreWeights.begin(); it != scoreWeights.end(); ++it)
            weights.insert(kpiCode(it.key()), it.value());
        root.insert(QStringLiteral("score_weights"), weights);
    }
    // QJsonObject keeps its keys sorted, so the same plan always serialises to the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BonusPlan> BonusPlan::fromJson(const QByteArray &json)
{
    PlanReader reader;
    const QJsonObject root = reader.document(json);
    BonusPlan plan;
    if (!reader.error)
        readPlan(reader, root, plan);
    if (reader.error)
        return *reader.error;
    if (auto status = plan.validate(); !status)
        return status.error();
    return plan;
}

} // namespace huddle::core
