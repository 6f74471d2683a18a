// The coaching models a session is written in, over hand-made inputs: the words of CoachingText, the
// proposed agenda and its chosen items, the agenda and the action items with undo. Every expected text and
// number is written out by hand here. Dates read in en_US short format ("11/3/26"); without a translator,
// plurals read "day(s)".
#include "coachingtestutil.h"
#include "models/actionitemmodel.h"
#include "models/agendamodel.h"
#include "models/coachingtext.h"
#include "models/proposedagendamodel.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;
using namespace coachingtest;
using core::AgendaKind;
using core::KpiId;
using models::CoachingText;

namespace {

core::ProposedItem kpiItem()
{
    core::AgendaKpi kpi;
    kpi.assessment = {KpiId::Csat, {72.0, 40}, core::Band::Below, 25};
    kpi.target = 80;
    core::ProposedItem item;
    item.kind = AgendaKind::Kpi;
    item.kpi = kpi;
    return item;
}

core::ProposedItem conversationItem()
{
    core::ProposedItem item;
    item.kind = AgendaKind::Conversation;
    item.conversation =
        core::AgendaConversation{17, QStringLiteral("4711"), QDate(2026, 11, 3), 2, QStringLiteral("1-5")};
    return item;
}

core::ProposedItem actionItem()
{
    core::ProposedItem item;
    item.kind = AgendaKind::Action;
    item.action = core::AgendaOpenAction{55, QStringLiteral("Recap next steps before closing"),
                                         QStringLiteral("agent"), QDate(2026, 11, 10), QDate(2026, 10, 27)};
    return item;
}

storage::CoachingAgendaItem agendaItem(const QString &title)
{
    storage::CoachingAgendaItem item;
    item.title = title;
    item.detail = title + QStringLiteral(" detail");
    return item;
}

} // namespace

class TestCoachingModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void valuesInTheirUnits();
    void agendaItemTitles();
    void ladderStageText();
    void proposedAgendaChoosesCheckedItems();
    void agendaEditsUndoAndRedo();
    void agendaIsReadOnlyWhenClosed();
    void actionItemsOverdueDoneAndUndo();
    void closedSessionOnlyTogglesDone();
};

void TestCoachingModels::valuesInTheirUnits()
{
    QCOMPARE(CoachingText::reading(KpiId::Csat, {82.5, 40}), QStringLiteral("82.5 % (n 40)"));
    QCOMPARE(CoachingText::reading(KpiId::Aht, {372, 38}), QStringLiteral("6:12 (n 38)"));
    QCOMPARE(CoachingText::reading(KpiId::Aht, {{}, 0}), QStringLiteral("—"));
    QCOMPARE(CoachingText::value(KpiId::Cph, 14.34), QStringLiteral("14.3"));
    QCOMPARE(CoachingText::value(KpiId::Nps, 42.4), QStringLiteral("42"));
    QCOMPARE(CoachingText::value(KpiId::Nps, -12.0), QString(minus) + QStringLiteral("12"));
    QCOMPARE(CoachingText::value(KpiId::Aht, 3725), QStringLiteral("1:02:05"));
    QCOMPARE(CoachingText::change(KpiId::Csat, 4.2), QStringLiteral("+4.2 pts"));
    QCOMPARE(CoachingText::change(KpiId::Aht, -35), QString(minus) + QStringLiteral("0:35"));
    QCOMPARE(CoachingText::change(KpiId::Csat, 0.01), QStringLiteral("0.0 pts")); // shown as zero: no sign
    QCOMPARE(CoachingText::change(KpiId::Nps, -5), QString(minus) + QStringLiteral("5"));
    QCOMPARE(CoachingText::focusList({KpiId::Csat, KpiId::Aht}), QStringLiteral("CSAT, AHT"));
    QCOMPARE(CoachingText::statusName(core::SessionStatus::Held), QStringLiteral("Held"));
    QCOMPARE(CoachingText::verdictName(core::EffectVerdict::NotEnoughData),
             QStringLiteral("Not enough data"));
}

