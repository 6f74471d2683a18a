#include "coachingpage.h"
