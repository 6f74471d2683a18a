#include "tableexportaction.h"

#include "chartexport.h"
#include "reports/tableexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIdentityProxyModel>
#include <QMessageBox>
#include <QStandardPaths>

namespace huddle::ui {

namespace {

// Hands the exporter a raw value only where the view shows a figure.
class ShownValues : public QIdentityProxyModel {
public:
    explicit ShownValues(int valueRole)
        : m_valueRole(valueRole)
    {
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        // The source's display text, not index.data(): with Qt::DisplayRole as the value role that would
        // call this function again without end.
        if (role == m_valueRole &&
            QIdentityProxyModel::data(index, Qt::DisplayRole).toString() == QStringLiteral("–"))
            return {};
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_valueRole;
};

} // namespace

core::Status TableExportAction::exportToFile(const QAbstractItemModel &model, int valueRole,
                                             const QHash<int, reports::CellKind> &columnKinds,
                                             const QString &path)
{
    ShownValues shown(valueRole);
    shown.setSourceModel(const_cast<QAbstractItemModel *>(&model)); // read only: the proxy never writes
    return reports::exportModel(shown, valueRole, path, columnKinds);
}

QString TableExportAction::exportWithDialog(QWidget *parent, const QAbstractItemModel &model, int valueRole,
                                            const QHash<int, reports::CellKind> &columnKinds,
                                            const QString &title)
{
    const QString csvFilter = tr("CSV for spreadsheets and scripts (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export table"),
        QDir(folder).filePath(ChartExport::fileName(title, QStringLiteral("csv"))),
        csvFilter + QStringLiteral(";;") + xlsxFilter, &chosenFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += chosenFilter == xlsxFilter ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const core::Status written = exportToFile(model, valueRole, columnKinds, path);
    if (!written) {
        QMessageBox::critical(parent, tr("Export table"), written.error().toString());
        return {};
    }
    return path;
}

} // namespace huddle::ui
