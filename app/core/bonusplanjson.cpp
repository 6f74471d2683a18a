#include "bonusplan.h"
#include "month.h"

// Stub: filled in by the owner of this file (issue 8).
