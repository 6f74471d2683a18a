#include "scorecardview.h"

#include "models/kpiformat.h"
#include "models/scorecardmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

using Model = models::ScorecardModel;

// Sorts by raw value with figures that have no data after those that do, and keeps the team row last in
// either direction: it is the total, not a competitor.
class ScorecardSort : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        const bool leftTeam = left.data(Model::TeamRowRole).toBool();
        const bool rightTeam = right.data(Model::TeamRowRole).toBool();
        if (leftTeam || rightTeam)
            return leftTeam ? !ascending : ascending;
        const QVariant a = left.data(Model::SortRole);
        const QVariant b = right.data(Model::SortRole);
        if (!a.isValid() || !b.isValid())
            return a.isValid() ? ascending : (b.isValid() && !ascending);
        if (a.typeId() == QMetaType::QString)
            return a.toString().localeAwareCompare(b.toString()) < 0;
        return a.toDouble() < b.toDouble();
    }
};

// A KPI cell on two lines, the value and trend arrow over the band's word, so every column stays narrow
// enough for the whole scorecard to fit a 1366-pixel screen. A figure on a small sample is told apart by
// italics and a mid grey that stays readable on every band's tint.
class BandCellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(Model::KpiRole).isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QString value = valueText(cell.text);
        cell.text.clear(); // the style paints background, selection and focus; the text is drawn below
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
        const QRect area = cell.rect.adjusted(4, 2, -4, -2);
        const bool selected = cell.state.testFlag(QStyle::State_Selected);
        painter->save();
        painter->setPen(cell.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(cell.font);
        painter->drawText(area, Qt::AlignRight | Qt::AlignTop, value);
        painter->setFont(bandFont(cell.font));
        painter->drawText(area, Qt::AlignRight | Qt::AlignBottom, index.data(Model::BandTextRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(Model::KpiRole).isValid())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QFontMetrics valueMetrics(cell.font);
        const QFontMetrics bandMetrics(bandFont(cell.font));
        const int width = std::max(valueMetrics.horizontalAdvance(valueText(cell.text)),
                                   bandMetrics.horizontalAdvance(index.data(Model::BandTextRole).toString()));
        return {width + 12, valueMetrics.height() + bandMetrics.height() + 6};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant n = index.data(Model::NRole);
        if (!index.data(Model::KpiRole).isValid() || !n.isValid() || !models::isSmallSample(n.toLongLong()))
            return;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x4a, 0x4a, 0x4a));
    }

private:
    // "76.1 % ▲ · Below" → "76.1 % ▲": the band goes on its own line.
    static QString valueText(const QString &display)
    {
        const qsizetype separator = display.indexOf(QStringLiteral(" · "));
        return separator < 0 ? display : display.left(separator);
    }
    static QFont bandFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        return font;
    }
};

} // namespace

ScorecardView::ScorecardView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::ScorecardModel(this))
    , m_proxy(new ScorecardSort(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BandCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Model::AgentColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("KPI scorecard"));
    connect(m_view, &QTableView::activated, this, &ScorecardView::onActivated);
    m_note->setWordWrap(true);
    m_note->setText(tr("Double-click (or Enter on) a figure to list the conversations behind it, a name to "
                       "open the agent. Each cell names its band; the colour only repeats it. ▲ better, ▼ "
                       "worse, = about the same as the previous period of the same length."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
}

void ScorecardView::setData(const models::DashboardData &data, const models::Scope &scope,
                            const QString &scopeTitle)
{
    m_data = data;
    m_scope = scope;
    m_title = tr("KPI scorecard — %1").arg(scopeTitle);
    m_model->setDashboard(data);
}

int ScorecardView::valueRole() const
{
    return Model::SortRole;
}

QHash<int, reports::CellKind> ScorecardView::columnKinds() const
{
    QHash<int, reports::CellKind> kinds;
    for (int column = Model::FirstKpiColumn; column < m_model->columnCount(); ++column) {
        const auto kpi = m_model->kpiAt(column);
        if (!kpi)
            continue;
        if (*kpi == core::KpiId::Aht)
            kinds.insert(column, reports::CellKind::Seconds);
        else if (*kpi != core::KpiId::Cph && *kpi != core::KpiId::Nps)
            kinds.insert(column, reports::CellKind::Percent);
    }
    return kinds;
}

std::optional<DrillDown> ScorecardView::drillDownAt(const QModelIndex &index) const
{
    const QVariant subset = index.data(Model::DrillDownRole);
    if (!index.isValid() || !subset.isValid())
        return std::nullopt;
    // A score stands on everything handled: its n is the handled column's.
    const QVariant n = index.column() == Model::ScoreColumn
                           ? index.siblingAtColumn(Model::HandledColumn).data(Model::NRole)
                           : index.data(Model::NRole);
    const qint64 agentId = index.data(Model::AgentIdRole).toLongLong();
    // Rows are read in the population's team (the scope's team, or a lone agent's team), so the
    // conversations are those credited to it.
    models::Scope population = m_scope;
    population.teamId = m_data.team.teamId > 0 ? std::optional<qint64>(m_data.team.teamId) : std::nullopt;
    const QString who = index.siblingAtColumn(Model::AgentColumn).data().toString();
    return drillDownFor(population, m_scope.range,
                        agentId > 0 ? std::optional<qint64>(agentId) : std::nullopt, who,
                        static_cast<storage::ConversationSubset>(subset.toInt()),
                        n.isValid() ? std::optional<qint64>(n.toLongLong()) : std::nullopt);
}

void ScorecardView::onActivated(const QModelIndex &index)
{
    if (index.column() == Model::AgentColumn) {
        if (const qint64 agentId = index.data(Model::AgentIdRole).toLongLong(); agentId > 0)
            Q_EMIT agentActivated(agentId);
        return;
    }
    if (const auto drill = drillDownAt(index))
        Q_EMIT drillDownRequested(*drill);
}

} // namespace huddle::ui
