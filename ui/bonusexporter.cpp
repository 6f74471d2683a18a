#include "bonusexporter.h"

#include "core/month.h"
#include "reports/csvexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QStandardPaths>
#include <QtConcurrent>

namespace huddle::ui {

namespace {

// Runs on the worker thread with its own copy of the month: the page may show another one meanwhile.
QString write(BonusExportFormat format, const reports::BonusMonth &month, const QString &path,
              const reports::BonusExportOptions &options)
{
    core::Status written = core::Done{};
    switch (format) {
    case BonusExportFormat::Pdf:
        written = reports::writeBonusPdf(month, path, options);
        break;
    case BonusExportFormat::Xlsx:
        written = reports::writeBonusXlsx(month, path, options);
        break;
    case BonusExportFormat::Csv:
        written = reports::writeCsv(reports::bonusCsvTable(month), path);
        break;
    }
    return written ? QString() : written.error().toString();
}

} // namespace

BonusExporter::BonusExporter(QWidget *parent, std::function<const reports::BonusMonth *()> month,
                             std::function<reports::BonusExportOptions()> options)
    : QObject(parent)
    , m_parent(parent)
    , m_month(std::move(month))
    , m_options(std::move(options))
    , m_menu(new QMenu(parent))
    , m_status(createStatus(parent))
    , m_watcher(new QFutureWatcher<QString>(this))
{
    const QList<std::pair<QString, BonusExportFormat>> entries{
        {tr("&PDF report…"), BonusExportFormat::Pdf},
        {tr("&XLSX workbook…"), BonusExportFormat::Xlsx},
        {tr("&CSV (one row per agent and line)…"), BonusExportFormat::Csv}};
    for (const auto &[text, format] : entries)
        m_menu->addAction(text, this, [this, format = format] { chooseAndExport(format); });
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        showFinished(m_watcher->result());
        Q_EMIT finished(m_path, m_watcher->result());
    });
}

QWidget *BonusExporter::createStatus(QWidget *parent)
{
    auto *status = new QWidget(parent);
    m_busy = new QProgressBar(status);
    m_busy->setRange(0, 0); // the writers report no progress of their own
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Exporting"));
    m_busy->hide();
    m_statusText = new QLabel(status);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_statusText);
    return status;
}

QString BonusExporter::statusText() const
{
    return m_statusText->text();
}

void BonusExporter::showFinished(const QString &error)
{
    m_busy->hide();
    m_statusText->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    m_statusText->setText(error.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(m_path))
                                          : tr("Export failed: %1").arg(error));
}

bool BonusExporter::isRunning() const
{
    return m_watcher->isRunning();
}

QString BonusExporter::suffix(BonusExportFormat format)
{
    switch (format) {
    case BonusExportFormat::Pdf:
        return QStringLiteral("pdf");
    case BonusExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case BonusExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString BonusExporter::fileFilter(BonusExportFormat format) const
{
    switch (format) {
    case BonusExportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case BonusExportFormat::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case BonusExportFormat::Csv:
        return tr("CSV files (*.csv)");
    }
    return {};
}

bool BonusExporter::chooseAndExport(BonusExportFormat format)
{
    const reports::BonusMonth *month = m_month();
    if (!month || isRunning())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("bonus-%1.%2").arg(core::monthCode(month->month), suffix(format));
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export bonus month"),
                                                QDir(folder).filePath(name), fileFilter(format));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(suffix(format), Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix(format);
    return start(format, path);
}

bool BonusExporter::start(BonusExportFormat format, const QString &path)
{
    const reports::BonusMonth *month = m_month();
    if (!month || isRunning())
        return false;
    m_path = path;
    m_watcher->setFuture(QtConcurrent::run(write, format, *month, path, m_options()));
    m_busy->show();
    m_statusText->setStyleSheet({});
    m_statusText->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    Q_EMIT started(path);
    return true;
}

} // namespace huddle::ui
