// What QA coaches work from: the weekly random sample of conversations and plain-text transcripts.
#include "core/qasample.h"
#include "core/transcripttext.h"
#include "support/testmain.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace huddle::core;

namespace {

// The rank qasample.h documents, computed here on its own: 64-bit FNV-1a (offset basis 0xcbf29ce484222325,
// prime 0x100000001b3) over the conversation id and then the seed, each as 8 little-endian bytes.
quint64 expectedRank(qint64 conversationId, quint64 seed)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (quint64 value : {static_cast<quint64>(conversationId), seed})
        for (int byte = 0; byte < 8; ++byte) {
            hash ^= (value >> (8 * byte)) & 0xff;
            hash *= 0x100000001b3ULL;
        }
    return hash;
}

// Agent 1 and 2, ten conversations a day-apart each in ISO weeks 10 and 11 of 2026 (Mon 2 and 9 March).
QList<SampleCandidate> twoAgentsTwoWeeks()
{
    QList<SampleCandidate> candidates;
    qint64 id = 100;
    for (const QDate monday : {QDate(2026, 3, 2), QDate(2026, 3, 9)})
        for (qint64 agent : {1, 2})
            for (int i = 0; i < 10; ++i)
                candidates.append({id++, agent, monday.addDays(i % 7), false});
    return candidates;
}

std::map<std::pair<qint64, int>, int> picksPerAgentWeek(const QList<SampleCandidate> &candidates,
                                                        const QList<qint64> &picked)
{
    std::map<std::pair<qint64, int>, int> counts;
    for (const SampleCandidate &c : candidates)
        if (picked.contains(c.conversationId))
            ++counts[{c.agentId, c.day.weekNumber()}];
    return counts;
}

} // namespace

class TestQaInput : public QObject {
    Q_OBJECT

private slots:
    void quotaPerAgentWeek();
    void picksTheLowestRanks();
    void evaluatedCountTowardsQuota();
    void isoWeekAcrossYearEnd();
    void stableAcrossCallsAndOrder();
    void seedChangesThePick();
    void orderedByDayAgentId();
    void nothingToPick();

    void parseTranscript();
    void transcriptErrors_data();
    void transcriptErrors();
    void callTimestamps_data();
    void callTimestamps();
    void parseTimestamps_data();
    void parseTimestamps();
};

void TestQaInput::quotaPerAgentWeek()
{
    const QList<SampleCandidate> candidates = twoAgentsTwoWeeks();
    const QList<qint64> picked = weeklySample(candidates, 3, 42);
    QCOMPARE(picked.size(), 12); // 2 agents × 2 weeks × 3
    const auto counts = picksPerAgentWeek(candidates, picked);
    QCOMPARE(counts.size(), std::size_t(4));
    for (const auto &[agentWeek, count] : counts)
        QCOMPARE(count, 3);
}

void TestQaInput::picksTheLowestRanks()
{
    QList<SampleCandidate> candidates;
    for (qint64 id = 1; id <= 20; ++id)
        candidates.append({id, 7, QDate(2026, 5, 4), false});
    QList<qint64> byRank;
    for (const SampleCandidate &c : candidates)
        byRank.append(c.conversationId);
    std::sort(byRank.begin(), byRank.end(),
              [](qint64 a, qint64 b) { return expectedRank(a, 99) < expectedRank(b, 99); });
    QList<qint64> expected = byRank.mid(0, 4);
    std::sort(expected.begin(), expected.end()); // same day and agent: ordered by id
    QCOMPARE(weeklySample(candidates, 4, 99), expected);
}

void TestQaInput::evaluatedCountTowardsQuota()
{
    QList<SampleCandidate> candidates = twoAgentsTwoWeeks();
    // Agent 1, week 10 (ids 100–109): two already evaluated → one more; agent 2, week 10 (ids 110–119):
    // three evaluated → none.
    candidates[0].alreadyEvaluated = true;
    candidates[1].alreadyEvaluated = true;
    for (int i = 10; i < 13; ++i)
        candidates[i].alreadyEvaluated = true;
    const QList<qint64> picked = weeklySample(candidates, 3, 42);
    const auto counts = picksPerAgentWeek(candidates, picked);
    QCOMPARE(counts.at({1, 10}), 1);
    QCOMPARE(counts.count({2, 10}), std::size_t(0));
    QCOMPARE(counts.at({1, 11}), 3);
    QCOMPARE(counts.at({2, 11}), 3);
    for (const SampleCandidate &c : candidates)
        if (c.alreadyEvaluated)
            QVERIFY(!picked.contains(c.conversationId));
}

