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

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

constexpr int kMaxTrackedKeys = 50000;
constexpr qint64 kSilenceRecheckMs = 60 * 1000; //!< how long a cached silence is believed

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

Intake::Intake(Database &database, ConversationStore &conversations, SendQueueStore &sendQueue,
               AbuseStore &abuse, SurveyStore &surveys, SettingsStore &settingsStore,
               ConversationService &service, EventFeed &feed, SendQueue &queue,
               const ChannelSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_conversationStore(conversations)
    , m_sendQueueStore(sendQueue)
    , m_abuseStore(abuse)
    , m_surveyStore(surveys)
    , m_settingsStore(settingsStore)
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
        m_settingsStore.setting(u"redaction_key"_s).value_or(QString()).toLatin1());
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
    return !sender.isEmpty() && m_abuseStore.silencedUntil(sender) > m_clock.nowMs();
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
                                                      const QString &sender, bool detectLanguage,
                                                      bool overLimit)
{
    if (overLimit) {
        // Stored all the same (the platform will not send it again), noted for
        // the agent on the message, the citizen told once per window: all in the
        // message's transaction.
        in.overLimitNote = tr("arrived over the limit of %1 messages a minute from this citizen")
                               .arg(m_settings.abuse.messagesPerSenderPerMinute);
        in.overLimitNotice = [this, sender](Language lang) {
            return m_senders.firstRefusal(sender) ? rateNotice(lang) : QString();
        };
    }
    auto received = receiveMany({ std::move(in) }, { sender }, detectLanguage).constFirst();
    if (received && overLimit && !received->duplicate) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=message_over_limit conversation=" << received->conversation.id
            << " channel=" << wireName(received->conversation.channel);
    }
    return received;
}

QList<Result<ConversationService::Received>>
Intake::receiveMany(QList<ConversationService::Incoming> incoming, const QStringList &senders,
                    bool detectLanguage)
{
    // One engine for the whole group, even if a new bundle arrives meanwhile.
    const std::shared_ptr<const Triage::Engine> engine = m_triage;
    QList<Triage::Assessment> assessments;
    assessments.reserve(incoming.size());
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        ConversationService::Incoming &in = incoming[i];
        if (detectLanguage) {
            if (const auto lang = LanguageDetector::detect(in.text))
                in.lang = *lang;
        }
        assessments.append(assess(*engine, in));
        // The sender link and the notice commit with the message.
        in.sender = senders.value(i);
        if (assessments.constLast().emergency)
            in.emergencyNotice = &EmergencyDetector::notice;
    }
    auto results = m_service.receiveMany(incoming);
    for (qsizetype i = 0; i < results.size() && i < incoming.size(); ++i) {
        if (results[i] && !results[i]->duplicate)
            logTriage(incoming[i], assessments[i], *results[i]);
        if (results[i] && !results[i]->notices.isEmpty())
            m_queue.pumpSoon();
    }
    return results;
}

void Intake::logTriage(const ConversationService::Incoming &in,
                       const Triage::Assessment &assessment,
                       const ConversationService::Received &received)
{
    if (!assessment.emergency && !assessment.sgbv)
        return;
    // Rule ids only: never the citizen's words.
    QStringList rules;
    for (const Triage::Evidence &e : assessment.evidence) {
        if (e.kind != u"suppressed"_s && rules.size() < 5)
            rules.append(e.rule);
    }
    qCWarning(lcChannels).noquote().nospace()
        << "event=triage_flagged conversation=" << received.conversation.id
        << " channel=" << wireName(in.channel) << " emergency=" << assessment.emergency
        << " sgbv=" << assessment.sgbv << " rules=" << rules.join(u',');
}

Result<MessageRecord> Intake::sendToCitizen(const ConversationRecord &c, const QString &text,
                                            Outgoing::Kind kind, const QString &onceKey)
{
    // A survey prompt that cannot go out is not written (the conversation is
    // not marked surveyed); a notice is, failed, so agents know.
    if (kind == Outgoing::Kind::Survey) {
        if (const QString why = cannotSend(c.channel); !why.isEmpty())
            return makeError(ErrorCode::Unavailable, tr("this channel cannot send"));
    }
    auto sent = m_service.sendToCitizen(c, text, kindName(kind), onceKey);
    if (!sent)
        return sent.error();
    if (!*sent)
        return makeError(ErrorCode::InvalidState, u"sent before"_s);
    m_queue.pumpSoon();
    return **sent;
}

