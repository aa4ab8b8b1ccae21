#pragma once

// A fake X API (api.x.com) for the tests, written from X's published
// documentation; each answer names the page it follows. It checks what X
// checks (OAuth 1.0a signatures, OAuth 2.0 bearer tokens, the confidential
// client's Basic authentication) independently of the server's code, and can
// be put in the documented failure cases.

#include "fakeplatform.h"

#include <QSet>

namespace Guichet::Test {

class FakeX
{
public:
    //! The failure the next direct messages meet (the token endpoint has its own).
    enum class Case {
        Normal,
        //! 401 on every bearer token: the access token expired or was revoked
        //! early (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token).
        ExpiredToken,
        //! 403 client-forbidden: the app was suspended or removed from its
        //! project (docs.x.com/x-api/fundamentals/response-codes-and-errors).
        RevokedApp,
        //! 429 with x-rate-limit-reset set by setRateLimitReset()
        //! (docs.x.com/x-api/fundamentals/rate-limits).
        RateLimited,
        //! 429 with the 24-hour DM cap spent (x-user-limit-24hour-*, same page).
        DailyCapReached,
        //! 503 problem (docs.x.com/x-api/fundamentals/response-codes-and-errors).
        Unavailable,
    };

    struct Credentials
    {
        QByteArray consumerKey;
        QByteArray consumerSecret;
        QByteArray accessToken;
        QByteArray accessSecret;
        QByteArray clientId; //!< OAuth 2.0 confidential client
        QByteArray clientSecret;
    };

    explicit FakeX(Credentials credentials);

    //! The responder to give a FakePlatform (it keeps a pointer to this).
    FakePlatform::Responder responder(const QString &baseUrl);

    void setCase(Case c) { m_case = c; }
    void setRateLimitReset(qint64 epochSeconds) { m_reset = epochSeconds; }
    //! A user who does not accept direct messages from us (403).
    void addClosedUser(const QString &userId) { m_closedUsers.insert(userId); }

    //! OAuth 2.0: what the token endpoint will answer (access token lifetime
    //! in seconds) and the tokens it knows. Each refresh retires the refresh
    //! token it was given and the access token that went with it, as X does.
    void setTokens(const QByteArray &accessToken, const QByteArray &refreshToken);
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    //! The refresh token no longer works (the user revoked the app's access).
    void revokeRefresh() { m_refresh.clear(); }
    //! The token endpoint is down (503).
    void setTokenEndpointDown(bool down) { m_tokenDown = down; }
    int refreshes() const { return m_refreshes; }
    QByteArray accessToken() const { return m_access; }
    QByteArray refreshToken() const { return m_refresh; }

    // The documented answers, for tests that script their own sequence.
    //! Problem details {"title","detail","type","status"}
    //! (docs.x.com/x-api/fundamentals/response-codes-and-errors).
    static FakePlatform::Answer problem(int status, const QByteArray &title,
                                        const QByteArray &detail,
                                        QList<QPair<QByteArray, QByteArray>> headers = {});
    //! 201 {"data":{"dm_conversation_id","dm_event_id"}}
    //! (docs.x.com/x-api/direct-messages/manage, "Create a DM message by participant id").
    static FakePlatform::Answer sent(const QByteArray &eventId);
    //! 429 with x-rate-limit-limit/remaining/reset (docs.x.com/x-api/fundamentals/rate-limits).
    static FakePlatform::Answer rateLimited(qint64 resetEpochSeconds);
    //! 429 with the 24-hour user cap spent (same page: x-user-limit-24hour-limit,
    //! -remaining, -reset).
    static FakePlatform::Answer dailyCapReached(qint64 resetEpochSeconds);
    //! 403 for a user who does not accept our messages (the v2 DM endpoint's
    //! "You are not permitted to send a Direct Message to this user").
    static FakePlatform::Answer notAccepting();
    //! 403 client-forbidden (response-codes-and-errors, "client-not-enrolled").
    static FakePlatform::Answer revokedApp();
    //! RFC 6749 §5.2 error, as X's token endpoint answers it
    //! (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token).
    static FakePlatform::Answer tokenError(int status, const QByteArray &error,
                                           const QByteArray &description);

    //! An OAuth 1.0a header checked the way X does (RFC 5849), written here
    //! independently of the server's code.
    bool oauth1Valid(const RecordedRequest &request, const QString &baseUrl) const;

private:
    FakePlatform::Answer answer(const RecordedRequest &request, const QString &baseUrl);
    FakePlatform::Answer token(const RecordedRequest &request);

    Credentials m_credentials;
    Case m_case = Case::Normal;
    qint64 m_reset = 0;
    QSet<QString> m_closedUsers;
    QByteArray m_access;
    QByteArray m_refresh;
    int m_expiresIn = 7200;
    bool m_tokenDown = false;
    int m_refreshes = 0;
};

} // namespace Guichet::Test
