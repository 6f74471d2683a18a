// Transcripts line by line: read back as written, replaced in one transaction, and a replacement refused
// when an annotation points at a line the new transcript would not have.
#include "qasite.h"
#include "support/testmain.h"

#include "storage/database.h"
#include "storage/transcriptrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace huddle;
using core::TranscriptLine;

namespace {

QList<TranscriptLine> transcript(int lines)
{
    QList<TranscriptLine> list;
    for (int i = 1; i <= lines; ++i)
        list.append({i, i % 3 == 0 ? std::optional<int>() : std::optional<int>(10 * i),
                     i % 2 == 1 ? QStringLiteral("customer") : QStringLiteral("agent"),
                     QStringLiteral("line %1").arg(i)});
    return list;
}

} // namespace

Q_DECLARE_METATYPE(huddle::core::TranscriptLine)

class TestTranscripts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writtenAndReadBack();
    void invalidLinesAreRefused_data();
    void invalidLinesAreRefused();
    void annotatedLinesMustSurvive();
    void unknownConversation();

private:
    int storedLines(const QString &ref);

    QTemporaryDir m_dir;
    qasite::Site m_site;
};

void TestTranscripts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto site = qasite::openSite(m_dir.filePath(QStringLiteral("transcripts.sqlite")));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
    const QDate day(2024, 3, 4);
    QVERIFY(qasite::addConversations(m_site, {{"t1", day, m_site.ana, m_site.alpha, 300, {}, 1, 5, {}},
                                              {"t2", day, m_site.ben, m_site.alpha, 300, {}, 1, 5, {}}}));
}

int TestTranscripts::storedLines(const QString &ref)
{
    QSqlQuery q(m_site.db->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM transcript_lines WHERE conversation_id = ?"));
    q.addBindValue(m_site.conversations.value(ref));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestTranscripts::writtenAndReadBack()
{
    storage::TranscriptRepository repository(*m_site.db);
    const qint64 t1 = m_site.conversations.value("t1");
    QVERIFY(repository.lines(t1).value().isEmpty());
    QVERIFY(repository.replace(t1, transcript(6)));
    const auto lines = repository.lines(t1);
    QVERIFY(lines);
    QCOMPARE(lines.value().size(), 6);
    for (int i = 0; i < 6; ++i) {
        const TranscriptLine &line = lines.value()[i];
        QCOMPARE(line.lineNo, i + 1);
        QCOMPARE(line.offsetSeconds,
                 (i + 1) % 3 == 0 ? std::optional<int>() : std::optional<int>(10 * (i + 1)));
        QCOMPARE(line.speaker, i % 2 == 0 ? QStringLiteral("customer") : QStringLiteral("agent"));
        QCOMPARE(line.body, QStringLiteral("line %1").arg(i + 1));
    }
    // Replacing swaps the whole transcript; lines numbered 0 are numbered by their position.
    QList<TranscriptLine> shorter{{0, 0, QStringLiteral("system"), QStringLiteral("Call recorded")},
                                  {0, 4, QStringLiteral("agent"), QStringLiteral("Hello")}};
    QVERIFY(repository.replace(t1, shorter));
    const auto replaced = repository.lines(t1).value();
    QCOMPARE(replaced.size(), 2);
    QCOMPARE(replaced[1].lineNo, 2);
    QCOMPARE(replaced[1].body, QStringLiteral("Hello"));
    QCOMPARE(storedLines("t2"), 0); // other conversations untouched
    QVERIFY(repository.replace(t1, {}));
    QCOMPARE(storedLines("t1"), 0);
}

void TestTranscripts::invalidLinesAreRefused_data()
{
    QTest::addColumn<QList<TranscriptLine>>("lines");
    QList<TranscriptLine> lines = transcript(3);
    lines[1].lineNo = 5;
    QTest::newRow("numbered out of order") << lines;
    lines = transcript(3);
    lines[2].speaker = QStringLiteral("supervisor");
    QTest::newRow("unknown speaker") << lines;
    lines = transcript(3);
    lines[0].body = QStringLiteral("   ");
    QTest::newRow("empty line") << lines;
    lines = transcript(3);
    lines[0].offsetSeconds = -1;
    QTest::newRow("before the call") << lines;
}

void TestTranscripts::invalidLinesAreRefused()
{
    QFETCH(QList<TranscriptLine>, lines);
    storage::TranscriptRepository repository(*m_site.db);
    const qint64 t2 = m_site.conversations.value("t2");
    QVERIFY(repository.replace(t2, transcript(4)));
    const auto refused = repository.replace(t2, lines);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(storedLines("t2"), 4); // the old transcript stays
}

void TestTranscripts::annotatedLinesMustSurvive()
{
    storage::TranscriptRepository repository(*m_site.db);
    const qint64 t1 = m_site.conversations.value("t1");
    QVERIFY(repository.replace(t1, transcript(8)));
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Transcript test");
    card.sections = {{QStringLiteral("All"), {qasite::yesNo(QStringLiteral("Polite"), 1)}}};
    const auto scorecard = qasite::addScorecard(*m_site.db, card);
    QVERIFY(scorecard);
    core::EvaluationRecord record;
    record.conversationId = t1;
    record.evaluator = QStringLiteral("Quinn");
    record.answers = {{false, 0}};
    record.createdAt = QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc());
    // An annotation on line 6 and one on second 400 (seconds do not depend on the transcript).
    const QList<core::Annotation> annotations{
        {0, 0, core::AnchorKind::Line, 6, QStringLiteral("Interrupted")},
        {0, -1, core::AnchorKind::Second, 400, QStringLiteral("Long hold")}};
    QVERIFY(storage::QaWriter(*m_site.db).insertEvaluation(scorecard.value(), record, annotations));
    const auto refused = repository.replace(t1, transcript(5));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("6")), qPrintable(refused.error().message));
    QCOMPARE(storedLines("t1"), 8); // nothing changed
    QVERIFY(repository.replace(t1, transcript(6)));
    QCOMPARE(storedLines("t1"), 6);
}

void TestTranscripts::unknownConversation()
{
    QVERIFY(!storage::TranscriptRepository(*m_site.db).replace(999, transcript(2)));
}

HUDDLE_TEST_GUILESS_MAIN("test_transcripts", TestTranscripts)
#include "tst_transcripts.moc"
