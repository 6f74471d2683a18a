// The attendance warning ladder: a site's steps ("1st violation → verbal warning, …"), its JSON form as
// stored in the setting "attendance_ladder", and where an agent stands on a given day. Reading the JSON is
// strict, like the KPI plan's: a typo in a hand-edited ladder is reported, never replaced by a default.
#include "attendanceladder.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace huddle::core {

namespace {

// Ten years: longer than any warning stays on file, short enough that a typo of an extra digit shows.
constexpr int maxWindowDays = 3660;

const QString windowKey = QStringLiteral("windowDays");
const QString stepsKey = QStringLiteral("steps");
const QString violationsKey = QStringLiteral("violations");
const QString labelKey = QStringLiteral("label");

QString stepPath(qsizetype index)
{
    return QStringLiteral("steps[%1]").arg(index);
}

Error problem(const QString &message)
{
    return Error{message, {}};
}

std::optional<Error> unknownKey(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return problem(tr("%1: unknown field '%2' (expected %3)")
                               .arg(path, it.key(), known.join(QStringLiteral(", "))));
    return std::nullopt;
}

// The whole number at `key`, or why there is none. `field` is the full name used in messages.
Result<int> wholeNumberAt(const QJsonObject &object, const QString &key, const QString &field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return problem(tr("%1: missing").arg(field));
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9)
        return problem(tr("%1: must be a whole number").arg(field));
    return static_cast<int>(number);
}

Result<LadderStep> readStep(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return problem(tr("%1: not an object").arg(path));
    const QJsonObject object = value.toObject();
    if (auto error = unknownKey(object, {violationsKey, labelKey}, path))
        return *error;
    const auto violations = wholeNumberAt(object, violationsKey, path + QLatin1Char('.') + violationsKey);
    if (!violations)
        return violations.error();
    const QJsonValue label = object.value(labelKey);
    if (!label.isString())
        return problem(label.isUndefined() ? tr("%1.label: missing").arg(path)
                                           : tr("%1.label: not a string").arg(path));
    return LadderStep{violations.value(), label.toString()};
}

Result<QList<LadderStep>> readSteps(const QJsonValue &value)
{
    if (!value.isArray())
        return problem(value.isUndefined() ? tr("steps: missing") : tr("steps: not an array"));
    const QJsonArray array = value.toArray();
    QList<LadderStep> steps;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto step = readStep(array.at(i), stepPath(i));
        if (!step)
            return step.error();
        steps << step.value();
    }
    return steps;
}

} // namespace

AttendanceLadder AttendanceLadder::defaults()
{
    // Source strings for lupdate; translated when the ladder is built, in the application's language.
    static const char *const labels[] = {QT_TRANSLATE_NOOP("huddle::core", "Verbal warning"),
                                         QT_TRANSLATE_NOOP("huddle::core", "Written warning"),
                                         QT_TRANSLATE_NOOP("huddle::core", "Final warning")};
    AttendanceLadder ladder;
    int violations = 0;
    for (const char *label : labels)
        ladder.steps << LadderStep{++violations, tr(label)};
    ladder.windowDays = 365;
    return ladder;
}

Status AttendanceLadder::validate() const
{
    if (windowDays < 1 || windowDays > maxWindowDays)
        return problem(tr("windowDays must be between 1 and %1, got %2").arg(maxWindowDays).arg(windowDays));
    if (steps.isEmpty())
        return problem(tr("steps: a ladder needs at least one step"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = stepPath(i);
        if (steps[i].violations < 1)
            return problem(tr("%1.violations must be at least 1, got %2").arg(path).arg(steps[i].violations));
        if (i > 0 && steps[i].violations <= steps[i - 1].violations)
            return problem(tr("%1.violations must be greater than %2.violations").arg(path, stepPath(i - 1)));
        if (steps[i].label.trimmed().isEmpty())
            return problem(tr("%1.label must not be blank").arg(path));
    }
    return Done{};
}

QByteArray AttendanceLadder::toJson() const
{
    QJsonArray stepArray;
    for (const LadderStep &step : steps)
        stepArray.append(QJsonObject{{violationsKey, step.violations}, {labelKey, step.label}});
    const QJsonObject root{{windowKey, windowDays}, {stepsKey, stepArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<AttendanceLadder> AttendanceLadder::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(
            tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return problem(tr("an attendance ladder is a JSON object"));
    const QJsonObject root = document.object();
    if (auto error = unknownKey(root, {windowKey, stepsKey}, QStringLiteral("ladder")))
        return *error;
    AttendanceLadder ladder;
    const auto window = wholeNumberAt(root, windowKey, windowKey);
    if (!window)
        return window.error();
    ladder.windowDays = window.value();
    auto steps = readSteps(root.value(stepsKey));
    if (!steps)
        return steps.error();
    ladder.steps = steps.value();
    if (auto status = ladder.validate(); !status)
        return status.error();
    return ladder;
}

bool isViolation(AttendanceStatus status)
{
    return status == AttendanceStatus::UnexcusedAbsence || status == AttendanceStatus::NoCallNoShow;
}

LadderStage ladderStage(const AttendanceLadder &ladder, const QList<QDate> &violationDays, QDate day)
{
    LadderStage stage;
    if (!day.isValid() || ladder.windowDays < 1)
        return stage;
    // (day − windowDays, day]: the window ends on the day asked about, and what happens after it is
    // not known on that day, so it never counts.
    stage.windowStart = day.addDays(1 - ladder.windowDays);
    QSet<QDate> counted; // one attendance record per agent and day: a day counts once
    for (const QDate &violation : violationDays)
        if (violation.isValid() && violation >= stage.windowStart && violation <= day)
            counted.insert(violation);
    stage.violations = static_cast<int>(counted.size());
    for (qsizetype i = 0; i < ladder.steps.size(); ++i) {
        const bool reached = stage.violations >= ladder.steps[i].violations;
        const bool higher = !stage.step || ladder.steps[i].violations > stage.step->violations;
        if (reached && higher) {
            stage.step = ladder.steps[i];
            stage.stepIndex = static_cast<int>(i);
        }
    }
    return stage;
}

} // namespace huddle::core
