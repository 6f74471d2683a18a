#include "coachingtext.h"
