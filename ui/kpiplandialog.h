#pragma once

#include "core/kpiplan.h"
#include "storage/database.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace huddle::ui {

// Settings → KPI plan: per team (or the site default) the weight of each KPI in the weighted score and the
// thresholds of its bands. Edits of several teams are kept until OK, which saves them all; Cancel leaves
// the database as it was. OK stays disabled, with the reason shown, while a plan is invalid (weights must
// sum to 100, thresholds must run the KPI's good way).
class KpiPlanDialog : public QDialog {
    Q_OBJECT
public:
    KpiPlanDialog(const storage::Database &database, std::optional<qint64> teamId, QWidget *parent = nullptr);

    void selectTeam(std::optional<qint64> teamId);
    std::optional<qint64> currentTeam() const;
    QSpinBox *weightEdit(core::KpiId kpi) const { return m_weights[static_cast<int>(kpi)]; }
    // 0: below, 1: met, 2: exceeded.
    QDoubleSpinBox *thresholdEdit(core::KpiId kpi, int edge) const;
    QCheckBox *inheritBox() const { return m_inherit; }
    QPushButton *okButton() const;
    QPushButton *resetButton() const { return m_reset; }
    QString problem() const;
    QString sumText() const;
    core::KpiPlan editedPlan() const;

Q_SIGNALS:
    void plansSaved();

public Q_SLOTS:
    void accept() override;

private:
    struct Pending {
        bool inherit = false;
        core::KpiPlan plan;
        bool changed = false;
        QString readError; // the stored plan could not be read: nothing is saved over it
    };

    QWidget *createEditors();
    QWidget *createBandPoints();
    void fillTeams();
    void showTeam();
    void setEditable(bool editable);
    void writeEditors(const core::KpiPlan &plan);
    void onEdited();
    void onInheritToggled(bool inherit);
    void resetToDefaults();
    void updateState();
    Pending &pendingFor(qint64 key);
    core::KpiPlan sitePlan();
    QString teamName(qint64 key) const;

    const storage::Database *m_database;
    QMap<qint64, Pending> m_pending; // key 0: the site's plan; team ids start at 1
    qint64 m_shown = -1;
    bool m_writing = false;
    QComboBox *m_team;
    QCheckBox *m_inherit;
    std::array<QSpinBox *, core::KpiCount> m_weights{};
    std::array<std::array<QDoubleSpinBox *, 3>, core::KpiCount> m_thresholds{};
    std::array<QSpinBox *, 4> m_bandPoints{};
    QWidget *m_editors = nullptr;
    QWidget *m_bandPointsBox = nullptr;
    QLabel *m_sum;
    QLabel *m_problem;
    QPushButton *m_reset;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
