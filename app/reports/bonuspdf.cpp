#include "bonusexport.h"

#include "bonuspdflayout.h"
#include "pdfmetadata.h"

#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace huddle::reports {

using core::Error;
using core::Status;

namespace {

// Letter where the locale measures in inches (US), A4 everywhere else.
QPageSize paperFor(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

Error writeError(const QString &path, const QString &reason)
{
    return {BonusPdf::tr("Could not write the bonus report to %1: %2")
                .arg(QDir::toNativeSeparators(path), reason),
            {}};
}

// Lays the report out, then paints it page by page with the footers, into `device`.
bool render(const BonusMonth &month, const BonusExportOptions &options, QPdfWriter &writer)
{
    const qreal pixelsPerMm = writer.resolution() / 25.4;
    const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    const qreal footerHeight = 11 * pixelsPerMm;
    PdfPageFlow flow(&writer, QRectF(0, 0, page.width(), page.height() - footerHeight));
    BonusPdfLayout layout(month, options, flow);
    layout.cover();
    for (const BonusTeamSection &team : bonusTeamSections(month))
        layout.team(team);
    layout.appendix();

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF footer(0, page.height() - footerHeight + 3 * pixelsPerMm, page.width(), footerHeight);
    for (int i = 0; i < flow.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        flow.paint(painter, i);
        layout.footer(painter, footer, i + 1, flow.pageCount());
    }
    return painter.end();
}

} // namespace

Status writeBonusPdf(const BonusMonth &month, const QString &path, const BonusExportOptions &options)
{
    // Rendered into memory first: the file's dates and ids are fixed afterwards (see pdfmetadata.h).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(
            BonusPdf::tr("Monthly bonus — %1").arg(bonusMonthTitle(month.month, month.money.locale)));
        writer.setCreator(QStringLiteral("Huddle"));
        writer.setResolution(600);
        writer.setPageSize(paperFor(month.money.locale));
        writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        if (!render(month, options, writer))
            return writeError(path, BonusPdf::tr("the PDF could not be started"));
    }
    const QDateTime timestamp =
        options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc();
    const QByteArray pdf = withFixedPdfMetadata(buffer.data(), timestamp);
    // Written in full or not at all: a failed export leaves no half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(pdf) != pdf.size() || !file.commit())
        return writeError(path, file.errorString());
    return core::Done{};
}

} // namespace huddle::reports
