// The registry's records as the desktop's models hand them out (individuals, groups, programs,
// memberships, history): what ui/ may name without reaching into api/.
#pragma once

#include "records.h"
