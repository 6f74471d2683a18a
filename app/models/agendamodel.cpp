#include "agendamodel.h"
