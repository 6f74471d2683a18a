// The Bonus page offscreen on the hand-made October 2026 site (tests/storage/bonussite.h; the built-in
// example plan: Billing $108.00, Care $6.00, Retention $80.00, site $194.00): the tree against runBonusMonth,
// the filters, locking and unlocking through the dialogs against what storage holds, refusals shown in the
// dialog, the rows behind an amount against BonusEvidenceReader, the CSV export against bonusCsv, and the
// main window's Bonus entry. Today is fixed at 1 December 2026, so October and November have ended.
#include "bonusevidencedialog.h"
#include "bonusexporter.h"
#include "bonuslockdialog.h"
#include "bonuspage.h"
#include "bonussite.h"
#include "core/month.h"
#include "demowindow.h"
#include "keyboardinput.h"
#include "mainwindow.h"
#include "models/bonusevidencemodel.h"
#include "models/bonusmonthfilter.h"
#include "models/bonusmonthmodel.h"
#include "reports/bonusexport.h"
#include "reports/bonusrun.h"
#include "storage/bonusevidencereader.h"
#include "storage/bonuslockrepository.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace huddle;
using models::BonusMonthModel;

namespace {

const QDate Today{2026, 12, 1};

// The names of the rows under `parent` of the tree's model, in the order shown.
QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(parent); ++row)
        shown.append(model.index(row, BonusMonthModel::Name, parent).data().toString());
    return shown;
}

// The first line of `agentId` whose rows are `evidence` ("csat", "sales", …), as an index of `model`.
QModelIndex lineOf(const QAbstractItemModel &model, qint64 agentId, const QString &evidence)
{
    for (int team = 0; team < model.rowCount(); ++team) {
        const QModelIndex teamIndex = model.index(team, 0);
        for (int agent = 0; agent < model.rowCount(teamIndex); ++agent) {
            const QModelIndex agentIndex = model.index(agent, 0, teamIndex);
            if (agentIndex.data(BonusMonthModel::AgentIdRole).toLongLong() != agentId)
                continue;
            for (int line = 0; line < model.rowCount(agentIndex); ++line) {
                const QModelIndex lineIndex = model.index(line, BonusMonthModel::Amount, agentIndex);
                if (lineIndex.data(BonusMonthModel::EvidenceRole).toString() == evidence)
                    return lineIndex;
            }
        }
    }
    return {};
}

// The dialog of type T the page shows, if any (the page's dialogs are its children).
template <typename T> T *shownDialog(const QWidget *page)
{
    const QList<T *> dialogs = page->findChildren<T *>(Qt::FindDirectChildrenOnly);
    const auto shown =
        std::find_if(dialogs.begin(), dialogs.end(), [](T *dialog) { return dialog->isVisible(); });
    return shown == dialogs.end() ? nullptr : *shown;
}

// Keys go to the page's tree, as when a user works in it.
void focusTree(ui::BonusPage &page)
{
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.tree()->setFocus();
}

// Clicks `button` of the confirmation that shows next.
void answerConfirmation(QMessageBox::StandardButton button)
{
    keyboardinput::answerNextModal([button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, "expected a confirmation");
        box->button(button)->click();
    });
}

} // namespace

class TestBonusPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeShowsTeamsAndTotals();
    void filtersHideAgents();
    void lockingThroughTheDialog();
    void unlockingNeedsAReason();
    void refusalsShowInTheDialog();
    void evidenceDialogShowsTheRowsBehindALine();
    void exportWritesTheCsv();
    void mainWindowHasTheBonusPage();
    void screenshots();

private:
    // The page on `month`, shown and loaded.
    std::unique_ptr<ui::BonusPage> openPage(QDate month, QDate today = Today);
    reports::BonusMonth run(QDate month) const;
    std::optional<storage::BonusLock> lockInForce(QDate month) const;

    QTemporaryDir m_dir;
    int m_sites = 0;
    QString m_path;
    bonussite::Site m_site;
};

void TestBonusPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// A fresh site per test: locks taken by one do not leak into the next.
void TestBonusPage::init()
{
    m_path = m_dir.filePath(QStringLiteral("bonus%1.sqlite").arg(++m_sites));
    auto site = bonussite::openSite(m_path);
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
}

