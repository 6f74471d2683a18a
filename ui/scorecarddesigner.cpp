#include "scorecarddesigner.h"
