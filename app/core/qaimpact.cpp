#include "qaimpact.h"
