// The rows behind a bonus line (drill-down) on the hand-made October 2026 site (bonussite.h): the same days,
// statuses and evaluations the bonus inputs counted — checked row by row against the documented facts, and
// for every agent against what BonusInputReader read.
#include "bonussite.h"
#include "core/kpiplan.h"
#include "storage/bonusevidencereader.h"
#include "storage/bonusinputreader.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QtTest>

using namespace huddle;
using core::BonusEvidence;

namespace {

QDate oct(int day)
{
    return QDate(2026, 10, day);
}

} // namespace

class TestBonusEvidence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csatRowsAreTheSurveyedConversationsOfTheSiteMonth();
    void csatDaySummaryComesBeforeItsDaysConversations();
    void salesRowsHaveTierAndCents();
    void salesStatedOnConversationsAreListedOnce();
    void attendanceRowsAreTheDaysNotPresent();
    void qaRowsAreTheEvaluationsCounted();
    void kpiRowsAreTheWeightedScoresParts();
    void noEvidenceNoRows();
    void rowsAgreeWithTheInputsForEveryAgent();

private:
    storage::BonusEvidenceRows rows(qint64 agentId, BonusEvidence evidence, QDate month = bonussite::October);

    bonussite::Sites m_sites;
    bonussite::Site m_site;
};

void TestBonusEvidence::init()
{
    const auto opened = m_sites.reopen(m_site);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
}

storage::BonusEvidenceRows TestBonusEvidence::rows(qint64 agentId, BonusEvidence evidence, QDate month)
{
    const auto read = storage::BonusEvidenceReader(*m_site.db).rows(agentId, month, evidence);
    if (!read)
        qWarning() << read.error().toString();
    return read ? read.value() : storage::BonusEvidenceRows{};
}

void TestBonusEvidence::csatRowsAreTheSurveyedConversationsOfTheSiteMonth()
{
    const auto fay = rows(m_site.fay, BonusEvidence::Csat);
    QCOMPARE(fay.columns.size(), 6);
    QCOMPARE(fay.centsColumn, -1);
    QList<QVariantList> expected;
    for (const auto &[ref, day, score] : {std::tuple{"f2", 10, 5},
                                          {"f3", 11, 5},
                                          {"f4", 12, 5},
                                          {"f5", 13, 5},
                                          {"f6", 31, 4}}) // f6: 22:30 on the 31st in Chicago
        expected.append({oct(day), QStringLiteral("bonus"), QLatin1String(ref), score, QStringLiteral("1–5"),
                         QStringLiteral("yes")});
    QCOMPARE(fay.rows, expected);

    const auto ben = rows(m_site.ben, BonusEvidence::Csat);
    QCOMPARE(ben.rows.size(), 3); // b4 is November's
    QCOMPARE(ben.rows[1], (QVariantList{oct(13), QStringLiteral("bonus"), QStringLiteral("b2"), 2,
                                        QStringLiteral("1–5"), QStringLiteral("no")}));
}

// A day summary has no start time; it is listed first on its day on either engine (NULL sorts last on
// PostgreSQL unless the ORDER BY says otherwise).
void TestBonusEvidence::csatDaySummaryComesBeforeItsDaysConversations()
{
    QSqlQuery q(m_site.db->connection());
    q.prepare(QStringLiteral("INSERT INTO agent_day_stats (source, agent_id, day, handled, csat_responses,"
                             " csat_satisfied) VALUES ('summaries', ?, '2026-10-10', 4, 3, 2)"));
    q.addBindValue(m_site.fay);
    QVERIFY(q.exec());
    const auto fay = rows(m_site.fay, BonusEvidence::Csat);
    QCOMPARE(fay.rows.size(), 6); // f2…f6 and the summary
    QCOMPARE(fay.rows[0],
             (QVariantList{oct(10), QStringLiteral("summaries"), QStringLiteral("Day summary: 3 response(s)"),
                           QVariant(), QString(), QStringLiteral("2 of 3")}));
    QCOMPARE(fay.rows[1][2].toString(), QStringLiteral("f2"));
}

void TestBonusEvidence::salesRowsHaveTierAndCents()
{
    const auto ben = rows(m_site.ben, BonusEvidence::Sales);
    QCOMPARE(ben.centsColumn, 3);
    const QString plan = QStringLiteral("Plan");
    QCOMPARE(ben.rows, (QList<QVariantList>{{oct(6), plan, QStringLiteral("C"), qint64(30000), QString()},
                                            {oct(16), plan, QStringLiteral("C"), qint64(25000), QString()},
                                            {oct(21), plan, QStringLiteral("C"), qint64(40000), QString()},
                                            {oct(22), plan, QString(), qint64(7000), QString()}}));
    const auto ana = rows(m_site.ana, BonusEvidence::Sales);
    QCOMPARE(ana.rows.size(), 3); // the September sale stays out
    QCOMPARE(ana.rows[0][4].toString(), QStringLiteral("a4"));
}

