#include "faqlogging.h"

namespace Guichet {
Q_LOGGING_CATEGORY(lcFaq, "guichet.faq", QtInfoMsg)
}
