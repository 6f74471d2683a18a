#include "calibrationview.h"
