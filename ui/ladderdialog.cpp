#include "ladderdialog.h"

#include "currentuser.h"
#include "storage/attendancerepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
enum Column { ViolationsColumn, LabelColumn };
}

LadderDialog::LadderDialog(const storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_steps(new QTableWidget(0, 2, this))
    , m_window(new QSpinBox(this))
    , m_add(new QPushButton(tr("&Add step"), this))
    , m_remove(new QPushButton(tr("&Remove step"), this))
    , m_defaults(new QPushButton(tr("&Defaults"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attendance warning ladder"));
    m_steps->setObjectName(QStringLiteral("ladderSteps"));
    m_steps->setAccessibleName(tr("Ladder steps"));
    m_steps->setHorizontalHeaderLabels({tr("From violations"), tr("Stage")});
    m_steps->horizontalHeader()->setSectionResizeMode(ViolationsColumn, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_window->setObjectName(QStringLiteral("ladderWindowDays"));
    m_window->setRange(1, 3660);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("Violations count towards the ladder for this many days"));
    m_add->setObjectName(QStringLiteral("addLadderStep"));
    m_remove->setObjectName(QStringLiteral("removeLadderStep"));
    m_defaults->setObjectName(QStringLiteral("defaultLadder"));
    m_defaults->setToolTip(tr("Verbal warning at 1 violation, written at 2, final at 3, over 365 days"));
    m_message->setObjectName(QStringLiteral("ladderMessage"));
    m_message->setWordWrap(true);

    auto *intro =
        new QLabel(tr("Violations are unexcused absences and no-call-no-shows; lateness and excused "
                      "absences never count. An agent is at the highest step their violations in "
                      "the window reach."),
                   this);
    intro->setWordWrap(true);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_add);
    stepButtons->addWidget(m_remove);
    stepButtons->addWidget(m_defaults);
    stepButtons->addStretch(1);
    auto *windowLabel = new QLabel(tr("Counted over the last"), this);
    windowLabel->setBuddy(m_window);
    stepButtons->addWidget(windowLabel);
    stepButtons->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 380);

    const auto stored = storage::AttendanceRepository(database).ladder();
    setLadder(stored ? stored.value() : core::AttendanceLadder::defaults());

    connect(m_add, &QPushButton::clicked, this, &LadderDialog::addStep);
    connect(m_remove, &QPushButton::clicked, this, &LadderDialog::removeStep);
    connect(m_defaults, &QPushButton::clicked, this,
            [this] { setLadder(core::AttendanceLadder::defaults()); });
    connect(m_steps, &QTableWidget::itemChanged, this, &LadderDialog::check);
    connect(m_window, &QSpinBox::valueChanged, this, &LadderDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LadderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!stored)
        m_message->setText(tr("The stored ladder could not be read (%1); the defaults are shown.")
                               .arg(stored.error().toString()));
}

void LadderDialog::setLadder(const core::AttendanceLadder &ladder)
{
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setRowCount(0);
        for (const core::LadderStep &step : ladder.steps) {
            const int row = m_steps->rowCount();
            m_steps->insertRow(row);
            auto *violations = new QTableWidgetItem;
            violations->setData(Qt::EditRole, step.violations);
            m_steps->setItem(row, ViolationsColumn, violations);
            m_steps->setItem(row, LabelColumn, new QTableWidgetItem(step.label));
        }
    }
    const QSignalBlocker blocker(m_window);
    m_window->setValue(ladder.windowDays);
    check();
}

core::AttendanceLadder LadderDialog::ladder() const
{
    core::AttendanceLadder ladder;
    ladder.windowDays = m_window->value();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const QTableWidgetItem *violations = m_steps->item(row, ViolationsColumn);
        const QTableWidgetItem *label = m_steps->item(row, LabelColumn);
        ladder.steps.append({violations ? violations->data(Qt::EditRole).toInt() : 0,
                             label ? label->text().trimmed() : QString()});
    }
    return ladder;
}

// A new step one violation above the last, named for the team leader to change.
void LadderDialog::addStep()
{
    core::AttendanceLadder edited = ladder();
    const int violations = edited.steps.isEmpty() ? 1 : edited.steps.constLast().violations + 1;
    edited.steps.append({violations, tr("Warning %1").arg(edited.steps.size() + 1)});
    setLadder(edited);
    m_steps->setCurrentCell(m_steps->rowCount() - 1, LabelColumn);
    m_steps->editItem(m_steps->item(m_steps->rowCount() - 1, LabelColumn));
}

void LadderDialog::removeStep()
{
    const int row = m_steps->currentRow();
    if (row < 0)
        return;
    m_steps->removeRow(row);
    check();
}

// The message says what is wrong while it is wrong; OK stays available and says it again when pressed.
void LadderDialog::check()
{
    const core::Status valid = ladder().validate();
    m_message->setStyleSheet(valid ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setText(valid ? tr("%n step(s), counted over %1 days.", nullptr, m_steps->rowCount())
                                   .arg(QLocale().toString(m_window->value()))
                             : valid.error().toString());
    m_remove->setEnabled(m_steps->rowCount() > 0);
}

bool LadderDialog::save()
{
    const core::AttendanceLadder edited = ladder();
    if (const core::Status valid = edited.validate(); !valid) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(valid.error().toString());
        return false;
    }
    const core::Status saved = storage::AttendanceRepository(*m_database)
                                   .setLadder(edited, currentUserName(), QDateTime::currentDateTimeUtc());
    if (!saved) {
        m_message->setText(saved.error().toString());
        return false;
    }
    Q_EMIT ladderSaved();
    accept();
    return true;
}

} // namespace huddle::ui