void TestQaInput::isoWeekAcrossYearEnd()
{
    // Thursday 31 Dec 2026 and Saturday 2 Jan 2027 are both in ISO week 53 of 2026; Monday 4 Jan 2027 is not.
    const QList<SampleCandidate> candidates{{1, 5, QDate(2026, 12, 31), false},
                                            {2, 5, QDate(2027, 1, 2), false},
                                            {3, 5, QDate(2027, 1, 4), false}};
    const QList<qint64> picked = weeklySample(candidates, 1, 7);
    QCOMPARE(picked.size(), 2);
    QVERIFY(picked.contains(3));
    QVERIFY(picked.contains(1) != picked.contains(2));
}

void TestQaInput::stableAcrossCallsAndOrder()
{
    QList<SampleCandidate> candidates = twoAgentsTwoWeeks();
    const QList<qint64> first = weeklySample(candidates, 2, 1234);
    QCOMPARE(weeklySample(candidates, 2, 1234), first);
    std::reverse(candidates.begin(), candidates.end());
    QCOMPARE(weeklySample(candidates, 2, 1234), first);
    std::rotate(candidates.begin(), candidates.begin() + 17, candidates.end());
    candidates.append(candidates[5]); // a duplicate changes nothing either
    QCOMPARE(weeklySample(candidates, 2, 1234), first);
}

void TestQaInput::seedChangesThePick()
{
    QList<SampleCandidate> candidates;
    for (qint64 id = 1; id <= 100; ++id)
        candidates.append({id, 3, QDate(2026, 6, 1 + static_cast<int>(id % 7)), false});
    const QList<qint64> a = weeklySample(candidates, 5, 1);
    const QList<qint64> b = weeklySample(candidates, 5, 2);
    QCOMPARE(a.size(), 5);
    QCOMPARE(b.size(), 5);
    QVERIFY(a != b);
}

void TestQaInput::orderedByDayAgentId()
{
    // Quota large enough to take everything, so only the order is under test.
    const QList<SampleCandidate> candidates{{50, 2, QDate(2026, 4, 7), false},
                                            {10, 2, QDate(2026, 4, 6), false},
                                            {40, 1, QDate(2026, 4, 7), false},
                                            {30, 2, QDate(2026, 4, 7), false},
                                            {20, 1, QDate(2026, 4, 8), false}};
    QCOMPARE(weeklySample(candidates, 10, 0), (QList<qint64>{10, 40, 30, 50, 20}));
}

void TestQaInput::nothingToPick()
{
    QVERIFY(weeklySample(twoAgentsTwoWeeks(), 0, 1).isEmpty());
    QVERIFY(weeklySample({}, 3, 1).isEmpty());
}

