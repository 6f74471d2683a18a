#include "dashboardpage.h"

#include "csatahtchart.h"
#include "kpicard.h"
#include "kpilabels.h"
#include "models/kpiformat.h"
#include "models/reviewnotemodel.h"
#include "quadrantchart.h"
#include "reviewnotedelegate.h"
#include "scorecardview.h"
#include "trendtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace huddle::ui {

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_chart(new CsatAhtChart(this))
    , m_quadrant(new QuadrantChart(this))
    , m_scorecard(new ScorecardView(this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new models::ReviewNoteModel(this))
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->hide();
    m_tabs->addTab(createTrendTab(), tr("Trend"));
    m_tabs->addTab(m_quadrant, tr("Quadrant"));
    m_tabs->addTab(m_scorecard, tr("Scorecard"));
    m_tabs->setAccessibleName(tr("Dashboard views"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(busyIndicator());
    layout->addWidget(createCards());
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_chart, &CsatAhtChart::eventActivated, this, &DashboardPage::onEventActivated);
    connect(m_chart, &CsatAhtChart::bucketActivated, this, &DashboardPage::drillBucket);
    connect(m_quadrant, &QuadrantChart::agentActivated, this, &DashboardPage::agentActivated);
    connect(m_scorecard, &ScorecardView::drillDownRequested, this, &DashboardPage::drillDownRequested);
    connect(m_scorecard, &ScorecardView::agentActivated, this, &DashboardPage::agentActivated);
}

QWidget *DashboardPage::createTrendTab()
{
    // The notes stay beside the chart: a dip and what reviewers wrote about those days read together.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(createNotesPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Proportions, not pixels: the notes list's size hint follows its own width and would otherwise win.
    splitter->setSizes({620, 380});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget *DashboardPage::createCards()
{
    auto *cards = new QWidget(this);
    auto *layout = new QHBoxLayout(cards);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // Short captions keep nine cards on one row of a 1366-pixel screen; the tooltips say the rest.
    m_scoreCard = new KpiCard(tr("KPI score"), cards);
    m_csatCard = new KpiCard(tr("CSAT"), cards);
    m_ahtCard = new KpiCard(tr("AHT"), cards);
    m_fcrCard = new KpiCard(tr("FCR"), cards);
    m_qaCard = new KpiCard(tr("QA score"), cards);
    m_attendanceCard = new KpiCard(tr("Attendance"), cards);
    m_salesCard = new KpiCard(tr("Sales conv."), cards);
    m_quadrantCard = new KpiCard(tr("CSAT vs AHT"), cards);
    for (KpiCard *card :
         {m_scoreCard, m_csatCard, m_ahtCard, m_fcrCard, m_qaCard, m_attendanceCard, m_salesCard})
        layout->addWidget(card, 2);
    m_quadrantCard->setValueScale(1.2);
    layout->addWidget(m_quadrantCard, 3);
    const QList<std::pair<KpiCard *, core::KpiId>> drillable{{m_csatCard, core::KpiId::Csat},
                                                             {m_ahtCard, core::KpiId::Aht},
                                                             {m_fcrCard, core::KpiId::Fcr},
                                                             {m_salesCard, core::KpiId::Sales}};
    for (const auto &[card, kpi] : drillable) {
        card->setActivatable(true);
        connect(card, &KpiCard::activated, this, [this, kpi = kpi] { drillCard(kpi); });
    }
    m_scoreCard->setActivatable(true);
    connect(m_scoreCard, &KpiCard::activated, this, &DashboardPage::drillHandled);
    return cards;
}

QWidget *DashboardPage::createNotesPanel()
{
    auto *panel = new QWidget(this);
    m_notesTitle = new QLabel(panel);
    QFont titleFont = m_notesTitle->font();
    titleFont.setBold(true);
    m_notesTitle->setFont(titleFont);
    m_notesView = new QListView(panel);
    m_notesView->setModel(m_notes);
    m_notesView->setModelColumn(models::ReviewNoteModel::Note);
    m_notesView->setItemDelegate(new ReviewNoteDelegate(m_notesView));
    m_notesView->setAccessibleName(tr("Peer-review notes"));
    m_notesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notesView->setAlternatingRowColors(true);
    m_notesView->setResizeMode(QListView::Adjust); // re-wrap notes when the splitter moves
    m_notesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A vertical scroll bar that comes and goes would change the wrap width after heights were measured.
    m_notesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_notesView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_notesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardPage::onNoteSelected);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notesView, 1);
    return panel;
}

void DashboardPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void DashboardPage::refresh()
{
    const models::Scope requested = scope();
    load<models::DashboardData>(
        [requested](const storage::Database &db) { return models::loadDashboard(db, requested); },
        [this](const core::Result<models::DashboardData> &data) { display(data); });
}

void DashboardPage::display(const core::Result<models::DashboardData> &data)
{
    if (!data) {
        // Nothing of the previous scope stays on screen as if it belonged to this one.
        m_data = {};
        m_chart->setData({}, {}, m_data.plan, scope().granularity, m_scopeTitle);
        m_chart->setEvents({});
        m_quadrant->setData({}, {}, m_scopeTitle);
        m_scorecard->setData(m_data, scope(), m_scopeTitle);
        m_notes->setNotes({});
        showCards();
        m_message->setText(tr("Could not load the dashboard: %1").arg(data.error().toString()));
        m_message->show();
        return;
    }
    m_data = data.value();
    const bool empty = m_data.period.handled == 0;
    m_message->setVisible(empty);
    m_message->setText(tr("No handled conversations in this period for this selection."));
    const QString granularity = TrendText::granularityName(scope().granularity);
    m_chart->setData(m_data.trend, m_data.comparison, m_data.plan, scope().granularity,
                     tr("CSAT % and AHT, %1 — %2").arg(granularity, m_scopeTitle), m_scopeTitle);
    m_chart->setEvents(m_data.events);
    m_quadrant->setData(m_data.agents, m_data.split, tr("CSAT against AHT by agent — %1").arg(m_scopeTitle));
    m_scorecard->setData(m_data, scope(), m_scopeTitle);
    m_notes->setNotes(m_data.notes);
    m_notesTitle->setText(tr("Peer-review notes (%1)").arg(QLocale().toString(m_data.notes.size())));
    m_chart->highlightDay({});
    showCards();
}

void DashboardPage::showBandCard(KpiCard *card, core::KpiId kpi, const QString &detail,
                                 const QString &tooltip)
{
    const core::KpiReading now = core::readKpi(m_data.period, kpi);
    const core::KpiAssessment &part = m_data.score.parts[static_cast<int>(kpi)];
    card->setValue(formatKpi(kpi, now.value), detail, tooltip,
                   now.value && kpi != core::KpiId::Aht && models::isSmallSample(now.n));
    const core::Movement moved = core::movement(kpi, now, core::readKpi(m_data.previous, kpi));
    card->setBand(now.value ? part.band : core::Band::None, movementText(moved));
}