void Intake::addAdapter(ChannelAdapter *adapter)
{
    m_adapters.insert(adapter->channel(), adapter);
    if (!adapter->capabilities().deliversItself)
        m_queue.setCourier(adapter->channel(), adapter);
    ConversationService::ChannelRules rules;
    rules.deliversItself = adapter->capabilities().deliversItself;
    rules.check = [adapter](const ConversationRecord &c, const QString &text) {
        return adapter->checkReply(c, text);
    };
    rules.cannotSend = [this, channel = adapter->channel()] {
        return cannotSend(channel);
    };
    m_service.setChannelRules(adapter->channel(), std::move(rules));
}

bool Intake::deliversItself(Channel channel) const
{
    const ChannelAdapter *adapter = m_adapters.value(channel);
    return adapter && adapter->capabilities().deliversItself;
}

QString Intake::cannotSend(Channel channel) const
{
    const ChannelAdapter *adapter = m_adapters.value(channel);
    if (!adapter || adapter->capabilities().deliversItself || adapter->canSend())
        return {};
    return tr("this server cannot send on %1: it is not configured").arg(wireName(channel));
}

bool Intake::accept(ChannelAdapter &adapter, const QList<InboundItem> &items)
{
    bool stored = true;
    for (const InboundItem &item : items) {
        switch (item.kind) {
        case InboundItem::Kind::Text:
            stored = acceptText(adapter, item) && stored;
            break;
        case InboundItem::Kind::Receipt:
            acceptReceipt(adapter, item);
            break;
        case InboundItem::Kind::Typing:
            if (const auto c =
                    m_conversationStore.openConversationOf(adapter.channel(), item.citizenKey))
                Q_EMIT citizenTyping(c->id, true);
            break;
        case InboundItem::Kind::SurveyAnswer:
            if (item.rating >= 1 && item.rating <= 5)
                surveyAnswer(adapter.channel(), item.citizenKey, item.rating);
            break;
        }
    }
    return stored;
}

bool Intake::acceptText(ChannelAdapter &adapter, const InboundItem &item)
{
    const Channel channel = adapter.channel();
    if (item.ratingIfSurveyed >= 1 && item.ratingIfSurveyed <= 5) {
        // Only a rating, after a conversation that was closed and not yet rated: the answer.
        const auto last = m_conversationStore.latestConversationOf(channel, item.citizenKey);
        if (last && last->state == ConversationState::Closed && !m_surveyStore.survey(last->id)) {
            surveyAnswer(channel, item.citizenKey, item.ratingIfSurveyed);
            return true;
        }
    }
    if (item.text.trimmed().isEmpty() && item.attachments.isEmpty())
        return true;
    const QString sender = senderKey(channel, item.citizenKey);
    if (isSilenced(sender)) {
        qCInfo(lcChannels).noquote().nospace()
            << "event=message_dropped channel=" << wireName(channel) << " reason=silenced";
        return true;
    }
    // Over the rate: stored all the same (the platform will not send it again).
    const bool overLimit = !takeSenderToken(sender);
    ConversationService::Incoming in;
    in.channel = channel;
    in.citizen = item.citizenName;
    in.citizenKey = item.citizenKey;
    in.text = item.text;
    if (!item.attachments.isEmpty())
        in.attachments =
            QString::fromUtf8(QJsonDocument(item.attachments).toJson(QJsonDocument::Compact));
    in.externalId = item.externalId;
    auto received = receive(in, sender, adapter.capabilities().detectsLanguage, overLimit);
    if (received)
        return true;
    qCWarning(lcChannels).noquote().nospace()
        << "event=" << wireName(channel) << "_store_failed reason=" << received.error().message;
    // A storage failure: the platform delivers it again. Anything else would fail again.
    return received.error().code != ErrorCode::StorageError
        && received.error().code != ErrorCode::StorageFull
        && received.error().code != ErrorCode::Unavailable;
}

void Intake::acceptReceipt(ChannelAdapter &adapter, const InboundItem &item)
{
    const Channel channel = adapter.channel();
    QStringList messages;
    for (const QString &id : item.sentIds) {
        const auto sent = m_sendQueueStore.sendByExternalId(channel, id);
        if (!sent)
            continue;
        if (!item.upToSentIds) {
            messages.append(sent->messageId);
            continue;
        }
        for (const SendQueueStore::SendRecord &before :
             m_sendQueueStore.sentUpTo(sent->conversation, sent->sentAt))
            messages.append(before.messageId);
    }
    if (messages.isEmpty() && item.watermark > 0) {
        // "Every message sent before the watermark."
        if (const auto c = m_conversationStore.latestConversationOf(channel, item.citizenKey)) {
            for (const SendQueueStore::SendRecord &sent :
                 m_sendQueueStore.sentUpTo(c->id, item.watermark))
                messages.append(sent.messageId);
        }
    }
    for (const QString &id : std::as_const(messages)) {
        const auto m = m_conversationStore.message(id);
        // Read is the last state; a failed send is not taken back by a receipt.
        if (!m || m->delivery == DeliveryState::Read || m->delivery == DeliveryState::Failed
            || m->delivery == item.state)
            continue;
        if (auto r = m_service.setDelivery(id, item.state, {}); !r)
            qCWarning(lcChannels) << "cannot record a receipt:" << r.error().message;
    }
}

