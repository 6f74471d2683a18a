#include "calibrationstats.h"
