#pragma once

#include "server/channels/channeladapter.h"
#include "server/channels/channelsettings.h"

#include <QHttpServerResponse>
#include <QObject>

class QHttpServerRequest;

namespace Guichet::Server {
class ConversationStore;
class Database;
class SurveyStore;
class ConversationService;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

class Intake;

//! The web form and its private follow-up page. POST /api/form takes a JSON
//! object {name?, contact, lang, subject, message} and answers with the
//! conversation's reference and a follow-up link carrying a random token (only
//! its digest is stored). The follow-up API takes that token as a bearer
//! token: GET /api/follow (the exchange), POST /api/follow/messages (write
//! back), POST /api/follow/survey. Replies need no platform: once stored they
//! are on the follow-up page (sent), and delivered when the page shows them.
class WebForm : public QObject, public ChannelAdapter
{
    Q_OBJECT

public:
    WebForm(Database &database, ConversationStore &conversations, SurveyStore &surveys,
            ConversationService &service, Intake &intake, const ChannelSettings &settings,
            QObject *parent = nullptr);

    QHttpServerResponse submit(const QHttpServerRequest &request, const QString &address);
    //! submit() once the request passed its checks (method, type, size): the
    //! JSON body from @p address (the fuzz target calls it).
    QHttpServerResponse submitBody(const QByteArray &body, const QString &address);
    QHttpServerResponse follow(const QHttpServerRequest &request, const QString &address);
    QHttpServerResponse writeBack(const QHttpServerRequest &request, const QString &address);
    QHttpServerResponse survey(const QHttpServerRequest &request, const QString &address);

    Channel channel() const override { return Channel::WebForm; }
    //! The follow-up page shows replies and asks for the rating; the form says the language.
    Capabilities capabilities() const override { return { true, false, true }; }

private:
    //! The conversation a follow-up request's bearer token opens, or an error response.
    std::variant<ConversationRecord, QHttpServerResponse>
    authorize(const QHttpServerRequest &request, const QString &address);
    std::optional<QHttpServerResponse> checkPost(const QHttpServerRequest &request) const;

    Database &m_database;
    ConversationStore &m_conversationStore;
    SurveyStore &m_surveyStore;
    ConversationService &m_service;
    Intake &m_intake;
    const ChannelSettings &m_settings;
};

//! Security headers for every citizen-facing response: a CSP without inline
//! script, no framing, no sniffing, no referrer.
void addSecurityHeaders(QHttpServerResponse &response, const QByteArray &host = {});

//! A JSON answer with the security headers and no caching.
QHttpServerResponse
jsonResponse(const QJsonObject &object,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

} // namespace Guichet::Server::Channels
