// TimelineRepository on the small site (sitefixture.cpp) plus two coaching sessions for Ben, who moves from
// Alpha to Bravo on D3: one on D2 (in Alpha) and one on D4 (in Bravo).
#include "sitefixture.h"
#include "support/testmain.h"

#include "storage/database.h"
#include "storage/reviewnoterepository.h"
#include "storage/timelinerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;
using core::TimelineEventKind;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;

namespace {

// "Q D1 Ana" for a QA evaluation of Ana's conversation on D1: kind, day, agent — what tests compare.
QString describe(const core::TimelineEvent &event)
{
    const char *kind = event.kind == TimelineEventKind::QaEvaluation ? "Q"
                       : event.kind == TimelineEventKind::ReviewNote ? "N"
                                                                     : "C";
    return QStringLiteral("%1 D%2 %3")
        .arg(QLatin1String(kind))
        .arg(D1.daysTo(event.day) + 1)
        .arg(event.agentName);
}

QStringList describeAll(const QList<core::TimelineEvent> &events)
{
    QStringList lines;
    for (const core::TimelineEvent &event : events)
        lines.append(describe(event));
    return lines;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeSiteInOrder();
    void evaluationsCarryScoreAndEvaluator();
    void teamByConversationAndMembership();
    void agentsAndRange();
    void notesGivenMatchNotesRead();

private:
    QList<core::TimelineEvent> events(core::DateRange range, std::optional<qint64> team,
                                      const QList<qint64> &agents = {});

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
    qint64 m_sessionD2 = 0;
};

void TestTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = fixture::openSmallSite(m_dir.filePath(QStringLiteral("site.sqlite")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value().database);
    m_site = opened.value().site;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO coaching_sessions (agent_id, coach, day, focus_kpis) VALUES (?, ?, ?, ?)"));
    for (const auto &[day, focus] : {std::pair{QStringLiteral("2024-03-02"), QStringLiteral("csat,aht")},
                                     std::pair{QStringLiteral("2024-03-04"), QString()}}) {
        q.addBindValue(m_site.ben);
        q.addBindValue(QStringLiteral("Coach Kim"));
        q.addBindValue(day);
        q.addBindValue(focus.isEmpty() ? QVariant() : QVariant(focus));
        QVERIFY(q.exec());
        if (!m_sessionD2)
            m_sessionD2 = q.lastInsertId().toLongLong();
    }
}

QList<core::TimelineEvent> TestTimeline::events(core::DateRange range, std::optional<qint64> team,
                                                const QList<qint64> &agents)
{
    auto result = storage::TimelineRepository(*m_db).events(range, team, agents);
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return {};
    }
    return result.value();
}

// Evaluations: e1 c1 Ana D1 published, e2 c5 Ben D2 final, e3 c6 Ben D3 published; e4 (draft) and e5
// (disputed) stay off. Notes by conversation day: n1 n5 on c1 (D1), n3 on c5 (D2), n4 on c9 (Cat, D2),
// n2 on c6 (D3). Within a day: evaluations, notes, sessions; then by id.
void TestTimeline::wholeSiteInOrder()
{
    QCOMPARE(describeAll(events({D1, D4}, std::nullopt)),
             (QStringList{QStringLiteral("Q D1 Ana"), QStringLiteral("N D1 Ana"), QStringLiteral("N D1 Ana"),
                          QStringLiteral("Q D2 Ben"), QStringLiteral("N D2 Ben"), QStringLiteral("N D2 Cat"),
                          QStringLiteral("C D2 Ben"), QStringLiteral("Q D3 Ben"), QStringLiteral("N D3 Ben"),
                          QStringLiteral("C D4 Ben")}));
}

