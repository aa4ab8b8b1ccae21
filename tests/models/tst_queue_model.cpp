// QueueModel: the order the server uses, filters, and live events applied row by
// row (inserts, updates, moves, removals; never a reset), checked by Qt's model
// tester. NotificationPolicy: what deserves a notification.
#include "app/models/notificationpolicy.h"
#include "app/models/queuemodel.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <random>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

Conversation make(qint64 id, qint64 deadline, ConversationState state = ConversationState::Queued)
{
    Conversation c;
    c.id = id;
    c.reference = u"BN-%1"_s.arg(id);
    c.citizen = u"Citoyen %1"_s.arg(id);
    c.deadline = deadline;
    c.state = state;
    c.lastExcerpt = u"message %1"_s.arg(id);
    return c;
}

QList<qint64> ids(const QueueModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.at(row).id);
    return out;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersLikeTheServer();
    void liveEventsNeverReset();
    void aLargeSyncBatchIsOneReset();
    void filters();
    void removeKeepsTheRest();
    void liveEventsUnderFiltersMatchAPlainRecount();
    void notifications();
};

void TestQueueModel::ordersLikeTheServer()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Conversation emergency = make(4, 9000);
    emergency.emergency = true;
    Conversation sgbv = make(5, 8000);
    sgbv.sgbv = true;
    Conversation closed = make(6, 1, ConversationState::Closed);
    model.load({ make(1, 3000), make(2, 1000), make(3, 2000), emergency, sgbv, closed });
    QCOMPARE(ids(model),
             (QList<qint64> { 4, 5, 2, 3, 1 })); // closed ones are filtered out by default
    QueueFilter any;
    any.states = QueueFilter::States::Any;
    model.setFilter(any);
    QCOMPARE(ids(model), (QList<qint64> { 4, 5, 2, 3, 1, 6 }));
}

void TestQueueModel::liveEventsNeverReset()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load({ make(1, 1000), make(2, 2000), make(3, 3000) });
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.upsert({ make(4, 1500) }); // new, between 1 and 2
    QCOMPARE(ids(model), (QList<qint64> { 1, 4, 2, 3 }));
    QCOMPARE(inserted.size(), 1);

    Conversation later = make(1, 5000); // deadline moved: goes last
    model.upsert({ later });
    QCOMPARE(ids(model), (QList<qint64> { 4, 2, 3, 1 }));
    QCOMPARE(moved.size(), 1);

    Conversation urgent = make(3, 3000);
    urgent.emergency = true; // flagged: goes first
    model.upsert({ urgent });
    QCOMPARE(ids(model), (QList<qint64> { 3, 4, 2, 1 }));

    Conversation read = make(2, 2000);
    read.unread = 0;
    read.lastExcerpt = u"nouveau"_s; // same place: updated in place
    model.upsert({ read });
    QCOMPARE(ids(model), (QList<qint64> { 3, 4, 2, 1 }));
    QCOMPARE(model.at(2).lastExcerpt, u"nouveau"_s);

    model.upsert({ make(4, 1500, ConversationState::Closed) }); // closed: leaves the open view
    QCOMPARE(ids(model), (QList<qint64> { 3, 2, 1 }));
    QCOMPARE(removed.size(), 1);
    QVERIFY(changed.size() >= 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.totalCount(), 4);
}

void TestQueueModel::aLargeSyncBatchIsOneReset()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load({ make(1, 1000), make(2, 2000) });
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<Conversation> batch;
    for (qint64 id = 100; id < 100 + QueueModel::kLargeBatch + 1; ++id)
        batch.append(make(id, 5000 - id));
    batch.append(make(1, 9000)); // an update among them: goes last
    model.upsert(batch);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), QueueModel::kLargeBatch + 3);
    QCOMPARE(model.at(model.rowCount() - 1).id, 1);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.at(row - 1).deadline <= model.at(row).deadline);
}

