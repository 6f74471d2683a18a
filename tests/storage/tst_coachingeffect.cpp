// A coaching session's measured effect and the coaching export, on Ana's hand-made April (effectsite.cpp):
// the N days before against the N days after with both sample sizes, the after window cut at today (rows
// dated later are in the database and must not count), days without data, the small-sample rule, the
// window length from the site's setting, and the export's columns row by row. Every expected figure is
// worked out by hand in effectsite.cpp.
#include "coachingsite.h"
#include "core/coachingeffect.h"
#include "effectsite.h"
#include "storage/auditlog.h"
#include "storage/coachingeffectreader.h"
#include "storage/coachingexport.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/recordwriter.h"
#include "support/near.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace huddle;
using core::EffectVerdict;
using core::KpiId;
using effectsite::S;

using huddle::testsupport::near;

namespace {

const QDateTime effectPlanned(QDate(2024, 4, 12), QTime(9, 0), QTimeZone::utc());

// "before value/n → after value/n: verdict" with values rounded to 2 decimals, so a failure shows the
// figures.
QString describe(const core::FocusEffect &e)
{
    const auto text = [](const core::KpiReading &r) {
        return (r.value ? QString::number(*r.value, 'f', 2) : QStringLiteral("-")) + '/' +
               QString::number(r.n);
    };
    return QStringLiteral("%1 → %2: %3")
        .arg(text(e.before), text(e.after), core::effectVerdictCode(e.verdict));
}

} // namespace

class TestCoachingEffect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void comparesTheDaysBeforeWithTheDaysAfter();
    void afterWindowStopsAtToday();
    void noAfterWindowUntilTheDayAfter();
    void gapsAndSmallSamples();
    void smallSampleThresholdComesFromTheDefinitions();
    void windowLengthComesFromTheSetting();
    void futureSessionReadsNothingAfterToday();
    void effectsListSessionsWithAFocus();
    void unknownSessionIsAnError();
    void exportWritesOneRowPerFocusKpi();
    void exportFiltersByTeamAndAgent();

private:
    storage::CoachingEffectReader reader() const { return storage::CoachingEffectReader(*m_site.database); }
    qint64 plan(qint64 agentId, QDate day, const QList<KpiId> &focus,
                const QList<storage::CoachingAction> &actions = {}, QDate acknowledged = {},
                QDate followUp = {});
    qint64 legacySession(qint64 agentId, QDate day);

    QTemporaryDir m_dir;
    int m_counter = 0;
    effectsite::EffectSite m_site;
    qint64 m_session = 0; // Ana's session on S: CSAT, AHT, NPS
};

void TestCoachingEffect::init()
{
    m_site = {};
    auto site =
        effectsite::openEffectSite(m_dir.filePath(QStringLiteral("effect%1.sqlite").arg(++m_counter)));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
    m_session = plan(m_site.site.ana, S, {KpiId::Csat, KpiId::Aht, KpiId::Nps});
    QVERIFY(m_session > 0);
}

qint64 TestCoachingEffect::plan(qint64 agentId, QDate day, const QList<KpiId> &focus,
                                const QList<storage::CoachingAction> &actions, QDate acknowledged,
                                QDate followUp)
{
    storage::CoachingSession session = coachingsite::plannedSession(agentId, day, focus, followUp);
    session.actions = actions;
    session.acknowledgedDay = acknowledged;
    const auto id =
        storage::CoachingRepository(*m_site.database).create(session, QStringLiteral("Lead"), effectPlanned);
    if (!id)
        qWarning() << id.error().toString();
    return id ? id.value() : 0;
}

