#pragma once

#include "core/kpiplan.h"

#include <QFrame>

class QLabel;

namespace huddle::ui {

// One headline number with its caption and sample size, e.g. "CSAT 78.4 %" over "n = 1,234". A card with
// a band is tinted with the band's colour and names the band in words. Double-click (or Enter when it has
// focus) asks for the figures behind the number.
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail, const QString &tooltip = {},
                  bool muted = false);
    // Tints the card and shows "Met", "Below" … under the value; Band::None clears it.
    void setBand(core::Band band, const QString &movement = {});
    // Drill-down: the card reacts to double-click and Enter, and says so in its tooltip.
    void setActivatable(bool activatable);
    // Words rather than a number (a quadrant's name) read better a little smaller than figures.
    void setValueScale(double scale);
    QString valueText() const;
    QString detailText() const;
    QString bandText() const;
    core::Band band() const { return m_band; }

Q_SIGNALS:
    void activated();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateAccessibleName();
    void applyTextColours();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_bandLabel;
    core::Band m_band = core::Band::None;
    bool m_activatable = false;
    bool m_muted = false;
};

} // namespace huddle::ui
