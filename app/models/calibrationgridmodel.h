#pragma once

#include "calibrationreportmodel.h"

namespace huddle::models {

// Every total of a closed session: one row per conversation (session order), one column per evaluator.
class CalibrationGridModel : public CalibrationReportModel {
    Q_OBJECT
public:
    enum Column { Conversation, Agent, FirstEvaluator };

    using CalibrationReportModel::CalibrationReportModel;

    // The total of one conversation by one evaluator: empty when not scored (or every criterion N/A).
    std::optional<double> total(int conversation, int evaluator) const;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace huddle::models
