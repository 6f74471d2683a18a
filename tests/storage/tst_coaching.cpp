// Coaching sessions in storage: a full session stored and read back with its context (the agent's team on
// the session day), saves that diff agenda and action items by id, a closed session that only takes the
// follow-up changes, the life cycle, deleting planned sessions only, action done state, the lists of the
// Coaching page (sessions, follow-ups, open action items) and all-or-nothing writes with their audit entries.
#include "coachingsite.h"
#include "qafixture.h"
#include "storage/auditlog.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using coachingsite::action;
using coachingsite::Now;
using coachingsite::plannedSession;
using core::KpiId;
using core::SessionStatus;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;
using qafixture::auditCount;
using qafixture::count;
using qafixture::scalar;
using storage::CoachingAction;
using storage::CoachingSession;

namespace {

const QString lead = QStringLiteral("Lead Lee");
const QString sessionEntity = QStringLiteral("coaching_session");
const QDate March10(2024, 3, 10);

// The stored state of a session, without the context load() adds.
bool sameStored(const CoachingSession &a, const CoachingSession &b)
{
    return a.id == b.id && a.agentId == b.agentId && a.coach == b.coach && a.day == b.day &&
           a.status == b.status && a.focus == b.focus && a.notes == b.notes &&
           a.acknowledgedDay == b.acknowledgedDay && a.followUp == b.followUp && a.agenda == b.agenda &&
           a.actions == b.actions && a.homework == b.homework && a.updatedAt == b.updatedAt;
}

template <typename Row> QList<qint64> idsOf(const QList<Row> &rows)
{
    QList<qint64> ids;
    for (const Row &row : rows)
        ids.append(row.id);
    return ids;
}

QList<qint64> jsonIds(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInteger());
    return ids;
}

} // namespace

class TestCoaching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripKeepsEverything();
    void sessionTeamIsTheTeamOnTheDay();
    void createRefusesWhatIsNotASession();
    void saveDiffsActionsAndAgendaById();
    void saveWithoutChangesWritesNothing();
    void closedSessionTakesOnlyFollowUpChanges();
    void statusTransitions();
    void onlyPlannedSessionsCanBeDeleted();
    void actionDoneStateOnAnySession();
    void sessionsNewestFirstWithCounts();
    void followUpsUntilTheNextSession();
    void openActionsByDueDay();
    void failedWritesLeaveNothing();

private:
    storage::CoachingRepository repo() const { return storage::CoachingRepository(*m_database); }
    // Creates `session` and returns its id; 0 (with a warning) when refused.
    qint64 create(const CoachingSession &session);
    CoachingSession load(qint64 sessionId);
    qint64 createFull() { return create(coachingsite::fullSession(m_site, m_phrases)); }
    QList<storage::AuditEntry> audit(const QString &entity, qint64 id) const
    {
        return storage::AuditLog(*m_database).entries(entity, id).value();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_database;
    fixture::SmallSite m_site;
    QList<qint64> m_phrases;
};

