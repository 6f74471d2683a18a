#pragma once

#include "core/namespacetr.h"

namespace huddle::ui {

// tr() for this namespace's free functions (the widgets have their own).
HUDDLE_NAMESPACE_TR("huddle::ui")

} // namespace huddle::ui
