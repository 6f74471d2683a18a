#pragma once

#include "core/namespacetr.h"

namespace huddle::reports {

// tr() for this namespace's free functions; a class whose member functions call tr() declares its own
// (Q_DECLARE_TR_FUNCTIONS), because lupdate files those calls under the class.
HUDDLE_NAMESPACE_TR("huddle::reports")

} // namespace huddle::reports
