#include "phraserepository.h"