void TestBonusPage::cleanup()
{
    QThreadPool::globalInstance()->waitForDone(); // exports and loads still running use the file
}

std::unique_ptr<ui::BonusPage> TestBonusPage::openPage(QDate month, QDate today)
{
    auto page = std::make_unique<ui::BonusPage>();
    page->setToday(today);
    page->setDatabase(m_site.db.get());
    page->setMonth(month);
    page->resize(1200, 700);
    page->show();
    models::Scope scope;
    scope.range = core::monthRange(month);
    page->setScope(scope);
    if (!testsupport::waitForLoad(page.get()) || !page->shownMonth())
        qWarning("the Bonus page did not load %s", qPrintable(core::monthCode(month)));
    return page;
}

reports::BonusMonth TestBonusPage::run(QDate month) const
{
    reports::BonusRunOptions options;
    options.money = reports::moneyFormatFor(*m_site.db, QLocale());
    auto computed = reports::runBonusMonth(*m_site.db, month, options);
    if (!computed)
        qFatal("runBonusMonth failed: %s", qPrintable(computed.error().toString()));
    return computed.value();
}

std::optional<storage::BonusLock> TestBonusPage::lockInForce(QDate month) const
{
    const auto lock = storage::BonusLockRepository(*m_site.db).lockFor(month);
    return lock ? lock.value() : std::nullopt;
}

void TestBonusPage::treeShowsTeamsAndTotals()
{
    const auto page = openPage(bonussite::October);
    QVERIFY(page->shownMonth());
    const QAbstractItemModel &tree = *page->tree()->model();
    QCOMPARE(names(tree), (QStringList{"Billing", "Care", "Retention"}));
    const QStringList amounts{"$108.00", "$6.00", "$80.00"}; // by hand from the example plan
    const reports::BonusMonth expected = run(bonussite::October);
    QCOMPARE(expected.teams.size(), 3);
    for (int team = 0; team < 3; ++team) {
        const QModelIndex index = tree.index(team, 0);
        QCOMPARE(index.siblingAtColumn(BonusMonthModel::Amount).data().toString(), amounts[team]);
        QCOMPARE(index.data(BonusMonthModel::CentsRole).toLongLong(), expected.teams[team].total);
        QCOMPARE(tree.rowCount(index), expected.teams[team].agents);
        QVERIFY(page->tree()->isExpanded(index)); // agents on show
    }
    QCOMPARE(names(tree, tree.index(0, 0)), (QStringList{"Ana", "Hal"}));
    QCOMPARE(names(tree, tree.index(1, 0)), (QStringList{"Ben", "Cat", "Dan"}));
    QCOMPARE(page->model()->siteTotal(), 19400);
    QCOMPARE(page->model()->siteTotal(), expected.siteTotal);
    QVERIFY2(page->summaryText().contains(QStringLiteral("Site total $194.00")),
             qPrintable(page->summaryText()));
    QVERIFY(page->summaryText().contains(QStringLiteral("Care $6.00 (3 agent(s))")));
    QVERIFY2(page->bannerText().contains(QStringLiteral("Open: figures may still change")),
             qPrintable(page->bannerText()));
    QVERIFY(page->lockButton()->isEnabled());
    QVERIFY(!page->unlockButton()->isEnabled());

    // Ben moved from Billing to Care on 15 October: the note is on his row.
    const QModelIndex ben = page->filter()->mapFromSource(page->model()->agentIndex(m_site.ben));
    QVERIFY(!ben.siblingAtColumn(BonusMonthModel::Explanation).data().toString().isEmpty());

    page->setMonth(bonussite::September); // the picker recomputes
    QVERIFY(testsupport::waitForLoad(page.get()));
    QCOMPARE(page->shownMonth()->month, bonussite::September);
    QCOMPARE(page->model()->siteTotal(), run(bonussite::September).siteTotal);
}

