#include "kpiplandialog.h"

#include "kpilabels.h"
#include "storage/directoryrepository.h"
#include "storage/kpiplanrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

constexpr qint64 siteKey = 0;

struct ThresholdRange {
    double low;
    double high;
    int decimals;
    QString suffix;
};

ThresholdRange thresholdRange(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Aht:
        return {0, 36000, 0, KpiPlanDialog::tr(" s")};
    case core::KpiId::Cph:
        return {0, 1000, 1, KpiPlanDialog::tr(" /h")};
    case core::KpiId::Nps:
        return {-100, 100, 0, {}};
    case core::KpiId::Attendance:
    case core::KpiId::Csat:
    case core::KpiId::Sales:
    case core::KpiId::Qa:
    case core::KpiId::Fcr:
        break;
    }
    return {0, 100, 1, QStringLiteral(" %")};
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

KpiPlanDialog::KpiPlanDialog(const storage::Database &database, std::optional<qint64> teamId, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_team(new QComboBox(this))
    , m_inherit(new QCheckBox(tr("&Inherit the site plan"), this))
    , m_sum(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to defaults"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("KPI plan"));
    m_team->setAccessibleName(tr("Plan for"));
    m_inherit->setToolTip(tr("The team is judged by the site plan and follows its later changes."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_reset->setToolTip(tr("Weights attendance 30, CSAT 25, sales 20, QA 15, AHT 10 and the default "
                           "thresholds. Nothing is saved until OK."));
    m_buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KpiPlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, &KpiPlanDialog::resetToDefaults);
    connect(m_inherit, &QCheckBox::toggled, this, &KpiPlanDialog::onInheritToggled);

    auto *top = new QFormLayout;
    top->addRow(tr("Plan &for:"), m_team);
    top->addRow(QString(), m_inherit);
    auto *explanation =
        new QLabel(tr("Each KPI is judged against its thresholds (far below, below, met, exceeded) and the "
                      "band's points "
                      "are combined with the weights below into a 0–100 score. AHT is better when lower."),
                   this);
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(explanation);
    layout->addWidget(createEditors());
    layout->addWidget(createBandPoints());
    layout->addWidget(m_sum);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillTeams();
    selectTeam(teamId);
    connect(m_team, &QComboBox::currentIndexChanged, this, &KpiPlanDialog::showTeam);
}

QWidget *KpiPlanDialog::createEditors()
{
    m_editors = new QGroupBox(tr("Weights and thresholds"), this);
    auto *grid = new QGridLayout(m_editors);
    const QStringList headings{tr("KPI"),      tr("Weight"),        tr("Below from"),
                               tr("Met from"), tr("Exceeded from"), tr("Better when")};
    for (int column = 0; column < headings.size(); ++column)
        grid->addWidget(boldLabel(headings[column], m_editors), 0, column);
    for (core::KpiId kpi : core::AllKpis) {
        const int row = static_cast<int>(kpi) + 1;
        const QString name = kpiName(kpi);
        grid->addWidget(new QLabel(name, m_editors), row, 0);
        auto *weight = new QSpinBox(m_editors);
        weight->setRange(0, 100);
        weight->setSuffix(QStringLiteral(" %"));
        weight->setAccessibleName(tr("%1 weight").arg(name));
        connect(weight, &QSpinBox::valueChanged, this, &KpiPlanDialog::onEdited);
        m_weights[static_cast<int>(kpi)] = weight;
        grid->addWidget(weight, row, 1);
        const ThresholdRange range = thresholdRange(kpi);
        const QStringList edges{tr("below"), tr("met"), tr("exceeded")};
        for (int edge = 0; edge < 3; ++edge) {
            auto *spin = new QDoubleSpinBox(m_editors);
            spin->setRange(range.low, range.high);
            spin->setDecimals(range.decimals);
            spin->setSuffix(range.suffix);
            spin->setAccessibleName(tr("%1 %2 threshold").arg(name, edges[edge]));
            connect(spin, &QDoubleSpinBox::valueChanged, this, &KpiPlanDialog::onEdited);
            m_thresholds[static_cast<int>(kpi)][edge] = spin;
            grid->addWidget(spin, row, 2 + edge);
        }
        grid->addWidget(new QLabel(core::lowerIsBetter(kpi) ? tr("lower") : tr("higher"), m_editors), row, 5);
    }
    return m_editors;
}

QWidget *KpiPlanDialog::createBandPoints()
{
    auto *box = new QWidget(this);
    m_bandPointsBox = box;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Points per band:"), box));
    const std::array<core::Band, 4> bands{core::Band::FarBelow, core::Band::Below, core::Band::Met,
                                          core::Band::Exceeded};
    for (std::size_t i = 0; i < bands.size(); ++i) {
        auto *spin = new QSpinBox(box);
        spin->setRange(0, 100);
        spin->setAccessibleName(tr("Points for %1").arg(bandName(bands[i])));
        connect(spin, &QSpinBox::valueChanged, this, &KpiPlanDialog::onEdited);
        m_bandPoints[i] = spin;
        layout->addWidget(new QLabel(bandName(bands[i]), box));
        layout->addWidget(spin);
    }
    layout->addStretch(1);
    return box;
}

void KpiPlanDialog::fillTeams()
{
    m_team->addItem(tr("Site default (teams without a plan of their own)"), siteKey);
    if (auto teams = storage::DirectoryRepository(*m_database).teams())
        for (const storage::TeamEntry &team : teams.value())
            m_team->addItem(team.name, team.id);
}

void KpiPlanDialog::selectTeam(std::optional<qint64> teamId)
{
    const int index = m_team->findData(teamId.value_or(siteKey));
    m_team->setCurrentIndex(std::max(0, index));
    showTeam();
}

std::optional<qint64> KpiPlanDialog::currentTeam() const
{
    const qint64 key = m_team->currentData().toLongLong();
    return key == siteKey ? std::nullopt : std::optional<qint64>(key);
}

QDoubleSpinBox *KpiPlanDialog::thresholdEdit(core::KpiId kpi, int edge) const
{
    return m_thresholds[static_cast<int>(kpi)][static_cast<std::size_t>(edge)];
}

QPushButton *KpiPlanDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// A team never seen in this dialog starts from what is stored: its own plan, or the site's when it
// inherits (shown read-only).
KpiPlanDialog::Pending &KpiPlanDialog::pendingFor(qint64 key)
{
    auto found = m_pending.find(key);
    if (found != m_pending.end())
        return *found;
    const storage::KpiPlanRepository plans(*m_database);
    const std::optional<qint64> team = key == siteKey ? std::nullopt : std::optional<qint64>(key);
    Pending pending;
    auto own = plans.ownPlan(team);
    if (!own)
        pending.readError = tr("could not read the stored plan: %1").arg(own.error().toString());
    if (own && own.value()) {
        pending.plan = *own.value();
    } else {
        pending.inherit = key != siteKey;
        pending.plan = key == siteKey ? core::KpiPlan::defaults() : sitePlan();
    }
    return *m_pending.insert(key, pending);
}

// The site plan as it will be after OK: edited in this dialog, else stored, else the defaults.
core::KpiPlan KpiPlanDialog::sitePlan()
{
    if (m_pending.contains(siteKey))
        return m_pending[siteKey].plan;
    auto stored = storage::KpiPlanRepository(*m_database).planFor(std::nullopt);
    return stored ? stored.value() : core::KpiPlan::defaults();
}

void KpiPlanDialog::showTeam()
{
    const qint64 key = m_team->currentData().toLongLong();
    m_shown = key;
    Pending &pending = pendingFor(key);
    if (pending.inherit)
        pending.plan = sitePlan();
    m_writing = true;
    m_inherit->setVisible(key != siteKey);
    m_inherit->setChecked(pending.inherit);
    m_writing = false;
    writeEditors(pending.plan);
    setEditable(!pending.inherit);
    updateState();
}

// A team that inherits shows the site plan read-only.
void KpiPlanDialog::setEditable(bool editable)
{
    m_editors->setEnabled(editable);
    m_bandPointsBox->setEnabled(editable);
}

void KpiPlanDialog::writeEditors(const core::KpiPlan &plan)
{
    m_writing = true;
    for (core::KpiId kpi : core::AllKpis) {
        const core::KpiPlanEntry &entry = plan.entry(kpi);
        weightEdit(kpi)->setValue(entry.weight);
        thresholdEdit(kpi, 0)->setValue(entry.thresholds.below);
        thresholdEdit(kpi, 1)->setValue(entry.thresholds.met);
        thresholdEdit(kpi, 2)->setValue(entry.thresholds.exceeded);
    }
    for (std::size_t i = 0; i < m_bandPoints.size(); ++i)
        m_bandPoints[i]->setValue(plan.bandPoints[i]);
    m_writing = false;
}

core::KpiPlan KpiPlanDialog::editedPlan() const
{
    core::KpiPlan plan;
    for (core::KpiId kpi : core::AllKpis)
        plan.entry(kpi) = {
            weightEdit(kpi)->value(),
            {thresholdEdit(kpi, 0)->value(), thresholdEdit(kpi, 1)->value(), thresholdEdit(kpi, 2)->value()}};
    for (std::size_t i = 0; i < m_bandPoints.size(); ++i)
        plan.bandPoints[i] = m_bandPoints[i]->value();
    return plan;
}

void KpiPlanDialog::onEdited()
{
    if (m_writing || m_shown < 0)
        return;
    Pending &pending = pendingFor(m_shown);
    pending.plan = editedPlan();
    pending.changed = true;
    updateState();
}

void KpiPlanDialog::onInheritToggled(bool inherit)
{
    if (m_writing || m_shown < 0)
        return;
    Pending &pending = pendingFor(m_shown);
    pending.inherit = inherit;
    pending.changed = true;
    if (inherit)
        pending.plan = sitePlan();
    writeEditors(pending.plan);
    setEditable(!inherit);
    updateState();
}

void KpiPlanDialog::resetToDefaults()
{
    Pending &pending = pendingFor(m_shown);
    pending.inherit = false;
    pending.plan = core::KpiPlan::defaults();
    pending.changed = true;
    m_writing = true;
    m_inherit->setChecked(false);
    m_writing = false;
    writeEditors(pending.plan);
    setEditable(true);
    updateState();
}

QString KpiPlanDialog::teamName(qint64 key) const
{
    return m_team->itemText(std::max(0, m_team->findData(key)));
}

// OK is possible when every plan this dialog would save is valid; the first problem is named with its team.
void KpiPlanDialog::updateState()
{
    const core::KpiPlan shown = editedPlan();
    int sum = 0;
    for (core::KpiId kpi : core::AllKpis)
        sum += shown.entry(kpi).weight;
    m_sum->setText(sum == 100 ? tr("Weights total %1 %.").arg(sum)
                              : tr("Weights total %1 % — they must total 100 %.").arg(sum));
    QFont font = m_sum->font();
    font.setBold(sum != 100);
    m_sum->setFont(font);
    QString problem;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && problem.isEmpty(); ++it) {
        if (!it->readError.isEmpty())
            problem = tr("%1: %2").arg(teamName(it.key()), it->readError);
        if (!it->changed || it->inherit)
            continue;
        else if (const core::Status valid = it->plan.validate(); !valid)
            problem = tr("%1: %2").arg(teamName(it.key()), valid.error().message);
    }
    m_problem->setText(problem.isEmpty() ? QString() : tr("Cannot save yet — %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
    okButton()->setToolTip(problem);
}

QString KpiPlanDialog::problem() const
{
    return m_problem->text();
}

QString KpiPlanDialog::sumText() const
{
    return m_sum->text();
}

void KpiPlanDialog::accept()
{
    updateState();
    if (!okButton()->isEnabled())
        return;
    const storage::KpiPlanRepository plans(*m_database);
    bool savedAny = false;
    // The site first: a team that starts inheriting reads it.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!it->changed)
            continue;
        const std::optional<qint64> team =
            it.key() == siteKey ? std::nullopt : std::optional<qint64>(it.key());
        const core::Status saved = it->inherit ? plans.remove(team) : plans.save(team, it->plan);
        if (!saved) {
            const QString message =
                tr("The plan for %1 was not saved: %2").arg(teamName(it.key()), saved.error().toString());
            m_problem->setText(message);
            m_problem->show();
            QMessageBox::critical(this, windowTitle(), message);
            if (savedAny)
                Q_EMIT plansSaved();
            return;
        }
        savedAny = true;
    }
    if (savedAny)
        Q_EMIT plansSaved();
    QDialog::accept();
}

} // namespace huddle::ui
