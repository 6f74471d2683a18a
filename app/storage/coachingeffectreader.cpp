#include "coachingeffectreader.h"
