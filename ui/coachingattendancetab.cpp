#include "coachingattendancetab.h"

#include "attendancedialog.h"
#include "ladderdialog.h"
#include "models/attendancemonthmodel.h"
#include "qadialogs.h"
#include "qatableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// "Warning ladder: 1 → Verbal warning · 2 → Written warning · 3 → Final warning, over 365 days."
QString ladderSummary(const core::AttendanceLadder &ladder)
{
    const QLocale locale;
    QStringList steps;
    for (const core::LadderStep &step : ladder.steps)
        steps.append(QStringLiteral("%1 → %2").arg(locale.toString(step.violations), step.label));
    if (steps.isEmpty())
        return CoachingAttendanceTab::tr("Warning ladder: no steps.");
    return CoachingAttendanceTab::tr("Warning ladder: %1, counting violations over %2 days.")
        .arg(steps.join(QStringLiteral(" · ")), locale.toString(ladder.windowDays));
}

} // namespace

CoachingAttendanceTab::CoachingAttendanceTab(CoachingPage *page)
    : CoachingTab(page)
    , m_model(new models::AttendanceMonthModel(this))
    , m_view(new QaTableView(m_model, models::AttendanceMonthModel::SortRole, this))
    , m_ladderText(new QLabel(this))
    , m_status(new QLabel(this))
    , m_enter(new QPushButton(tr("&Enter attendance…"), this))
    , m_editLadder(new QPushButton(tr("&Warning ladder…"), this))
{
    m_view->setObjectName(QStringLiteral("attendanceMonthTable"));
    m_view->setAccessibleName(tr("Attendance violations per agent and month"));
    fitColumns(m_view, -1); // one column per month: as many as the range has
    m_ladderText->setObjectName(QStringLiteral("ladderSummary"));
    m_ladderText->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("attendanceStatus"));
    m_status->setWordWrap(true);
    m_enter->setObjectName(QStringLiteral("enterAttendance"));
    m_enter->setToolTip(tr("Enter or correct one shift of an agent (Enter on a row: that agent)"));
    m_editLadder->setObjectName(QStringLiteral("editLadder"));
    m_editLadder->setToolTip(tr("Change the site's warning ladder: its steps and window"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_ladderText, 1);
    top->addWidget(m_enter);
    top->addWidget(m_editLadder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(
        heading(tr("&Violations per month — unexcused absences and no-call-no-shows; the stage is "
                   "today's"),
                m_view));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_enter, &QPushButton::clicked, this, &CoachingAttendanceTab::enterAttendance);
    connect(m_editLadder, &QPushButton::clicked, this, &CoachingAttendanceTab::editLadder);
    connect(m_view, &QaTableView::rowActivated, this, &CoachingAttendanceTab::enterAttendance);
}

QString CoachingAttendanceTab::title() const
{
    return tr("Attendance");
}

void CoachingAttendanceTab::reload()
{
    // Shifts are the team leader's to enter; the site's ladder is the admin's.
    m_enter->setEnabled(roleAllows(QStringLiteral("attendance")));
    m_editLadder->setEnabled(roleAllows(QStringLiteral("settings")));
    const core::DateRange range = scope().range;
    const std::optional<qint64> teamId = scope().teamId;
    const QDate day = today();
    load<AttendanceData>(
        [range, teamId, day](const storage::Database &db) -> core::Result<AttendanceData> {
            const storage::AttendanceRepository attendance(db);
            auto months = attendance.months(range, teamId);
            if (!months)
                return months.error();
            auto stages = attendance.stages(day, teamId);
            if (!stages)
                return stages.error();
            auto ladder = attendance.ladder();
            if (!ladder)
                return ladder.error();
            return AttendanceData{months.value(), stages.value(), ladder.value(), range};
        },
        [this](const core::Result<AttendanceData> &data) { display(data); });
}

void CoachingAttendanceTab::release()
{
    m_model->setData({}, {}, m_ladder);
    m_ladderText->clear();
    m_status->clear();
}

void CoachingAttendanceTab::display(const core::Result<AttendanceData> &data)
{
    const qint64 selected = selectedAgent();
    if (data)
        m_ladder = data.value().ladder;
    m_model->setData(data ? data.value().months : QList<storage::AttendanceMonth>{},
                     data ? data.value().stages : QList<storage::AgentLadderStage>{}, m_ladder,
                     data ? data.value().range : core::DateRange{});
    int row = -1;
    for (int i = 0; i < m_model->agentCount(); ++i)
        if (m_model->agentIdAt(i) == selected)
            row = i;
    m_view->selectSourceRowOrFirst(row);
    m_ladderText->setText(data ? ladderSummary(m_ladder) : QString());
    if (!data) {
        m_status->setText(tr("Could not load attendance: %1").arg(data.error().toString()));
        return;
    }
    int violations = 0;
    int atStep = 0;
    for (const storage::AttendanceMonth &month : data.value().months)
        violations += month.violations();
    for (const storage::AgentLadderStage &stage : data.value().stages)
        atStep += stage.stage.step.has_value() ? 1 : 0;
    const QLocale locale;
    m_status->setText(tr("%1 agents, %2 violations in the period; %3 agents on a warning step today.")
                          .arg(locale.toString(m_model->agentCount()), locale.toString(violations),
                               locale.toString(atStep)));
}

// For the selected agent (else the scope's) on today, or the last day of the scope when it lies in the past.
AttendanceDialog *CoachingAttendanceTab::enterAttendance()
{
    if (!database() || !roleAllows(QStringLiteral("attendance")))
        return nullptr;
    const qint64 agentId = selectedAgent() > 0 ? selectedAgent() : scope().agentId.value_or(0);
    const QDate day = std::min(today(), scope().range.to);
    auto *dialog = new AttendanceDialog(*database(), scope().teamId, agentId, day, this);
    connect(dialog, &AttendanceDialog::attendanceChanged, this, &CoachingAttendanceTab::changed);
    showWindowModal(dialog);
    return dialog;
}

LadderDialog *CoachingAttendanceTab::editLadder()
{
    if (!database() || !roleAllows(QStringLiteral("settings")))
        return nullptr;
    auto *dialog = new LadderDialog(*database(), this);
    connect(dialog, &LadderDialog::ladderSaved, this, &CoachingAttendanceTab::changed);
    showWindowModal(dialog);
    return dialog;
}

qint64 CoachingAttendanceTab::selectedAgent() const
{
    const int row = m_view->currentSourceRow();
    return row >= 0 && row < m_model->agentCount() ? m_model->agentIdAt(row) : 0;
}

void CoachingAttendanceTab::changed()
{
    reload();
    Q_EMIT coachingDataChanged();
}

} // namespace huddle::ui
