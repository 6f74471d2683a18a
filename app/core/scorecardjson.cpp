// A scorecard as JSON. Reading is strict — every required key present, no unknown key, every value of the
// right type — so a typo in a hand-edited file is reported with its JSON path instead of being replaced by a
// default that would silently change how agents are scored.
#include "scorecardjson.h"
#include "translation.h"

#include "enumnames.h"
#include "scorecardvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace huddle::core {

namespace {

const QString formatName = QStringLiteral("huddle-scorecard");
constexpr int formatVersion = 1;

const QStringList rootKeys{QStringLiteral("format"),  QStringLiteral("formatVersion"),
                           QStringLiteral("name"),    QStringLiteral("description"),
                           QStringLiteral("purpose"), QStringLiteral("channel"),
                           QStringLiteral("sections")};
const QStringList sectionKeys{QStringLiteral("name"), QStringLiteral("criteria")};
const QStringList criterionKeys{QStringLiteral("name"),      QStringLiteral("weight"),
                                QStringLiteral("kind"),      QStringLiteral("autoFail"),
                                QStringLiteral("naAllowed"), QStringLiteral("guideline")};

QJsonObject criterionToJson(const CriterionDefinition &definition)
{
    const Criterion &c = definition.criterion;
    return {{QStringLiteral("name"), definition.name},
            {QStringLiteral("weight"), c.weight},
            {QStringLiteral("kind"), criterionKindCode(c.kind)},
            {QStringLiteral("autoFail"), c.autoFail},
            {QStringLiteral("naAllowed"), c.naAllowed},
            {QStringLiteral("guideline"), definition.guideline}};
}

// Reads one JSON document into a scorecard, stopping at the first problem. Paths are built as the reader
// descends ("sections[1].criteria[0]") so the message points at the culprit.
class ScorecardReader {
    Q_DECLARE_TR_FUNCTIONS(huddle::core::ScorecardReader)

public:
    std::optional<QString> failure;

    QString key(const QString &path, const QString &name) const
    {
        return path.isEmpty() ? name : path + QLatin1Char('.') + name;
    }

    bool fail(const QString &message)
    {
        if (!failure)
            failure = message;
        return false;
    }

    bool onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                return fail(tr("%1: unknown key \"%2\"; expected one of %3")
                                .arg(key(path, it.key()), it.key(), known.join(QStringLiteral(", "))));
        return true;
    }

