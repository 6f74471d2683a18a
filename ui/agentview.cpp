#include "agentview.h"

#include "attendancestrip.h"
#include "csatahtchart.h"
#include "kpicard.h"
#include "kpilabels.h"
#include "models/coachingtext.h"
#include "models/kpiformat.h"
#include "models/kpitext.h"
#include "models/reviewnotemodel.h"
#include "models/sitetimezone.h"
#include "reviewnotedelegate.h"
#include "storage/attendancerepository.h"
#include "storage/directoryrepository.h"
#include "trendtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
constexpr int EventIndexRole = Qt::UserRole;
}

AgentView::AgentView(QWidget *parent)
    : Page(parent)
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scoreCard(new KpiCard(tr("KPI score"), this))
    , m_chart(new CsatAhtChart(this))
    , m_notes(new models::ReviewNoteModel(this))
{
    m_message->setWordWrap(true);
    m_message->hide();
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(m_chart);
    body->addWidget(createSidePanel());
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({620, 380});
    body->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(busyIndicator());
    layout->addWidget(createHeader());
    layout->addWidget(m_message);
    layout->addWidget(body, 1);
    layout->addWidget(createFooter());

    connect(m_chart, &CsatAhtChart::eventActivated, this, &AgentView::onEventActivated);
    connect(m_chart, &CsatAhtChart::bucketActivated, this, [this](const core::DateRange &range, qint64) {
        std::optional<qint64> n;
        for (const models::TrendPoint &point : m_data.dashboard.trend)
            if (point.start == range.from)
                n = point.values.handled;
        Q_EMIT drillDownRequested(drillDownFor(agentScope(), range, m_agentId, headline(),
                                               storage::ConversationSubset::Handled, n));
    });
    m_scoreCard->setActivatable(true);
    connect(m_scoreCard, &KpiCard::activated, this, [this] {
        Q_EMIT drillDownRequested(drillDownFor(agentScope(), agentScope().range, m_agentId, headline(),
                                               storage::ConversationSubset::Handled,
                                               m_data.dashboard.period.handled));
    });
    auto *back = new QShortcut(QKeySequence::Back, this);
    back->setWhatsThis(tr("Back to the page the agent was opened from"));
    connect(back, &QShortcut::activated, this, &AgentView::backRequested);
}

QWidget *AgentView::createHeader()
{
    auto *header = new QWidget(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *back = new QPushButton(tr("← &Back"), header);
    back->setAccessibleName(tr("Back to the previous page"));
    back->setToolTip(tr("Back to the previous page (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &AgentView::backRequested);
    auto *titles = new QHBoxLayout;
    titles->addWidget(back);
    titles->addSpacing(8);
    titles->addWidget(m_name);
    titles->addSpacing(12);
    titles->addWidget(m_subtitle, 1);
    // The score first, then one card per KPI the plan weighs, across the whole width.
    m_kpiRow = new QHBoxLayout;
    m_kpiRow->setSpacing(6);
    m_kpiRow->addWidget(m_scoreCard, 1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles);
    layout->addLayout(m_kpiRow);
    return header;
}

QWidget *AgentView::createSidePanel()
{
    auto *panel = new QSplitter(Qt::Vertical, this);
    auto *notes = new QWidget(panel);
    auto *notesTitle = new QLabel(tr("Recent peer-review notes"), notes);
    QFont bold = notesTitle->font();
    bold.setBold(true);
    notesTitle->setFont(bold);
    m_notesView = new QListView(notes);
    m_notesView->setModel(m_notes);
    m_notesView->setModelColumn(models::ReviewNoteModel::Note);
    m_notesView->setItemDelegate(new ReviewNoteDelegate(m_notesView));
    m_notesView->setAccessibleName(tr("Peer-review notes on this agent's conversations"));
    m_notesView->setResizeMode(QListView::Adjust);
    m_notesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_notesView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notesView->setAlternatingRowColors(true);
    connect(m_notesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_chart->highlightDay(
                    current.isValid() ? current.data(models::ReviewNoteModel::ConversationDayRole).toDate()
                                      : QDate());
            });
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(notesTitle);
    notesLayout->addWidget(m_notesView, 1);

    auto *evaluations = new QWidget(panel);
    auto *evaluationsTitle =
        new QLabel(tr("QA evaluations (double-click to open the conversation)"), evaluations);
    evaluationsTitle->setFont(bold);
    evaluationsTitle->setWordWrap(true);
    m_evaluations = new QTreeWidget(evaluations);
    m_evaluations->setHeaderLabels({tr("Day"), tr("Score"), tr("Evaluation")});
    m_evaluations->setRootIsDecorated(false);
    m_evaluations->setAlternatingRowColors(true);
    m_evaluations->setAccessibleName(tr("QA evaluations of this agent"));
    m_evaluations->header()->setStretchLastSection(true);
    connect(m_evaluations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, EventIndexRole).toInt();
        if (index >= 0 && index < m_data.dashboard.events.size())
            Q_EMIT timelineEventActivated(m_data.dashboard.events[index]);
    });
    auto *evaluationsLayout = new QVBoxLayout(evaluations);
    evaluationsLayout->setContentsMargins(0, 0, 0, 0);
    evaluationsLayout->addWidget(evaluationsTitle);
    evaluationsLayout->addWidget(m_evaluations, 1);
    panel->addWidget(notes);
    panel->addWidget(evaluations);
    panel->setStretchFactor(0, 3);
    panel->setStretchFactor(1, 2);
    panel->setChildrenCollapsible(false);
    return panel;
}

