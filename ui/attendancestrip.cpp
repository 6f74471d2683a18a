#include "attendancestrip.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace huddle::ui {

namespace {

constexpr double labelWidth = 34; // weekday names
constexpr double gap = 2;
constexpr double maxCell = 20;
constexpr std::array<core::AttendanceStatus, 5> allStatuses{
    core::AttendanceStatus::Present, core::AttendanceStatus::Late, core::AttendanceStatus::ExcusedAbsence,
    core::AttendanceStatus::UnexcusedAbsence, core::AttendanceStatus::NoCallNoShow};

} // namespace

AttendanceStrip::AttendanceStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Attendance calendar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString AttendanceStrip::statusName(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return tr("Present");
    case core::AttendanceStatus::Late:
        return tr("Late");
    case core::AttendanceStatus::ExcusedAbsence:
        return tr("Excused absence");
    case core::AttendanceStatus::UnexcusedAbsence:
        return tr("Unexcused absence");
    case core::AttendanceStatus::NoCallNoShow:
        return tr("No-call-no-show");
    }
    return {};
}

QString AttendanceStrip::statusLetter(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return tr("P", "attendance: present");
    case core::AttendanceStatus::Late:
        return tr("L", "attendance: late");
    case core::AttendanceStatus::ExcusedAbsence:
        return tr("E", "attendance: excused absence");
    case core::AttendanceStatus::UnexcusedAbsence:
        return tr("U", "attendance: unexcused absence");
    case core::AttendanceStatus::NoCallNoShow:
        return tr("N", "attendance: no-call-no-show");
    }
    return {};
}

QColor AttendanceStrip::statusColor(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return {0xc5, 0xe4, 0xb8};
    case core::AttendanceStatus::Late:
        return {0xfb, 0xdc, 0x9a};
    case core::AttendanceStatus::ExcusedAbsence:
        return {0xc9, 0xd6, 0xea};
    case core::AttendanceStatus::UnexcusedAbsence:
        return {0xf4, 0xb4, 0xae};
    case core::AttendanceStatus::NoCallNoShow:
        return {0xd3, 0x5f, 0x55};
    }
    return Qt::white;
}

void AttendanceStrip::setShifts(core::DateRange range, const QList<core::AttendanceRecord> &shifts)
{
    m_range = range;
    m_shifts.clear();
    m_counts.clear();
    for (const core::AttendanceRecord &shift : shifts) {
        m_shifts.insert(shift.day, shift);
        ++m_counts[shift.status];
    }
    QStringList parts;
    for (core::AttendanceStatus status : allStatuses)
        parts.append(tr("%1: %2").arg(statusName(status)).arg(m_counts.value(status)));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

AttendanceStrip::Layout AttendanceStrip::layoutFor(const QRectF &area) const
{
    Layout layout;
    if (!m_range.isValid())
        return layout;
    const QDate first = core::weekStart(m_range.from);
    layout.weeks = static_cast<int>(first.daysTo(m_range.to) / 7) + 1;
    const double available = area.width() - labelWidth;
    layout.cell = std::clamp(available / layout.weeks - gap, 4.0, maxCell);
    layout.origin = QPointF(area.left() + labelWidth, area.top() + fontMetrics().height() + 2);
    return layout;
}

// Wide enough for whole cells of every week and for the legend, whichever is wider.
QSize AttendanceStrip::sizeHint() const
{
    const int line = fontMetrics().height();
    const int weeks =
        m_range.isValid() ? static_cast<int>(core::weekStart(m_range.from).daysTo(m_range.to) / 7) + 1 : 13;
    double legend = labelWidth;
    for (core::AttendanceStatus status : allStatuses)
        legend +=
            line + 4 + fontMetrics().horizontalAdvance(tr("%1 %2").arg(statusName(status)).arg(999)) + 14;
    const int width = static_cast<int>(std::max(legend, labelWidth + weeks * (maxCell + gap)));
    return {width, line + 2 + static_cast<int>(7 * (maxCell + gap)) + 6 + line + 4};
}

QSize AttendanceStrip::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void AttendanceStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout layout = layoutFor(rect());
    const QLocale locale;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int weekday = 1; weekday <= 7; weekday += 2) // Mon, Wed, Fri, Sun: enough to find a row
        painter.drawText(
            QRectF(0, layout.origin.y() + (weekday - 1) * (maxCell + gap), labelWidth - 4, maxCell),
            Qt::AlignRight | Qt::AlignVCenter, locale.dayName(weekday, QLocale::ShortFormat));
    const QDate first = core::weekStart(m_range.from);
    QFont letterFont = font();
    letterFont.setPointSizeF(letterFont.pointSizeF() * 0.8);
    for (int week = 0; week < layout.weeks; ++week) {
        const QDate monday = first.addDays(7 * week);
        const double x = layout.origin.x() + week * (layout.cell + gap);
        painter.setPen(palette().color(QPalette::WindowText));
        if (monday.day() <= 7) // the first week of a month carries the month's name
            painter.drawText(QPointF(x, layout.origin.y() - 4),
                             locale.monthName(monday.month(), QLocale::ShortFormat));
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QDate day = monday.addDays(weekday);
            if (!m_range.contains(day))
                continue;
            const QRectF cell(x, layout.origin.y() + weekday * (maxCell + gap), layout.cell, maxCell);
            const auto shift = m_shifts.constFind(day);
            if (shift == m_shifts.cend()) {
                painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell);
                continue;
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColor(shift->status));
            painter.drawRect(cell);
            if (layout.cell >= 11) {
                painter.setFont(letterFont);
                painter.setPen(Qt::black);
                painter.drawText(cell, Qt::AlignCenter, statusLetter(shift->status));
                painter.setFont(font());
            }
        }
    }
    paintLegend(painter, layout.origin.y() + 7 * (maxCell + gap) + 4);
}

