#include "coachingsummary.h"