void TestCoachingModels::agendaItemTitles()
{
    QCOMPARE(CoachingText::itemTitle(kpiItem()),
             QStringLiteral("CSAT below target: 72.0 % (n 40), target 80 %"));
    QCOMPARE(CoachingText::itemDetail(kpiItem()), QStringLiteral("Weight 25 · band Below"));

    core::ProposedItem attendance;
    attendance.kind = AgendaKind::Attendance;
    attendance.attendance = core::AgendaAttendance{2, QStringLiteral("Written warning")};
    QCOMPARE(CoachingText::itemTitle(attendance),
             QStringLiteral("Attendance: Written warning (2 violation(s))"));

    core::ProposedItem mistake;
    mistake.kind = AgendaKind::Mistake;
    mistake.mistake = core::AgendaMistake{QStringLiteral("Verified the customer's identity"),
                                          QStringLiteral("Voice"), 3, 12.5};
    QCOMPARE(CoachingText::itemTitle(mistake),
             QStringLiteral("Mistake: Verified the customer's identity — 3 failure(s), 12.5 points lost"));
    QCOMPARE(CoachingText::itemDetail(mistake), QStringLiteral("Voice"));

    QCOMPARE(CoachingText::itemTitle(conversationItem()),
             QStringLiteral("Low CSAT: conversation 4711 on 11/3/26 (2/5)"));
    core::ProposedItem goodBad = conversationItem();
    goodBad.conversation->csatScore = 0;
    goodBad.conversation->csatScale = QStringLiteral("0-1");
    QCOMPARE(CoachingText::itemTitle(goodBad),
             QStringLiteral("Low CSAT: conversation 4711 on 11/3/26 (bad)"));

    core::ProposedItem note;
    note.kind = AgendaKind::PeerNote;
    note.peerNote =
        core::AgendaPeerNote{9, 17, QStringLiteral("Dana"), QDate(2026, 11, 4), QStringLiteral("Nice")};
    QCOMPARE(CoachingText::itemTitle(note), QStringLiteral("Peer note by Dana on 11/4/26"));
    QCOMPARE(CoachingText::itemDetail(note), QStringLiteral("Nice"));

    QCOMPARE(CoachingText::itemTitle(actionItem()),
             QStringLiteral("Open action: Recap next steps before closing (agent, due 11/10/26)"));
    QCOMPARE(CoachingText::itemDetail(actionItem()), QStringLiteral("Agreed on 10/27/26"));
}

void TestCoachingModels::ladderStageText()
{
    const core::AttendanceLadder ladder{
        {{1, QStringLiteral("Verbal")}, {2, QStringLiteral("Written warning")}}, 365};
    core::LadderStage stage;
    QCOMPARE(CoachingText::stageText(stage, ladder), QStringLiteral("No violations in the last 365 day(s)"));
    stage.violations = 2;
    stage.step = ladder.steps[1];
    stage.stepIndex = 1;
    QCOMPARE(CoachingText::stageText(stage, ladder),
             QStringLiteral("2 violation(s) in the last 365 day(s) — Written warning"));
}

void TestCoachingModels::proposedAgendaChoosesCheckedItems()
{
    models::ProposedAgendaModel model;
    test(&model);
    model.setProposal({kpiItem(), conversationItem(), actionItem()});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.checkedCount(), 3);
    QCOMPARE(cell(model, 1, 0), QStringLiteral("Low CSAT: conversation 4711 on 11/3/26 (2/5)"));
    QCOMPARE(cell(model, 0, 0, Qt::ToolTipRole), QStringLiteral("Weight 25 · band Below"));
    QCOMPARE(model.data(model.index(2, 0), models::ProposedAgendaModel::KindRole).toInt(),
             static_cast<int>(AgendaKind::Action));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);

    QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.data(model.index(1, 0), Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Unchecked));
    QCOMPARE(model.checkedCount(), 2);

    const QList<storage::CoachingAgendaItem> chosen = model.chosenItems();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen[0].kind, AgendaKind::Kpi);
    QCOMPARE(chosen[0].title, QStringLiteral("CSAT below target: 72.0 % (n 40), target 80 %"));
    QCOMPARE(chosen[0].detail, QStringLiteral("Weight 25 · band Below"));
    QCOMPARE(chosen[0].kpi, QStringLiteral("csat"));
    QCOMPARE(chosen[1].kind, AgendaKind::Action);
    QCOMPARE(chosen[1].title,
             QStringLiteral("Open action: Recap next steps before closing (agent, due 11/10/26)"));
    QCOMPARE(chosen[1].actionId, 55);
    QCOMPARE(chosen[1].id, 0);
    QVERIFY(!chosen[1].discussed);

    // Checking it again brings the conversation back, with its link.
    QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.chosenItems().at(1).conversationId, 17);
}

