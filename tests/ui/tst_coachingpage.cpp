// The Coaching page end to end, offscreen, on a small demo database with sessions, action items and phrases
// written through storage: every tab against what storage (or plain SQL) holds — follow-ups, marking an
// action done, the session list and its filters, the effect team view and its window, editing a phrase and
// undoing it, entering attendance and the ladder stage it moves, the ladder dialog refusing an invalid
// ladder, and the agent view's stage.
#include "agentview.h"
#include "attendancedialog.h"
#include "coachingattendancetab.h"
#include "coachingeffecttab.h"
#include "coachingfollowupstab.h"
#include "coachingpage.h"
#include "coachingphrasefilter.h"
#include "coachingphrasestab.h"
#include "coachingsessionstab.h"
#include "demowindow.h"
#include "ladderdialog.h"
#include "mainwindow.h"
#include "models/attendancemonthmodel.h"
#include "models/coachingeffectmodel.h"
#include "models/coachingsessionmodel.h"
#include "models/coachingtext.h"
#include "models/phrasemodel.h"
#include "plansessiondialog.h"
#include "qatableview.h"
#include "scopebar.h"
#include "sessiondialog.h"
#include "storage/attendancerepository.h"
#include "storage/coachingeffectreader.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/phraserepository.h"
#include "support/testmain.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;

namespace {

const QString TeamLeaderTina = QStringLiteral("TL Tina");

// The visible top-level dialogs of type T.
template <typename T> QList<T *> visibleDialogs()
{
    QList<T *> dialogs;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible())
            dialogs.append(dialog);
    return dialogs;
}

// Every focus effect of the sessions, in order: what the team view summarizes.
QList<core::FocusEffect> focusEffects(const QList<storage::SessionEffect> &effects)
{
    QList<core::FocusEffect> focus;
    for (const storage::SessionEffect &effect : effects)
        focus.append(effect.focus);
    return focus;
}

} // namespace

class TestCoachingPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void followUpsMatchStorage();
    void markingAnActionDoneRemovesIt();
    void sessionsFilterAndDeletePlanned();
    void effectSummarizesTheSessions();
    void effectWindowIsSaved();
    void phraseEditIsStoredAndUndone();
    void phrasesFilterBySituation();
    void retiredPhrasesHideUntilShown();
    void enteringAttendanceMovesTheStage();
    void ladderDialogRefusesAnInvalidLadder();
    void agentViewShowsTheStage();
    void planShortcutOnlyOnThePage();
    void enterOpensTheSession();
    void dialogScreenshots();

private:
    std::unique_ptr<storage::Database> openDatabase() const;
    void seedCoaching();
    qint64 createSession(qint64 agentId, QDate day, core::SessionStatus status, QDate followUp,
                         const QList<storage::CoachingAction> &actions);
    ui::CoachingPage *showTab(ui::CoachingPage::Tab tab);
    qint64 scalar(const QString &sql) const { return testsupport::scalarAt(m_path, sql); }
    int proxyRowOfAction(qint64 actionId) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    QDate m_today; // the site's (America/Chicago, the demo's zone)
    core::DateRange m_range;
    QList<storage::AgentEntry> m_agents;
    qint64 m_plannedSession = 0;
};

void TestCoachingPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("coaching.sqlite"));
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Chicago")).date();
    m_range = {m_today.addDays(-59), m_today};
    QString error;
    m_window = testsupport::openDemoWindow(m_path, 2, 8, 60, m_today, &error);
    QVERIFY2(m_window, qPrintable(error));
    seedCoaching();
}

// Reads still running on worker threads (the session window's effect, a superseded page load) must end before
// the temporary database goes.
void TestCoachingPage::cleanupTestCase()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
}

std::unique_ptr<storage::Database> TestCoachingPage::openDatabase() const
{
    auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().toString()));
    return std::move(db.value());
}

qint64 TestCoachingPage::createSession(qint64 agentId, QDate day, core::SessionStatus status, QDate followUp,
                                       const QList<storage::CoachingAction> &actions)
{
    const auto db = openDatabase();
    storage::CoachingSession session;
    session.agentId = agentId;
    session.coach = TeamLeaderTina;
    session.day = day;
    session.status = status;
    session.focus = {core::KpiId::Csat, core::KpiId::Aht};
    session.followUp = followUp;
    session.actions = actions;
    const auto created =
        storage::CoachingRepository(*db).create(session, TeamLeaderTina, QDateTime::currentDateTimeUtc());
    if (!created)
        qFatal("cannot create a session: %s", qPrintable(created.error().toString()));
    return created.value();
}

