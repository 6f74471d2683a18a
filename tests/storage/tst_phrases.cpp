// The phrase library in storage: adding and reading back, tags trimmed and without repeats, editing,
// retiring and restoring, deleting only what no session set as homework, and an audit entry for each change
// (none for a change that changes nothing). Homework rows are written with plain SQL of this test, so it
// does not depend on the coaching repository.
#include "qafixture.h"
#include "sitefixture.h"
#include "support/testmain.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/phraserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using storage::Phrase;

namespace {

const QString editor = QStringLiteral("Tess");
const QDateTime editedAt(QDate(2024, 3, 5), QTime(9, 30), QTimeZone::utc());

Phrase phraseOf(const QString &longer, const QString &shorter, const QStringList &situations)
{
    Phrase p;
    p.longer = longer;
    p.shorter = shorter;
    p.situations = situations;
    return p;
}

const Phrase opening =
    phraseOf(QStringLiteral("  Can you tell me more about the problem that you're experiencing? "),
             QStringLiteral("Please tell me what happened?"),
             {QStringLiteral(" opening"), QStringLiteral("Billing , opening")});
const Phrase hold =
    phraseOf(QStringLiteral("I am going to have to place you on a brief hold while I look into this."),
             QStringLiteral("May I put you on hold for two minutes?"),
             {QStringLiteral("hold"), QStringLiteral("billing"), QStringLiteral("Angry customer")});

} // namespace

class TestPhrases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addedPhrasesReadBack();
    void blankWordingIsRefused();
    void normalizedSituations_data();
    void normalizedSituations();
    void situationsInUseSortedWithoutRepeats();
    void editingIsAudited();
    void retiringHidesAndRestoringShows();
    void removingIsRefusedForHomework();

private:
    storage::PhraseRepository repository() const { return storage::PhraseRepository(*m_db); }
    qint64 add(const Phrase &phrase);
    QList<storage::AuditEntry> audit(qint64 phraseId) const;
    int count(const QString &sql) const { return qafixture::count(*m_db, sql); }
    // A coaching session of Ana that sets `phraseId` as homework.
    void setAsHomework(qint64 phraseId);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
};

void TestPhrases::init()
{
    m_db.reset();
    auto opened = fixture::openSmallSite(m_dir.filePath(QStringLiteral("phrases%1.db").arg(++m_counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value().database);
    m_site = opened.value().site;
}

qint64 TestPhrases::add(const Phrase &phrase)
{
    const auto id = repository().add(phrase, editor, editedAt);
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

QList<storage::AuditEntry> TestPhrases::audit(qint64 phraseId) const
{
    const auto entries = storage::AuditLog(*m_db).entries(QStringLiteral("phrase"), phraseId);
    return entries ? entries.value() : QList<storage::AuditEntry>{};
}

void TestPhrases::setAsHomework(qint64 phraseId)
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO coaching_sessions (agent_id, coach, day) VALUES (?, 'Tess', '2024-03-04')")));
    q.addBindValue(m_site.ana);
    QVERIFY(q.exec());
    const qint64 session = q.lastInsertId().toLongLong();
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO coaching_homework (session_id, phrase_id) VALUES (?, ?)")));
    q.addBindValue(session);
    q.addBindValue(phraseId);
    QVERIFY(q.exec());
}

void TestPhrases::addedPhrasesReadBack()
{
    Phrase checked = hold;
    checked.csatChecked = true;
    checked.csatNote = QStringLiteral(" Two weeks on team Alpha: CSAT of calls with a hold up 4 points. ");
    const qint64 first = add(opening);
    const qint64 second = add(checked);
    QVERIFY(first > 0 && second > first);

    const auto phrases = repository().phrases(false);
    QVERIFY(phrases);
    QCOMPARE(phrases->size(), 2);
    const Phrase &a = phrases->at(0);
    QCOMPARE(a.id, first);
    QCOMPARE(a.longer,
             QStringLiteral("Can you tell me more about the problem that you're experiencing?")); // trimmed
    QCOMPARE(a.shorter, QStringLiteral("Please tell me what happened?"));
    QCOMPARE(a.situations, (QStringList{QStringLiteral("opening"), QStringLiteral("Billing")}));
    QVERIFY(!a.csatChecked);
    QCOMPARE(a.createdBy, editor);
    QCOMPARE(a.createdAt, editedAt);
    QVERIFY(!a.retired);
    QCOMPARE(a.homeworkCount, 0);
    const Phrase &b = phrases->at(1);
    QVERIFY(b.csatChecked);
    QCOMPARE(b.csatNote, QStringLiteral("Two weeks on team Alpha: CSAT of calls with a hold up 4 points."));
    QCOMPARE(b.situations, (QStringList{QStringLiteral("hold"), QStringLiteral("billing"),
                                        QStringLiteral("Angry customer")}));
    // Stored comma-separated, as the schema says.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM phrases WHERE situations = 'hold,billing,Angry customer'")),
             1);

    const auto one = repository().phrase(second);
    QVERIFY(one);
    QCOMPARE(one.value(), b);
    QVERIFY(!repository().phrase(second + 100));

    const auto entries = audit(first);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("add"));
    QCOMPARE(entries.first().actor, editor);
    QCOMPARE(entries.first().detail.value(QStringLiteral("shorter")).toString(),
             QStringLiteral("Please tell me what happened?"));
}