void DashboardPage::showCards()
{
    const core::KpiValues &v = m_data.period;
    const QLocale locale;
    const core::WeightedScore before = core::weightedScore(m_data.previous, m_data.plan);
    m_scoreCard->setValue(
        m_data.score.score ? tr("%1 / 100").arg(formatScore(m_data.score.score)) : QStringLiteral("–"),
        tr("%1 handled").arg(locale.toString(v.handled)),
        tr("Weighted KPI score: each KPI's band earns points (far below %1, below %2, met %3, exceeded %4), "
           "weighted by the KPI plan (Settings → KPI plan). %5 % of the plan's weight has data. %6 of %7 "
           "offered conversations handled.")
            .arg(m_data.plan.bandPoints[0])
            .arg(m_data.plan.bandPoints[1])
            .arg(m_data.plan.bandPoints[2])
            .arg(m_data.plan.bandPoints[3])
            .arg(m_data.score.weightCovered)
            .arg(locale.toString(v.handled), locale.toString(v.offered)));
    const bool scoreMoved =
        m_data.score.score && before.score && std::abs(*m_data.score.score - *before.score) >= 0.5;
    m_scoreCard->setBand(core::Band::None, scoreMoved ? movementText(*m_data.score.score > *before.score
                                                                         ? core::Movement::Better
                                                                         : core::Movement::Worse)
                                                      : QString());
    showBandCard(m_csatCard, core::KpiId::Csat, tr("n = %1 responses").arg(locale.toString(v.csatPct.n)),
                 models::rateTooltip(models::csatDefinition(), v.csatPct));
    const QString ahtTooltip = models::ahtDefinition(v.ahtBasis) + QLatin1Char('\n') +
                               tr("Target %1.").arg(models::formatDuration(m_data.targets.ahtSeconds));
    showBandCard(m_ahtCard, core::KpiId::Aht, tr("n = %1").arg(locale.toString(v.ahtSeconds.n)), ahtTooltip);
    if (v.ahtSeconds.value)
        m_ahtCard->setValue(models::formatDuration(v.ahtSeconds.value) + models::ahtBasisSuffix(v.ahtBasis),
                            m_ahtCard->detailText(), ahtTooltip);
    showBandCard(m_fcrCard, core::KpiId::Fcr, tr("n = %1").arg(locale.toString(v.fcrPct.n)),
                 models::rateTooltip(models::fcrDefinition(), v.fcrPct));
    showBandCard(m_qaCard, core::KpiId::Qa, tr("%n evaluation(s)", nullptr, static_cast<int>(v.qaPct.n)),
                 models::qaDefinition());
    showBandCard(m_attendanceCard, core::KpiId::Attendance,
                 tr("%n shift(s)", nullptr, static_cast<int>(v.attendancePct.n)),
                 models::rateTooltip(models::attendanceDefinition(), v.attendancePct));
    showBandCard(m_salesCard, core::KpiId::Sales, tr("%1 sales").arg(locale.toString(v.salesCount)),
                 tr("Sales conversion: sales ÷ handled conversations (n = %1). Sales amount %2.")
                     .arg(locale.toString(v.conversionPct.n), models::formatMoney(v.salesCents)));
    m_quadrantCard->setValue(quadrantName(m_data.quadrant),
                             tr("targets CSAT %1, AHT %2")
                                 .arg(models::formatPercent(m_data.targets.csatPct, 0),
                                      models::formatDuration(m_data.targets.ahtSeconds)));
}

void DashboardPage::onNoteSelected()
{
    const QModelIndex current = m_notesView->currentIndex();
    m_chart->highlightDay(
        current.isValid() ? current.data(models::ReviewNoteModel::ConversationDayRole).toDate() : QDate());
}

bool DashboardPage::selectNote(qint64 noteId)
{
    for (int row = 0; row < m_notes->rowCount(); ++row) {
        const storage::ReviewNoteEntry *note = m_notes->noteAt(row);
        if (note && note->id == noteId) {
            const QModelIndex index = m_notes->index(row, models::ReviewNoteModel::Note);
            m_notesView->setCurrentIndex(index);
            m_notesView->scrollTo(index);
            return true;
        }
    }
    return false;
}

void DashboardPage::onEventActivated(const core::TimelineEvent &event)
{
    if (event.kind == core::TimelineEventKind::ReviewNote && selectNote(event.id))
        return;
    Q_EMIT timelineEventActivated(event);
}

QString DashboardPage::scopeName() const
{
    return m_scopeTitle;
}

void DashboardPage::drillCard(core::KpiId kpi)
{
    const core::KpiReading reading = core::readKpi(m_data.period, kpi);
    if (const auto drill = drillDownFor(scope(), scope().range, scope().agentId, scopeName(), kpi, reading.n))
        Q_EMIT drillDownRequested(*drill);
}

void DashboardPage::drillHandled()
{
    Q_EMIT drillDownRequested(drillDownFor(scope(), scope().range, scope().agentId, scopeName(),
                                           storage::ConversationSubset::Handled, m_data.period.handled));
}

// A double-clicked point of the trend: the handled conversations of that bucket (the tooltip's "handled").
void DashboardPage::drillBucket(const core::DateRange &range, qint64 agentId)
{
    const QList<models::TrendPoint> *trend = &m_data.trend;
    QString who = scopeName();
    std::optional<qint64> agent = scope().agentId;
    for (const models::AgentTrend &compared : m_data.comparison)
        if (agentId != 0 && compared.agentId == agentId) {
            trend = &compared.trend;
            who = compared.name;
            agent = agentId;
        }
    std::optional<qint64> n;
    for (const models::TrendPoint &point : *trend)
        if (point.start == range.from)
            n = point.values.handled;
    models::Scope compared = scope();
    if (agentId != 0)
        compared.teamId.reset(); // a compared agent's line follows the agent, whatever the team filter
    Q_EMIT drillDownRequested(
        drillDownFor(compared, range, agent, who, storage::ConversationSubset::Handled, n));
}

} // namespace huddle::ui