// Three held sessions with follow-ups (one overdue) and action items (one overdue, one without a due day), a
// planned one, and three phrases with situations.
void TestCoachingPage::seedCoaching()
{
    const auto db = openDatabase();
    const auto agents = storage::DirectoryRepository(*db).agents(std::nullopt, m_today);
    QVERIFY2(agents && agents.value().size() >= 4, "the demo should have agents today");
    m_agents = agents.value();
    const auto action = [](const QString &body, QDate due) {
        storage::CoachingAction item;
        item.body = body;
        item.owner = QStringLiteral("agent");
        item.due = due;
        return item;
    };
    createSession(m_agents[0].id, m_today.addDays(-20), core::SessionStatus::Held, m_today.addDays(-3),
                  {action(QStringLiteral("Recap next steps before closing"), m_today.addDays(-2)),
                   action(QStringLiteral("Listen back to two calls"), m_today.addDays(4))});
    createSession(m_agents[1].id, m_today.addDays(-10), core::SessionStatus::Held, m_today.addDays(5),
                  {action(QStringLiteral("Use the shorter greeting"), QDate())});
    createSession(m_agents[2].id, m_today.addDays(-30), core::SessionStatus::Closed, m_today.addDays(2),
                  {action(QStringLiteral("Check the fix worked"), m_today.addDays(-1))});
    m_plannedSession =
        createSession(m_agents[3].id, m_today.addDays(-1), core::SessionStatus::Planned, QDate(), {});

    storage::PhraseRepository phrases(*db);
    const QList<std::tuple<QString, QString, QStringList>> library{
        {QStringLiteral("Can you tell me more about the problem that you're experiencing?"),
         QStringLiteral("Please tell me what happened?"),
         {QStringLiteral("opening"), QStringLiteral("complaint")}},
        {QStringLiteral("I do apologize for any inconvenience this may have caused you."),
         QStringLiteral("Sorry about that."),
         {QStringLiteral("complaint")}},
        {QStringLiteral("Is there anything else at all that I can possibly help you with today?"),
         QStringLiteral("Anything else?"),
         {QStringLiteral("closing")}}};
    for (const auto &[longer, shorter, situations] : library) {
        storage::Phrase phrase;
        phrase.longer = longer;
        phrase.shorter = shorter;
        phrase.situations = situations;
        const auto added = phrases.add(phrase, TeamLeaderTina, QDateTime::currentDateTimeUtc());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    }
}

void TestCoachingPage::init()
{
    QApplication::setActiveWindow(m_window.get()); // shortcuts (Space, Ctrl+Z) need an active window
    m_window->scopeBar()->setTeam(std::nullopt);
    m_window->scopeBar()->setRange(m_range);
    QCOMPARE(m_window->scopeBar()->scope().range, m_range);
}

ui::CoachingPage *TestCoachingPage::showTab(ui::CoachingPage::Tab tab)
{
    m_window->showPage(ui::MainWindow::CoachingIndex);
    ui::CoachingPage *page = m_window->coaching();
    page->showTab(tab);
    if (!testsupport::waitForLoad(page))
        qFatal("the coaching page did not load");
    return page;
}

