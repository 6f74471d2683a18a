// Planning, running and closing a coaching session, offscreen, on the small site of the storage tests
// (tests/storage/sitefixture.cpp: Ben works 1–4 March 2024, his CSAT answers are 9/10, 4/5 and 8/10, he
// no-call-no-shows on the 4th, his evaluation of c6 fails the auto-fail "Verified" criterion, Ana wrote the
// peer note "n2" on c6). The proof: a session planned through the dialog with the agenda Huddle
// proposes, run (notes, discussed, an action, homework, acknowledgement, follow-up, saved and read back
// through storage), closed (read-only afterwards) and exported as a one-page PDF. Screenshots of both
// dialogs on a demo database when HUDDLE_SCREENSHOT_DIR is set.
#include "currentuser.h"
#include "demo/demogenerator.h"
#include "effectchart.h"
#include "focustrendchart.h"
#include "keyboardinput.h"
#include "models/actionitemmodel.h"
#include "models/agendamodel.h"
#include "models/coachingeffectmodel.h"
#include "models/coachingtext.h"
#include "plansessiondialog.h"
#include "sessionagendapanel.h"
#include "sessionagreementspanel.h"
#include "sessiondialog.h"
#include "sessioneffectpanel.h"
#include "sitefixture.h"
#include "storage/agendasource.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/phraserepository.h"
#include "support/testmain.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using keyboardinput::answerNextModal;
using keyboardinput::press;
using keyboardinput::type;

using widgetlookup::child;

namespace {

const QString KimCoach = QStringLiteral("Kim Coach");
const QDate SessionDay(2024, 3, 5); // the day after the small site's last day

QStringList checkedRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked)
            rows.append(model->index(row, 0).data().toString());
    return rows;
}

QStringList allRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString());
    return rows;
}

void setFocusKpis(QListWidget *list, const QList<core::KpiId> &kpis)
{
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(kpis.contains(core::KpiId(list->item(row)->data(Qt::UserRole).toInt()))
                                           ? Qt::Checked
                                           : Qt::Unchecked);
}

// Answers the next input dialog with `text`.
QPointer<QTimer> answerText(const QString &text)
{
    return answerNextModal([text](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        input->setTextValue(text);
        input->accept();
    });
}

QPointer<QTimer> answerButton(QMessageBox::StandardButton button)
{
    return answerNextModal([button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(button)->click();
    });
}

// Answers the next file dialog with `path`.
QPointer<QTimer> answerFile(const QString &path)
{
    return answerNextModal([path](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        QVERIFY(files);
        // Typed, as a user would: selectFile() races the dialog's directory loading on another thread.
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog's own accept() is protected
    });
}

int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(file.readAll())); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestSessionDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void planProposesTheAgendaFromTheData();
    void focusIsLimitedToOneToThree();
    void planRunAndCloseASession();
    void closingWithUnsavedChangesAsks();
    void screenshots();

private:
    qint64 planBensSession();
    void planAndCheckBensSession();
    void openConversationsOfTheAgenda(ui::SessionDialog &dialog, qint64 id);
    void writeTheSession(ui::SessionDialog &dialog, qint64 id);
    void saveAndReadBack(ui::SessionDialog &dialog, qint64 id);
    void closeHeldSession(ui::SessionDialog &dialog, qint64 id);
    void exportAndReopen(ui::SessionDialog &dialog, qint64 id);
    std::unique_ptr<ui::SessionDialog> openSession(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<fixture::OpenedSite> m_site;
    qint64 m_phraseHold = 0;
    qint64 m_sessionId = 0;
    int m_run = 0;
};

void TestSessionDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ui::overrideCurrentUserName(KimCoach);
    QVERIFY(m_dir.isValid());
}

