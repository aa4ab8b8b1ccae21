#pragma once

#include <QLoggingCategory>

namespace Guichet {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