void TestCoachingPage::followUpsMatchStorage()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::FollowUpsTab);
    QCOMPARE(page->today(), m_today);
    ui::CoachingFollowUpsTab *tab = page->followUps();
    const auto db = openDatabase();
    const storage::CoachingRepository coaching(*db);
    const auto followUps = coaching.followUps(std::nullopt, m_today);
    const auto actions = coaching.openActions(std::nullopt, std::nullopt, m_today);
    QVERIFY(followUps && actions);
    // The seeded three plus the demo's own; the planned session meets nobody's follow-up but its agent's.
    QVERIFY(followUps.value().size() >= 3);
    QCOMPARE(tab->followUpModel()->rowCount(), int(followUps.value().size()));
    int overdue = 0;
    for (int row = 0; row < followUps.value().size(); ++row) {
        const storage::FollowUp &expected = followUps.value()[row];
        QCOMPARE(tab->followUpModel()->followUpAt(row)->session.id, expected.session.id);
        QCOMPARE(tab->followUpModel()
                     ->index(row, models::FollowUpModel::FollowUpDay)
                     .data(models::FollowUpModel::OverdueRole)
                     .toBool(),
                 expected.session.followUp < m_today);
        overdue += expected.overdue ? 1 : 0;
    }
    QVERIFY(overdue >= 1);
    QVERIFY(followUps.value().constFirst().overdue); // overdue first
    QCOMPARE(tab->actionModel()->rowCount(), int(actions.value().size()));
    int overdueActions = 0;
    QStringList bodies;
    for (int row = 0; row < actions.value().size(); ++row) {
        const storage::OpenActionEntry &entry = actions.value()[row];
        QCOMPARE(tab->actionModel()->actionAt(row)->action.id, entry.action.id);
        overdueActions += entry.action.due.isValid() && entry.action.due < m_today ? 1 : 0;
        bodies.append(entry.action.body);
    }
    for (const char *seeded : {"Recap next steps before closing", "Listen back to two calls",
                               "Use the shorter greeting", "Check the fix worked"})
        QVERIFY2(bodies.contains(QLatin1String(seeded)), seeded);
    QVERIFY(overdueActions >= 2); // the two seeded ones due yesterday and the day before
    QCOMPARE(page->tabs()->tabText(ui::CoachingPage::FollowUpsTab),
             QStringLiteral("Follow-ups (%1 overdue)").arg(overdue + overdueActions));

    // One team: only its agents' follow-ups.
    const qint64 teamId = m_agents[0].teamId;
    m_window->scopeBar()->setTeam(teamId);
    QVERIFY(testsupport::waitForLoad(page));
    const auto teamFollowUps = coaching.followUps(teamId, m_today);
    QVERIFY(teamFollowUps);
    QVERIFY(!teamFollowUps.value().isEmpty()); // the first agent's, at least
    QCOMPARE(tab->followUpModel()->rowCount(), int(teamFollowUps.value().size()));
    for (int row = 0; row < tab->followUpModel()->rowCount(); ++row)
        QCOMPARE(tab->followUpModel()->followUpAt(row)->session.teamId, teamId);
}

int TestCoachingPage::proxyRowOfAction(qint64 actionId) const
{
    ui::QaTableView *view = m_window->coaching()->followUps()->actionView();
    for (int row = 0; row < view->proxy()->rowCount(); ++row)
        if (view->proxy()->index(row, 0).data(models::OpenActionModel::ActionIdRole).toLongLong() == actionId)
            return row;
    return -1;
}

void TestCoachingPage::markingAnActionDoneRemovesIt()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::FollowUpsTab);
    ui::CoachingFollowUpsTab *tab = page->followUps();
    const qint64 actionId = scalar(
        QStringLiteral("SELECT id FROM coaching_actions WHERE body = 'Recap next steps before closing'"));
    const int before = tab->actionModel()->rowCount();
    const int overdueBefore = tab->actionModel()->overdueCount();
    const int row = proxyRowOfAction(actionId);
    QVERIFY(row >= 0);
    tab->actionView()->setCurrentIndex(tab->actionView()->proxy()->index(row, 0));
    tab->actionView()->setFocus();
    QTest::keyClick(tab->actionView(), Qt::Key_Space);
    QVERIFY(testsupport::waitForLoad(page));

    QCOMPARE(tab->actionModel()->rowCount(), before - 1);
    QCOMPARE(proxyRowOfAction(actionId), -1);
    QCOMPARE(scalar(QStringLiteral("SELECT done FROM coaching_actions WHERE id = %1").arg(actionId)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM coaching_actions WHERE id = %1 AND done_day = '%2'")
                        .arg(actionId)
                        .arg(m_today.toString(Qt::ISODate))),
             1);
    const auto db = openDatabase();
    const auto open = storage::CoachingRepository(*db).openActions(std::nullopt, std::nullopt, m_today);
    QVERIFY(open);
    QCOMPARE(int(open.value().size()), before - 1);
    for (const storage::OpenActionEntry &entry : open.value())
        QVERIFY(entry.action.id != actionId);
    // The title no longer counts it as overdue.
    QCOMPARE(page->tabs()->tabText(ui::CoachingPage::FollowUpsTab),
             QStringLiteral("Follow-ups (%1 overdue)").arg(tab->overdueCount()));
    QCOMPARE(tab->actionModel()->overdueCount(), overdueBefore - 1); // it was due two days ago
}

