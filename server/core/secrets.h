#pragma once

#include <QByteArray>
#include <QString>

namespace Guichet::Server::Secrets {

//! An Argon2id hash of @p password in libsodium's self-describing string form
//! (algorithm, cost and salt included). Empty on failure (out of memory).
QString hashPassword(const QString &password);
//! Constant-time check of @p password against a hash from hashPassword().
bool verifyPassword(const QString &password, const QString &hash);
//! True when @p hash was made with a lower cost than today's default.
bool needsRehash(const QString &hash);

//! A new random token: 32 bytes from the CSPRNG, base64url without padding.
QString newToken();
//! What the database keeps of a token: its SHA-256, so a stolen database does
//! not yield usable tokens.
QByteArray tokenDigest(const QString &token);

//! HMAC-SHA256 of @p data under @p key.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
//! Constant-time comparison.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace Guichet::Server::Secrets
