// The supervisor page's models without a window: the figure tables (in-place
// updates under QAbstractItemModelTester, so views keep selection and scroll) and
// the roster's "last reply" column.
#include "app/models/figuretablemodel.h"
#include "app/models/rostermodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Guichet;

class TestSupervisorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figureTableUnderRandomUpdates();
    void figureTableChangesOnlyWhatChanged();
    void rosterSaysWhenEachAgentLastReplied();
};

void TestSupervisorModels::figureTableUnderRandomUpdates()
{
    FigureTableModel model({ u"Channel"_s, u"Waiting"_s });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::mt19937 random(18);
    const QStringList keys { u"webchat"_s, u"webform"_s, u"messenger"_s, u"twitter"_s };
    for (int round = 0; round < 300; ++round) {
        QList<FigureTableModel::Row> rows;
        QHash<QString, qint64> expected;
        for (const QString &key : keys) {
            if (random() % 4 == 0)
                continue; // sometimes a key comes or goes
            const qint64 count = qint64(random() % 20);
            rows.append({ key, { key.toUpper(), count } });
            expected.insert(key, count);
        }
        model.setRows(rows);
        QCOMPARE(model.rowCount(), int(rows.size()));
        QCOMPARE(model.columnCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString key = model.index(row, 0).data(FigureTableModel::KeyRole).toString();
            QCOMPARE(model.rowOf(key), row);
            QCOMPARE(model.index(row, 0).data().toString(), key.toUpper());
            QCOMPARE(model.index(row, 1).data().toLongLong(), expected.value(key));
            QCOMPARE(model.value(key).toLongLong(), expected.value(key));
        }
    }
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Waiting"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(u"webchat"_s), -1);
    QCOMPARE(model.value(u"webchat"_s).toInt(), 0);
}

void TestSupervisorModels::figureTableChangesOnlyWhatChanged()
{
    FigureTableModel model({ u"Queue"_s, u"Conversations"_s });
    model.setRows({ { u"waiting"_s, { u"Waiting"_s, 3 } }, { u"atRisk"_s, { u"At risk"_s, 1 } } });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The same figures: nothing is said.
    model.setRows({ { u"waiting"_s, { u"Waiting"_s, 3 } }, { u"atRisk"_s, { u"At risk"_s, 1 } } });
    QCOMPARE(changed.size(), 0);
    // One figure moves: one row changes, in place.
    model.setRows({ { u"waiting"_s, { u"Waiting"_s, 4 } }, { u"atRisk"_s, { u"At risk"_s, 1 } } });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.value(u"waiting"_s).toInt(), 4);
    // Numbers right-aligned, labels not.
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
}

void TestSupervisorModels::rosterSaysWhenEachAgentLastReplied()
{
    RosterModel roster;
    QAbstractItemModelTester tester(&roster,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto entry = [](const QString &login) {
        RosterEntry e;
        e.login = login;
        e.name = login;
        e.role = Role::Gendarme;
        e.capacity = 5;
        return e;
    };
    roster.setEntries({ entry(u"alice"_s), entry(u"bob"_s), entry(u"chef"_s) });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    roster.setLastReplies(
        { { u"alice"_s, now - 5 * 60000 - 1000 }, { u"bob"_s, now - 3 * 3600000 } });
    const auto text = [&](const QString &login) {
        return roster.index(roster.rowOf(login), RosterModel::LastReplyColumn).data().toString();
    };
    QCOMPARE(text(u"alice"_s), u"5 min ago"_s);
    QCOMPARE(text(u"bob"_s), u"3 h ago"_s);
    QCOMPARE(text(u"chef"_s), u"—"_s);
    QCOMPARE(roster.index(roster.rowOf(u"chef"_s), 0).data(RosterModel::LastReplyRole).toLongLong(),
             0);

    QSignalSpy changed(&roster, &QAbstractItemModel::dataChanged);
    // A reply seen on the stream: that agent's cell changes, and only it.
    roster.noteReply(u"bob"_s, now);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), roster.rowOf(u"bob"_s));
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(RosterModel::LastReplyColumn));
    QCOMPARE(text(u"bob"_s), u"just now"_s);
    // An older one (a history page arriving late) does not go back in time.
    roster.noteReply(u"bob"_s, now - 3600000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(roster.index(roster.rowOf(u"bob"_s), 0).data(RosterModel::LastReplyRole).toLongLong(),
             now);
    QCOMPARE(roster.headerData(RosterModel::LastReplyColumn, Qt::Horizontal).toString(),
             u"Last reply"_s);
}

QTEST_GUILESS_MAIN(TestSupervisorModels)
#include "tst_supervisor_models.moc"
