#include "plansessiondialog.h"

#include "currentuser.h"
#include "models/kpitext.h"
#include "models/proposedagendamodel.h"
#include "models/sitetimezone.h"
#include "sessionwidgets.h"
#include "storage/agendasource.h"
#include "storage/coachingrepository.h"
#include "storage/directoryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QConcatenateTablesProxyModel>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

constexpr int FollowUpDays = 14; // the default gap to the follow-up: two weeks, as team leaders coach

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

// The dialog's widgets and models; a QObject child of the dialog, so it goes with it.
struct PlanSessionDialog::Private : QObject {
    Private(const storage::Database &database, PlanSessionDialog *dialog);

    QWidget *createFields(qint64 agentId, QDate day);
    QWidget *createAgenda();
    QWidget *createFocus();
    void fillAgents(QDate day, qint64 agentId);
    qint64 currentAgent() const;
    void dayChanged(QDate day);
    void regenerate();
    void addItem();
    void setFocusKpis(const QList<core::KpiId> &focus);
    QList<core::KpiId> focusKpis() const;
    void updateState();
    QList<storage::CoachingAgendaItem> chosenAgenda() const;
    void plan();

    const storage::Database *database;
    PlanSessionDialog *dialog;
    QComboBox *agent = nullptr;
    QDateEdit *day = nullptr;
    QCheckBox *followUpOn = nullptr;
    QDateEdit *followUp = nullptr;
    bool followUpTouched = false;
    models::ProposedAgendaModel *proposal;
    QStandardItemModel *custom;
    QLabel *agendaNote = nullptr;
    QListWidget *focus = nullptr;
    bool focusTouched = false;
    bool settingFocus = false;
    QLabel *focusHint = nullptr;
    QPushButton *planButton = nullptr;
};

PlanSessionDialog::Private::Private(const storage::Database &database, PlanSessionDialog *dialog)
    : QObject(dialog)
    , database(&database)
    , dialog(dialog)
    , proposal(new models::ProposedAgendaModel(this))
    , custom(new QStandardItemModel(0, 1, this))
{
}

