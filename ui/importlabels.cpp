#include "importlabels.h"

namespace huddle::ui {

QString ImportLabels::shape(importers::Shape shape)
{
    switch (shape) {
    case importers::Shape::Conversations:
        return tr("Conversations");
    case importers::Shape::AgentDay:
        return tr("Agent-day statistics");
    case importers::Shape::Surveys:
        return tr("Survey answers");
    case importers::Shape::Sales:
        return tr("Sales");
    case importers::Shape::Attendance:
        return tr("Attendance");
    }
    return {};
}

QString ImportLabels::shapeKey(const QString &key)
{
    const auto parsed = importers::shapeFromKey(key);
    return parsed ? shape(*parsed) : key;
}

QString ImportLabels::dateOrder(importers::DateOrder order)
{
    switch (order) {
    case importers::DateOrder::Ymd:
        return tr("Year-month-day (2021-03-04)");
    case importers::DateOrder::Mdy:
        return tr("Month/day/year (03/04/2021 = 4 March)");
    case importers::DateOrder::Dmy:
        return tr("Day/month/year (04/03/2021 = 4 March)");
    }
    return {};
}

QString ImportLabels::durationUnit(importers::DurationUnit unit)
{
    switch (unit) {
    case importers::DurationUnit::Seconds:
        return tr("Seconds");
    case importers::DurationUnit::Milliseconds:
        return tr("Milliseconds");
    case importers::DurationUnit::Minutes:
        return tr("Minutes");
    }
    return {};
}

} // namespace huddle::ui
