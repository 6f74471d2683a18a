#include "audittraildialog.h"

#include "models/auditlogmodel.h"
#include "tableexportaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

using models::AuditLogModel;

AuditTrailDialog::AuditTrailDialog(const storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_model(new AuditLogModel(this))
    , m_byKind(new QSortFilterProxyModel(this))
    , m_byText(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit Trail"));
    m_byKind->setSourceModel(m_model);
    m_byKind->setFilterRole(AuditLogModel::EntityRole);
    m_byKind->setFilterKeyColumn(AuditLogModel::What);
    m_byText->setSourceModel(m_byKind);
    m_byText->setFilterKeyColumn(-1); // any column
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byText->setSortRole(AuditLogModel::SortRole);

    m_table->setModel(m_byText);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::When, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log entries"));

    m_kind->setAccessibleName(tr("Kind of record"));
    m_text->setPlaceholderText(tr("Filter by name, action or change (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter entries"));
    auto *kindLabel = new QLabel(tr("&Records:"), this);
    kindLabel->setBuddy(m_kind);
    auto *filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *verify = buttons->addButton(tr("&Verify Chain"), QDialogButtonBox::ActionRole);
    verify->setObjectName(QStringLiteral("verifyChain"));
    verify->setToolTip(tr("Recompute every entry's hash: an entry changed or deleted since shows here"));
    QPushButton *exporting = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exporting->setObjectName(QStringLiteral("exportAudit"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AuditTrailDialog::applyFilters);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_text,
            qOverload<>(&QWidget::setFocus));
    connect(verify, &QPushButton::clicked, this, &AuditTrailDialog::verifyChain);
    connect(exporting, &QPushButton::clicked, this, &AuditTrailDialog::exportTable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(980, 560);
    reload();
}

void AuditTrailDialog::reload()
{
    const auto entries = storage::AuditLog(*m_database).allEntries();
    m_model->setEntries(entries ? entries.value() : QList<storage::AuditEntry>());
    const QString chosen = m_kind->currentData().toString();
    m_kind->blockSignals(true);
    m_kind->clear();
    m_kind->addItem(tr("All"), QString());
    for (const QString &kind : m_model->entityKinds())
        m_kind->addItem(AuditLogModel::entityName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    m_kind->blockSignals(false);
    applyFilters();
    m_table->resizeColumnsToContents();
    if (!entries)
        m_status->setText(tr("Could not read the audit log: %1").arg(entries.error().toString()));
}

void AuditTrailDialog::applyFilters()
{
    const QString kind = m_kind->currentData().toString();
    m_byKind->setFilterRegularExpression(
        kind.isEmpty() ? QRegularExpression()
                       : QRegularExpression(u'^' + QRegularExpression::escape(kind) + u'$'));
    m_byText->setFilterFixedString(m_text->text());
    m_status->setText(tr("%n of %1 entries shown.", nullptr, m_byText->rowCount()).arg(m_model->rowCount()));
}

bool AuditTrailDialog::verifyChain()
{
    const auto check = storage::AuditLog(*m_database).verifyChain();
    if (!check) {
        m_status->setText(tr("Could not check the audit log: %1").arg(check.error().toString()));
        return false;
    }
    if (check->ok())
        m_status->setText(tr("The chain is intact: %n entries, each matching its hash and following the one "
                             "before. Last hash: %1.",
                             nullptr, int(check->entries))
                              .arg(check->headHash.left(16)));
    else
        m_status->setText(
            tr("The chain is broken at entry %1: %2").arg(*check->brokenAt).arg(check->problem));
    return check->ok();
}

QString AuditTrailDialog::status() const
{
    return m_status->text();
}

void AuditTrailDialog::exportTable()
{
    TableExportAction::exportWithDialog(this, *m_byText, Qt::DisplayRole, {}, tr("Audit trail"));
}

} // namespace huddle::ui
