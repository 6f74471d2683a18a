#pragma once

#include "core/coaching.h"
#include "storage/coachingrepository.h"

#include <QAbstractListModel>

namespace huddle::models {

// The agenda Huddle proposes when a session is planned: one checkable row per core::ProposedItem (all
// checked at first), its title written by coachingtext in the user's language, its detail as tooltip.
// chosenItems() turns the checked rows into agenda items to store (titles and details frozen then).
class ProposedAgendaModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int KindRole = Qt::UserRole; // core::AgendaKind as int

    explicit ProposedAgendaModel(QObject *parent = nullptr);

    void setProposal(const QList<core::ProposedItem> &items);
    QList<storage::CoachingAgendaItem> chosenItems() const;
    int checkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<core::ProposedItem> m_items;
    QList<bool> m_checked;
};

} // namespace huddle::models
