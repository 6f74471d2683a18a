#include "sessionagendapanel.h"

#include "models/agendamodel.h"
#include "rowtable.h"
#include "sessionwidgets.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

using namespace sessionwidgets;

namespace {

bool isUndoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo);
}

bool isRedoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Redo) ||
           key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

SessionAgendaPanel::SessionAgendaPanel(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_agenda(new models::AgendaModel(this))
    , m_withConversation(new QSortFilterProxyModel(this))
{
    m_agenda->setUndoStack(undo);
    m_withConversation->setSourceModel(m_agenda);
    m_withConversation->setFilterRole(models::AgendaModel::ConversationIdRole);
    m_withConversation->setFilterKeyColumn(models::AgendaModel::Item);
    m_withConversation->setFilterRegularExpression(QStringLiteral("^[1-9]")); // a conversation id, not 0

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_notes->setAccessibleName(tr("What was agreed"));
    m_notes->setPlaceholderText(tr("What did you agree on? This goes on the agent's summary."));
    auto *notesBox = new QWidget(this);
    QVBoxLayout *notesLayout = flatColumn(notesBox);
    notesLayout->addWidget(heading(tr("What was &agreed"), m_notes, notesBox));
    notesLayout->addWidget(m_notes);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createAgenda());
    splitter->addWidget(createConversations());
    splitter->addWidget(notesBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    flatColumn(this)->addWidget(splitter);

    connect(m_agenda, &models::AgendaModel::edited, this, &SessionAgendaPanel::edited);
    connect(m_agenda, &QAbstractItemModel::dataChanged, this, &SessionAgendaPanel::showCurrentNotes);
    connect(m_agenda, &QAbstractItemModel::modelReset, this, &SessionAgendaPanel::showCurrentNotes);
    connect(m_agenda, &QAbstractItemModel::rowsRemoved, this, &SessionAgendaPanel::showCurrentNotes);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionAgendaPanel::showCurrentNotes);
    connect(m_itemNotes, &QPlainTextEdit::textChanged, this, &SessionAgendaPanel::writeCurrentNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SessionAgendaPanel::edited);
    showCurrentNotes();
}

QWidget *SessionAgendaPanel::createAgenda()
{
    auto *box = new QWidget(this);
    m_view =
        makeRowTable(m_agenda, QStringLiteral("sessionAgenda"), tr("Agenda"), box, models::AgendaModel::Item);
    m_view->hideColumn(models::AgendaModel::Notes); // written in the editor below, read in its tooltip
    m_view->setWordWrap(true);
    m_itemNotes = new QPlainTextEdit(box);
    m_itemNotes->setObjectName(QStringLiteral("agendaItemNotes"));
    m_itemNotes->setAccessibleName(tr("Notes on the selected agenda item"));
    m_itemNotes->setMaximumHeight(110);
    m_itemNotes->installEventFilter(this);
    m_itemNotesLabel = heading(tr("&Notes on the selected item"), m_itemNotes, box);
    m_add = namedButton(tr("Add &item…"), QStringLiteral("addSessionItem"), box);
    m_remove = namedButton(tr("&Remove item"), QStringLiteral("removeSessionItem"), box);
    QVBoxLayout *layout = flatColumn(box);
    layout->addLayout(headingRow(tr("Agenda"), m_view, {m_add, m_remove}, box));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_itemNotesLabel);
    layout->addWidget(m_itemNotes);
    connect(m_add, &QPushButton::clicked, this, &SessionAgendaPanel::addItem);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_agenda->removeItem(currentRow()); });
    return box;
}

QWidget *SessionAgendaPanel::createConversations()
{
    auto *box = new QWidget(this);
    m_conversations = makeRowTable(m_withConversation, QStringLiteral("sessionConversations"),
                                   tr("Conversations on the agenda"), box, models::AgendaModel::Item);
    m_conversations->hideColumn(models::AgendaModel::Notes);
    m_open = namedButton(tr("&Open conversation"), QStringLiteral("openSessionConversation"), box);
    QVBoxLayout *layout = flatColumn(box);
    layout->addLayout(headingRow(tr("Conversations discussed"), m_conversations, {m_open}, box));
    layout->addWidget(m_conversations, 1);
    connect(m_open, &QPushButton::clicked, this, &SessionAgendaPanel::openConversation);
    connect(m_conversations, &QAbstractItemView::activated, this, &SessionAgendaPanel::openConversation);
    connect(m_conversations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionAgendaPanel::updateButtons);
    return box;
}

void SessionAgendaPanel::setSession(const storage::CoachingSession &session)
{
    const int row = currentRow();
    m_agenda->setItems(session.agenda);
    if (m_agenda->rowCount() > 0)
        m_view->setCurrentIndex(m_agenda->index(std::clamp(row, 0, m_agenda->rowCount() - 1), 0));
    const QSignalBlocker blocker(m_notes);
    m_notes->setPlainText(session.notes);
    showCurrentNotes();
}

void SessionAgendaPanel::setClosed(bool closed)
{
    m_closed = closed;
    m_agenda->setReadOnly(closed);
    m_notes->setReadOnly(closed);
    showCurrentNotes();
}

QList<storage::CoachingAgendaItem> SessionAgendaPanel::items() const
{
    return m_agenda->items();
}

QString SessionAgendaPanel::notes() const
{
    return m_notes->toPlainText();
}

int SessionAgendaPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

// The editor follows the current item, and the model when undo changes that item's notes under it.
void SessionAgendaPanel::showCurrentNotes()
{
    const int row = currentRow();
    const QString notes = row >= 0 ? m_agenda->items().value(row).notes : QString();
    if (m_itemNotes->toPlainText() != notes) {
        m_syncing = true;
        m_itemNotes->setPlainText(notes);
        m_itemNotes->moveCursor(QTextCursor::End);
        m_syncing = false;
    }
    m_itemNotes->setReadOnly(m_closed || row < 0);
    m_itemNotes->setPlaceholderText(row < 0 ? tr("Select an agenda item to write about it.")
                                            : tr("What was said about this item"));
    updateButtons();
}

void SessionAgendaPanel::writeCurrentNotes()
{
    const int row = currentRow();
    if (m_syncing || row < 0 || m_closed)
        return;
    m_agenda->setData(m_agenda->index(row, models::AgendaModel::Notes), m_itemNotes->toPlainText());
}

void SessionAgendaPanel::addItem()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("Add agenda item"), tr("Topic:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || title.isEmpty())
        return;
    m_agenda->addCustom(title);
    m_view->setCurrentIndex(m_agenda->index(m_agenda->rowCount() - 1, models::AgendaModel::Item));
    m_itemNotes->setFocus();
}

void SessionAgendaPanel::openConversation()
{
    const QModelIndex current = m_conversations->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(models::AgendaModel::Item)
                          .data(models::AgendaModel::ConversationIdRole)
                          .toLongLong();
    if (id > 0)
        Q_EMIT conversationRequested(id);
}

void SessionAgendaPanel::updateButtons()
{
    m_add->setEnabled(!m_closed);
    m_remove->setEnabled(!m_closed && currentRow() >= 0);
    m_open->setEnabled(m_conversations->currentIndex().isValid());
}

// In the item notes editor, Ctrl+Z and Ctrl+Shift+Z walk the session's history (the notes are part of it)
// instead of the editor's own, which would not know about ticks and added items.
bool SessionAgendaPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_itemNotes &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = isUndoKey(key);
        const bool redo = !undo && isRedoKey(key);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undo ? m_undo->undo() : m_undo->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace huddle::ui
