// huddle: the supervisor console.
#include "bonuspage.h"
#include "coachingpage.h"
#include "core/month.h"
#include "currentuser.h"
#include "dashboardpage.h"
#include "firstrun.h"
#include "focuscuestyle.h"
#include "language.h"
#include "mainwindow.h"
#include "qaactions.h"
#include "qapage.h"
#include "readablepalette.h"
#include "scopebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace {

// The database to open: --db FILE or a file argument, else the last one used, else the demo database
// (created on first start).
QString chooseDatabase(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return huddle::ui::defaultDemoDatabasePath();
}

void addQaOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("qa-tab"),
         QApplication::translate("main", "QA page tab to show: queue, evaluations, mistakes, calibration, "
                                         "disputes or peer-reviews."),
         QStringLiteral("TAB")});
    parser.addOption(
        {QStringLiteral("coaching-tab"),
         QApplication::translate("main", "Coaching page tab to show: followups, sessions, effect, "
                                         "phrases or attendance."),
         QStringLiteral("TAB")});
    parser.addOption(
        {QStringLiteral("open-evaluation"),
         QApplication::translate("main", "Open the evaluation with this id in the evaluation form."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("open-designer"), QApplication::translate("main", "Open the scorecard designer.")});
    parser.addOption(
        {QStringLiteral("user"),
         QApplication::translate("main", "Work as NAME in this run (evaluations, disputes, audit "
                                         "log); the stored name is kept."),
         QStringLiteral("NAME")});
}

void applyQaTab(const QCommandLineParser &parser, huddle::ui::MainWindow &window)
{
    using huddle::ui::QaPage;
    const QList<std::pair<QString, QaPage::Tab>> tabs{
        {QStringLiteral("queue"), QaPage::QueueTab},
        {QStringLiteral("evaluations"), QaPage::EvaluationsTab},
        {QStringLiteral("mistakes"), QaPage::MistakesTab},
        {QStringLiteral("calibration"), QaPage::CalibrationTab},
        {QStringLiteral("disputes"), QaPage::DisputesTab},
        {QStringLiteral("peer-reviews"), QaPage::PeerReviewsTab}};
    for (const auto &[name, tab] : tabs)
        if (parser.value(QStringLiteral("qa-tab")) == name)
            window.qa()->showTab(tab);
}

void applyCoachingTab(const QCommandLineParser &parser, huddle::ui::MainWindow &window)
{
    using huddle::ui::CoachingPage;
    const QList<std::pair<QString, CoachingPage::Tab>> tabs{
        {QStringLiteral("followups"), CoachingPage::FollowUpsTab},
        {QStringLiteral("sessions"), CoachingPage::SessionsTab},
        {QStringLiteral("effect"), CoachingPage::EffectTab},
        {QStringLiteral("phrases"), CoachingPage::PhrasesTab},
        {QStringLiteral("attendance"), CoachingPage::AttendanceTab}};
    for (const auto &[name, tab] : tabs)
        if (parser.value(QStringLiteral("coaching-tab")) == name)
            window.coaching()->showTab(tab);
}

// Once the window is on screen, so that the dialogs open over it (for screenshots of them).
void openQaDialogs(const QCommandLineParser &parser, huddle::ui::MainWindow &window)
{
    if (parser.isSet(QStringLiteral("open-evaluation")))
        QTimer::singleShot(0, &window, [&window, id = parser.value(QStringLiteral("open-evaluation"))] {
            window.qaActions()->openEvaluation(id.toLongLong());
        });
    if (parser.isSet(QStringLiteral("open-designer")))
        QTimer::singleShot(0, &window, [&window] { window.qaActions()->openScorecardDesigner(); });
}

