#pragma once

#include <QLineEdit>

#include <optional>

namespace huddle::ui {

// A field for an exact amount typed as text: money in cents ("80.00", "80,00", "$1,500") or a percentage in
// basis points ("2.5"). The value reaches valueEdited when editing finishes (Enter, leaving the field) and
// the text reads exactly; otherwise the field is marked and says why in its tooltip, and nothing changes.
class AmountEdit : public QLineEdit {
    Q_OBJECT
public:
    enum class Unit { Cents, BasisPoints };

    explicit AmountEdit(Unit unit, QWidget *parent = nullptr);

    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }
    void setValue(qint64 value);         // shows it, unless it is what the field already reads
    std::optional<qint64> value() const; // what the text reads as; empty when it is not an amount

Q_SIGNALS:
    void valueEdited(qint64 value);

private:
    void commit();
    void markInvalid(bool invalid);

    Unit m_unit;
    bool m_invalid = false;
};

} // namespace huddle::ui
