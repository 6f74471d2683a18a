#include "coachingsessionmodel.h"
