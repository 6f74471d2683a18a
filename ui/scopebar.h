#pragma once

#include "models/scope.h"
#include "storage/directoryrepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTimer;
class QToolButton;

namespace huddle::ui {

// The team, agent, date range and granularity every page looks at, chosen once at the top of the window.
class ScopeBar : public QWidget {
    Q_OBJECT
public:
    explicit ScopeBar(QWidget *parent = nullptr);

    // Refills the team and agent lists and resets the range to the latest weeks with data.
    void setDirectory(const storage::DirectoryRepository *directory);
    models::Scope scope() const { return m_scope; }
    // "All teams", "Billing" or "Ana Reyes": what the pages are showing, for titles.
    QString describe() const;
    void setAgent(qint64 agentId);
    // A team, or all teams when empty.
    void setTeam(std::optional<qint64> teamId);
    void setRange(core::DateRange range);
    void setGranularity(core::Granularity granularity);
    // The agents compared on the trend chart; more than ComparePicker::MaxAgents are cut to that many.
    void setCompareAgents(const QList<qint64> &agentIds);
    // Opens the picker; the scope changes when it is accepted.
    void chooseCompareAgents();

Q_SIGNALS:
    void scopeChanged(const huddle::models::Scope &scope);

private:
    void fillTeams();
    void fillAgents();
    void applyPreset(int index);
    void onTeamChanged();
    void onAgentChanged();
    void onDatesEdited();
    void publish();
    void updateCompareButton();
    void alignPresetStart(QDate &from) const;

    const storage::DirectoryRepository *m_directory = nullptr;
    core::DateRange m_dataRange;
    models::Scope m_scope;
    QComboBox *m_team;
    QComboBox *m_agent;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QToolButton *m_compare;
    QTimer *m_dateSettle;
    QDateEdit *m_lastEdited = nullptr;
    bool m_updating = false;
};

} // namespace huddle::ui
