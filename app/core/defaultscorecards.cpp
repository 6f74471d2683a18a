#include "defaultscorecards.h"
