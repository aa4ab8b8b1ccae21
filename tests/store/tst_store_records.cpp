#include "app/store/keyvault.h"
#include "app/store/store.h"
#include "storetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

using namespace Guichet::Test;

class TestStoreRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void conversationsRoundTrip();
    void updatingAConversationKeepsItsMessages();
    void queueOrder();
    void messagesAndDelivery();
    void addingAMessageOnlyInsertsNewOnes();
    void outboxKeepsOrderAndState();
    void retentionPurgesClosedConversations();
    void faqEntries();
    void draftsAndSettings();
    void failedBatchLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Guichet::Store> m_store;
};

void TestStoreRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"c.db"_s), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    auto store = Store::open(std::move(*db));
    QVERIFY(store.ok());
    m_store = std::move(*store);
}

void TestStoreRecords::conversationsRoundTrip()
{
    Conversation c = sampleConversation(42, u"Émilie « Milou » Ñúñez 😀"_s);
    c.owner = u"gnd.martin"_s;
    c.team = u"rennes-1"_s;
    c.emergency = true;
    c.sla = SlaState::AtRisk;
    c.outcome = Outcome::PlainteEnLigne;
    c.state = ConversationState::Closed;
    c.closedAt = 5;
    c.unread = 3;
    QVERIFY(m_store->saveConversation(c));
    QCOMPARE(m_store->conversation(42).value(), c);
    QVERIFY(!m_store->conversation(43));
    QCOMPARE(m_store->conversationCount(), 1);
}

void TestStoreRecords::updatingAConversationKeepsItsMessages()
{
    QVERIFY(m_store->saveConversation(sampleConversation(1)));
    QVERIFY(m_store->saveMessage(sampleMessage(1, u"un"_s)));
    Conversation c = sampleConversation(1);
    c.state = ConversationState::Claimed;
    c.owner = u"gnd.martin"_s;
    QVERIFY(m_store->saveConversation(c));
    QCOMPARE(m_store->conversation(1)->owner, u"gnd.martin"_s);
    QCOMPARE(m_store->messages(1).size(), 1);
}

void TestStoreRecords::queueOrder()
{
    Conversation late = sampleConversation(1);
    late.deadline = 3000;
    Conversation soon = sampleConversation(2);
    soon.deadline = 1000;
    Conversation sgbv = sampleConversation(3);
    sgbv.deadline = 9000;
    sgbv.sgbv = true;
    Conversation emergency = sampleConversation(4);
    emergency.deadline = 99000;
    emergency.emergency = true;
    for (const auto &c : { late, soon, sgbv, emergency })
        QVERIFY(m_store->saveConversation(c));
    QList<qint64> ids;
    for (const Conversation &c : m_store->conversations())
        ids.append(c.id);
    QCOMPARE(ids, (QList<qint64> { 4, 3, 2, 1 }));
}

void TestStoreRecords::messagesAndDelivery()
{
    QVERIFY(m_store->saveConversation(sampleConversation(1)));
    Message reply = sampleMessage(1, u"Bonjour,\nvoici la marche à suivre."_s, 2000);
    reply.author = Author::Agent;
    reply.agent = u"gnd.martin"_s;
    reply.delivery = DeliveryState::Pending;
    reply.seq = 0;
    QVERIFY(m_store->saveMessage(sampleMessage(1, u"Question"_s, 1000)));
    QVERIFY(m_store->saveMessage(reply));
    QCOMPARE(m_store->messages(1).size(), 2);
    QCOMPARE(m_store->messages(1).last(), reply);
    // Saving again updates in place (the sync engine does when the server echoes
    // a pending reply).
    reply.seq = 17;
    reply.delivery = DeliveryState::Sent;
    QVERIFY(m_store->saveMessage(reply));
    QCOMPARE(m_store->messages(1).size(), 2);
    QCOMPARE(m_store->message(reply.id)->seq, 17);
    QVERIFY(m_store->setDelivery(reply.id, DeliveryState::Failed, u"window closed"_s));
    QCOMPARE(m_store->message(reply.id)->delivery, DeliveryState::Failed);
    QCOMPARE(m_store->message(reply.id)->reason, u"window closed"_s);
    // Messages belong to a conversation that exists.
    QVERIFY(!m_store->saveMessage(sampleMessage(999, u"orphan"_s)).ok());
}

void TestStoreRecords::addingAMessageOnlyInsertsNewOnes()
{
    QVERIFY(m_store->saveConversation(sampleConversation(1)));
    Message pending = sampleMessage(1, u"Réponse en attente"_s, 2000);
    pending.delivery = DeliveryState::Pending;
    pending.seq = 0;
    QCOMPARE(m_store->addMessageIfNew(pending).value(), true);
    // The same id again: nothing changes, and the caller is told.
    Message echo = pending;
    echo.seq = 42;
    echo.text = u"autre texte"_s;
    QCOMPARE(m_store->addMessageIfNew(echo).value(), false);
    QCOMPARE(*m_store->message(pending.id), pending);
    QCOMPARE(m_store->messages(1).size(), 1);
    // Not into a conversation that does not exist, and not silently.
    const auto orphan = m_store->addMessageIfNew(sampleMessage(999, u"orphan"_s));
    QVERIFY(!orphan.ok());
    // A message never moves: saving it under another conversation fails.
    QVERIFY(m_store->saveConversation(sampleConversation(2)));
    Message moved = pending;
    moved.conversation = 2;
    QVERIFY(!m_store->saveMessage(moved).ok());
    QCOMPARE(m_store->message(pending.id)->conversation, 1);
}