void TestBonusEvidence::salesStatedOnConversationsAreListedOnce()
{
    QSqlQuery q(m_site.db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE conversations SET sale_count = 2, sale_cents = 5000 WHERE external_id = 'a4'")));
    const auto ana = rows(m_site.ana, BonusEvidence::Sales);
    QCOMPARE(ana.rows.size(), 3);
    QCOMPARE(ana.rows[0][0].toDate(), oct(5));
    QCOMPARE(ana.rows[0][3].toLongLong(), 5000); // the conversation's own sales, not the tier-A 150.00
    QCOMPARE(ana.rows[0][4].toString(), QStringLiteral("a4"));
    QCOMPARE(ana.rows[1][3].toLongLong(), 9000);
}

void TestBonusEvidence::attendanceRowsAreTheDaysNotPresent()
{
    QCOMPARE(rows(m_site.ana, BonusEvidence::Attendance).rows,
             (QList<QVariantList>{{oct(9), QStringLiteral("Late"), 5},
                                  {oct(12), QStringLiteral("Excused absence"), 0}}));
    QCOMPARE(rows(m_site.dan, BonusEvidence::Attendance).rows,
             (QList<QVariantList>{{oct(6), QStringLiteral("Unexcused absence"), 0},
                                  {oct(8), QStringLiteral("Late"), 12},
                                  {oct(20), QStringLiteral("Unexcused absence"), 0}}));
    QCOMPARE(rows(m_site.ben, BonusEvidence::Attendance).rows,
             (QList<QVariantList>{{oct(14), QStringLiteral("No-call-no-show"), 0}}));
}

void TestBonusEvidence::qaRowsAreTheEvaluationsCounted()
{
    const auto cat = rows(m_site.cat, BonusEvidence::Qa);
    QCOMPARE(cat.rows.size(), 2); // c3's draft is not counted
    QCOMPARE(cat.rows[0].mid(0, 3), (QVariantList{oct(5), QStringLiteral("c1"), QStringLiteral("QA Quinn")}));
    QCOMPARE(cat.rows[0][3].toDouble(), 100.0);
    QCOMPARE(cat.rows[1][1].toString(), QStringLiteral("c2"));
    QCOMPARE(qRound(cat.rows[1][3].toDouble() * 1000), qRound(100000.0 * 7 / 13));
    const auto ben = rows(m_site.ben, BonusEvidence::Qa);
    QCOMPARE(ben.rows.size(), 1); // b1 final; b3 disputed is not counted
    QCOMPARE(ben.rows[0][1].toString(), QStringLiteral("b1"));
}

void TestBonusEvidence::kpiRowsAreTheWeightedScoresParts()
{
    const auto ana = rows(m_site.ana, BonusEvidence::Kpi);
    QCOMPARE(ana.rows.size(), core::KpiCount);
    // Default KPI plan: attendance 3 of 4 = 75 % (< 90: far below), weight 30; CSAT 5 of 5 = 100 % (≥ 90:
    // exceeded), weight 25; QA 100 % on 1, weight 15.
    QCOMPARE(ana.rows[0], (QVariantList{QStringLiteral("Attendance %"), 75.0, qint64(4),
                                        QStringLiteral("Far below"), 30}));
    QCOMPARE(ana.rows[1],
             (QVariantList{QStringLiteral("CSAT %"), 100.0, qint64(5), QStringLiteral("Exceeded"), 25}));
    QCOMPARE(ana.rows[3],
             (QVariantList{QStringLiteral("QA %"), 100.0, qint64(1), QStringLiteral("Exceeded"), 15}));
    // Eve has no data: every KPI empty, still with its weight.
    const auto eve = rows(m_site.eve, BonusEvidence::Kpi);
    QCOMPARE(eve.rows.size(), core::KpiCount);
    QVERIFY(eve.rows[1][1].isNull());
    QCOMPARE(eve.rows[1][4].toInt(), 25);
}

void TestBonusEvidence::noEvidenceNoRows()
{
    const auto none = rows(m_site.ana, BonusEvidence::None);
    QVERIFY(none.rows.isEmpty());
    QVERIFY(rows(m_site.eve, BonusEvidence::Csat).rows.isEmpty());
    QVERIFY(rows(m_site.eve, BonusEvidence::Sales).rows.isEmpty());
}

void TestBonusEvidence::rowsAgreeWithTheInputsForEveryAgent()
{
    const auto inputs = storage::BonusInputReader(*m_site.db).read(bonussite::October);
    QVERIFY(inputs);
    QCOMPARE(inputs.value().size(), 7);
    for (const storage::BonusAgentInputs &agent : inputs.value()) {
        const core::KpiTotals &totals = agent.inputs.totals;
        const QByteArray who = agent.agentName.toUtf8();
        const auto csat = rows(agent.agentId, BonusEvidence::Csat);
        QVERIFY2(csat.rows.size() == totals.csat.responses, who);
        const auto satisfied =
            std::count_if(csat.rows.cbegin(), csat.rows.cend(),
                          [](const QVariantList &row) { return row[5] == QStringLiteral("yes"); });
        QVERIFY2(satisfied == totals.csat.satisfied, who);
        const auto sales = rows(agent.agentId, BonusEvidence::Sales);
        qint64 cents = 0;
        for (const QVariantList &row : sales.rows)
            cents += row[sales.centsColumn].toLongLong();
        QVERIFY2(sales.rows.size() == totals.salesCount && cents == totals.salesCents, who);
        const auto attendance = rows(agent.agentId, BonusEvidence::Attendance);
        const auto days = [&](const char *status) {
            QList<QDate> list;
            for (const QVariantList &row : attendance.rows)
                if (row[1] == QLatin1String(status))
                    list.append(row[0].toDate());
            return list;
        };
        QVERIFY2(days("No-call-no-show") == agent.inputs.noCallNoShowDays, who);
        QVERIFY2(days("Unexcused absence") == agent.inputs.unexcusedDays, who);
        QVERIFY2(days("Late") == agent.inputs.lateDays, who);
        const auto qa = rows(agent.agentId, BonusEvidence::Qa);
        double scoreSum = 0;
        for (const QVariantList &row : qa.rows)
            scoreSum += row[3].toDouble();
        QVERIFY2(qa.rows.size() == totals.qaEvaluations, who);
        QVERIFY2(qFuzzyCompare(1 + scoreSum, 1 + totals.qaScoreSum), who);
    }
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_evidence", TestBonusEvidence)
#include "tst_bonusevidence.moc"
