#pragma once

#include "core/kpidefinitions.h"
#include "core/kpivalues.h"
#include "storage/kpirepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// One row per agent with the KPIs of the selected scope. Display text is formatted; SortRole gives the
// raw number so a proxy sorts 9 % before 10 %. Rates on fewer than 10 observations are greyed.
class AgentKpiModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Agent, Team, Handled, Csat, CsatResponses, Aht, Fcr, Sales, Attendance, Qa, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int AgentIdRole = Qt::UserRole + 1;

    explicit AgentKpiModel(QObject *parent = nullptr);

    void setRows(const QList<storage::KpiRow> &rows, const core::KpiDefinitions &definitions = {});
    core::Status load(const storage::KpiRepository &repository, const storage::KpiQuery &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        storage::KpiRow row;
        core::KpiValues values;
    };
    QVariant display(const Entry &entry, int column) const;
    QVariant sortValue(const Entry &entry, int column) const;
    QVariant tooltip(const Entry &entry, int column) const;
    const core::Rate *rateOf(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    core::KpiDefinitions m_definitions;
};

} // namespace huddle::models
