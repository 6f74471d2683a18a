#include "calibrationsessiondialog.h"

#include "models/sitetimezone.h"
#include "storage/conversationrepository.h"
#include "storage/scorecardrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

constexpr int ConversationIdRole = Qt::UserRole;
constexpr int MaxListed = 200; // recent conversations offered at once; the search narrows the rest

QString conversationLabel(const storage::ConversationRow &row, const QTimeZone &zone)
{
    return CalibrationSessionDialog::tr("%1 · %2 · %3 · %4")
        .arg(row.externalId, row.agentName, models::formatSiteTime(row.startedAt, zone),
             row.queue.isEmpty() ? row.channel : row.channel + QStringLiteral(" / ") + row.queue);
}

} // namespace

CalibrationSessionDialog::CalibrationSessionDialog(const storage::Database &database,
                                                   const models::Scope &scope, const QString &user,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_scope(scope)
    , m_user(user)
    , m_zone(models::siteTimeZone(database))
    , m_name(new QLineEdit(this))
    , m_scorecard(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_conversations(new QListWidget(this))
    , m_chosenCount(new QLabel(this))
    , m_evaluators(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New calibration session"));
    m_name->setPlaceholderText(tr("e.g. Chat calibration, week 12"));
    m_search->setPlaceholderText(tr("Search by conversation or customer id"));
    m_search->setClearButtonEnabled(true);
    m_conversations->setAccessibleName(tr("Conversations to score"));
    m_evaluators->setPlainText(user);
    m_evaluators->setTabChangesFocus(true);
    m_evaluators->setAccessibleName(tr("Evaluators"));
    m_evaluators->setToolTip(
        tr("One name per line, as each evaluator enters it under Settings → Your name."));
    m_evaluators->setMaximumHeight(110);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    okButton()->setText(tr("&Create session"));

    auto *blind =
        new QLabel(tr("Each evaluator scores every conversation blind: nobody sees another's scores "
                      "until the session is closed. Calibration scores never count in agents' QA %."),
                   this);
    blind->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scorecard:"), m_scorecard);
    form->addRow(tr("Con&versations:"), m_search);
    form->addRow(QString(), m_conversations);
    form->addRow(QString(), m_chosenCount);
    form->addRow(tr("&Evaluators\n(one per line):"), m_evaluators);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(blind);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CalibrationSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CalibrationSessionDialog::validate);
    connect(m_evaluators, &QPlainTextEdit::textChanged, this, &CalibrationSessionDialog::validate);
    connect(m_search, &QLineEdit::textChanged, this, &CalibrationSessionDialog::fillConversations);
    connect(m_conversations, &QListWidget::itemChanged, this, &CalibrationSessionDialog::onItemChanged);
    fillScorecards();
    fillConversations();
}

QPushButton *CalibrationSessionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CalibrationSessionDialog::fillScorecards()
{
    const auto scorecards = storage::ScorecardRepository(*m_database).list(false);
    if (!scorecards)
        return;
    for (const storage::ScorecardSummary &card : scorecards.value())
        if (card.purpose == core::ScorecardPurpose::Qa)
            m_scorecard->addItem(tr("%1 (version %2)").arg(card.name, QLocale().toString(card.latestVersion)),
                                 card.latestVersionId);
}

// Lists the scope's recent handled conversations that match the search, chosen ones first so a choice never
// disappears from view when the search changes.
void CalibrationSessionDialog::fillConversations()
{
    storage::ConversationFilter filter;
    filter.range = m_scope.range;
    filter.teamId = m_scope.teamId;
    filter.agentId = m_scope.agentId;
    filter.search = m_search->text().trimmed();
    filter.subset = storage::ConversationSubset::Handled;
    const auto page =
        storage::ConversationRepository(*m_database)
            .page(filter, storage::ConversationSort::StartedAt, Qt::DescendingOrder, std::nullopt, MaxListed);
    const QSignalBlocker blocker(m_conversations);
    m_conversations->clear();
    for (qint64 id : std::as_const(m_chosen))
        addConversationItem(id, m_labels.value(id), true);
    if (page) {
        for (const storage::ConversationRow &row : page->rows) {
            m_labels.insert(row.id, conversationLabel(row, m_zone));
            if (!m_chosen.contains(row.id))
                addConversationItem(row.id, m_labels.value(row.id), false);
        }
    }
    validate();
    if (!page)
        m_problem->setText(tr("Could not list conversations: %1").arg(page.error().toString()));
}

void CalibrationSessionDialog::addConversationItem(qint64 id, const QString &label, bool chosen)
{
    auto *item = new QListWidgetItem(label, m_conversations);
    item->setData(ConversationIdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
}

void CalibrationSessionDialog::onItemChanged(QListWidgetItem *item)
{
    const qint64 id = item->data(ConversationIdRole).toLongLong();
    if (item->checkState() == Qt::Checked && !m_chosen.contains(id))
        m_chosen.append(id);
    else if (item->checkState() != Qt::Checked)
        m_chosen.removeAll(id);
    validate();
}

QStringList CalibrationSessionDialog::evaluatorNames() const
{
    QStringList names;
    for (const QString &line : m_evaluators->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            names << line.trimmed();
    return names;
}

storage::CalibrationSessionSpec CalibrationSessionDialog::spec() const
{
    storage::CalibrationSessionSpec spec;
    spec.name = m_name->text().trimmed();
    spec.scorecardVersionId = m_scorecard->currentData().toLongLong();
    spec.conversationIds = m_chosen;
    spec.evaluators = evaluatorNames();
    spec.createdBy = m_user;
    return spec;
}

QString CalibrationSessionDialog::problem() const
{
    const storage::CalibrationSessionSpec wanted = spec();
    if (wanted.name.isEmpty())
        return tr("Give the session a name.");
    if (wanted.scorecardVersionId == 0)
        return tr("There is no QA scorecard yet: create one in the scorecard designer first.");
    if (wanted.conversationIds.isEmpty())
        return tr("Tick at least one conversation to score.");
    if (wanted.evaluators.size() < 2)
        return tr("Name at least two evaluators, one per line: agreement needs two opinions.");
    for (int i = 0; i < wanted.evaluators.size(); ++i)
        for (int j = 0; j < i; ++j)
            if (wanted.evaluators[i].compare(wanted.evaluators[j], Qt::CaseInsensitive) == 0)
                return tr("%1 is listed twice.").arg(wanted.evaluators[i]);
    return {};
}

void CalibrationSessionDialog::validate()
{
    const storage::CalibrationSessionSpec wanted = spec();
    m_chosenCount->setText(
        tr("%1 conversations × %2 evaluators = %3 scores to give")
            .arg(QLocale().toString(wanted.conversationIds.size()),
                 QLocale().toString(wanted.evaluators.size()),
                 QLocale().toString(wanted.conversationIds.size() * wanted.evaluators.size())));
    const QString reason = problem();
    m_problem->setText(reason);
    okButton()->setEnabled(reason.isEmpty());
}

void CalibrationSessionDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const auto created = storage::CalibrationRepository(*m_database).create(spec());
    if (!created) {
        m_problem->setText(created.error().toString());
        return;
    }
    m_sessionId = created.value();
    Q_EMIT sessionCreated(m_sessionId);
    QDialog::accept();
}

} // namespace huddle::ui
