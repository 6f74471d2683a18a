#include "transcriptrepository.h"
