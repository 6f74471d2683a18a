#include "scorecardwriter.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "core/enumnames.h"
#include "database.h"
#include "scorecardrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

bool sameCriterion(const core::CriterionDefinition &a, const core::CriterionDefinition &b)
{
    return a.name == b.name && a.guideline == b.guideline && a.criterion.weight == b.criterion.weight &&
           a.criterion.kind == b.criterion.kind && a.criterion.autoFail == b.criterion.autoFail &&
           a.criterion.naAllowed == b.criterion.naAllowed;
}

// What a version holds: sections, criteria and the description. Name, purpose and channel belong to the
// scorecard row that all its versions share.
bool sameContent(const core::ScorecardDefinition &a, const core::ScorecardDefinition &b)
{
    if (a.description != b.description || a.sections.size() != b.sections.size())
        return false;
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const core::ScorecardSection &x = a.sections[s];
        const core::ScorecardSection &y = b.sections[s];
        if (x.name != y.name || x.criteria.size() != y.criteria.size())
            return false;
        for (qsizetype c = 0; c < x.criteria.size(); ++c)
            if (!sameCriterion(x.criteria[c], y.criteria[c]))
                return false;
    }
    return true;
}

bool sameHeader(const core::ScorecardDefinition &a, const core::ScorecardDefinition &b)
{
    return a.name == b.name && a.purpose == b.purpose && a.channel == b.channel;
}

QVariant channelValue(const std::optional<core::Channel> &channel)
{
    return channel ? QVariant(core::channelCode(*channel)) : QVariant();
}

