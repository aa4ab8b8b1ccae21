#include "intake.h"

#include "emergencydetector.h"
#include "languagedetector.h"
#include "protocol/limits.h"
#include "protocol/logging.h"
#include "sendqueue.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/storage/eventfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

constexpr int kMaxTrackedKeys = 50000;

} // namespace

// ---- RateLimiter ------------------------------------------------------------------------------

bool RateLimiter::take(const QString &key, int limit, qint64 windowMs)
{
    const qint64 at = m_clock.nowMs();
    if (m_windows.size() > kMaxTrackedKeys) {
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = at - it->start >= windowMs ? m_windows.erase(it) : std::next(it);
    }
    Window &window = m_windows[key];
    if (at - window.start >= windowMs) {
        window.start = at;
        window.count = 0;
        window.refused = false;
    }
    if (window.count >= limit)
        return false;
    ++window.count;
    return true;
}

bool RateLimiter::firstRefusal(const QString &key)
{
    const auto it = m_windows.find(key);
    if (it == m_windows.end() || it->refused)
        return false;
    it->refused = true;
    return true;
}

qint64 RateLimiter::retryAfterMs(const QString &key, qint64 windowMs) const
{
    const auto it = m_windows.constFind(key);
    if (it == m_windows.constEnd())
        return 0;
    return std::max<qint64>(0, it->start + windowMs - m_clock.nowMs());
}

// ---- Intake -----------------------------------------------------------------------------------

