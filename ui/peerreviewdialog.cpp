#include "peerreviewdialog.h"