// A session recorded before planning existed: no focus, status closed (migration 006).
qint64 TestCoachingEffect::legacySession(qint64 agentId, QDate day)
{
    storage::RecordWriter writer(*m_site.database);
    if (!writer.begin() ||
        !writer.insertCoachingSession(
            {agentId, QStringLiteral("Coach Lee"), day, {}, QStringLiteral("old"), {}}) ||
        !writer.commit())
        return 0;
    QSqlQuery q(m_site.database->connection());
    return q.exec(QStringLiteral("SELECT MAX(id) FROM coaching_sessions")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

void TestCoachingEffect::comparesTheDaysBeforeWithTheDaysAfter()
{
    const auto effect = reader().effect(m_session, QDate(2024, 4, 30), 7);
    QVERIFY2(effect, qPrintable(effect ? QString() : effect.error().toString()));
    QCOMPARE(effect->sessionId, m_session);
    QCOMPARE(effect->agentId, m_site.site.ana);
    QCOMPARE(effect->windows.before, (core::DateRange{QDate(2024, 4, 8), QDate(2024, 4, 14)}));
    QCOMPARE(effect->windows.after, (core::DateRange{QDate(2024, 4, 16), QDate(2024, 4, 22)}));
    QVERIFY(effect->windows.afterComplete);
    QCOMPARE(effect->focus.size(), 3);

    const core::FocusEffect &csat = effect->focus[0];
    QCOMPARE(csat.kpi, KpiId::Csat);
    QVERIFY2(near(csat.before.value, 50.0) && csat.before.n == 12, qPrintable(describe(csat)));
    QVERIFY2(near(csat.after.value, 100.0 * 10 / 12) && csat.after.n == 12, qPrintable(describe(csat)));
    QCOMPARE(csat.verdict, EffectVerdict::Improved);
    QVERIFY(near(csat.change, 100.0 * 10 / 12 - 50.0));

    const core::FocusEffect &aht = effect->focus[1];
    QCOMPARE(aht.kpi, KpiId::Aht);
    QVERIFY2(near(aht.before.value, 350) && aht.before.n == 12, qPrintable(describe(aht)));
    QVERIFY2(near(aht.after.value, 270) && aht.after.n == 12, qPrintable(describe(aht)));
    QCOMPARE(aht.verdict, EffectVerdict::Improved); // lower is better
    QVERIFY(near(aht.change, -80));

    // NPS: 3 answers before, 2 after — a change is measured but never claimed.
    const core::FocusEffect &nps = effect->focus[2];
    QVERIFY2(near(nps.before.value, 100.0 / 3) && nps.before.n == 3, qPrintable(describe(nps)));
    QVERIFY2(near(nps.after.value, 100) && nps.after.n == 2, qPrintable(describe(nps)));
    QCOMPARE(nps.verdict, EffectVerdict::NotEnoughData);
    QVERIFY(near(nps.change, 100 - 100.0 / 3));
}

void TestCoachingEffect::afterWindowStopsAtToday()
{
    // Today 18 April: the calls of 19, 22 and 23 April are in the database but have not happened yet.
    const auto effect = reader().effect(m_session, QDate(2024, 4, 18), 7);
    QVERIFY(effect);
    QCOMPARE(effect->windows.after, (core::DateRange{QDate(2024, 4, 16), QDate(2024, 4, 18)}));
    QVERIFY(!effect->windows.afterComplete);
    QCOMPARE(effect->windows.afterDaysElapsed, 3);
    const core::FocusEffect &csat = effect->focus[0];
    QVERIFY2(near(csat.before.value, 50.0) && csat.before.n == 12, qPrintable(describe(csat)));
    // 16 April 5,5,4,2 and 17 April 5,4,4: 6 of 7 satisfied.
    QVERIFY2(near(csat.after.value, 600.0 / 7) && csat.after.n == 7, qPrintable(describe(csat)));
    QCOMPARE(csat.verdict, EffectVerdict::Running);
    const core::FocusEffect &aht = effect->focus[1];
    QVERIFY2(near(aht.after.value, 250) && aht.after.n == 7, qPrintable(describe(aht)));
    QCOMPARE(aht.verdict, EffectVerdict::Running);
}

void TestCoachingEffect::noAfterWindowUntilTheDayAfter()
{
    const auto effect = reader().effect(m_session, S, 7);
    QVERIFY(effect);
    QVERIFY(!effect->windows.after.isValid());
    for (const core::FocusEffect &f : effect->focus) {
        QVERIFY2(!f.after.value && f.after.n == 0, qPrintable(describe(f)));
        QVERIFY(!f.change);
        QCOMPARE(f.verdict, EffectVerdict::Running);
    }
    QVERIFY(near(effect->focus[0].before.value, 50.0)); // the before window is whole already
}

void TestCoachingEffect::gapsAndSmallSamples()
{
    // Three days: before 12–14 April (nothing on the 13th), after 16–18 April (nothing on the 18th).
    const auto effect = reader().effect(m_session, QDate(2024, 4, 30), 3);
    QVERIFY(effect);
    QCOMPARE(effect->windows.before, (core::DateRange{QDate(2024, 4, 12), QDate(2024, 4, 14)}));
    QCOMPARE(effect->windows.after, (core::DateRange{QDate(2024, 4, 16), QDate(2024, 4, 18)}));
    QVERIFY(effect->windows.afterComplete);
    const core::FocusEffect &csat = effect->focus[0];
    // 12 April 4,3,3 and 14 April 5,1,4: 3 of 6; after 6 of 7.
    QVERIFY2(near(csat.before.value, 50.0) && csat.before.n == 6, qPrintable(describe(csat)));
    QVERIFY2(near(csat.after.value, 600.0 / 7) && csat.after.n == 7, qPrintable(describe(csat)));
    QCOMPARE(csat.verdict, EffectVerdict::NotEnoughData);
    QVERIFY(near(csat.change, 600.0 / 7 - 50.0)); // measured, not claimed
    const core::FocusEffect &aht = effect->focus[1];
    QVERIFY2(near(aht.before.value, 350) && aht.before.n == 6,
             qPrintable(describe(aht))); // (3×500 + 3×200) ÷ 6
    QCOMPARE(aht.verdict, EffectVerdict::NotEnoughData);
}

void TestCoachingEffect::smallSampleThresholdComesFromTheDefinitions()
{
    core::KpiDefinitions strict;
    strict.smallSample = 13;
    auto effect = reader().effect(m_session, QDate(2024, 4, 30), 7, strict);
    QVERIFY(effect);
    QCOMPARE(effect->focus[0].verdict, EffectVerdict::NotEnoughData); // 12 responses each side
    core::KpiDefinitions lenient;
    lenient.smallSample = 2;
    effect = reader().effect(m_session, QDate(2024, 4, 30), 7, lenient);
    QVERIFY(effect);
    QCOMPARE(effect->focus[0].verdict, EffectVerdict::Improved);
    QCOMPARE(effect->focus[2].verdict, EffectVerdict::Improved); // NPS 33.33 → 100 on 3 and 2 answers
}

void TestCoachingEffect::windowLengthComesFromTheSetting()
{
    QCOMPARE(reader().effectDays().value(), 14); // migration 006
    // 14 days: 7 and 23 April join in (three 1/5 calls of 900 s each side).
    auto effect = reader().effect(m_session, QDate(2024, 4, 30));
    QVERIFY(effect);
    QCOMPARE(effect->windows.before, (core::DateRange{QDate(2024, 4, 1), QDate(2024, 4, 14)}));
    QCOMPARE(effect->windows.after, (core::DateRange{QDate(2024, 4, 16), QDate(2024, 4, 29)}));
    QVERIFY2(near(effect->focus[0].before.value, 40.0) && effect->focus[0].before.n == 15,
             qPrintable(describe(effect->focus[0])));
    QVERIFY2(near(effect->focus[0].after.value, 100.0 * 10 / 15) && effect->focus[0].after.n == 15,
             qPrintable(describe(effect->focus[0])));
    QVERIFY(near(effect->focus[1].before.value, (2700 + 4200) / 15.0));
    QVERIFY(near(effect->focus[1].after.value, (3240 + 2700) / 15.0));

    QVERIFY(reader().setEffectDays(7, QStringLiteral("Lead")));
    QCOMPARE(reader().effectDays().value(), 7);
    effect = reader().effect(m_session, QDate(2024, 4, 30));
    QVERIFY(effect);
    QCOMPARE(effect->windows.after, (core::DateRange{QDate(2024, 4, 16), QDate(2024, 4, 22)}));
    QVERIFY(near(effect->focus[0].before.value, 50.0));
    const auto audit = storage::AuditLog(*m_site.database).entries(QStringLiteral("settings"), 0);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().actor, QStringLiteral("Lead"));
    QCOMPARE(audit->first().action, QStringLiteral("coaching_effect_days"));
    QCOMPARE(audit->first().detail.value(QStringLiteral("before")).toInt(), 14);
    QCOMPARE(audit->first().detail.value(QStringLiteral("after")).toInt(), 7);

    for (const int refused : {0, -3, 91}) {
        const core::Status status = reader().setEffectDays(refused, QStringLiteral("Lead"));
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(QString::number(refused)),
                 qPrintable(status.error().message));
    }
    QCOMPARE(reader().effectDays().value(), 7);
    QCOMPARE(storage::AuditLog(*m_site.database).entries(QStringLiteral("settings"), 0)->size(), 1);
    QVERIFY(!reader().effect(m_session, QDate(2024, 4, 30), 91));
    QVERIFY(!reader().effect(m_session, QDate(2024, 4, 30), -1));
}