void TestStoreRecords::outboxKeepsOrderAndState()
{
    const QStringList ids = { u"00000000-0000-4000-8000-000000000003"_s,
                              u"00000000-0000-4000-8000-000000000001"_s,
                              u"00000000-0000-4000-8000-000000000002"_s };
    for (const QString &id : ids)
        QVERIFY(m_store->enqueue(id, "frame-" + id.toLatin1(), 1, 10).ok());
    QVERIFY(!m_store->enqueue(ids.first(), "again", 1, 10).ok()); // one entry per UUID
    QCOMPARE(m_store->pendingCount(), 3);
    QVERIFY(m_store->countAttempt(ids[1]));
    QVERIFY(m_store->markRefused(ids[1], ErrorCode::ClaimLost, u"taken by gnd.durand"_s));
    QVERIFY(m_store->removeFromOutbox(ids[0]));
    const QList<OutboxEntry> entries = m_store->outbox();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].id, ids[1]);
    QCOMPARE(entries[0].state, OutboxEntry::State::Refused);
    QCOMPARE(entries[0].errorCode, std::optional(ErrorCode::ClaimLost));
    QCOMPARE(entries[0].attempts, 1);
    QCOMPARE(entries[1].frame, QByteArray("frame-" + ids[2].toLatin1()));
    QCOMPARE(m_store->pendingCount(), 1);
    // Order survives removals: a new entry goes after the others.
    QVERIFY(m_store->enqueue(u"00000000-0000-4000-8000-000000000004"_s, "x", 0, 11).ok());
    QVERIFY(m_store->outbox().last().position > entries.last().position);
}

void TestStoreRecords::retentionPurgesClosedConversations()
{
    for (qint64 id = 1; id <= 4; ++id) {
        Conversation c = sampleConversation(id);
        if (id <= 3) {
            c.state = ConversationState::Closed;
            c.closedAt = id * 1000;
        }
        QVERIFY(m_store->saveConversation(c));
        QVERIFY(m_store->saveMessage(sampleMessage(id, u"m"_s)));
        QVERIFY(m_store->saveDraft(id, u"d"_s, 1));
    }
    auto purged = m_store->purgeClosedBefore(2500);
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 2);
    QVERIFY(!m_store->conversation(1));
    QVERIFY(m_store->conversation(3));
    QVERIFY(m_store->conversation(4));
    QVERIFY(m_store->messages(1).isEmpty());
    QVERIFY(m_store->draft(1).isEmpty());
    QCOMPARE(m_store->database().scalar("SELECT count(*) FROM messages;").value(), u"2"_s);
}

void TestStoreRecords::faqEntries()
{
    const FaqEntry fr {
        u"otv"_s,        Language::Fr,      u"Qu'est-ce que l'OTV ?"_s,
        u"Opération…"_s, { u"vacances"_s }, { u"https://www.service-public.fr"_s }
    };
    FaqEntry en = fr;
    en.lang = Language::En;
    QVERIFY(m_store->saveFaqEntry(fr, 1));
    QVERIFY(m_store->saveFaqEntry(en, 1));
    QCOMPARE(m_store->faqEntries(), (QList<FaqEntry> { en, fr }));
    QVERIFY(m_store->removeFaqEntry(u"otv"_s, Language::En));
    QCOMPARE(m_store->faqEntries(), QList<FaqEntry> { fr });
}

void TestStoreRecords::draftsAndSettings()
{
    QVERIFY(m_store->saveConversation(sampleConversation(1)));
    QVERIFY(m_store->saveDraft(1, u"Bonjour Madame,"_s, 1));
    QCOMPARE(m_store->draft(1), u"Bonjour Madame,"_s);
    QVERIFY(m_store->saveDraft(1, u"  "_s, 2));
    QVERIFY(m_store->draft(1).isEmpty());
    QVERIFY(!m_store->setting(u"k"_s));
    QVERIFY(m_store->setSetting(u"k"_s, "v1"));
    QVERIFY(m_store->setSetting(u"k"_s, "v2"));
    QCOMPARE(m_store->setting(u"k"_s).value(), QByteArray("v2"));
    QCOMPARE(m_store->cursor(), 0);
    QVERIFY(m_store->setCursor(77));
    QCOMPARE(m_store->cursor(), 77);
}

void TestStoreRecords::failedBatchLeavesNothing()
{
    const auto batch = m_store->write([&]() -> Result<void> {
        if (auto r = m_store->saveConversation(sampleConversation(1)); !r)
            return r;
        if (auto r = m_store->setCursor(10); !r)
            return r;
        return m_store->saveMessage(sampleMessage(2, u"no such conversation"_s));
    });
    QVERIFY(!batch.ok());
    QVERIFY(!m_store->conversation(1));
    QCOMPARE(m_store->cursor(), 0);
}

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "tst_store_records.moc"