void TestCoachingPage::sessionsFilterAndDeletePlanned()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::SessionsTab);
    ui::CoachingSessionsTab *tab = page->sessions();
    const auto db = openDatabase();
    storage::CoachingFilter filter;
    filter.range = m_range;
    const auto sessions = storage::CoachingRepository(*db).sessions(filter);
    QVERIFY(sessions);
    QCOMPARE(tab->model()->rowCount(), int(sessions.value().size()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE day BETWEEN '%1' AND '%2'")
                        .arg(m_range.from.toString(Qt::ISODate), m_range.to.toString(Qt::ISODate))),
             qint64(tab->model()->rowCount()));

    // Status filter: the query narrows to planned sessions.
    tab->statusBox()->setCurrentIndex(
        tab->statusBox()->findData(static_cast<int>(core::SessionStatus::Planned)));
    QVERIFY(testsupport::waitForLoad(page));
    filter.status = core::SessionStatus::Planned;
    const auto planned = storage::CoachingRepository(*db).sessions(filter);
    filter.status.reset();
    QVERIFY(planned);
    QCOMPARE(tab->model()->rowCount(), int(planned.value().size()));
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QCOMPARE(tab->model()->sessionAt(row)->status, core::SessionStatus::Planned);
    QVERIFY(tab->model()->rowOf(m_plannedSession) >= 0);
    tab->statusBox()->setCurrentIndex(0);
    QVERIFY(testsupport::waitForLoad(page));
    QCOMPARE(tab->model()->rowCount(), int(sessions.value().size()));

    // Agent search: the table narrows to that agent's sessions.
    tab->searchEdit()->setText(m_agents[1].name);
    QVERIFY(tab->view()->proxy()->rowCount() >= 1);
    QVERIFY(tab->view()->proxy()->rowCount() < tab->model()->rowCount());
    for (int row = 0; row < tab->view()->proxy()->rowCount(); ++row)
        QCOMPARE(tab->view()->proxy()->index(row, models::CoachingSessionModel::Agent).data().toString(),
                 m_agents[1].name);
    tab->searchEdit()->clear();

    // Delete: refused for a held session, done for the planned one.
    const auto held =
        std::find_if(sessions.value().cbegin(), sessions.value().cend(),
                     [](const auto &session) { return session.status == core::SessionStatus::Held; });
    QVERIFY(held != sessions.value().cend());
    tab->selectSession(held->id);
    QVERIFY(tab->selectedSession()->status != core::SessionStatus::Planned);
    QVERIFY(!tab->deleteButton()->isEnabled());
    QVERIFY(!tab->deleteSelected(false));
    tab->selectSession(m_plannedSession);
    QCOMPARE(tab->selectedSession()->id, m_plannedSession);
    QVERIFY(tab->deleteButton()->isEnabled());
    QVERIFY(tab->deleteSelected(false));
    QVERIFY(testsupport::waitForLoad(page));
    QCOMPARE(tab->model()->rowOf(m_plannedSession), -1);
    QCOMPARE(tab->model()->rowCount(), int(sessions.value().size()) - 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE id = %1").arg(m_plannedSession)),
        0);
}

void TestCoachingPage::effectSummarizesTheSessions()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::EffectTab);
    ui::CoachingEffectTab *tab = page->effect();
    const auto db = openDatabase();
    storage::CoachingFilter filter;
    filter.range = m_range;
    const auto effects = storage::CoachingEffectReader(*db).effects(filter, m_today, 0);
    QVERIFY(effects);
    QVERIFY(effects.value().size() >= 3);
    const QList<core::FocusAreaSummary> expected = core::summarizeFocusAreas(focusEffects(effects.value()));
    const QList<core::FocusAreaSummary> &shown = tab->model()->summaries();
    QCOMPARE(shown.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(shown[i].kpi, expected[i].kpi);
        QCOMPARE(shown[i].sessions, expected[i].sessions);
        QCOMPARE(shown[i].judged, expected[i].judged);
        QCOMPARE(shown[i].improved, expected[i].improved);
    }
    // CSAT was a focus of every seeded session.
    const auto csat = std::find_if(shown.cbegin(), shown.cend(), [](const core::FocusAreaSummary &s) {
        return s.kpi == core::KpiId::Csat;
    });
    QVERIFY(csat != shown.cend());
    QVERIFY(csat->sessions >= 3);
    QCOMPARE(tab->daysBox()->value(), 14);
    QVERIFY(tab->explanationLabel()->text().contains(QStringLiteral("14 days before vs 14 after")));
    QVERIFY(tab->explanationLabel()->text().contains(QStringLiteral("n < 10")));
}

