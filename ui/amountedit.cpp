#include "amountedit.h"

#include "models/moneyinput.h"

namespace huddle::ui {

AmountEdit::AmountEdit(Unit unit, QWidget *parent)
    : QLineEdit(parent)
    , m_unit(unit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000.00")) + 16);
    connect(this, &QLineEdit::editingFinished, this, &AmountEdit::commit);
    connect(this, &QLineEdit::textEdited, this, [this] { markInvalid(false); });
}

void AmountEdit::setUnit(Unit unit)
{
    m_unit = unit;
    markInvalid(false);
}

std::optional<qint64> AmountEdit::value() const
{
    if (m_unit == Unit::Cents)
        return models::parseMoneyInput(text());
    const auto basisPoints = models::parsePercentInput(text());
    return basisPoints ? std::optional<qint64>(*basisPoints) : std::nullopt;
}

void AmountEdit::setValue(qint64 amount)
{
    markInvalid(false);
    if (value() == amount)
        return; // keeps what was typed ("80" stays "80") and the cursor
    setText(m_unit == Unit::Cents ? models::moneyInputText(amount)
                                  : models::percentInputText(static_cast<int>(amount)));
}

void AmountEdit::commit()
{
    const std::optional<qint64> typed = value();
    markInvalid(!typed);
    if (typed)
        Q_EMIT valueEdited(*typed);
}

void AmountEdit::markInvalid(bool invalid)
{
    if (invalid == m_invalid)
        return;
    m_invalid = invalid;
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; }") : QString());
    setToolTip(!invalid ? QString()
               : m_unit == Unit::Cents
                   ? tr("Not an amount: type digits with at most two decimals, e.g. 80.00.")
                   : tr("Not a percentage: type digits with at most two decimals, e.g. 2.5."));
}

} // namespace huddle::ui
