#pragma once

#include "qatab.h"

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace huddle::models {
class MistakeInstanceModel;
class MistakeModel;
} // namespace huddle::models

namespace huddle::ui {

class QaTableView;

// Mistakes by impact for an agent (the scope's, or one picked here) over the scope's period: failed
// criteria of published QA evaluations, most QA points lost first, and below the selected one the
// evaluations behind it. Double-click (or Enter) opens an evaluation.
class MistakesView : public QaTab {
    Q_OBJECT
public:
    explicit MistakesView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

    // For tests and callers.
    QComboBox *agentBox() const { return m_agent; }
    QaTableView *mistakeView() const { return m_mistakeView; }
    QaTableView *instanceView() const { return m_instanceView; }
    models::MistakeModel *mistakes() const { return m_mistakes; }
    models::MistakeInstanceModel *instances() const { return m_instances; }
    QLabel *summaryLabel() const { return m_summary; }
    QWidget *openSelectedInstance(); // the evaluation form, or null without a selection

private:
    void fillAgents(bool followScope);
    std::optional<qint64> pickedAgent() const;
    QString pickedAgentName() const;
    void reloadMistakes();
    void showInstances();
    // How many published QA evaluations the list rests on; empty when it could not be counted.
    std::optional<int> countEvaluations() const;
    void describe(const std::optional<int> &evaluations);
    QString periodText() const;

    const storage::Database *m_database = nullptr;
    models::Scope m_scope;
    models::MistakeModel *m_mistakes;
    models::MistakeInstanceModel *m_instances;
    QComboBox *m_agent;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QaTableView *m_mistakeView;
    QLabel *m_instancesTitle;
    QaTableView *m_instanceView;
};

} // namespace huddle::ui
