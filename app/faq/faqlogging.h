#pragma once

#include <QLoggingCategory>

namespace Guichet {
//! guichet.faq: loading and indexing the knowledge base. Never logs entry or query text.
Q_DECLARE_LOGGING_CATEGORY(lcFaq)
} // namespace Guichet
