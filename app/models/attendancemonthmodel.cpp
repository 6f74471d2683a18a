#include "attendancemonthmodel.h"

#include "coachingtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace huddle::models {

namespace {

QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// Every month from `first`'s to `last`'s, so a month without shifts still has its column.
QList<QDate> monthsBetween(QDate first, QDate last)
{
    QList<QDate> months;
    if (!first.isValid() || !last.isValid())
        return months;
    for (QDate month = monthStart(first); month <= last; month = month.addMonths(1))
        months.append(month);
    return months;
}

QList<QDate> columnMonths(const QList<storage::AttendanceMonth> &months, const core::DateRange &range)
{
    if (range.isValid())
        return monthsBetween(range.from, range.to);
    if (months.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(
        months.cbegin(), months.cend(), [](const auto &a, const auto &b) { return a.month < b.month; });
    return monthsBetween(first->month, last->month);
}

QString monthTooltip(const storage::AttendanceMonth &month)
{
    const QLocale locale;
    return AttendanceMonthModel::tr(
               "Scheduled %1 · attended %2 · late %3 (%4 min) · excused %5 · unexcused %6 · "
               "no-call-no-show %7")
        .arg(locale.toString(month.scheduled), locale.toString(month.attended), locale.toString(month.late),
             locale.toString(month.lateMinutes), locale.toString(month.excused),
             locale.toString(month.unexcused), locale.toString(month.noCallNoShow));
}

} // namespace

AttendanceMonthModel::AttendanceMonthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceMonthModel::setData(const QList<storage::AttendanceMonth> &months,
                                   const QList<storage::AgentLadderStage> &stages,
                                   const core::AttendanceLadder &ladder, const core::DateRange &range)
{
    beginResetModel();
    m_ladder = ladder;
    m_months = columnMonths(months, range);
    m_rows.clear();
    QHash<qint64, qsizetype> rowOfAgent;
    const auto rowFor = [&](qint64 agentId, const QString &name) -> Row & {
        if (!rowOfAgent.contains(agentId)) {
            rowOfAgent.insert(agentId, m_rows.size());
            m_rows.append(Row{agentId, name, {}, QList<storage::AttendanceMonth>(m_months.size())});
        }
        return m_rows[rowOfAgent.value(agentId)];
    };
    for (const storage::AttendanceMonth &month : months) {
        const qsizetype column = m_months.indexOf(monthStart(month.month));
        Row &row = rowFor(month.agentId, month.agentName);
        if (column >= 0)
            row.months[column] = month;
    }
    for (const storage::AgentLadderStage &stage : stages)
        rowFor(stage.agentId, stage.agentName).stage = stage.stage;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.agentId < b.agentId;
    });
    endResetModel();
}

int AttendanceMonthModel::agentCount() const
{
    return static_cast<int>(m_rows.size());
}

qint64 AttendanceMonthModel::agentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].agentId : 0;
}

int AttendanceMonthModel::totalColumn() const
{
    return FirstMonthColumn + static_cast<int>(m_months.size());
}

int AttendanceMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : agentCount();
}

int AttendanceMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

int AttendanceMonthModel::total(const Row &row) const
{
    int violations = 0;
    for (const storage::AttendanceMonth &month : row.months)
        violations += month.violations();
    return violations;
}

QVariant AttendanceMonthModel::monthData(const Row &row, int month, int role) const
{
    const storage::AttendanceMonth &counts = row.months[month];
    const bool scheduled = counts.month.isValid();
    switch (role) {
    case Qt::DisplayRole: // a month without shifts stays blank: nothing to violate
        return scheduled ? QLocale().toString(counts.violations()) : QString();
    case SortRole:
        return counts.violations();
    case MonthRole:
        return m_months[month];
    case Qt::ToolTipRole:
        return scheduled ? monthTooltip(counts) : tr("No scheduled shifts");
    case Qt::BackgroundRole:
        if (counts.violations() > 0)
            return QBrush(QColor(0xfd, 0xdb, 0xc7));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AttendanceMonthModel::stageData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.stage.step ? row.stage.step->label : QString();
    case SortRole: // the step first, then how far along it the agent is
        return (row.stage.stepIndex + 1) * 100000 + row.stage.violations;
    case Qt::ToolTipRole:
        return CoachingText::stageText(row.stage, m_ladder);
    case Qt::FontRole:
        if (row.stage.step) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant AttendanceMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == AgentIdRole)
        return row.agentId;
    const int column = index.column();
    if (column == AgentColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.name) : QVariant();
    if (column == StageColumn)
        return stageData(row, role);
    if (column < totalColumn())
        return monthData(row, column - FirstMonthColumn, role);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(total(row));
    case SortRole:
        return total(row);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AttendanceMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > totalColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool isMonth = section >= FirstMonthColumn && section < totalColumn();
    if (role == MonthRole && isMonth)
        return m_months[section - FirstMonthColumn];
    if (role == Qt::ToolTipRole && section == totalColumn())
        return tr("Unexcused absences and no-call-no-shows in the months shown");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == AgentColumn)
        return tr("Agent");
    if (section == StageColumn)
        return tr("Warning stage");
    if (isMonth)
        return QLocale().toString(m_months[section - FirstMonthColumn], QStringLiteral("MMM yyyy"));
    return tr("Total");
}

} // namespace huddle::models