// The first column of the first row as an id; 0 when there is no row.
core::Result<qint64> queryId(QSqlQuery &q, const QString &sql, const QVariantList &values,
                             const QString &what)
{
    if (auto done = runBound(q, sql, values, what); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

ScorecardWriter::ScorecardWriter(const Database &database, const QString &actor)
    : m_database(database)
    , m_db(database.connection())
    , m_actor(actor)
{
}

core::Status ScorecardWriter::audit(qint64 scorecardId, const QString &action, const QJsonObject &detail)
{
    return AuditLog(m_database).append(m_actor, QStringLiteral("scorecard"), scorecardId, action, detail);
}

core::Status ScorecardWriter::checkNameFree(const QString &name, qint64 exceptId)
{
    QSqlQuery q(m_db);
    const auto taken = queryId(q, QStringLiteral("SELECT id FROM scorecards WHERE name = ? AND id <> ?"),
                               {name, exceptId}, QStringLiteral("checking the scorecard name"));
    if (!taken)
        return taken.error();
    if (taken.value() != 0)
        return core::Error{tr("a scorecard named “%1” already exists; choose another name").arg(name), {}};
    return core::Done{};
}

// Whether an evaluation or a calibration session uses the versions matched by `versionCondition`.
core::Result<bool> ScorecardWriter::inUse(const QString &versionCondition, qint64 id)
{
    QSqlQuery q(m_db);
    if (auto done =
            runBound(q,
                     QStringLiteral(
                         "SELECT EXISTS (SELECT 1 FROM evaluations WHERE scorecard_version_id IN (%1))"
                         " OR EXISTS (SELECT 1 FROM calibration_sessions WHERE scorecard_version_id IN (%1))")
                         .arg(versionCondition),
                     {id, id}, QStringLiteral("checking whether the scorecard is in use"));
        !done)
        return done.error();
    return q.next() && q.value(0).toInt() != 0;
}

core::Result<StoredScorecard> ScorecardWriter::create(const core::ScorecardDefinition &definition)
{
    if (auto free = checkNameFree(definition.name, 0); !free)
        return free.error();
    core::ScorecardDefinition first = definition;
    first.version = 1;
    first.createdAt = QDateTime::currentDateTimeUtc();
    auto stored = QaWriter(m_database).insertScorecard(first);
    if (!stored)
        return stored;
    if (auto done = audit(
            stored->scorecardId, QStringLiteral("create"),
            {{QStringLiteral("name"), definition.name}, {QStringLiteral("versionId"), stored->versionId}});
        !done)
        return done.error();
    return stored;
}

core::Status ScorecardWriter::updateHeader(qint64 scorecardId, const core::ScorecardDefinition &old,
                                           const core::ScorecardDefinition &definition)
{
    if (auto free = checkNameFree(definition.name, scorecardId); !free)
        return free;
    if (old.purpose != definition.purpose) {
        // Evaluations of a kind were validated against the purpose; changing it would strand them.
        const auto used =
            inUse(QStringLiteral("SELECT id FROM scorecard_versions WHERE scorecard_id = ?"), scorecardId);
        if (!used)
            return used.error();
        if (used.value())
            return core::Error{
                tr("the purpose of scorecard “%1” cannot change: evaluations use it").arg(old.name), {}};
    }
    QSqlQuery q(m_db);
    if (auto done = runBound(
            q, QStringLiteral("UPDATE scorecards SET name = ?, purpose = ?, channel = ? WHERE id = ?"),
            {definition.name, core::scorecardPurposeCode(definition.purpose),
             channelValue(definition.channel), scorecardId},
            QStringLiteral("renaming scorecard %1").arg(old.name));
        !done)
        return done;
    const auto change = [](const QString &before, const QString &after) {
        return QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    };
    const auto channelText = [](const std::optional<core::Channel> &c) {
        return c ? core::channelCode(*c) : QString();
    };
    return audit(
        scorecardId, QStringLiteral("edit"),
        {{QStringLiteral("name"), change(old.name, definition.name)},
         {QStringLiteral("purpose"),
          change(core::scorecardPurposeCode(old.purpose), core::scorecardPurposeCode(definition.purpose))},
         {QStringLiteral("channel"), change(channelText(old.channel), channelText(definition.channel))}});
}

core::Status ScorecardWriter::replaceInPlace(const StoredScorecard &latest,
                                             const core::ScorecardDefinition &definition)
{
    QSqlQuery q(m_db);
    const QString what = QStringLiteral("replacing the criteria of scorecard %1").arg(definition.name);
    if (auto done = runBound(q,
                             QStringLiteral("DELETE FROM scorecard_criteria WHERE section_id IN"
                                            " (SELECT id FROM scorecard_sections WHERE version_id = ?)"),
                             {latest.versionId}, what);
        !done)
        return done;
    if (auto done = runBound(q, QStringLiteral("DELETE FROM scorecard_sections WHERE version_id = ?"),
                             {latest.versionId}, what);
        !done)
        return done;
    if (auto done = runBound(q, QStringLiteral("UPDATE scorecard_versions SET description = ? WHERE id = ?"),
                             {nullableText(definition.description), latest.versionId}, what);
        !done)
        return done;
    if (auto ids = QaWriter(m_database).insertSections(latest.versionId, definition); !ids)
        return ids.error();
    return audit(latest.scorecardId, QStringLiteral("edit"),
                 {{QStringLiteral("versionId"), latest.versionId},
                  {QStringLiteral("version"), latest.definition.version}});
}

core::Result<StoredScorecard> ScorecardWriter::update(qint64 scorecardId,
                                                      const core::ScorecardDefinition &definition)
{
    const ScorecardRepository repository(m_database);
    auto latest = repository.latest(scorecardId);
    if (!latest)
        return latest;
    const core::ScorecardDefinition &old = latest->definition;
    if (!sameHeader(old, definition))
        if (auto done = updateHeader(scorecardId, old, definition); !done)
            return done.error();
    if (sameContent(old, definition))
        return repository.latest(scorecardId);
    const auto used = inUse(QStringLiteral("?"), latest->versionId);
    if (!used)
        return used.error();
    if (!used.value()) {
        if (auto done = replaceInPlace(latest.value(), definition); !done)
            return done.error();
        return repository.latest(scorecardId);
    }
    // Evaluations keep the criteria they were scored with: an edit of a used version becomes the next one.
    core::ScorecardDefinition next = definition;
    next.version = old.version + 1;
    next.createdAt = QDateTime::currentDateTimeUtc();
    auto stored = QaWriter(m_database).insertVersion(scorecardId, next);
    if (!stored)
        return stored;
    if (auto done = audit(scorecardId, QStringLiteral("create_version"),
                          {{QStringLiteral("versionId"), stored->versionId},
                           {QStringLiteral("version"), next.version},
                           {QStringLiteral("previousVersionId"), latest->versionId}});
        !done)
        return done.error();
    return repository.latest(scorecardId);
}

} // namespace huddle::storage
