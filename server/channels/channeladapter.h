#pragma once

#include "courier.h"
#include "protocol/result.h"
#include "server/storage/records.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Guichet::Server::Channels {

//! One thing a platform told us, in no platform's format: what an adapter's
//! parser makes of a webhook delivery or a chat frame, and what the Intake
//! (the one pipeline, intake.h) acts on.
struct InboundItem
{
    enum class Kind {
        Text, //!< a citizen's message (text and/or attachments)
        Receipt, //!< our messages delivered or read
        Typing, //!< the citizen is typing
        SurveyAnswer, //!< a rating, from a quick reply
    };
    Kind kind = Kind::Text;
    QString citizenKey; //!< the platform's id of the citizen (PSID, X user id)
    QString citizenName; //!< display name, as the platform gives it (Text)
    QString text; //!< cleaned by the adapter (Text)
    QJsonArray attachments; //!< links {"url","type"?,"name"?} (Text)
    QString externalId; //!< prefixed platform id, for deduplication (Text)
    //! Text: a message that is only this rating (1-5) answers the survey of a
    //! closed, unrated conversation (X has no quick replies); 0: not one.
    int ratingIfSurveyed = 0;
    int rating = 0; //!< SurveyAnswer: 1-5
    DeliveryState state = DeliveryState::Delivered; //!< Receipt: delivered or read
    QStringList sentIds; //!< Receipt: the platform's ids of our messages it names
    //! Receipt: the ids above mark everything sent up to them (X's last read event).
    bool upToSentIds = false;
    qint64 watermark = 0; //!< Receipt: everything sent before this time (ms), when no id matches
};

//! What a channel can do, declared by its adapter: the pipeline and the
//! conversation service read these instead of testing which channel it is.
struct Capabilities
{
    //! The server itself shows replies and notices (web chat, follow-up page):
    //! sent when written, no send-queue row, no courier.
    bool deliversItself = false;
    //! The platform does not say the citizen's language: the pipeline detects it.
    bool detectsLanguage = true;
    //! Asks for the rating itself at the end (the pages); else a survey prompt
    //! goes out through the queue.
    bool asksSurveyItself = false;
};

//! A citizen channel's adapter: it knows its platform's wire format and rules,
//! nothing of storage, triage or abuse controls. Inbound, it parses a
//! platform request into InboundItems (each adapter's own entry point: a
//! webhook, a form post, a chat frame); outbound, it checks a reply against the
//! platform's rules and sends it (Courier).
class ChannelAdapter : public Courier
{
public:
    ~ChannelAdapter() override = default;
    virtual Channel channel() const = 0;
    virtual Capabilities capabilities() const = 0;
    //! Can an agent's reply go out now (window, length, configuration)? The refusal says why.
    virtual Result<void> checkReply(const ConversationRecord &conversation,
                                    const QString &text) const
    {
        Q_UNUSED(conversation)
        Q_UNUSED(text)
        return {};
    }
    //! Whether this server can send on the platform (configured, or the demo's).
    virtual bool canSend() const { return true; }
    //! An agent types in @p conversation: shown where the platform can show it.
    virtual void agentTyping(const ConversationRecord &conversation, bool active)
    {
        Q_UNUSED(conversation)
        Q_UNUSED(active)
    }
    //! Never called for a channel that delivers itself (no queue row is written).
    void send(const Outgoing &message, std::function<void(const Delivery &)> done) override
    {
        Q_UNUSED(message)
        done({ false, false, {}, QStringLiteral("this channel delivers itself") });
    }
};

} // namespace Guichet::Server::Channels
