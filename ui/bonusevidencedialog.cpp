#include "bonusevidencedialog.h"

#include "bonuspagetext.h"
#include "models/bonusevidencemodel.h"
#include "storage/bonusevidencereader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

BonusEvidenceDialog::BonusEvidenceDialog(const storage::Database &database,
                                         const reports::AgentBonusRow &agent, const core::BonusLine &line,
                                         const reports::BonusMonth &month, QWidget *parent)
    : QDialog(parent)
    , m_model(new models::BonusEvidenceModel(this))
    , m_table(new QTableView(this))
    , m_explanation(new QLabel(this))
    , m_frozen(new QLabel(this))
    , m_status(new QLabel(this))
{
    const QString monthName = BonusPageText::monthName(month.month);
    setWindowTitle(tr("%1 — %2, %3").arg(line.label, agent.agentName, monthName));
    auto *heading = new QLabel(tr("<b>%1</b> · %2 · %3: <b>%4</b>")
                                   .arg(agent.agentName.toHtmlEscaped(), monthName,
                                        line.label.toHtmlEscaped(), month.money.format(line.amount)),
                               this);
    m_explanation->setText(line.explanation);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_frozen->setWordWrap(true);
    m_frozen->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px"));
    if (month.lock)
        m_frozen->setText(
            tr("The month is locked; rows shown are today's data. The amount above is the one frozen "
               "with the lock."));
    m_frozen->setVisible(month.lock.has_value());

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(models::BonusEvidenceModel::SortRole);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the reader's order (by day) until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Rows behind the amount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_frozen);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 480);

    readRows(database, agent.agentId, month.month, line.evidence, month.money);
}

// One agent's month of one kind of row: a few hundred at most, read at once.
void BonusEvidenceDialog::readRows(const storage::Database &database, qint64 agentId, QDate month,
                                   core::BonusEvidence evidence, const core::MoneyFormat &money)
{
    if (evidence == core::BonusEvidence::None) {
        m_table->hide();
        m_status->setText(
            tr("This line is not computed from rows of data; its sentence above says how it came "
               "about."));
        return;
    }
    const auto rows = storage::BonusEvidenceReader(database).rows(agentId, month, evidence);
    if (!rows) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_status->setText(tr("The rows could not be read: %1").arg(rows.error().toString()));
        return;
    }
    m_model->setRows(rows.value(), money);
    m_table->resizeColumnsToContents();
    const int count = m_model->rowCount();
    m_status->setText(count == 0 ? tr("No rows in this month.") : tr("%n row(s)", nullptr, count));
}

QString BonusEvidenceDialog::explanation() const
{
    return m_explanation->text();
}

QString BonusEvidenceDialog::frozenNote() const
{
    return m_frozen->isHidden() ? QString() : m_frozen->text();
}

QString BonusEvidenceDialog::status() const
{
    return m_status->text();
}

} // namespace huddle::ui
