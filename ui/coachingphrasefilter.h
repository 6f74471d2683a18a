#pragma once

#include <QSortFilterProxyModel>

namespace huddle::ui {

// Narrows the phrase library to one situation tag (models::PhraseModel::SituationsRole, case-insensitive)
// and to phrases containing a text in either phrase, the tags or the CSAT note.
class CoachingPhraseFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSituation(const QString &situation); // empty: every situation
    void setText(const QString &text);           // empty: every phrase

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_situation;
    QString m_text;
};

} // namespace huddle::ui