void TestSessionDialog::init()
{
    auto site = fixture::openSmallSite(m_dir.filePath(QStringLiteral("site%1.db").arg(++m_run)));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    m_site = std::make_unique<fixture::OpenedSite>(std::move(site.value()));
    storage::PhraseRepository phrases(*m_site->database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    storage::Phrase problem;
    problem.longer = QStringLiteral("Can you tell me more about the problem that you're experiencing?");
    problem.shorter = QStringLiteral("Please tell me what happened?");
    QVERIFY(phrases.add(problem, KimCoach, now));
    storage::Phrase hold;
    hold.longer = QStringLiteral("I am going to go ahead and place you on a brief hold");
    hold.shorter = QStringLiteral("May I put you on hold for a minute?");
    const auto holdId = phrases.add(hold, KimCoach, now);
    QVERIFY(holdId);
    m_phraseHold = holdId.value();
}

void TestSessionDialog::cleanup()
{
    m_site.reset();
}

void TestSessionDialog::planProposesTheAgendaFromTheData()
{
    ui::PlanSessionDialog dialog(*m_site->database, m_site->site.ben, SessionDay);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QComboBox>(&dialog, "sessionAgent")->currentData().toLongLong(), m_site->site.ben);
    QCOMPARE(child<QDateEdit>(&dialog, "sessionDay")->date(), SessionDay);
    QCOMPARE(child<QDateEdit>(&dialog, "followUpDay")->date(), QDate(2024, 3, 19)); // + 14 days

    // The list is core::proposeAgenda on what storage gathers for Ben, every item checked.
    const auto inputs = storage::AgendaSource(*m_site->database).inputs(m_site->site.ben, SessionDay);
    QVERIFY(inputs);
    QStringList expected;
    for (const core::ProposedItem &item : core::proposeAgenda(inputs.value()))
        expected.append(models::CoachingText::itemTitle(item));
    const QAbstractItemModel *agenda = child<QListView>(&dialog, "proposedAgenda")->model();
    QCOMPARE(allRows(agenda), expected);
    QCOMPARE(checkedRows(agenda), expected);
    // … and it holds what the fixture's rows say by hand: the no-call-no-show of the 4th (first ladder step),
    // the failed auto-fail criterion of c6, c6's 8/10 answer (9–10 satisfies on 0–10) and Ana's note on c6.
    const QString all = expected.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Attendance: ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Mistake: Verified")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Low CSAT: conversation EXT-c6")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Peer note by Ana")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("EXT-c5")), qPrintable(all)); // 4/5 is satisfied

    // The focus preselected is core::proposeFocus on the same inputs.
    auto *focus = child<QListWidget>(&dialog, "focusKpis");
    QList<core::KpiId> checked;
    for (int row = 0; row < focus->count(); ++row)
        if (focus->item(row)->checkState() == Qt::Checked)
            checked.append(core::KpiId(focus->item(row)->data(Qt::UserRole).toInt()));
    QCOMPARE(checked, core::proposeFocus(inputs.value()));

    // Another agent, another proposal: Cat's unexcused absence of the 1st.
    auto *agent = child<QComboBox>(&dialog, "sessionAgent");
    agent->setCurrentIndex(agent->findData(m_site->site.cat));
    const auto catInputs = storage::AgendaSource(*m_site->database).inputs(m_site->site.cat, SessionDay);
    QVERIFY(catInputs);
    QStringList catExpected;
    for (const core::ProposedItem &item : core::proposeAgenda(catInputs.value()))
        catExpected.append(models::CoachingText::itemTitle(item));
    QCOMPARE(allRows(agenda), catExpected);
    QVERIFY(catExpected != expected);
}

