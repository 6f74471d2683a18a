#include "queueview.h"

#include "models/qaqueuemodel.h"
#include "models/sitetimezone.h"
#include "qadialogs.h"
#include "qatableview.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace huddle::ui {

QueueView::QueueView(QWidget *parent)
    : QaTab(parent)
    , m_model(new models::QaQueueModel(this))
    , m_source(new QComboBox(this))
    , m_sample(new QSpinBox(this))
    , m_filter(new QLineEdit(this))
    , m_evaluate(new QPushButton(tr("&Evaluate…"), this))
    , m_view(new QaTableView(m_model, models::QaQueueModel::SortRole, this))
    , m_count(new QLabel(this))
{
    m_source->setObjectName(QStringLiteral("queueSource"));
    m_source->setAccessibleName(tr("Queue source"));
    fillSources();
    m_sample->setObjectName(QStringLiteral("samplePerAgentWeek"));
    m_sample->setRange(1, 50);
    m_sample->setAccessibleName(tr("Conversations sampled per agent per week"));
    m_sample->setToolTip(tr("How many conversations of each agent the weekly sample picks; conversations "
                            "already evaluated count towards it"));
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(tr("Filter by agent, channel or conversation"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the queue"));
    m_evaluate->setObjectName(QStringLiteral("evaluateConversation"));
    m_evaluate->setToolTip(tr("Open the evaluation form for the selected conversation (Enter)"));
    m_view->setObjectName(QStringLiteral("queueTable"));
    m_view->setAccessibleName(tr("Evaluation queue"));
    m_count->setWordWrap(true);

    layOut();

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_sample->setEnabled(m_database && currentSource() == storage::QueueSource::WeeklySample);
        reloadQueue();
    });
    connect(m_sample, &QSpinBox::valueChanged, this, &QueueView::saveSampleSize);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->proxy()->setFilterFixedString(text.trimmed());
        m_view->selectSourceRowOrFirst(m_view->currentSourceRow());
        updateCount();
    });
    connect(m_view, &QaTableView::rowActivated, this, &QueueView::evaluateSelected);
    connect(m_evaluate, &QPushButton::clicked, this, &QueueView::evaluateSelected);
    connect(m_view, &QaTableView::currentSourceRowChanged, this,
            [this](int row) { m_evaluate->setEnabled(m_database && row >= 0 && signedIn().evaluates()); });
    m_evaluate->setEnabled(false);
    m_sample->setEnabled(false);
}

void QueueView::fillSources()
{
    const QList<std::tuple<QString, storage::QueueSource, QString>> sources{
        {tr("Weekly sample"), storage::QueueSource::WeeklySample,
         tr("A random sample of each agent's conversations, the same every time")},
        {tr("Low CSAT"), storage::QueueSource::LowCsat,
         tr("A survey answer in the bottom half of its scale")},
        {tr("Long handle time"), storage::QueueSource::LongHandle,
         tr("Handle time above the 90th percentile of the scope")},
        {tr("Sale"), storage::QueueSource::Sale, tr("A sale was recorded on the conversation")}};
    for (const auto &[name, source, explanation] : sources) {
        m_source->addItem(name, static_cast<int>(source));
        m_source->setItemData(m_source->count() - 1, explanation, Qt::ToolTipRole);
    }
}

void QueueView::layOut()
{
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    auto *sampleLabel = new QLabel(tr("Sample &per agent per week:"), this);
    sampleLabel->setBuddy(m_sample);
    auto *top = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{sourceLabel, m_source, sampleLabel, m_sample})
        top->addWidget(widget);
    top->addWidget(m_filter, 1);
    top->addWidget(m_evaluate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

storage::QueueSource QueueView::currentSource() const
{
    return static_cast<storage::QueueSource>(m_source->currentData().toInt());
}

void QueueView::reload(const storage::Database *database, const models::Scope &scope)
{
    m_database = database;
    m_scope = scope;
    readSampleSize();
    reloadQueue();
}

void QueueView::readSampleSize()
{
    const QSignalBlocker blocker(m_sample);
    m_sample->setEnabled(false);
    if (!m_database)
        return;
    const auto perWeek = storage::QaQueueRepository(*m_database).samplePerAgentWeek();
    m_sample->setValue(perWeek ? perWeek.value() : 2);
    m_sample->setEnabled(currentSource() == storage::QueueSource::WeeklySample);
}

void QueueView::saveSampleSize(int perWeek)
{
    if (!m_database)
        return;
    if (const core::Status saved = storage::QaQueueRepository(*m_database).setSamplePerAgentWeek(perWeek);
        !saved) {
        m_failure = tr("Could not save the sample size: %1").arg(saved.error().toString());
        updateCount();
        return;
    }
    reloadQueue();
}

// The weekly sample reads every handled conversation of the weeks in scope, which takes a while on a large
// site: the queue is read on a worker thread with a connection of its own, and a newer read supersedes an
// older one whose result is dropped.
void QueueView::reloadQueue()
{
    const int generation = ++m_generation;
    if (!m_database || !m_scope.range.isValid()) {
        m_loading = false;
        showEntries(QList<storage::QueueEntry>());
        return;
    }
    m_loading = true;
    updateCount();
    using Outcome = std::optional<core::Result<QList<storage::QueueEntry>>>; // QFuture wants a default
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        showEntries(*watcher->result());
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_database->path(), scope = m_scope, source = currentSource()]() -> Outcome {
            const auto database = storage::Database::open(path, storage::OpenMode::MustExist);
            if (!database)
                return core::Result<QList<storage::QueueEntry>>(database.error());
            return storage::QaQueueRepository(*database.value())
                .queue(scope.range, scope.teamId, scope.agentId, source, Limit);
        }));
}