void TestQueueModel::filters()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAgent(u"moi"_s, u"rennes"_s);
    Conversation mine = make(1, 1000, ConversationState::Claimed);
    mine.owner = u"moi"_s;
    mine.team = u"rennes"_s;
    Conversation english = make(2, 2000);
    english.lang = Language::En;
    english.team = u"rennes"_s;
    Conversation messenger = make(3, 3000);
    messenger.channel = Channel::Messenger;
    messenger.citizen = u"Jeanne Passeport"_s;
    messenger.team = u"lyon"_s;
    model.load({ mine, english, messenger });

    QueueFilter f;
    f.scope = QueueFilter::Scope::Mine;
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 1 }));
    f = {};
    f.scope = QueueFilter::Scope::Team;
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 1, 2 }));
    f = {};
    f.lang = Language::En;
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 2 }));
    f = {};
    f.channel = Channel::Messenger;
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 3 }));
    f = {};
    f.search = u"passeport"_s; // case-insensitive, on the name too
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 3 }));
    f = {};
    f.states = QueueFilter::States::Queued;
    model.setFilter(f);
    QCOMPARE(ids(model), (QList<qint64> { 2, 3 }));
    f = {};
    f.flaggedOnly = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    // A live event under a filter lands only if it matches.
    Conversation flagged = make(9, 500);
    flagged.sgbv = true;
    model.upsert({ make(8, 100), flagged });
    QCOMPARE(ids(model), (QList<qint64> { 9 }));
    QCOMPARE(model.rowOf(8), -1);
    QCOMPARE(model.conversation(8)->id, 8);
}

void TestQueueModel::removeKeepsTheRest()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load({ make(1, 1000), make(2, 2000), make(3, 3000), make(4, 4000) });
    model.remove(1);
    model.remove(3);
    QCOMPARE(ids(model), (QList<qint64> { 2, 4 }));
    model.upsert({ make(4, 10) });
    QCOMPARE(ids(model), (QList<qint64> { 4, 2 }));
    QCOMPARE(model.totalCount(), 2);
}

void TestQueueModel::liveEventsUnderFiltersMatchAPlainRecount()
{
    // Random live events, removals and filters (searches included) against the queue
    // recomputed from scratch: the queue order and the waiting count are kept row by row.
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::mt19937 rng(11);
    const auto roll = [&rng](int n) {
        return int(rng() % unsigned(n));
    };
    QMap<qint64, Conversation> known;
    const auto random = [&](qint64 id) {
        Conversation c = make(id, 1000 + roll(50) * 100,
                              ConversationState(roll(3))); // queued, claimed or closed
        c.closedAt = c.state == ConversationState::Closed ? 1 + roll(20) : 0;
        c.lang = Language(roll(5));
        c.channel = Channel(roll(4));
        c.emergency = roll(8) == 0;
        c.sgbv = roll(8) == 0;
        c.subject = roll(3) == 0 ? u"Demande de PASSEPORT"_s : QString();
        c.lastExcerpt = roll(4) == 0 ? u"mon passeport est perdu"_s : u"message %1"_s.arg(id);
        return c;
    };
    const QList<QueueFilter> filters = [] {
        QueueFilter open, any, search, lang, flagged, searchAny;
        any.states = QueueFilter::States::Any;
        search.search = u"Passe"_s;
        lang.lang = Language::En;
        flagged.flaggedOnly = true;
        searchAny.states = QueueFilter::States::Any;
        searchAny.search = u"perdu"_s;
        return QList<QueueFilter> { open, any, search, lang, flagged, searchAny };
    }();
    const auto expected = [&] {
        const QueueFilter &f = model.filter();
        QList<Conversation> rows;
        for (const Conversation &c : std::as_const(known)) {
            const bool closed = c.state == ConversationState::Closed;
            if ((f.states == QueueFilter::States::Open && closed) || (f.lang && c.lang != *f.lang)
                || (f.flaggedOnly && !c.emergency && !c.sgbv))
                continue;
            if (!f.search.isEmpty() && !c.citizen.contains(f.search, Qt::CaseInsensitive)
                && !c.reference.contains(f.search, Qt::CaseInsensitive)
                && !c.subject.contains(f.search, Qt::CaseInsensitive)
                && !c.lastExcerpt.contains(f.search, Qt::CaseInsensitive))
                continue;
            rows.append(c);
        }
        const auto key = [](const Conversation &c) {
            const bool closed = c.state == ConversationState::Closed;
            return std::tuple(closed, !c.emergency, !c.sgbv, closed ? -c.closedAt : c.deadline,
                              c.id);
        };
        std::sort(rows.begin(), rows.end(),
                  [&](const Conversation &a, const Conversation &b) { return key(a) < key(b); });
        QList<qint64> out;
        for (const Conversation &c : std::as_const(rows))
            out.append(c.id);
        return out;
    };
    const auto waiting = [&] {
        return int(std::count_if(known.cbegin(), known.cend(), [](const Conversation &c) {
            return c.state == ConversationState::Queued;
        }));
    };

    QList<Conversation> initial;
    for (qint64 id = 1; id <= 30; ++id)
        initial.append(known[id] = random(id));
    model.load(initial);
    qint64 next = 31;
    for (int step = 0; step < 400; ++step) {
        const int what = roll(10);
        if (what == 0) {
            model.setFilter(filters.at(roll(int(filters.size()))));
        } else if (what == 1 && !known.isEmpty()) {
            const qint64 id = std::next(known.cbegin(), roll(int(known.size()))).key();
            known.remove(id);
            model.remove(id);
        } else {
            QList<Conversation> batch;
            for (int i = roll(3); i >= 0; --i) {
                const qint64 id = roll(3) == 0 || known.isEmpty()
                    ? next++
                    : std::next(known.cbegin(), roll(int(known.size()))).key();
                known[id] = random(id);
                batch.append(known[id]);
            }
            model.upsert(batch);
        }
        QCOMPARE(ids(model), expected());
        QCOMPARE(model.waitingCount(), waiting());
        QCOMPARE(model.totalCount(), int(known.size()));
    }
}

