#include "qasample.h"