Intake::Intake(Storage &storage, ConversationService &service, EventFeed &feed, SendQueue &queue,
               const ChannelSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_service(service)
    , m_queue(queue)
    , m_triage(Triage::Engine::builtIn())
    , m_settings(settings)
    , m_clock(clock)
    , m_senders(clock)
    , m_addresses(clock)
{
    // The server's redaction key (one per database, shared by instances).
    m_key = QByteArray::fromBase64(
        m_storage.setting(u"redaction_key"_s).value_or(QString()).toLatin1());
    if (m_key.isEmpty()) {
        m_key.resize(32);
        for (char &byte : m_key)
            byte = char(QRandomGenerator::system()->bounded(256));
    }
    connect(&feed, &EventFeed::eventsRead, this, &Intake::queueEvents);
}

void Intake::queueEvents(const QList<Protocol::Event> &events)
{
    if (m_backlog.isEmpty())
        QMetaObject::invokeMethod(this, &Intake::ingest, Qt::QueuedConnection);
    m_backlog.append(events);
}

QString Intake::senderKey(Channel channel, const QString &identity) const
{
    if (identity.isEmpty())
        return {};
    return QString::fromLatin1(
        Secrets::hmacSha256(m_key, (wireName(channel) + u':' + identity).toUtf8()).toHex());
}

bool Intake::isSilenced(const QString &sender)
{
    return !sender.isEmpty() && m_storage.silencedUntil(sender) > m_clock.nowMs();
}

bool Intake::takeSenderToken(const QString &sender)
{
    return sender.isEmpty()
        || m_senders.take(sender, m_settings.abuse.messagesPerSenderPerMinute, 60 * 1000);
}

bool Intake::takeAddressToken(const QString &bucket, const QString &address, int limit,
                              qint64 windowMs)
{
    return m_addresses.take(bucket + u'|' + address, limit, windowMs);
}

int Intake::addressRetryAfter(const QString &bucket, const QString &address, qint64 windowMs) const
{
    return int(std::max<qint64>(
        1, (m_addresses.retryAfterMs(bucket + u'|' + address, windowMs) + 999) / 1000));
}

void Intake::markOverLimit(const ConversationService::Received &received, const QString &sender)
{
    if (received.duplicate)
        return;
    const int limit = m_settings.abuse.messagesPerSenderPerMinute;
    qCWarning(lcChannels).noquote().nospace()
        << "event=message_over_limit conversation=" << received.conversation.id
        << " channel=" << wireName(received.conversation.channel);
    // A delivery note on the citizen's message: the agent sees it on the message.
    if (auto marked = m_service.setDelivery(
            received.message.id, DeliveryState::Delivered,
            tr("arrived over the limit of %1 messages a minute from this citizen").arg(limit));
        !marked)
        qCWarning(lcChannels) << "cannot mark a message over the limit:" << marked.error().message;
    if (m_senders.firstRefusal(sender))
        (void)sendToCitizen(received.conversation, rateNotice(received.conversation.lang),
                            Outgoing::Kind::Notice);
}

void Intake::setTriage(std::shared_ptr<const Triage::Engine> engine)
{
    if (engine)
        m_triage = std::move(engine);
}

Triage::Assessment Intake::assess(const Triage::Engine &engine, ConversationService::Incoming &in)
{
    // The form's subject is part of what the citizen wrote ("URGENT il a un couteau").
    const QString text = in.subject.isEmpty() ? in.text : in.subject + u'\n' + in.text;
    Triage::Assessment assessment = engine.assess(text, in.lang);
    if (!assessment.emergency && !assessment.sgbv)
        return assessment;
    in.emergency = in.emergency || assessment.emergency;
    in.sgbv = in.sgbv || assessment.sgbv;
    // The evidence goes into the event log, whose data obeys the protocol's
    // limits: the deciding items first, each bounded.
    QJsonObject evidence = assessment.toJson();
    QJsonArray items;
    for (const bool deciding : { true, false }) {
        for (const Triage::Evidence &e : std::as_const(assessment.evidence)) {
            if ((e.kind != u"suppressed"_s) != deciding
                || items.size() >= Protocol::kMaxTriageEvidence)
                continue;
            items.append(QJsonObject { { u"kind"_s, e.kind },
                                       { u"rule"_s, e.rule.left(Protocol::kMaxNameChars) },
                                       { u"excerpt"_s, e.excerpt.left(Protocol::kMaxNameChars) },
                                       { u"weight"_s, e.weight } });
        }
    }
    evidence.insert(u"evidence"_s, items);
    evidence.insert(u"version"_s, engine.version().left(Protocol::kMaxNameChars));
    in.triage = evidence;
    return assessment;
}

Result<ConversationService::Received> Intake::receive(ConversationService::Incoming in,
                                                      const QString &sender, bool detectLanguage)
{
    return receiveMany({ std::move(in) }, { sender }, detectLanguage).constFirst();
}

QList<Result<ConversationService::Received>>
Intake::receiveMany(QList<ConversationService::Incoming> incoming, const QStringList &senders,
                    bool detectLanguage)
{
    // One engine for the whole group, even if a new bundle arrives meanwhile.
    const std::shared_ptr<const Triage::Engine> engine = m_triage;
    QList<Triage::Assessment> assessments;
    assessments.reserve(incoming.size());
    for (ConversationService::Incoming &in : incoming) {
        if (detectLanguage) {
            if (const auto lang = LanguageDetector::detect(in.text))
                in.lang = *lang;
        }
        assessments.append(assess(*engine, in));
    }
    auto results = m_service.receiveMany(incoming);
    for (qsizetype i = 0; i < results.size() && i < incoming.size(); ++i) {
        if (results[i] && !results[i]->duplicate)
            afterReceived(incoming[i], senders.value(i), assessments[i], *results[i]);
    }
    return results;
}

void Intake::afterReceived(const ConversationService::Incoming &in, const QString &sender,
                           const Triage::Assessment &assessment,
                           const ConversationService::Received &received)
{
    const qint64 id = received.conversation.id;
    // The web chat's sender is its conversation (chatSender()): nothing to link.
    if (!sender.isEmpty())
        (void)m_storage.transaction([&] { return m_storage.setConversationSender(id, sender); });
    if (!assessment.emergency && !assessment.sgbv)
        return;
    // Rule ids only: never the citizen's words.
    QStringList rules;
    for (const Triage::Evidence &e : assessment.evidence) {
        if (e.kind != u"suppressed"_s && rules.size() < 5)
            rules.append(e.rule);
    }
    qCWarning(lcChannels).noquote().nospace()
        << "event=triage_flagged conversation=" << id << " channel=" << wireName(in.channel)
        << " emergency=" << assessment.emergency << " sgbv=" << assessment.sgbv
        << " rules=" << rules.join(u',');
    if (!assessment.emergency)
        return;
    if (in.channel == Channel::WebChat) {
        // The ChatHub hears back about the message (and binds a new chat to its
        // conversation) after this returns: the notice follows, or the page would
        // only see it on a reload.
        QMetaObject::invokeMethod(
            this, [this, c = received.conversation] { sendEmergencyNotice(c); },
            Qt::QueuedConnection);
        return;
    }
    sendEmergencyNotice(received.conversation);
}

Result<MessageRecord> Intake::sendToCitizen(const ConversationRecord &c, const QString &text,
                                            Outgoing::Kind kind)
{
    // Web pages show it from storage; the platforms get it through the queue.
    const bool queued = c.channel == Channel::Messenger || c.channel == Channel::Twitter;
    const bool canSend = m_settings.demo
        || (c.channel == Channel::Messenger ? m_settings.messenger.sends()
                                            : m_settings.twitter.sends());
    if (queued && !canSend && kind == Outgoing::Kind::Survey)
        return makeError(ErrorCode::Unavailable, tr("this channel cannot send"));
    auto added = m_service.addSystemMessage(c.id, text,
                                            queued ? DeliveryState::Pending : DeliveryState::Sent);
    if (!added)
        return added;
    if (queued && !canSend) {
        // Agents must know the citizen did not get it (an emergency notice above all).
        (void)m_service.setDelivery(
            added->id, DeliveryState::Failed,
            tr("this server cannot send on %1: it is not configured").arg(wireName(c.channel)));
    } else if (queued) {
        if (auto q = m_queue.enqueue(c, added->id, kind); !q)
            return q.error();
    }
    return added;
}

void Intake::sendEmergencyNotice(const ConversationRecord &c)
{
    auto first = m_storage.transaction([&] {
        return m_storage.markOnce(u"emergency-notice:"_s + QString::number(c.id), m_clock.nowMs());
    });
    if (!first || !*first)
        return;
    if (auto sent = sendToCitizen(c, EmergencyDetector::notice(c.lang), Outgoing::Kind::Notice);
        !sent)
        qCWarning(lcChannels) << "cannot send the emergency notice:" << sent.error().message;
}

void Intake::surveyAnswer(Channel channel, const QString &citizenKey, int rating)
{
    const auto c = m_storage.latestConversationOf(channel, citizenKey);
    if (!c || c->state != ConversationState::Closed || m_storage.survey(c->id))
        return;
    auto recorded = m_service.recordSurvey(c->id, std::clamp(rating, 1, 5), {});
    if (!recorded) {
        qCWarning(lcChannels) << "cannot record a survey:" << recorded.error().message;
        return;
    }
    if (*recorded)
        (void)sendToCitizen(*c, surveyThanks(c->lang), Outgoing::Kind::Notice);
}

bool Intake::acceptChat(QWebSocket &socket, const QString &address)
{
    // Never refused for its address (a carrier's NAT is shared by thousands):
    // a spam close silences the chat session (chatSilenced()).
    QWebSocket *s = &socket;
    connect(s, &QWebSocket::textMessageReceived, this,
            [this, s, address](const QString &text) { onChatText(s, address, text); });
    return true;
}

bool Intake::isSilencedCached(const QString &sender)
{
    const qint64 at = m_clock.nowMs();
    Silence &silence = m_silences[sender];
    if (at - silence.checkedAt > 5000) {
        silence.until = m_storage.silencedUntil(sender);
        silence.checkedAt = at;
    }
    if (m_silences.size() > kMaxTrackedKeys)
        m_silences.clear();
    return silence.until > at;
}

void Intake::onChatText(QWebSocket *socket, const QString &address, const QString &text)
{
    if (text.size() > 64 * 1024 || !text.contains(u"\"say\""_s))
        return;
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    if (frame.value(u"type"_s).toString() != u"say"_s)
        return;
    if (!takeAddressToken(u"chat"_s, address, m_settings.abuse.chatMessagesPerAddressPerMinute,
                          60 * 1000)) {
        qCWarning(lcChannels).noquote().nospace() << "event=chat_cut address=" << redact(address);
        // A rate, not a ban: the page may come back when the window is over.
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      u"too many messages: try again in %1 s"_s.arg(
                          addressRetryAfter(u"chat"_s, address, 60 * 1000)));
        return;
    }
}