    // `optional`: a missing key leaves `out` as it is (an empty text).
    bool text(const QJsonObject &object, const QString &path, const QString &name, QString &out,
              bool optional)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && optional)
            return true;
        if (!value.isString())
            return fail(describe(value, key(path, name), tr("a text")));
        out = value.toString();
        return true;
    }

    bool flag(const QJsonObject &object, const QString &path, const QString &name, bool &out)
    {
        const QJsonValue value = object.value(name);
        if (!value.isBool())
            return fail(describe(value, key(path, name), tr("true or false")));
        out = value.toBool();
        return true;
    }

    // Only the type here: the value (> 0, finite) is validateScorecard's rule, reported with the same path.
    bool weight(const QJsonObject &object, const QString &path, double &out)
    {
        const QJsonValue value = object.value(QStringLiteral("weight"));
        if (!value.isDouble())
            return fail(describe(value, key(path, QStringLiteral("weight")), tr("a number")));
        out = value.toDouble();
        return true;
    }

    template <typename Enum>
    bool code(const QJsonObject &object, const QString &path, const QString &name,
              std::optional<Enum> (*fromCode)(const QString &), const QStringList &codes, Enum &out)
    {
        QString text;
        if (!this->text(object, path, name, text, false))
            return false;
        const std::optional<Enum> value = fromCode(text);
        if (!value)
            return fail(tr("%1: \"%2\" is not one of %3")
                            .arg(key(path, name), text, codes.join(QStringLiteral(", "))));
        out = *value;
        return true;
    }

    bool header(const QJsonObject &root)
    {
        QString format;
        if (!onlyKnownKeys(root, rootKeys, {}) || !text(root, {}, QStringLiteral("format"), format, false))
            return false;
        if (format != formatName)
            return fail(
                tr("format: \"%1\" is not a Huddle scorecard (expected \"%2\")").arg(format, formatName));
        const QJsonValue version = root.value(QStringLiteral("formatVersion"));
        if (!version.isDouble())
            return fail(describe(version, QStringLiteral("formatVersion"), tr("a number")));
        if (version.toDouble() != formatVersion)
            return fail(tr("formatVersion: version %1 is not one this Huddle reads (it reads version %2)")
                            .arg(version.toDouble())
                            .arg(formatVersion));
        return true;
    }

    bool channel(const QJsonObject &root, ScorecardDefinition &scorecard)
    {
        const QJsonValue value = root.value(QStringLiteral("channel"));
        if (value.isUndefined() || value.isNull()) {
            scorecard.channel.reset();
            return true;
        }
        Channel channel = Channel::Call;
        if (!code(root, {}, QStringLiteral("channel"), &channelFromCode,
                  {QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("email"),
                   QStringLiteral("ticket"), QStringLiteral("null")},
                  channel))
            return false;
        scorecard.channel = channel;
        return true;
    }

    bool criterion(const QJsonValue &value, const QString &path, CriterionDefinition &out)
    {
        if (!value.isObject())
            return fail(describe(value, path, tr("an object")));
        const QJsonObject object = value.toObject();
        Criterion &c = out.criterion;
        return onlyKnownKeys(object, criterionKeys, path) &&
               text(object, path, QStringLiteral("name"), out.name, false) &&
               weight(object, path, c.weight) &&
               code(object, path, QStringLiteral("kind"), &criterionKindFromCode,
                    {QStringLiteral("yes_no"), QStringLiteral("scale_1_5")}, c.kind) &&
               flag(object, path, QStringLiteral("autoFail"), c.autoFail) &&
               flag(object, path, QStringLiteral("naAllowed"), c.naAllowed) &&
               text(object, path, QStringLiteral("guideline"), out.guideline, true);
    }

    bool section(const QJsonValue &value, const QString &path, ScorecardSection &out)
    {
        if (!value.isObject())
            return fail(describe(value, path, tr("an object")));
        const QJsonObject object = value.toObject();
        if (!onlyKnownKeys(object, sectionKeys, path) ||
            !text(object, path, QStringLiteral("name"), out.name, false))
            return false;
        const QJsonValue criteria = object.value(QStringLiteral("criteria"));
        if (!criteria.isArray())
            return fail(describe(criteria, key(path, QStringLiteral("criteria")), tr("a list")));
        const QJsonArray list = criteria.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            CriterionDefinition definition;
            if (!criterion(list[i], QStringLiteral("%1.criteria[%2]").arg(path).arg(i), definition))
                return false;
            out.criteria.append(definition);
        }
        return true;
    }

    bool scorecard(const QJsonObject &root, ScorecardDefinition &out)
    {
        if (!header(root) || !text(root, {}, QStringLiteral("name"), out.name, false) ||
            !text(root, {}, QStringLiteral("description"), out.description, true) ||
            !code(root, {}, QStringLiteral("purpose"), &scorecardPurposeFromCode,
                  {QStringLiteral("qa"), QStringLiteral("peer")}, out.purpose) ||
            !channel(root, out))
            return false;
        const QJsonValue sections = root.value(QStringLiteral("sections"));
        if (!sections.isArray())
            return fail(describe(sections, QStringLiteral("sections"), tr("a list")));
        const QJsonArray list = sections.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            ScorecardSection section;
            if (!this->section(list[i], QStringLiteral("sections[%1]").arg(i), section))
                return false;
            out.sections.append(section);
        }
        return true;
    }

    static QString describe(const QJsonValue &value, const QString &path, const QString &expected)
    {
        if (value.isUndefined())
            return tr("%1: missing; expected %2").arg(path, expected);
        return tr("%1: expected %2, found %3").arg(path, expected, typeName(value));
    }

    static QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    }
};

// "file:line:column" of a JSON syntax error. QJsonParseError's offset is just past the offending character;
// step back onto it.
QString locationOf(const QByteArray &json, int offset, const QString &sourceName)
{
    const QByteArray before = json.left(std::max(offset - 1, 0));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    return QStringLiteral("%1:%2:%3").arg(sourceName).arg(line).arg(column);
}

} // namespace

QByteArray scorecardToJson(const ScorecardDefinition &scorecard)
{
    QJsonArray sections;
    for (const ScorecardSection &section : scorecard.sections) {
        QJsonArray criteria;
        for (const CriterionDefinition &definition : section.criteria)
            criteria.append(criterionToJson(definition));
        sections.append(
            QJsonObject{{QStringLiteral("name"), section.name}, {QStringLiteral("criteria"), criteria}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("name"), scorecard.name},
                           {QStringLiteral("description"), scorecard.description},
                           {QStringLiteral("purpose"), scorecardPurposeCode(scorecard.purpose)},
                           {QStringLiteral("channel"), scorecard.channel
                                                           ? QJsonValue(channelCode(*scorecard.channel))
                                                           : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ScorecardDefinition> scorecardFromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1").arg(parseError.errorString()),
                     locationOf(json, parseError.offset, sourceName)};
    if (!document.isObject())
        return Error{tr("a scorecard file holds one JSON object, with \"format\": \"%1\"").arg(formatName),
                     sourceName};
    ScorecardReader reader;
    ScorecardDefinition scorecard;
    if (!reader.scorecard(document.object(), scorecard))
        return Error{*reader.failure, sourceName};
    if (auto valid = validateScorecardNaming(scorecard, ScorecardPlaces::JsonPaths); !valid)
        return Error{valid.error().message, sourceName};
    return scorecard;
}

} // namespace huddle::core