void TestQaInput::parseTranscript()
{
    const QString text = QStringLiteral("\uFEFF[00:05] Agent: Hello, this is Ana.\n"
                                        "\n"
                                        "[0:12] Customer: Hi: my card was declined\r\n"
                                        "ana: Let me check.  \n"
                                        "[1:02:03] System: Call transferred\n"
                                        "Maria: thanks\n");
    const auto parsed =
        huddle::core::parseTranscript(text, QStringLiteral("call.txt"), QStringLiteral("Ana"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    const QList<TranscriptLine> &lines = parsed.value();
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines[i].lineNo, i + 1); // the blank line does not count
    QCOMPARE(lines[0].offsetSeconds, std::optional<int>(5));
    QCOMPARE(lines[0].speaker, QStringLiteral("agent"));
    QCOMPARE(lines[0].body, QStringLiteral("Hello, this is Ana."));
    QCOMPARE(lines[1].offsetSeconds, std::optional<int>(12));
    QCOMPARE(lines[1].speaker, QStringLiteral("customer"));
    QCOMPARE(lines[1].body, QStringLiteral("Hi: my card was declined"));
    QVERIFY(!lines[2].offsetSeconds);
    QCOMPARE(lines[2].speaker, QStringLiteral("agent")); // the agent's name, any case
    QCOMPARE(lines[2].body, QStringLiteral("Let me check."));
    QCOMPARE(lines[3].offsetSeconds, std::optional<int>(3723));
    QCOMPARE(lines[3].speaker, QStringLiteral("system"));
    QCOMPARE(lines[4].speaker, QStringLiteral("customer")); // any other name
    QCOMPARE(lines[4].body, QStringLiteral("thanks"));
}

void TestQaInput::transcriptErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad time") << QStringLiteral("Agent: hi\n[00:6x] Customer: hello")
                              << QStringLiteral("t.txt:2:2")
                              << QStringLiteral(
                                     "expected a time such as [01:23] or [1:02:03], found [00:6x]");
    QTest::newRow("seconds over 59") << QStringLiteral("[01:75] Agent: hi") << QStringLiteral("t.txt:1:2")
                                     << QStringLiteral("found [01:75]");
    QTest::newRow("bracket not closed") << QStringLiteral("[00:10 Agent: hi") << QStringLiteral("t.txt:1:1")
                                        << QStringLiteral("the ']' is missing");
    QTest::newRow("no speaker") << QStringLiteral("\n\n[00:10] just words") << QStringLiteral("t.txt:3:9")
                                << QStringLiteral("expected \"Speaker: text\"");
    QTest::newRow("empty speaker") << QStringLiteral("Agent: hi\n: hello") << QStringLiteral("t.txt:2:1")
                                   << QStringLiteral("expected \"Speaker: text\"");
    QTest::newRow("time without brackets") << QStringLiteral("12:30 Agent: hi") << QStringLiteral("t.txt:1:1")
                                           << QStringLiteral("a time goes first, in square brackets");
}

void TestQaInput::transcriptErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const auto parsed = huddle::core::parseTranscript(text, QStringLiteral("t.txt"), QStringLiteral("Ana"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().location, location);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestQaInput::callTimestamps_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << QStringLiteral("00:00");
    QTest::newRow("83") << 83 << QStringLiteral("01:23");
    QTest::newRow("599") << 599 << QStringLiteral("09:59");
    QTest::newRow("3599") << 3599 << QStringLiteral("59:59");
    QTest::newRow("3600") << 3600 << QStringLiteral("1:00:00");
    QTest::newRow("3723") << 3723 << QStringLiteral("1:02:03");
    QTest::newRow("36000") << 36000 << QStringLiteral("10:00:00");
    QTest::newRow("negative") << -5 << QStringLiteral("00:00");
}

void TestQaInput::callTimestamps()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QCOMPARE(callTimestamp(seconds), text);
    if (seconds >= 0)
        QCOMPARE(parseCallTimestamp(text), std::optional<int>(seconds));
}

void TestQaInput::parseTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: refused
    QTest::newRow("mm:ss") << QStringLiteral("01:23") << 83;
    QTest::newRow("m:ss") << QStringLiteral("1:23") << 83;
    QTest::newRow("h:mm:ss") << QStringLiteral("1:02:03") << 3723;
    QTest::newRow("long call without hours") << QStringLiteral("75:10") << 4510;
    QTest::newRow("spaces") << QStringLiteral(" 01:23 ") << 83;
    QTest::newRow("one-digit seconds") << QStringLiteral("1:2") << -1;
    QTest::newRow("60 seconds") << QStringLiteral("01:60") << -1;
    QTest::newRow("60 minutes with hours") << QStringLiteral("1:60:00") << -1;
    QTest::newRow("one-digit minutes with hours") << QStringLiteral("1:2:03") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("letters") << QStringLiteral("a:bc") << -1;
    QTest::newRow("four parts") << QStringLiteral("01:23:45:07") << -1;
    QTest::newRow("negative") << QStringLiteral("-1:00") << -1;
    QTest::newRow("three-digit minutes") << QStringLiteral("001:00") << -1;
}

void TestQaInput::parseTimestamps()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const std::optional<int> parsed = parseCallTimestamp(text);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed)
        QCOMPARE(*parsed, seconds);
}

HUDDLE_TEST_GUILESS_MAIN("test_qa_input", TestQaInput)
#include "tst_qainput.moc"
