#pragma once

#include "reports/exporttable.h"
#include "storage/calibrationrepository.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLayout;
class QTableView;

namespace huddle::models {
class CalibrationAgreementModel;
class CalibrationEvaluatorModel;
class CalibrationGridModel;
class CalibrationReportModel;
class CalibrationSpreadModel;
} // namespace huddle::models

namespace huddle::ui {

// The results of a closed calibration session: Krippendorff's α on the totals with its verdict, agreement
// per criterion, evaluators from strictest to most lenient, the conversations that split them most
// (double-click for each evaluator's total), and every total. Each table exports to CSV or XLSX.
class CalibrationResultsView : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationResultsView(QWidget *parent = nullptr);

    void showReport(const storage::CalibrationReport &report, const QTimeZone &zone);
    void clear();

    QString alphaText() const;
    QTableView *agreementView() const { return m_agreementView; }
    QTableView *evaluatorView() const { return m_evaluatorView; }
    QTableView *spreadView() const { return m_spreadView; }
    QTableView *gridView() const { return m_gridView; }
    // "Evaluator: total" lines for the conversation in `spreadRow` of the widest-spread table.
    QStringList evaluatorTotals(int spreadRow) const;
    // Writes one table as its export button does, without asking.
    core::Status exportTable(const QTableView *view, const QString &path) const;

private:
    QLayout *createAlphaRow();
    QWidget *tableBox(const QString &title, QTableView *view, const QString &exportTitle);
    void exportWithDialog(QTableView *view, const QString &title);
    void showEvaluatorTotals(const QModelIndex &index);
    QHash<int, reports::CellKind> columnKinds(const QTableView *view) const;

    QLabel *m_heading;
    QLabel *m_alpha;
    QLabel *m_verdict;
    models::CalibrationAgreementModel *m_agreement;
    models::CalibrationEvaluatorModel *m_evaluators;
    models::CalibrationSpreadModel *m_spread;
    models::CalibrationGridModel *m_grid;
    QTableView *m_agreementView;
    QTableView *m_evaluatorView;
    QTableView *m_spreadView;
    QTableView *m_gridView;
    QString m_sessionName;
};

} // namespace huddle::ui
