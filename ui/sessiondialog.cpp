#include "sessiondialog.h"
