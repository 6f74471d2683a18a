#include "coachingrepository.h"
