#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

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

//! The key that seals secrets kept in the database (X's OAuth 2.0 tokens): 32
//! random bytes in the file @p path, which is created (mode 0600) when absent
//! and @p create is set. Empty on failure, with why in @p error. Every instance
//! on one database needs the same file (docs/channels.md).
QByteArray secretKey(const QString &path, bool create, QString *error);
//! @p plain sealed with @p key (XChaCha20-Poly1305, fresh random nonce), bound
//! to @p purpose (additional data: a sealed value cannot be moved to another
//! use). Text: "v1." then base64url of nonce and ciphertext.
QString seal(const QByteArray &key, const QByteArray &plain, const QByteArray &purpose);
//! The plain text of a seal()ed value; nullopt for a wrong key, another
//! purpose, or an altered value.
std::optional<QByteArray> unseal(const QByteArray &key, const QString &sealed,
                                 const QByteArray &purpose);

} // namespace Guichet::Server::Secrets