void TestCoachingEffect::futureSessionReadsNothingAfterToday()
{
    // Planned for 20 April, looked at on 16 April: its before window (13–19 April) is cut at today.
    const qint64 later = plan(m_site.site.ana, QDate(2024, 4, 20), {KpiId::Csat});
    const auto effect = reader().effect(later, QDate(2024, 4, 16), 7);
    QVERIFY(effect);
    QCOMPARE(effect->windows.before, (core::DateRange{QDate(2024, 4, 13), QDate(2024, 4, 16)}));
    QVERIFY(!effect->windows.after.isValid());
    // 14 April 5,1,4; S 1,1,1,1; 16 April 5,5,4,2: 5 of 11. The 17 and 19 April calls are not read.
    QVERIFY2(near(effect->focus[0].before.value, 500.0 / 11) && effect->focus[0].before.n == 11,
             qPrintable(describe(effect->focus[0])));
}

void TestCoachingEffect::effectsListSessionsWithAFocus()
{
    const qint64 legacy = legacySession(m_site.site.cat, QDate(2024, 4, 10));
    QVERIFY(legacy > 0);
    const qint64 ben = plan(m_site.site.ben, QDate(2024, 4, 10), {KpiId::Attendance});
    QVERIFY(ben > 0);
    auto effects = reader().effects({}, QDate(2024, 4, 30), 7);
    QVERIFY(effects);
    QList<qint64> ids;
    for (const storage::SessionEffect &e : effects.value())
        ids.append(e.sessionId);
    QCOMPARE(ids, (QList<qint64>{m_session, ben})); // newest first; Cat's session has no focus
    // Ben has no shift in April: nothing to compare, no verdict.
    const core::FocusEffect &attendance = effects->last().focus.first();
    QVERIFY(!attendance.before.value && attendance.before.n == 0 && attendance.after.n == 0);
    QCOMPARE(attendance.verdict, EffectVerdict::NotEnoughData);

    storage::CoachingFilter byTeam;
    byTeam.teamId = m_site.site.bravo; // Ben's team since March
    effects = reader().effects(byTeam, QDate(2024, 4, 30), 7);
    QVERIFY(effects);
    QCOMPARE(effects->size(), 1);
    QCOMPARE(effects->first().sessionId, ben);
    storage::CoachingFilter byDays;
    byDays.range = {S, S};
    effects = reader().effects(byDays, QDate(2024, 4, 30), 7);
    QVERIFY(effects);
    QCOMPARE(effects->size(), 1);
    QCOMPARE(effects->first().sessionId, m_session);
    QCOMPARE(effects->first().focus.size(), 3);
    QVERIFY(near(effects->first().focus[1].after.value, 270)); // the same reading as effect()
}