void TestCoaching::init()
{
    m_database.reset();
    auto opened =
        fixture::openSmallSite(m_dir.filePath(QStringLiteral("coaching%1.sqlite").arg(++m_counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_database = std::move(opened->database);
    m_site = opened->site;
    const auto phrases = coachingsite::addPhrases(*m_database, 3);
    QVERIFY2(phrases, qPrintable(phrases ? QString() : phrases.error().toString()));
    m_phrases = phrases.value();
}

qint64 TestCoaching::create(const CoachingSession &session)
{
    const auto id = repo().create(session, lead, Now);
    if (!id) {
        qWarning("%s", qPrintable(id.error().toString()));
        return 0;
    }
    return id.value();
}

CoachingSession TestCoaching::load(qint64 sessionId)
{
    const auto session = repo().load(sessionId);
    if (!session) {
        qWarning("%s", qPrintable(session.error().toString()));
        return {};
    }
    return session.value();
}

void TestCoaching::roundTripKeepsEverything()
{
    const CoachingSession full = coachingsite::fullSession(m_site, {m_phrases[2], m_phrases[0]});
    const qint64 id = create(full);
    QVERIFY(id > 0);
    const CoachingSession loaded = load(id);
    QCOMPARE(loaded.id, id);
    QCOMPARE(loaded.agentId, m_site.ana);
    QCOMPARE(loaded.coach, QStringLiteral("Coach Kim"));
    QCOMPARE(loaded.day, D2);
    QCOMPARE(loaded.status, SessionStatus::Planned);
    QCOMPARE(loaded.focus, (QList<KpiId>{KpiId::Csat, KpiId::Aht}));
    QCOMPARE(loaded.notes, full.notes);
    QCOMPARE(loaded.acknowledgedDay, D3);
    QCOMPARE(loaded.followUp, March10);
    QCOMPARE(loaded.homework, (QList<qint64>{m_phrases[0], m_phrases[2]}));
    QCOMPARE(loaded.agentName, QStringLiteral("Ana"));
    QCOMPARE(loaded.teamId, m_site.alpha);
    QCOMPARE(loaded.teamName, QStringLiteral("Alpha"));
    QCOMPARE(loaded.createdAt, Now);
    QCOMPARE(loaded.updatedAt, Now);

    QCOMPARE(loaded.agenda.size(), 3);
    for (int i = 0; i < 3; ++i) {
        storage::CoachingAgendaItem expected = full.agenda[i];
        QVERIFY(loaded.agenda[i].id > 0);
        expected.id = loaded.agenda[i].id;
        QCOMPARE(loaded.agenda[i], expected);
    }
    QCOMPARE(loaded.actions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        CoachingAction expected = full.actions[i];
        QVERIFY(loaded.actions[i].id > 0);
        expected.id = loaded.actions[i].id;
        expected.sessionId = id;
        QCOMPARE(loaded.actions[i], expected);
    }
    QVERIFY(!loaded.actions[0].done);
    QCOMPARE(loaded.actions[1].doneDay, D3);

    // The stored form: KPI codes, the level-1 acknowledged flag in step, positions as list indexes.
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT focus_kpis FROM coaching_sessions WHERE id = ?"), {id}),
        QVariant(QStringLiteral("csat,aht")));
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT acknowledged FROM coaching_sessions WHERE id = ?"), {id})
            .toInt(),
        1);
    QCOMPARE(scalar(*m_database, QStringLiteral("SELECT status FROM coaching_sessions WHERE id = ?"), {id}),
             QVariant(QStringLiteral("planned")));
    QCOMPARE(scalar(*m_database, QStringLiteral("SELECT position FROM coaching_agenda_items WHERE id = ?"),
                    {loaded.agenda[2].id})
                 .toInt(),
             2);

    const auto entries = audit(sessionEntity, id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("plan"));
    QCOMPARE(entries[0].actor, lead);
    QCOMPARE(entries[0].detail.value(QStringLiteral("agent")).toInteger(), m_site.ana);
    QCOMPARE(entries[0].detail.value(QStringLiteral("day")).toString(), QStringLiteral("2024-03-02"));
    QCOMPARE(entries[0].detail.value(QStringLiteral("focus")).toArray(),
             (QJsonArray{QStringLiteral("csat"), QStringLiteral("aht")}));
}

void TestCoaching::sessionTeamIsTheTeamOnTheDay()
{
    // Ben is in Alpha until D3 (exclusive), then in Bravo; nobody has a team before 1 January 2024.
    const qint64 before = create(plannedSession(m_site.ben, D2));
    const qint64 onMove = create(plannedSession(m_site.ben, D3));
    const qint64 beforeJoining = create(plannedSession(m_site.ben, QDate(2023, 12, 31)));
    QCOMPARE(load(before).teamId, m_site.alpha);
    QCOMPARE(load(onMove).teamId, m_site.bravo);
    QCOMPARE(load(onMove).teamName, QStringLiteral("Bravo"));
    QCOMPARE(load(beforeJoining).teamId, 0);
    QCOMPARE(load(beforeJoining).teamName, QString());

    // Cat leaves Bravo on D3 without joining another team: from then on her sessions have no team.
    QSqlQuery leave(m_database->connection());
    QVERIFY(
        leave.exec(QStringLiteral("UPDATE team_memberships SET valid_to = '2024-03-03' WHERE agent_id = %1")
                       .arg(m_site.cat)));
    QCOMPARE(load(create(plannedSession(m_site.cat, D2))).teamId, m_site.bravo);
    const qint64 afterLeaving = create(plannedSession(m_site.cat, D3));
    QCOMPARE(load(afterLeaving).teamId, 0);
    const auto bravo = repo().sessions({{}, m_site.bravo, {}, {}});
    QVERIFY(bravo);
    QVERIFY(!idsOf(bravo.value()).contains(afterLeaving));
}

void TestCoaching::createRefusesWhatIsNotASession()
{
    const auto refusal = [&](const CoachingSession &session) {
        const auto id = repo().create(session, lead, Now);
        return id ? QString() : id.error().message;
    };
    QVERIFY(refusal(plannedSession(9999, D2)).contains(QStringLiteral("agent")));
    QVERIFY(!refusal(plannedSession(m_site.ana, QDate())).isEmpty());
    // The UI always proposes a focus: none, more than three or a repeat is a mistake worth saying.
    QVERIFY(
        refusal(plannedSession(m_site.ana, D2, {})).contains(QStringLiteral("focus"), Qt::CaseInsensitive));
    QVERIFY(!refusal(plannedSession(m_site.ana, D2, {KpiId::Csat, KpiId::Aht, KpiId::Qa, KpiId::Sales}))
                 .isEmpty());
    QVERIFY(!refusal(plannedSession(m_site.ana, D2, {KpiId::Csat, KpiId::Csat})).isEmpty());

    CoachingSession blankAction = plannedSession(m_site.ana, D2);
    blankAction.actions = {action(QStringLiteral("Recap")), action(QStringLiteral("  "))};
    QVERIFY(refusal(blankAction).contains(QStringLiteral("action item 2")));
    CoachingSession doneUndated = plannedSession(m_site.ana, D2);
    doneUndated.actions = {action(QStringLiteral("Recap"))};
    doneUndated.actions[0].done = true;
    QVERIFY(!refusal(doneUndated).isEmpty());
    CoachingSession untitled = plannedSession(m_site.ana, D2);
    untitled.agenda = {storage::CoachingAgendaItem{}};
    QVERIFY(refusal(untitled).contains(QStringLiteral("agenda item 1")));

    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions")), 0);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM coaching_actions")), 0);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ?"),
                   {sessionEntity}),
             0);
}

