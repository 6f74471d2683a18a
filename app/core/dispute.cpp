#include "dispute.h"
