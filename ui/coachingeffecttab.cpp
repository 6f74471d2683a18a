#include "coachingeffecttab.h"

#include "core/kpidefinitions.h"
#include "currentuser.h"
#include "models/coachingeffectmodel.h"
#include "qatableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huddle::ui {

CoachingEffectTab::CoachingEffectTab(CoachingPage *page)
    : CoachingTab(page)
    , m_model(new models::FocusAreaModel(this))
    , m_days(new QSpinBox(this))
    , m_view(new QaTableView(m_model, models::FocusAreaModel::SortRole, this))
    , m_explanation(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_days->setObjectName(QStringLiteral("effectDays"));
    m_days->setRange(1, 90);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before and after a session"));
    m_days->setToolTip(tr("How many days before and after each session its focus KPIs are compared over "
                          "(a site setting)"));
    m_days->setValue(14);               // the built-in window, until the site's setting is read
    m_days->setKeyboardTracking(false); // typing "30" saves 30, not 3 on the way
    m_days->setEnabled(false);
    m_view->setObjectName(QStringLiteral("focusAreaTable"));
    m_view->setAccessibleName(tr("Focus areas by effect"));
    fitColumns(m_view, -1);
    m_explanation->setObjectName(QStringLiteral("effectExplanation"));
    m_explanation->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("effectCount"));
    m_count->setWordWrap(true);

    auto *daysLabel = new QLabel(tr("&Window:"), this);
    daysLabel->setBuddy(m_days);
    auto *top = new QHBoxLayout;
    top->addWidget(m_explanation, 1);
    top->addWidget(daysLabel);
    top->addWidget(m_days);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(heading(tr("&Focus areas — which KPIs moved most after coaching"), m_view));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_days, &QSpinBox::valueChanged, this, &CoachingEffectTab::saveDays);
    explain();
}

QString CoachingEffectTab::title() const
{
    return tr("Effect");
}

void CoachingEffectTab::reload()
{
    storage::CoachingFilter filter;
    filter.range = scope().range;
    filter.teamId = scope().teamId;
    filter.agentId = scope().agentId;
    const QDate day = today();
    load<EffectData>(
        [filter, day](const storage::Database &db) -> core::Result<EffectData> {
            const storage::CoachingEffectReader reader(db);
            auto days = reader.effectDays();
            if (!days)
                return days.error();
            auto effects = reader.effects(filter, day, days.value());
            if (!effects)
                return effects.error();
            return EffectData{days.value(), effects.value()};
        },
        [this](const core::Result<EffectData> &data) { display(data); });
}

void CoachingEffectTab::release()
{
    m_effects.clear();
    m_model->setSummaries({});
    m_days->setEnabled(false);
    explain();
}

void CoachingEffectTab::display(const core::Result<EffectData> &data)
{
    m_effects = data ? data.value().effects : QList<storage::SessionEffect>{};
    QList<core::FocusEffect> focus;
    for (const storage::SessionEffect &effect : std::as_const(m_effects))
        focus.append(effect.focus);
    m_model->setSummaries(core::summarizeFocusAreas(focus));
    if (data) {
        const QSignalBlocker blocker(m_days);
        m_days->setValue(data.value().days);
    }
    m_days->setEnabled(data.ok());
    explain(data ? QString() : tr("Could not measure the effect: %1").arg(data.error().toString()));
}

void CoachingEffectTab::explain(const QString &failure)
{
    const QLocale locale;
    m_explanation->setText(
        tr("After coaching, over %1 days before vs %1 after; sessions with n < %2 are not "
           "judged.")
            .arg(locale.toString(m_days->value()), locale.toString(core::KpiDefinitions{}.smallSample)));
    if (!failure.isEmpty()) {
        m_count->setText(failure);
        return;
    }
    int judged = 0;
    for (const core::FocusAreaSummary &summary : m_model->summaries())
        judged += summary.judged;
    m_count->setText(tr("%1 sessions with a focus in the period; %2 focus KPIs judged.")
                         .arg(locale.toString(m_effects.size()), locale.toString(judged)));
}

void CoachingEffectTab::saveDays(int days)
{
    if (!database())
        return;
    if (const core::Status saved =
            storage::CoachingEffectReader(*database()).setEffectDays(days, currentUserName());
        !saved) {
        explain(tr("Could not save the window: %1").arg(saved.error().toString()));
        return;
    }
    reload();
}

} // namespace huddle::ui