void TestSessionDialog::focusIsLimitedToOneToThree()
{
    ui::PlanSessionDialog dialog(*m_site->database, m_site->site.ben, SessionDay);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *focus = child<QListWidget>(&dialog, "focusKpis");
    auto *plan = child<QPushButton>(&dialog, "planSession");
    auto *hint = child<QLabel>(&dialog, "focusHint");

    setFocusKpis(focus, {});
    QVERIFY(!plan->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("at least one")));
    setFocusKpis(focus, {core::KpiId::Csat});
    QVERIFY(plan->isEnabled());
    QVERIFY(hint->isHidden());
    setFocusKpis(focus, {core::KpiId::Csat, core::KpiId::Qa, core::KpiId::Sales});
    QVERIFY(plan->isEnabled());
    setFocusKpis(focus, {core::KpiId::Csat, core::KpiId::Qa, core::KpiId::Sales, core::KpiId::Fcr});
    QVERIFY(!plan->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("at most three")));
    // AHT alone is allowed, but the hint says CSAT will be shown beside it.
    setFocusKpis(focus, {core::KpiId::Aht});
    QVERIFY(plan->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("CSAT")));
    setFocusKpis(focus, {core::KpiId::Aht, core::KpiId::Csat});
    QVERIFY(hint->isHidden());
}

// Plans Ben's session as a team leader would: leaves the last proposed item out, adds one of their own,
// focuses on CSAT and attendance, follows up on the 26th.
qint64 TestSessionDialog::planBensSession()
{
    ui::PlanSessionDialog dialog(*m_site->database, m_site->site.ben, SessionDay);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 0;
    QAbstractItemModel *agenda = child<QListView>(&dialog, "proposedAgenda")->model();
    const int proposed = agenda->rowCount();
    agenda->setData(agenda->index(proposed - 1, 0), Qt::Unchecked, Qt::CheckStateRole);
    answerText(QStringLiteral("Career goals"));
    child<QPushButton>(&dialog, "addAgendaItem")->click();
    if (agenda->rowCount() != proposed + 1)
        return 0;
    setFocusKpis(child<QListWidget>(&dialog, "focusKpis"), {core::KpiId::Attendance, core::KpiId::Csat});
    child<QDateEdit>(&dialog, "followUpDay")->setDate(QDate(2024, 3, 26));
    child<QPushButton>(&dialog, "planSession")->click();
    return dialog.result() == QDialog::Accepted ? dialog.sessionId() : 0;
}

std::unique_ptr<ui::SessionDialog> TestSessionDialog::openSession(qint64 id)
{
    auto dialog = std::make_unique<ui::SessionDialog>(*m_site->database, id);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    auto *effect = dialog->findChild<ui::SessionEffectPanel *>();
    if (!effect || !QTest::qWaitFor([effect] { return !effect->isLoading(); }, 30000))
        return nullptr;
    return dialog;
}

void TestSessionDialog::planRunAndCloseASession()
{
    m_sessionId = 0;
    planAndCheckBensSession();
    if (QTest::currentTestFailed())
        return;
    auto dialog = openSession(m_sessionId);
    QVERIFY(dialog);
    QVERIFY(!dialog->isModified());
    QSignalSpy changed(dialog.get(), &ui::SessionDialog::sessionChanged);
    using Step = void (TestSessionDialog::*)(ui::SessionDialog &, qint64);
    for (const Step step : {&TestSessionDialog::openConversationsOfTheAgenda,
                            &TestSessionDialog::writeTheSession, &TestSessionDialog::saveAndReadBack,
                            &TestSessionDialog::closeHeldSession, &TestSessionDialog::exportAndReopen}) {
        (this->*step)(*dialog, m_sessionId);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(changed.count(), 5); // saved, held, closed, saved closed, reopened
}

// Planned through the dialog, the session is stored with what was chosen.
void TestSessionDialog::planAndCheckBensSession()
{
    const auto inputs = storage::AgendaSource(*m_site->database).inputs(m_site->site.ben, SessionDay);
    QVERIFY(inputs);
    const QList<core::ProposedItem> proposal = core::proposeAgenda(inputs.value());
    QVERIFY2(proposal.size() >= 3, "the small site proposes at least three items for Ben");
    m_sessionId = planBensSession();
    QVERIFY(m_sessionId > 0);
    storage::CoachingRepository repository(*m_site->database);
    auto stored = repository.load(m_sessionId);
    QVERIFY(stored);
    QCOMPARE(stored->status, core::SessionStatus::Planned);
    QCOMPARE(stored->coach, KimCoach);
    QCOMPARE(stored->day, SessionDay);
    QCOMPARE(stored->followUp, QDate(2024, 3, 26));
    QCOMPARE(stored->focus, (QList<core::KpiId>{core::KpiId::Attendance, core::KpiId::Csat}));
    QStringList titles;
    for (const storage::CoachingAgendaItem &item : stored->agenda)
        titles.append(item.title);
    QStringList expectedTitles;
    for (qsizetype i = 0; i + 1 < proposal.size(); ++i)
        expectedTitles.append(models::CoachingText::itemTitle(proposal[i]));
    expectedTitles.append(QStringLiteral("Career goals"));
    QCOMPARE(titles, expectedTitles);
}

void TestSessionDialog::openConversationsOfTheAgenda(ui::SessionDialog &dialog, qint64)
{
    // The conversations on the agenda: the low-CSAT call and the peer note's call, both c6.
    auto *conversations = child<QTableView>(&dialog, "sessionConversations");
    QVERIFY(conversations->model()->rowCount() >= 1);
    QSignalSpy opened(&dialog, &ui::SessionDialog::conversationRequested);
    conversations->setCurrentIndex(conversations->model()->index(0, 0));
    child<QPushButton>(&dialog, "openSessionConversation")->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_site->site.conversations.value(QStringLiteral("c6")));
}

