#include "chartexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace huddle::ui {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;

namespace {

// The scene as the viewport shows it, scaled into `target` of the painter's device keeping its proportions.
void renderView(QGraphicsView *view, QPainter &painter, const QRectF &target)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view->render(&painter, target, view->viewport()->rect(), Qt::KeepAspectRatio);
}

Error cannotWrite(const QString &path)
{
    return {ChartExport::tr("Could not write %1").arg(QDir::toNativeSeparators(path)), {}};
}

void showFailure(QWidget *parent, const core::Status &status)
{
    if (!status)
        QMessageBox::warning(parent, ChartExport::tr("Chart"), status.error().toString());
}

} // namespace

QString ChartExport::fileName(const QString &title, const QString &suffix)
{
    static const QRegularExpression notWordCharacters(QStringLiteral("[\\W_]+"),
                                                      QRegularExpression::UseUnicodePropertiesOption);
    QString base = title.toLower().replace(notWordCharacters, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("chart");
    return base + QLatin1Char('.') + suffix;
}

core::Status ChartExport::toFile(QGraphicsView *view, const QString &path, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return toPng(view, path);
    if (suffix == QLatin1String("svg"))
        return toSvg(view, path, title);
    if (suffix == QLatin1String("pdf"))
        return toPdf(view, path, title);
    return core::Error{tr("Unknown chart format \"%1\": use .png, .svg or .pdf").arg(suffix), {}};
}

core::Status ChartExport::toPng(QGraphicsView *view, const QString &path)
{
    constexpr qreal scale = 2; // crisp on high-density screens and in slides
    const QSize size = view->viewport()->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderView(view, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!image.save(path, "PNG"))
        return cannotWrite(path);
    return core::Done{};
}

core::Status ChartExport::toSvg(QGraphicsView *view, const QString &path, const QString &title)
{
    const QSize size = view->viewport()->size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(view->accessibleDescription());
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWrite(path);
    renderView(view, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    if (!painter.end() || QFileInfo(path).size() <= 0)
        return cannotWrite(path);
    return core::Done{};
}

core::Status ChartExport::toPdf(QGraphicsView *view, const QString &path, const QString &title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Huddle"));
    QPainter painter;
    if (!painter.begin(&writer))
        return cannotWrite(path);
    renderView(view, painter, QRectF(painter.viewport()));
    if (!painter.end() || QFileInfo(path).size() <= 0)
        return cannotWrite(path);
    return core::Done{};
}

core::Status ChartExport::print(QGraphicsView *view, QPrinter *printer)
{
    QPainter painter;
    if (!painter.begin(printer))
        return core::Error{tr("Could not start printing"), {}};
    renderView(view, painter, QRectF(painter.viewport()));
    painter.end();
    return core::Done{};
}

void ChartExport::toFileWithDialog(QGraphicsView *view, const QString &title)
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path = QFileDialog::getSaveFileName(
        view, tr("Export chart"), folder.filePath(fileName(title, QStringLiteral("png"))),
        QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg   ? QStringLiteral(".svg")
                : filter == pdf ? QStringLiteral(".pdf")
                                : QStringLiteral(".png");
    showFailure(view, toFile(view, path, title));
}

void ChartExport::printWithDialog(QGraphicsView *view, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, view);
    if (dialog.exec() == QDialog::Accepted)
        showFailure(view, print(view, &printer));
}

} // namespace huddle::ui