void Intake::ingest()
{
    // Events committed while these are handled (a flag, a silence) arrive
    // through queueEvents() and wait for the next turn.
    const QList<Protocol::Event> events = std::exchange(m_backlog, {});
    for (const Protocol::Event &event : events) {
        if (!event.conversation)
            continue;
        if (event.kind == EventKind::ConversationUpdated
            && event.data.value(u"emergency"_s).toBool() && event.data.contains(u"agent"_s)) {
            // An agent recognised an emergency: the citizen is told as if
            // triage had (once per conversation, whichever instance gets here first).
            if (const auto c = m_storage.conversation(event.conversation);
                c && c->state != ConversationState::Closed)
                sendEmergencyNotice(*c);
        } else if (event.kind == EventKind::ConversationClosed) {
            const auto c = m_storage.conversation(event.conversation);
            if (!c)
                continue;
            const auto outcome = fromWireName<Outcome>(event.data.value(u"outcome"_s).toString());
            if (outcome == Outcome::Spam) {
                // The sender's identity (chat session, PSID, X id, the form's
                // contact), never an address.
                QString sender = c->channel == Channel::WebChat
                    ? chatSender(c->id)
                    : m_storage.conversationSender(c->id).value_or(QString());
                if (sender.isEmpty())
                    sender = senderKey(c->channel, c->citizenKey);
                if (sender.isEmpty())
                    continue;
                const qint64 until = m_clock.nowMs() + m_settings.abuse.silenceMs;
                if (m_storage.silencedUntil(sender) < until) {
                    (void)m_storage.transaction(
                        [&] { return m_storage.silenceSender(sender, until); });
                    qCInfo(lcChannels).noquote().nospace()
                        << "event=sender_silenced conversation=" << c->id
                        << " channel=" << wireName(c->channel);
                }
                continue;
            }
            if (outcome == Outcome::Duplicate
                || (c->channel != Channel::Messenger && c->channel != Channel::Twitter)
                || m_storage.survey(c->id))
                continue;
            auto first = m_storage.transaction([&] {
                return m_storage.markOnce(u"survey:"_s + QString::number(c->id), m_clock.nowMs());
            });
            if (first && *first)
                (void)sendToCitizen(*c, surveyPrompt(c->lang), Outgoing::Kind::Survey);
        }
    }
}

