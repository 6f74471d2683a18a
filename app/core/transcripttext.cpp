#include "transcripttext.h"
