#pragma once

#include "core/daterange.h"
#include "core/records.h"

#include <QMap>
#include <QWidget>

namespace huddle::ui {

// An agent's shifts as a calendar: one column per week, one row per weekday, each scheduled day a cell
// with the status's colour and letter (P present, L late, E excused, U unexcused, N no-call-no-show), so
// a pattern of Monday absences shows at a glance. A legend below counts each status.
class AttendanceStrip : public QWidget {
    Q_OBJECT
public:
    explicit AttendanceStrip(QWidget *parent = nullptr);

    void setShifts(core::DateRange range, const QList<core::AttendanceRecord> &shifts);
    int count(core::AttendanceStatus status) const { return m_counts.value(status); }
    int shiftCount() const { return static_cast<int>(m_shifts.size()); }

    static QString statusName(core::AttendanceStatus status);
    static QString statusLetter(core::AttendanceStatus status);
    static QColor statusColor(core::AttendanceStatus status);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout {
        QPointF origin;
        double cell = 12;
        int weeks = 0;
    };
    Layout layoutFor(const QRectF &area) const;
    QDate dayAt(const QPointF &position) const;
    void paintLegend(QPainter &painter, double top) const;

    core::DateRange m_range;
    QMap<QDate, core::AttendanceRecord> m_shifts;
    QMap<core::AttendanceStatus, int> m_counts;
};

} // namespace huddle::ui
