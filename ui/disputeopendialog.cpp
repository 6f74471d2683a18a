#include "disputeopendialog.h"
