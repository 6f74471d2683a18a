#include "disputerepository.h"
