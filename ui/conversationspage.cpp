#include "conversationspage.h"

#include "conversationdetail.h"
#include "models/conversationtablemodel.h"
#include "models/sitetimezone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace huddle::ui {

ConversationsPage::ConversationsPage(QWidget *parent)
    : Page(parent)
    , m_model(new models::ConversationTableModel(this))
    , m_search(new QLineEdit(this))
    , m_searchRow(new QHBoxLayout)
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_count(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
{
    m_bannerText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show the &whole scope"), m_banner);
    showAll->setAccessibleName(tr("Leave the drill-down and show every conversation of the scope"));
    connect(showAll, &QPushButton::clicked, this, &ConversationsPage::clearDrillDown);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(showAll);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_search->setPlaceholderText(tr("Search conversation or customer id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    // Wait for a pause in typing: each search is a query over possibly millions of rows.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ConversationsPage::refresh);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the conversations"));
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });

    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(models::ConversationTableModel::Started,
                                                 Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Conversations"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationsPage::showDetail);
    connect(m_model, &models::ConversationTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Could not load conversations: %1").arg(message));
    });
    m_detail->setMinimumWidth(300);
    m_detail->setAccessibleName(tr("Conversation details"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_searchRow->addWidget(m_search, 1);
    layout->addLayout(m_searchRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
}

std::optional<qint64> ConversationsPage::selectedHandledConversation() const
{
    const storage::ConversationRow *row = m_model->rowAt(m_view->currentIndex().row());
    return row && row->answered && !row->agentName.isEmpty() ? std::optional<qint64>(row->id) : std::nullopt;
}

void ConversationsPage::addConversationActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_searchRow->addWidget(button);
    }
    m_view->addActions(actions);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ConversationsPage::refresh()
{
    if (!database())
        return;
    m_model->setTimeZone(models::siteTimeZone(*database()));
    const storage::ConversationFilter filter = currentFilter();
    const core::Status loaded =
        m_model->setSource(std::make_shared<storage::ConversationRepository>(*database()), filter);
    if (!loaded) {
        m_count->setText(tr("Could not load conversations: %1").arg(loaded.error().toString()));
        return;
    }
    m_count->setText(tr("%1 conversations").arg(QLocale().toString(m_model->totalCount())));
    updateBanner();
    m_view->resizeColumnsToContents();
    m_detail->clear();
    if (m_drill && m_drill->selectConversation > 0)
        selectConversation(m_drill->selectConversation);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

storage::ConversationFilter ConversationsPage::currentFilter()
{
    if (m_drill && !(scope() == m_drillScope))
        m_drill.reset(); // the user picked another scope: the figure the drill-down came from is gone
    storage::ConversationFilter filter{scope().range, scope().teamId, scope().agentId, {}, {}};
    if (m_drill)
        filter = m_drill->filter;
    filter.search = m_search->text().trimmed();
    return filter;
}

void ConversationsPage::showDrillDown(const DrillDown &drill)
{
    // The search box shows the drill-down's own search (a conversation's id) and nothing left over from
    // before, so the count listed is the figure's n.
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(drill.filter.search);
    }
    m_searchDelay->stop();
    m_drill = drill;
    m_drillScope = scope();
    setScope(scope()); // reloads now if visible, else when shown
}

void ConversationsPage::clearDrillDown()
{
    m_drill.reset();
    updateBanner();
    setScope(scope());
}

void ConversationsPage::updateBanner()
{
    m_banner->setVisible(m_drill.has_value());
    if (!m_drill)
        return;
    const QLocale locale;
    QString text = tr("<b>Drill-down:</b> %1 — %2 listed")
                       .arg(m_drill->description.toHtmlEscaped(), locale.toString(m_model->totalCount()));
    if (m_drill->n)
        text += tr(" (the figure's n = %1)").arg(locale.toString(*m_drill->n));
    if (m_search->text().trimmed() != m_drill->filter.search)
        text += tr("; narrowed further by the search");
    m_bannerText->setText(text);
}

void ConversationsPage::selectConversation(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const storage::ConversationRow *entry = m_model->rowAt(row); entry && entry->id == id) {
            m_view->selectRow(row);
            return;
        }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ConversationsPage::release()
{
    m_model->setSource(nullptr, {});
    m_detail->clear();
}

// The conversation's QA evaluations and peer reviews: those of its day, narrowed to it.
QList<storage::EvaluationListEntry>
ConversationsPage::evaluationsOf(const storage::ConversationRow &row) const
{
    storage::EvaluationFilter filter;
    filter.range = {row.day, row.day};
    const auto listed = storage::EvaluationRepository(*database()).list(filter);
    QList<storage::EvaluationListEntry> evaluations;
    if (listed)
        for (const storage::EvaluationListEntry &entry : listed.value())
            if (entry.conversationId == row.id)
                evaluations.append(entry);
    return evaluations;
}

void ConversationsPage::showDetail()
{
    const storage::ConversationRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !database()) {
        m_detail->clear();
        return;
    }
    auto notes = storage::ReviewNoteRepository(*database()).notesForConversation(row->id);
    m_detail->setHtml(conversationDetailHtml(*row, notes ? notes.value() : QList<storage::ReviewNoteEntry>{},
                                             evaluationsOf(*row), m_model->timeZone()));
}

} // namespace huddle::ui
