#include "coachingeffect.h"
