// Every item model of the workstation but the queue's (tst_queue_model) under
// QAbstractItemModelTester, driven by randomised operations and checked against
// what it should show: the conversation's messages (a real SQLCipher cache), the
// FAQ results (the knowledge base shipped with Guichet) and the refused commands.
#include "app/faq/faqindex.h"
#include "app/models/channelrules.h"
#include "app/models/conversationmodel.h"
#include "app/models/faqresultsmodel.h"
#include "app/models/refusalsmodel.h"
#include "app/models/rostermodel.h"
#include "app/models/workstation.h"
#include "app/store/cache.h"
#include "app/sync/eventapplier.h"
#include "resources/faqresources.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

const QString kPassphrase = u"item models cache passphrase"_s;

std::unique_ptr<Store> newStore(const QString &path)
{
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = kPassphrase;
    options.cost = KdfCost::minimum();
    auto store = Cache::create(path, options);
    return store ? std::move(*store) : nullptr;
}

//! The order the conversation model promises: stored messages in server order,
//! local pending replies (no sequence number yet) after them, by time.
QStringList expectedIds(Store &store, qint64 conversation)
{
    QList<Message> messages = store.messages(conversation);
    std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) {
        if ((a.seq == 0) != (b.seq == 0))
            return b.seq == 0;
        if (a.seq != b.seq)
            return a.seq < b.seq;
        return a.at < b.at;
    });
    QStringList ids;
    for (const Message &m : messages)
        ids.append(m.id);
    return ids;
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ConversationModel::IdRole).toString());
    return ids;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationModelUnderRandomChanges();
    void faqResultsUnderRandomQueries();
    void refusalsModelFollowsTheOutbox();
    void platformWindowBeforeSending();
    void rosterModelUnderRandomUpdates();
    void rosterFromTheCacheAndConsentState();
    void refilledHistoryReachesTheCache();
};

void TestItemModels::conversationModelUnderRandomChanges()
{
    QTemporaryDir dir;
    auto store = newStore(dir.filePath(u"cache.db"_s));
    QVERIFY(store);
    for (const qint64 id : { 1, 2 }) {
        Conversation c;
        c.id = id;
        c.reference = u"BN-%1"_s.arg(id);
        QVERIFY(store->saveConversation(c));
    }
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(store.get(), 1);

    std::mt19937 random(20261207);
    qint64 seq = 0;
    qint64 at = 1000;
    int made = 0;
    for (int step = 0; step < 400; ++step) {
        const qint64 conversation = model.conversation();
        QList<Message> known = store->messages(conversation);
        QStringList touched;
        const int op = int(random() % 100);
        if (op < 45 || known.isEmpty()) {
            // A new message: from the server (a sequence number) or a pending reply.
            Message m;
            m.id = u"m%1"_s.arg(++made);
            m.conversation = (random() % 4 == 0) ? 3 - conversation : conversation;
            m.author = random() % 2 ? Author::Citizen : Author::Agent;
            m.text = u"texte %1"_s.arg(made);
            m.at = at += 1 + qint64(random() % 50);
            const bool pending = m.author == Author::Agent && random() % 2;
            m.seq = pending ? 0 : ++seq;
            m.delivery = pending ? DeliveryState::Pending : DeliveryState::Sent;
            QVERIFY(store->saveMessage(m));
            touched.append(m.id);
        } else if (op < 75) {
            // A pending reply acknowledged: it takes its place in server order.
            Message m = known.at(int(random() % known.size()));
            if (m.seq == 0)
                m.seq = ++seq;
            m.delivery = DeliveryState::Delivered;
            QVERIFY(store->saveMessage(m));
            touched.append(m.id);
        } else if (op < 90) {
            Message m = known.at(int(random() % known.size()));
            m.delivery = random() % 2 ? DeliveryState::Failed : DeliveryState::Read;
            m.reason = u"raison"_s;
            QVERIFY(store->setDelivery(m.id, m.delivery, m.reason));
            touched.append(m.id);
        } else if (op < 95) {
            model.reload();
        } else {
            model.setConversation(store.get(), 3 - conversation);
        }
        touched.append(u"unknown-%1"_s.arg(step)); // ids the cache does not hold are ignored
        model.refresh(touched);
        QCOMPARE(shownIds(model), expectedIds(*store, model.conversation()));
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::faqResultsUnderRandomQueries()
{
    Result<FaqIndex> index = FaqIndex::load(Resources::faqKnowledgeBase());
    QVERIFY(index.ok());
    FaqResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&*index);
    const QStringList words { u"vol"_s,        u"vélo"_s,     u"arnaque"_s,  u"colis"_s,
                              u"carte"_s,      u"bancaire"_s, u"passport"_s, u"stolen"_s,
                              u"plainte"_s,    u"xyzzy"_s,    u"<b>"_s,      QString(),
                              u"harcèlement"_s };
    const QList<Language> languages = allValues<Language>();
    std::mt19937 random(7);
    for (int step = 0; step < 200; ++step) {
        QString query;
        const int length = int(random() % 4);
        for (int i = 0; i < length; ++i)
            query += words.at(int(random() % words.size())) + u' ';
        model.setLimit(1 + int(random() % 25));
        if (random() % 10 == 0) {
            model.clear();
            QCOMPARE(model.rowCount(), 0);
            continue;
        }
        model.search(query, languages.at(int(random() % languages.size())));
        QVERIFY(model.rowCount() <= 25);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, 0);
            QCOMPARE(i.data(FaqResultsModel::IdRole).toString(), model.entryAt(row).id);
            QVERIFY(!i.data(FaqResultsModel::QuestionRole).toString().isEmpty());
        }
    }
}

