#pragma once

#include <QLoggingCategory>

namespace Guichet {

Q_DECLARE_LOGGING_CATEGORY(lcProtocol)

//! A short, stable tag for a citizen identifier or other personal value, so logs
//! can correlate lines without carrying the value in clear. Keyed (HMAC), so a
//! phone number or handle cannot be recovered by hashing candidates.
QString redact(QStringView personal);

//! The key used by redact(). The server sets a persistent one from its data
//! folder so tags stay stable across restarts; otherwise a random key per process.
void setRedactionKey(const QByteArray &key);

} // namespace Guichet
