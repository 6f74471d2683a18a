#include "coachingeffectmodel.h"

#include "coachingcells.h"
#include "coachingtext.h"
#include "kpiformat.h"
#include "kpitext.h"

namespace huddle::models {

SessionEffectModel::SessionEffectModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionEffectModel::setEffect(const storage::SessionEffect &effect,
                                   const core::KpiDefinitions &definitions)
{
    beginResetModel();
    m_effect = effect;
    m_definitions = definitions;
    endResetModel();
}

int SessionEffectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_effect.focus.size());
}

int SessionEffectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QVariant effectText(const core::FocusEffect &effect, const storage::SessionEffect &session,
                    const core::KpiDefinitions &definitions, int column)
{
    switch (column) {
    case SessionEffectModel::Kpi:
        return kpiName(effect.kpi);
    case SessionEffectModel::Before:
        return CoachingText::value(effect.kpi, effect.before.value);
    case SessionEffectModel::BeforeN:
        return QLocale().toString(effect.before.n);
    case SessionEffectModel::After:
        return CoachingText::value(effect.kpi, effect.after.value);
    case SessionEffectModel::AfterN:
        return QLocale().toString(effect.after.n);
    case SessionEffectModel::Change:
        return effect.change ? CoachingText::change(effect.kpi, *effect.change)
                             : CoachingText::value(effect.kpi, {});
    case SessionEffectModel::Verdict:
        return CoachingText::effectVerdict(effect, session.windows, definitions);
    }
    return {};
}

bool isGreyed(const core::FocusEffect &effect, const core::KpiDefinitions &definitions, int column)
{
    switch (column) {
    case SessionEffectModel::Before:
    case SessionEffectModel::BeforeN:
        return isSmallSample(effect.before.n, definitions);
    case SessionEffectModel::After:
    case SessionEffectModel::AfterN:
        return isSmallSample(effect.after.n, definitions);
    }
    return false;
}

} // namespace

QVariant SessionEffectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FocusEffect &effect = m_effect.focus[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return effectText(effect, m_effect, m_definitions, index.column());
    case VerdictRole:
        return static_cast<int>(effect.verdict);
    case Qt::ForegroundRole:
        return isGreyed(effect, m_definitions, index.column()) ? QVariant(smallSampleForeground())
                                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Kpi || index.column() == Verdict
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SessionEffectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == Before || section == After))
        return tr(
            "The %n day(s) before the session day, and as many after it (the session day counts for neither)",
            nullptr, static_cast<int>(m_effect.windows.before.days()));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kpi:
        return tr("KPI");
    case Before:
        return tr("Before");
    case BeforeN:
        return tr("n before");
    case After:
        return tr("After");
    case AfterN:
        return tr("n after");
    case Change:
        return tr("Change");
    case Verdict:
        return tr("Verdict");
    }
    return {};
}

FocusAreaModel::FocusAreaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FocusAreaModel::setSummaries(const QList<core::FocusAreaSummary> &summaries)
{
    beginResetModel();
    m_summaries = summaries;
    endResetModel();
}

int FocusAreaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int FocusAreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QVariant summaryValue(const core::FocusAreaSummary &summary, int column)
{
    switch (column) {
    case FocusAreaModel::Sessions:
        return summary.sessions;
    case FocusAreaModel::Judged:
        return summary.judged;
    case FocusAreaModel::Improved:
        return summary.improved;
    case FocusAreaModel::Unchanged:
        return summary.unchanged;
    case FocusAreaModel::Worsened:
        return summary.worsened;
    case FocusAreaModel::MeanImprovement:
        return summary.meanImprovement ? QVariant(*summary.meanImprovement) : QVariant();
    }
    return {};
}

QVariant summaryText(const core::FocusAreaSummary &summary, int column)
{
    if (column == FocusAreaModel::Kpi)
        return kpiName(summary.kpi);
    if (column == FocusAreaModel::MeanImprovement)
        return summary.meanImprovement ? CoachingText::change(summary.kpi, *summary.meanImprovement)
                                       : CoachingText::value(summary.kpi, {});
    return QLocale().toString(summaryValue(summary, column).toInt());
}

} // namespace

QVariant FocusAreaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FocusAreaSummary &summary = m_summaries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return summaryText(summary, index.column());
    case SortRole:
        return index.column() == Kpi ? QVariant(static_cast<int>(summary.kpi))
                                     : summaryValue(summary, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Kpi ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FocusAreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == MeanImprovement)
        return tr("Mean change in the good direction over the judged sessions: positive is better, so a "
                  "shorter AHT counts as a gain");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kpi:
        return tr("Focus KPI");
    case Sessions:
        return tr("Sessions");
    case Judged:
        return tr("Judged");
    case Improved:
        return tr("Improved");
    case Unchanged:
        return tr("Unchanged");
    case Worsened:
        return tr("Worsened");
    case MeanImprovement:
        return tr("Mean improvement");
    }
    return {};
}

} // namespace huddle::models