void TestCoaching::saveDiffsActionsAndAgendaById()
{
    CoachingSession planned = plannedSession(m_site.ana, D2);
    planned.actions = {action(QStringLiteral("A"), D4), action(QStringLiteral("B")),
                       action(QStringLiteral("C"))};
    planned.agenda = {{}, {}, {}};
    planned.agenda[0].title = QStringLiteral("X");
    planned.agenda[1].title = QStringLiteral("Y");
    planned.agenda[2].title = QStringLiteral("Z");
    planned.homework = m_phrases;
    const qint64 id = create(planned);
    const CoachingSession stored = load(id);
    const auto [a, b, c] = std::tuple(stored.actions[0], stored.actions[1], stored.actions[2]);
    const auto [x, y, z] = std::tuple(stored.agenda[0], stored.agenda[1], stored.agenda[2]);

    // Actions: new D first, C reworded, A moved to the end, B dropped. Agenda: Z first, X with notes, Y
    // dropped, W added. Homework: the second phrase only.
    CoachingSession edited = stored;
    CoachingAction reworded = c;
    reworded.body = QStringLiteral("C, reworded");
    edited.actions = {action(QStringLiteral("D"), D3, QStringLiteral("agent")), reworded, a};
    storage::CoachingAgendaItem noted = x;
    noted.notes = QStringLiteral("talked it through");
    storage::CoachingAgendaItem added;
    added.title = QStringLiteral("W");
    edited.agenda = {z, noted, added};
    edited.homework = {m_phrases[1]};
    const QDateTime later = Now.addSecs(3600);
    QVERIFY(repo().save(edited, lead, later));

    const CoachingSession saved = load(id);
    QCOMPARE(saved.actions.size(), 3);
    const qint64 d = saved.actions[0].id;
    QVERIFY(d > 0 && d != a.id && d != b.id && d != c.id);
    QCOMPARE(idsOf(saved.actions), (QList<qint64>{d, c.id, a.id}));
    QCOMPARE(saved.actions[0].body, QStringLiteral("D"));
    QCOMPARE(saved.actions[0].owner, QStringLiteral("agent"));
    QCOMPARE(saved.actions[0].due, D3);
    QCOMPARE(saved.actions[1].body, QStringLiteral("C, reworded"));
    QCOMPARE(saved.actions[2], a);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE id = ?"), {b.id}),
             0);
    QCOMPARE(scalar(*m_database, QStringLiteral("SELECT position FROM coaching_actions WHERE id = ?"), {a.id})
                 .toInt(),
             2);

    const qint64 w = saved.agenda[2].id;
    QCOMPARE(idsOf(saved.agenda), (QList<qint64>{z.id, x.id, w}));
    QVERIFY(w != y.id);
    QCOMPARE(saved.agenda[1].notes, QStringLiteral("talked it through"));
    QCOMPARE(count(*m_database,
                   QStringLiteral("SELECT COUNT(*) FROM coaching_agenda_items WHERE session_id = ?"), {id}),
             3);
    QCOMPARE(saved.homework, QList<qint64>{m_phrases[1]});
    QCOMPARE(saved.createdAt, Now);
    QCOMPARE(saved.updatedAt, later);

    const auto entries = audit(sessionEntity, id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].action, QStringLiteral("save"));
    const QJsonObject actions = entries[1].detail.value(QStringLiteral("actions")).toObject();
    QCOMPARE(jsonIds(actions.value(QStringLiteral("added"))), QList<qint64>{d});
    QCOMPARE(jsonIds(actions.value(QStringLiteral("changed"))), (QList<qint64>{c.id, a.id}));
    QCOMPARE(jsonIds(actions.value(QStringLiteral("removed"))), QList<qint64>{b.id});
    const QJsonObject agenda = entries[1].detail.value(QStringLiteral("agenda")).toObject();
    QCOMPARE(jsonIds(agenda.value(QStringLiteral("added"))), QList<qint64>{w});
    QCOMPARE(jsonIds(agenda.value(QStringLiteral("changed"))), (QList<qint64>{z.id, x.id}));
    QCOMPARE(jsonIds(agenda.value(QStringLiteral("removed"))), QList<qint64>{y.id});
    const QJsonObject homework = entries[1].detail.value(QStringLiteral("homework")).toObject();
    QCOMPARE(jsonIds(homework.value(QStringLiteral("before"))), m_phrases);
    QCOMPARE(jsonIds(homework.value(QStringLiteral("after"))), QList<qint64>{m_phrases[1]});
    QVERIFY(!entries[1].detail.contains(QStringLiteral("notes")));

    // An id that is not this session's row is refused.
    CoachingSession foreign = saved;
    foreign.actions[0].id = 9999;
    QVERIFY(!repo().save(foreign, lead, later));
    CoachingSession twice = saved;
    twice.agenda.append(twice.agenda[0]);
    QVERIFY(!repo().save(twice, lead, later));
    QVERIFY(sameStored(load(id), saved));
}

