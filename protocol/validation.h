#pragma once

#include "result.h"

#include <QString>

namespace Guichet::Protocol {

//! Canonical lowercase UUID, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
bool isValidUuid(QStringView text);
//! Agent logins: 2 to 32 of [a-z0-9._-], starting with a letter or digit.
bool isValidLogin(QStringView text);
//! Citizen session tokens and agent tokens: 16 to kMaxTokenChars of base64url.
bool isValidToken(QStringView text);
//! Team names and conversation references: 1 to 64 of [A-Za-z0-9._-].
bool isValidSlug(QStringView text);
//! http(s) URL of at most kMaxUrlChars.
bool isValidHttpUrl(QStringView text);

//! Text a person wrote: well-formed UTF-16 (no lone surrogates), no control
//! characters but tab and new lines when @p multiline, at most @p maxChars code
//! points. Returns an error naming @p field, or nothing when the text is fine.
Result<void> checkText(QStringView text, int maxChars, bool multiline, const QString &field);

//! Number of Unicode code points in @p text (what length limits count).
qsizetype codePointCount(QStringView text);

} // namespace Guichet::Protocol