void applyStartOptions(const QCommandLineParser &parser, huddle::ui::MainWindow &window)
{
    const QList<std::pair<QString, int>> pages{
        {QStringLiteral("dashboard"), huddle::ui::MainWindow::DashboardIndex},
        {QStringLiteral("agents"), huddle::ui::MainWindow::AgentsIndex},
        {QStringLiteral("conversations"), huddle::ui::MainWindow::ConversationsIndex},
        {QStringLiteral("qa"), huddle::ui::MainWindow::QaIndex},
        {QStringLiteral("coaching"), huddle::ui::MainWindow::CoachingIndex},
        {QStringLiteral("bonus"), huddle::ui::MainWindow::BonusIndex},
        {QStringLiteral("imports"), huddle::ui::MainWindow::ImportsIndex}};
    for (const auto &[name, index] : pages) {
        if (parser.value(QStringLiteral("page")) == name)
            window.showPage(index);
    }
    const QList<std::pair<QString, huddle::ui::DashboardPage::Tab>> tabs{
        {QStringLiteral("trend"), huddle::ui::DashboardPage::TrendTab},
        {QStringLiteral("quadrant"), huddle::ui::DashboardPage::QuadrantTab},
        {QStringLiteral("scorecard"), huddle::ui::DashboardPage::ScorecardTab}};
    for (const auto &[name, tab] : tabs)
        if (parser.value(QStringLiteral("tab")) == name)
            window.dashboard()->showTab(tab);
    applyQaTab(parser, window);
    applyCoachingTab(parser, window);
    if (const auto month = huddle::core::monthFromCode(parser.value(QStringLiteral("bonus-month"))))
        window.bonus()->setMonth(*month);
    if (parser.isSet(QStringLiteral("granularity"))) {
        const QString granularity = parser.value(QStringLiteral("granularity"));
        window.scopeBar()->setGranularity(granularity == QLatin1String("day") ? huddle::core::Granularity::Day
                                          : granularity == QLatin1String("month")
                                              ? huddle::core::Granularity::Month
                                              : huddle::core::Granularity::Week);
    }
    if (parser.isSet(QStringLiteral("team")))
        window.selectTeam(parser.value(QStringLiteral("team")));
    if (parser.isSet(QStringLiteral("agent"))) {
        const QString agent = parser.value(QStringLiteral("agent"));
        if (parser.value(QStringLiteral("page")) == QLatin1String("agent")) {
            if (const auto id = window.agentIdByName(agent))
                window.openAgent(*id);
        } else {
            window.selectAgent(agent);
        }
    }
    openQaDialogs(parser, window);
    if (parser.isSet(QStringLiteral("kpi-plan")))
        QTimer::singleShot(0, &window, [&window] { window.openKpiPlanDialog(); });
    if (parser.isSet(QStringLiteral("import"))) {
        // Once the window is on screen, so that the dialog opens over it.
        QTimer::singleShot(0, &window, [&window, file = parser.value(QStringLiteral("import"))] {
            window.openImportDialog(file);
        });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Huddle"));
    QApplication::setApplicationName(QStringLiteral("Huddle"));
    QApplication::setApplicationVersion(QStringLiteral(HUDDLE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.huddle.Huddle"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/huddle/icons/huddle.svg")));
    huddle::ui::installTranslations(app, QStringLiteral(":/i18n"));
    // The style first: setting one resets the palette to the style's.
    QApplication::setStyle(new huddle::ui::FocusCueStyle); // the application takes it over
    QApplication::setPalette(huddle::ui::readablePalette(QApplication::palette()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Contact-centre supervisor console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QApplication::translate("main", "Open FILE (created and set up if new)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("page"),
         QApplication::translate("main", "Page to start on: dashboard, agents, conversations, "
                                         "qa, coaching, bonus, imports or agent (with --agent)."),
         QStringLiteral("PAGE")});
    parser.addOption(
        {QStringLiteral("bonus-month"),
         QApplication::translate("main", "Month the Bonus page shows (YYYY-MM); default: last month."),
         QStringLiteral("MONTH")});
    parser.addOption(
        {QStringLiteral("tab"),
         QApplication::translate("main", "Dashboard view to show: trend, quadrant or scorecard."),
         QStringLiteral("TAB")});
    parser.addOption({QStringLiteral("granularity"),
                      QApplication::translate("main", "Trend buckets: day, week or month."),
                      QStringLiteral("UNIT")});
    parser.addOption(
        {QStringLiteral("kpi-plan"), QApplication::translate("main", "Open the KPI plan dialog.")});
    parser.addOption({QStringLiteral("team"),
                      QApplication::translate("main", "Start with this team selected."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("agent"),
         QApplication::translate("main", "Start with this agent selected (or shown, with --page agent)."),
         QStringLiteral("NAME")});
    addQaOptions(parser);
    parser.addOption({QStringLiteral("import"),
                      QApplication::translate("main", "Open the import dialog for FILE (CSV, TXT or XLSX)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Database to open, like --db."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    if (parser.isSet(QStringLiteral("user")))
        huddle::ui::overrideCurrentUserName(parser.value(QStringLiteral("user")));
    const QString path = chooseDatabase(parser);
    if (path == huddle::ui::defaultDemoDatabasePath() && !QFileInfo::exists(path)) {
        const huddle::core::Status created = huddle::ui::createDemoDatabase(path, nullptr);
        if (!created) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Huddle"),
                                  created.error().toString());
            return 1;
        }
    }
    huddle::ui::MainWindow window;
    const huddle::core::Status opened = window.openDatabase(path, huddle::storage::OpenMode::CreateIfMissing);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Huddle"), opened.error().toString());
        return 1;
    }
    applyStartOptions(parser, window);
    // A laptop screen gets the whole of it rather than a window that runs off its edges.
    const QSize available = window.screen()->availableSize();
    if (available.width() < window.width() || available.height() < window.height()) {
        window.resize(window.size().boundedTo(available)); // for desktops without a window manager
        window.showMaximized();
    } else
        window.show();
    return QApplication::exec();
}
