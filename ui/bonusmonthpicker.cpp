#include "bonusmonthpicker.h"

#include "core/month.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QToolButton>

namespace huddle::ui {

BonusMonthPicker::BonusMonthPicker(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_field(new QDateEdit(this))
    , m_next(new QToolButton(this))
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous month"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next month"));
    m_next->setAccessibleName(tr("Next month"));
    m_field->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_field->setMinimumDate(QDate(2000, 1, 1));
    m_field->setCurrentSection(QDateTimeEdit::MonthSection);
    m_field->setAccessibleName(tr("Month"));
    m_field->setToolTip(tr("The month to compute: type it, or step it with the arrow keys"));
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) + 48);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_previous);
    layout->addWidget(m_field);
    layout->addWidget(m_next);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_field, &QDateEdit::dateChanged, this, [this](QDate day) { setMonth(day); });
}

QDate BonusMonthPicker::month() const
{
    return m_month;
}

void BonusMonthPicker::setMonth(QDate month)
{
    const QDate first = core::monthStart(month);
    if (!first.isValid())
        return;
    const QDate bounded = std::clamp(first, m_field->minimumDate(), core::monthStart(m_field->maximumDate()));
    if (m_field->date() != bounded)
        m_field->setDate(bounded); // comes back here through dateChanged
    if (bounded == m_month)
        return;
    m_month = bounded;
    updateButtons();
    Q_EMIT monthChanged(m_month);
}

void BonusMonthPicker::setLatest(QDate month)
{
    const QDate first = core::monthStart(month);
    if (!first.isValid())
        return;
    m_field->setMaximumDate(first.addMonths(1).addDays(-1));
    updateButtons();
}

void BonusMonthPicker::step(int months)
{
    setMonth(m_month.addMonths(months));
}

void BonusMonthPicker::updateButtons()
{
    m_previous->setEnabled(m_month > m_field->minimumDate());
    m_next->setEnabled(m_month < core::monthStart(m_field->maximumDate()));
}

} // namespace huddle::ui
