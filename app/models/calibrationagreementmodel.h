#pragma once

#include "calibrationreportmodel.h"

namespace huddle::models {

// Agreement per criterion: how often pairs of evaluators gave the same answer, and Krippendorff's α with the
// metric that suits the criterion (nominal for yes/no, interval for 1–5), over the pairable conversations.
class CalibrationAgreementModel : public CalibrationReportModel {
    Q_OBJECT
public:
    enum Column { Criterion, Agreement, Alpha, Metric, Pairable, ColumnCount };

    using CalibrationReportModel::CalibrationReportModel;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QVariant display(const core::CriterionAgreement &agreement, int column) const;
};

} // namespace huddle::models
