// The demo (guichet-server --demo) against the real server: its citizens come in
// through the channels' real endpoints (web chat, web form, Messenger and X
// webhooks signed with the demo's own secrets), so what the queue shows was
// decided by the real pipeline: the language detected on Messenger and X, the
// flags raised by triage (with its evidence), the emergency notice carried by
// the send queue to the demo's platforms and read; an agent's replies come back
// delivered and read the same way, and a Messenger survey is answered.
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

struct Seen
{
    QJsonObject opened; //!< the conversation.opened event's data
    QStringList citizenTexts;
    QList<Event> system; //!< the system messages' message.added events
    bool emergency = false;
    bool sgbv = false;
};

} // namespace

class TestServerDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyChannelBringsCitizensInTheirLanguage();
    void messengerAndXLanguagesAreDetected();
    void triageRaisesTheFlagsOnArrival();
    void theEmergencyNoticeIsCarriedAndRead();
    void repliesAreDeliveredAndRead();

private:
    //! Everything synced so far, per conversation.
    void collect(const QList<Event> &events);
    //! The conversation whose citizen wrote @p fragment (0 if none).
    qint64 find(const QString &fragment) const;
    //! Wait until @p message's delivery reaches @p state (or a later one).
    bool waitDelivery(const QString &message, DeliveryState state, int timeoutMs = 20000);

    ServerProcess m_server;
    AgentClient m_agent;
    QHash<qint64, Seen> m_seen;
    QHash<QString, DeliveryState> m_delivery;
    QSet<qint64> m_seqs;
};

void TestServerDemo::initTestCase()
{
    // Rate 0: the demo's citizens write their first message at start, and no more.
    QElapsedTimer started;
    started.start();
    QVERIFY(m_server.start({ u"--demo"_s, u"--demo-rate"_s, u"0"_s }));
    qInfo() << "demo server up in" << started.elapsed() << "ms";
    QVERIFY(m_server.output().contains("event=demo_platforms graph=http://127.0.0.1:"));
    QVERIFY(m_agent.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"superviseur"_s,
                                    u"demo-superviseur"_s));
    // Every citizen's first message, and triage's notices, within seconds.
    QElapsedTimer waited;
    waited.start();
    qint64 last = 0;
    int flagged = 0;
    while (waited.elapsed() < 30000) {
        collect(m_agent.syncAll(last, 1000, &last));
        flagged = 0;
        for (const Seen &seen : std::as_const(m_seen))
            flagged += (seen.emergency || seen.sgbv) && !seen.citizenTexts.isEmpty() ? 1 : 0;
        if (m_seen.size() >= 18 && flagged >= 3)
            break;
        pumpEvents(300);
    }
    qInfo() << m_seen.size() << "conversations," << flagged << "flagged, in" << waited.elapsed()
            << "ms";
    QVERIFY2(m_seen.size() >= 18, qPrintable(QString::number(m_seen.size())));
}

void TestServerDemo::cleanupTestCase()
{
    m_agent.close();
    m_server.stop();
    // Nothing the demo posted to itself was refused (signatures, the form's fields).
    QVERIFY2(!m_server.output().contains("demo_webhook_refused"), m_server.output().constData());
    QVERIFY2(!m_server.output().contains("demo_form_refused"), m_server.output().constData());
    QVERIFY2(!m_server.output().contains("signature_refused"), m_server.output().constData());
}

