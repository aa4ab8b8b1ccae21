#include "secrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Secrets {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The sizes of XChaCha20-Poly1305 (libsodium's macros are unsigned).
constexpr qsizetype kKeyBytes = qsizetype(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
constexpr qsizetype kNonceBytes = qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
constexpr qsizetype kTagBytes = qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES);

// Interactive cost (64 MiB, 2 passes): a login costs ~0.1 s of one core, which
// also slows brute force; raised cost is picked up by needsRehash().
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

bool needsRehash(const QString &hash)
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

QString newToken()
{
    sodiumReady();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenDigest(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray secretKey(const QString &path, bool create, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Guichet::Server::Secrets", text);
    };
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the secret key file %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray key = file.read(kKeyBytes + 1);
        if (key.size() != kKeyBytes) {
            *error = tr("the secret key file %1 is not %2 bytes long").arg(path).arg(kKeyBytes);
            return {};
        }
        // Readable by others, the key protects nothing: refused, not fixed
        // silently (someone may have copied it already).
        if (file.permissions()
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
            *error = tr("the secret key file %1 is readable by others: chmod 600 it, and "
                        "renew the secrets it protected")
                         .arg(path);
            return {};
        }
        return key;
    }
    if (!create) {
        *error = tr("no secret key file %1").arg(path);
        return {};
    }
    sodiumReady();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QSaveFile out(path);
    // Owner only before a byte is written.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || out.write(key) != kKeyBytes || !out.commit()) {
        *error = tr("cannot create the secret key file %1: %2").arg(path, out.errorString());
        return {};
    }
    return key;
}

QString seal(const QByteArray &key, const QByteArray &plain, const QByteArray &purpose)
{
    if (!sodiumReady() || key.size() != kKeyBytes)
        return {};
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, size_t(kNonceBytes));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.constData()),
        quint64(plain.size()), reinterpret_cast<const unsigned char *>(purpose.constData()),
        quint64(purpose.size()), nullptr, bytes,
        reinterpret_cast<const unsigned char *>(key.constData()));
    out.truncate(kNonceBytes + qsizetype(written));
    return u"v1."_s
        + QString::fromLatin1(
               out.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> unseal(const QByteArray &key, const QString &sealed,
                                 const QByteArray &purpose)
{
    if (!sodiumReady() || key.size() != kKeyBytes || !sealed.startsWith(u"v1."_s))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        sealed.mid(3).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray &in = decoded.decoded;
    const auto *bytes = reinterpret_cast<const unsigned char *>(in.constData());
    QByteArray plain(in.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, bytes + kNonceBytes,
            quint64(in.size() - kNonceBytes),
            reinterpret_cast<const unsigned char *>(purpose.constData()), quint64(purpose.size()),
            bytes, reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        return std::nullopt;
    }
    plain.truncate(qsizetype(written));
    return plain;
}

} // namespace Guichet::Server::Secrets