PlanSessionDialog::PlanSessionDialog(const storage::Database &database, qint64 agentId, QDate day,
                                     QWidget *parent)
    : QDialog(parent)
    , d(new Private(database, this))
{
    setWindowTitle(tr("Plan a coaching session"));
    const QDate sessionDay =
        day.isValid() ? day
                      : QDateTime::currentDateTimeUtc().toTimeZone(models::siteTimeZone(database)).date();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    d->planButton = buttons->addButton(tr("&Plan"), QDialogButtonBox::AcceptRole);
    d->planButton->setObjectName(QStringLiteral("planSession"));
    d->planButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, d, &Private::plan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(d->createAgenda(), 3);
    body->addWidget(d->createFocus(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->createFields(agentId, sessionDay));
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    d->regenerate();
}

QWidget *PlanSessionDialog::Private::createFields(qint64 agentId, QDate sessionDay)
{
    auto *box = new QWidget(dialog);
    agent = new QComboBox(box);
    agent->setObjectName(QStringLiteral("sessionAgent"));
    // Searchable: typing any part of a name narrows the list.
    agent->setEditable(true);
    agent->setInsertPolicy(QComboBox::NoInsert);
    agent->completer()->setFilterMode(Qt::MatchContains);
    agent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    agent->lineEdit()->setPlaceholderText(PlanSessionDialog::tr("Type to search agents"));
    fillAgents(sessionDay, agentId);
    day = sessionwidgets::dateEdit(sessionDay, QStringLiteral("sessionDay"), box);
    followUpOn = new QCheckBox(PlanSessionDialog::tr("F&ollow up on"), box);
    followUpOn->setChecked(true);
    followUp = sessionwidgets::dateEdit(sessionDay.addDays(FollowUpDays), QStringLiteral("followUpDay"), box);
    followUp->setMinimumDate(sessionDay);
    auto *coach = new QLabel(currentUserName(), box);
    coach->setObjectName(QStringLiteral("sessionCoach"));
    coach->setTextFormat(Qt::PlainText); // a name, never markup

    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(PlanSessionDialog::tr("&Agent:"), agent);
    form->addRow(PlanSessionDialog::tr("Session &day:"), day);
    form->addRow(PlanSessionDialog::tr("Coach:"), coach);
    form->addRow(followUpOn, followUp);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    agent->setMinimumWidth(360);

    connect(agent, &QComboBox::currentIndexChanged, this, [this] { regenerate(); });
    connect(day, &QDateEdit::dateChanged, this, &Private::dayChanged);
    connect(followUpOn, &QCheckBox::toggled, followUp, &QWidget::setEnabled);
    connect(followUp, &QDateEdit::dateChanged, this, [this] { followUpTouched = true; });
    return box;
}

QWidget *PlanSessionDialog::Private::createAgenda()
{
    auto *group = new QGroupBox(
        PlanSessionDialog::tr("Agenda — proposed from the data; untick what to leave out"), dialog);
    auto *both = new QConcatenateTablesProxyModel(this);
    both->addSourceModel(proposal);
    both->addSourceModel(custom);
    auto *list = new QListView(group);
    list->setObjectName(QStringLiteral("proposedAgenda"));
    list->setModel(both);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setAccessibleName(PlanSessionDialog::tr("Agenda"));
    agendaNote = hintLabel(QStringLiteral("agendaNote"), group);
    auto *add = new QPushButton(PlanSessionDialog::tr("Add &item…"), group);
    add->setObjectName(QStringLiteral("addAgendaItem"));
    add->setToolTip(PlanSessionDialog::tr("Add a topic of your own to the agenda"));
    auto *row = new QHBoxLayout;
    row->addWidget(agendaNote, 1);
    row->addWidget(add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(list, 1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &Private::addItem);
    return group;
}

QWidget *PlanSessionDialog::Private::createFocus()
{
    auto *group = new QGroupBox(PlanSessionDialog::tr("Focus KPIs — as few as possible (1 to 3)"), dialog);
    focus = new QListWidget(group);
    focus->setObjectName(QStringLiteral("focusKpis"));
    focus->setAccessibleName(PlanSessionDialog::tr("Focus KPIs"));
    for (const core::KpiId kpi : core::AllKpis) {
        auto *item = new QListWidgetItem(models::kpiName(kpi), focus);
        item->setData(Qt::UserRole, int(kpi));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(models::kpiDefinition(kpi));
    }
    // Tall enough for the eight KPIs and no more: the hint sits right under them.
    focus->setFixedHeight(focus->sizeHintForRow(0) * focus->count() + 2 * focus->frameWidth() + 4);
    focusHint = hintLabel(QStringLiteral("focusHint"), group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(focus);
    layout->addWidget(focusHint);
    layout->addStretch(1);
    connect(focus, &QListWidget::itemChanged, this, [this] {
        if (!settingFocus)
            focusTouched = true;
        updateState();
    });
    return group;
}

void PlanSessionDialog::Private::fillAgents(QDate sessionDay, qint64 agentId)
{
    const auto agents = storage::DirectoryRepository(*database).agents(std::nullopt, sessionDay);
    const QSignalBlocker blocker(agent);
    if (agents) {
        for (const storage::AgentEntry &entry : agents.value())
            agent->addItem(entry.teamName.isEmpty()
                               ? entry.name
                               : PlanSessionDialog::tr("%1 (%2)").arg(entry.name, entry.teamName),
                           entry.id);
    }
    agent->setCurrentIndex(agent->findData(agentId));
}

qint64 PlanSessionDialog::Private::currentAgent() const
{
    return agent->currentIndex() < 0 ? 0 : agent->currentData().toLongLong();
}

void PlanSessionDialog::Private::dayChanged(QDate sessionDay)
{
    const QSignalBlocker blocker(followUp); // moved along, not by the user
    followUp->setMinimumDate(sessionDay);
    if (!followUpTouched)
        followUp->setDate(sessionDay.addDays(FollowUpDays));
    regenerate();
}

// The proposal follows the agent and the day; the team leader's own items and focus choice stay.
void PlanSessionDialog::Private::regenerate()
{
    const qint64 agentId = currentAgent();
    if (agentId == 0) {
        proposal->setProposal({});
        agendaNote->setText(PlanSessionDialog::tr("Choose an agent to see the proposed agenda."));
        updateState();
        return;
    }
    const auto inputs = storage::AgendaSource(*database).inputs(agentId, day->date());
    if (!inputs) {
        proposal->setProposal({});
        agendaNote->setText(
            PlanSessionDialog::tr("Could not propose an agenda: %1").arg(inputs.error().toString()));
        updateState();
        return;
    }
    proposal->setProposal(core::proposeAgenda(inputs.value()));
    agendaNote->setText(
        proposal->rowCount() == 0
            ? PlanSessionDialog::tr("Nothing in the data calls for attention: add your own items.")
            : PlanSessionDialog::tr("From the 28 days before the session day (mistakes: 90 days)."));
    if (!focusTouched)
        setFocusKpis(core::proposeFocus(inputs.value()));
    updateState();
}

void PlanSessionDialog::Private::addItem()
{
    bool ok = false;
    const QString title = QInputDialog::getText(dialog, PlanSessionDialog::tr("Add agenda item"),
                                                PlanSessionDialog::tr("Topic:"), QLineEdit::Normal, {}, &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    auto *item = new QStandardItem(title);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setToolTip(PlanSessionDialog::tr("Added by you"));
    custom->appendRow(item);
    updateState();
}

void PlanSessionDialog::Private::setFocusKpis(const QList<core::KpiId> &kpis)
{
    settingFocus = true;
    for (int row = 0; row < focus->count(); ++row) {
        QListWidgetItem *item = focus->item(row);
        item->setCheckState(kpis.contains(core::KpiId(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                         : Qt::Unchecked);
    }
    settingFocus = false;
}

QList<core::KpiId> PlanSessionDialog::Private::focusKpis() const
{
    QList<core::KpiId> kpis;
    for (int row = 0; row < focus->count(); ++row)
        if (focus->item(row)->checkState() == Qt::Checked)
            kpis.append(core::KpiId(focus->item(row)->data(Qt::UserRole).toInt()));
    return kpis;
}

// Plan needs an agent and 1–3 focus KPIs; the hint says what is missing, and that AHT never shows alone.
void PlanSessionDialog::Private::updateState()
{
    const QList<core::KpiId> kpis = focusKpis();
    const int count = int(kpis.size());
    QStringList hints;
    if (count < core::MinFocusKpis)
        hints.append(PlanSessionDialog::tr("Choose at least one focus KPI."));
    else if (count > core::MaxFocusKpis)
        hints.append(PlanSessionDialog::tr("Choose at most three focus KPIs: focus on as few as possible "
                                           "(%1 chosen).")
                         .arg(count));
    if (kpis.contains(core::KpiId::Aht) && !kpis.contains(core::KpiId::Csat))
        hints.append(PlanSessionDialog::tr("AHT is never shown alone: the session's trend chart shows CSAT "
                                           "beside it."));
    focusHint->setText(hints.join(QLatin1Char('\n')));
    focusHint->setVisible(!hints.isEmpty());
    planButton->setEnabled(currentAgent() != 0 && count >= core::MinFocusKpis && count <= core::MaxFocusKpis);
}

QList<storage::CoachingAgendaItem> PlanSessionDialog::Private::chosenAgenda() const
{
    QList<storage::CoachingAgendaItem> items = proposal->chosenItems();
    for (int row = 0; row < custom->rowCount(); ++row) {
        const QStandardItem *item = custom->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        storage::CoachingAgendaItem added;
        added.kind = core::AgendaKind::Custom;
        added.title = item->text();
        items.append(added);
    }
    return items;
}

void PlanSessionDialog::Private::plan()
{
    storage::CoachingSession session;
    session.agentId = currentAgent();
    session.coach = currentUserName();
    session.day = day->date();
    session.status = core::SessionStatus::Planned;
    session.focus = focusKpis();
    session.agenda = chosenAgenda();
    if (followUpOn->isChecked())
        session.followUp = followUp->date();
    const auto created = storage::CoachingRepository(*database).create(session, currentUserName(),
                                                                       QDateTime::currentDateTimeUtc());
    if (!created) {
        QMessageBox::warning(dialog, PlanSessionDialog::tr("Could not plan the session"),
                             created.error().toString());
        return;
    }
    dialog->m_sessionId = created.value();
    dialog->accept();
}

} // namespace huddle::ui
