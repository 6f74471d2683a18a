#include "actionitemmodel.h"