void Intake::sendEmergencyNotice(const ConversationRecord &c)
{
    if (auto sent = sendToCitizen(c, EmergencyDetector::notice(c.lang), Outgoing::Kind::Notice,
                                  u"emergency-notice:"_s + QString::number(c.id));
        !sent && sent.error().code != ErrorCode::InvalidState)
        qCWarning(lcChannels) << "cannot send the emergency notice:" << sent.error().message;
}

void Intake::surveyAnswer(Channel channel, const QString &citizenKey, int rating)
{
    const auto c = m_conversationStore.latestConversationOf(channel, citizenKey);
    if (!c || c->state != ConversationState::Closed || m_surveyStore.survey(c->id))
        return;
    auto recorded = m_service.recordSurvey(c->id, std::clamp(rating, 1, 5), {});
    if (!recorded) {
        qCWarning(lcChannels) << "cannot record a survey:" << recorded.error().message;
        return;
    }
    if (*recorded)
        (void)sendToCitizen(*c, surveyThanks(c->lang), Outgoing::Kind::Notice);
}

bool Intake::takeChatMessage(const QString &address)
{
    if (takeAddressToken(u"chat"_s, address, m_settings.abuse.chatMessagesPerAddressPerMinute,
                         60 * 1000))
        return true;
    qCWarning(lcChannels).noquote().nospace() << "event=chat_cut address=" << redact(address);
    return false;
}

int Intake::chatRetryAfter(const QString &address) const
{
    return addressRetryAfter(u"chat"_s, address, 60 * 1000);
}

bool Intake::isSilencedCached(const QString &sender)
{
    const qint64 at = m_clock.nowMs();
    // An entry older than a minute is read again on its next use: once a minute they all go,
    // so the cache holds the senders of the last minute or two, not every one since start.
    if (at - m_silencesSweptAt > kSilenceRecheckMs) {
        m_silences.removeIf(
            [at](const auto &entry) { return at - entry.value().checkedAt > kSilenceRecheckMs; });
        m_silencesSweptAt = at;
    }
    // A flood of new senders within a minute; before the lookup, which the clear would free.
    if (m_silences.size() >= kMaxTrackedKeys)
        m_silences.clear();
    Silence &silence = m_silences[sender];
    if (silence.checkedAt == 0 || at - silence.checkedAt > kSilenceRecheckMs) {
        silence.until = m_abuseStore.silencedUntil(sender);
        silence.checkedAt = at;
    }
    return silence.until > at;
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
            if (const auto c = m_conversationStore.conversation(event.conversation);
                c && c->state != ConversationState::Closed)
                sendEmergencyNotice(*c);
        } else if (event.kind == EventKind::ConversationClosed) {
            const auto c = m_conversationStore.conversation(event.conversation);
            if (!c)
                continue;
            const auto outcome = fromWireName<Outcome>(event.data.value(u"outcome"_s).toString());
            if (outcome == Outcome::Spam) {
                // The sender's identity (chat session, PSID, X id, the form's
                // contact), never an address.
                QString sender = c->channel == Channel::WebChat
                    ? chatSender(c->id)
                    : m_conversationStore.conversationSender(c->id).value_or(QString());
                if (sender.isEmpty())
                    sender = senderKey(c->channel, c->citizenKey);
                if (sender.isEmpty())
                    continue;
                const qint64 now = m_clock.nowMs();
                const qint64 until = now + m_settings.abuse.silenceMs;
                const qint64 stored = m_abuseStore.silencedUntil(sender);
                bool written = stored >= until; // another instance was first
                if (!written) {
                    written = bool(m_database.transaction(
                        [&] { return m_abuseStore.silenceSender(sender, until); }));
                    qCInfo(lcChannels).noquote().nospace()
                        << "event=sender_silenced conversation=" << c->id
                        << " channel=" << wireName(c->channel);
                }
                if (written)
                    m_silences.insert(sender, { std::max(stored, until), now });
                continue;
            }
            // The pages ask for the rating themselves; the platforms get a prompt.
            if (outcome == Outcome::Duplicate || deliversItself(c->channel)
                || m_surveyStore.survey(c->id))
                continue;
            (void)sendToCitizen(*c, surveyPrompt(c->lang), Outgoing::Kind::Survey,
                                u"survey:"_s + QString::number(c->id));
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
