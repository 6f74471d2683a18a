#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace huddle::ui {

// Which month the Bonus page shows: ◀ "October 2026" ▶. The month can be typed or stepped with the arrow
// keys in the field; the buttons step one month. Months after `latest` (the current one) cannot be chosen.
class BonusMonthPicker : public QWidget {
    Q_OBJECT
public:
    explicit BonusMonthPicker(QWidget *parent = nullptr);

    QDate month() const; // first day
    void setMonth(QDate month);
    void setLatest(QDate month);

    QDateEdit *field() const { return m_field; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void monthChanged(QDate month);

private:
    void step(int months);
    void updateButtons();

    QToolButton *m_previous;
    QDateEdit *m_field;
    QToolButton *m_next;
    QDate m_month;
};

} // namespace huddle::ui
