#include "coachingexport.h"