void TestPhrases::blankWordingIsRefused()
{
    for (const Phrase &blank : {phraseOf(QStringLiteral("   "), QStringLiteral("Shorter"), {}),
                                phraseOf(QStringLiteral("Longer"), QString(), {})}) {
        const auto id = repository().add(blank, editor, editedAt);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QLatin1String("shorter")), qPrintable(id.error().message));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM phrases")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'phrase'")), 0);

    Phrase stored = opening;
    stored.id = add(opening);
    stored.shorter = QStringLiteral(" ");
    QVERIFY(!repository().update(stored, editor, editedAt));
    QCOMPARE(repository().phrase(stored.id)->shorter, QStringLiteral("Please tell me what happened?"));
}

void TestPhrases::normalizedSituations_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("header example") << QStringList{QStringLiteral("a, b ,, A")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("repeats across entries, first spelling kept")
        << QStringList{QStringLiteral(" Billing "), QStringLiteral("billing,Angry customer"),
                       QStringLiteral("angry CUSTOMER")}
        << QStringList{QStringLiteral("Billing"), QStringLiteral("Angry customer")};
    QTest::newRow("only separators") << QStringList{QStringLiteral(",, ,"), QStringLiteral(" ")}
                                     << QStringList{};
    QTest::newRow("nothing") << QStringList{} << QStringList{};
    QTest::newRow("order as given") << QStringList{QStringLiteral("closing"), QStringLiteral("hold"),
                                                   QStringLiteral("opening")}
                                    << QStringList{QStringLiteral("closing"), QStringLiteral("hold"),
                                                   QStringLiteral("opening")};
}

void TestPhrases::normalizedSituations()
{
    QFETCH(QStringList, tags);
    QFETCH(QStringList, expected);
    QCOMPARE(storage::PhraseRepository::normalizedSituations(tags), expected);
}

void TestPhrases::situationsInUseSortedWithoutRepeats()
{
    add(opening);
    const qint64 retired = add(hold);
    add(phraseOf(QStringLiteral("Is there anything else I can help you with today?"),
                 QStringLiteral("What else can I do for you?"),
                 {QStringLiteral("Closing"), QStringLiteral("HOLD")}));
    QVERIFY(repository().setRetired(retired, true, editor, editedAt));
    // Retired phrases are still in the library, so their tags stay in the filter.
    const auto tags = repository().situations();
    QVERIFY(tags);
    QCOMPARE(tags.value(),
             (QStringList{QStringLiteral("Angry customer"), QStringLiteral("Billing"),
                          QStringLiteral("Closing"), QStringLiteral("hold"), QStringLiteral("opening")}));
}

