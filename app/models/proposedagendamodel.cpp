#include "proposedagendamodel.h"
