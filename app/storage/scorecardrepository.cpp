#include "scorecardrepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "core/defaultscorecards.h"
#include "core/enumnames.h"
#include "core/scorecardjson.h"
#include "database.h"
#include "scorecardwriter.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString scorecardEntity = QStringLiteral("scorecard");

// The scorecard's versions' sections and criteria, appended to `stored` in flatCriteria() order.
Status readSections(const QSqlDatabase &db, StoredScorecard &stored)
{
    QSqlQuery q(db);
    if (auto done = runBound(
            q,
            QStringLiteral("SELECT s.id, s.name, c.id, c.name, c.weight, c.kind, c.auto_fail, c.na_allowed,"
                           " c.guideline FROM scorecard_sections s"
                           " LEFT JOIN scorecard_criteria c ON c.section_id = s.id"
                           " WHERE s.version_id = ? ORDER BY s.position, s.id, c.position, c.id"),
            {stored.versionId}, QStringLiteral("reading scorecard version %1").arg(stored.versionId));
        !done)
        return done;
    qint64 sectionId = 0;
    while (q.next()) {
        if (q.value(0).toLongLong() != sectionId) {
            sectionId = q.value(0).toLongLong();
            stored.definition.sections.append({q.value(1).toString(), {}});
        }
        if (q.value(2).isNull())
            continue;
        const auto kind = core::criterionKindFromCode(q.value(5).toString());
        if (!kind)
            return core::Error{tr("criterion %1 has the unknown kind “%2”")
                                   .arg(q.value(3).toString(), q.value(5).toString()),
                               {}};
        core::CriterionDefinition criterion{
            q.value(3).toString(),
            {q.value(4).toDouble(), *kind, q.value(6).toInt() != 0, q.value(7).toInt() != 0},
            q.value(8).toString()};
        stored.definition.sections.last().criteria.append(criterion);
        stored.criterionIds.append(q.value(2).toLongLong());
    }
    return core::Done{};
}

} // namespace

ScorecardRepository::ScorecardRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<ScorecardSummary>> ScorecardRepository::list(bool includeRetired) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT s.id, v.id, s.name, v.version, s.purpose, s.channel, s.retired, (SELECT COUNT(*)"
                " FROM scorecard_criteria c JOIN scorecard_sections sec ON sec.id = c.section_id  WHERE"
                " sec.version_id = v.id), (SELECT COUNT(*) FROM scorecard_versions w JOIN evaluations e ON"
                " e.scorecard_version_id = w.id  WHERE w.scorecard_id = s.id), (SELECT COUNT(*) FROM "
                "evaluations e"
                " WHERE e.scorecard_version_id = v.id) FROM scorecards s JOIN"
                " scorecard_versions v ON v.scorecard_id = s.id WHERE v.version = (SELECT MAX(version) FROM"
                " scorecard_versions WHERE scorecard_id = s.id) AND (? = 1 OR s.retired = 0) ORDER BY s.name,"
                " s.id"),
            {includeRetired ? 1 : 0}, QStringLiteral("listing the scorecards"));
        !done)
        return done.error();
    QList<ScorecardSummary> summaries;
    while (q.next()) {
        ScorecardSummary s;
        s.scorecardId = q.value(0).toLongLong();
        s.latestVersionId = q.value(1).toLongLong();
        s.name = q.value(2).toString();
        s.latestVersion = q.value(3).toInt();
        s.purpose =
            core::scorecardPurposeFromCode(q.value(4).toString()).value_or(core::ScorecardPurpose::Qa);
        s.channel = core::channelFromCode(q.value(5).toString());
        s.retired = q.value(6).toInt() != 0;
        s.criteria = q.value(7).toInt();
        s.evaluations = q.value(8).toInt();
        s.latestVersionEvaluations = q.value(9).toInt();
        summaries.append(s);
    }
    return summaries;
}

