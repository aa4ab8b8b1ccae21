#pragma once

#include "protocol/result.h"
#include "server/channels/channelsettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

#include <optional>

namespace Guichet::Server {
class SettingsStore;
} // namespace Guichet::Server

namespace Guichet::Server::Channels::XOAuth2 {

//! The brigade account's OAuth 2.0 user-context tokens (X: the access token
//! lives 2 hours; the refresh token, given with the offline.access scope, is
//! replaced at each refresh and the old one stops working).
struct Tokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresAt = 0; //!< ms since the epoch
    QString scope;
    qint64 refreshedAt = 0; //!< when X last gave them (ms)
    //! The last refresh that X refused, for operators and agents; empty when
    //! the tokens work.
    QString failure;
    qint64 failedAt = 0;
};

//! What a token request came to.
struct Answer
{
    std::optional<Tokens> tokens;
    QString reason; //!< X's words when it refused, never a token
    bool transient = false; //!< X unreachable or failing (5xx, 429): try again later
};

//! The settings row the sealed tokens live in.
inline constexpr const char *kSettingKey = "x.oauth2";

//! Sealed in the database's settings table: the tokens with the key from
//! ChannelSettings::Twitter::secretKeyFile, the expiry and the last failure in
//! clear (what status shows needs no key).
class Store
{
public:
    //! @p createKey: make the key file when absent (importing tokens does;
    //! reading never makes a key that could not open what is stored).
    Store(SettingsStore &store, const ChannelSettings::Twitter &settings, bool createKey = false);
    //! Why the key is unusable; empty when it is.
    QString keyError() const { return m_keyError; }
    //! nullopt: none stored. An error: stored but unreadable (another key).
    Result<std::optional<Tokens>> load();
    //! Only the clear part (expiry, failure): works without the key.
    std::optional<Tokens> loadStatus();
    Result<void> save(const Tokens &tokens);
    Result<void> clear();

private:
    SettingsStore &m_settingsStore;
    QByteArray m_key;
    QString m_keyError;
};

//! POST /2/oauth2/token with the confidential client's Basic authentication
//! (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token).
QNetworkRequest tokenRequest(const ChannelSettings::Twitter &settings);
//! The form body that trades @p refreshToken for new tokens.
QByteArray refreshBody(const ChannelSettings::Twitter &settings, const QString &refreshToken);
//! X's answer to a token request: {"token_type":"bearer","expires_in","access_token",
//! "scope","refresh_token"}, or {"error","error_description"}.
Answer parseAnswer(int status, const QByteArray &body, qint64 nowMs);
//! Tokens from the JSON that X's token endpoint gave (what an operator saved
//! from the authorization-code exchange), for "admin x token import".
Result<Tokens> fromTokenJson(const QByteArray &json, qint64 nowMs);
//! For logs and status: "ok", "expired", "refresh_failed".
QString stateOf(const Tokens &tokens, qint64 nowMs);

} // namespace Guichet::Server::Channels::XOAuth2
