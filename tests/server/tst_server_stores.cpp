// The stores over the server's Database (server/storage/, docs/architecture.md),
// in process, on the back-end the test is registered for: SQLite (a file in a
// temporary folder) or PostgreSQL (a fresh database on the test cluster). Each
// store's operations, a transaction rolled back on failure, and the schema
// brought up to date from every released version.
#include "server/storage/storage.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Guichet;
using namespace Guichet::Server;
using namespace Guichet::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

QString messageOf(const Error &error)
{
    return error.message;
}

} // namespace

class TestServerStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void databaseTransactions();
    void eventLog();
    void agentsAndTokens();
    void conversationsAndMessages();
    void sendQueue();
    void abuse();
    void knowledgeBase();
    void surveysSettingsAndAcks();
    void auditLog();
    void figures();
    void enrolmentCodes();
    void migrationsFromEveryReleasedVersion();

private:
    //! Options for a new, empty database on this test's back-end.
    ServerOptions freshOptions();
    std::unique_ptr<Storage> openStorage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    int m_connections = 0;
};

ServerOptions TestServerStores::freshOptions()
{
    ServerOptions options;
    auto dir = std::make_unique<QTemporaryDir>();
    options.dataDir = dir->path();
    if (usePostgres())
        options.database = createPostgresDatabase();
    m_dir = std::move(dir);
    return options;
}

std::unique_ptr<Storage> TestServerStores::openStorage()
{
    auto storage = Storage::open(freshOptions(), u"stores-%1"_s.arg(++m_connections));
    if (!storage) {
        qWarning() << storage.error().message;
        return {};
    }
    return std::move(*storage);
}

void TestServerStores::init()
{
    m_storage = openStorage();
    QVERIFY(m_storage);
    QCOMPARE(m_storage->database().schemaVersion(), Database::newestSchemaVersion());
    QCOMPARE(m_storage->database().backend(),
             usePostgres() ? Database::Backend::Postgres : Database::Backend::Sqlite);
}

void TestServerStores::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void TestServerStores::databaseTransactions()
{
    Database &db = m_storage->database();
    EventLog &events = m_storage->eventLog();
    SettingsStore &settings = m_storage->settingsStore();
    QVERIFY(db.isReady());

    // Work that fails is rolled back, whatever it wrote before failing.
    int committedSignals = 0;
    connect(&db, &Database::eventsCommitted, this, [&] { ++committedSignals; });
    const auto failed = db.transaction([&]() -> Result<void> {
        if (auto e = events.appendEvent(EventKind::MessageAdded, 0, {}, kNow); !e)
            return e.error();
        if (auto set = settings.setSetting(u"k"_s, u"v"_s); !set)
            return set;
        return makeError(ErrorCode::InvalidValue, u"refused after writing"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::InvalidValue);
    QVERIFY(!db.inTransaction());
    QVERIFY(events.eventsAfter(0, 10)->isEmpty());
    QCOMPARE(settings.setting(u"k"_s), std::nullopt);

    // A statement that fails (a duplicate key) fails the transaction, and the
    // connection is usable afterwards (PostgreSQL aborts the whole transaction).
    ConversationRecord conversation;
    conversation.channel = Channel::WebChat;
    conversation.openedAt = kNow;
    const auto opened = m_storage->conversationStore().insertConversation(conversation);
    QVERIFY(opened);
    MessageRecord message;
    message.id = u"m1"_s;
    message.conversation = opened->id;
    message.at = kNow;
    QVERIFY(m_storage->conversationStore().insertMessage(message));
    const auto duplicate = db.transaction([&]() -> Result<void> {
        if (auto e = events.appendEvent(EventKind::MessageAdded, 0, {}, kNow); !e)
            return e.error();
        return m_storage->conversationStore().insertMessage(message);
    });
    // Not compared: the code (Qt's SQLite driver reports a failed step as a
    // connection error, so SQLite answers unavailable where PostgreSQL answers
    // storage_error, as the one Storage did before the split).
    QVERIFY(!duplicate);
    QVERIFY(events.eventsAfter(0, 10)->isEmpty());

    // The scoped type: rolled back when it goes out of scope uncommitted.
    {
        Database::Transaction transaction(db);
        QVERIFY(transaction.begun());
        QVERIFY(db.inTransaction());
        QVERIFY(settings.setSetting(u"scoped"_s, u"1"_s));
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(settings.setting(u"scoped"_s), std::nullopt);
    {
        Database::Transaction transaction(db);
        QVERIFY(transaction.begun());
        QVERIFY(settings.setSetting(u"scoped"_s, u"2"_s));
        QVERIFY(events.appendEvent(EventKind::MessageAdded, 0, {}, kNow));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.commit()); // once
    }
    QCOMPARE(settings.setting(u"scoped"_s), u"2"_s);
    // PostgreSQL: the rolled-back inserts used sequence numbers (gaps are allowed).
    QCOMPARE(events.eventsAfter(0, 10)->size(), 1);
    QCOMPARE(events.head(), events.eventsAfter(0, 10)->at(0).seq);
    // Committed events are announced (PostgreSQL: by NOTIFY, delivered by the event loop).
    QTRY_VERIFY_WITH_TIMEOUT(committedSignals >= 1, 5000);

    // A successful value goes through.
    const auto value = db.transaction([&]() -> Result<int> { return 42; });
    QVERIFY(value);
    QCOMPARE(*value, 42);
}

void TestServerStores::eventLog()
{
    EventLog &log = m_storage->eventLog();
    QCOMPARE(log.head(), 0);
    const auto appended =
        m_storage->database().transaction([&]() -> Result<QList<Protocol::Event>> {
            QList<Protocol::Event> list;
            for (int i = 0; i < 3; ++i) {
                auto e = log.appendEvent(EventKind::MessageAdded, i == 2 ? 7 : 5,
                                         QJsonObject { { u"n"_s, i } }, kNow + i);
                if (!e)
                    return e.error();
                list.append(*e);
            }
            return list;
        });
    QVERIFY2(appended, qPrintable(appended ? QString() : messageOf(appended.error())));
    QCOMPARE(appended->size(), 3);
    QVERIFY(appended->at(0).seq < appended->at(1).seq);
    QCOMPARE(log.head(), appended->at(2).seq);

    const auto after = log.eventsAfter(appended->at(0).seq, 10);
    QVERIFY(after);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).data.value(u"n"_s).toInt(), 1);
    QCOMPARE(after->at(1).conversation, 7);
    QCOMPARE(log.eventsAfter(0, 1)->size(), 1);

    const auto raw = log.rawEventsAfter(0, 10);
    QVERIFY(raw);
    QCOMPARE(raw->size(), 3);
    QCOMPARE(raw->at(2).kind, u"message.added"_s);
    const QByteArray frame = raw->at(2).frame();
    QVERIFY(frame.startsWith("{\"type\":\"event\""));
    QVERIFY(frame.contains("\"conversation\":7"));
    QVERIFY(frame.contains("\"data\":{\"n\":2}"));

    const auto ofFive = log.conversationEvents(5);
    QVERIFY(ofFive);
    QCOMPARE(ofFive->size(), 2);
}

