#pragma once

// Internals of FaqIndex: cognates by their endings. Not part of the API.

#include "protocol/enums.h"

#include <QString>

namespace Guichet::Internal {

//! The French form of a folded @p word of language @p from by the regular correspondences of
//! its ending (resources/faq/cognates.tsv, compiled into this library and read on first use),
//! or nothing when no rule applies.
QString frenchCognate(const QString &word, Language from);

} // namespace Guichet::Internal
