#pragma once

#include "core/namespacetr.h"

namespace huddle::models {

// tr() for this namespace's free functions (the models' classes have their own).
HUDDLE_NAMESPACE_TR("huddle::models")

} // namespace huddle::models
