#pragma once

#include "calibrationreportmodel.h"

namespace huddle::models {

// Evaluators ranked by their mean deviation from the group, strictest first; the two ends are labelled.
class CalibrationEvaluatorModel : public CalibrationReportModel {
    Q_OBJECT
public:
    enum Column { Evaluator, MeanDeviation, Scored, Tendency, ColumnCount };

    using CalibrationReportModel::CalibrationReportModel;

    // "strictest", "most lenient" or empty.
    QString tendency(int row) const;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QVariant display(int row, int column) const;
};

} // namespace huddle::models
