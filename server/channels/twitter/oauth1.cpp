#include "oauth1.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels::OAuth1 {

QByteArray percentEncode(const QString &text)
{
    // Unreserved: ALPHA, DIGIT, "-", ".", "_", "~"; everything else encoded.
    return QUrl::toPercentEncoding(text);
}

QByteArray signature(const QByteArray &method, const QUrl &url,
                     const QList<QPair<QString, QString>> &bodyParameters,
                     const QList<QPair<QString, QString>> &oauthParameters,
                     const QString &consumerSecret, const QString &tokenSecret)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    const auto add = [&encoded](const QString &key, const QString &value) {
        encoded.append({ percentEncode(key), percentEncode(value) });
    };
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        add(key, value);
    for (const auto &[key, value] : bodyParameters)
        add(key, value);
    for (const auto &[key, value] : oauthParameters)
        add(key, value);
    std::sort(encoded.begin(), encoded.end());
    QByteArray parameters;
    for (const auto &[key, value] : std::as_const(encoded)) {
        if (!parameters.isEmpty())
            parameters += '&';
        parameters += key + '=' + value;
    }
    QUrl base = url;
    base.setQuery(QString());
    base.setFragment(QString());
    const QString baseUrl = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    const QByteArray baseString = method.toUpper() + '&' + percentEncode(baseUrl) + '&'
        + QUrl::toPercentEncoding(QString::fromLatin1(parameters));
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    return QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray authorizationHeader(const QByteArray &method, const QUrl &url,
                               const Credentials &credentials, qint64 nowMs)
{
    QByteArray nonce(24, Qt::Uninitialized);
    for (char &byte : nonce)
        byte = char(QRandomGenerator::system()->bounded(256));
    const QList<QPair<QString, QString>> oauth {
        { u"oauth_consumer_key"_s, credentials.consumerKey },
        { u"oauth_nonce"_s, QString::fromLatin1(nonce.toHex()) },
        { u"oauth_signature_method"_s, u"HMAC-SHA1"_s },
        { u"oauth_timestamp"_s, QString::number(nowMs / 1000) },
        { u"oauth_token"_s, credentials.token },
        { u"oauth_version"_s, u"1.0"_s },
    };
    const QByteArray signed_ =
        signature(method, url, {}, oauth, credentials.consumerSecret, credentials.tokenSecret);
    QByteArray header = "OAuth ";
    for (const auto &[key, value] : oauth)
        header += percentEncode(key) + "=\"" + percentEncode(value) + "\", ";
    header += "oauth_signature=\"" + percentEncode(QString::fromLatin1(signed_)) + '"';
    return header;
}

} // namespace Guichet::Server::Channels::OAuth1
