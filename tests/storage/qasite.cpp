#include "qasite.h"
#include "support/testdatabase.h"

#include "storage/database.h"
#include "storage/recordwriter.h"

#include <QTimeZone>

using namespace huddle;

namespace qasite {

namespace {

core::Status writeDirectory(storage::RecordWriter &writer, Site &site)
{
    const QDate joined(2024, 1, 1);
    for (auto [name, id] :
         {std::pair{QStringLiteral("Alpha"), &site.alpha}, {QStringLiteral("Bravo"), &site.bravo}}) {
        const auto team = writer.insertTeam({0, name});
        if (!team)
            return team.error();
        *id = team.value();
    }
    const QList<std::tuple<QString, qint64 *, qint64>> agents{{QStringLiteral("Ana"), &site.ana, site.alpha},
                                                              {QStringLiteral("Ben"), &site.ben, site.alpha},
                                                              {QStringLiteral("Cat"), &site.cat, site.bravo}};
    for (const auto &[name, id, team] : agents) {
        const auto agent = writer.insertAgent({0, name.toUpper(), name, joined, core::AgentStatus::Active});
        if (!agent)
            return agent.error();
        *id = agent.value();
        if (auto member = writer.insertMembership({*id, team, joined, {}}); !member)
            return member;
    }
    return core::Done{};
}

core::Status writeConversation(storage::RecordWriter &writer, Site &site, const Conversation &c, int minute)
{
    core::ConversationRecord record;
    record.source = QStringLiteral("test");
    record.externalId = c.ref;
    record.agentId = c.agentId;
    record.teamId = c.teamId;
    record.startedAt = QDateTime(c.day, QTime(9, 0), QTimeZone::utc()).addSecs(60 * minute);
    record.day = c.day;
    record.answered = c.agentId != 0;
    record.totalHandleSeconds = c.handleSeconds;
    const auto id = writer.insertConversation(record);
    if (!id)
        return id.error();
    site.conversations.insert(c.ref, id.value());
    if (c.csat)
        if (auto surveyed = writer.recordSurvey({id.value(),
                                                 c.csat,
                                                 core::CsatScale{c.csatMin, c.csatMax},
                                                 {},
                                                 record.startedAt.addSecs(3600)});
            !surveyed)
            return surveyed;
    for (const qint64 cents : c.saleCents)
        if (auto sold = writer.insertSale(
                {c.agentId, id.value(), c.day, QStringLiteral("Plan"), QStringLiteral("A"), cents});
            !sold)
            return sold;
    return core::Done{};
}

} // namespace

core::Result<Site> openSite(const QString &path)
{
    auto db =
        storage::Database::open(testsupport::testDatabaseLocation(path), storage::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    Site site;
    site.db = std::move(db.value());
    storage::RecordWriter writer(*site.db);
    if (auto begun = writer.begin(); !begun)
        return begun.error();
    if (auto written = writeDirectory(writer, site); !written)
        return written.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    return site;
}

core::Status addConversations(Site &site, const QList<Conversation> &conversations)
{
    storage::RecordWriter writer(*site.db);
    if (auto begun = writer.begin(); !begun)
        return begun;
    for (qsizetype i = 0; i < conversations.size(); ++i)
        if (auto written = writeConversation(writer, site, conversations[i], static_cast<int>(i)); !written)
            return written;
    return writer.commit();
}

core::Result<storage::StoredScorecard> addScorecard(const storage::Database &db,
                                                    const core::ScorecardDefinition &definition)
{
    return storage::QaWriter(db).insertScorecard(definition);
}

core::Result<qint64> addEvaluation(const Site &site, const storage::StoredScorecard &scorecard,
                                   const Evaluation &evaluation)
{
    core::EvaluationRecord record;
    record.conversationId = site.conversations.value(evaluation.conversation);
    record.evaluator = evaluation.evaluator;
    record.status = evaluation.status;
    record.answers = evaluation.answers;
    record.createdAt = QDateTime(QDate(2024, 3, 20), QTime(12, 0), QTimeZone::utc());
    record.kind = evaluation.kind;
    record.answerComments = evaluation.comments;
    return storage::QaWriter(*site.db).insertEvaluation(scorecard, record);
}

core::CriterionDefinition yesNo(const QString &name, double weight, bool autoFail)
{
    return {name, core::Criterion{weight, core::CriterionKind::YesNo, autoFail, true}, {}};
}

core::CriterionDefinition scale(const QString &name, double weight)
{
    return {name, core::Criterion{weight, core::CriterionKind::Scale1to5, false, true}, {}};
}

} // namespace qasite
