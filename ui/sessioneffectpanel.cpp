#include "sessioneffectpanel.h"

#include "effectchart.h"
#include "focustrendchart.h"
#include "latestload.h"
#include "models/coachingeffectmodel.h"
#include "models/dashboarddata.h"
#include "models/kpitext.h"
#include "rowtable.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

struct SessionEffectPanel::Measured {
    storage::SessionEffect effect;
    QString effectError;
    QList<models::TrendPoint> weeks;
    QString trendError;
    qint64 smallSample = core::KpiDefinitions{}.smallSample;
    qint64 milliseconds = 0;
};

SessionEffectPanel::SessionEffectPanel(QWidget *parent)
    : QWidget(parent)
    , m_trend(new FocusTrendChart(this))
    , m_model(new models::SessionEffectModel(this))
    , m_table(makeRowTable(m_model, QStringLiteral("sessionEffect"), tr("Effect of the session"), this,
                           models::SessionEffectModel::Verdict))
    , m_windows(new QLabel(this))
    , m_chartRow(new QHBoxLayout)
{
    m_trend->setObjectName(QStringLiteral("focusTrend"));
    m_windows->setObjectName(QStringLiteral("effectWindows"));
    m_windows->setWordWrap(true);
    auto *effectPage = new QWidget(this);
    auto *effectLayout = new QVBoxLayout(effectPage);
    effectLayout->addWidget(m_windows);
    effectLayout->addWidget(m_table, 1);
    effectLayout->addLayout(m_chartRow, 2);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sessionNumbers"));
    tabs->addTab(m_trend, tr("&Trend"));
    tabs->addTab(effectPage, tr("&Effect"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    m_trend->setMessage(tr("Loading the trend…"));
}

const storage::SessionEffect &SessionEffectPanel::effect() const
{
    return m_model->effect();
}

void SessionEffectPanel::load(const storage::Database &database, const Request &request)
{
    m_loading = true;
    loadLatest<Measured>(
        this, m_generation, database.path(),
        [request](const storage::Database &worker) -> core::Result<Measured> {
            return measure(worker, request);
        },
        [this, request](const core::Result<Measured> &result) {
            m_loading = false;
            Measured measured;
            if (result)
                measured = result.value();
            else
                measured.effectError = measured.trendError = result.error().toString();
            show(measured, request);
            Q_EMIT loaded();
        });
}

void SessionEffectPanel::show(const Measured &measured, const Request &request)
{
    m_lastLoadMs = measured.milliseconds;
    if (measured.trendError.isEmpty())
        m_trend->setTrend(request.focus, request.day, measured.weeks, measured.smallSample);
    else
        m_trend->setMessage(tr("Could not read the trend: %1").arg(measured.trendError));
    m_model->setEffect(measured.effect);
    const core::EffectWindows &w = measured.effect.windows;
    const QLocale locale;
    if (!measured.effectError.isEmpty())
        m_windows->setText(tr("Could not measure the effect: %1").arg(measured.effectError));
    else if (!w.after.isValid())
        m_windows->setText(tr("Before: %1 – %2. The after window starts the day after the session.")
                               .arg(locale.toString(w.before.from, QLocale::ShortFormat),
                                    locale.toString(w.before.to, QLocale::ShortFormat)));
    else
        m_windows->setText(tr("Before: %1 – %2; after: %3 – %4%5. No result is claimed on fewer than %6 "
                              "observations.")
                               .arg(locale.toString(w.before.from, QLocale::ShortFormat),
                                    locale.toString(w.before.to, QLocale::ShortFormat),
                                    locale.toString(w.after.from, QLocale::ShortFormat),
                                    locale.toString(w.after.to, QLocale::ShortFormat),
                                    w.afterComplete ? QString() : tr(" (still running)"),
                                    locale.toString(measured.smallSample)));
    m_focus = request.focus;
    showEffectCharts(measured.effect, measured.smallSample);
}

void SessionEffectPanel::showEffectCharts(const storage::SessionEffect &effect, qint64 smallSample)
{
    qDeleteAll(m_charts);
    m_charts.clear();
    for (const core::FocusEffect &focus : effect.focus) {
        auto *chart = new EffectChart(this);
        const bool besideAht = !m_focus.contains(focus.kpi);
        chart->setEffect(focus, smallSample,
                         besideAht ? tr("%1 (beside AHT)").arg(models::kpiName(focus.kpi)) : QString());
        m_chartRow->addWidget(chart);
        m_charts.append(chart);
    }
}

SessionEffectPanel::Measured SessionEffectPanel::measure(const storage::Database &database,
                                                         const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    Measured measured;
    // Measured like the trend is drawn: CSAT beside AHT when AHT is a focus without it.
    storage::CoachingSession session;
    session.id = request.sessionId;
    session.agentId = request.agentId;
    session.day = request.day;
    session.focus = FocusTrendChart::chartedKpis(request.focus);
    const auto effect = storage::CoachingEffectReader(database).effect(session, request.today);
    if (effect)
        measured.effect = effect.value();
    else
        measured.effectError = effect.error().toString();
    models::Scope scope;
    scope.range = FocusTrendChart::window(request.day);
    scope.agentId = request.agentId;
    scope.granularity = core::Granularity::Week;
    const auto dashboard = models::loadDashboard(database, scope);
    if (dashboard)
        measured.weeks = dashboard.value().trend;
    else
        measured.trendError = dashboard.error().toString();
    measured.milliseconds = timer.elapsed();
    return measured;
}

} // namespace huddle::ui
