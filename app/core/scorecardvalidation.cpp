#include "scorecardvalidation.h"
#include "translation.h"

#include "scorecardjson.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace huddle::core {

namespace {

// Names a part of the scorecard in the message the user will read.
class Places {
    Q_DECLARE_TR_FUNCTIONS(huddle::core::Places)

public:
    explicit Places(ScorecardPlaces style)
        : m_json(style == ScorecardPlaces::JsonPaths)
    {
    }

    QString scorecardName() const { return m_json ? QStringLiteral("name") : tr("Scorecard"); }
    QString sections() const { return m_json ? QStringLiteral("sections") : tr("Scorecard"); }
    QString section(qsizetype s, const QString &field) const
    {
        return m_json ? QStringLiteral("sections[%1].%2").arg(s).arg(field) : tr("Section %1").arg(s + 1);
    }
    QString criterion(qsizetype s, qsizetype c, const QString &field) const
    {
        return m_json ? QStringLiteral("sections[%1].criteria[%2].%3").arg(s).arg(c).arg(field)
                      : tr("Criterion %1 of section %2").arg(c + 1).arg(s + 1);
    }

private:
    bool m_json;
};

Status problem(const QString &place, const QString &what)
{
    return Error{QStringLiteral("%1: %2").arg(place, what), {}};
}

Status validateCriteria(const ScorecardDefinition &scorecard, const Places &places)
{
    QHash<QString, QString> usedBy; // criterion name → where it was first used
    for (qsizetype s = 0; s < scorecard.sections.size(); ++s) {
        const ScorecardSection &section = scorecard.sections[s];
        for (qsizetype c = 0; c < section.criteria.size(); ++c) {
            const CriterionDefinition &definition = section.criteria[c];
            const QString name = definition.name.trimmed();
            const QString place = places.criterion(s, c, QStringLiteral("name"));
            if (name.isEmpty())
                return problem(place, tr("a criterion needs a name"));
            if (usedBy.contains(name))
                return problem(place,
                               tr("the name \"%1\" is already used by %2; criterion names must be unique "
                                  "within a scorecard")
                                   .arg(name, usedBy.value(name)));
            usedBy.insert(name, place);
            const double weight = definition.criterion.weight;
            if (!(weight > 0) || !std::isfinite(weight))
                return problem(places.criterion(s, c, QStringLiteral("weight")),
                               tr("the weight must be a number greater than 0, found %1").arg(weight));
        }
    }
    return Done{};
}

} // namespace

Status validateScorecardNaming(const ScorecardDefinition &scorecard, ScorecardPlaces style)
{
    const Places places(style);
    if (scorecard.name.trimmed().isEmpty())
        return problem(places.scorecardName(), tr("a scorecard needs a name"));
    if (scorecard.sections.isEmpty())
        return problem(places.sections(), tr("a scorecard needs at least one section"));
    for (qsizetype s = 0; s < scorecard.sections.size(); ++s) {
        const ScorecardSection &section = scorecard.sections[s];
        if (section.name.trimmed().isEmpty())
            return problem(places.section(s, QStringLiteral("name")), tr("a section needs a name"));
        if (section.criteria.isEmpty())
            return problem(places.section(s, QStringLiteral("criteria")),
                           tr("section \"%1\" needs at least one criterion").arg(section.name.trimmed()));
    }
    return validateCriteria(scorecard, places);
}

Status validateScorecard(const ScorecardDefinition &scorecard)
{
    return validateScorecardNaming(scorecard, ScorecardPlaces::Designer);
}

} // namespace huddle::core
