#include "qafixture.h"

#include "storage/database.h"
#include "storage/scorecardrepository.h"

#include <QSqlQuery>

using namespace huddle;

namespace qafixture {

core::ScorecardDefinition careCard()
{
    using core::CriterionKind;
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Care card");
    card.description = QStringLiteral("Calls of the care queue");
    card.purpose = core::ScorecardPurpose::Qa;
    card.channel = core::Channel::Call;
    card.sections = {
        {QStringLiteral("Opening"),
         {{QStringLiteral("Greeting"), {1, CriterionKind::YesNo, false, false}, QStringLiteral("Name")},
          {QStringLiteral("Verified"), {2, CriterionKind::YesNo, true, false}, QStringLiteral("Two facts")}}},
        {QStringLiteral("Resolution"),
         {{QStringLiteral("Solved"), {3, CriterionKind::Scale1to5, false, true}, {}},
          {QStringLiteral("Empathy"), {1, CriterionKind::Scale1to5, false, true}, QStringLiteral("Calm")}}}};
    return card;
}

core::ScorecardDefinition peerCard()
{
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Peer card");
    card.purpose = core::ScorecardPurpose::Peer;
    card.sections = {{QStringLiteral("Peer"),
                      {{QStringLiteral("Helpful"), {1, core::CriterionKind::YesNo, false, false}, {}},
                       {QStringLiteral("Clear"), {1, core::CriterionKind::Scale1to5, false, false}, {}}}}};
    return card;
}

core::Result<QaSite> openQaSite(const QString &path)
{
    auto opened = fixture::openSmallSite(path);
    if (!opened)
        return opened.error();
    QaSite qa{std::move(opened.value().database), opened.value().site, {}, {}};
    storage::ScorecardRepository scorecards(*qa.database);
    auto care = scorecards.save(std::nullopt, careCard(), QStringLiteral("Lead"));
    if (!care)
        return care.error();
    auto peer = scorecards.save(std::nullopt, peerCard(), QStringLiteral("Lead"));
    if (!peer)
        return peer.error();
    qa.care = care.value();
    qa.peer = peer.value();
    return qa;
}

storage::EvaluationDraft careDraft(const QaSite &qa, const char *key,
                                   const QList<core::CriterionAnswer> &answers)
{
    storage::EvaluationDraft draft;
    draft.conversationId = qa.site.conversations.value(QLatin1String(key));
    draft.scorecardVersionId = qa.care.versionId;
    draft.evaluator = QStringLiteral("Quinn");
    draft.answers = answers;
    return draft;
}

QVariant scalar(const storage::Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

int count(const storage::Database &database, const QString &sql, const QVariantList &values)
{
    const QVariant value = scalar(database, sql, values);
    return value.isValid() ? value.toInt() : -1;
}

int auditCount(const storage::Database &database, const QString &entity, qint64 entityId,
               const QString &action)
{
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND entity_id = ?");
    if (action.isEmpty())
        return count(database, sql, {entity, entityId});
    return count(database, sql + QStringLiteral(" AND action = ?"), {entity, entityId, action});
}

bool breakInsertsInto(const storage::Database &database, const QString &table)
{
    QSqlQuery q(database.connection());
    if (database.dialect() == storage::Dialect::PostgreSQL)
        // PostgreSQL's triggers run a function; RAISE EXCEPTION aborts the insert like SQLite's RAISE(ABORT)
        // (https://www.postgresql.org/docs/15/plpgsql-trigger.html).
        return q.exec(QStringLiteral("CREATE FUNCTION broken_%1() RETURNS trigger LANGUAGE plpgsql AS"
                                     " $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$")
                          .arg(table)) &&
               q.exec(QStringLiteral("CREATE TRIGGER broken_%1 BEFORE INSERT ON %1 FOR EACH ROW"
                                     " EXECUTE FUNCTION broken_%1()")
                          .arg(table));
    return q.exec(
        QStringLiteral("CREATE TRIGGER broken_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'disk on"
                       " fire'); END")
            .arg(table));
}

bool repairInsertsInto(const storage::Database &database, const QString &table)
{
    QSqlQuery q(database.connection());
    if (database.dialect() == storage::Dialect::PostgreSQL)
        return q.exec(QStringLiteral("DROP TRIGGER broken_%1 ON %1").arg(table)) &&
               q.exec(QStringLiteral("DROP FUNCTION broken_%1()").arg(table));
    return q.exec(QStringLiteral("DROP TRIGGER broken_%1").arg(table));
}

} // namespace qafixture
