#include "comparepicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
constexpr int AgentIdRole = Qt::UserRole;
}

ComparePicker::ComparePicker(const QList<storage::AgentEntry> &agents, const QList<qint64> &chosen,
                             QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    setWindowTitle(tr("Compare agents"));
    m_filter->setPlaceholderText(tr("Filter by name or team"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter agents"));
    m_list->setAccessibleName(tr("Agents to compare"));
    for (const storage::AgentEntry &agent : agents) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(agent.name, agent.teamName), m_list);
        item->setData(AgentIdRole, agent.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool ticked = chosen.contains(agent.id) && m_chosen.size() < MaxAgents;
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    // Keep the caller's order for those still listed, so reopening the picker does not reshuffle lines.
    for (qint64 id : chosen)
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(AgentIdRole).toLongLong() == id &&
                m_list->item(row)->checkState() == Qt::Checked && !m_chosen.contains(id))
                m_chosen.append(id);
    m_summary->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_refusal->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ComparePicker::onItemChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &ComparePicker::filter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    resize(380, 460);
    updateSummary();
}

void ComparePicker::onItemChanged(QListWidgetItem *item)
{
    const qint64 id = item->data(AgentIdRole).toLongLong();
    if (item->checkState() != Qt::Checked) {
        m_chosen.removeAll(id);
        m_refusal->hide();
        updateSummary();
        return;
    }
    if (m_chosen.contains(id))
        return;
    if (m_chosen.size() >= MaxAgents) {
        const QSignalBlocker blocker(m_list);
        item->setCheckState(Qt::Unchecked);
        m_refusal->setText(tr("At most %1 agents fit on one chart: untick one before adding %2.")
                               .arg(MaxAgents)
                               .arg(item->text()));
        m_refusal->show();
        return;
    }
    m_chosen.append(id);
    m_refusal->hide();
    updateSummary();
}

void ComparePicker::filter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void ComparePicker::updateSummary()
{
    m_summary->setText(tr("Tick up to %1 agents to draw side by side on the trend chart (%2 ticked).")
                           .arg(MaxAgents)
                           .arg(m_chosen.size()));
}

QString ComparePicker::message() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

} // namespace huddle::ui
