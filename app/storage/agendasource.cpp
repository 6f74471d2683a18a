#include "agendasource.h"