void TestServerStores::agentsAndTokens()
{
    AgentStore &agents = m_storage->agentStore();
    AgentRecord a;
    a.login = u"camille"_s;
    a.name = u"Camille Martin"_s;
    a.role = Role::Supervisor;
    a.team = u"nord"_s;
    a.languages = { Language::Fr, Language::De };
    a.passwordHash = u"hash"_s;
    const auto inserted =
        m_storage->database().transaction([&] { return agents.insertAgent(a, kNow); });
    QVERIFY(inserted);
    QVERIFY(inserted->id > 0);
    QVERIFY(!agents.insertAgent(a, kNow)); // the login is unique

    auto read = agents.agent(u"camille"_s);
    QVERIFY(read);
    QCOMPARE(read->name, a.name);
    QCOMPARE(read->role, Role::Supervisor);
    QCOMPARE(read->languages, a.languages);
    QCOMPARE(agents.agentById(inserted->id)->login, a.login);
    QCOMPARE(agents.agent(u"nobody"_s), std::nullopt);

    read->capacity = 3;
    read->disabled = true;
    QVERIFY(agents.updateAgent(*read));
    QVERIFY(agents.setPresence(read->id, Presence::Available));
    QVERIFY(agents.touchAgents({ read->id }, kNow + 5));
    const auto updated = agents.agentById(read->id);
    QCOMPARE(updated->capacity, 3);
    QVERIFY(updated->disabled);
    QCOMPARE(updated->presence, Presence::Available);
    QCOMPARE(updated->lastSeen, kNow + 5);
    QCOMPARE(agents.agents().size(), 1);

    const qint64 version = agents.agentsVersion();
    QVERIFY(agents.bumpAgentsVersion());
    QCOMPARE(agents.agentsVersion(), version + 1);

    QVERIFY(agents.insertToken("digest-1", read->id, kNow, kNow + 1000));
    QCOMPARE(agents.tokenAgent("digest-1", kNow + 1), read->id);
    QCOMPARE(agents.tokenAgent("digest-1", kNow + 1000), std::nullopt); // expired
    QCOMPARE(agents.tokenAgent("other", kNow), std::nullopt);
    // Many at once (past one statement's worth): only the valid ones answer.
    QList<QByteArray> digests { "other", "digest-1" };
    for (int i = 0; i < 120; ++i) {
        const QByteArray digest = "many-" + QByteArray::number(i);
        QVERIFY(agents.insertToken(digest, read->id, kNow, i == 77 ? kNow + 1 : kNow + 1000));
        digests.append(digest);
    }
    const QHash<QByteArray, qint64> found = agents.tokenAgents(digests, kNow + 1);
    QCOMPARE(found.size(), 120);
    QCOMPARE(found.value("digest-1"), read->id);
    QCOMPARE(found.value("many-119"), read->id);
    QVERIFY(!found.contains("other"));
    QVERIFY(!found.contains("many-77")); // expired
    QVERIFY(agents.tokenAgents({}, kNow).isEmpty());
    QVERIFY(agents.revokeTokens(read->id));
    QVERIFY(agents.tokenAgents(digests, kNow + 1).isEmpty());
    QCOMPARE(agents.tokenAgent("digest-1", kNow + 1), std::nullopt);
}