void TestQueueModel::notifications()
{
    NotificationPolicy policy;
    policy.setAgent(u"moi"_s);
    Conversation chat = make(1, 1000);
    QCOMPARE(policy.consider(std::nullopt, chat)->kind, Notification::Kind::NewChat);
    Conversation form = chat;
    form.channel = Channel::WebForm;
    QVERIFY(!policy.consider(std::nullopt, form)); // a message, not a live chat
    Conversation atRisk = chat;
    atRisk.sla = SlaState::AtRisk;
    QCOMPARE(policy.consider(chat, atRisk)->kind, Notification::Kind::AtRisk);
    Conversation others = atRisk;
    others.state = ConversationState::Claimed;
    others.owner = u"quelqu'un"_s;
    Conversation othersBefore = chat;
    othersBefore.state = ConversationState::Claimed;
    othersBefore.owner = u"quelqu'un"_s;
    QVERIFY(!policy.consider(othersBefore, others)); // someone else's conversation
    policy.setPresence(Presence::Busy);
    QVERIFY(!policy.consider(std::nullopt, chat));
    QVERIFY(!policy.consider(chat, atRisk));
    Conversation emergency = chat;
    emergency.emergency = true;
    QCOMPARE(policy.consider(chat, emergency)->kind,
             Notification::Kind::Emergency); // never silenced
    QVERIFY(!policy.consider(emergency, emergency)); // once

    // Without the agent's choice, no citizen's name leaves for the desktop.
    Conversation named = make(2, 1000);
    named.citizen = u"Camille Martin"_s;
    named.reference = u"WC-42"_s;
    policy.setPresence(Presence::Available);
    QVERIFY(!policy.showCitizenNames());
    const auto anonymous = policy.consider(std::nullopt, named);
    QVERIFY(anonymous);
    QVERIFY(!anonymous->body.contains(u"Camille"_s));
    QVERIFY(anonymous->body.contains(u"WC-42"_s));
    policy.setShowCitizenNames(true);
    QVERIFY(policy.consider(std::nullopt, named)->body.contains(u"Camille Martin"_s));
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queue_model.moc"