QString Intake::surveyPrompt(Language lang)
{
    switch (lang) {
    case Language::Fr:
        return u"Votre échange avec la Brigade numérique est terminé. Comment évaluez-vous l'aide "
               "reçue, de 1 (mauvaise) à 5 (excellente) ?"_s;
    case Language::En:
        return u"Your conversation with the Brigade numérique has ended. How would you rate the "
               "help you received, from 1 (poor) to 5 (excellent)?"_s;
    case Language::De:
        return u"Ihr Austausch mit der Brigade numérique ist beendet. Wie bewerten Sie die Hilfe, "
               "von 1 (schlecht) bis 5 (ausgezeichnet)?"_s;
    case Language::It:
        return u"La sua conversazione con la Brigade numérique è terminata. Come valuta l'aiuto "
               "ricevuto, da 1 (scarso) a 5 (eccellente)?"_s;
    case Language::Es:
        return u"Su conversación con la Brigade numérique ha terminado. ¿Cómo valora la ayuda "
               "recibida, de 1 (mala) a 5 (excelente)?"_s;
    }
    return {};
}

QString Intake::rateNotice(Language lang)
{
    switch (lang) {
    case Language::Fr:
        return u"Vous nous envoyez beaucoup de messages à la suite : ils sont tous enregistrés et "
               "un gendarme les lira. Merci de patienter pour la réponse. En cas d'urgence, "
               "appelez le 17 ou le 112."_s;
    case Language::En:
        return u"You are sending us many messages in a row: they are all recorded and a gendarme "
               "will read them. Please wait for the answer. In an emergency, call 17 or 112."_s;
    case Language::De:
        return u"Sie senden uns viele Nachrichten hintereinander: Alle werden gespeichert und von "
               "einem Gendarmen gelesen. Bitte warten Sie auf die Antwort. Im Notfall rufen Sie "
               "die 17 oder die 112 an."_s;
    case Language::It:
        return u"Ci sta inviando molti messaggi di seguito: sono tutti registrati e un gendarme li "
               "leggerà. Attenda la risposta, per favore. In caso di emergenza chiami il 17 o il "
               "112."_s;
    case Language::Es:
        return u"Nos está enviando muchos mensajes seguidos: todos quedan registrados y un "
               u"gendarme "
               "los leerá. Espere la respuesta, por favor. En caso de emergencia, llame al 17 o al "
               "112."_s;
    }
    return {};
}

QString Intake::surveyThanks(Language lang)
{
    switch (lang) {
    case Language::Fr:
        return u"Merci pour votre avis."_s;
    case Language::En:
        return u"Thank you for your feedback."_s;
    case Language::De:
        return u"Vielen Dank für Ihre Bewertung."_s;
    case Language::It:
        return u"Grazie per la sua valutazione."_s;
    case Language::Es:
        return u"Gracias por su opinión."_s;
    }
    return {};
}

} // namespace Guichet::Server::Channels
