#include "disputesview.h"