void TestBonusPage::filtersHideAgents()
{
    const auto page = openPage(bonussite::October);
    const QAbstractItemModel &tree = *page->tree()->model();
    focusTree(*page);
    keyboardinput::press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), page->filterEdit());
    keyboardinput::type(QStringLiteral("an")); // Ana, Dan
    QCOMPARE(names(tree), (QStringList{"Billing", "Care"}));
    QCOMPARE(names(tree, tree.index(0, 0)), QStringList{"Ana"});
    QCOMPARE(names(tree, tree.index(1, 0)), QStringList{"Dan"});
    QVERIFY(tree.rowCount(tree.index(0, 0, tree.index(0, 0))) > 0); // Ana's lines
    QVERIFY2(page->summaryText().contains(QStringLiteral("Shown: 2 agent(s), $108.00")),
             qPrintable(page->summaryText())); // Ana $108.00, Dan $0.00

    page->teamFilter()->setCurrentIndex(page->teamFilter()->findText(QStringLiteral("Care")));
    QCOMPARE(names(tree), QStringList{"Care"});
    QCOMPARE(names(tree, tree.index(0, 0)), QStringList{"Dan"});
    page->filterEdit()->clear();
    QCOMPARE(names(tree, tree.index(0, 0)), (QStringList{"Ben", "Cat", "Dan"}));
    page->teamFilter()->setCurrentIndex(0); // All teams
    QCOMPARE(tree.rowCount(), 3);
}

void TestBonusPage::lockingThroughTheDialog()
{
    const auto page = openPage(bonussite::October);
    QVERIFY(!lockInForce(bonussite::October));
    focusTree(*page);
    keyboardinput::press(Qt::Key_L, Qt::ControlModifier);
    ui::BonusLockDialog *dialog = shownDialog<ui::BonusLockDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(QStringLiteral("$194.00")), qPrintable(dialog->summary()));
    dialog->nameEdit()->setText(QStringLiteral("Pat Payroll"));
    dialog->reasonEdit()->clear();
    QVERIFY(!dialog->confirmButton()->isEnabled()); // a reason is needed
    dialog->reasonEdit()->setPlainText(QStringLiteral("Reviewed with the team leaders"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!shownDialog<ui::BonusLockDialog>(page.get()));
    QVERIFY(testsupport::waitForLoad(page.get()));

    const auto lock = lockInForce(bonussite::October);
    QVERIFY(lock);
    QCOMPARE(lock->lockedBy, QStringLiteral("Pat Payroll"));
    QCOMPARE(lock->reason, QStringLiteral("Reviewed with the team leaders"));
    QCOMPARE(lock->totalCents, 19400);
    QVERIFY(page->shownMonth()->lock);
    QVERIFY2(page->bannerText().contains(QStringLiteral("Locked by Pat Payroll on ")) &&
                 page->bannerText().contains(QStringLiteral("Reviewed with the team leaders")),
             qPrintable(page->bannerText()));
    QVERIFY(!page->lockButton()->isEnabled());
    QVERIFY(page->unlockButton()->isEnabled());
    QVERIFY(!page->openLockDialog());            // nothing left to lock
    QCOMPARE(page->model()->siteTotal(), 19400); // read back from the frozen lines
}

void TestBonusPage::unlockingNeedsAReason()
{
    QVERIFY(reports::lockBonusMonth(*m_site.db, run(bonussite::October), QStringLiteral("Dana"),
                                    QStringLiteral("Sent to payroll"), Today));
    const auto page = openPage(bonussite::October);
    QVERIFY(page->bannerText().contains(QStringLiteral("Locked by Dana on ")));
    ui::BonusLockDialog *dialog = page->openUnlockDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(QStringLiteral("Sent to payroll")), qPrintable(dialog->summary()));
    dialog->nameEdit()->setText(QStringLiteral("Ada Admin"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(!dialog->apply()); // even when asked directly, storage refuses an unlock without a reason
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(lockInForce(bonussite::October));

    dialog->reasonEdit()->setPlainText(QStringLiteral("Attendance export corrected"));
    answerConfirmation(QMessageBox::Cancel); // changing one's mind keeps the lock
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(lockInForce(bonussite::October));
    answerConfirmation(QMessageBox::Yes);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!shownDialog<ui::BonusLockDialog>(page.get()));
    QVERIFY(testsupport::waitForLoad(page.get()));
    QVERIFY(!lockInForce(bonussite::October));
    const auto history = storage::BonusLockRepository(*m_site.db).history();
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->front().unlockedBy, QStringLiteral("Ada Admin"));
    QCOMPARE(history->front().unlockReason, QStringLiteral("Attendance export corrected"));
    QVERIFY(page->bannerText().contains(QStringLiteral("Open: figures may still change")));
    QVERIFY(page->lockButton()->isEnabled());
}

