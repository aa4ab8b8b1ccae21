#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "guichet.models", QtInfoMsg)
