#include "synclogging.h"

namespace Guichet {
Q_LOGGING_CATEGORY(lcSync, "guichet.sync", QtInfoMsg)
}
