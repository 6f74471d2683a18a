#include "calibrationrepository.h"
