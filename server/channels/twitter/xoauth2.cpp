#include "xoauth2.h"

#include "server/core/secrets.h"
#include "server/storage/settingsstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels::XOAuth2 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Guichet::Server::Channels::XOAuth2", text);
}

// Additional data of the seal: a sealed value copied into another row does not open.
QByteArray purpose()
{
    return QByteArrayLiteral("guichet x.oauth2 tokens v1");
}

} // namespace

Store::Store(SettingsStore &store, const ChannelSettings::Twitter &settings, bool createKey)
    : m_settingsStore(store)
{
    if (settings.secretKeyFile.isEmpty())
        m_keyError = tr("no secret key file (GUICHET_SECRET_KEY_FILE or the data folder)");
    else
        m_key = Secrets::secretKey(settings.secretKeyFile, createKey, &m_keyError);
}

namespace {

std::optional<QJsonObject> storedRow(SettingsStore &settings)
{
    const auto text = settings.setting(QString::fromLatin1(kSettingKey));
    if (!text || text->isEmpty())
        return std::nullopt;
    const QJsonObject row = QJsonDocument::fromJson(text->toUtf8()).object();
    if (row.value(u"sealed"_s).toString().isEmpty())
        return std::nullopt;
    return row;
}

Tokens statusOf(const QJsonObject &row)
{
    Tokens tokens;
    tokens.expiresAt = row.value(u"expiresAt"_s).toInteger();
    tokens.refreshedAt = row.value(u"refreshedAt"_s).toInteger();
    tokens.scope = row.value(u"scope"_s).toString();
    tokens.failure = row.value(u"failure"_s).toString();
    tokens.failedAt = row.value(u"failedAt"_s).toInteger();
    return tokens;
}

} // namespace

Result<std::optional<Tokens>> Store::load()
{
    const std::optional<QJsonObject> row = storedRow(m_settingsStore);
    if (!row)
        return std::optional<Tokens>();
    if (m_key.isEmpty())
        return makeError(ErrorCode::KeyUnavailable, m_keyError);
    const auto plain = Secrets::unseal(m_key, row->value(u"sealed"_s).toString(), purpose());
    if (!plain) {
        return makeError(ErrorCode::WrongKey,
                         tr("the stored X tokens do not open with this secret key file: was it "
                            "replaced? Import the tokens again (admin x token import)"));
    }
    const QJsonObject secrets = QJsonDocument::fromJson(*plain).object();
    Tokens tokens = statusOf(*row);
    tokens.accessToken = secrets.value(u"access_token"_s).toString();
    tokens.refreshToken = secrets.value(u"refresh_token"_s).toString();
    return std::optional<Tokens>(tokens);
}

std::optional<Tokens> Store::loadStatus()
{
    const std::optional<QJsonObject> row = storedRow(m_settingsStore);
    if (!row)
        return std::nullopt;
    return statusOf(*row);
}

Result<void> Store::save(const Tokens &tokens)
{
    if (m_key.isEmpty())
        return makeError(ErrorCode::KeyUnavailable, m_keyError);
    const QByteArray secrets =
        QJsonDocument(QJsonObject { { u"access_token"_s, tokens.accessToken },
                                    { u"refresh_token"_s, tokens.refreshToken } })
            .toJson(QJsonDocument::Compact);
    const QJsonObject row { { u"sealed"_s, Secrets::seal(m_key, secrets, purpose()) },
                            { u"expiresAt"_s, tokens.expiresAt },
                            { u"refreshedAt"_s, tokens.refreshedAt },
                            { u"scope"_s, tokens.scope },
                            { u"failure"_s, tokens.failure },
                            { u"failedAt"_s, tokens.failedAt } };
    return m_settingsStore.setSetting(
        QString::fromLatin1(kSettingKey),
        QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
}

Result<void> Store::clear()
{
    return m_settingsStore.setSetting(QString::fromLatin1(kSettingKey), QString());
}

QNetworkRequest tokenRequest(const ChannelSettings::Twitter &settings)
{
    QNetworkRequest request(QUrl(settings.apiUrl + u"/2/oauth2/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    // A confidential client authenticates with Basic (RFC 6749 §2.3.1: the id
    // and secret form-encoded, then base64).
    const QByteArray credentials = QUrl::toPercentEncoding(settings.clientId) + ':'
        + QUrl::toPercentEncoding(settings.clientSecret);
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setTransferTimeout(15000);
    return request;
}

QByteArray refreshBody(const ChannelSettings::Twitter &settings, const QString &refreshToken)
{
    // Every value percent-encoded by hand: QUrlQuery leaves '+', which a form
    // decoder reads as a space.
    return "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(refreshToken)
        + "&client_id=" + QUrl::toPercentEncoding(settings.clientId);
}

Result<Tokens> fromTokenJson(const QByteArray &json, qint64 nowMs)
{
    QJsonParseError error;
    const QJsonObject answer = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::MalformedJson,
                         tr("not the JSON of X's token endpoint: %1").arg(error.errorString()));
    Tokens tokens;
    tokens.accessToken = answer.value(u"access_token"_s).toString();
    tokens.refreshToken = answer.value(u"refresh_token"_s).toString();
    tokens.scope = answer.value(u"scope"_s).toString();
    const qint64 expiresIn = answer.value(u"expires_in"_s).toInteger(-1);
    if (tokens.accessToken.isEmpty() || expiresIn <= 0)
        return makeError(ErrorCode::MissingField,
                         tr("X's token answer needs access_token and expires_in"));
    if (tokens.refreshToken.isEmpty())
        return makeError(ErrorCode::MissingField,
                         tr("no refresh_token: authorize with the offline.access scope, or the "
                            "access token dies in 2 hours"));
    tokens.expiresAt = nowMs + expiresIn * 1000;
    tokens.refreshedAt = nowMs;
    return tokens;
}

Answer parseAnswer(int status, const QByteArray &body, qint64 nowMs)
{
    Answer answer;
    if (status == 0) {
        answer.transient = true;
        answer.reason = tr("X's token endpoint could not be reached");
        return answer;
    }
    if (status >= 200 && status < 300) {
        auto tokens = fromTokenJson(body, nowMs);
        if (tokens) {
            answer.tokens = *tokens;
            return answer;
        }
        answer.reason = tokens.error().message;
        return answer;
    }
    // RFC 6749 §5.2 {"error","error_description"}; X also answers problem
    // details or {"errors":[…]} at times.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString reason = object.value(u"error_description"_s).toString();
    if (reason.isEmpty())
        reason = object.value(u"detail"_s).toString();
    const QString code = object.value(u"error"_s).toString();
    if (!code.isEmpty())
        reason = reason.isEmpty() ? code : code + u": "_s + reason;
    if (reason.isEmpty())
        reason = tr("HTTP status %1").arg(status);
    answer.reason = tr("%1 (HTTP %2)").arg(reason.left(300)).arg(status);
    answer.transient = status >= 500 || status == 429;
    return answer;
}

QString stateOf(const Tokens &tokens, qint64 nowMs)
{
    if (!tokens.failure.isEmpty())
        return u"refresh_failed"_s;
    if (tokens.expiresAt <= nowMs)
        return u"expired"_s;
    return u"ok"_s;
}

} // namespace Guichet::Server::Channels::XOAuth2
