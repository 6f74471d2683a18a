#include "sessionagreementspanel.h"

#include "models/actionitemmodel.h"
#include "rowtable.h"
#include "sessionwidgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

using namespace sessionwidgets;

namespace {

constexpr int DefaultDueDays = 7; // a new action is due in a week unless the follow-up comes sooner

// The due day picked from a calendar; an action without a due date starts from today.
class DueDateDelegate : public QStyledItemDelegate {
public:
    DueDateDelegate(const QDate *today, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_today(today)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return dateEdit(*m_today, QStringLiteral("dueDateEditor"), parent);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QDate due = index.data(Qt::EditRole).toDate();
        static_cast<QDateEdit *>(editor)->setDate(due.isValid() ? due : *m_today);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
    }

private:
    const QDate *m_today; // the panel's
};

QString phraseText(const storage::Phrase &phrase)
{
    return SessionAgreementsPanel::tr("“%1” → “%2”").arg(phrase.longer, phrase.shorter);
}

QString phraseTooltip(const storage::Phrase &phrase)
{
    QStringList lines;
    if (!phrase.situations.isEmpty())
        lines.append(
            SessionAgreementsPanel::tr("Situations: %1").arg(phrase.situations.join(QStringLiteral(", "))));
    lines.append(phrase.csatChecked
                     ? SessionAgreementsPanel::tr("Checked for CSAT impact: %1").arg(phrase.csatNote)
                     : SessionAgreementsPanel::tr("Not checked for CSAT impact yet"));
    if (phrase.retired)
        lines.append(SessionAgreementsPanel::tr("Retired from the library"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SessionAgreementsPanel::SessionAgreementsPanel(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_actions(new models::ActionItemModel(this))
{
    m_actions->setUndoStack(undo);
    QVBoxLayout *layout = flatColumn(this);
    layout->addWidget(createActions(), 3);
    layout->addWidget(createHomework(), 2);
    layout->addWidget(createDates());
    connect(m_actions, &models::ActionItemModel::edited, this, &SessionAgreementsPanel::edited);
}

QWidget *SessionAgreementsPanel::createActions()
{
    auto *box = new QWidget(this);
    m_view = makeRowTable(m_actions, QStringLiteral("sessionActions"), tr("Action items"), box,
                          models::ActionItemModel::Action);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Owner and due keep a readable width whatever the rows hold (sized to contents, they start empty).
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->setSectionResizeMode(models::ActionItemModel::Owner, QHeaderView::Interactive);
    header->resizeSection(models::ActionItemModel::Owner,
                          metrics.horizontalAdvance(QStringLiteral("M")) * 14);
    header->setSectionResizeMode(models::ActionItemModel::Due, QHeaderView::Interactive);
    header->resizeSection(models::ActionItemModel::Due,
                          metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setItemDelegateForColumn(models::ActionItemModel::Due, new DueDateDelegate(&m_today, m_view));
    m_add = namedButton(tr("Add a&ction"), QStringLiteral("addSessionAction"), box);
    m_remove = namedButton(tr("Remove action"), QStringLiteral("removeSessionAction"), box);
    QVBoxLayout *layout = flatColumn(box);
    layout->addLayout(headingRow(tr("Action items"), m_view, {m_add, m_remove}, box));
    layout->addWidget(m_view, 1);
    connect(m_add, &QPushButton::clicked, this, &SessionAgreementsPanel::addAction);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_actions->removeAction(m_view->currentIndex().row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SessionAgreementsPanel::updateButtons);
    return box;
}

QWidget *SessionAgreementsPanel::createHomework()
{
    auto *box = new QWidget(this);
    m_homework = new QListWidget(box);
    m_homework->setObjectName(QStringLiteral("sessionHomework"));
    m_homework->setAccessibleName(tr("Homework phrases"));
    m_homework->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        heading(tr("&Homework — tick the phrases to practise (longer → shorter)"), m_homework, box));
    layout->addWidget(m_homework, 1);
    connect(m_homework, &QListWidget::itemChanged, this, &SessionAgreementsPanel::edited);
    return box;
}

QWidget *SessionAgreementsPanel::createDates()
{
    auto *box = new QWidget(this);
    m_acknowledged = new QCheckBox(tr("Agent ac&knowledged on"), box);
    m_acknowledged->setObjectName(QStringLiteral("sessionAcknowledged"));
    m_acknowledgedDay = dateEdit({}, QStringLiteral("sessionAcknowledgedDay"), box);
    m_followUpOn = new QCheckBox(tr("&Follow up on"), box);
    m_followUpOn->setObjectName(QStringLiteral("sessionFollowUpOn"));
    m_followUp = dateEdit({}, QStringLiteral("sessionFollowUp"), box);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_acknowledged, 0, 0);
    layout->addWidget(m_acknowledgedDay, 0, 1);
    layout->addWidget(m_followUpOn, 0, 2);
    layout->addWidget(m_followUp, 0, 3);
    layout->setColumnStretch(4, 1);
    connect(m_acknowledged, &QCheckBox::toggled, m_acknowledgedDay, &QWidget::setEnabled);
    connect(m_followUpOn, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    for (QCheckBox *box : {m_acknowledged, m_followUpOn})
        connect(box, &QCheckBox::toggled, this, &SessionAgreementsPanel::edited);
    for (QDateEdit *edit : {m_acknowledgedDay, m_followUp})
        connect(edit, &QDateEdit::dateChanged, this, &SessionAgreementsPanel::edited);
    return box;
}

void SessionAgreementsPanel::setSession(const storage::CoachingSession &session,
                                        const QList<storage::Phrase> &phrases, QDate today)
{
    const QSignalBlocker blockHomework(m_homework);
    const QSignalBlocker blockAcknowledged(m_acknowledged);
    const QSignalBlocker blockAcknowledgedDay(m_acknowledgedDay);
    const QSignalBlocker blockFollowUpOn(m_followUpOn);
    const QSignalBlocker blockFollowUp(m_followUp);
    m_agentName = session.agentName;
    m_sessionDay = session.day;
    m_today = today;
    m_actions->setActions(session.actions, today);
    m_phrases = phrases;
    m_homework->clear();
    for (const storage::Phrase &phrase : phrases) {
        auto *item = new QListWidgetItem(phraseText(phrase), m_homework);
        item->setData(Qt::UserRole, phrase.id);
        item->setToolTip(phraseTooltip(phrase));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(session.homework.contains(phrase.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_acknowledged->setChecked(session.acknowledged());
    m_acknowledgedDay->setDate(session.acknowledged() ? session.acknowledgedDay : today);
    m_acknowledgedDay->setEnabled(session.acknowledged());
    m_followUpOn->setChecked(session.followUp.isValid());
    m_followUp->setDate(session.followUp.isValid() ? session.followUp : session.day.addDays(14));
    m_followUp->setEnabled(session.followUp.isValid());
    updateButtons();
}

void SessionAgreementsPanel::setClosed(bool closed)
{
    m_closed = closed;
    m_actions->setClosed(closed);
    m_homework->setEnabled(!closed);
    updateButtons();
}

void SessionAgreementsPanel::apply(storage::CoachingSession &session) const
{
    session.actions = m_actions->actions();
    session.homework.clear();
    for (int row = 0; row < m_homework->count(); ++row)
        if (m_homework->item(row)->checkState() == Qt::Checked)
            session.homework.append(m_homework->item(row)->data(Qt::UserRole).toLongLong());
    std::sort(session.homework.begin(), session.homework.end()); // a set: storage gives it ascending
    session.acknowledgedDay = m_acknowledged->isChecked() ? m_acknowledgedDay->date() : QDate();
    session.followUp = m_followUpOn->isChecked() ? m_followUp->date() : QDate();
}

QList<storage::Phrase> SessionAgreementsPanel::homework() const
{
    QList<storage::Phrase> chosen;
    for (int row = 0; row < m_homework->count(); ++row)
        if (m_homework->item(row)->checkState() == Qt::Checked)
            chosen.append(m_phrases.value(row));
    return chosen;
}

// A new action is owned by the agent and due in a week (or at the follow-up, if sooner); its text is typed
// straight into the table.
void SessionAgreementsPanel::addAction()
{
    QDate due = m_sessionDay.addDays(DefaultDueDays);
    if (m_followUpOn->isChecked() && m_followUp->date() < due)
        due = m_followUp->date();
    const int row = m_actions->addAction(tr("New action"), m_agentName, due);
    if (row < 0)
        return;
    const QModelIndex text = m_actions->index(row, models::ActionItemModel::Action);
    m_view->setCurrentIndex(text);
    m_view->setFocus();
    m_view->edit(text);
}

void SessionAgreementsPanel::updateButtons()
{
    m_add->setEnabled(!m_closed);
    m_remove->setEnabled(!m_closed && m_view->currentIndex().isValid());
}

} // namespace huddle::ui