// The attendance calendar with the warning-ladder stage under it, and planning a session beside the stage.
QWidget *AgentView::createAttendancePanel()
{
    auto *panel = new QWidget(this);
    m_attendance = new AttendanceStrip(panel);
    m_ladderStage = new QLabel(panel);
    m_ladderStage->setObjectName(QStringLiteral("agentLadderStage"));
    m_ladderStage->setToolTip(tr("The attendance warning ladder today (Coaching → Attendance)"));
    auto *plan = new QPushButton(tr("&Plan coaching session…"), panel);
    plan->setObjectName(QStringLiteral("planCoachingSession"));
    plan->setToolTip(tr("Plan a coaching session with this agent, the agenda proposed from the data"));
    connect(plan, &QPushButton::clicked, this, [this] {
        if (m_agentId > 0)
            Q_EMIT planSessionRequested(m_agentId);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_ladderStage, 1);
    row->addWidget(plan);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attendance);
    layout->addLayout(row);
    return panel;
}

QWidget *AgentView::createFooter()
{
    auto *footer = new QWidget(this);
    QWidget *attendance = createAttendancePanel();
    m_sales = new QLabel(footer);
    m_sales->setWordWrap(true);
    m_sales->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sales->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sales->setAccessibleName(tr("Sales"));
    connect(m_sales, &QLabel::linkActivated, this, [this] {
        Q_EMIT drillDownRequested(drillDownFor(agentScope(), agentScope().range, m_agentId, headline(),
                                               storage::ConversationSubset::Sales, std::nullopt));
    });
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(attendance);
    layout->addSpacing(16);
    layout->addWidget(m_sales, 1);
    return footer;
}

void AgentView::showAgent(qint64 agentId)
{
    if (agentId == m_agentId)
        return;
    m_agentId = agentId;
    m_data = {};
    setScope(scope()); // marks the page stale: it loads now if visible, else when shown
}

// The agent's own figures over the shared period, in whatever team they worked: no team filter, no
// comparison.
models::Scope AgentView::agentScope() const
{
    models::Scope agent = scope();
    agent.teamId.reset();
    agent.agentId = m_agentId;
    agent.compareAgents.clear();
    return agent;
}

void AgentView::refresh()
{
    if (m_agentId <= 0)
        return;
    const models::Scope requested = agentScope();
    load<AgentViewData>(
        [requested](const storage::Database &db) -> core::Result<AgentViewData> {
            auto dashboard = models::loadDashboard(db, requested);
            if (!dashboard)
                return dashboard.error();
            const storage::AttendanceRepository attendance(db);
            auto shifts = attendance.shifts(*requested.agentId, requested.range);
            if (!shifts)
                return shifts.error();
            auto ladder = attendance.ladder();
            if (!ladder)
                return ladder.error();
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(models::siteTimeZone(db)).date();
            auto stage = attendance.stage(*requested.agentId, today);
            if (!stage)
                return stage.error();
            auto agents = storage::DirectoryRepository(db).agents(std::nullopt, requested.range.to);
            if (!agents)
                return agents.error();
            QString name;
            for (const storage::AgentEntry &agent : agents.value())
                if (agent.id == *requested.agentId)
                    name = agent.name;
            return AgentViewData{name, dashboard.value(), shifts.value(), ladder.value(), stage.value()};
        },
        [this](const core::Result<AgentViewData> &data) { display(data); });
}

void AgentView::display(const core::Result<AgentViewData> &data)
{
    m_message->setVisible(!data);
    m_data = data ? data.value() : AgentViewData{};
    if (!data)
        m_message->setText(tr("Could not load the agent: %1").arg(data.error().toString()));
    const models::DashboardData &d = m_data.dashboard;
    const QString granularity = TrendText::granularityName(scope().granularity);
    m_chart->setData(d.trend, {}, d.plan, scope().granularity,
                     tr("CSAT % and AHT, %1 — %2").arg(granularity, headline()), headline());
    m_chart->setEvents(d.events);
    m_notes->setNotes(d.notes);
    m_attendance->setShifts(scope().range, m_data.shifts);
    m_ladderStage->setText(
        data ? tr("Warning ladder: %1").arg(models::CoachingText::stageText(m_data.stage, m_data.ladder))
             : QString());
    showHeader();
    showKpiCards();
    showEvaluations();
    showSales();
}