void TestServerDemo::collect(const QList<Event> &events)
{
    for (const Event &e : events) {
        // A live session gets events pushed as well as synced: each one once.
        if (!e.conversation || m_seqs.contains(e.seq))
            continue;
        m_seqs.insert(e.seq);
        Seen &seen = m_seen[e.conversation];
        switch (e.kind) {
        case EventKind::ConversationOpened:
            seen.opened = e.data;
            seen.emergency = seen.emergency || e.data.value(u"emergency"_s).toBool();
            seen.sgbv = seen.sgbv || e.data.value(u"sgbv"_s).toBool();
            break;
        case EventKind::ConversationUpdated:
            seen.emergency = e.data.value(u"emergency"_s).toBool(seen.emergency);
            seen.sgbv = e.data.value(u"sgbv"_s).toBool(seen.sgbv);
            break;
        case EventKind::MessageAdded:
            if (e.data.value(u"author"_s).toString() == u"citizen"_s)
                seen.citizenTexts.append(e.data.value(u"text"_s).toString());
            else if (e.data.value(u"author"_s).toString() == u"system"_s)
                seen.system.append(e);
            if (const auto state =
                    fromWireName<DeliveryState>(e.data.value(u"delivery"_s).toString()))
                m_delivery.insert(e.data.value(u"message"_s).toString(), *state);
            break;
        case EventKind::MessageDelivery:
            if (const auto state =
                    fromWireName<DeliveryState>(e.data.value(u"delivery"_s).toString()))
                m_delivery.insert(e.data.value(u"message"_s).toString(), *state);
            break;
        default:
            break;
        }
    }
}

qint64 TestServerDemo::find(const QString &fragment) const
{
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        for (const QString &text : it.value().citizenTexts) {
            if (text.contains(fragment))
                return it.key();
        }
    }
    return 0;
}

bool TestServerDemo::waitDelivery(const QString &message, DeliveryState state, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    const auto rank = [](DeliveryState s) {
        return s == DeliveryState::Failed ? -1 : int(s);
    };
    for (;;) {
        const DeliveryState now = m_delivery.value(message, DeliveryState::Pending);
        if (now == DeliveryState::Failed)
            return false;
        if (rank(now) >= rank(state))
            return true;
        if (waited.elapsed() > timeoutMs)
            return false;
        if (auto e = m_agent.next<Event>(500))
            collect({ *e });
    }
}

void TestServerDemo::everyChannelBringsCitizensInTheirLanguage()
{
    QHash<QString, int> channels;
    QSet<QString> languages;
    for (const Seen &seen : std::as_const(m_seen)) {
        ++channels[seen.opened.value(u"channel"_s).toString()];
        languages.insert(seen.opened.value(u"lang"_s).toString());
    }
    for (const QString &channel : { u"webchat"_s, u"webform"_s, u"messenger"_s, u"twitter"_s })
        QVERIFY2(channels.value(channel) >= 3, qPrintable(channel));
    QCOMPARE(languages.size(), 5);
    // Names as each platform gives them: the chat page's, the form's with its
    // contact, X's display name and handle (Messenger gives none).
    const auto citizenOf = [this](const QString &fragment) {
        return m_seen.value(find(fragment)).opened.value(u"citizen"_s).toString();
    };
    QCOMPARE(citizenOf(u"Strafe zahlen"_s), u"Klaus Weber"_s);
    QCOMPARE(citizenOf(u"Biarritz"_s), u"Oliver Hughes · +44 7700 900123"_s);
    QCOMPARE(citizenOf(u"passaporto"_s), u"Giulia Romano (@giulia_romano)"_s);
    // The web chat's and the form's language is the page's, the citizen's own.
    QCOMPARE(m_seen.value(find(u"Strafe zahlen"_s)).opened.value(u"lang"_s).toString(), u"de"_s);
    QCOMPARE(m_seen.value(find(u"identidad"_s)).opened.value(u"lang"_s).toString(), u"es"_s);
}

void TestServerDemo::messengerAndXLanguagesAreDetected()
{
    // Neither platform says the language: what the conversation opened with is
    // the intake's detection of the citizen's words.
    const QList<std::pair<QString, QString>> expected {
        { u"colis en attente"_s, u"fr"_s }, { u"Straßburg"_s, u"de"_s },
        { u"spiaggia"_s, u"it"_s },         { u"pareja"_s, u"es"_s },
        { u"passaporto"_s, u"it"_s },       { u"Handyvertrag"_s, u"de"_s },
        { u"concert tickets"_s, u"en"_s },  { u"tranquillité vacances"_s, u"fr"_s },
    };
    for (const auto &[fragment, lang] : expected) {
        const qint64 id = find(fragment);
        QVERIFY2(id, qPrintable(fragment));
        const QJsonObject opened = m_seen.value(id).opened;
        QVERIFY(opened.value(u"channel"_s).toString() == u"messenger"_s
                || opened.value(u"channel"_s).toString() == u"twitter"_s);
        QVERIFY2(opened.value(u"lang"_s).toString() == lang,
                 qPrintable(fragment + u": "_s + opened.value(u"lang"_s).toString()));
    }
}

