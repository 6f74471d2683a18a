#include "attendancemonthmodel.h"
