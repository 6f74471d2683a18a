#pragma once

// The types that more than one core test passes through a QTest data column, declared to Qt's meta-type
// system here once: a type may be declared only once in a translation unit, and the test sources of a
// directory compile in unity batches (tests/CMakeLists.txt).
#include "core/kpiplan.h"

#include <QJsonObject>
#include <QMetaType>

#include <functional>

// Changes a JSON document before it is parsed: the data rows of the JSON error tests.
using JsonEdit = std::function<void(QJsonObject &)>;

Q_DECLARE_METATYPE(JsonEdit)
Q_DECLARE_METATYPE(huddle::core::KpiId)
