#include "bonusplanjsonreader.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace huddle::core {

namespace {

// A hand-written plan may give 80 instead of "80.00"; the shortest text of that number is exactly what the
// person wrote, so it is read as that decimal rather than as a binary fraction.
QString decimalText(const QJsonValue &value)
{
    return value.isDouble() ? planNumberText(value.toDouble()) : value.toString();
}

// A JSON value as a message quotes it: numbers as written, strings in quotes.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return planNumberText(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace

void PlanReader::fail(const QString &message)
{
    if (!error)
        error = Error{message, {}};
}

void PlanReader::onlyKnown(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            fail(tr("%1: unknown field \"%2\" (expected %3)")
                     .arg(path, it.key(), known.join(QStringLiteral(", "))));
}

QJsonObject PlanReader::document(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    else if (!document.isObject())
        fail(tr("a bonus plan is a JSON object"));
    return document.object();
}

QJsonValue PlanReader::required(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        fail(tr("%1.%2: missing").arg(path, key));
    return value;
}

QString PlanReader::text(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = required(object, key, path);
    if (!value.isUndefined() && !value.isString())
        fail(tr("%1.%2: expected text, got %3").arg(path, key, shown(value)));
    return value.toString();
}

double PlanReader::number(const QJsonValue &value, const QString &field)
{
    if (!value.isDouble())
        fail(tr("%1: expected a number, got %2").arg(field, shown(value)));
    return value.toDouble();
}

int PlanReader::wholeNumber(const QJsonObject &object, const QString &key, const QString &path, int fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(0.5);
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
        fail(tr("%1.%2: expected a whole number, got %3").arg(path, key, shown(value)));
        return fallback;
    }
    return static_cast<int>(number);
}

Cents PlanReader::money(const QJsonValue &value, const QString &field)
{
    const auto cents = parseCents(decimalText(value));
    if (!cents)
        fail(tr("%1: expected a decimal amount like \"80.00\", got %2").arg(field, shown(value)));
    return cents.value_or(0);
}

int PlanReader::percent(const QJsonValue &value, const QString &field)
{
    const auto basisPoints = parseBasisPoints(decimalText(value));
    if (!basisPoints)
        fail(tr("%1: expected a percentage like \"2.5\", got %2").arg(field, shown(value)));
    return basisPoints.value_or(0);
}

BonusMeasure PlanReader::measure(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString code = text(object, key, path);
    const auto measure = bonusMeasureFromCode(code);
    if (!measure)
        fail(tr("%1.%2: unknown measure \"%3\"").arg(path, key, code));
    return measure.value_or(BonusMeasure{});
}

QJsonObject PlanReader::object(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        fail(tr("%1: expected an object, got %2").arg(field, shown(value)));
    return value.toObject();
}

QJsonArray PlanReader::array(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        fail(tr("%1: expected a list, got %2").arg(field, shown(value)));
    return value.toArray();
}

void PlanReader::unknownCode(const QString &path, const QString &key, const char *what, const QString &text)
{
    fail(tr("%1.%2: unknown %3 \"%4\"").arg(path, key, QLatin1String(what), text));
}

} // namespace huddle::core
