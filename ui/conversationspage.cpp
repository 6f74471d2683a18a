#include "conversationspage.h"

#include "conversationdetail.h"
#include "models/conversationtablemodel.h"
#include "storage/directoryrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace huddle::ui {

ConversationsPage::ConversationsPage(QWidget *parent)
    : Page(parent)
    , m_model(new models::ConversationTableModel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search conversation or customer id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    // Wait for a pause in typing: each search is a query over possibly millions of rows.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ConversationsPage::refresh);
    auto *find = new QShortcut(QKeySequence::Find, this);
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
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
}

void ConversationsPage::refresh()
{
    if (!database())
        return;
    const storage::DirectoryRepository directory(*database());
    m_model->setTimeZone(
        QTimeZone(directory.setting(QStringLiteral("site_time_zone"), QStringLiteral("UTC")).toUtf8()));
    const storage::ConversationFilter filter{scope().range, scope().teamId, scope().agentId,
                                             m_search->text().trimmed()};
    const core::Status loaded =
        m_model->setSource(std::make_shared<storage::ConversationRepository>(*database()), filter);
    if (!loaded) {
        m_count->setText(tr("Could not load conversations: %1").arg(loaded.error().toString()));
        return;
    }
    m_count->setText(tr("%1 conversations").arg(QLocale().toString(m_model->totalCount())));
    m_view->resizeColumnsToContents();
    m_detail->clear();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ConversationsPage::release()
{
    m_model->setSource(nullptr, {});
    m_detail->clear();
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
                                             m_model->timeZone()));
}

} // namespace huddle::ui
