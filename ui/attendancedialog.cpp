#include "attendancedialog.h"

#include "attendancestrip.h"
#include "currentuser.h"
#include "storage/attendancerepository.h"
#include "storage/directoryrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace huddle::ui {

namespace {
constexpr std::array<core::AttendanceStatus, 5> statuses{
    core::AttendanceStatus::Present, core::AttendanceStatus::Late, core::AttendanceStatus::ExcusedAbsence,
    core::AttendanceStatus::UnexcusedAbsence, core::AttendanceStatus::NoCallNoShow};
}

AttendanceDialog::AttendanceDialog(const storage::Database &database, std::optional<qint64> teamId,
                                   qint64 agentId, QDate day, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_agent(new QComboBox(this))
    , m_day(new QDateEdit(day, this))
    , m_status(new QComboBox(this))
    , m_shiftMinutes(new QSpinBox(this))
    , m_lateMinutes(new QSpinBox(this))
    , m_stored(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove day"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Enter attendance"));
    setMinimumWidth(380);
    m_agent->setObjectName(QStringLiteral("attendanceAgent"));
    m_day->setObjectName(QStringLiteral("attendanceDay"));
    m_day->setCalendarPopup(true);
    m_status->setObjectName(QStringLiteral("attendanceStatus"));
    for (core::AttendanceStatus status : statuses)
        m_status->addItem(AttendanceStrip::statusName(status), static_cast<int>(status));
    m_shiftMinutes->setObjectName(QStringLiteral("shiftMinutes"));
    m_shiftMinutes->setRange(1, 1440);
    m_shiftMinutes->setValue(480);
    m_shiftMinutes->setSuffix(tr(" min"));
    m_lateMinutes->setObjectName(QStringLiteral("lateMinutes"));
    m_lateMinutes->setRange(0, 1440);
    m_lateMinutes->setSuffix(tr(" min"));
    m_lateMinutes->setToolTip(tr("Only for Late: how many minutes after the shift start the agent arrived"));
    m_stored->setObjectName(QStringLiteral("attendanceStored"));
    m_stored->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("attendanceMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_remove->setObjectName(QStringLiteral("removeAttendanceDay"));
    m_remove->setToolTip(tr("Delete the stored row of this agent and day"));
    m_buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("S&hift:"), m_shiftMinutes);
    form->addRow(tr("&Late by:"), m_lateMinutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stored);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    fillAgents(teamId, agentId, day);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &AttendanceDialog::showStored);
    connect(m_day, &QDateEdit::dateChanged, this, &AttendanceDialog::showStored);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AttendanceDialog::updateLateMinutes);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &AttendanceDialog::removeDay);
    showStored();
}

void AttendanceDialog::fillAgents(std::optional<qint64> teamId, qint64 agentId, QDate day)
{
    const auto agents = storage::DirectoryRepository(*m_database).agents(teamId, day);
    if (!agents) {
        m_message->setText(tr("Could not list the agents: %1").arg(agents.error().toString()));
        return;
    }
    for (const storage::AgentEntry &agent : agents.value())
        m_agent->addItem(agent.name, agent.id);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agentId)));
}

core::AttendanceStatus AttendanceDialog::status() const
{
    return static_cast<core::AttendanceStatus>(m_status->currentData().toInt());
}

void AttendanceDialog::setStatus(core::AttendanceStatus status)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(status)));
}

void AttendanceDialog::updateLateMinutes()
{
    const bool late = status() == core::AttendanceStatus::Late;
    m_lateMinutes->setEnabled(late);
    if (!late)
        m_lateMinutes->setValue(0); // storage refuses late minutes on any other status
}

// What is stored for the agent and day, filled in: a correction starts from the row as it is.
void AttendanceDialog::showStored()
{
    m_storedShift.reset();
    m_message->clear();
    const qint64 agentId = m_agent->currentData().toLongLong();
    const QDate day = m_day->date();
    if (agentId > 0) {
        const auto shifts = storage::AttendanceRepository(*m_database).shifts(agentId, {day, day});
        if (!shifts)
            m_message->setText(tr("Could not read the stored shift: %1").arg(shifts.error().toString()));
        else if (!shifts.value().isEmpty())
            m_storedShift = shifts.value().constFirst();
    }
    if (m_storedShift) {
        const QLocale locale;
        QString text = tr("Stored: %1, %2 min")
                           .arg(AttendanceStrip::statusName(m_storedShift->status),
                                locale.toString(m_storedShift->shiftMinutes));
        if (m_storedShift->status == core::AttendanceStatus::Late)
            text += tr(", %1 min late").arg(locale.toString(m_storedShift->lateMinutes));
        m_stored->setText(text + QStringLiteral("."));
        setStatus(m_storedShift->status);
        m_shiftMinutes->setValue(m_storedShift->shiftMinutes);
        m_lateMinutes->setValue(m_storedShift->lateMinutes);
    } else {
        m_stored->setText(tr("Nothing stored for this agent and day."));
    }
    m_remove->setEnabled(m_storedShift.has_value());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(agentId > 0);
    updateLateMinutes();
}

// The stored row's start and adherence stay: the dialog corrects what it shows and nothing else.
core::AttendanceRecord AttendanceDialog::shift() const
{
    core::AttendanceRecord shift = m_storedShift.value_or(core::AttendanceRecord{});
    shift.agentId = m_agent->currentData().toLongLong();
    shift.day = m_day->date();
    shift.status = status();
    shift.shiftMinutes = m_shiftMinutes->value();
    shift.lateMinutes = shift.status == core::AttendanceStatus::Late ? m_lateMinutes->value() : 0;
    return shift;
}

bool AttendanceDialog::save()
{
    const core::AttendanceRecord entered = shift();
    const core::Status saved = storage::AttendanceRepository(*m_database)
                                   .enterShift(entered, currentUserName(), QDateTime::currentDateTimeUtc());
    if (!saved) {
        m_message->setText(saved.error().toString());
        return false;
    }
    Q_EMIT attendanceChanged(entered.agentId, entered.day);
    accept();
    return true;
}

bool AttendanceDialog::removeDay()
{
    const qint64 agentId = m_agent->currentData().toLongLong();
    const QDate day = m_day->date();
    const core::Status removed =
        storage::AttendanceRepository(*m_database)
            .removeShift(agentId, day, currentUserName(), QDateTime::currentDateTimeUtc());
    if (!removed) {
        m_message->setText(removed.error().toString());
        return false;
    }
    Q_EMIT attendanceChanged(agentId, day);
    accept();
    return true;
}

} // namespace huddle::ui