void TestCoaching::saveWithoutChangesWritesNothing()
{
    const qint64 id = createFull();
    CoachingSession session = load(id);
    QVERIFY(repo().save(session, lead, Now.addDays(1)));
    QCOMPARE(auditCount(*m_database, sessionEntity, id, QStringLiteral("save")), 0);
    QCOMPARE(load(id).updatedAt, Now);

    session.followUp = QDate(2024, 3, 17);
    QVERIFY(repo().save(session, lead, Now.addDays(1)));
    const auto entries = audit(sessionEntity, id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].detail.keys(), QStringList{QStringLiteral("followUp")});
    const QJsonObject followUp = entries[1].detail.value(QStringLiteral("followUp")).toObject();
    QCOMPARE(followUp.value(QStringLiteral("before")).toString(), QStringLiteral("2024-03-10"));
    QCOMPARE(followUp.value(QStringLiteral("after")).toString(), QStringLiteral("2024-03-17"));
    QCOMPARE(load(id).updatedAt, Now.addDays(1));
}

void TestCoaching::closedSessionTakesOnlyFollowUpChanges()
{
    const qint64 id = createFull();
    QVERIFY(repo().setStatus(id, SessionStatus::Held, {}, lead, Now));
    QVERIFY(repo().setStatus(id, SessionStatus::Closed, {}, lead, Now));
    const CoachingSession closed = load(id);
    QCOMPARE(closed.status, SessionStatus::Closed);

    const auto refusal = [&](const std::function<void(CoachingSession &)> &edit) {
        CoachingSession session = closed;
        edit(session);
        const auto saved = repo().save(session, lead, Now.addDays(1));
        return saved ? QString() : saved.error().message;
    };
    const QString notes = refusal([](CoachingSession &s) { s.notes += QStringLiteral(" More."); });
    QVERIFY2(notes.contains(QStringLiteral("closed")) && notes.contains(QStringLiteral("notes")),
             qPrintable(notes));
    QVERIFY(refusal([](CoachingSession &s) {
                s.agenda[0].notes = QStringLiteral("late");
            }).contains(QStringLiteral("agenda")));
    QVERIFY(refusal([](CoachingSession &s) {
                s.actions[0].body = QStringLiteral("Other");
            }).contains(QStringLiteral("action items")));
    QVERIFY(refusal([](CoachingSession &s) {
                s.actions.append(action(QStringLiteral("New")));
            }).contains(QStringLiteral("action items")));
    QVERIFY(
        refusal([](CoachingSession &s) { s.actions.removeLast(); }).contains(QStringLiteral("action items")));
    QVERIFY(refusal([](CoachingSession &s) { s.focus = {KpiId::Qa}; }).contains(QStringLiteral("focus")));
    QVERIFY(refusal([](CoachingSession &s) { s.homework = {}; }).contains(QStringLiteral("homework")));
    const QString two = refusal([](CoachingSession &s) {
        s.day = D3;
        s.coach = QStringLiteral("Someone else");
    });
    QVERIFY2(two.contains(QStringLiteral("day")) && two.contains(QStringLiteral("coach")), qPrintable(two));
    QVERIFY(sameStored(load(id), closed));
    QCOMPARE(auditCount(*m_database, sessionEntity, id, QStringLiteral("save")), 0);

    // Acknowledgement, follow-up and the done state still change; the status in the saved copy is ignored.
    CoachingSession followedUp = closed;
    followedUp.acknowledgedDay = D4;
    followedUp.followUp = QDate(2024, 3, 20);
    followedUp.actions[0].done = true;
    followedUp.actions[0].doneDay = D4;
    followedUp.actions[1].done = false;
    followedUp.status = SessionStatus::Planned;
    const auto saved = repo().save(followedUp, lead, Now.addDays(1));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const CoachingSession after = load(id);
    QCOMPARE(after.status, SessionStatus::Closed);
    QCOMPARE(after.acknowledgedDay, D4);
    QCOMPARE(after.followUp, QDate(2024, 3, 20));
    QVERIFY(after.actions[0].done);
    QCOMPARE(after.actions[0].doneDay, D4);
    QVERIFY(!after.actions[1].done);
    QCOMPARE(after.actions[1].doneDay, QDate());
    QVERIFY(scalar(*m_database, QStringLiteral("SELECT done_day FROM coaching_actions WHERE id = ?"),
                   {after.actions[1].id})
                .isNull());
    QCOMPARE(auditCount(*m_database, sessionEntity, id, QStringLiteral("save")), 1);
}