void TestCoachingEffect::unknownSessionIsAnError()
{
    QVERIFY(!reader().effect(m_session + 1000, QDate(2024, 4, 30), 7));
    QVERIFY(!reader().effect(m_session, QDate(), 7));
}

void TestCoachingEffect::exportWritesOneRowPerFocusKpi()
{
    storage::CoachingAction recap;
    recap.body = QStringLiteral("Recap next steps");
    recap.owner = QStringLiteral("agent");
    recap.due = QDate(2024, 4, 20);
    recap.done = true;
    recap.doneDay = QDate(2024, 4, 19);
    storage::CoachingAction listen;
    listen.body = QStringLiteral("Listen back to two calls");
    listen.owner = QStringLiteral("Coach Kim");
    const qint64 withActions = plan(m_site.site.ana, QDate(2024, 4, 17), {KpiId::Aht}, {recap, listen},
                                    QDate(2024, 4, 18), QDate(2024, 4, 29));
    const qint64 legacy = legacySession(m_site.site.cat, QDate(2024, 4, 10));
    QVERIFY(withActions > 0 && legacy > 0);

    const auto table = storage::coachingExport(*m_site.database, {}, QDate(2024, 4, 30), 7);
    QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
    QCOMPARE(table->header,
             QStringList({"session_id",       "day",          "agent",       "team",         "coach",
                          "status",           "focus_kpi",    "before_from", "before_to",    "before_value",
                          "before_n",         "after_from",   "after_to",    "after_value",  "after_n",
                          "change",           "verdict",      "actions",     "actions_done", "action_items",
                          "acknowledged_day", "follow_up_day"}));
    const QString id = QString::number(m_session);
    const QString status = QStringLiteral("planned");
    const QList<QStringList> expected{
        {QString::number(legacy),
         "2024-04-10",
         "Cat",
         "Bravo",
         "Coach Lee",
         "closed",
         "",
         "",
         "",
         "",
         "",
         "",
         "",
         "",
         "",
         "",
         "",
         "0",
         "0",
         "",
         "",
         ""},
        {id,           "2024-04-15", "Ana", "Alpha",      "Coach Kim",  status,  "csat", "2024-04-08",
         "2024-04-14", "50.00",      "12",  "2024-04-16", "2024-04-22", "83.33", "12",   "33.33",
         "improved",   "0",          "0",   "",           "",           ""},
        {id,           "2024-04-15", "Ana", "Alpha",      "Coach Kim",  status,   "aht", "2024-04-08",
         "2024-04-14", "350.00",     "12",  "2024-04-16", "2024-04-22", "270.00", "12",  "-80.00",
         "improved",   "0",          "0",   "",           "",           ""},
        {id,
         "2024-04-15",
         "Ana",
         "Alpha",
         "Coach Kim",
         status,
         "nps",
         "2024-04-08",
         "2024-04-14",
         "33.33",
         "3",
         "2024-04-16",
         "2024-04-22",
         "100.00",
         "2",
         "66.67",
         "not_enough_data",
         "0",
         "0",
         "",
         "",
         ""},
        // 17 April over 7 days: before 10–16 April = 12 April 3×500, 14 April 3×200, S 4×1000, 16 April 4×250
        // → 7100 ÷ 14 = 507.14; after 18–24 April = 19 April 3×310, 22 April 2×280, 23 April 3×900 → 4190 ÷ 8
        // = 523.75, +16.61 on 8 calls: no verdict.
        {QString::number(withActions),
         "2024-04-17",
         "Ana",
         "Alpha",
         "Coach Kim",
         status,
         "aht",
         "2024-04-10",
         "2024-04-16",
         "507.14",
         "14",
         "2024-04-18",
         "2024-04-24",
         "523.75",
         "8",
         "16.61",
         "not_enough_data",
         "2",
         "1",
         "Recap next steps [agent, 2024-04-20, done] | Listen back to two calls [Coach Kim, , open]",
         "2024-04-18",
         "2024-04-29"}};
    QCOMPARE(table->rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(table->rows[i], expected[i]);
    // Same data, same rows.
    QCOMPARE(storage::coachingExport(*m_site.database, {}, QDate(2024, 4, 30), 7)->rows, table->rows);
}

void TestCoachingEffect::exportFiltersByTeamAndAgent()
{
    QVERIFY(legacySession(m_site.site.cat, QDate(2024, 4, 10)) > 0);
    storage::CoachingFilter filter;
    filter.agentId = m_site.site.ana;
    auto table = storage::coachingExport(*m_site.database, filter, QDate(2024, 4, 30), 7);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 3);
    filter = {};
    filter.teamId = m_site.site.bravo;
    table = storage::coachingExport(*m_site.database, filter, QDate(2024, 4, 30), 7);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().value(2), QStringLiteral("Cat"));
    filter = {};
    filter.range = {QDate(2024, 5, 1), QDate(2024, 5, 31)};
    table = storage::coachingExport(*m_site.database, filter, QDate(2024, 4, 30), 7);
    QVERIFY(table);
    QVERIFY(table->rows.isEmpty());
    QCOMPARE(table->header.size(), 22);
}

HUDDLE_TEST_GUILESS_MAIN("test_coaching_effect", TestCoachingEffect)
#include "tst_coachingeffect.moc"