void TestCoachingPage::effectWindowIsSaved()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::EffectTab);
    ui::CoachingEffectTab *tab = page->effect();
    tab->daysBox()->setValue(7);
    QVERIFY(testsupport::waitForLoad(page));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'coaching_effect_days'")),
             7);
    QVERIFY(tab->explanationLabel()->text().contains(QStringLiteral("7 days before vs 7 after")));
    const auto db = openDatabase();
    storage::CoachingFilter filter;
    filter.range = m_range;
    const auto effects = storage::CoachingEffectReader(*db).effects(filter, m_today, 7);
    QVERIFY(effects);
    QCOMPARE(tab->effects().size(), effects.value().size());
    for (qsizetype i = 0; i < effects.value().size(); ++i)
        QCOMPARE(tab->effects()[i].windows.before.from, effects.value()[i].day.addDays(-7));
    tab->daysBox()->setValue(14);
    QVERIFY(testsupport::waitForLoad(page));
}

void TestCoachingPage::phraseEditIsStoredAndUndone()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::PhrasesTab);
    ui::CoachingPhrasesTab *tab = page->phrases();
    QVERIFY(tab->model());
    const auto db = openDatabase();
    const storage::PhraseRepository phrases(*db);
    const auto stored = phrases.phrases(false);
    QVERIFY(stored);
    QCOMPARE(tab->model()->rowCount(), int(stored.value().size()));

    const qint64 id = stored.value().constFirst().id;
    const QString before = stored.value().constFirst().shorter;
    const QString after = QStringLiteral("What happened?");
    const QModelIndex cell = tab->filter()->mapFromSource(
        tab->model()->index(tab->model()->rowOf(id), models::PhraseModel::Shorter));
    QVERIFY(tab->view()->model()->setData(cell, after));
    QCOMPARE(phrases.phrase(id).value().shorter, after);
    QVERIFY(tab->undoAction()->isEnabled());

    tab->undoAction()->trigger();
    QCOMPARE(phrases.phrase(id).value().shorter, before);
    QCOMPARE(tab->model()->index(tab->model()->rowOf(id), models::PhraseModel::Shorter).data().toString(),
             before);
    QVERIFY(tab->redoAction()->isEnabled());
    tab->redoAction()->trigger();
    QCOMPARE(phrases.phrase(id).value().shorter, after);
    // Ctrl+Z on the table undoes too.
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(phrases.phrase(id).value().shorter, before);

    // A phrase added through the tab is stored and selected.
    storage::Phrase added;
    added.longer = QStringLiteral("Please bear with me while I look into this for you.");
    added.shorter = QStringLiteral("One moment.");
    added.situations = {QStringLiteral("hold")};
    added.csatChecked = true;
    added.csatNote = QStringLiteral("A/B on 400 chats");
    QVERIFY(tab->storePhrase(added));
    QCOMPARE(phrases.phrases(false).value().size(), stored.value().size() + 1);
    QCOMPARE(tab->model()->rowCount(), int(stored.value().size()) + 1);
    const QModelIndex current = tab->filter()->mapToSource(tab->view()->currentIndex());
    QCOMPARE(tab->model()->phraseAt(current.row())->shorter, added.shorter);
    QVERIFY(tab->model()->phraseAt(current.row())->csatChecked);
    QVERIFY(testsupport::waitForLoad(page));
    QVERIFY(tab->situationBox()->findText(QStringLiteral("hold"), Qt::MatchFixedString) >= 0);
}

