#pragma once

// What the coaching model tests share: a fixed `today`, the minus sign of negative values, short ways to put
// a model under the tester and read its cells, and an action item.
#include "storage/coachingrepository.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QDate>

namespace coachingtest {

inline const QDate today(2026, 11, 10);
inline const QChar minus(0x2212);

inline void test(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

inline QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

inline bool isRed(const QAbstractItemModel &model, int row, int column)
{
    const QVariant brush = model.data(model.index(row, column), Qt::ForegroundRole);
    return brush.isValid() && brush.value<QBrush>().color() == QColor(0xb3, 0x26, 0x1e);
}

inline huddle::storage::CoachingAction action(qint64 id, const QString &body, QDate due, bool done = false)
{
    huddle::storage::CoachingAction action;
    action.id = id;
    action.sessionId = 1;
    action.body = body;
    action.owner = QStringLiteral("agent");
    action.due = due;
    action.done = done;
    return action;
}

} // namespace coachingtest
