#pragma once

#include "calibrationreportmodel.h"

namespace huddle::models {

// Conversations that split the evaluators most, widest spread (max − min total) first.
class CalibrationSpreadModel : public CalibrationReportModel {
    Q_OBJECT
public:
    enum Column { Conversation, Agent, Min, Max, Spread, Scores, ColumnCount };
    // QStringList: "evaluator: total" for every evaluator of the row's conversation, in session order.
    static constexpr int EvaluatorTotalsRole = Qt::UserRole + 1;

    using CalibrationReportModel::CalibrationReportModel;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QVariant display(const core::ConversationSpread &spread, int column) const;
    QStringList evaluatorTotals(int conversation) const;
};

} // namespace huddle::models
