#include "phrasemodel.h"