void TestPhrases::editingIsAudited()
{
    Phrase stored = opening;
    stored.id = add(opening);
    stored.shorter = QStringLiteral("What happened?");
    stored.situations = {QStringLiteral("opening"), QStringLiteral("technical"), QStringLiteral("Opening")};
    stored.csatChecked = true;
    stored.csatNote = QStringLiteral("A/B on two teams, March");
    const auto saved = repository().update(stored, editor, editedAt);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const auto read = repository().phrase(stored.id);
    QVERIFY(read);
    QCOMPARE(read->shorter, QStringLiteral("What happened?"));
    QCOMPARE(read->situations, (QStringList{QStringLiteral("opening"), QStringLiteral("technical")}));
    QVERIFY(read->csatChecked);
    QCOMPARE(read->createdAt, editedAt); // editing keeps who added it and when

    auto entries = audit(stored.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, QStringLiteral("edit"));
    QCOMPARE(entries.at(1)
                 .detail.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("shorter"))
                 .toString(),
             QStringLiteral("Please tell me what happened?"));
    QCOMPARE(entries.at(1)
                 .detail.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("shorter"))
                 .toString(),
             QStringLiteral("What happened?"));

    // Saving it unchanged writes no audit entry; an unknown phrase is refused.
    QVERIFY(repository().update(read.value(), editor, editedAt));
    QCOMPARE(audit(stored.id).size(), 2);
    Phrase unknown = read.value();
    unknown.id += 100;
    const auto refused = repository().update(unknown, editor, editedAt);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("no phrase")),
             qPrintable(refused.error().message));
}

void TestPhrases::retiringHidesAndRestoringShows()
{
    const qint64 first = add(opening);
    const qint64 second = add(hold);
    QVERIFY(repository().setRetired(first, true, editor, editedAt));
    QVERIFY(repository().setRetired(first, true, editor, editedAt)); // already retired: no second entry
    auto active = repository().phrases(false);
    QVERIFY(active);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().id, second);
    auto all = repository().phrases(true);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(all->at(0).retired);

    QVERIFY(repository().setRetired(first, false, editor, editedAt));
    active = repository().phrases(false);
    QVERIFY(active);
    QCOMPARE(active->size(), 2);
    QStringList actions;
    for (const storage::AuditEntry &entry : audit(first))
        actions.append(entry.action);
    QCOMPARE(actions,
             (QStringList{QStringLiteral("add"), QStringLiteral("retire"), QStringLiteral("restore")}));
    QVERIFY(!repository().setRetired(second + 100, true, editor, editedAt));
}

void TestPhrases::removingIsRefusedForHomework()
{
    const qint64 used = add(opening);
    const qint64 unused = add(hold);
    setAsHomework(used);
    setAsHomework(used);
    QCOMPARE(repository().phrase(used)->homeworkCount, 2);
    QCOMPARE(repository().phrase(unused)->homeworkCount, 0);

    const auto refused = repository().remove(used, editor, editedAt);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("retire")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("2 session")),
             qPrintable(refused.error().message));
    QVERIFY(repository().phrase(used));
    QCOMPARE(audit(used).size(), 1); // only "add"

    const auto removed = repository().remove(unused, editor, editedAt);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QVERIFY(!repository().phrase(unused));
    const auto entries = audit(unused);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, QStringLiteral("delete"));
    QCOMPARE(entries.at(1).detail.value(QStringLiteral("longer")).toString(), hold.longer);
    QVERIFY(!repository().remove(unused, editor, editedAt)); // gone
}

HUDDLE_TEST_GUILESS_MAIN("test_phrases", TestPhrases)
#include "tst_phrases.moc"