// Notes (with undo), discussed ticks (with undo), an action, what was agreed, homework, acknowledgement and
// follow-up, as the team leader enters them.
void TestSessionDialog::writeTheSession(ui::SessionDialog &dialog, qint64)
{
    auto *agendaPanel = dialog.findChild<ui::SessionAgendaPanel *>();
    auto *agreements = dialog.findChild<ui::SessionAgreementsPanel *>();
    models::AgendaModel *agenda = agendaPanel->agendaModel();
    QTableView *agendaView = agendaPanel->agendaView();
    // Notes on the first item, typed; Ctrl+Z in the editor undoes them, Ctrl+Shift+Z brings them back.
    agendaView->setCurrentIndex(agenda->index(0, models::AgendaModel::Item));
    agendaPanel->itemNotesEdit()->setFocus();
    type(QStringLiteral("Agreed to call back within the hour"));
    QCOMPARE(agenda->items().at(0).notes, QStringLiteral("Agreed to call back within the hour"));
    QVERIFY(dialog.isModified());
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(agenda->items().at(0).notes, QString());
    QCOMPARE(agendaPanel->itemNotesEdit()->toPlainText(), QString());
    QVERIFY(!dialog.isModified());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(agenda->items().at(0).notes, QStringLiteral("Agreed to call back within the hour"));

    // Discussed: items 0 and 1 ticked with the keyboard; the second tick undone from the table.
    for (int row : {0, 1}) {
        agendaView->setCurrentIndex(agenda->index(row, models::AgendaModel::Discussed));
        agendaView->setFocus();
        press(Qt::Key_Space);
    }
    QVERIFY(agenda->items().at(0).discussed);
    QVERIFY(agenda->items().at(1).discussed);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!agenda->items().at(1).discussed);
    QVERIFY(agenda->items().at(0).discussed);
    QCOMPARE(agenda->items().at(0).notes, QStringLiteral("Agreed to call back within the hour"));

    // An action, typed into the table; owned by Ben, due a week after the session by default.
    child<QPushButton>(&dialog, "addSessionAction")->click();
    QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Recap next steps before closing"));
    press(Qt::Key_Return); // the delegate commits on the next turn of the event loop
    models::ActionItemModel *actions = agreements->actionModel();
    QTRY_COMPARE(actions->actions().value(0).body, QStringLiteral("Recap next steps before closing"));
    QCOMPARE(actions->rowCount(), 1);
    QCOMPARE(actions->actions().at(0).owner, QStringLiteral("Ben"));
    QCOMPARE(actions->actions().at(0).due, QDate(2024, 3, 12));

    // What was agreed, homework, acknowledgement and follow-up.
    agendaPanel->notesEdit()->setFocus();
    type(QStringLiteral("Ben calls back & recaps <every> call."));
    QListWidget *homework = agreements->homeworkList();
    QCOMPARE(homework->count(), 2);
    for (int row = 0; row < homework->count(); ++row)
        if (homework->item(row)->data(Qt::UserRole).toLongLong() == m_phraseHold)
            homework->item(row)->setCheckState(Qt::Checked);
    QVERIFY(
        homework
            ->findItems(QStringLiteral("“I am going to go ahead and place you on a brief hold” → “May I put "
                                       "you on hold for a minute?”"),
                        Qt::MatchExactly)
            .size() == 1);
    agreements->acknowledgedBox()->click();
    agreements->acknowledgedDayEdit()->setDate(QDate(2024, 3, 6));
    agreements->followUpEdit()->setDate(QDate(2024, 3, 27));
}

