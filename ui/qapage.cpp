#include "qapage.h"