void TestCoachingPage::phrasesFilterBySituation()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::PhrasesTab);
    ui::CoachingPhrasesTab *tab = page->phrases();
    const auto db = openDatabase();
    const auto situations = storage::PhraseRepository(*db).situations();
    QVERIFY(situations);
    QCOMPARE(tab->situationBox()->count(), int(situations.value().size()) + 1); // and "All situations"
    const auto stored = storage::PhraseRepository(*db).phrases(false);
    int complaints = 0;
    int sorryComplaints = 0;
    for (const storage::Phrase &phrase : stored.value()) {
        if (!phrase.situations.contains(QStringLiteral("complaint"), Qt::CaseInsensitive))
            continue;
        ++complaints;
        const QString text = phrase.longer + phrase.shorter + phrase.situations.join(u',') + phrase.csatNote;
        sorryComplaints += text.contains(QStringLiteral("sorry"), Qt::CaseInsensitive) ? 1 : 0;
    }
    QVERIFY(complaints >= 2 && sorryComplaints >= 1); // the seeded ones at least
    tab->situationBox()->setCurrentIndex(
        tab->situationBox()->findText(QStringLiteral("complaint"), Qt::MatchFixedString));
    QCOMPARE(tab->view()->model()->rowCount(), complaints);
    for (int row = 0; row < complaints; ++row)
        QVERIFY(tab->view()
                    ->model()
                    ->index(row, models::PhraseModel::Situations)
                    .data(models::PhraseModel::SituationsRole)
                    .toStringList()
                    .contains(QStringLiteral("complaint"), Qt::CaseInsensitive));
    tab->searchEdit()->setText(QStringLiteral("sorry"));
    QCOMPARE(tab->view()->model()->rowCount(), sorryComplaints);
    tab->searchEdit()->clear();
    tab->situationBox()->setCurrentIndex(0);
    QCOMPARE(tab->view()->model()->rowCount(), int(stored.value().size()));
}

void TestCoachingPage::retiredPhrasesHideUntilShown()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::PhrasesTab);
    ui::CoachingPhrasesTab *tab = page->phrases();
    const int listed = tab->model()->rowCount();
    const QModelIndex first = tab->view()->model()->index(0, 0);
    const qint64 id = tab->model()->phraseAt(tab->filter()->mapToSource(first).row())->id;
    tab->view()->setCurrentIndex(first);
    QCOMPARE(tab->retireButton()->text(), QStringLiteral("Re&tire"));
    tab->toggleRetired();
    QCOMPARE(scalar(QStringLiteral("SELECT retired FROM phrases WHERE id = %1").arg(id)), 1);
    QCOMPARE(tab->model()->rowCount(), listed - 1);
    QCOMPARE(tab->model()->rowOf(id), -1);
    tab->showRetiredBox()->setChecked(true);
    QCOMPARE(qint64(tab->model()->rowCount()), scalar(QStringLiteral("SELECT COUNT(*) FROM phrases")));
    QVERIFY(tab->model()->rowCount() >= listed);
    const int row = tab->model()->rowOf(id);
    QVERIFY(row >= 0);
    tab->view()->setCurrentIndex(tab->filter()->mapFromSource(tab->model()->index(row, 0)));
    QCOMPARE(tab->retireButton()->text(), QStringLiteral("Re&store"));
    tab->toggleRetired();
    QCOMPARE(scalar(QStringLiteral("SELECT retired FROM phrases WHERE id = %1").arg(id)), 0);
    tab->showRetiredBox()->setChecked(false);
    QCOMPARE(tab->model()->rowCount(), listed);
}

