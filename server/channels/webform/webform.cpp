#include "webform.h"

#include "protocol/limits.h"
#include "protocol/logging.h"
#include "protocol/validation.h"
#include "server/channels/intake.h"
#include "server/channels/textnormalizer.h"
#include "server/conversations/conversationservice.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/surveystore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse problem(StatusCode status, const QString &code, const QString &message,
                            const QString &field = {})
{
    QJsonObject body { { u"error"_s, code }, { u"message"_s, message } };
    if (!field.isEmpty())
        body.insert(u"field"_s, field);
    return jsonResponse(body, status);
}

//! A rate limit, never a ban: when to try again.
QHttpServerResponse tooMany(const QString &message, int retryAfterSeconds)
{
    QHttpServerResponse response = problem(StatusCode::TooManyRequests, u"rate_limited"_s, message);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QString statusName(ConversationState state)
{
    switch (state) {
    case ConversationState::Queued:
        return u"waiting"_s;
    case ConversationState::Claimed:
        return u"answering"_s;
    case ConversationState::Closed:
        return u"closed"_s;
    }
    return u"waiting"_s;
}

bool looksLikeContact(const QString &contact)
{
    static const QRegularExpression email(u"^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 ().-]{5,24}$"_s);
    return email.match(contact).hasMatch() || phone.match(contact).hasMatch();
}

} // namespace

void addSecurityHeaders(QHttpServerResponse &response, const QByteArray &host)
{
    QByteArray connect = "'self'";
    // Older browsers do not count ws: of the same host as 'self'.
    static const QRegularExpression validHost(u"^[A-Za-z0-9.:\\[\\]-]{1,255}$"_s);
    if (!host.isEmpty() && validHost.match(QString::fromLatin1(host)).hasMatch())
        connect += " ws://" + host + " wss://" + host;
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                       "connect-src "
                           + connect
                           + "; form-action 'self'; base-uri 'none'; "
                             "frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
}

QHttpServerResponse jsonResponse(const QJsonObject &object, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response("application/json",
                                 QJsonDocument(object).toJson(QJsonDocument::Compact), status);
    addSecurityHeaders(response);
    return response;
}

WebForm::WebForm(Database &database, ConversationStore &conversations, SurveyStore &surveys,
                 ConversationService &service, Intake &intake, const ChannelSettings &settings,
                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_conversationStore(conversations)
    , m_surveyStore(surveys)
    , m_service(service)
    , m_intake(intake)
    , m_settings(settings)
{ }

std::optional<QHttpServerResponse> WebForm::checkPost(const QHttpServerRequest &request) const
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return problem(StatusCode::MethodNotAllowed, u"method"_s, tr("use POST"));
    if (!request.value("content-type").toLower().startsWith("application/json"))
        return problem(StatusCode::UnsupportedMediaType, u"content_type"_s,
                       tr("send a JSON object (Content-Type: application/json)"));
    if (request.body().size() > m_settings.abuse.formMaxBytes)
        return problem(StatusCode::PayloadTooLarge, u"too_large"_s, tr("the request is too large"));
    return std::nullopt;
}

QHttpServerResponse WebForm::submit(const QHttpServerRequest &request, const QString &address)
{
    if (auto refused = checkPost(request))
        return std::move(*refused);
    return submitBody(request.body(), address);
}

