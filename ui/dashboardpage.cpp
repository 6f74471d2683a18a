#include "dashboardpage.h"

#include "csatahtchart.h"
#include "kpicard.h"
#include "models/kpiformat.h"
#include "models/reviewnotemodel.h"
#include "reviewnotedelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QString quadrantText(core::Quadrant quadrant)
{
    switch (quadrant) {
    case core::Quadrant::FastSatisfied:
        return DashboardPage::tr("Fast & satisfied");
    case core::Quadrant::SlowSatisfied:
        return DashboardPage::tr("Slow & satisfied");
    case core::Quadrant::FastUnsatisfied:
        return DashboardPage::tr("Fast & unsatisfied");
    case core::Quadrant::SlowUnsatisfied:
        return DashboardPage::tr("Slow & unsatisfied");
    case core::Quadrant::Unknown:
        break;
    }
    return QStringLiteral("–");
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_chart(new CsatAhtChart(this))
    , m_notes(new models::ReviewNoteModel(this))
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->hide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(createNotesPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Proportions, not pixels: the notes list's size hint follows its own width and would otherwise win.
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(busyIndicator());
    layout->addWidget(createCards());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
}

QWidget *DashboardPage::createCards()
{
    auto *cards = new QWidget(this);
    auto *layout = new QHBoxLayout(cards);
    layout->setContentsMargins(0, 0, 0, 0);
    m_csatCard = new KpiCard(tr("CSAT"), cards);
    m_ahtCard = new KpiCard(tr("Average handle time"), cards);
    m_fcrCard = new KpiCard(tr("First-contact resolution"), cards);
    m_handledCard = new KpiCard(tr("Handled"), cards);
    m_qaCard = new KpiCard(tr("QA score"), cards);
    m_quadrantCard = new KpiCard(tr("CSAT vs AHT"), cards);
    for (KpiCard *card : {m_csatCard, m_ahtCard, m_fcrCard, m_handledCard, m_qaCard})
        layout->addWidget(card, 2);
    layout->addWidget(m_quadrantCard, 3);
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
        m_chart->setData({}, m_data.targets, m_scopeTitle);
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
    const QString granularity = scope().granularity == core::Granularity::Week ? tr("weekly") : tr("daily");
    m_chart->setData(m_data.trend, m_data.targets,
                     tr("CSAT % and AHT, %1 — %2").arg(granularity, m_scopeTitle));
    m_notes->setNotes(m_data.notes);
    m_notesTitle->setText(tr("Peer-review notes (%1)").arg(QLocale().toString(m_data.notes.size())));
    m_chart->highlightDay({});
    showCards();
}

void DashboardPage::showCards()
{
    const core::KpiValues &v = m_data.period;
    const QLocale locale;
    m_csatCard->setValue(
        models::formatPercent(v.csatPct.value), tr("n = %1 responses").arg(locale.toString(v.csatPct.n)),
        models::rateTooltip(models::csatDefinition(), v.csatPct), models::isSmallSample(v.csatPct.n));
    m_ahtCard->setValue(models::formatDuration(v.ahtSeconds.value) + models::ahtBasisSuffix(v.ahtBasis),
                        tr("target %1").arg(models::formatDuration(m_data.targets.ahtSeconds)),
                        models::ahtDefinition(v.ahtBasis));
    m_fcrCard->setValue(models::formatPercent(v.fcrPct.value), tr("n = %1").arg(locale.toString(v.fcrPct.n)),
                        models::rateTooltip(models::fcrDefinition(), v.fcrPct),
                        models::isSmallSample(v.fcrPct.n));
    m_handledCard->setValue(locale.toString(v.handled), tr("of %1 offered").arg(locale.toString(v.offered)));
    m_qaCard->setValue(models::formatPercent(v.qaPct.value),
                       tr("%n evaluation(s)", nullptr, static_cast<int>(v.qaPct.n)), models::qaDefinition());
    m_quadrantCard->setValue(quadrantText(m_data.quadrant),
                             tr("targets: CSAT %1, AHT %2")
                                 .arg(models::formatPercent(m_data.targets.csatPct, 0),
                                      models::formatDuration(m_data.targets.ahtSeconds)));
}

void DashboardPage::onNoteSelected()
{
    const QModelIndex current = m_notesView->currentIndex();
    m_chart->highlightDay(
        current.isValid() ? current.data(models::ReviewNoteModel::ConversationDayRole).toDate() : QDate());
}

} // namespace huddle::ui
