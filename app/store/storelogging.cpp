#include "storelogging.h"

namespace Guichet {
Q_LOGGING_CATEGORY(lcStore, "guichet.store", QtInfoMsg)
}
