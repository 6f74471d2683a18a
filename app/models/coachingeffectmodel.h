#pragma once

#include "core/coachingeffect.h"
#include "storage/coachingeffectreader.h"

#include <QAbstractTableModel>

namespace huddle::models {

// One session's effect: per focus KPI the value before and after with both n (values with n < 10 greyed),
// the change and the verdict ("Improved", "Not enough data (n 6 after)", "Measuring: 5 of 14 days").
class SessionEffectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kpi, Before, BeforeN, After, AfterN, Change, Verdict, ColumnCount };
    static constexpr int VerdictRole = Qt::UserRole; // core::EffectVerdict as int

    explicit SessionEffectModel(QObject *parent = nullptr);

    // `definitions` give the small-sample threshold (the reader judged with the same one).
    void setEffect(const storage::SessionEffect &effect, const core::KpiDefinitions &definitions = {});
    const storage::SessionEffect &effect() const { return m_effect; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::SessionEffect m_effect;
    core::KpiDefinitions m_definitions;
};

// The team view: which focus areas moved most after coaching (core::summarizeFocusAreas), one row per KPI.
class FocusAreaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kpi, Sessions, Judged, Improved, Unchanged, Worsened, MeanImprovement, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit FocusAreaModel(QObject *parent = nullptr);

    void setSummaries(const QList<core::FocusAreaSummary> &summaries);
    const QList<core::FocusAreaSummary> &summaries() const { return m_summaries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::FocusAreaSummary> m_summaries;
};

} // namespace huddle::models