QHttpServerResponse WebForm::submitBody(const QByteArray &body, const QString &address)
{
    if (!m_intake.takeAddressToken(u"form"_s, address, m_settings.abuse.formsPerAddressPerHour,
                                   3600 * 1000)) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=form_refused reason=rate address=" << redact(address);
        return tooMany(tr("too many messages from your connection: please try again later"),
                       m_intake.addressRetryAfter(u"form"_s, address, 3600 * 1000));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return problem(StatusCode::BadRequest, u"malformed"_s,
                       tr("the request is not a JSON object"));
    const QJsonObject form = document.object();
    const auto field = [&form](const QString &name) {
        return form.value(name).toString().trimmed();
    };
    for (const QString &name : { u"name"_s, u"contact"_s, u"lang"_s, u"subject"_s, u"message"_s }) {
        if (form.contains(name) && !form.value(name).isString())
            return problem(StatusCode::BadRequest, u"invalid"_s, tr("expected text"), name);
    }
    const QString name = field(u"name"_s);
    const QString contact = field(u"contact"_s);
    const QString subject = field(u"subject"_s);
    const QString message = form.value(u"message"_s).toString();
    const auto lang = fromWireName<Language>(field(u"lang"_s));
    if (!lang)
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("choose a language"), u"lang"_s);
    if (auto ok = Protocol::checkText(name, Protocol::kMaxNameChars, false, u"name"_s); !ok)
        return problem(StatusCode::BadRequest, u"invalid"_s, ok.error().message, u"name"_s);
    // Control characters pass the address pattern but not the event log's checks:
    // refused here, the citizen hears why instead of "try again" for ever.
    if (contact.isEmpty()
        || !Protocol::checkText(contact, Protocol::kMaxNameChars, false, u"contact"_s)
        || !looksLikeContact(contact))
        return problem(StatusCode::BadRequest, u"invalid"_s,
                       tr("give an e-mail address or a telephone number"), u"contact"_s);
    if (subject.isEmpty())
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("give a subject"), u"subject"_s);
    if (auto ok = Protocol::checkText(subject, Protocol::kMaxNameChars, false, u"subject"_s); !ok)
        return problem(StatusCode::BadRequest, u"invalid"_s, ok.error().message, u"subject"_s);
    if (message.trimmed().isEmpty())
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("write your message"),
                       u"message"_s);
    if (auto ok = Protocol::checkText(message, Protocol::kMaxMessageChars, true, u"message"_s); !ok)
        return problem(StatusCode::BadRequest, u"invalid"_s, ok.error().message, u"message"_s);

    // The form's sender is who it says to answer (a spam close silences that
    // contact), never the address it came from.
    const QString sender = m_intake.senderKey(Channel::WebForm, u"contact:"_s + contact.toLower());
    if (m_intake.isSilenced(sender))
        return problem(StatusCode::Forbidden, u"refused"_s, tr("your message cannot be accepted"));
    const QString token = Secrets::newToken();
    ConversationService::Incoming in;
    in.channel = Channel::WebForm;
    in.lang = *lang;
    // Agents see who wrote and how to reach them.
    in.citizen =
        (name.isEmpty() ? contact : name + u" · "_s + contact).left(Protocol::kMaxNameChars);
    in.subject = subject;
    in.text = message;
    in.accessDigest = Secrets::tokenDigest(token);
    auto received = m_intake.receive(in, sender, false);
    if (!received) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=form_store_failed reason=" << received.error().message;
        return problem(StatusCode::ServiceUnavailable, u"unavailable"_s,
                       tr("your message could not be recorded, please try again"));
    }
    QJsonObject answer { { u"reference"_s, received->conversation.reference },
                         { u"follow"_s, QString(u"/follow/"_s + token) },
                         { u"emergency"_s, received->conversation.emergency } };
    return jsonResponse(answer, StatusCode::Created);
}

std::variant<ConversationRecord, QHttpServerResponse>
WebForm::authorize(const QHttpServerRequest &request, const QString &address)
{
    if (!m_intake.takeAddressToken(u"follow"_s, address,
                                   m_settings.abuse.followRequestsPerAddressPerMinute, 60 * 1000))
        return tooMany(tr("too many requests: wait a moment"),
                       m_intake.addressRetryAfter(u"follow"_s, address, 60 * 1000));
    const QByteArray authorization = request.value("authorization");
    const QString token = QString::fromLatin1(
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray());
    const quint64 outages = m_database.outages();
    const auto c = Protocol::isValidToken(token)
        ? m_conversationStore.conversationByAccess(Secrets::tokenDigest(token))
        : std::nullopt;
    if (!c && m_database.outages() != outages)
        return problem(StatusCode::ServiceUnavailable, u"unavailable"_s,
                       tr("this service is briefly unavailable, please try again"));
    if (!c || c->channel != Channel::WebForm)
        return problem(StatusCode::NotFound, u"not_found"_s,
                       tr("this follow-up link is not valid"));
    return *c;
}

