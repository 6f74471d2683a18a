// The scorecard designer's models without widgets: ScorecardEditModel under QAbstractItemModelTester through
// adds, removes, moves, edits, undo and redo; the effective shares worked out by hand; validation; an
// edit → save → reload round trip through ScorecardRepository, in place while unused and as a new version
// once an evaluation uses it; ScorecardListModel and what saving will do.
#include "core/scorecardjson.h"
#include "models/scorecardeditmodel.h"
#include "models/scorecardlistmodel.h"
#include "qafixture.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/scorecardrepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;
using models::ScorecardEditModel;

namespace {

QString shareOf(const ScorecardEditModel &model, int section, int criterion)
{
    const QModelIndex parent = model.index(section, 0);
    return criterion < 0 ? model.index(section, ScorecardEditModel::Share).data().toString()
                         : model.index(criterion, ScorecardEditModel::Share, parent).data().toString();
}

QModelIndex criterionAt(const ScorecardEditModel &model, int section, int criterion, int column = 0)
{
    return model.index(criterion, column, model.index(section, 0));
}

} // namespace

class TestScorecardEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheTesterThroughEveryChange();
    void sharesByHand();
    void undoRestoresTheScorecardExactly();
    void typingIsOneUndoStep();
    void validationNamesTheProblem();
    void editSaveReloadRoundTrip();
    void listShowsRetiredGreyedAndTheSaveEffect();

private:
    QTemporaryDir m_dir;
};

void TestScorecardEdit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestScorecardEdit::passesTheTesterThroughEveryChange()
{
    ScorecardEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScorecard(1, qafixture::careCard());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex section = model.addSection();
    QCOMPARE(section.row(), 2);
    QCOMPARE(model.rowCount(section), 1);
    const QModelIndex added = model.addCriterion(criterionAt(model, 0, 0));
    QCOMPARE(added.row(), 1);
    QCOMPARE(added.data().toString(), QStringLiteral("New criterion 2")); // names stay unique
    QCOMPARE(criterionAt(model, 0, 2).data().toString(), QStringLiteral("Verified"));
    const QModelIndex moved = model.moveItem(criterionAt(model, 1, 1), -1);
    QCOMPARE(moved.row(), 0);
    QCOMPARE(criterionAt(model, 1, 0).data().toString(), QStringLiteral("Empathy"));
    QVERIFY(!model.canMove(criterionAt(model, 1, 0), -1));
    QVERIFY(model.moveItem(model.index(2, 0), -2).isValid());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("New section"));
    QVERIFY(model.setData(criterionAt(model, 1, 1, ScorecardEditModel::AutoFail), Qt::Checked,
                          Qt::CheckStateRole));
    QVERIFY(model.setData(criterionAt(model, 1, 1, ScorecardEditModel::Kind),
                          int(core::CriterionKind::Scale1to5)));
    QVERIFY(model.removeItem(model.index(0, 0)));
    QVERIFY(model.removeItem(criterionAt(model, 0, 0)));
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    while (model.undoStack()->canRedo())
        model.undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
}

void TestScorecardEdit::sharesByHand()
{
    ScorecardEditModel model;
    model.setScorecard(1, qafixture::careCard());
    // weight × points possible: Greeting 1×1, Verified 2×1, Solved 3×4, Empathy 1×4 → total 19
    QCOMPARE(shareOf(model, 0, 0), QStringLiteral("5.3 %"));   // 1/19
    QCOMPARE(shareOf(model, 0, 1), QStringLiteral("10.5 %"));  // 2/19
    QCOMPARE(shareOf(model, 1, 0), QStringLiteral("63.2 %"));  // 12/19
    QCOMPARE(shareOf(model, 1, 1), QStringLiteral("21.1 %"));  // 4/19
    QCOMPARE(shareOf(model, 0, -1), QStringLiteral("15.8 %")); // 3/19
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(criterionAt(model, 1, 0, ScorecardEditModel::Weight), 1.0));
    QVERIFY(changed.count() > 1); // every share moves with one weight
    // Solved 1×4 → total 11
    QCOMPARE(shareOf(model, 1, 0), QStringLiteral("36.4 %"));
    QCOMPARE(shareOf(model, 0, 0), QStringLiteral("9.1 %"));
    QCOMPARE(model.index(1, ScorecardEditModel::Weight).data().toString(), QStringLiteral("2")); // 1 + 1
    QVERIFY(!model.setData(criterionAt(model, 1, 0, ScorecardEditModel::Weight), 0.0)); // weights are > 0
    QVERIFY(model.setData(criterionAt(model, 0, 0, ScorecardEditModel::Kind),
                          int(core::CriterionKind::Scale1to5)));
    // Greeting 1×4 → total 14
    QCOMPARE(shareOf(model, 0, 0), QStringLiteral("28.6 %"));
}