void TestItemModels::refusalsModelFollowsTheOutbox()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"agent/cache.db"_s);
    {
        auto store = newStore(path);
        QVERIFY(store);
    }
    // An offline session on that cache: nothing answers at this address.
    Workstation workstation;
    workstation.setCachePath(path);
    workstation.setKdfCost(KdfCost::minimum());
    const Workstation::Account account { QUrl(u"http://127.0.0.1:9"_s), u"agent"_s };
    QVERIFY(workstation.open(account, kPassphrase));
    Store *store = workstation.store();
    RefusalsModel model(&workstation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    std::mt19937 random(42);
    QStringList refused;
    int made = 0;
    for (int step = 0; step < 120; ++step) {
        const int op = int(random() % 100);
        if (op < 50 || refused.isEmpty()) {
            const QString id = u"command-%1"_s.arg(++made);
            QVERIFY(store->enqueue(id, QByteArray("{}"), 1 + qint64(random() % 3), made));
            if (random() % 3) {
                QVERIFY(store->markRefused(id, ErrorCode::ClaimLost, u"claim lost"_s));
                refused.append(id);
            }
        } else {
            const QString id = refused.takeAt(int(random() % refused.size()));
            workstation.dismissRefusal(id); // signals the model
        }
        model.reload();
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data(RefusalsModel::CommandIdRole).toString());
        QCOMPARE(shown, refused);
    }
    if (model.rowCount() > 0) {
        // The reason in the agent's words, not the server's.
        QVERIFY(model.index(0, RefusalsModel::ReasonColumn).data().toString() != u"claim lost"_s);
    }
}

void TestItemModels::platformWindowBeforeSending()
{
    const qint64 hour = 3600 * 1000;
    const qint64 t0 = 1'000'000'000'000;
    auto message = [](Author author, qint64 at, DeliveryState delivery = DeliveryState::Sent) {
        Message m;
        m.author = author;
        m.at = at;
        m.delivery = delivery;
        return m;
    };
    const QList<Message> one { message(Author::Citizen, t0) };
    QCOMPARE(replyWindow(Channel::WebChat, one, t0).state, ReplyWindow::State::None);
    // Messenger: 24 h, then the human agent tag up to 7 days, then closed.
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + hour).state, ReplyWindow::State::Open);
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + hour).endsAt, t0 + 24 * hour);
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + 25 * hour).state,
             ReplyWindow::State::HumanAgentTag);
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + 8 * 24 * hour).state,
             ReplyWindow::State::Closed);
    // X: 24 h and five replies per citizen message (failed ones not counted).
    QList<Message> x = one;
    for (int i = 0; i < 4; ++i)
        x.append(message(Author::Agent, t0 + i + 1));
    x.append(message(Author::Agent, t0 + 10, DeliveryState::Failed));
    QCOMPARE(replyWindow(Channel::Twitter, x, t0 + hour).repliesLeft, 1);
    QCOMPARE(replyWindow(Channel::Twitter, x, t0 + hour).state, ReplyWindow::State::Open);
    x.append(message(Author::Agent, t0 + 20));
    QCOMPARE(replyWindow(Channel::Twitter, x, t0 + hour).state, ReplyWindow::State::Closed);
    x.append(message(Author::Citizen, t0 + 2 * hour)); // they wrote again: five more
    QCOMPARE(replyWindow(Channel::Twitter, x, t0 + 3 * hour).repliesLeft, 5);
    QCOMPARE(replyWindow(Channel::Twitter, x, t0 + 27 * hour).state, ReplyWindow::State::Closed);

    // With the server's own rules (its channel configuration, told at login).
    Protocol::ChannelRules rules;
    rules.messengerWindowMs = 2 * hour;
    rules.messengerHumanAgentTag = false; // no permission from Meta: no tag offered
    rules.xRepliesPerMessage = 2;
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + hour, rules).endsAt, t0 + 2 * hour);
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + 3 * hour, rules).state,
             ReplyWindow::State::Closed);
    rules.messengerHumanAgentTag = true;
    QCOMPARE(replyWindow(Channel::Messenger, one, t0 + 3 * hour, rules).state,
             ReplyWindow::State::HumanAgentTag);
    QList<Message> two = one;
    two.append(message(Author::Agent, t0 + 1));
    QCOMPARE(replyWindow(Channel::Twitter, two, t0 + hour, rules).repliesLeft, 1);
    two.append(message(Author::Agent, t0 + 2));
    QCOMPARE(replyWindow(Channel::Twitter, two, t0 + hour, rules).state,
             ReplyWindow::State::Closed);
}