void TestSessionDialog::saveAndReadBack(ui::SessionDialog &dialog, qint64 id)
{
    QTableView *agendaView = dialog.findChild<ui::SessionAgendaPanel *>()->agendaView();
    // Ctrl+S saves; storage has every edit.
    QSignalSpy changed(&dialog, &ui::SessionDialog::sessionChanged);
    agendaView->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!dialog.isModified());
    const auto stored = storage::CoachingRepository(*m_site->database).load(id);
    QVERIFY(stored);
    QCOMPARE(stored->agenda.at(0).notes, QStringLiteral("Agreed to call back within the hour"));
    QVERIFY(stored->agenda.at(0).discussed);
    QVERIFY(!stored->agenda.at(1).discussed);
    QCOMPARE(stored->notes, QStringLiteral("Ben calls back & recaps <every> call."));
    QCOMPARE(stored->actions.size(), 1);
    QCOMPARE(stored->actions.at(0).body, QStringLiteral("Recap next steps before closing"));
    QCOMPARE(stored->actions.at(0).owner, QStringLiteral("Ben"));
    QCOMPARE(stored->actions.at(0).due, QDate(2024, 3, 12));
    QVERIFY(!stored->actions.at(0).done);
    QCOMPARE(stored->homework, QList<qint64>{m_phraseHold});
    QCOMPARE(stored->acknowledgedDay, QDate(2024, 3, 6));
    QCOMPARE(stored->followUp, QDate(2024, 3, 27));
    QCOMPARE(stored->status, core::SessionStatus::Planned);

    // The effect and the trend are those of the focus (attendance, CSAT), read in the background.
    auto *effectPanel = dialog.findChild<ui::SessionEffectPanel *>();
    QCOMPARE(effectPanel->effectModel()->rowCount(), 2);
    QCOMPARE(effectPanel->trendChart()->kpis(),
             (QList<core::KpiId>{core::KpiId::Attendance, core::KpiId::Csat}));
    QCOMPARE(effectPanel->effectCharts().size(), 2);
    // Before the session: Ben's CSAT is 2 satisfied of 3 answers (9/10 yes, 4/5 yes, 8/10 no) — too few
    // to claim anything.
    const core::FocusEffect csat = effectPanel->effect().focus.at(1);
    QCOMPARE(csat.kpi, core::KpiId::Csat);
    QCOMPARE(csat.before.n, qint64(3));
    QVERIFY(csat.before.value);
    QVERIFY(qAbs(*csat.before.value - 200.0 / 3) < 1e-9);
    QCOMPARE(csat.verdict, core::EffectVerdict::NotEnoughData);
    QCOMPARE(effectPanel->effectCharts().at(1)->caption(), QStringLiteral("Not enough data"));
    qInfo("effect and trend loaded in %lld ms", effectPanel->lastLoadMilliseconds());
}

