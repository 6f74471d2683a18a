#include "reviewnotedelegate.h"

#include "models/reviewnotemodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace huddle::ui {

namespace {

constexpr int margin = 6;

QString noteHtml(const QModelIndex &index, const QColor &muted)
{
    const QAbstractItemModel *model = index.model();
    auto column = [&](int c) { return model->index(index.row(), c).data().toString().toHtmlEscaped(); };
    using M = models::ReviewNoteModel;
    const QString header =
        ReviewNoteDelegate::tr("%1 · %2 on %3's %4")
            .arg(column(M::Date), column(M::Reviewer), column(M::Agent), column(M::Conversation));
    return QStringLiteral("<div style='color:%1;font-size:small'>%2</div><div>%3</div>")
        .arg(muted.name(), header, column(M::Note));
}

// Notes wrap to the visible width of the list, whatever the item rectangle says.
int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(noteHtml(index, option.palette.color(QPalette::Disabled, QPalette::Text)));
    document.setTextWidth(std::max(80, availableWidth(option) - 2 * margin));
}

} // namespace

void ReviewNoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    layOut(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text,
                             option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(margin, margin));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ReviewNoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layOut(document, option, index);
    return {availableWidth(option), static_cast<int>(std::ceil(document.size().height())) + 2 * margin};
}

} // namespace huddle::ui