void TestItemModels::rosterModelUnderRandomUpdates()
{
    RosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExcluded(u"me"_s);
    const QStringList logins { u"me"_s,     u"alice"_s, u"bob"_s,   u"chef"_s,
                               u"durand"_s, u"eve"_s,   u"farid"_s, u"gaelle"_s };
    const QList<Presence> presences = allValues<Presence>();
    QMap<QString, RosterEntry> expected; // what should show, by login
    std::mt19937 random(18);
    const auto randomEntry = [&] {
        RosterEntry e;
        e.login = logins.at(int(random() % logins.size()));
        e.name = e.login.toUpper() + u" <b>"_s; // names are text, never markup
        e.role = random() % 5 == 0 ? Role::Supervisor : Role::Gendarme;
        e.presence = presences.at(int(random() % presences.size()));
        e.capacity = 1 + int(random() % 10);
        e.load = int(random() % 12);
        return e;
    };
    for (int step = 0; step < 300; ++step) {
        const int op = int(random() % 10);
        if (op < 6) {
            const RosterEntry e = randomEntry();
            model.upsert(e);
            if (e.login != u"me"_s)
                expected.insert(e.login, e);
        } else if (op < 9) {
            QList<RosterEntry> all;
            expected.clear();
            for (int i = int(random() % 6); i > 0; --i) {
                const RosterEntry e = randomEntry();
                all.append(e);
                if (e.login != u"me"_s)
                    expected.insert(e.login, e); // the last one of a login wins
            }
            model.setEntries(all);
        } else {
            model.clear();
            expected.clear();
        }
        QCOMPARE(model.rowCount(), int(expected.size()));
        int row = 0;
        for (const RosterEntry &e : std::as_const(expected)) { // QMap: login order
            QCOMPARE(model.at(row), e);
            const QModelIndex name = model.index(row, RosterModel::NameColumn);
            QCOMPARE(name.data(RosterModel::LoginRole).toString(), e.login);
            QCOMPARE(model.index(row, RosterModel::LoadColumn).data().toString(),
                     u"%1 / %2"_s.arg(e.load).arg(e.capacity));
            // Only those who can take a conversation can be picked.
            QCOMPARE(model.flags(name).testFlag(Qt::ItemIsEnabled), e.canTake());
            QCOMPARE(model.rowOf(e.login), row);
            ++row;
        }
        QCOMPARE(model.rowOf(u"me"_s), -1);
    }
}