// Held, then closed (confirmed): agenda and notes frozen; acknowledgement, done state and follow-up open.
void TestSessionDialog::closeHeldSession(ui::SessionDialog &dialog, qint64 id)
{
    auto *agendaPanel = dialog.findChild<ui::SessionAgendaPanel *>();
    auto *agreements = dialog.findChild<ui::SessionAgreementsPanel *>();
    models::AgendaModel *agenda = agendaPanel->agendaModel();
    storage::CoachingRepository repository(*m_site->database);
    models::ActionItemModel *actions = agreements->actionModel();
    child<QPushButton>(&dialog, "holdSession")->click();
    QCOMPARE(repository.load(id)->status, core::SessionStatus::Held);
    answerButton(QMessageBox::Yes);
    child<QPushButton>(&dialog, "closeSession")->click();
    QCOMPARE(repository.load(id)->status, core::SessionStatus::Closed);

    // Closed: agenda and notes frozen; acknowledgement, done state and follow-up still open.
    QVERIFY(agendaPanel->itemNotesEdit()->isReadOnly());
    QVERIFY(agendaPanel->notesEdit()->isReadOnly());
    QVERIFY(!(agenda->flags(agenda->index(0, models::AgendaModel::Discussed)) & Qt::ItemIsUserCheckable));
    QVERIFY(!(agenda->flags(agenda->index(0, models::AgendaModel::Notes)) & Qt::ItemIsEditable));
    QVERIFY(!child<QPushButton>(&dialog, "addSessionAction")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "addSessionItem")->isEnabled());
    QVERIFY(!agreements->homeworkList()->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "closeSession")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "reopenSession")->isEnabled());
    agreements->followUpEdit()->setDate(QDate(2024, 3, 28));
    actions->setData(actions->index(0, models::ActionItemModel::Done), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(dialog.isModified());
    QVERIFY(child<QPushButton>(&dialog, "saveSession")->isEnabled());
    child<QPushButton>(&dialog, "saveSession")->click();
    const auto stored = repository.load(id);
    QCOMPARE(stored->followUp, QDate(2024, 3, 28));
    QVERIFY(stored->actions.at(0).done);
    QCOMPARE(stored->notes, QStringLiteral("Ben calls back & recaps <every> call."));
}

void TestSessionDialog::exportAndReopen(ui::SessionDialog &dialog, qint64 id)
{
    auto *agendaPanel = dialog.findChild<ui::SessionAgendaPanel *>();
    storage::CoachingRepository repository(*m_site->database);
    const QString pdf = m_dir.filePath(QStringLiteral("summary%1.pdf").arg(m_run));
    answerFile(pdf);
    child<QPushButton>(&dialog, "exportSessionPdf")->click();
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(pdfPages(pdf), 1);
    QVERIFY(child<QLabel>(&dialog, "sessionMessage")->text().contains(QStringLiteral("Summary written")));

    // Reopened, with a reason: writable again.
    answerText(QStringLiteral("Forgot to note the hold script"));
    child<QPushButton>(&dialog, "reopenSession")->click();
    QCOMPARE(repository.load(id)->status, core::SessionStatus::Held);
    QVERIFY(!agendaPanel->notesEdit()->isReadOnly());
}

void TestSessionDialog::closingWithUnsavedChangesAsks()
{
    const qint64 id = planBensSession();
    QVERIFY(id > 0);
    auto dialog = openSession(id);
    QVERIFY(dialog);
    auto *agendaPanel = dialog->findChild<ui::SessionAgendaPanel *>();
    agendaPanel->notesEdit()->setFocus();
    type(QStringLiteral("Half a thought"));
    QVERIFY(dialog->isModified());

    answerButton(QMessageBox::Cancel);
    dialog->reject();
    QVERIFY(dialog->isVisible());
    answerButton(QMessageBox::Discard);
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storage::CoachingRepository(*m_site->database).load(id)->notes, QString());

    // Save from the question writes the edit.
    dialog = openSession(id);
    QVERIFY(dialog);
    dialog->findChild<ui::SessionAgendaPanel *>()->notesEdit()->setFocus();
    type(QStringLiteral("Whole thought"));
    answerButton(QMessageBox::Save);
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storage::CoachingRepository(*m_site->database).load(id)->notes, QStringLiteral("Whole thought"));
}