void TestServerStores::conversationsAndMessages()
{
    ConversationStore &store = m_storage->conversationStore();
    ConversationRecord c;
    c.channel = Channel::Messenger;
    c.citizen = u"Dominique"_s;
    c.citizenKey = u"psid-1"_s;
    c.team = u"nord"_s;
    c.deadline = kNow + 60'000;
    c.openedAt = kNow;
    c.accessDigest = "access";
    const auto inserted = store.insertConversation(c);
    QVERIFY(inserted);
    QVERIFY(inserted->reference.startsWith(u"BN-"_s));
    const qint64 id = inserted->id;
    QCOMPARE(store.conversation(id)->citizen, c.citizen);
    QCOMPARE(store.conversationByAccess("access")->id, id);
    QCOMPARE(store.openConversationOf(Channel::Messenger, u"psid-1"_s)->id, id);
    QCOMPARE(store.openConversationOf(Channel::Twitter, u"psid-1"_s), std::nullopt);
    QCOMPARE(store.latestConversationOf(Channel::Messenger, u"psid-1"_s)->id, id);
    QCOMPARE(store.openConversations(true).size(), 1);
    QCOMPARE(store.queue().size(), 1);
    QCOMPARE(store.queue().constFirst().id, id);
    QCOMPARE(store.queue().constFirst().channel, Channel::Messenger);
    QCOMPARE(store.queue().constFirst().team, u"nord"_s);
    QCOMPARE(store.queue().constFirst().deadline, kNow + 60'000);
    QCOMPARE(store.openCountsByTeam().value(u"nord"_s), 1);
    // Only the conversations whose SLA state changes: none yet, at risk past
    // the risk line, breached at the deadline.
    QCOMPARE(store.slaWatch(kNow, kNow - 1, kNow - 1).size(), 0);
    QCOMPARE(store.slaWatch(kNow, kNow + 60'000, kNow - 1).size(), 0); // a message
    QCOMPARE(store.slaWatch(kNow, kNow - 1, kNow + 60'000).size(), 1);
    QCOMPARE(store.slaWatch(kNow + 60'000, kNow, kNow).size(), 1);
    QCOMPARE(store.slaWatch(kNow + 60'000, kNow, kNow).constFirst().sla, SlaState::OnTime);

    // A message and its event together.
    MessageRecord m;
    m.id = u"m-1"_s;
    m.conversation = id;
    m.author = Author::Citizen;
    m.text = u"Bonjour"_s;
    m.at = kNow + 1;
    m.externalId = u"ext-1"_s;
    ConversationRecord update = *inserted;
    update.lastCitizenAt = kNow + 1;
    const auto event = m_storage->database().transaction([&] {
        return store.appendMessage(&update, QJsonObject { { u"id"_s, m.id } }, m);
    });
    QVERIFY2(event, qPrintable(event ? QString() : messageOf(event.error())));
    QCOMPARE(event->kind, EventKind::MessageAdded);
    QCOMPARE(m.seq, event->seq);
    QCOMPARE(m_storage->eventLog().head(), event->seq);
    QCOMPARE(store.conversation(id)->lastCitizenAt, kNow + 1);
    QCOMPARE(store.message(u"m-1"_s)->seq, event->seq);
    QCOMPARE(store.messageByExternalId(u"ext-1"_s)->id, m.id);
    QCOMPARE(store.messages(id).size(), 1);
    QCOMPARE(store.conversationsOfEvents(0, event->seq).size(), 1);
    QCOMPARE(store.conversationsOfEvents(event->seq, event->seq + 10).size(), 0);
    bool known = false;
    QCOMPARE(store.conversationAndMessage(id, u"m-1"_s, &known)->id, id);
    QVERIFY(known);
    const auto group = store.conversationsAndMessages({ { id, u"m-1"_s }, { id, u"m-2"_s } });
    QVERIFY(group.value(u"m-1"_s).messageKnown);
    QVERIFY(!group.value(u"m-2"_s).messageKnown);
    QCOMPARE(group.value(u"m-2"_s).conversation.id, id);

    // An agent reply, its delivery, the caps.
    MessageRecord reply;
    reply.id = u"m-2"_s;
    reply.conversation = id;
    reply.author = Author::Agent;
    reply.agent = u"camille"_s;
    reply.text = u"Bonjour, que puis-je faire ?"_s;
    reply.at = kNow + 2;
    reply.delivery = DeliveryState::Pending;
    QVERIFY(m_storage->database().transaction(
        [&] { return store.appendMessage(nullptr, QJsonObject {}, reply); }));
    QCOMPARE(store.liveRepliesSince(id, kNow), 1);
    QVERIFY(store.updateDelivery(u"m-2"_s, DeliveryState::Failed, u"refused"_s));
    QCOMPARE(store.message(u"m-2"_s)->delivery, DeliveryState::Failed);
    QCOMPARE(store.liveRepliesSince(id, kNow), 0);

    // Claims: one winner; SLA changes with their events.
    QCOMPARE(store.claimIfQueued(id, u"camille"_s, kNow + 3).value(), true);
    QCOMPARE(store.claimIfQueued(id, u"dominique"_s, kNow + 3).value(), false);
    QCOMPARE(store.claimedCount(u"camille"_s), 1);
    QCOMPARE(store.setSlaIf(id, kNow, SlaState::AtRisk).value(), false); // deadline moved
    const auto sla = m_storage->database().transaction([&] {
        return store.setSlaIfWithEvents({ { id, kNow + 60'000, SlaState::AtRisk, {} } }, kNow + 4);
    });
    QVERIFY(sla);
    QCOMPARE(sla->size(), 1);
    QCOMPARE(sla->at(0).kind, EventKind::SlaChanged);
    QCOMPARE(store.conversation(id)->sla, SlaState::AtRisk);
    const auto again = m_storage->database().transaction([&] {
        return store.setSlaIfWithEvents({ { id, kNow + 60'000, SlaState::AtRisk, {} } }, kNow + 5);
    });
    QCOMPARE(again->size(), 0);

    // The sender link and the flags' reasons.
    QVERIFY(store.setConversationSender(id, u"psid-1"_s));
    QCOMPARE(store.conversationSender(id), u"psid-1"_s);
    QVERIFY(
        store.setFlagReason(id, u"emergency"_s, QJsonObject { { u"by"_s, u"triage"_s } }, kNow));
    QVERIFY(store.setFlagReason(id, u"emergency"_s, QJsonObject { { u"by"_s, u"agent"_s } }, kNow));
    QCOMPARE(store.flagReasons(id).value(u"emergency"_s)[u"by"_s].toString(), u"agent"_s);

    auto closed = *store.conversation(id);
    closed.state = ConversationState::Closed;
    closed.closedAt = kNow + 6;
    QVERIFY(store.updateConversation(closed));
    QCOMPARE(store.openConversations().size(), 0);
    QCOMPARE(store.openConversationOf(Channel::Messenger, u"psid-1"_s), std::nullopt);
    QCOMPARE(store.latestConversationOf(Channel::Messenger, u"psid-1"_s)->id, id);
    QCOMPARE(store.allConversations().size(), 1);
}

void TestServerStores::sendQueue()
{
    ConversationRecord c;
    c.channel = Channel::Twitter;
    c.openedAt = kNow;
    const qint64 id = m_storage->conversationStore().insertConversation(c)->id;
    MessageRecord reply;
    reply.id = u"r-1"_s;
    reply.conversation = id;
    reply.author = Author::Agent;
    reply.at = kNow;
    reply.delivery = DeliveryState::Pending;
    QVERIFY(m_storage->conversationStore().insertMessage(reply));

    SendQueueStore &queue = m_storage->sendQueueStore();
    SendQueueStore::SendRecord r;
    r.messageId = reply.id;
    r.conversation = id;
    r.channel = Channel::Twitter;
    r.nextAttemptAt = kNow;
    r.createdAt = kNow;
    QVERIFY(queue.enqueueSend(r));
    QCOMPARE(queue.dueSends(kNow - 1, 10).size(), 0);
    QCOMPARE(queue.dueSends(kNow, 10).size(), 1);

    // One instance takes it; the lease keeps the others off until it lapses.
    QCOMPARE(queue.leaseSend(r.messageId, kNow, kNow + 100).value(), true);
    QCOMPARE(queue.leaseSend(r.messageId, kNow, kNow + 100).value(), false);
    QCOMPARE(queue.dueSends(kNow + 50, 10).size(), 0);
    QCOMPARE(queue.dueSends(kNow + 101, 10).size(), 1);

    auto sent = *queue.sendRecord(r.messageId);
    QCOMPARE(sent.state, u"sending"_s);
    sent.state = u"sent"_s;
    sent.externalId = u"x-99"_s;
    sent.sentAt = kNow + 10;
    sent.attempts = 1;
    QVERIFY(queue.updateSend(sent));
    QCOMPARE(queue.sendByExternalId(Channel::Twitter, u"x-99"_s)->messageId, r.messageId);
    QCOMPARE(queue.sendByExternalId(Channel::Messenger, u"x-99"_s), std::nullopt);
    QCOMPARE(queue.sentUpTo(id, kNow + 10).size(), 1);
    QCOMPARE(queue.sentUpTo(id, kNow + 9).size(), 0);
    QCOMPARE(queue.dueSends(kNow + 1000, 10).size(), 0);

    // Queued again (an agent's retry): pending, attempts start over.
    QVERIFY(queue.enqueueSend(r));
    QCOMPARE(queue.sendRecord(r.messageId)->state, u"pending"_s);
    QCOMPARE(queue.sendRecord(r.messageId)->attempts, 0);
}

void TestServerStores::abuse()
{
    AbuseStore &abuse = m_storage->abuseStore();
    QCOMPARE(abuse.markOnce(u"notice:1"_s, kNow).value(), true);
    QCOMPARE(abuse.markOnce(u"notice:1"_s, kNow + 1).value(), false);
    QCOMPARE(abuse.markOnce(u"notice:2"_s, kNow).value(), true);

    QCOMPARE(abuse.silencedUntil(u"psid-9"_s), 0);
    QVERIFY(abuse.silenceSender(u"psid-9"_s, kNow + 500));
    QCOMPARE(abuse.silencedUntil(u"psid-9"_s), kNow + 500);
    QVERIFY(abuse.silenceSender(u"psid-9"_s, kNow + 900)); // extended
    QCOMPARE(abuse.silencedUntil(u"psid-9"_s), kNow + 900);

    // In a transaction that fails, a mark is not kept.
    const auto failed = m_storage->database().transaction([&]() -> Result<void> {
        if (auto marked = abuse.markOnce(u"notice:3"_s, kNow); !marked)
            return marked.error();
        return makeError(ErrorCode::InvalidValue, u"no"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(abuse.markOnce(u"notice:3"_s, kNow).value(), true);
}

void TestServerStores::knowledgeBase()
{
    FaqStore &faq = m_storage->faqStore();
    FaqEntry e;
    e.id = u"otv"_s;
    e.lang = Language::Fr;
    e.question = u"Opération tranquillité vacances ?"_s;
    e.answer = u"Inscrivez-vous."_s;
    e.keywords = { u"vacances"_s };
    const auto first = faq.upsertFaqEntry(e, kNow, u"camille"_s);
    QVERIFY(first);
    e.answer = u"Inscrivez-vous en ligne."_s;
    const auto second = faq.upsertFaqEntry(e, kNow + 1, u"camille"_s);
    QVERIFY(second);
    QVERIFY(*second > *first);
    QCOMPARE(faq.faqEntry(u"otv"_s, Language::Fr)->answer, e.answer);
    QCOMPARE(faq.faqEntries().size(), 1);

    const auto retired = faq.retireFaqEntry(u"otv"_s, Language::Fr, kNow + 2, u"admin:root"_s);
    QVERIFY(retired && *retired);
    QCOMPARE(faq.faqEntry(u"otv"_s, Language::Fr), std::nullopt);
    QCOMPARE(faq.retireFaqEntry(u"otv"_s, Language::Fr, kNow + 3, u"x"_s).value(), std::nullopt);

    const auto history = faq.faqHistory(u"otv"_s);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].action, u"edit"_s);
    QCOMPARE(history[0].entry.answer, u"Inscrivez-vous."_s);
    QCOMPARE(history[2].action, u"retire"_s);
    QCOMPARE(history[2].by, u"admin:root"_s);
    QCOMPARE(faq.faqVersion(*first)->entry.keywords, e.keywords);

    const auto back =
        faq.upsertFaqEntry(history[0].entry, kNow + 4, u"camille"_s, u"revert"_s, *first);
    QVERIFY(back);
    QCOMPARE(faq.faqVersion(*back)->revertedFrom, *first);
    QCOMPARE(faq.faqEntry(u"otv"_s, Language::Fr)->answer, u"Inscrivez-vous."_s);

    // A failed transaction leaves neither the entry nor its version.
    FaqEntry other = e;
    other.id = u"plainte"_s;
    const auto failed = m_storage->database().transaction([&]() -> Result<void> {
        if (auto v = faq.upsertFaqEntry(other, kNow, u"x"_s); !v)
            return v.error();
        return makeError(ErrorCode::InvalidValue, u"no"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(faq.faqEntry(u"plainte"_s, Language::Fr), std::nullopt);
    QVERIFY(faq.faqHistory(u"plainte"_s).isEmpty());
}

void TestServerStores::surveysSettingsAndAcks()
{
    ConversationRecord c;
    c.openedAt = kNow;
    const qint64 id = m_storage->conversationStore().insertConversation(c)->id;
    SurveyStore &surveys = m_storage->surveyStore();
    QCOMPARE(surveys.survey(id), std::nullopt);
    QCOMPARE(surveys.insertSurvey(id, 4, u"merci"_s, u"camille"_s, kNow).value(), true);
    QCOMPARE(surveys.insertSurvey(id, 1, u"again"_s, u"camille"_s, kNow).value(), false);
    QCOMPARE(surveys.survey(id)->first, 4);
    QCOMPARE(surveys.survey(id)->second, u"merci"_s);

    SettingsStore &settings = m_storage->settingsStore();
    QCOMPARE(settings.setting(u"routing"_s), std::nullopt);
    QVERIFY(settings.setSetting(u"routing"_s, u"a"_s));
    QVERIFY(settings.setSetting(u"routing"_s, u"b"_s));
    QCOMPARE(settings.setting(u"routing"_s), u"b"_s);

    CommandAcks &acks = m_storage->commandAcks();
    QCOMPARE(acks.commandAck(u"cmd"_s), std::nullopt);
    const auto stored = acks.storeCommandAck(u"cmd"_s, 3, QJsonObject { { u"ok"_s, true } }, kNow);
    QVERIFY(stored && *stored);
    const auto ack = acks.commandAck(u"cmd"_s);
    QCOMPARE(ack->first, 3);
    QCOMPARE(ack->second.value(u"ok"_s).toBool(), true);
    // A repeat stores nothing: the first acknowledgement stands.
    const auto again = acks.storeCommandAck(u"cmd"_s, 4, QJsonObject { { u"ok"_s, false } }, kNow);
    QVERIFY(again && !*again);
    QCOMPARE(acks.commandAck(u"cmd"_s)->first, 3);
}

void TestServerStores::auditLog()
{
    AuditLog &audit = m_storage->auditLog();
    const auto records =
        m_storage->database().transaction([&]() -> Result<QList<AuditLog::AuditRecord>> {
            QList<AuditLog::AuditRecord> list;
            for (int i = 0; i < 3; ++i) {
                auto r = audit.appendAudit(u"camille"_s, u"gendarme"_s, u"read"_s, i + 1,
                                           QJsonObject { { u"i"_s, i } }, kNow + i);
                if (!r)
                    return r.error();
                list.append(*r);
            }
            return list;
        });
    QVERIFY2(records, qPrintable(records ? QString() : messageOf(records.error())));
    QCOMPARE(records->at(0).prevHash, AuditLog::auditGenesis());
    QCOMPARE(records->at(1).prevHash, records->at(0).hash);
    const auto read = audit.auditRecords(0, 10);
    QVERIFY(read);
    QCOMPARE(read->size(), 3);
    for (const auto &r : *read)
        QCOMPARE(AuditLog::auditHash(r), r.hash);
    QCOMPARE(audit.auditRecords(read->at(1).id, 10)->size(), 1);

    // Rolled back with the action it records.
    const auto failed = m_storage->database().transaction([&]() -> Result<void> {
        if (auto r = audit.appendAudit(u"x"_s, u"admin"_s, u"wipe"_s, 0, {}, kNow); !r)
            return r.error();
        return makeError(ErrorCode::InvalidValue, u"no"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(audit.auditRecords(0, 10)->size(), 3);
}

void TestServerStores::figures()
{
    ConversationStore &store = m_storage->conversationStore();
    ConversationRecord chat;
    chat.channel = Channel::WebChat;
    chat.openedAt = kNow;
    chat.deadline = kNow + 10;
    chat.emergency = true;
    const qint64 chatId = store.insertConversation(chat)->id;
    ConversationRecord mail;
    mail.channel = Channel::WebForm;
    mail.openedAt = kNow + 1;
    mail.deadline = kNow + 1000;
    QVERIFY(store.insertConversation(mail));
    MessageRecord reply;
    reply.id = u"f-1"_s;
    reply.conversation = chatId;
    reply.author = Author::Agent;
    reply.at = kNow + 5;
    reply.delivery = DeliveryState::Pending;
    QVERIFY(store.insertMessage(reply));
    QVERIFY(m_storage->surveyStore().insertSurvey(chatId, 5, {}, {}, kNow + 6));

    FigureStore &figures = m_storage->figureStore();
    QCOMPARE(figures.deliveriesByChannel(DeliveryState::Pending).value(u"webchat"_s), 1);
    QCOMPARE(figures.openCountsByChannelAndState().value({ u"webchat"_s, u"queued"_s }), 1);

    const auto waiting = figures.waitingCounts(kNow + 20, kNow + 30, kNow + 30);
    QVERIFY(waiting);
    qint64 total = 0, breached = 0, emergency = 0;
    for (const auto &w : *waiting) {
        total += w.waiting;
        breached += w.breached;
        emergency += w.emergency;
    }
    QCOMPARE(total, 2);
    QCOMPARE(breached, 1);
    QCOMPARE(emergency, 1);

    const auto day = figures.dayFigures(kNow);
    QVERIFY(day);
    QCOMPARE(day->opened, 2);
    QVERIFY(day->firstResponseP50.has_value());
    QCOMPARE(day->csatCount, 1);
    QCOMPARE(day->csatMean.value_or(0), 5.0);

    const auto page = figures.reportPage(kNow + 100, 0, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).id, chatId);
    QCOMPARE(page->at(0).firstResponseAt, kNow + 5);
    QCOMPARE(page->at(0).rating, 5);
    QCOMPARE(page->at(1).firstResponseAt, 0); // not answered
    QVERIFY(figures.agentLoads(kNow, kNow - 1000));

    // The first reply time kept on the conversation: set by the first agent
    // message, whichever way it is written (with the row, as a reply is, or
    // alone); a later one or a citizen's leaves it, an earlier one moves it.
    const auto firstReplies = [&] {
        QList<qint64> times;
        const auto rows = figures.reportPage(kNow + 100, 0, 0, 10);
        for (const auto &row : rows.value())
            times.append(row.firstResponseAt);
        return times;
    };
    const auto append = [&](const QString &id, Author author, qint64 at, bool withRow) {
        MessageRecord m;
        m.id = id;
        m.conversation = chatId + 1;
        m.author = author;
        m.at = at;
        ConversationRecord row = *store.conversation(chatId + 1);
        row.updatedAt = at;
        return bool(m_storage->database().transaction(
            [&] { return store.appendMessage(withRow ? &row : nullptr, QJsonObject {}, m); }));
    };
    QVERIFY(append(u"f-2"_s, Author::Citizen, kNow + 2, true));
    QCOMPARE(firstReplies(), (QList<qint64> { kNow + 5, 0 }));
    QVERIFY(append(u"f-3"_s, Author::Agent, kNow + 40, true));
    QCOMPARE(firstReplies(), (QList<qint64> { kNow + 5, kNow + 40 }));
    QCOMPARE(store.conversation(chatId + 1)->updatedAt, kNow + 40); // the row written too
    QVERIFY(append(u"f-4"_s, Author::Agent, kNow + 50, false));
    QVERIFY(append(u"f-5"_s, Author::Agent, kNow + 60, true));
    QCOMPARE(firstReplies(), (QList<qint64> { kNow + 5, kNow + 40 }));
    QVERIFY(append(u"f-6"_s, Author::Agent, kNow + 30, false));
    QCOMPARE(firstReplies(), (QList<qint64> { kNow + 5, kNow + 30 }));
    QVERIFY(append(u"f-7"_s, Author::System, kNow + 10, false));
    QCOMPARE(firstReplies(), (QList<qint64> { kNow + 5, kNow + 30 }));
    // The day's percentiles (nearest rank) read them: 5 and 29 ms after opening.
    const auto answered = figures.dayFigures(kNow);
    QVERIFY(answered);
    QCOMPARE(answered->opened, 2);
    QCOMPARE(answered->firstResponseP50, 5);
    QCOMPARE(answered->firstResponseP90, 29);
    QCOMPARE(figures.dayFigures(kNow + 2)->firstResponseP50, std::nullopt);

    // The supervisor page's series.
    QCOMPARE(figures.openedPerHour(kNow, 2).value(), (QList<qint64> { 2, 0 }));
    QCOMPARE(figures.openedPerHour(kNow - 3'600'000, 1).value(), (QList<qint64> { 0 }));
    QVERIFY(m_storage->surveyStore().insertSurvey(chatId + 1, 3, u"long"_s, {}, kNow + 7));
    const auto satisfaction = figures.satisfaction(kNow, kNow + 100);
    QVERIFY(satisfaction);
    QCOMPARE(satisfaction->count, 2);
    QCOMPARE(satisfaction->mean.value_or(0), 4.0);
    QCOMPARE(figures.satisfaction(kNow + 100, kNow + 200)->count, 0);
    QVERIFY(!figures.satisfaction(kNow + 100, kNow + 200)->mean);
    const auto comments = figures.lastSurveyComments(5);
    QVERIFY(comments);
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->at(0).comment, u"long"_s);
    QCOMPARE(comments->at(0).rating, 3);
}

void TestServerStores::enrolmentCodes()
{
    EnrolmentStore &codes = m_storage->enrolmentStore();
    EnrolmentStore::Code code;
    code.digest = "d1";
    code.createdBy = u"chef"_s;
    code.createdAt = kNow;
    code.expiresAt = kNow + 1000;
    code.languages = { Language::Fr, Language::En };
    code.reason = u"renforts"_s;
    QVERIFY(codes.insert(code));
    QVERIFY(!codes.insert(code)); // one row per digest
    const auto found = codes.find("d1");
    QVERIFY(found);
    QCOMPARE(found->languages, code.languages);
    QCOMPARE(found->team, QString());
    QCOMPARE(codes.find("other"), std::nullopt);
    QCOMPARE(codes.markUsed("d1", u"res.lou"_s, kNow + 1).value(), true);
    QCOMPARE(codes.markUsed("d1", u"res.max"_s, kNow + 2).value(), false); // once
    QCOMPARE(codes.enrolledLogins(), QStringList { u"res.lou"_s });
    code.digest = "d2";
    QVERIFY(codes.insert(code));
    QCOMPARE(codes.expireUnused(kNow + 5).value(), 1);
    QCOMPARE(codes.find("d2")->expiresAt, kNow + 5);
    QCOMPARE(codes.find("d1")->expiresAt, kNow + 1000);
}

void TestServerStores::migrationsFromEveryReleasedVersion()
{
    m_storage.reset();
    const int newest = Database::newestSchemaVersion();
    QVERIFY(newest >= 6);
    for (int from = 0; from < newest; ++from) {
        const ServerOptions options = freshOptions();
        const QString name = u"released-%1"_s.arg(from);
        {
            // A database as the release with schema `from` left it, with data in it.
            auto old = Database::open(options, name, from);
            QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
            QCOMPARE((*old)->schemaVersion(), from);
            Database &db = **old;
            const auto seed = [&](const QString &sql) {
                QSqlQuery q = db.adHoc();
                QVERIFY2(db.execDirect(q, sql), qPrintable(sql));
            };
            if (from >= 1) {
                seed(u"INSERT INTO conversations (reference, channel, lang, citizen, "
                     "citizen_key, subject, state, owner, team, emergency, sgbv, sla, deadline, "
                     "outcome, opened_at, updated_at, closed_at, last_citizen_at, access_digest) "
                     "VALUES ('BN-OLD-1', 'webform', 'fr', 'Alex', 'alex@example.org', '', "
                     "'queued', '', '', 0, 0, 'on_time', 0, '', 1700000000000, 1700000000000, "
                     "0, 0, '')"_s);
                seed(u"INSERT INTO events (kind, at, conversation, data) "
                     "VALUES ('conversation.opened', 1700000000000, 1, '{}')"_s);
                // An agent's reply to Messenger stored without its queue row (a
                // stop between the two transactions, up to schema 7).
                seed(u"INSERT INTO conversations (reference, channel, lang, citizen, "
                     "citizen_key, subject, state, owner, team, emergency, sgbv, sla, deadline, "
                     "outcome, opened_at, updated_at, closed_at, last_citizen_at, access_digest) "
                     "VALUES ('BN-OLD-2', 'messenger', 'fr', 'Sam', 'psid-old', '', "
                     "'claimed', 'camille', '', 0, 0, 'on_time', 0, '', 1700000000000, "
                     "1700000000000, 0, 0, '')"_s);
                seed(u"INSERT INTO messages (id, conversation, author, agent, text, at, delivery) "
                     "VALUES ('old-reply', 2, 'agent', 'camille', 'Bonjour', 1700000000001, "
                     "'pending')"_s);
                // A later reply and the citizen's message: the first reply stays the earliest.
                seed(u"INSERT INTO messages (id, conversation, author, agent, text, at, delivery) "
                     "VALUES ('old-later', 2, 'agent', 'camille', 'Encore', 1700000000009, "
                     "'sent')"_s);
                seed(u"INSERT INTO messages (id, conversation, author, agent, text, at, delivery) "
                     "VALUES ('old-question', 2, 'citizen', '', 'Allo', 1700000000000, 'read')"_s);
            }
            if (from >= 2) {
                seed(u"INSERT INTO faq_entries (id, lang, question, answer, keywords, links, "
                     "version, updated_at) VALUES ('otv', 'fr', 'Q ?', 'R.', '[]', '[]', 4, "
                     "1700000000000)"_s);
            }
            if (from >= 5) {
                // Since step 5 every stored version is kept beside the entry.
                seed(u"INSERT INTO faq_versions (version, id, lang, action, question, answer, "
                     "keywords, links, by_whom, at) VALUES (4, 'otv', 'fr', 'edit', 'Q ?', 'R.', "
                     "'[]', '[]', '', 1700000000000)"_s);
            }
        }

        // This build opens it and brings it up to date, keeping what was there.
        auto storage = Storage::open(options, name + u"-now"_s);
        QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
        Storage &s = **storage;
        QCOMPARE(s.database().schemaVersion(), newest);
        if (from >= 1) {
            QCOMPARE(s.conversationStore().conversation(1)->citizen, u"Alex"_s);
            QCOMPARE(s.eventLog().head(), 1);
            // Step 10 kept each conversation's first agent reply time on it.
            const auto rows = s.figureStore().reportPage(kNow + 1, 0, 0, 10);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 2);
            QCOMPARE(rows->at(0).firstResponseAt, 0);
            QCOMPARE(rows->at(1).firstResponseAt, from < 10 ? 1700000000001 : 0);
            // Step 11's index serves /metrics' count of the replies waiting to be sent.
            QCOMPARE(s.figureStore().deliveriesByChannel(DeliveryState::Pending),
                     (QHash<QString, int> { { u"messenger"_s, 1 } }));
            QCOMPARE(s.figureStore().deliveriesByChannel(DeliveryState::Failed).size(), 0);
            QSqlQuery plan = s.database().adHoc();
            const bool sqlite = s.database().backend() == Database::Backend::Sqlite;
            QVERIFY(s.database().execDirect(
                plan,
                sqlite ? u"EXPLAIN QUERY PLAN SELECT c.channel, count(*) FROM messages m JOIN "
                         "conversations c ON c.id = m.conversation WHERE m.author = 'agent' "
                         "AND m.delivery = 'pending' GROUP BY c.channel"_s
                       : u"SELECT indexdef FROM pg_indexes WHERE indexname = "
                         "'messages_agent_by_delivery'"_s));
            QString planText;
            while (plan.next())
                planText += plan.value(sqlite ? 3 : 0).toString() + u'\n';
            QVERIFY2(planText.contains(u"messages_agent_by_delivery"_s)
                         || planText.contains(u"(delivery, conversation) WHERE"_s),
                     qPrintable(planText));
            // Step 8 queued it, once (a release with step 8 writes both together).
            const auto queued = s.sendQueueStore().sendRecord(u"old-reply"_s);
            QCOMPARE(queued.has_value(), from < 8);
            if (queued) {
                QCOMPARE(queued->state, u"pending"_s);
                QCOMPARE(queued->channel, Channel::Messenger);
            }
        }
        if (from >= 2) {
            const auto history = s.faqStore().faqHistory(u"otv"_s);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history[0].version, 4);
            QCOMPARE(history[0].by, QString());
        }
        // Every store works on the result.
        QVERIFY(s.faqStore().upsertFaqEntry(
            FaqEntry { u"new"_s, Language::En, u"Q?"_s, u"A."_s, {}, {} }, kNow, u"t"_s));
        QVERIFY(s.abuseStore().markOnce(u"m"_s, kNow).value());
        QVERIFY(s.database().transaction(
            [&] { return s.auditLog().appendAudit(u"t"_s, u"admin"_s, u"read"_s, 0, {}, kNow); }));
        QVERIFY(s.figureStore().dayFigures(0));
        QCOMPARE(Database::schemaStepName(newest).isEmpty(), false);

        // Opened again: nothing left to apply.
        storage->reset();
        auto reopened = Storage::open(options, name + u"-again"_s);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->database().schemaVersion(), newest);
    }
}

QTEST_GUILESS_MAIN(TestServerStores)
#include "tst_server_stores.moc"
