#pragma once

#include <QStyledItemDelegate>

namespace huddle::ui {

// Draws a review note as a card: "date · reviewer on agent's conversation" above the wrapped note text,
// so a narrow panel stays readable.
class ReviewNoteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace huddle::ui
