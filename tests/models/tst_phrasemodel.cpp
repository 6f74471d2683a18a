// The phrase library's model against a real database (the small site of the storage tests): every edit is
// in the database at once, undo writes the old value back, redo the new one, and a refused write leaves the
// row as stored and says why.
#include "models/phrasemodel.h"
#include "sitefixture.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/phraserepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;
using Model = models::PhraseModel;

namespace {

const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

storage::Phrase phrase(const QString &longer, const QString &shorter)
{
    storage::Phrase p;
    p.longer = longer;
    p.shorter = shorter;
    p.situations = {QStringLiteral("opening")};
    return p;
}

// The model as the phrase page holds it: with an undo stack, under the model tester.
struct Editor {
    explicit Editor(const storage::Database &database)
        : model(database, QStringLiteral("tess"))
    {
        model.setUndoStack(&stack);
    }

    Model model;
    QUndoStack stack;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestPhraseModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsStoredPhrases();
    void editWritesAtOnceAndUndoWritesBack();
    void refusedWriteKeepsTheStoredRow();
    void retiredPhrasesHideAndComeBack();
    void undoingAnAddDeletesUnlessItIsHomework();

private:
    storage::Phrase stored(qint64 id) const { return storage::PhraseRepository(*m_db).phrase(id).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestPhraseModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = fixture::openSmallSite(m_dir->filePath(QStringLiteral("site.huddle")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_db = std::move(opened->database);
    m_site = opened->site;
    storage::PhraseRepository phrases(*m_db);
    m_first =
        phrases
            .add(phrase(QStringLiteral("Can you tell me more about the problem that you're experiencing?"),
                        QStringLiteral("Please tell me what happened?")),
                 QStringLiteral("tess"), at)
            .value();
    m_second = phrases
                   .add(phrase(QStringLiteral("I am going to go ahead and check that for you"),
                               QStringLiteral("Let me check")),
                        QStringLiteral("tess"), at)
                   .value();
}

void TestPhraseModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPhraseModel::listsStoredPhrases()
{
    Model model(*m_db, QStringLiteral("tess"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(m_second), 1);
    QCOMPARE(model.data(model.index(0, Model::Shorter)).toString(),
             QStringLiteral("Please tell me what happened?"));
    QCOMPARE(model.data(model.index(0, Model::Situations)).toString(), QStringLiteral("opening"));
    QCOMPARE(model.data(model.index(0, Model::CsatChecked), Qt::CheckStateRole).toInt(),
             static_cast<int>(Qt::Unchecked));
    QCOMPARE(model.data(model.index(0, Model::Homework)).toString(), QStringLiteral("0"));
    QCOMPARE(model.data(model.index(1, 0), Model::PhraseIdRole).toLongLong(), m_second);
    QVERIFY(!(model.flags(model.index(0, Model::Homework)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, Model::CsatChecked)) & Qt::ItemIsUserCheckable);
}

void TestPhraseModel::editWritesAtOnceAndUndoWritesBack()
{
    Editor editor(*m_db);
    Model &model = editor.model;
    QUndoStack &stack = editor.stack;
    QVERIFY(model.reload());

    QVERIFY(model.setData(model.index(1, Model::Shorter), QStringLiteral("Let me check that")));
    QCOMPARE(stored(m_second).shorter, QStringLiteral("Let me check that"));
    QVERIFY(model.setData(model.index(1, Model::Situations), QStringLiteral("hold, Hold ,, billing")));
    QCOMPARE(stored(m_second).situations, (QStringList{QStringLiteral("hold"), QStringLiteral("billing")}));
    QCOMPARE(model.data(model.index(1, Model::Situations), Model::SituationsRole).toStringList(),
             (QStringList{QStringLiteral("hold"), QStringLiteral("billing")}));
    QVERIFY(model.setData(model.index(1, Model::CsatChecked), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(stored(m_second).csatChecked);
    QCOMPARE(stack.count(), 3);

    stack.undo();
    QVERIFY(!stored(m_second).csatChecked);
    stack.undo();
    QCOMPARE(stored(m_second).situations, QStringList{QStringLiteral("opening")});
    QCOMPARE(model.data(model.index(1, Model::Situations)).toString(), QStringLiteral("opening"));
    stack.undo();
    QCOMPARE(stored(m_second).shorter, QStringLiteral("Let me check"));
    QCOMPARE(model.data(model.index(1, Model::Shorter)).toString(), QStringLiteral("Let me check"));
    stack.redo();
    QCOMPARE(stored(m_second).shorter, QStringLiteral("Let me check that"));
    QCOMPARE(model.data(model.index(1, Model::Shorter)).toString(), QStringLiteral("Let me check that"));

    // A second model (another window) reads what the first wrote.
    Model other(*m_db, QStringLiteral("sam"));
    QVERIFY(other.reload());
    QCOMPARE(other.data(other.index(1, Model::Shorter)).toString(), QStringLiteral("Let me check that"));
}

void TestPhraseModel::refusedWriteKeepsTheStoredRow()
{
    Editor editor(*m_db);
    Model &model = editor.model;
    QUndoStack &stack = editor.stack;
    QVERIFY(model.reload());
    QSignalSpy failed(&model, &Model::writeFailed);

    QVERIFY(!model.setData(model.index(0, Model::Longer), QStringLiteral("   ")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("longer wording")));
    QCOMPARE(model.data(model.index(0, Model::Longer)).toString(),
             QStringLiteral("Can you tell me more about the problem that you're experiencing?"));
    QCOMPARE(stored(m_first).longer, model.data(model.index(0, Model::Longer)).toString());
    QCOMPARE(stack.count(), 0);
}

void TestPhraseModel::retiredPhrasesHideAndComeBack()
{
    Editor editor(*m_db);
    Model &model = editor.model;
    QUndoStack &stack = editor.stack;
    QVERIFY(model.reload());

    QVERIFY(model.setRetired(0, true));
    QVERIFY(stored(m_first).retired);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(m_first), -1);
    model.setShowRetired(true);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.data(model.index(model.rowOf(m_first), 0), Model::RetiredRole).toBool());
    QVERIFY(model.data(model.index(model.rowOf(m_first), 0), Qt::ForegroundRole).isValid());
    model.setShowRetired(false);

    stack.undo();
    QVERIFY(!stored(m_first).retired);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(m_first), 0);
}

void TestPhraseModel::undoingAnAddDeletesUnlessItIsHomework()
{
    Editor editor(*m_db);
    Model &model = editor.model;
    QUndoStack &stack = editor.stack;
    QVERIFY(model.reload());
    QSignalSpy failed(&model, &Model::writeFailed);

    const auto added =
        model.addPhrase(phrase(QStringLiteral("At this moment in time"), QStringLiteral("Now")));
    QVERIFY(added);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(model.rowOf(added.value()), Model::Shorter)).toString(),
             QStringLiteral("Now"));
    stack.undo();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!storage::PhraseRepository(*m_db).phrase(added.value()));
    stack.redo(); // stored again, under a new id the model still finds
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(added.value()) >= 0);
    QCOMPARE(storage::PhraseRepository(*m_db).phrases(true).value().size(), 3);

    // Once a session set it as homework, undoing the add is refused and the phrase stays.
    const qint64 readded = model.phraseAt(model.rowOf(added.value()))->id;
    storage::CoachingSession session;
    session.agentId = m_site.ana;
    session.coach = QStringLiteral("tess");
    session.day = QDate(2026, 11, 2);
    session.focus = {core::KpiId::Csat};
    session.homework = {readded};
    QVERIFY(storage::CoachingRepository(*m_db).create(session, QStringLiteral("tess"), at));
    stack.undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(storage::PhraseRepository(*m_db).phrase(readded));
    QCOMPARE(model.rowCount(), 3);
    stack.redo(); // nothing was removed, so nothing is added twice
    QCOMPARE(storage::PhraseRepository(*m_db).phrases(true).value().size(), 3);
}

HUDDLE_TEST_GUILESS_MAIN("test_phrase_model", TestPhraseModel)
#include "tst_phrasemodel.moc"