void TestCoachingPage::enteringAttendanceMovesTheStage()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::AttendanceTab);
    ui::CoachingAttendanceTab *tab = page->attendance();
    models::AttendanceMonthModel *model = tab->model();
    QVERIFY(model->agentCount() > 0);
    const qint64 agentId = model->agentIdAt(0);
    const auto db = openDatabase();
    const storage::AttendanceRepository attendance(*db);
    const auto stageBefore = attendance.stage(agentId, m_today);
    QVERIFY(stageBefore);
    // The latest day of the scope without a violation yet, and its month's column.
    const auto violationDays = attendance.violationDays(agentId, m_range);
    QVERIFY(violationDays);
    QDate day = m_today;
    while (violationDays.value().contains(day))
        day = day.addDays(-1);
    int column = -1;
    for (int c = models::AttendanceMonthModel::FirstMonthColumn; c < model->totalColumn(); ++c)
        if (model->headerData(c, Qt::Horizontal, models::AttendanceMonthModel::MonthRole).toDate() ==
            QDate(day.year(), day.month(), 1))
            column = c;
    QVERIFY(column >= 0);
    const int violationsBefore = model->index(0, column).data(models::AttendanceMonthModel::SortRole).toInt();

    tab->view()->selectSourceRow(0);
    ui::AttendanceDialog *dialog = tab->enterAttendance();
    QVERIFY(dialog);
    QCOMPARE(dialog->agentBox()->currentData().toLongLong(), agentId);
    dialog->dayEdit()->setDate(day);
    dialog->statusBox()->setCurrentIndex(
        dialog->statusBox()->findData(static_cast<int>(core::AttendanceStatus::Late)));
    QVERIFY(dialog->lateMinutesBox()->isEnabled());
    dialog->statusBox()->setCurrentIndex(
        dialog->statusBox()->findData(static_cast<int>(core::AttendanceStatus::NoCallNoShow)));
    QVERIFY(!dialog->lateMinutesBox()->isEnabled());
    dialog->shiftMinutesBox()->setValue(450);
    QVERIFY2(dialog->save(), qPrintable(dialog->messageLabel()->text()));
    QVERIFY(testsupport::waitForLoad(page));

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = %1 AND day = '%2' AND "
                                   "status = 'ncns' AND shift_minutes = 450")
                        .arg(agentId)
                        .arg(day.toString(Qt::ISODate))),
             1);
    int row = -1;
    for (int i = 0; i < model->agentCount(); ++i)
        if (model->agentIdAt(i) == agentId)
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, column).data(models::AttendanceMonthModel::SortRole).toInt(),
             violationsBefore + 1);
    const auto stageAfter = attendance.stage(agentId, m_today);
    QVERIFY(stageAfter);
    QCOMPARE(stageAfter.value().violations, stageBefore.value().violations + 1);
    const core::AttendanceLadder ladder = attendance.ladder().value();
    QCOMPARE(model->index(row, models::AttendanceMonthModel::StageColumn).data(Qt::ToolTipRole).toString(),
             models::CoachingText::stageText(stageAfter.value(), ladder));
    QCOMPARE(model->index(row, models::AttendanceMonthModel::StageColumn).data().toString(),
             stageAfter.value().step ? stageAfter.value().step->label : QString());

    // Removing the day takes it back.
    tab->view()->selectSourceRow(row);
    dialog = tab->enterAttendance();
    dialog->dayEdit()->setDate(day);
    QVERIFY(dialog->removeButton()->isEnabled());
    QCOMPARE(dialog->statusBox()->currentData().toInt(),
             static_cast<int>(core::AttendanceStatus::NoCallNoShow));
    QVERIFY2(dialog->removeDay(), qPrintable(dialog->messageLabel()->text()));
    QVERIFY(testsupport::waitForLoad(page));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = %1 AND day = '%2'")
                        .arg(agentId)
                        .arg(day.toString(Qt::ISODate))),
             0);
    QCOMPARE(attendance.stage(agentId, m_today).value().violations, stageBefore.value().violations);
}

void TestCoachingPage::ladderDialogRefusesAnInvalidLadder()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::AttendanceTab);
    const auto db = openDatabase();
    const storage::AttendanceRepository attendance(*db);
    const core::AttendanceLadder stored = attendance.ladder().value();
    ui::LadderDialog *dialog = page->attendance()->editLadder();
    QVERIFY(dialog);
    QCOMPARE(dialog->ladder(), stored);
    QCOMPARE(dialog->stepsTable()->rowCount(), int(stored.steps.size()));

    // Two steps at one violation: refused with validate()'s own message, nothing stored.
    dialog->stepsTable()->item(1, 0)->setData(Qt::EditRole, 1);
    const core::Status invalid = dialog->ladder().validate();
    QVERIFY(!invalid);
    QCOMPARE(dialog->messageLabel()->text(), invalid.error().toString());
    QVERIFY(!dialog->save());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), invalid.error().toString());
    QCOMPARE(attendance.ladder().value(), stored);

    // Fixed, with a shorter window: stored, and the tab shows it.
    dialog->stepsTable()->item(1, 0)->setData(Qt::EditRole, 2);
    dialog->stepsTable()->item(2, 1)->setText(QStringLiteral("Final written warning"));
    dialog->windowBox()->setValue(180);
    const core::AttendanceLadder edited = dialog->ladder();
    QVERIFY(edited.validate());
    QVERIFY(dialog->save());
    QCOMPARE(attendance.ladder().value(), edited);
    QVERIFY(testsupport::waitForLoad(page));
    QCOMPARE(page->attendance()->ladder(), edited);
    QVERIFY(page->attendance()->ladderLabel()->text().contains(QStringLiteral("Final written warning")));
    QVERIFY(page->attendance()->ladderLabel()->text().contains(QStringLiteral("180")));
}

