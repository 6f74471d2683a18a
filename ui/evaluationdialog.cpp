#include "evaluationdialog.h"
