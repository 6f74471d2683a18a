#pragma once

#include "bonusplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace huddle::core {

// Reads the fields of a bonus plan's JSON form while remembering the first problem, named by its field path
// ("components[1].amount: …"). Reads after a problem are harmless and return defaults, which keeps the
// readers of the plan's parts free of an if-return after every field.
class PlanReader {
public:
    std::optional<Error> error;

    void fail(const QString &message);
    // The JSON object `json` holds.
    QJsonObject document(const QByteArray &json);
    // Every key of `object` must be in `known`: a typo must not silently drop a rule.
    void onlyKnown(const QJsonObject &object, const QStringList &known, const QString &path);
    QJsonValue required(const QJsonObject &object, const QString &key, const QString &path);
    QString text(const QJsonObject &object, const QString &key, const QString &path);
    double number(const QJsonValue &value, const QString &field);
    // Absent: `fallback`.
    int wholeNumber(const QJsonObject &object, const QString &key, const QString &path, int fallback);
    // "80.00" (or 80, read as the decimal it was written as) into cents; never through a binary fraction.
    Cents money(const QJsonValue &value, const QString &field);
    // "2.5" into basis points.
    int percent(const QJsonValue &value, const QString &field);
    BonusMeasure measure(const QJsonObject &object, const QString &key, const QString &path);
    QJsonObject object(const QJsonValue &value, const QString &field);
    QJsonArray array(const QJsonValue &value, const QString &field);

    // The enum named by the code at `key`; `what` names the kind of code in the message ("kind", "effect").
    template <typename Enum>
    Enum code(const QJsonObject &object, const QString &key, const QString &path,
              std::optional<Enum> (*fromCode)(QStringView), const char *what)
    {
        const QString text = this->text(object, key, path);
        const auto value = fromCode(text);
        if (!value)
            unknownCode(path, key, what, text);
        return value.value_or(Enum{});
    }

    // Each element of the list at `value`, read by `readOne(element, "path[i]")`.
    template <typename T, typename ReadOne>
    QList<T> list(const QJsonValue &value, const QString &path, ReadOne readOne)
    {
        QList<T> items;
        const QJsonArray elements = array(value, path);
        for (qsizetype i = 0; i < elements.size(); ++i)
            items.append(readOne(elements[i], QStringLiteral("%1[%2]").arg(path).arg(i)));
        return items;
    }

private:
    void unknownCode(const QString &path, const QString &key, const char *what, const QString &text);
    Q_DECLARE_TR_FUNCTIONS(huddle::core::PlanReader)
};

} // namespace huddle::core