void TestScorecardEdit::undoRestoresTheScorecardExactly()
{
    ScorecardEditModel model;
    const core::ScorecardDefinition original = qafixture::careCard();
    model.setScorecard(1, original);
    QVERIFY(!model.isModified());
    QSignalSpy changed(&model, &ScorecardEditModel::definitionChanged);
    model.setField(ScorecardEditModel::Field::Name, QStringLiteral("Care card 2"));
    model.setField(ScorecardEditModel::Field::Channel, QVariant());
    model.setField(ScorecardEditModel::Field::Purpose, int(core::ScorecardPurpose::Peer));
    QVERIFY(model.setData(criterionAt(model, 0, 0), QStringLiteral("Welcome"),
                          ScorecardEditModel::GuidelineRole));
    QVERIFY(model.setData(criterionAt(model, 0, 1, ScorecardEditModel::NaAllowed), Qt::Checked,
                          Qt::CheckStateRole));
    model.addSection();
    model.moveItem(model.index(1, 0), -1);
    model.removeItem(criterionAt(model, 0, 0));
    QVERIFY(model.isModified());
    QVERIFY(changed.count() >= 8);
    QCOMPARE(model.definition().name, QStringLiteral("Care card 2"));
    QVERIFY(!model.definition().channel);
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    QCOMPARE(core::scorecardToJson(model.definition()), core::scorecardToJson(original));
    QVERIFY(!model.isModified());
    model.undoStack()->redo();
    QVERIFY(model.isModified());
}

void TestScorecardEdit::typingIsOneUndoStep()
{
    ScorecardEditModel model;
    model.setScorecard(1, qafixture::careCard());
    for (const QString &typed : {QStringLiteral("G"), QStringLiteral("Gr"), QStringLiteral("Greet")})
        QVERIFY(model.setData(criterionAt(model, 0, 0), typed));
    for (const QString &typed : {QStringLiteral("S"), QStringLiteral("Sm")})
        QVERIFY(model.setData(criterionAt(model, 0, 0), typed, ScorecardEditModel::GuidelineRole));
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    QCOMPARE(criterionAt(model, 0, 0).data(ScorecardEditModel::GuidelineRole).toString(),
             QStringLiteral("Name"));
    QCOMPARE(criterionAt(model, 0, 0).data().toString(), QStringLiteral("Greet"));
    model.undoStack()->undo();
    QCOMPARE(criterionAt(model, 0, 0).data().toString(), QStringLiteral("Greeting"));
}

void TestScorecardEdit::validationNamesTheProblem()
{
    ScorecardEditModel model;
    model.setScorecard(1, qafixture::careCard());
    QVERIFY(model.validation());
    QVERIFY(model.setData(criterionAt(model, 1, 1), QStringLiteral("Greeting")));
    QVERIFY(!model.validation());
    QVERIFY2(model.validation().error().message.contains(QStringLiteral("already used")),
             qPrintable(model.validation().error().message));
    QVERIFY(model.validation().error().message.startsWith(QStringLiteral("Criterion 2 of section 2")));
    model.undoStack()->undo();
    model.removeItem(criterionAt(model, 0, 0));
    model.removeItem(criterionAt(model, 0, 0));
    QVERIFY(model.validation().error().message.contains(QStringLiteral("needs at least one criterion")));
}

