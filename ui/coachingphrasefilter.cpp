#include "coachingphrasefilter.h"

#include "models/phrasemodel.h"

namespace huddle::ui {

void CoachingPhraseFilter::setSituation(const QString &situation)
{
    m_situation = situation;
    invalidateFilter();
}

void CoachingPhraseFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CoachingPhraseFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex tags = source->index(sourceRow, models::PhraseModel::Situations, sourceParent);
    if (!m_situation.isEmpty() && !tags.data(models::PhraseModel::SituationsRole)
                                       .toStringList()
                                       .contains(m_situation, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {models::PhraseModel::Longer, models::PhraseModel::Shorter,
                       models::PhraseModel::Situations, models::PhraseModel::CsatNote})
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace huddle::ui
