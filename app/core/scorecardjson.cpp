#include "scorecardjson.h"
