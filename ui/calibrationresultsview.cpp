#include "calibrationresultsview.h"

#include "models/calibrationagreementmodel.h"
#include "models/calibrationevaluatormodel.h"
#include "models/calibrationgridmodel.h"
#include "models/calibrationspreadmodel.h"
#include "models/calibrationtext.h"
#include "rowtable.h"
#include "tableexportaction.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
}

} // namespace

CalibrationResultsView::CalibrationResultsView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_alpha(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_agreement(new models::CalibrationAgreementModel(this))
    , m_evaluators(new models::CalibrationEvaluatorModel(this))
    , m_spread(new models::CalibrationSpreadModel(this))
    , m_grid(new models::CalibrationGridModel(this))
    , m_agreementView(makeRowTable(m_agreement, QString(), tr("Agreement per criterion"), this,
                                   models::CalibrationAgreementModel::Criterion))
    , m_evaluatorView(makeRowTable(m_evaluators, QString(), tr("Evaluators by mean deviation"), this,
                                   models::CalibrationEvaluatorModel::Tendency))
    , m_spreadView(makeRowTable(m_spread, QString(), tr("Conversations with the widest spread"), this,
                                models::CalibrationSpreadModel::Conversation))
    , m_gridView(makeRowTable(m_grid, QString(), tr("Every total"), this))
{
    for (QTableView *view : {m_agreementView, m_evaluatorView, m_spreadView, m_gridView})
        view->setAlternatingRowColors(true);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    connect(m_spreadView, &QAbstractItemView::doubleClicked, this,
            &CalibrationResultsView::showEvaluatorTotals);

    auto *tables = new QGridLayout;
    tables->addWidget(tableBox(tr("Agreement per criterion"), m_agreementView, tr("Calibration agreement")),
                      0, 0);
    tables->addWidget(
        tableBox(tr("Evaluators, strictest first"), m_evaluatorView, tr("Calibration evaluators")), 0, 1);
    tables->addWidget(tableBox(tr("Widest spread (double-click for each evaluator's total)"), m_spreadView,
                               tr("Calibration spread")),
                      1, 0);
    tables->addWidget(
        tableBox(tr("Every total: conversation × evaluator"), m_gridView, tr("Calibration totals")), 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(createAlphaRow());
    layout->addLayout(tables, 1);
}

// α of the totals, large and in its verdict's colour, with what it means in the tooltip.
QLayout *CalibrationResultsView::createAlphaRow()
{
    QFont big = m_alpha->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_alpha->setFont(big);
    m_alpha->setObjectName(QStringLiteral("alphaLabel"));
    m_alpha->setTextFormat(Qt::RichText);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    const QString explanation = models::alphaExplanation();
    m_alpha->setToolTip(explanation);
    m_verdict->setToolTip(explanation);

    auto *note = new QLabel(tr("Calibration scores never count in agents' QA %."), this);
    note->setToolTip(
        tr("Blind calibration scores measure the evaluators, not the agents: they are left out of "
           "every QA average, KPI and bonus."));
    auto *alphaRow = new QHBoxLayout;
    alphaRow->addWidget(m_alpha);
    alphaRow->addWidget(m_verdict, 1);
    alphaRow->addWidget(note);
    return alphaRow;
}

QWidget *CalibrationResultsView::tableBox(const QString &title, QTableView *view, const QString &exportTitle)
{
    auto *box = new QWidget(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto *exportButton = new QToolButton(box);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save this table as CSV or Excel"));
    connect(exportButton, &QToolButton::clicked, this,
            [this, view, exportTitle] { exportWithDialog(view, exportTitle); });
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    return box;
}

void CalibrationResultsView::showReport(const storage::CalibrationReport &report, const QTimeZone &zone)
{
    const storage::CalibrationSessionSummary &session = report.session;
    m_sessionName = session.name;
    m_heading->setText(
        tr("<b>%1</b> — %2 · %3 conversations × %4 evaluators · closed %5")
            .arg(session.name.toHtmlEscaped(), session.scorecardName.toHtmlEscaped(),
                 QLocale().toString(session.conversations), QLocale().toString(session.evaluators.size()),
                 QLocale().toString(session.closedAt.toTimeZone(zone).date(), QLocale::LongFormat)));
    const core::AlphaVerdict verdict = core::verdictOf(report.results.totalAlpha);
    const QColor color = models::verdictColor(verdict);
    m_alpha->setText(colored(tr("α = %1").arg(models::formatAlpha(report.results.totalAlpha)), color));
    m_verdict->setText(colored(models::verdictText(verdict), color) + QStringLiteral("<br>") +
                       tr("Krippendorff's α of the total scores (interval metric)").toHtmlEscaped());
    for (models::CalibrationReportModel *model :
         std::initializer_list<models::CalibrationReportModel *>{m_agreement, m_evaluators, m_spread, m_grid})
        model->setReport(report);
}

void CalibrationResultsView::clear()
{
    showReport({}, QTimeZone::utc());
    for (QLabel *label : {m_heading, m_alpha, m_verdict})
        label->clear();
}

QString CalibrationResultsView::alphaText() const
{
    return m_alpha->text();
}

QStringList CalibrationResultsView::evaluatorTotals(int spreadRow) const
{
    return m_spread->index(spreadRow, 0)
        .data(models::CalibrationSpreadModel::EvaluatorTotalsRole)
        .toStringList();
}

void CalibrationResultsView::showEvaluatorTotals(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString conversation =
        index.siblingAtColumn(models::CalibrationSpreadModel::Conversation).data().toString();
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Totals of %1").arg(conversation),
                        evaluatorTotals(index.row()).join(QLatin1Char('\n')), QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QHash<int, reports::CellKind> CalibrationResultsView::columnKinds(const QTableView *view) const
{
    using Kind = reports::CellKind;
    if (view == m_agreementView) {
        using Column = models::CalibrationAgreementModel::Column;
        return {{Column::Agreement, Kind::Percent},
                {Column::Alpha, Kind::Number},
                {Column::Pairable, Kind::Number}};
    }
    if (view == m_evaluatorView) {
        using Column = models::CalibrationEvaluatorModel::Column;
        return {{Column::MeanDeviation, Kind::Number}, {Column::Scored, Kind::Number}};
    }
    if (view == m_spreadView) {
        using Column = models::CalibrationSpreadModel::Column;
        return {{Column::Min, Kind::Percent},
                {Column::Max, Kind::Percent},
                {Column::Spread, Kind::Number},
                {Column::Scores, Kind::Number}};
    }
    QHash<int, Kind> kinds;
    for (int column = models::CalibrationGridModel::FirstEvaluator; column < m_grid->columnCount(); ++column)
        kinds.insert(column, Kind::Percent);
    return kinds;
}

core::Status CalibrationResultsView::exportTable(const QTableView *view, const QString &path) const
{
    return TableExportAction::exportToFile(*view->model(), models::CalibrationReportModel::ValueRole,
                                           columnKinds(view), path);
}

void CalibrationResultsView::exportWithDialog(QTableView *view, const QString &title)
{
    TableExportAction::exportWithDialog(this, *view->model(), models::CalibrationReportModel::ValueRole,
                                        columnKinds(view), tr("%1 — %2").arg(title, m_sessionName));
}

} // namespace huddle::ui