void AttendanceStrip::paintLegend(QPainter &painter, double top) const
{
    const QFontMetricsF metrics(font());
    double x = labelWidth;
    for (core::AttendanceStatus status : allStatuses) {
        const QRectF chip(x, top + 1, metrics.height() - 2, metrics.height() - 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        painter.drawRect(chip);
        painter.setPen(Qt::black);
        painter.drawText(chip, Qt::AlignCenter, statusLetter(status));
        const QString text = tr("%1 %2").arg(statusName(status)).arg(m_counts.value(status));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(chip.right() + 4, top + metrics.ascent()), text);
        x = chip.right() + 4 + metrics.horizontalAdvance(text) + 14;
    }
}

QDate AttendanceStrip::dayAt(const QPointF &position) const
{
    const Layout layout = layoutFor(rect());
    if (layout.weeks == 0 || position.x() < layout.origin.x() || position.y() < layout.origin.y())
        return {};
    const int week = static_cast<int>((position.x() - layout.origin.x()) / (layout.cell + gap));
    const int weekday = static_cast<int>((position.y() - layout.origin.y()) / (maxCell + gap));
    if (week >= layout.weeks || weekday >= 7)
        return {};
    const QDate day = core::weekStart(m_range.from).addDays(7 * week + weekday);
    return m_range.contains(day) ? day : QDate();
}

bool AttendanceStrip::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QDate day = dayAt(help->pos());
    if (!day.isValid()) {
        QToolTip::hideText();
        return true;
    }
    const QLocale locale;
    const auto shift = m_shifts.constFind(day);
    QString text = locale.toString(day, QLocale::LongFormat) + QLatin1Char('\n');
    if (shift == m_shifts.cend()) {
        text += tr("No shift scheduled");
    } else {
        text += statusName(shift->status);
        if (shift->status == core::AttendanceStatus::Late)
            text += tr(" by %n minute(s)", nullptr, shift->lateMinutes);
        text +=
            QLatin1Char('\n') + tr("Shift of %1 h").arg(locale.toString(shift->shiftMinutes / 60.0, 'f', 1));
        if (shift->adherencePct)
            text += QLatin1Char('\n') +
                    tr("Schedule adherence %1 %").arg(locale.toString(*shift->adherencePct, 'f', 1));
    }
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace huddle::ui