void TestCoachingPage::agentViewShowsTheStage()
{
    const qint64 agentId = m_agents[0].id;
    m_window->openAgent(agentId);
    QVERIFY(testsupport::waitForLoad(m_window->agentView()));
    const auto db = openDatabase();
    const storage::AttendanceRepository attendance(*db);
    const auto stage = attendance.stage(agentId, m_today);
    QVERIFY(stage);
    QCOMPARE(m_window->agentView()->ladderStageLabel()->text(),
             QStringLiteral("Warning ladder: %1")
                 .arg(models::CoachingText::stageText(stage.value(), attendance.ladder().value())));
    // "Plan coaching session…" plans one for this agent.
    auto *plan = m_window->agentView()->findChild<QPushButton *>(QStringLiteral("planCoachingSession"));
    QVERIFY(plan);
    plan->click();
    QTRY_COMPARE(visibleDialogs<ui::PlanSessionDialog>().size(), 1);
    visibleDialogs<ui::PlanSessionDialog>().constFirst()->reject();
    QTRY_VERIFY(visibleDialogs<ui::PlanSessionDialog>().isEmpty());
}

// Ctrl+Shift+N plans a session from any tab of the page (showing the Sessions tab), and nowhere else.
void TestCoachingPage::planShortcutOnlyOnThePage()
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    QVERIFY(visibleDialogs<ui::PlanSessionDialog>().isEmpty());

    ui::CoachingPage *page = showTab(ui::CoachingPage::FollowUpsTab);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(visibleDialogs<ui::PlanSessionDialog>().size(), 1);
    QCOMPARE(page->tabs()->currentIndex(), int(ui::CoachingPage::SessionsTab));
    visibleDialogs<ui::PlanSessionDialog>().constFirst()->reject(); // deleted on close
    QTRY_VERIFY(visibleDialogs<ui::PlanSessionDialog>().isEmpty());
}

void TestCoachingPage::enterOpensTheSession()
{
    ui::CoachingPage *page = showTab(ui::CoachingPage::SessionsTab);
    ui::CoachingSessionsTab *tab = page->sessions();
    QVERIFY(tab->model()->rowCount() > 0);
    tab->view()->setFocus();
    tab->view()->selectSourceRow(0);
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_COMPARE(visibleDialogs<ui::SessionDialog>().size(), 1);
    QCOMPARE(visibleDialogs<ui::SessionDialog>().constFirst()->windowModality(), Qt::WindowModal);
    visibleDialogs<ui::SessionDialog>().constFirst()->reject();
    QTRY_VERIFY(visibleDialogs<ui::SessionDialog>().isEmpty());
}

// With HUDDLE_SCREENSHOT_DIR set: the attendance and ladder dialogs as PNGs, for looking at.
void TestCoachingPage::dialogScreenshots()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    ui::CoachingPage *page = showTab(ui::CoachingPage::AttendanceTab);
    page->attendance()->view()->selectSourceRow(1);
    ui::AttendanceDialog *attendance = page->attendance()->enterAttendance();
    attendance->statusBox()->setCurrentIndex(
        attendance->statusBox()->findData(static_cast<int>(core::AttendanceStatus::Late)));
    attendance->lateMinutesBox()->setValue(12);
    QVERIFY(QTest::qWaitForWindowExposed(attendance));
    QVERIFY(attendance->grab().save(folder + QStringLiteral("/coaching-attendance-dialog.png")));
    attendance->reject();
    ui::LadderDialog *ladder = page->attendance()->editLadder();
    ladder->stepsTable()->item(1, 0)->setData(Qt::EditRole, 1);
    QVERIFY(QTest::qWaitForWindowExposed(ladder));
    QVERIFY(ladder->grab().save(folder + QStringLiteral("/coaching-ladder-dialog.png")));
    ladder->reject();
}

HUDDLE_TEST_MAIN("test_ui_coachingpage", TestCoachingPage)
#include "tst_coachingpage.moc"