void TestCoaching::statusTransitions()
{
    const qint64 id = createFull();
    const auto status = [&] {
        return scalar(*m_database, QStringLiteral("SELECT status FROM coaching_sessions WHERE id = ?"), {id})
            .toString();
    };
    QVERIFY(repo().setStatus(id, SessionStatus::Held, {}, lead, Now));
    QCOMPARE(status(), QStringLiteral("held"));
    QVERIFY(!repo().setStatus(id, SessionStatus::Planned, QStringLiteral("oops"), lead, Now));
    QCOMPARE(status(), QStringLiteral("held"));
    QVERIFY(repo().setStatus(id, SessionStatus::Held, {}, lead, Now)); // already held: nothing to do
    QVERIFY(repo().setStatus(id, SessionStatus::Closed, {}, lead, Now));
    QCOMPARE(status(), QStringLiteral("closed"));

    const auto noReason = repo().setStatus(id, SessionStatus::Held, {}, lead, Now);
    QVERIFY(!noReason);
    QVERIFY(noReason.error().message.contains(QStringLiteral("reason")));
    QVERIFY(!repo().setStatus(id, SessionStatus::Held, QStringLiteral("   "), lead, Now));
    QVERIFY(!repo().setStatus(id, SessionStatus::Planned, QStringLiteral("start over"), lead, Now));
    QCOMPARE(status(), QStringLiteral("closed"));
    const QDateTime later = Now.addSecs(60);
    QVERIFY(repo().setStatus(id, SessionStatus::Held, QStringLiteral(" Wrong due day "), lead, later));
    QCOMPARE(status(), QStringLiteral("held"));
    QCOMPARE(load(id).updatedAt, later);

    const auto entries = audit(sessionEntity, id);
    QStringList actions;
    for (const auto &entry : entries)
        actions.append(entry.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("plan"), QStringLiteral("hold"), QStringLiteral("close"),
                                   QStringLiteral("reopen")}));
    QCOMPARE(entries[3].detail.value(QStringLiteral("reason")).toString(), QStringLiteral("Wrong due day"));
    const QJsonObject change = entries[3].detail.value(QStringLiteral("status")).toObject();
    QCOMPARE(change.value(QStringLiteral("before")).toString(), QStringLiteral("closed"));
    QCOMPARE(change.value(QStringLiteral("after")).toString(), QStringLiteral("held"));

    const qint64 direct = create(plannedSession(m_site.cat, D3));
    QVERIFY(repo().setStatus(direct, SessionStatus::Closed, {}, lead, Now));
    QCOMPARE(load(direct).status, SessionStatus::Closed);
    QVERIFY(!repo().setStatus(9999, SessionStatus::Held, {}, lead, Now));
}