core::Result<StoredScorecard> ScorecardRepository::version(qint64 versionId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral("SELECT v.scorecard_id, v.version, v.created_at, v.description, s.name, s.purpose,"
                           " s.channel FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id"
                           " WHERE v.id = ?"),
            {versionId}, QStringLiteral("reading scorecard version %1").arg(versionId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no scorecard version %1").arg(versionId), {}};
    StoredScorecard stored;
    stored.scorecardId = q.value(0).toLongLong();
    stored.versionId = versionId;
    core::ScorecardDefinition &d = stored.definition;
    d.version = q.value(1).toInt();
    d.createdAt = instantFrom(q.value(2));
    d.description = q.value(3).toString();
    d.name = q.value(4).toString();
    d.purpose = core::scorecardPurposeFromCode(q.value(5).toString()).value_or(core::ScorecardPurpose::Qa);
    d.channel = core::channelFromCode(q.value(6).toString());
    if (auto done = readSections(m_database->connection(), stored); !done)
        return done.error();
    return stored;
}

core::Result<StoredScorecard> ScorecardRepository::latest(qint64 scorecardId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT id FROM scorecard_versions WHERE scorecard_id = ? ORDER BY version DESC LIMIT 1"),
            {scorecardId}, QStringLiteral("reading scorecard %1").arg(scorecardId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no scorecard %1").arg(scorecardId), {}};
    const qint64 id = q.value(0).toLongLong();
    return version(id);
}

core::Result<QList<StoredScorecard>> ScorecardRepository::versions(qint64 scorecardId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q, QStringLiteral("SELECT id FROM scorecard_versions WHERE scorecard_id = ? ORDER BY version"),
            {scorecardId}, QStringLiteral("reading the versions of scorecard %1").arg(scorecardId));
        !done)
        return done.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty())
        return core::Error{tr("there is no scorecard %1").arg(scorecardId), {}};
    QList<StoredScorecard> all;
    for (qint64 id : std::as_const(ids)) {
        auto stored = version(id);
        if (!stored)
            return stored.error();
        all.append(stored.value());
    }
    return all;
}

core::Result<StoredScorecard> ScorecardRepository::save(std::optional<qint64> scorecardId,
                                                        const core::ScorecardDefinition &definition,
                                                        const QString &actor)
{
    if (auto valid = core::validateScorecard(definition); !valid)
        return valid.error();
    return inTransaction(m_database->connection(), tr("saving scorecard %1").arg(definition.name),
                         [&]() -> core::Result<StoredScorecard> {
                             ScorecardWriter writer(*m_database, actor);
                             return scorecardId ? writer.update(*scorecardId, definition)
                                                : writer.create(definition);
                         });
}

core::Status ScorecardRepository::setRetired(qint64 scorecardId, bool retired, const QString &actor)
{
    return inTransaction(
        m_database->connection(), tr("retiring scorecard %1").arg(scorecardId), [&]() -> core::Status {
            QSqlQuery q(m_database->connection());
            if (auto done = runBound(q, QStringLiteral("SELECT retired FROM scorecards WHERE id = ?"),
                                     {scorecardId}, QStringLiteral("reading scorecard %1").arg(scorecardId));
                !done)
                return done;
            if (!q.next())
                return core::Error{tr("there is no scorecard %1").arg(scorecardId), {}};
            if ((q.value(0).toInt() != 0) == retired)
                return core::Done{};
            if (auto done = runBound(q, QStringLiteral("UPDATE scorecards SET retired = ? WHERE id = ?"),
                                     {retired ? 1 : 0, scorecardId},
                                     QStringLiteral("retiring scorecard %1").arg(scorecardId));
                !done)
                return done;
            return AuditLog(*m_database)
                .append(actor, scorecardEntity, scorecardId,
                        retired ? QStringLiteral("retire") : QStringLiteral("restore"));
        });
}

core::Status ScorecardRepository::installDefaults(const QString &actor)
{
    return inTransaction(
        m_database->connection(), tr("installing the default scorecards"), [&]() -> core::Status {
            QSqlQuery q(m_database->connection());
            if (auto done = execute(q, QStringLiteral("SELECT purpose, name FROM scorecards"),
                                    QStringLiteral("reading the scorecards"));
                !done)
                return done;
            QSet<QString> purposes;
            QSet<QString> names;
            while (q.next()) {
                purposes.insert(q.value(0).toString());
                names.insert(q.value(1).toString());
            }
            ScorecardWriter writer(*m_database, actor);
            for (const core::ScorecardDefinition &definition : core::defaultScorecards()) {
                // A site that made its own form of a purpose keeps it alone; a name in use is never doubled.
                if (purposes.contains(core::scorecardPurposeCode(definition.purpose)) ||
                    names.contains(definition.name))
                    continue;
                if (auto valid = core::validateScorecard(definition); !valid)
                    return valid;
                if (auto stored = writer.create(definition); !stored)
                    return stored.error();
            }
            return core::Done{};
        });
}

} // namespace huddle::storage
