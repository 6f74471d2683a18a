#include "scopebar.h"

#include "comparepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace huddle::ui {

namespace {

// Presets count back from the last day that holds data, so an old export still opens on its own weeks.
struct Preset {
    const char *label;
    int days;
};
constexpr Preset presets[] = {{QT_TRANSLATE_NOOP("huddle::ui::ScopeBar", "Last 7 days"), 7},
                              {QT_TRANSLATE_NOOP("huddle::ui::ScopeBar", "Last 4 weeks"), 28},
                              {QT_TRANSLATE_NOOP("huddle::ui::ScopeBar", "Last 13 weeks"), 91},
                              {QT_TRANSLATE_NOOP("huddle::ui::ScopeBar", "Last 6 months"), 182},
                              {QT_TRANSLATE_NOOP("huddle::ui::ScopeBar", "Last 12 months"), 365}};
constexpr int defaultPreset = 2;
constexpr int customPreset = static_cast<int>(std::size(presets));

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ScopeBar::ScopeBar(QWidget *parent)
    : QWidget(parent)
    , m_team(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_granularity(new QComboBox(this))
    , m_compare(new QToolButton(this))
    , m_dateSettle(new QTimer(this))
{
    m_team->setMinimumContentsLength(14);
    m_agent->setMinimumContentsLength(18);
    m_team->setAccessibleName(tr("Team"));
    m_agent->setAccessibleName(tr("Agent"));
    for (const Preset &preset : presets)
        m_preset->addItem(tr(preset.label), preset.days);
    m_preset->addItem(tr("Custom"), 0);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // Periods are trend buckets even without data: QDateEdit's own span (1752 to 9999) would let a typo
        // ask for millions of empty days (as huddle-cli kpi refuses more than a century).
        edit->setDateRange(QDate(1970, 1, 1), QDate(2099, 12, 31));
    }
    m_granularity->addItem(tr("Daily"), static_cast<int>(core::Granularity::Day));
    m_granularity->addItem(tr("Weekly"), static_cast<int>(core::Granularity::Week));
    m_granularity->addItem(tr("Monthly"), static_cast<int>(core::Granularity::Month));
    m_granularity->setAccessibleName(tr("Trend granularity"));
    m_granularity->setCurrentIndex(1);
    m_scope.granularity = core::Granularity::Week;

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(buddyLabel(tr("&Team"), m_team, this));
    layout->addWidget(m_team);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("A&gent"), m_agent, this));
    layout->addWidget(m_agent);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Period"), m_preset, this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("T&rend"), m_granularity, this));
    layout->addWidget(m_granularity);
    layout->addSpacing(8);
    m_compare->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compare->setAccessibleName(tr("Compare agents on the trend chart"));
    m_compare->setToolTip(
        tr("Draw up to %1 agents side by side on the trend chart").arg(ComparePicker::MaxAgents));
    updateCompareButton();
    layout->addWidget(m_compare);
    layout->addStretch(1);
    connect(m_compare, &QToolButton::clicked, this, &ScopeBar::chooseCompareAgents);

    connect(m_team, &QComboBox::currentIndexChanged, this, &ScopeBar::onTeamChanged);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &ScopeBar::onAgentChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ScopeBar::applyPreset);
    // Typing or stepping through a date changes it several times in a row; each change would start a load,
    // so the scope is published once the dates have been still for a moment.
    m_dateSettle->setSingleShot(true);
    m_dateSettle->setInterval(250);
    connect(m_dateSettle, &QTimer::timeout, this, &ScopeBar::onDatesEdited);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
            if (m_updating)
                return;
            m_lastEdited = edit;
            m_dateSettle->start();
        });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_scope.granularity = static_cast<core::Granularity>(m_granularity->itemData(index).toInt());
        if (m_preset->currentIndex() < customPreset)
            applyPreset(
                m_preset->currentIndex()); // re-aligns the preset to whole weeks or back, and publishes
        else
            publish();
    });
}

void ScopeBar::setDirectory(const storage::DirectoryRepository *directory)
{
    m_directory = directory;
    m_updating = true;
    m_dataRange = {};
    if (m_directory)
        if (auto span = m_directory->dataRange(); span && span.value().isValid())
            m_dataRange = span.value();
    if (!m_dataRange.isValid()) // an empty database: show the recent past
        m_dataRange = {QDate::currentDate().addDays(-90), QDate::currentDate()};
    m_scope.teamId.reset();
    m_scope.agentId.reset();
    m_scope.compareAgents.clear();
    updateCompareButton();
    m_scope.range = {}; // the agent list is built for the new database's last day, not the old range's
    fillTeams();
    m_preset->setCurrentIndex(defaultPreset);
    m_updating = false;
    applyPreset(defaultPreset);
}