QHttpServerResponse WebForm::follow(const QHttpServerRequest &request, const QString &address)
{
    auto authorized = authorize(request, address);
    if (auto *refused = std::get_if<QHttpServerResponse>(&authorized))
        return std::move(*refused);
    const ConversationRecord c = std::get<ConversationRecord>(authorized);
    QJsonArray messages;
    for (const MessageRecord &m : m_conversationStore.messages(c.id)) {
        messages.append(QJsonObject { { u"id"_s, m.id },
                                      { u"author"_s, wireName(m.author) },
                                      { u"text"_s, m.text },
                                      { u"at"_s, m.at } });
        if (m.author == Author::Agent
            && (m.delivery == DeliveryState::Sent || m.delivery == DeliveryState::Pending))
            (void)m_service.setDelivery(m.id, DeliveryState::Delivered, {});
    }
    const auto answered = m_surveyStore.survey(c.id);
    return jsonResponse(
        { { u"reference"_s, c.reference },
          { u"subject"_s, c.subject },
          { u"lang"_s, wireName(c.lang) },
          { u"status"_s, statusName(c.state) },
          { u"messages"_s, messages },
          { u"survey"_s,
            QJsonObject { { u"open"_s, c.state == ConversationState::Closed && !answered },
                          { u"answered"_s, bool(answered) } } } });
}

QHttpServerResponse WebForm::writeBack(const QHttpServerRequest &request, const QString &address)
{
    if (auto refused = checkPost(request))
        return std::move(*refused);
    auto authorized = authorize(request, address);
    if (auto *refused = std::get_if<QHttpServerResponse>(&authorized))
        return std::move(*refused);
    const ConversationRecord c = std::get<ConversationRecord>(authorized);
    const QString sender = m_conversationStore.conversationSender(c.id).value_or(QString());
    if (m_intake.isSilenced(sender))
        return problem(StatusCode::Forbidden, u"refused"_s, tr("your message cannot be accepted"));
    if (!m_intake.takeSenderToken(m_intake.webSender(address)))
        return tooMany(tr("too many messages: wait a moment"), 60);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString id = body.value(u"id"_s).toString();
    const QString text = body.value(u"text"_s).toString();
    if (!Protocol::isValidUuid(id))
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("invalid message id"), u"id"_s);
    if (text.trimmed().isEmpty())
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("write your message"), u"text"_s);
    if (auto ok = Protocol::checkText(text, Protocol::kMaxMessageChars, true, u"text"_s); !ok)
        return problem(StatusCode::BadRequest, u"invalid"_s, ok.error().message, u"text"_s);
    ConversationService::Incoming in;
    in.channel = Channel::WebForm;
    in.lang = c.lang;
    in.conversation = c.id;
    in.messageId = id;
    in.text = text;
    auto received = m_intake.receive(in, {}, false);
    if (!received)
        return problem(StatusCode::ServiceUnavailable, u"unavailable"_s,
                       tr("your message could not be recorded, please send it again"));
    if (received->duplicate && received->conversation.id != c.id)
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("invalid message id"), u"id"_s);
    return jsonResponse({ { u"id"_s, id }, { u"ok"_s, true } });
}

QHttpServerResponse WebForm::survey(const QHttpServerRequest &request, const QString &address)
{
    if (auto refused = checkPost(request))
        return std::move(*refused);
    auto authorized = authorize(request, address);
    if (auto *refused = std::get_if<QHttpServerResponse>(&authorized))
        return std::move(*refused);
    const ConversationRecord c = std::get<ConversationRecord>(authorized);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonValue rating = body.value(u"rating"_s);
    const QString comment = body.value(u"comment"_s).toString();
    if (!rating.isDouble() || rating.toDouble() != std::floor(rating.toDouble())
        || rating.toInt() < 1 || rating.toInt() > 5)
        return problem(StatusCode::BadRequest, u"invalid"_s, tr("a rating from 1 to 5"),
                       u"rating"_s);
    if (auto ok = Protocol::checkText(comment, Protocol::kMaxCommentChars, true, u"comment"_s); !ok)
        return problem(StatusCode::BadRequest, u"invalid"_s, ok.error().message, u"comment"_s);
    if (c.state != ConversationState::Closed)
        return problem(StatusCode::Conflict, u"not_closed"_s, tr("the exchange is not over yet"));
    auto recorded = m_service.recordSurvey(c.id, rating.toInt(), comment);
    if (!recorded)
        return problem(StatusCode::ServiceUnavailable, u"unavailable"_s, recorded.error().message);
    return jsonResponse({ { u"recorded"_s, *recorded } });
}

} // namespace Guichet::Server::Channels