QString AgentView::headline() const
{
    return m_data.name.isEmpty() ? tr("Agent %1").arg(m_agentId) : m_data.name;
}

void AgentView::showHeader()
{
    const QLocale locale;
    const models::DashboardData &d = m_data.dashboard;
    m_name->setText(headline());
    m_subtitle->setText(tr("%1 · %2 – %3 · %4 handled")
                            .arg(d.team.teamName.isEmpty() ? tr("no team") : d.team.teamName,
                                 locale.toString(scope().range.from, QLocale::ShortFormat),
                                 locale.toString(scope().range.to, QLocale::ShortFormat),
                                 locale.toString(d.period.handled)));
    m_scoreCard->setValue(d.score.score ? tr("%1 / 100").arg(formatScore(d.score.score))
                                        : QStringLiteral("–"),
                          tr("%1 % of weight has data").arg(d.score.weightCovered),
                          tr("Weighted by the KPI plan of the agent's team (Settings → KPI plan)."));
}

// One card per KPI the plan weighs: value, band in words and colour, trend arrow, n and weight.
void AgentView::showKpiCards()
{
    qDeleteAll(m_kpiCards);
    m_kpiCards.clear();
    const models::DashboardData &d = m_data.dashboard;
    const QLocale locale;
    for (core::KpiId kpi : core::AllKpis) {
        const core::KpiAssessment &part = d.score.parts[static_cast<int>(kpi)];
        if (part.weight <= 0)
            continue;
        auto *card = new KpiCard(kpiName(kpi), this);
        const core::KpiReading now = core::readKpi(d.period, kpi);
        card->setValue(formatKpi(kpi, now.value),
                       tr("weight %1 % · n = %2").arg(part.weight).arg(locale.toString(now.n)),
                       models::kpiDefinition(kpi, d.period.ahtBasis),
                       now.value && kpi != core::KpiId::Aht && models::isSmallSample(now.n));
        card->setBand(now.value ? part.band : core::Band::None,
                      movementText(core::movement(kpi, now, core::readKpi(d.previous, kpi))));
        if (const auto drill =
                drillDownFor(agentScope(), agentScope().range, m_agentId, headline(), kpi, now.n)) {
            card->setActivatable(true);
            connect(card, &KpiCard::activated, this,
                    [this, drill = *drill] { Q_EMIT drillDownRequested(drill); });
        }
        m_kpiRow->addWidget(card, 1);
        m_kpiCards.append(card);
    }
}

void AgentView::showEvaluations()
{
    m_evaluations->clear();
    const QLocale locale;
    const QList<core::TimelineEvent> &events = m_data.dashboard.events;
    for (qsizetype i = events.size() - 1; i >= 0; --i) { // newest first
        const core::TimelineEvent &event = events[i];
        if (event.kind != core::TimelineEventKind::QaEvaluation)
            continue;
        auto *item = new QTreeWidgetItem(m_evaluations, {locale.toString(event.day, QLocale::ShortFormat),
                                                         models::formatPercent(event.score), event.title});
        item->setData(0, EventIndexRole, static_cast<int>(i));
        item->setToolTip(2, event.title);
    }
    m_evaluations->resizeColumnToContents(0);
    m_evaluations->resizeColumnToContents(1);
}

void AgentView::showSales()
{
    const core::KpiValues &v = m_data.dashboard.period;
    const QLocale locale;
    const core::Movement moved = core::movement(core::KpiId::Sales, core::readKpi(v, core::KpiId::Sales),
                                                core::readKpi(m_data.dashboard.previous, core::KpiId::Sales));
    m_sales->setText(tr("<b>Sales</b><br>%1 sales, %2<br>conversion %3 of %4 handled %5<br>"
                        "<a href=\"#sales\">List the conversations with a sale</a>")
                         .arg(locale.toString(v.salesCount), models::formatMoney(v.salesCents),
                              models::formatPercent(v.conversionPct.value),
                              locale.toString(v.conversionPct.n), movementText(moved)));
}

bool AgentView::selectNote(qint64 noteId)
{
    for (int row = 0; row < m_notes->rowCount(); ++row)
        if (const storage::ReviewNoteEntry *note = m_notes->noteAt(row); note && note->id == noteId) {
            const QModelIndex index = m_notes->index(row, models::ReviewNoteModel::Note);
            m_notesView->setCurrentIndex(index);
            m_notesView->scrollTo(index);
            return true;
        }
    return false;
}

void AgentView::onEventActivated(const core::TimelineEvent &event)
{
    if (event.kind == core::TimelineEventKind::ReviewNote && selectNote(event.id))
        return;
    Q_EMIT timelineEventActivated(event);
}

} // namespace huddle::ui
