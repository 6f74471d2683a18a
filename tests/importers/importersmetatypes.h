#pragma once

// The types that more than one importer test passes through a QTest data column, declared to Qt's meta-type
// system here once: a type may be declared only once in a translation unit, and the test sources of a
// directory compile in unity batches (tests/CMakeLists.txt).
#include "importers/textdecoder.h"

#include <QMetaType>

Q_DECLARE_METATYPE(huddle::importers::TextEncoding)
