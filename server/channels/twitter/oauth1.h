#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Guichet::Server::Channels::OAuth1 {

//! The credentials of an X app acting for its account (OAuth 1.0a, user context).
struct Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString token;
    QString tokenSecret;
};

//! RFC 3986 percent-encoding, as OAuth 1.0a wants it.
QByteArray percentEncode(const QString &text);

//! The HMAC-SHA1 signature of a request: method, URL (its query parameters
//! included), @p bodyParameters (form-encoded bodies only; a JSON body is not
//! signed), and the oauth_* parameters.
QByteArray signature(const QByteArray &method, const QUrl &url,
                     const QList<QPair<QString, QString>> &bodyParameters,
                     const QList<QPair<QString, QString>> &oauthParameters,
                     const QString &consumerSecret, const QString &tokenSecret);

//! The "Authorization: OAuth …" header value for a request with a JSON body,
//! with a fresh nonce and the time @p nowMs (the server's Clock).
QByteArray authorizationHeader(const QByteArray &method, const QUrl &url,
                               const Credentials &credentials, qint64 nowMs);

} // namespace Guichet::Server::Channels::OAuth1