void TestCoaching::onlyPlannedSessionsCanBeDeleted()
{
    const qint64 planned = createFull();
    const qint64 plannedAction = load(planned).actions[0].id;
    // A later session whose agenda brings up the planned session's action item.
    CoachingSession later = plannedSession(m_site.ana, D4);
    later.agenda = {{}};
    later.agenda[0].kind = core::AgendaKind::Action;
    later.agenda[0].title = QStringLiteral("Recap next steps");
    later.agenda[0].actionId = plannedAction;
    const qint64 laterId = create(later);
    QCOMPARE(load(laterId).agenda[0].actionId, plannedAction);

    QVERIFY(repo().remove(planned, lead, Now));
    for (const char *table : {"coaching_agenda_items", "coaching_actions", "coaching_homework"})
        QCOMPARE(
            count(*m_database,
                  QStringLiteral("SELECT COUNT(*) FROM %1 WHERE session_id = ?").arg(QLatin1String(table)),
                  {planned}),
            0);
    QCOMPARE(
        count(*m_database, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE id = ?"), {planned}),
        0);
    QVERIFY(!repo().load(planned));
    const CoachingSession kept = load(laterId);
    QCOMPARE(kept.agenda[0].actionId, 0);
    QCOMPARE(kept.agenda[0].title, QStringLiteral("Recap next steps"));
    QCOMPARE(auditCount(*m_database, sessionEntity, planned, QStringLiteral("delete")), 1);

    QVERIFY(repo().setStatus(laterId, SessionStatus::Held, {}, lead, Now));
    const auto held = repo().remove(laterId, lead, Now);
    QVERIFY(!held);
    QVERIFY(held.error().message.contains(QStringLiteral("planned")));
    QVERIFY(repo().setStatus(laterId, SessionStatus::Closed, {}, lead, Now));
    QVERIFY(!repo().remove(laterId, lead, Now));
    QVERIFY(repo().load(laterId));
    QCOMPARE(auditCount(*m_database, sessionEntity, laterId, QStringLiteral("delete")), 0);
}

void TestCoaching::actionDoneStateOnAnySession()
{
    const qint64 id = createFull();
    QVERIFY(repo().setStatus(id, SessionStatus::Held, {}, lead, Now));
    QVERIFY(repo().setStatus(id, SessionStatus::Closed, {}, lead, Now));
    const auto [open, done] = std::pair(load(id).actions[0].id, load(id).actions[1].id);
    const QDateTime later = Now.addDays(2);

    QVERIFY(repo().setActionDone(open, true, D4, lead, later));
    QVERIFY(repo().setActionDone(done, false, D4, lead, later));
    const CoachingSession after = load(id);
    QVERIFY(after.actions[0].done);
    QCOMPARE(after.actions[0].doneDay, D4);
    QVERIFY(!after.actions[1].done);
    QCOMPARE(after.actions[1].doneDay, QDate());
    QVERIFY(scalar(*m_database, QStringLiteral("SELECT done_day FROM coaching_actions WHERE id = ?"), {done})
                .isNull());
    QCOMPARE(after.updatedAt, later);

    QVERIFY(!repo().setActionDone(done, true, QDate(), lead, later));
    QVERIFY(!repo().setActionDone(9999, true, D4, lead, later));
    QVERIFY(!load(id).actions[1].done);

    const auto doneEntries = audit(QStringLiteral("coaching_action"), open);
    QCOMPARE(doneEntries.size(), 1);
    QCOMPARE(doneEntries[0].action, QStringLiteral("done"));
    QCOMPARE(doneEntries[0].detail.value(QStringLiteral("day")).toString(), QStringLiteral("2024-03-04"));
    QCOMPARE(doneEntries[0].detail.value(QStringLiteral("session")).toInteger(), id);
    const auto undoneEntries = audit(QStringLiteral("coaching_action"), done);
    QCOMPARE(undoneEntries.size(), 1);
    QCOMPARE(undoneEntries[0].action, QStringLiteral("undone"));
}

void TestCoaching::sessionsNewestFirstWithCounts()
{
    CoachingSession first = plannedSession(m_site.ana, D1, {KpiId::Csat, KpiId::Aht});
    first.actions = {action(QStringLiteral("open")), action(QStringLiteral("closed"))};
    first.actions[1].done = true;
    first.actions[1].doneDay = D2;
    const qint64 ana1 = create(first);
    const qint64 ben2 = create(plannedSession(m_site.ben, D2, {KpiId::Qa}));
    const qint64 ben4 = create(plannedSession(m_site.ben, D4));
    QVERIFY(repo().setStatus(ben4, SessionStatus::Held, {}, lead, Now));
    const qint64 cat3 = create(plannedSession(m_site.cat, D3));
    const qint64 ana3 = create(plannedSession(m_site.ana, D3));

    const auto ids = [&](const storage::CoachingFilter &filter) {
        const auto rows = repo().sessions(filter);
        return rows ? idsOf(rows.value()) : QList<qint64>{-1};
    };
    using Ids = QList<qint64>;
    QCOMPARE(ids({}), (Ids{ben4, ana3, cat3, ben2, ana1}));
    // Ben's D2 session stays with Alpha after his move to Bravo on D3.
    QCOMPARE(ids({{}, m_site.alpha, {}, {}}), (Ids{ana3, ben2, ana1}));
    QCOMPARE(ids({{}, m_site.bravo, {}, {}}), (Ids{ben4, cat3}));
    QCOMPARE(ids({{}, {}, m_site.ben, {}}), (Ids{ben4, ben2}));
    QCOMPARE(ids({{}, {}, {}, SessionStatus::Held}), Ids{ben4});
    QCOMPARE(ids({{D2, D3}, {}, {}, {}}), (Ids{ana3, cat3, ben2}));
    QCOMPARE(ids({{D2, D4}, m_site.alpha, {}, SessionStatus::Planned}), (Ids{ana3, ben2}));

    const auto all = repo().sessions({}).value();
    const auto &anaFirst = all[4];
    QCOMPARE(anaFirst.agentName, QStringLiteral("Ana"));
    QCOMPARE(anaFirst.teamName, QStringLiteral("Alpha"));
    QCOMPARE(anaFirst.coach, QStringLiteral("Coach Kim"));
    QCOMPARE(anaFirst.focus, (QList<KpiId>{KpiId::Csat, KpiId::Aht}));
    QCOMPARE(anaFirst.actions, 2);
    QCOMPARE(anaFirst.openActions, 1);
    QCOMPARE(anaFirst.nextSessionId, ana3);
    QCOMPARE(anaFirst.nextSessionDay, D3);
    QCOMPARE(all[3].teamId, m_site.alpha); // Ben on D2
    QCOMPARE(all[3].nextSessionId, ben4);
    QCOMPARE(all[0].teamId, m_site.bravo); // Ben on D4
    QCOMPARE(all[0].nextSessionId, 0);
    QCOMPARE(all[0].status, SessionStatus::Held);
    QCOMPARE(all[1].actions, 0);

    QCOMPARE(repo().previousSession(m_site.ana, D3).value()->id, ana1);
    QCOMPARE(repo().previousSession(m_site.ana, D4).value()->id, ana3);
    QVERIFY(!repo().previousSession(m_site.ana, D1).value());
}

void TestCoaching::followUpsUntilTheNextSession()
{
    // Ana: D1 (follow-up D2) met by D2 (follow-up 10 March). Ben: two sessions on D2, the later id meets
    // the earlier one's follow-up; the later's is D3. Cat: D1 without follow-up, D2 with follow-up D4.
    const qint64 ana1 = create(plannedSession(m_site.ana, D1, {KpiId::Csat}, D2));
    const qint64 ana2 = create(plannedSession(m_site.ana, D2, {KpiId::Csat}, March10));
    const qint64 ben2a = create(plannedSession(m_site.ben, D2, {KpiId::Qa}, D2));
    const qint64 ben2b = create(plannedSession(m_site.ben, D2, {KpiId::Qa}, D3));
    create(plannedSession(m_site.cat, D1));
    const qint64 cat2 = create(plannedSession(m_site.cat, D2, {KpiId::Aht}, D4));
    QVERIFY(ana1 && ben2a);

    const auto listed = [&](std::optional<qint64> team, QDate today) {
        QList<std::pair<qint64, bool>> rows;
        const auto followUps = repo().followUps(team, today);
        for (const storage::FollowUp &f : followUps.value())
            rows.append({f.session.id, f.overdue});
        return rows;
    };
    using Rows = QList<std::pair<qint64, bool>>;
    // On D4 Ben's D3 follow-up is late; Cat's is today, so not late yet.
    QCOMPARE(listed({}, D4), (Rows{{ben2b, true}, {cat2, false}, {ana2, false}}));
    QCOMPARE(listed({}, D3), (Rows{{ben2b, false}, {cat2, false}, {ana2, false}}));
    QCOMPARE(listed({}, QDate(2024, 3, 11)), (Rows{{ben2b, true}, {cat2, true}, {ana2, true}}));
    QCOMPARE(listed(m_site.alpha, D4), (Rows{{ben2b, true}, {ana2, false}}));
    QCOMPARE(listed(m_site.bravo, D4), (Rows{{cat2, false}}));

    const auto rows = repo().followUps({}, D4).value();
    QCOMPARE(rows[0].session.agentName, QStringLiteral("Ben"));
    QCOMPARE(rows[0].session.followUp, D3);

    // Planning Ben's next session meets his follow-up.
    create(plannedSession(m_site.ben, D4));
    QCOMPARE(listed({}, D4), (Rows{{cat2, false}, {ana2, false}}));
}

void TestCoaching::openActionsByDueDay()
{
    CoachingSession ana = plannedSession(m_site.ana, D1);
    ana.actions = {action(QStringLiteral("a due D3"), D3), action(QStringLiteral("a no due")),
                   action(QStringLiteral("a done"), D1)};
    ana.actions[2].done = true;
    ana.actions[2].doneDay = D2;
    CoachingSession ben = plannedSession(m_site.ben, D2);
    ben.actions = {action(QStringLiteral("b due D3"), D3), action(QStringLiteral("b due D1"), D1)};
    CoachingSession cat = plannedSession(m_site.cat, D2);
    cat.actions = {action(QStringLiteral("c due 5 March"), QDate(2024, 3, 5)),
                   action(QStringLiteral("c no due"))};
    CoachingSession benLater = plannedSession(m_site.ben, D4);
    benLater.actions = {action(QStringLiteral("b2 no due"))};
    for (const CoachingSession &session : {ana, ben, cat, benLater})
        QVERIFY(create(session) > 0);

    const auto listed = [&](std::optional<qint64> team, std::optional<qint64> agent) {
        QStringList rows;
        const auto open = repo().openActions(team, agent, D4);
        for (const storage::OpenActionEntry &e : open.value())
            rows.append(e.action.body + (e.overdue ? QStringLiteral(" !") : QString()));
        return rows;
    };
    // Due day first (none last), then the session day: "a due D3" (session D1) before "b due D3" (D2).
    QCOMPARE(listed({}, {}), (QStringList{"b due D1 !", "a due D3 !", "b due D3 !", "c due 5 March",
                                          "a no due", "c no due", "b2 no due"}));
    QCOMPARE(listed(m_site.alpha, {}), (QStringList{"b due D1 !", "a due D3 !", "b due D3 !", "a no due"}));
    QCOMPARE(listed(m_site.bravo, {}), (QStringList{"c due 5 March", "c no due", "b2 no due"}));
    QCOMPARE(listed({}, m_site.ben), (QStringList{"b due D1 !", "b due D3 !", "b2 no due"}));
    QCOMPARE(listed(m_site.bravo, m_site.ben), QStringList{"b2 no due"});

    const storage::OpenActionEntry first = repo().openActions({}, {}, D4).value().first();
    QCOMPARE(first.agentId, m_site.ben);
    QCOMPARE(first.agentName, QStringLiteral("Ben"));
    QCOMPARE(first.teamId, m_site.alpha);
    QCOMPARE(first.teamName, QStringLiteral("Alpha"));
    QCOMPARE(first.sessionDay, D2);
    QCOMPARE(first.coach, QStringLiteral("Coach Kim"));
    QCOMPARE(first.action.due, D1);
    QVERIFY(first.action.sessionId > 0);
}

void TestCoaching::failedWritesLeaveNothing()
{
    // A conversation that does not exist breaks the write half-way through the agenda, after the session row
    // and the first two items; the refusal names the item and the missing conversation on either engine.
    CoachingSession broken = coachingsite::fullSession(m_site, m_phrases);
    broken.agenda[2].conversationId = 999999;
    const auto refused = repo().create(broken, lead, Now);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("agenda item 3 refers to conversation 999999")),
             qPrintable(refused.error().message));
    for (const char *table :
         {"coaching_sessions", "coaching_agenda_items", "coaching_actions", "coaching_homework"})
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ?"),
                   {sessionEntity}),
             0);

    const qint64 id = createFull();
    const CoachingSession stored = load(id);
    CoachingSession edited = stored;
    edited.notes = QStringLiteral("Rewritten");
    edited.actions.append(action(QStringLiteral("New")));
    edited.agenda[0].notes = QStringLiteral("noted");
    edited.agenda.append(storage::CoachingAgendaItem{});
    edited.agenda.last().title = QStringLiteral("Call");
    edited.agenda.last().conversationId = 999999;
    const auto notSaved = repo().save(edited, lead, Now.addDays(1));
    QVERIFY(!notSaved);
    QVERIFY2(notSaved.error().message.contains(
                 QStringLiteral("agenda item %1 refers to conversation 999999").arg(edited.agenda.size())),
             qPrintable(notSaved.error().message));
    QVERIFY(sameStored(load(id), stored));
    // The same for an action item of an earlier session that is not stored.
    edited.agenda.last().conversationId = 0;
    edited.agenda.last().actionId = 999999;
    const auto noAction = repo().save(edited, lead, Now.addDays(1));
    QVERIFY(!noAction);
    QVERIFY2(noAction.error().message.contains(
                 QStringLiteral("agenda item %1 refers to action item 999999").arg(edited.agenda.size())),
             qPrintable(noAction.error().message));
    QVERIFY(sameStored(load(id), stored));

    CoachingSession unknownPhrase = stored;
    unknownPhrase.notes = QStringLiteral("Rewritten");
    unknownPhrase.homework.append(999999);
    QVERIFY(!repo().save(unknownPhrase, lead, Now.addDays(1)));
    QVERIFY(sameStored(load(id), stored));

    // The audit entry is part of the write: when it cannot be written, nothing is.
    QVERIFY(qafixture::breakInsertsInto(*m_database, QStringLiteral("audit_log")));
    unknownPhrase.homework.removeLast();
    const auto unaudited = repo().save(unknownPhrase, lead, Now.addDays(1));
    QVERIFY(!unaudited);
    QVERIFY2(unaudited.error().message.contains(QStringLiteral("disk on fire")),
             qPrintable(unaudited.error().message));
    QVERIFY(!repo().setStatus(id, SessionStatus::Held, {}, lead, Now.addDays(1)));
    QVERIFY(!repo().setActionDone(stored.actions[0].id, true, D4, lead, Now.addDays(1)));
    QVERIFY(!repo().remove(id, lead, Now.addDays(1)));
    QVERIFY(sameStored(load(id), stored));
    QCOMPARE(auditCount(*m_database, sessionEntity, id), 1);
}

HUDDLE_TEST_GUILESS_MAIN("test_coaching_sessions", TestCoaching)
#include "tst_coaching.moc"
