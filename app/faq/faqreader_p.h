#pragma once

// Internals of FaqFile: the fast path for reading one entry. Not part of the API.

#include "protocol/faqentry.h"

#include <QByteArrayView>

#include <optional>

namespace Guichet::Internal {

//! Reads one knowledge base line without building a QJsonDocument: a strict JSON scanner that
//! decodes the six known fields, skips any other, and applies FaqEntry::fromJson's rules
//! with the protocol's own checks. It only ever accepts: on anything it is not sure of
//! (malformed JSON, a duplicate key, invalid UTF-8, a value that breaks a rule) it returns
//! nothing, and FaqFile asks QJsonDocument and FaqEntry::fromJson for the verdict and the
//! error message. Five times faster on valid lines, which is what a knowledge base holds.
std::optional<FaqEntry> readEntryFast(QByteArrayView line);

} // namespace Guichet::Internal