void QueueView::showEntries(const core::Result<QList<storage::QueueEntry>> &queued)
{
    const storage::QueueEntry *selected = m_model->entryAt(m_view->currentSourceRow());
    const qint64 selectedId = selected ? selected->conversationId : 0;
    const int previousRow = m_view->currentIndex().row();
    m_failure = queued ? QString() : tr("Could not load the queue: %1").arg(queued.error().toString());
    m_model->setEntries(queued ? queued.value() : QList<storage::QueueEntry>(),
                        m_database ? models::siteTimeZone(*m_database) : QTimeZone::utc());
    m_view->resizeColumnsToContents();
    // The evaluated row is gone: stay where it was, on the next conversation down the list.
    const int row = m_model->rowOf(selectedId);
    if (row >= 0)
        m_view->selectSourceRow(row);
    else if (m_view->proxy()->rowCount() > 0)
        m_view->setCurrentIndex(
            m_view->proxy()->index(std::clamp(previousRow, 0, m_view->proxy()->rowCount() - 1), 0));
    else
        m_view->selectSourceRowOrFirst(-1);
    updateCount();
}

void QueueView::updateCount()
{
    if (!m_database)
        m_count->clear();
    else if (!m_failure.isEmpty())
        m_count->setText(m_failure);
    else
        m_count->setText(m_loading && m_model->rowCount() == 0 ? tr("Reading the queue…") : countText());
}

QString QueueView::countText() const
{
    const QLocale locale;
    const int shown = m_view->proxy()->rowCount();
    const int queued = m_model->rowCount();
    if (queued == 0)
        return emptyText();
    QString text = shown == queued
                       ? tr("%n conversation(s) waiting for a QA evaluation", nullptr, queued)
                       : tr("%1 of %n conversation(s) shown", nullptr, queued).arg(locale.toString(shown));
    if (queued >= Limit)
        text += tr(" — the newest %1; narrow the period or pick a team to see the rest")
                    .arg(locale.toString(Limit));
    return text + tr(". Enter opens the evaluation form.");
}

QString QueueView::emptyText() const
{
    switch (currentSource()) {
    case storage::QueueSource::WeeklySample:
        return tr("Nothing waiting: every conversation of this period's weekly sample has a QA evaluation.");
    case storage::QueueSource::LowCsat:
        return tr("Nothing waiting: no conversation of this period with a low survey answer lacks a QA "
                  "evaluation.");
    case storage::QueueSource::LongHandle:
        return tr("Nothing waiting: no conversation of this period with a long handle time lacks a QA "
                  "evaluation.");
    case storage::QueueSource::Sale:
        break;
    }
    return tr("Nothing waiting: no conversation of this period with a sale lacks a QA evaluation.");
}

QWidget *QueueView::evaluateSelected()
{
    const storage::QueueEntry *entry = m_model->entryAt(m_view->currentSourceRow());
    if (!m_database || !entry || !signedIn().evaluates())
        return nullptr;
    EvaluationRequest request;
    request.conversationId = entry->conversationId;
    EvaluationDialog *dialog = openEvaluationDialog(*m_database, request, this);
    connect(dialog, &EvaluationDialog::evaluationSaved, this, [this] {
        reloadQueue(); // any QA evaluation, a draft too, takes the conversation off the queue
        Q_EMIT qaDataChanged();
    });
    return dialog;
}

} // namespace huddle::ui
