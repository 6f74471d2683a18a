#include "coaching.h"
