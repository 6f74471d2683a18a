#include "bonusevidencereader.h"

// Stub: filled in by the owner of this file (issue 8).