void TestCoachingModels::agendaEditsUndoAndRedo()
{
    models::AgendaModel model;
    test(&model);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setItems({agendaItem(QStringLiteral("A")), agendaItem(QStringLiteral("B"))});
    QSignalSpy edited(&model, &models::AgendaModel::edited);

    QCOMPARE(cell(model, 0, models::AgendaModel::Item), QStringLiteral("A"));
    QCOMPARE(cell(model, 0, models::AgendaModel::Item, Qt::ToolTipRole), QStringLiteral("A detail"));
    const QModelIndex notes = model.index(0, models::AgendaModel::Notes);
    QVERIFY(model.setData(notes, QStringLiteral("Agreed to recap")));
    QVERIFY(model.setData(model.index(1, models::AgendaModel::Discussed), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(model.items()[0].notes, QStringLiteral("Agreed to recap"));
    QVERIFY(model.items()[1].discussed);

    stack.undo();
    QVERIFY(!model.items()[1].discussed);
    stack.undo();
    QCOMPARE(model.data(notes).toString(), QString());
    QCOMPARE(edited.count(), 4);
    stack.redo();
    QCOMPARE(model.data(notes).toString(), QStringLiteral("Agreed to recap"));

    model.addCustom(QStringLiteral("  Break schedule "), QStringLiteral("asked by the agent"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.items()[2].title, QStringLiteral("Break schedule"));
    QCOMPARE(model.data(model.index(2, 0), models::AgendaModel::KindRole).toInt(),
             static_cast<int>(AgendaKind::Custom));
    model.moveItem(2, 0);
    QCOMPARE(cell(model, 0, models::AgendaModel::Item), QStringLiteral("Break schedule"));
    QCOMPARE(cell(model, 1, models::AgendaModel::Notes), QStringLiteral("Agreed to recap"));
    model.removeItem(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, models::AgendaModel::Item), QStringLiteral("B"));

    stack.undo(); // remove
    stack.undo(); // move
    QCOMPARE(cell(model, 0, models::AgendaModel::Item), QStringLiteral("A"));
    QCOMPARE(cell(model, 2, models::AgendaModel::Item), QStringLiteral("Break schedule"));
    stack.undo(); // add
    QCOMPARE(model.rowCount(), 2);
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, models::AgendaModel::Item), QStringLiteral("Break schedule"));

    // Without a stack, edits apply at once.
    models::AgendaModel plain;
    plain.setItems({agendaItem(QStringLiteral("A"))});
    QSignalSpy plainEdited(&plain, &models::AgendaModel::edited);
    QVERIFY(plain.setData(plain.index(0, models::AgendaModel::Notes), QStringLiteral("n")));
    QCOMPARE(plain.items()[0].notes, QStringLiteral("n"));
    QCOMPARE(plainEdited.count(), 1);
}

void TestCoachingModels::agendaIsReadOnlyWhenClosed()
{
    models::AgendaModel model;
    test(&model);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setItems({agendaItem(QStringLiteral("A"))});
    QVERIFY(model.flags(model.index(0, models::AgendaModel::Notes)) & Qt::ItemIsEditable);
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, models::AgendaModel::Notes)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, models::AgendaModel::Discussed)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(0, models::AgendaModel::Notes), QStringLiteral("late")));
    model.addCustom(QStringLiteral("late item"));
    model.removeItem(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.items()[0].notes, QString());
    QCOMPARE(stack.count(), 0);
}