void TestServerDemo::triageRaisesTheFlagsOnArrival()
{
    // A break-in under way on Messenger, violence by a partner on the web chat
    // and on Messenger: flagged in the event that opens the conversation, with
    // triage's evidence (nothing set by the demo itself).
    const QList<std::pair<QString, QString>> expected {
        { u"force la porte"_s, u"emergency"_s },
        { u"Mon ex me harcèle"_s, u"sgbv"_s },
        { u"Mi pareja me pega"_s, u"sgbv"_s },
    };
    for (const auto &[fragment, flag] : expected) {
        const qint64 id = find(fragment);
        QVERIFY2(id, qPrintable(fragment));
        const QJsonObject opened = m_seen.value(id).opened;
        QVERIFY2(opened.value(flag).toBool(), qPrintable(fragment));
        const QJsonObject triage = opened.value(u"triage"_s).toObject();
        QVERIFY2(triage.value(flag).toBool(), qPrintable(fragment));
        QVERIFY(!triage.value(u"evidence"_s).toArray().isEmpty());
    }
    // An ordinary question stays ordinary.
    const Seen bike = m_seen.value(find(u"volé mon vélo"_s));
    QVERIFY(!bike.emergency && !bike.sgbv);
}

void TestServerDemo::theEmergencyNoticeIsCarriedAndRead()
{
    // Triage's notice (17 / 112 / 114) to the Messenger citizen: through the
    // send queue to the demo's Graph API, then the platform's signed receipts.
    const qint64 id = find(u"force la porte"_s);
    QVERIFY(id);
    QElapsedTimer waited;
    waited.start();
    while (m_seen.value(id).system.isEmpty() && waited.elapsed() < 10000) {
        if (auto e = m_agent.next<Event>(500))
            collect({ *e });
    }
    const QList<Event> system = m_seen.value(id).system;
    QCOMPARE(system.size(), 1);
    QVERIFY(system.first().data.value(u"text"_s).toString().contains(u"112"_s));
    QVERIFY(waitDelivery(system.first().data.value(u"message"_s).toString(), DeliveryState::Read));
}

void TestServerDemo::repliesAreDeliveredAndRead()
{
    // An agent answers on X, Messenger and the web chat: the real couriers, the
    // demo's platforms (their receipts) and the chat page still open.
    const QList<std::pair<QString, DeliveryState>> cases {
        { u"passaporto"_s, DeliveryState::Read },
        { u"Straßburg"_s, DeliveryState::Read },
        { u"Strafe zahlen"_s, DeliveryState::Delivered },
    };
    for (const auto &[fragment, state] : cases) {
        const qint64 id = find(fragment);
        QVERIFY2(id, qPrintable(fragment));
        QVERIFY(m_agent.claim(id).ok);
        const QString message = newUuid();
        QVERIFY(m_agent
                    .command(CommandOp::Reply, id,
                             { { u"message"_s, message },
                               { u"text"_s, u"Bonjour, la Brigade numérique vous répond."_s } })
                    .ok);
        QVERIFY2(waitDelivery(message, state), qPrintable(fragment));
    }
    // Closed on Messenger: the survey goes out, and the citizen answers it.
    const qint64 messenger = find(u"Straßburg"_s);
    QVERIFY(m_agent.command(CommandOp::Close, messenger, { { u"outcome"_s, u"answered"_s } }).ok);
    QVERIFY(m_agent.nextEvent(EventKind::SurveyAnswered, messenger, 30000));
}

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_server_demo.moc"