void TestItemModels::rosterFromTheCacheAndConsentState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"agent/cache.db"_s);
    {
        auto store = newStore(path);
        QVERIFY(store);
        // The server's events, as a sync would apply them.
        EventApplier applier(*store);
        const auto roster = [](const QString &login, const QString &presence, int load) {
            return Protocol::Event { 0,
                                     EventKind::AgentUpdated,
                                     1,
                                     0,
                                     { { u"login"_s, login },
                                       { u"name"_s, login.toUpper() },
                                       { u"role"_s, u"gendarme"_s },
                                       { u"presence"_s, presence },
                                       { u"capacity"_s, 3 },
                                       { u"load"_s, load } } };
        };
        QVERIFY(store->write([&]() -> Result<void> {
            for (const Protocol::Event &e :
                 { roster(u"agent"_s, u"available"_s, 0), roster(u"bob"_s, u"available"_s, 1),
                   roster(u"carla"_s, u"away"_s, 0), roster(u"bob"_s, u"busy"_s, 3) }) {
                if (auto r = applier.apply(e); !r)
                    return r.error();
            }
            return applier.flush();
        }));
    }
    Workstation workstation;
    workstation.setCachePath(path);
    workstation.setKdfCost(KdfCost::minimum());
    const Workstation::Account account { QUrl(u"http://127.0.0.1:9"_s), u"agent"_s };
    QVERIFY(workstation.open(account, kPassphrase));
    RosterModel *roster = workstation.roster();
    QAbstractItemModelTester tester(roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The agent at the desk is not in their own transfer list; the newest entry wins.
    QCOMPARE(roster->rowCount(), 2);
    QCOMPARE(roster->at(0).login, u"bob"_s);
    QCOMPARE(roster->at(0).presence, Presence::Busy);
    QCOMPARE(roster->at(0).load, 3);
    QVERIFY(!roster->at(0).canTake()); // full
    QCOMPARE(roster->at(1).login, u"carla"_s);
    QVERIFY(roster->at(1).canTake());
    // Nothing shown while locked.
    workstation.lock();
    QCOMPARE(roster->rowCount(), 0);
    QVERIFY(workstation.unlock(kPassphrase));
    QCOMPARE(roster->rowCount(), 2);

    // Consent: nothing asked yet, then asked (pending), nothing recorded.
    QVERIFY(!workstation.consentState(5).question);
    QVERIFY(workstation.consent(5).isEmpty());
}

// A colleague's conversation comes without what it says; once it is this
// agent's, the server sends its history again, below the cursor
// (docs/protocol.md, "Visibility"): the messages, the queue's excerpt and the
// consent of a redirection reach the cache all the same.
void TestItemModels::refilledHistoryReachesTheCache()
{
    QTemporaryDir dir;
    auto store = newStore(dir.filePath(u"agent/cache.db"_s));
    QVERIFY(store);
    EventApplier applier(*store);
    const qint64 id = 7;
    const auto message = [&](qint64 seq, const QString &uuid, const QString &text) {
        return Protocol::Event { seq,
                                 EventKind::MessageAdded,
                                 seq * 1000,
                                 id,
                                 { { u"message"_s, uuid },
                                   { u"author"_s, u"citizen"_s },
                                   { u"text"_s, text },
                                   { u"delivery"_s, u"delivered"_s } } };
    };
    const QJsonObject consent { { u"question"_s, u"q"_s },
                                { u"text"_s, u"Puis-je transmettre ?"_s },
                                { u"answer"_s, u"a"_s },
                                { u"agent"_s, u"bob"_s },
                                { u"at"_s, 5000 } };
    const QList<Protocol::Event> live {
        { 1,
          EventKind::ConversationOpened,
          1000,
          id,
          { { u"channel"_s, u"webchat"_s },
            { u"lang"_s, u"fr"_s },
            { u"reference"_s, u"R-7"_s },
            { u"state"_s, u"queued"_s } } },
        message(2, u"00000000-0000-4000-8000-000000000002"_s, u"Bonjour"_s),
        { 3, EventKind::ConversationClaimed, 3000, id, { { u"agent"_s, u"bob"_s } } },
        // 4 (a message), 5 (redirected) withheld: bob's.
        { 6, EventKind::ConversationClaimed, 6000, id, { { u"agent"_s, u"agent"_s } } },
    };
    const QList<Protocol::Event> refill {
        live.at(0),
        live.at(1),
        live.at(2),
        message(4, u"00000000-0000-4000-8000-000000000004"_s, u"Oui, transmettez"_s),
        { 5,
          EventKind::ConversationRedirected,
          5000,
          id,
          { { u"target"_s, u"brigade"_s }, { u"agent"_s, u"bob"_s }, { u"consent"_s, consent } } },
    };
    for (const QList<Protocol::Event> &batch : { live, refill }) {
        QVERIFY(store->write([&]() -> Result<void> {
            for (const Protocol::Event &e : batch) {
                if (auto r = applier.apply(e); !r)
                    return r.error();
            }
            return applier.flush();
        }));
    }
    QCOMPARE(store->messages(id).size(), 2);
    const auto c = store->conversation(id);
    QVERIFY(c);
    QCOMPARE(c->lastSeq, 6);
    QCOMPARE(c->owner, u"agent"_s);
    QCOMPARE(c->lastExcerpt, u"Oui, transmettez"_s);
    QCOMPARE(QJsonDocument::fromJson(store->consent(id).toUtf8()).object(), consent);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_item_models.moc"
