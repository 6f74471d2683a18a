#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPaintDevice;
class QPainter;

namespace huddle::reports {

// One cell of a row: where it sits across the body (x from the body's left edge), its text and style.
struct PdfCell {
    qreal x = 0;
    qreal width = 0;
    QString text;
    int style = 0;
    Qt::Alignment align = Qt::AlignLeft; // left, right or centred; text wraps at word boundaries
};

// A plain top-to-bottom layout for long reports painted with QPainter: rows of text are placed on the
// current page and moved to the next one when they do not fit. Nothing is painted until every page is known,
// so that footers can say "Page N of M". Text is broken into lines once, while it is placed (a line that
// fits is only measured), and painted line by line at fixed points, which keeps a report of thousands of
// rows far faster than a QTextDocument, or QPainter::drawText with word wrap, of the same table.
class PdfPageFlow {
public:
    // `device` measures text (fonts scale with its resolution); `body` is the area for content in device
    // pixels, footers excluded.
    PdfPageFlow(const QPaintDevice *device, const QRectF &body);

    // A font and colour, referred to by the returned number.
    int addStyle(const QFont &font, const QColor &color = Qt::black);
    qreal lineHeight(int style) const { return m_styles[style].metrics.lineSpacing(); }
    // Device pixels per point, for spacing given in points.
    qreal points(qreal pt) const { return pt * m_pixelsPerPoint; }

    qreal width() const { return m_body.width(); }
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    // Called after each page break this flow makes, e.g. to repeat a heading; not for the first page.
    void setPageStart(std::function<void()> repeat) { m_pageStart = std::move(repeat); }
    void newPage();
    // Breaks the page unless `height` fits in what is left of it.
    void ensure(qreal height);
    void skip(qreal height) { m_y += height; }

    // `text` broken into the lines it takes at `width` in `style`: at its line breaks, then at word
    // boundaries (a word longer than the width is broken anywhere).
    QStringList lines(const QString &text, int style, qreal width) const;
    qreal rowHeight(const QList<PdfCell> &cells) const;
    // Places the cells side by side at the current position (on a new page if they do not fit there), with
    // `padding` above and below and an optional background band across the body; moves down past them.
    void row(const QList<PdfCell> &cells, qreal padding = 0, const QColor &background = {});
    // A paragraph across the whole body.
    void paragraph(const QString &text, int style, qreal spaceAfter = 0);
    // A horizontal line across the body at the current position.
    void rule(const QColor &color, qreal thickness);

    // Paints page `index` (0-based) onto `painter`, which is on that page.
    void paint(QPainter &painter, int index) const;

private:
    struct Style {
        QFont font;
        QColor color;
        QFontMetricsF metrics;
        // Widths of texts measured in this style: labels, kinds and amounts repeat on every page.
        mutable QHash<QString, qreal> advances;
    };
    // A line of text at its baseline, or (style -1) a filled rectangle.
    struct Item {
        QRectF rect;
        QString text;
        int style = -1;
        QColor fill;
    };

    qreal advance(const Style &style, const QString &text) const;
    void place(const PdfCell &cell, const QStringList &lines, qreal top);

    const QPaintDevice *m_device;
    QRectF m_body;
    qreal m_pixelsPerPoint;
    QList<Style> m_styles;
    QList<QList<Item>> m_pages;
    qreal m_y;
    std::function<void()> m_pageStart;
    bool m_inPageStart = false;
};

} // namespace huddle::reports
