#include "importresultdialog.h"

#include "rejectionmodel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QString countText(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'g', 3); // 1, 6.5, 16.7
}

// Rows for a locked bonus month are stored, but its bonus stays frozen: the user must know the difference
// is paid later, not in the month's report they may already have handed out.
QLabel *lockedMonthsNote(const importers::ImportReport &report, QWidget *parent)
{
    auto *label = new QLabel(report.lockedMonthNotes().join(QLatin1Char('\n')), parent);
    label->setObjectName(QStringLiteral("lockedBonusMonths"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportResultDialog::ImportResultDialog(const importers::ImportReport &report, double rejectThreshold,
                                       Mode mode, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_mode(mode)
    , m_fileName(fileName)
    , m_rejections(new RejectionModel(this))
{
    setWindowTitle(mode == Mode::Confirm ? tr("Rows rejected — %1").arg(fileName)
                                         : tr("Import finished — %1").arg(fileName));
    m_rejections->setRejections(report.rejections);

    auto *headlineLabel = new QLabel(headline(rejectThreshold), this);
    headlineLabel->setWordWrap(true);
    QFont font = headlineLabel->font();
    font.setBold(true);
    headlineLabel->setFont(font);

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Confirm) {
        QPushButton *import = buttons->addButton(tr("&Import the other rows"), QDialogButtonBox::AcceptRole);
        QPushButton *stop = buttons->addButton(tr("&Don't import"), QDialogButtonBox::RejectRole);
        // Writing a file with known-bad rows is the choice that needs a deliberate click.
        stop->setDefault(true);
        import->setAutoDefault(false);
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttonRow = new QHBoxLayout;
    if (!report.rejections.isEmpty()) {
        auto *exportButton = new QPushButton(tr("&Export rejected rows…"), this);
        exportButton->setAutoDefault(false);
        connect(exportButton, &QPushButton::clicked, this, &ImportResultDialog::chooseExportFile);
        buttonRow->addWidget(exportButton);
    }
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    layout->addWidget(createCounts());
    if (mode == Mode::Done && !report.lockedBonusMonths.isEmpty())
        layout->addWidget(lockedMonthsNote(report, this));
    if (!report.rejections.isEmpty())
        layout->addWidget(createRejectionTable(), 1);
    layout->addLayout(buttonRow);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    if (!report.rejections.isEmpty())
        resize(900, 560);
}

QString ImportResultDialog::headline(double rejectThreshold) const
{
    const importers::ImportReport &r = m_report;
    if (m_mode == Mode::Confirm)
        return tr("%1 of %2 rows (%3 %) were rejected — more than the %4 % threshold. Import the other "
                  "rows anyway?")
            .arg(countText(r.counts.rejected), countText(r.counts.rowsRead), percent(r.rejectedShare()),
                 percent(rejectThreshold));
    if (r.counts.rejected > 0)
        return tr("%1 imported. %2 rows were rejected and left out; the other rows are in the database.")
            .arg(m_fileName, countText(r.counts.rejected));
    return tr("%1 imported.").arg(m_fileName);
}

QWidget *ImportResultDialog::createCounts()
{
    const storage::ImportCounts &c = m_report.counts;
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, const QString &value) {
        auto *valueLabel = new QLabel(value, box);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, valueLabel);
    };
    add(tr("Rows read:"), countText(c.rowsRead));
    add(m_mode == Mode::Confirm ? tr("New rows to import:") : tr("Imported (new):"), countText(c.imported));
    add(m_mode == Mode::Confirm ? tr("Rows to update:") : tr("Updated:"), countText(c.updated));
    add(tr("Skipped as exact duplicates:"), countText(c.duplicates));
    add(tr("Skipped blank:"), countText(c.blank));
    add(tr("Rejected:"), countText(c.rejected));
    add(tr("Time:"), tr("%1 s").arg(QLocale().toString(m_report.seconds, 'f', 1)));
    if (m_mode == Mode::Confirm)
        form->addRow(new QLabel(tr("Nothing has been written to the database yet."), box));
    return box;
}

QWidget *ImportResultDialog::createRejectionTable()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QString caption = tr("Rejected rows:");
    if (m_report.counts.rejected > m_report.rejections.size())
        caption = tr("Rejected rows (the first %1 of %2):")
                      .arg(countText(m_report.rejections.size()), countText(m_report.counts.rejected));
    auto *label = new QLabel(caption, box);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_rejections);
    m_view = new QTableView(box);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RejectionModel::Line, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Rejected rows"));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(RejectionModel::Value, qMin(m_view->columnWidth(RejectionModel::Value), 220));
    label->setBuddy(m_view);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    return box;
}

QString ImportResultDialog::exportRejections(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(importers::rejectionsCsv(m_report.rejections));
    if (!file.commit())
        return file.errorString();
    return {};
}

void ImportResultDialog::chooseExportFile()
{
    const QString suggested =
        QFileInfo(m_fileName).completeBaseName() + tr("-rejected") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rejected rows"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = exportRejections(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export rejected rows"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace huddle::ui