void TestScorecardEdit::editSaveReloadRoundTrip()
{
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("roundtrip.db")));
    QVERIFY2(qa, qa ? "" : qPrintable(qa.error().toString()));
    storage::ScorecardRepository scorecards(*qa->database);
    ScorecardEditModel model;
    model.setScorecard(qa->care.scorecardId, qa->care.definition);
    QVERIFY(model.setData(criterionAt(model, 1, 0, ScorecardEditModel::Weight), 4.0));
    model.addCriterion(model.index(1, 0));
    QVERIFY(model.setData(criterionAt(model, 1, 2), QStringLiteral("Ownership")));
    QVERIFY(model.setData(criterionAt(model, 1, 2), QStringLiteral("Owns the problem"),
                          ScorecardEditModel::GuidelineRole));
    QVERIFY(model.validation());
    // Unused: saved in place.
    auto saved = scorecards.save(model.scorecardId(), model.definition(), QStringLiteral("Lead"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QCOMPARE(saved->definition.version, 1);
    model.markSaved(saved->scorecardId, saved->definition.version);
    QVERIFY(!model.isModified());
    auto reloaded = scorecards.latest(qa->care.scorecardId);
    QVERIFY(reloaded);
    QCOMPARE(core::scorecardToJson(reloaded->definition), core::scorecardToJson(model.definition()));
    QCOMPARE(reloaded->definition.sections[1].criteria[2].guideline, QStringLiteral("Owns the problem"));

    // Once an evaluation uses version 1, an edit is saved as version 2 and the evaluation keeps version 1.
    storage::EvaluationDraft draft =
        qafixture::careDraft(qa.value(), "c2", {{false, 1}, {false, 1}, {false, 5}, {false, 5}, {true, 0}});
    draft.scorecardVersionId = reloaded->versionId;
    auto evaluation = storage::EvaluationRepository(*qa->database).publish(draft, QStringLiteral("Quinn"));
    QVERIFY2(evaluation, evaluation ? "" : qPrintable(evaluation.error().toString()));
    model.setScorecard(reloaded->scorecardId, reloaded->definition);
    QVERIFY(model.removeItem(criterionAt(model, 1, 2)));
    saved = scorecards.save(model.scorecardId(), model.definition(), QStringLiteral("Lead"));
    QVERIFY(saved);
    QCOMPARE(saved->definition.version, 2);
    QVERIFY(saved->versionId != reloaded->versionId);
    const auto kept =
        storage::EvaluationRepository(*qa->database).load(evaluation.value(), QStringLiteral("Quinn"));
    QCOMPARE(kept->draft.scorecardVersionId, reloaded->versionId);
    QCOMPARE(kept->draft.answers.size(), 5);
    QCOMPARE(scorecards.latest(qa->care.scorecardId)->definition.flatCriteria().size(), 4);
}

void TestScorecardEdit::listShowsRetiredGreyedAndTheSaveEffect()
{
    storage::ScorecardSummary used;
    used.scorecardId = 7;
    used.name = QStringLiteral("Voice");
    used.latestVersion = 1;
    used.evaluations = 12;
    QCOMPARE(models::saveEffectText(used),
             QStringLiteral("Saves as version 2 because 12 evaluation(s) use version 1; they keep it."));
    used.latestVersion = 3;
    used.latestVersionEvaluations = 0;
    QCOMPARE(models::saveEffectText(used),
             QStringLiteral("Saves version 3 in place: no evaluation uses it yet."));
    used.latestVersionEvaluations = 4;
    QVERIFY(models::saveEffectText(used).startsWith(
        QStringLiteral("Saves as version 4 because 4 evaluation(s)")));

    storage::ScorecardSummary retired;
    retired.scorecardId = 8;
    retired.name = QStringLiteral("Old chat");
    retired.retired = true;
    retired.channel = core::Channel::Chat;
    models::ScorecardListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setScorecards({used, retired});
    QCOMPARE(list.rowOf(8), 1);
    QCOMPARE(list.index(1, models::ScorecardListModel::Name).data().toString(),
             QStringLiteral("Old chat (retired)"));
    QCOMPARE(list.index(1, models::ScorecardListModel::Channel).data().toString(), QStringLiteral("Chat"));
    QCOMPARE(list.index(0, models::ScorecardListModel::Channel).data().toString(), QStringLiteral("Any"));
    QCOMPARE(list.index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::gray));
    QVERIFY(!list.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(list.index(0, models::ScorecardListModel::Evaluations).data().toString(), QStringLiteral("12"));
}

HUDDLE_TEST_MAIN("test_scorecardedit", TestScorecardEdit)
#include "tst_scorecardedit.moc"