void TestBonusPage::refusalsShowInTheDialog()
{
    { // 20 October: the month has not ended, so it cannot be locked yet
        const auto page = openPage(bonussite::October, QDate(2026, 10, 20));
        QVERIFY(!page->lockButton()->isEnabled());
        QVERIFY(page->bannerText().contains(QStringLiteral("has not ended yet")));
        ui::BonusLockDialog *dialog = page->openLockDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Pat Payroll"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("Early"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->message().startsWith(QStringLiteral("Not locked: ")), qPrintable(dialog->message()));
        QVERIFY(!lockInForce(bonussite::October));
    }
    // November locked after October: October cannot be unlocked before November.
    QVERIFY(reports::lockBonusMonth(*m_site.db, run(bonussite::October), QStringLiteral("Dana"),
                                    QStringLiteral("October paid"), Today));
    QVERIFY(reports::lockBonusMonth(*m_site.db, run(bonussite::November), QStringLiteral("Dana"),
                                    QStringLiteral("November paid"), Today));
    const auto page = openPage(bonussite::October);
    ui::BonusLockDialog *dialog = page->openUnlockDialog();
    QVERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("Correction"));
    dialog->nameEdit()->setText(QStringLiteral("Ada Admin"));
    answerConfirmation(QMessageBox::Yes);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().startsWith(QStringLiteral("Not unlocked: ")), qPrintable(dialog->message()));
    QVERIFY(lockInForce(bonussite::October));
}

void TestBonusPage::evidenceDialogShowsTheRowsBehindALine()
{
    const auto page = openPage(bonussite::October);
    const storage::BonusEvidenceReader reader(*m_site.db);
    const QModelIndex csat = lineOf(*page->tree()->model(), m_site.ana, QStringLiteral("csat"));
    QVERIFY(csat.isValid());
    // Enter on the amount opens the rows behind it.
    focusTree(*page);
    page->tree()->setCurrentIndex(csat);
    QTest::keyClick(page->tree(), Qt::Key_Return);
    QTRY_VERIFY(shownDialog<ui::BonusEvidenceDialog>(page.get()));
    ui::BonusEvidenceDialog *dialog = shownDialog<ui::BonusEvidenceDialog>(page.get());
    const auto csatRows = reader.rows(m_site.ana, bonussite::October, core::BonusEvidence::Csat);
    QVERIFY(csatRows);
    QCOMPARE(dialog->model()->rowCount(), csatRows->rows.size());
    QCOMPARE(dialog->model()->rowCount(), 5); // Ana's five surveys
    const core::BonusLine *line = page->model()->lineAt(page->filter()->mapToSource(csat));
    QCOMPARE(dialog->explanation(), line->explanation);
    QVERIFY(dialog->frozenNote().isEmpty());
    dialog->close();

    const QModelIndex sales = lineOf(*page->tree()->model(), m_site.ana, QStringLiteral("sales"));
    ui::BonusEvidenceDialog *salesDialog = page->openEvidence(sales);
    QVERIFY(salesDialog);
    const auto salesRows = reader.rows(m_site.ana, bonussite::October, core::BonusEvidence::Sales);
    QCOMPARE(salesDialog->model()->rowCount(), salesRows->rows.size());
    QCOMPARE(salesDialog->model()->rowCount(), 3);
    salesDialog->close();
    QVERIFY(!page->openEvidence(page->tree()->model()->index(0, 0))); // a team is not a line

    // Locked: the amounts are frozen, the rows are today's, and the dialog says so.
    QVERIFY(reports::lockBonusMonth(*m_site.db, run(bonussite::October), QStringLiteral("Dana"),
                                    QStringLiteral("Paid"), Today));
    focusTree(*page);
    keyboardinput::press(Qt::Key_F5); // computes again: now read back from the lock
    QVERIFY(page->isLoading());
    QVERIFY(testsupport::waitForLoad(page.get()));
    ui::BonusEvidenceDialog *frozen =
        page->openEvidence(lineOf(*page->tree()->model(), m_site.ana, QStringLiteral("csat")));
    QVERIFY(frozen);
    QVERIFY2(
        frozen->frozenNote().startsWith(QStringLiteral("The month is locked; rows shown are today's data")),
        qPrintable(frozen->frozenNote()));
    QCOMPARE(frozen->model()->rowCount(), 5);
}