// The demo's agents over five months: a session planned through the dialog six weeks before the end, run
// with notes and an action, so the trend has weeks on both sides of the marker.
void TestSessionDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    auto database = storage::Database::open(m_dir.filePath(QStringLiteral("demo.db")),
                                            storage::OpenMode::CreateIfMissing);
    QVERIFY(database);
    demo::DemoOptions options;
    options.teams = 2;
    options.agents = 12;
    options.days = 150;
    options.endDay = QDate(2024, 6, 28);
    QVERIFY(demo::generateDemo(*database.value(), options));
    const auto agents = storage::DirectoryRepository(*database.value()).agents(std::nullopt, options.endDay);
    QVERIFY(agents && !agents->isEmpty());
    const QDate day = options.endDay.addDays(-42);

    QElapsedTimer planning;
    planning.start();
    ui::PlanSessionDialog plan(*database.value(), agents->at(1).id, day); // proposes on the GUI thread
    qInfo("plan dialog with its proposed agenda built in %lld ms", planning.elapsed());
    plan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plan));
    setFocusKpis(child<QListWidget>(&plan, "focusKpis"), {core::KpiId::Csat, core::KpiId::Aht});
    setFocusKpis(child<QListWidget>(&plan, "focusKpis"), {core::KpiId::Aht, core::KpiId::Qa});
    QVERIFY(plan.grab().save(QDir(folder).filePath(QStringLiteral("plan-session.png"))));
    child<QPushButton>(&plan, "planSession")->click();
    QVERIFY(plan.sessionId() > 0);

    QElapsedTimer opening;
    opening.start();
    ui::SessionDialog session(*database.value(), plan.sessionId());
    const qint64 constructed = opening.elapsed();
    session.resize(1366, 768);
    session.show();
    QVERIFY(QTest::qWaitForWindowExposed(&session));
    auto *effect = session.findChild<ui::SessionEffectPanel *>();
    QVERIFY(QTest::qWaitFor([effect] { return !effect->isLoading(); }, 30000));
    qInfo("session dialog built in %lld ms; effect and trend loaded in %lld ms (worker thread)", constructed,
          effect->lastLoadMilliseconds());
    auto *agendaPanel = session.findChild<ui::SessionAgendaPanel *>();
    agendaPanel->agendaView()->setCurrentIndex(agendaPanel->agendaModel()->index(0, 0));
    agendaPanel->itemNotesEdit()->setPlainText(
        QStringLiteral("Rushes the wrap-up on long calls; agreed to recap "
                       "next steps instead of cutting them short."));
    agendaPanel->agendaModel()->setData(agendaPanel->agendaModel()->index(0, models::AgendaModel::Discussed),
                                        Qt::Checked, Qt::CheckStateRole);
    agendaPanel->notesEdit()->setPlainText(
        QStringLiteral("Recap on every call for two weeks; we listen to three "
                       "calls together on Friday."));
    auto *agreements = session.findChild<ui::SessionAgreementsPanel *>();
    agreements->actionModel()->addAction(QStringLiteral("Recap next steps before closing"),
                                         agents->at(1).name, day.addDays(7));
    agreements->actionModel()->addAction(QStringLiteral("Listen to three calls together"), KimCoach,
                                         day.addDays(4));
    QTest::qWait(50);
    QVERIFY(session.grab().save(QDir(folder).filePath(QStringLiteral("session-trend.png"))));
    child<QTabWidget>(&session, "sessionNumbers")->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(session.grab().save(QDir(folder).filePath(QStringLiteral("session-effect.png"))));
    const QString summary = QDir(folder).filePath(QStringLiteral("session-summary.pdf"));
    QFile::remove(summary); // no "replace it?" question
    answerFile(summary);
    child<QPushButton>(&session, "exportSessionPdf")->click();
    answerButton(QMessageBox::Discard);
    session.reject();
}

HUDDLE_TEST_MAIN("test_ui_session", TestSessionDialog)
#include "tst_sessiondialog.moc"
