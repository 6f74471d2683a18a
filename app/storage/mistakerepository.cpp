#include "mistakerepository.h"
