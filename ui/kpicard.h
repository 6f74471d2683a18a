#pragma once

#include <QFrame>

class QLabel;

namespace huddle::ui {

// One headline number with its caption and sample size, e.g. "CSAT 78.4 %" over "n = 1,234".
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail, const QString &tooltip = {},
                  bool muted = false);
    QString valueText() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace huddle::ui
