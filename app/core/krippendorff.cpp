#include "krippendorff.h"