void TestBonusPage::exportWritesTheCsv()
{
    const auto page = openPage(bonussite::October);
    const QString path = m_dir.filePath(QStringLiteral("october.csv"));
    QSignalSpy finished(page->exporter(), &ui::BonusExporter::finished);
    QVERIFY(page->exporter()->start(ui::BonusExportFormat::Csv, path));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().at(1).toString(), QString()); // no error
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), reports::bonusCsv(run(bonussite::October)));
    QVERIFY2(page->exportStatus().startsWith(QStringLiteral("Exported to ")),
             qPrintable(page->exportStatus()));
    QVERIFY(page->exportButton()->isEnabled());

    // The PDF and the workbook are written too (their contents are the exports' own tests).
    for (const auto &[format, magic] : {std::pair{ui::BonusExportFormat::Pdf, QByteArray("%PDF")},
                                        std::pair{ui::BonusExportFormat::Xlsx, QByteArray("PK")}}) {
        const QString written =
            m_dir.filePath(QStringLiteral("october.") + ui::BonusExporter::suffix(format));
        QVERIFY(page->exporter()->start(format, written));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).toString(), QString());
        QFile file(written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(magic.size()) == magic);
    }

    // Ctrl+E pops the Export menu up; it runs until closed, so it is closed from the event loop.
    bool menuShown = false;
    QTimer::singleShot(100, page.get(), [&page, &menuShown] {
        menuShown = QApplication::activePopupWidget() == page->exporter()->menu();
        page->exporter()->menu()->close();
    });
    focusTree(*page);
    keyboardinput::press(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(menuShown);
}

void TestBonusPage::mainWindowHasTheBonusPage()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path, storage::OpenMode::MustExist));
    window.bonus()->setToday(Today);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(ui::MainWindow::BonusIndex));
    QVERIFY(window.bonus()->isVisible());
    QVERIFY(testsupport::waitForLoad(window.bonus()));
    QCOMPARE(window.bonus()->month(), bonussite::November); // last month
    QVERIFY(window.bonus()->shownMonth());
}

// For looking at: the page with every line open (gates in red, a move between teams), the lock dialog and the
// rows behind Ben's sales, on the small site.
void TestBonusPage::screenshots()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    const auto page = openPage(bonussite::October);
    page->resize(1100, 520);
    page->tree()->expandAll();
    QVERIFY(page->grab().save(QDir(folder).filePath(QStringLiteral("bonus-page-lines.png"))));
    ui::BonusLockDialog *lock = page->openLockDialog();
    QVERIFY(lock);
    lock->reasonEdit()->setPlainText(QStringLiteral("Reviewed with the team leaders; sent to payroll"));
    QVERIFY(lock->grab().save(QDir(folder).filePath(QStringLiteral("bonus-lock.png"))));
    lock->close();
    ui::BonusEvidenceDialog *rows = page->openEvidence(lineOf(*page->tree()->model(), m_site.ben, "sales"));
    QVERIFY(rows);
    QVERIFY(rows->grab().save(QDir(folder).filePath(QStringLiteral("bonus-evidence.png"))));
}

HUDDLE_TEST_MAIN("test_ui_bonuspage", TestBonusPage)
#include "tst_bonuspage.moc"