void TestTimeline::evaluationsCarryScoreAndEvaluator()
{
    const QList<core::TimelineEvent> all = events({D1, D4}, std::nullopt);
    QList<double> scores;
    for (const core::TimelineEvent &event : all) {
        if (event.kind != TimelineEventKind::QaEvaluation) {
            QVERIFY(!event.score);
            continue;
        }
        QVERIFY(event.score);
        scores.append(*event.score);
        QVERIFY2(event.title.contains(QStringLiteral("QA Quinn")), qPrintable(event.title));
    }
    // 13/13, 7/13 and an auto-fail (sitefixture.cpp)
    QCOMPARE(scores.size(), 3);
    QCOMPARE(scores[0], 100.0);
    QVERIFY(qAbs(scores[1] - 700.0 / 13.0) < 1e-9);
    QCOMPARE(scores[2], 0.0);
    const auto session = std::find_if(all.begin(), all.end(), [this](const core::TimelineEvent &e) {
        return e.kind == TimelineEventKind::CoachingSession && e.id == m_sessionD2;
    });
    QVERIFY(session != all.end());
    QVERIFY2(session->title.contains(QStringLiteral("Coach Kim")) &&
                 session->title.contains(QStringLiteral("CSAT, AHT")),
             qPrintable(session->title));
    const auto note = std::find_if(all.begin(), all.end(), [](const core::TimelineEvent &e) {
        return e.kind == TimelineEventKind::ReviewNote;
    });
    QVERIFY2(note->title.contains(QStringLiteral("n1")) || note->title.contains(QStringLiteral("n5")),
             qPrintable(note->title));
}

// Alpha holds c1…c5: e1 and e2 with their notes; Ben's D2 session falls while he was in Alpha, his D4 one
// in Bravo. Bravo holds c6 c8 c9: e3, n2 and n4, and the D4 session.
void TestTimeline::teamByConversationAndMembership()
{
    QCOMPARE(
        describeAll(events({D1, D4}, m_site.alpha)),
        (QStringList{QStringLiteral("Q D1 Ana"), QStringLiteral("N D1 Ana"), QStringLiteral("N D1 Ana"),
                     QStringLiteral("Q D2 Ben"), QStringLiteral("N D2 Ben"), QStringLiteral("C D2 Ben")}));
    QCOMPARE(describeAll(events({D1, D4}, m_site.bravo)),
             (QStringList{QStringLiteral("N D2 Cat"), QStringLiteral("Q D3 Ben"), QStringLiteral("N D3 Ben"),
                          QStringLiteral("C D4 Ben")}));
}

void TestTimeline::agentsAndRange()
{
    QCOMPARE(describeAll(events({D1, D4}, std::nullopt, {m_site.cat})),
             QStringList{QStringLiteral("N D2 Cat")});
    QCOMPARE(
        describeAll(events({D2, D3}, std::nullopt, {m_site.ben, m_site.cat})),
        (QStringList{QStringLiteral("Q D2 Ben"), QStringLiteral("N D2 Ben"), QStringLiteral("N D2 Cat"),
                     QStringLiteral("C D2 Ben"), QStringLiteral("Q D3 Ben"), QStringLiteral("N D3 Ben")}));
    QCOMPARE(describeAll(events({D2, D3}, m_site.bravo, {m_site.ben})),
             (QStringList{QStringLiteral("Q D3 Ben"), QStringLiteral("N D3 Ben")}));
    QVERIFY(events({D4.addDays(1), D4.addDays(30)}, std::nullopt).isEmpty());
}

// The dashboard hands over the notes it read for its notes panel; the events must be the ones read afresh.
void TestTimeline::notesGivenMatchNotesRead()
{
    const storage::TimelineRepository timeline(*m_db);
    const storage::ReviewNoteRepository notes(*m_db);
    const QList<std::tuple<core::DateRange, std::optional<qint64>, std::optional<qint64>>> scopes{
        {{D1, D4}, std::nullopt, std::nullopt},
        {{D1, D4}, m_site.alpha, std::nullopt},
        {{D2, D3}, std::nullopt, m_site.ben},
        {{D1, D4}, m_site.bravo, m_site.ben}};
    for (const auto &[range, team, agent] : scopes) {
        const QList<qint64> agents = agent ? QList<qint64>{*agent} : QList<qint64>{};
        const auto read = timeline.events(range, team, agents);
        const auto given = timeline.events(range, team, agents, notes.notes(range, team, agent).value());
        QVERIFY(read && given);
        QCOMPARE(describeAll(given.value()), describeAll(read.value()));
        for (qsizetype i = 0; i < read.value().size(); ++i) {
            QCOMPARE(given.value()[i].title, read.value()[i].title);
            QCOMPARE(given.value()[i].agentId, read.value()[i].agentId);
            QCOMPARE(given.value()[i].id, read.value()[i].id);
        }
    }
}

HUDDLE_TEST_GUILESS_MAIN("test_timeline", TestTimeline)
#include "tst_timeline.moc"
