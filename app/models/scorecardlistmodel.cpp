#include "scorecardlistmodel.h"

#include "qatext.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace huddle::models {

QString purposeText(core::ScorecardPurpose purpose)
{
    return purpose == core::ScorecardPurpose::Peer ? ScorecardListModel::tr("Peer review")
                                                   : ScorecardListModel::tr("QA");
}

QString saveEffectText(const storage::ScorecardSummary &stored)
{
    const QLocale locale;
    const QString next = locale.toString(stored.latestVersion + 1);
    const QString latest = locale.toString(stored.latestVersion);
    // Until the list counts the latest version's evaluations, the count over all versions is exact only when
    // there is one version or none is used.
    int inUse = stored.latestVersionEvaluations;
    if (inUse < 0 && (stored.latestVersion == 1 || stored.evaluations == 0))
        inUse = stored.evaluations;
    if (inUse > 0)
        return ScorecardListModel::tr(
                   "Saves as version %1 because %n evaluation(s) use version %2; they keep it.", nullptr,
                   inUse)
            .arg(next, latest);
    if (inUse == 0)
        return ScorecardListModel::tr("Saves version %1 in place: no evaluation uses it yet.").arg(latest);
    return ScorecardListModel::tr(
               "Saves as version %1 if evaluations use version %2 (%n evaluation(s) use its "
               "versions); they keep theirs.",
               nullptr, stored.evaluations)
        .arg(next, latest);
}

ScorecardListModel::ScorecardListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScorecardListModel::setScorecards(const QList<storage::ScorecardSummary> &scorecards)
{
    beginResetModel();
    m_scorecards = scorecards;
    endResetModel();
}

const storage::ScorecardSummary *ScorecardListModel::scorecardAt(int row) const
{
    return row >= 0 && row < m_scorecards.size() ? &m_scorecards[row] : nullptr;
}

int ScorecardListModel::rowOf(qint64 scorecardId) const
{
    for (int row = 0; row < m_scorecards.size(); ++row)
        if (m_scorecards[row].scorecardId == scorecardId)
            return row;
    return -1;
}

int ScorecardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scorecards.size());
}

int ScorecardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ScorecardSummary &s = m_scorecards[index.row()];
    if (role == Qt::ForegroundRole && s.retired)
        return QBrush(Qt::gray);
    if (role == Qt::FontRole && s.retired) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && s.retired)
        return tr("Retired: no longer offered for new evaluations. Its evaluations keep it.");
    if (role == Qt::TextAlignmentRole && (index.column() == Version || index.column() == Evaluations))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.retired ? tr("%1 (retired)").arg(s.name) : s.name;
    case Version:
        return QLocale().toString(s.latestVersion);
    case Purpose:
        return purposeText(s.purpose);
    case Channel:
        return s.channel ? channelText(*s.channel) : tr("Any");
    case Evaluations:
        return QLocale().toString(s.evaluations);
    }
    return {};
}

QVariant ScorecardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Scorecard");
    case Version:
        return tr("Version");
    case Purpose:
        return tr("Purpose");
    case Channel:
        return tr("Channel");
    case Evaluations:
        return tr("Evaluations");
    }
    return {};
}

} // namespace huddle::models
