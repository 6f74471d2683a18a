#include "scorecardrepository.h"
