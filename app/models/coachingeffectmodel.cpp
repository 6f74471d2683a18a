#include "coachingeffectmodel.h"
