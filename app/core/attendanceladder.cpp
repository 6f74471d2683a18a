#include "attendanceladder.h"
