#pragma once

#include "coachingtab.h"
#include "storage/coachingeffectreader.h"

class QLabel;
class QSpinBox;

namespace huddle::models {
class FocusAreaModel;
}

namespace huddle::ui {

class QaTableView;

// What the Effect tab reads: the site's window length and every session of the scope with its focus effects.
struct EffectData {
    int days = 0;
    QList<storage::SessionEffect> effects;
};

// Effect, the team view: per focus KPI over the scope's sessions, how often it improved, stayed or worsened
// after coaching and by how much on average (core::summarizeFocusAreas), the areas that moved most first.
// The window length (days before vs after) is the site's setting, changed here.
class CoachingEffectTab : public CoachingTab {
    Q_OBJECT
public:
    explicit CoachingEffectTab(CoachingPage *page);

    void reload() override;
    void release() override;
    QString title() const override;

    QaTableView *view() const { return m_view; }
    models::FocusAreaModel *model() const { return m_model; }
    QSpinBox *daysBox() const { return m_days; }
    QLabel *explanationLabel() const { return m_explanation; }
    const QList<storage::SessionEffect> &effects() const { return m_effects; }

private:
    void display(const core::Result<EffectData> &data);
    void saveDays(int days);
    void explain(const QString &failure = {});

    models::FocusAreaModel *m_model;
    QSpinBox *m_days;
    QaTableView *m_view;
    QLabel *m_explanation;
    QLabel *m_count;
    QList<storage::SessionEffect> m_effects;
};

} // namespace huddle::ui