void TestCoachingModels::actionItemsOverdueDoneAndUndo()
{
    using Model = models::ActionItemModel;
    Model model;
    test(&model);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setActions({action(1, QStringLiteral("late"), QDate(2026, 11, 5)),
                      action(2, QStringLiteral("late but done"), QDate(2026, 11, 5), true),
                      action(3, QStringLiteral("due today"), today),
                      action(4, QStringLiteral("no date"), {})},
                     today);
    QCOMPARE(model.openCount(), 3);
    QVERIFY(model.data(model.index(0, Model::Action), Model::OverdueRole).toBool());
    QVERIFY(isRed(model, 0, Model::Owner));
    for (int row = 1; row < 4; ++row) {
        QVERIFY(!model.data(model.index(row, Model::Due), Model::OverdueRole).toBool());
        QVERIFY(!isRed(model, row, Model::Due));
    }
    QCOMPARE(cell(model, 0, Model::Due), QStringLiteral("11/5/26"));
    QCOMPARE(model.data(model.index(0, Model::Due), Qt::EditRole).toDate(), QDate(2026, 11, 5));
    QCOMPARE(cell(model, 0, Model::Due, Qt::ToolTipRole), QStringLiteral("Overdue by 5 day(s)"));
    QCOMPARE(cell(model, 3, Model::Due), QString());
    QCOMPARE(model.data(model.index(2, 0), Model::ActionIdRole).toLongLong(), 3);

    QVERIFY(model.setData(model.index(0, Model::Done), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.actions()[0].done);
    QCOMPARE(model.actions()[0].doneDay, today);
    QVERIFY(!model.data(model.index(0, Model::Due), Model::OverdueRole).toBool());
    QCOMPARE(model.openCount(), 2);
    stack.undo();
    QVERIFY(!model.actions()[0].done);
    QVERIFY(!model.actions()[0].doneDay.isValid());
    QVERIFY(isRed(model, 0, Model::Action));
    stack.redo();
    QCOMPARE(model.actions()[0].doneDay, today);

    // Moving a due date into the past makes the item overdue.
    QVERIFY(model.setData(model.index(2, Model::Due), QDate(2026, 11, 9)));
    QVERIFY(model.data(model.index(2, Model::Due), Model::OverdueRole).toBool());
    stack.undo();
    QCOMPARE(model.actions()[2].due, today);

    const int row =
        model.addAction(QStringLiteral(" Listen to two calls "), QStringLiteral("Tess"), QDate(2026, 11, 17));
    QCOMPARE(row, 4);
    QCOMPARE(cell(model, 4, Model::Action), QStringLiteral("Listen to two calls"));
    QCOMPARE(model.actions()[4].id, 0);
    model.removeAction(1);
    QCOMPARE(model.rowCount(), 4);
    stack.undo();
    stack.undo();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 1, Model::Action), QStringLiteral("late but done"));
}

void TestCoachingModels::closedSessionOnlyTogglesDone()
{
    using Model = models::ActionItemModel;
    Model model;
    test(&model);
    QSignalSpy edited(&model, &Model::edited);
    model.setActions({action(1, QStringLiteral("recap"), QDate(2026, 11, 20))}, today);
    model.setClosed(true);
    QVERIFY(!(model.flags(model.index(0, Model::Owner)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, Model::Owner), QStringLiteral("Tess")));
    QCOMPARE(model.addAction(QStringLiteral("x"), {}, {}), -1);
    QVERIFY(model.flags(model.index(0, Model::Done)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(model.index(0, Model::Done), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.actions()[0].done);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(edited.count(), 1);
}
HUDDLE_TEST_GUILESS_MAIN("test_coaching_models", TestCoachingModels)
#include "tst_coachingmodels.moc"
