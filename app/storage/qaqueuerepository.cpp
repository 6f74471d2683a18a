#include "qaqueuerepository.h"
