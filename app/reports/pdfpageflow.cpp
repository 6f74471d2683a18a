#include "pdfpageflow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace huddle::reports {

PdfPageFlow::PdfPageFlow(const QPaintDevice *device, const QRectF &body)
    : m_device(device)
    , m_body(body)
    , m_pixelsPerPoint(device->logicalDpiY() / 72.0)
    , m_pages(1)
    , m_y(body.top())
{
}

int PdfPageFlow::addStyle(const QFont &font, const QColor &color)
{
    m_styles.append({font, color, QFontMetricsF(font, m_device), {}});
    return static_cast<int>(m_styles.size() - 1);
}

void PdfPageFlow::newPage()
{
    m_pages.append(QList<Item>());
    m_y = m_body.top();
    // A heading repeated by the callback must not start yet another page.
    if (m_pageStart && !m_inPageStart) {
        m_inPageStart = true;
        m_pageStart();
        m_inPageStart = false;
    }
}

void PdfPageFlow::ensure(qreal height)
{
    // A row taller than a whole page is placed anyway rather than breaking forever.
    if (height > remaining() && m_y > m_body.top())
        newPage();
}

qreal PdfPageFlow::advance(const Style &style, const QString &text) const
{
    auto it = style.advances.constFind(text);
    if (it == style.advances.cend())
        it = style.advances.insert(text, style.metrics.horizontalAdvance(text));
    return it.value();
}

QStringList PdfPageFlow::lines(const QString &text, int style, qreal width) const
{
    const Style &s = m_styles[style];
    // Most cells are one short line: measure it instead of laying it out.
    if (!text.contains(QLatin1Char('\n')) && advance(s, text) <= width)
        return {text};
    QStringList result;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            result.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, s.font, m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            result.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return result;
}

qreal PdfPageFlow::rowHeight(const QList<PdfCell> &cells) const
{
    qreal height = 0;
    for (const PdfCell &cell : cells)
        height = std::max(height, lines(cell.text, cell.style, cell.width).size() * lineHeight(cell.style));
    return height;
}

void PdfPageFlow::place(const PdfCell &cell, const QStringList &lines, qreal top)
{
    const Style &s = m_styles[cell.style];
    QList<Item> &page = m_pages.last();
    qreal baseline = top + s.metrics.ascent();
    for (const QString &line : lines) {
        qreal x = m_body.left() + cell.x;
        if (cell.align & (Qt::AlignRight | Qt::AlignHCenter)) {
            const qreal slack = cell.width - advance(s, line);
            x += cell.align & Qt::AlignRight ? slack : slack / 2;
        }
        if (!line.isEmpty())
            page.append({QRectF(x, baseline, 0, 0), line, cell.style, {}});
        baseline += s.metrics.lineSpacing();
    }
}

void PdfPageFlow::row(const QList<PdfCell> &cells, qreal padding, const QColor &background)
{
    QList<QStringList> broken;
    qreal height = 0;
    for (const PdfCell &cell : cells) {
        broken.append(lines(cell.text, cell.style, cell.width));
        height = std::max(height, broken.last().size() * lineHeight(cell.style));
    }
    height += 2 * padding;
    ensure(height);
    if (background.isValid())
        m_pages.last().append({QRectF(m_body.left(), m_y, m_body.width(), height), {}, -1, background});
    for (qsizetype i = 0; i < cells.size(); ++i)
        place(cells[i], broken[i], m_y + padding);
    m_y += height;
}

void PdfPageFlow::paragraph(const QString &text, int style, qreal spaceAfter)
{
    row({{0, width(), text, style}});
    m_y += spaceAfter;
}

void PdfPageFlow::rule(const QColor &color, qreal thickness)
{
    m_pages.last().append({QRectF(m_body.left(), m_y, m_body.width(), thickness), {}, -1, color});
    m_y += thickness;
}

void PdfPageFlow::paint(QPainter &painter, int index) const
{
    int current = -1;
    for (const Item &item : m_pages[index]) {
        if (item.style < 0) {
            painter.fillRect(item.rect, item.fill);
            continue;
        }
        if (item.style != current) {
            current = item.style;
            painter.setFont(m_styles[current].font);
            painter.setPen(m_styles[current].color);
        }
        painter.drawText(item.rect.topLeft(), item.text);
    }
}

} // namespace huddle::reports