void ScopeBar::fillTeams()
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QVariant());
    if (m_directory)
        if (auto teams = m_directory->teams())
            for (const storage::TeamEntry &team : teams.value())
                m_team->addItem(team.name, team.id);
    fillAgents();
}

void ScopeBar::fillAgents()
{
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(m_scope.teamId ? tr("Whole team") : tr("All agents"), QVariant());
    const QDate day = m_scope.range.isValid() ? m_scope.range.to : m_dataRange.to;
    if (m_directory)
        if (auto agents = m_directory->agents(m_scope.teamId, day))
            for (const storage::AgentEntry &agent : agents.value())
                m_agent->addItem(agent.name, agent.id);
    const int index = m_scope.agentId ? m_agent->findData(*m_scope.agentId) : 0;
    m_agent->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_scope.agentId.reset();
}

void ScopeBar::applyPreset(int index)
{
    if (m_updating || index < 0 || index >= customPreset)
        return;
    const int days = m_preset->itemData(index).toInt();
    QDate from = m_dataRange.to.addDays(1 - days);
    alignPresetStart(from);
    setRange({from, m_dataRange.to});
}

void ScopeBar::setRange(core::DateRange range)
{
    m_updating = true;
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_updating = false;
    onDatesEdited();
}

// Whole weeks or months: a lone Saturday or 30th would be a misleading first point.
void ScopeBar::alignPresetStart(QDate &from) const
{
    if (m_scope.granularity == core::Granularity::Week)
        from = core::weekStart(from);
    else if (m_scope.granularity == core::Granularity::Month)
        from = QDate(from.year(), from.month(), 1);
}

void ScopeBar::setGranularity(core::Granularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(static_cast<int>(granularity)));
}

void ScopeBar::setCompareAgents(const QList<qint64> &agentIds)
{
    QList<qint64> unique;
    for (qint64 id : agentIds)
        if (!unique.contains(id) && unique.size() < ComparePicker::MaxAgents)
            unique.append(id);
    if (unique == m_scope.compareAgents)
        return;
    m_scope.compareAgents = unique;
    updateCompareButton();
    publish();
}

void ScopeBar::chooseCompareAgents()
{
    QList<storage::AgentEntry> agents;
    const QDate day = m_scope.range.isValid() ? m_scope.range.to : m_dataRange.to;
    if (m_directory)
        if (auto all = m_directory->agents(std::nullopt, day))
            agents = all.value();
    ComparePicker picker(agents, m_scope.compareAgents, this);
    if (picker.exec() == QDialog::Accepted)
        setCompareAgents(picker.chosen());
}

void ScopeBar::updateCompareButton()
{
    m_compare->setText(m_scope.compareAgents.isEmpty()
                           ? tr("&Compare…")
                           : tr("&Compare (%1)…").arg(m_scope.compareAgents.size()));
}

void ScopeBar::setAgent(qint64 agentId)
{
    int index = m_agent->findData(agentId);
    if (index < 0) { // the agent is in another team: widen to all teams first
        m_team->setCurrentIndex(0);
        index = m_agent->findData(agentId);
    }
    if (index >= 0)
        m_agent->setCurrentIndex(index);
}

void ScopeBar::setTeam(std::optional<qint64> teamId)
{
    const int index = teamId ? m_team->findData(*teamId) : 0;
    if (index >= 0)
        m_team->setCurrentIndex(index);
}

void ScopeBar::onTeamChanged()
{
    const QVariant id = m_team->currentData();
    m_scope.teamId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    fillAgents();
    publish();
}

void ScopeBar::onAgentChanged()
{
    const QVariant id = m_agent->currentData();
    m_scope.agentId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    publish();
}

void ScopeBar::onDatesEdited()
{
    if (m_updating)
        return;
    m_dateSettle->stop();
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to) { // keep the range valid: the other end follows the one that was moved
        const bool fromMoved = m_lastEdited == m_from;
        QDateEdit *other = fromMoved ? m_to : m_from;
        const QSignalBlocker blocker(other);
        other->setDate(fromMoved ? from : to);
        from = m_from->date();
        to = m_to->date();
    }
    m_scope.range = {from, to};
    const QDate presetFrom = to.addDays(1 - m_preset->currentData().toInt());
    QDate alignedFrom = presetFrom;
    alignPresetStart(alignedFrom);
    const bool matchesPreset = to == m_dataRange.to && m_preset->currentIndex() < customPreset &&
                               (from == presetFrom || from == alignedFrom);
    if (!matchesPreset) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(customPreset);
    }
    publish();
}

QString ScopeBar::describe() const
{
    return m_scope.agentId ? m_agent->currentText() : m_team->currentText();
}

void ScopeBar::publish()
{
    if (!m_updating && m_scope.range.isValid())
        Q_EMIT scopeChanged(m_scope);
}

} // namespace huddle::ui
