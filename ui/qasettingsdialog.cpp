#include "qasettingsdialog.h"

#include "storage/disputerepository.h"
#include "storage/qaqueuerepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QSpinBox *countEdit(int maximum, QWidget *parent)
{
    auto *edit = new QSpinBox(parent);
    edit->setRange(1, maximum);
    return edit;
}

} // namespace

QaSettingsDialog::QaSettingsDialog(const storage::Database &database, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_user(user)
    , m_sample(countEdit(50, this))
    , m_window(countEdit(365, this))
    , m_decision(countEdit(365, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("QA settings"));
    m_sample->setObjectName(QStringLiteral("samplePerAgentWeek"));
    m_sample->setSuffix(tr(" per agent per week"));
    m_sample->setToolTip(
        tr("How many conversations of each agent the queue's weekly sample picks; evaluated ones count"));
    m_window->setObjectName(QStringLiteral("disputeWindowDays"));
    m_window->setSuffix(tr(" days after publishing"));
    m_window->setToolTip(tr("An evaluation can be disputed this long after it was published; after that "
                            "its score is final"));
    m_decision->setObjectName(QStringLiteral("disputeDecisionDays"));
    m_decision->setSuffix(tr(" days to decide"));
    m_decision->setToolTip(tr("The arbitrator's deadline after a dispute is raised; later ones show as "
                              "overdue"));
    m_problem->setObjectName(QStringLiteral("qaSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Weekly sample:"), m_sample);
    form->addRow(tr("Dispute &window:"), m_window);
    form->addRow(tr("&Decision deadline:"), m_decision);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QaSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    readSettings();
}

QString QaSettingsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void QaSettingsDialog::readSettings()
{
    QStringList failures;
    const auto sample = storage::QaQueueRepository(*m_database).samplePerAgentWeek();
    if (sample)
        m_storedSample = sample.value();
    else
        failures << sample.error().toString();
    const auto rules = storage::DisputeRepository(*m_database).rules();
    if (rules) {
        m_storedWindow = rules.value().windowDays;
        m_storedDecision = rules.value().decisionDays;
    } else {
        failures << rules.error().toString();
    }
    // Unreadable settings show the defaults, which OK then stores over them.
    const core::DisputeRules defaults;
    m_sample->setValue(m_storedSample > 0 ? m_storedSample : 2);
    m_window->setValue(m_storedWindow > 0 ? m_storedWindow : defaults.windowDays);
    m_decision->setValue(m_storedDecision > 0 ? m_storedDecision : defaults.decisionDays);
    m_problem->setText(failures.join(QLatin1Char('\n')));
    m_problem->setVisible(!failures.isEmpty());
}

core::Status QaSettingsDialog::save()
{
    if (m_sample->value() != m_storedSample)
        if (auto saved = storage::QaQueueRepository(*m_database).setSamplePerAgentWeek(m_sample->value());
            !saved)
            return saved;
    m_storedSample = m_sample->value();
    if (m_window->value() == m_storedWindow && m_decision->value() == m_storedDecision)
        return core::Done{};
    core::DisputeRules rules;
    rules.windowDays = m_window->value();
    rules.decisionDays = m_decision->value();
    return storage::DisputeRepository(*m_database).setRules(rules, m_user);
}

void QaSettingsDialog::accept()
{
    if (const core::Status saved = save(); !saved) {
        m_problem->setText(tr("Could not save: %1").arg(saved.error().toString()));
        m_problem->show();
        return;
    }
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace huddle::ui
