#include "plansessiondialog.h"
