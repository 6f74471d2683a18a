#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QGraphicsView;
class QPrinter;

namespace huddle::ui {

// A chart view's scene as a file or on paper, as the view shows it (so from the same downsampled series):
// PNG at twice the screen size, SVG and PDF as vectors. Widgets over the view (buttons, tooltips) are not
// part of the scene and stay out.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::ChartExport)

public:
    // "CSAT % and AHT, daily — Team A" → "csat-and-aht-daily-team-a.png": a file name from a chart's title.
    static QString fileName(const QString &title, const QString &suffix);

    // By the path's suffix: .png, .svg or .pdf.
    static core::Status toFile(QGraphicsView *view, const QString &path, const QString &title);
    static core::Status toPng(QGraphicsView *view, const QString &path);
    static core::Status toSvg(QGraphicsView *view, const QString &path, const QString &title);
    static core::Status toPdf(QGraphicsView *view, const QString &path, const QString &title);
    // Renders into the printer's page, scaled to fit.
    static core::Status print(QGraphicsView *view, QPrinter *printer);

    // Ask for a file (PNG, SVG or PDF, named after the title, in Documents) and export to it, or for a
    // printer (landscape) and print; a failure is shown in a message box over `view`.
    static void toFileWithDialog(QGraphicsView *view, const QString &title);
    static void printWithDialog(QGraphicsView *view, const QString &title);
};

} // namespace huddle::ui
