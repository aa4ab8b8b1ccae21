#include "../testutil.h"
#include "protocol/enums.h"
#include "protocol/limits.h"
#include "protocol/logging.h"
#include "protocol/uuid.h"
#include "protocol/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;

class TestProtocolValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uuids_data();
    void uuids();
    void logins_data();
    void logins();
    void tokens();
    void urls();
    void text();
    void codePoints();
    void enumNamesAreUniqueAndRoundTrip();
    void redactionHidesTheValue();
    void newUuidsAreValidVersion7AndOrdered();
};

void TestProtocolValidation::uuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("canonical") << u"0f8fad5b-d9cb-469f-a165-70867728950e"_s << true;
    QTest::newRow("uppercase") << u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s << false;
    QTest::newRow("braces") << u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_s << false;
    QTest::newRow("short") << u"0f8fad5b-d9cb-469f-a165-70867728950"_s << false;
    QTest::newRow("no-dashes") << u"0f8fad5bd9cb469fa16570867728950e0000"_s << false;
    QTest::newRow("non-hex") << u"0f8fad5b-d9cb-469f-a165-70867728950g"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProtocolValidation::uuids()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidUuid(text), valid);
}

void TestProtocolValidation::logins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"martin"_s << true;
    QTest::newRow("dotted") << u"gnd.martin-2"_s << true;
    QTest::newRow("one-char") << u"a"_s << false;
    QTest::newRow("leading-dot") << u".martin"_s << false;
    QTest::newRow("uppercase") << u"Martin"_s << false;
    QTest::newRow("space") << u"gnd martin"_s << false;
    QTest::newRow("accent") << u"hélène"_s << false;
    QTest::newRow("too-long") << QString(33, u'a') << false;
}

void TestProtocolValidation::logins()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidLogin(text), valid);
}

void TestProtocolValidation::tokens()
{
    QVERIFY(isValidToken(u"abcdefghijklmnop"));
    QVERIFY(isValidToken(u"AbC-_0123456789xyz"));
    QVERIFY(!isValidToken(u"short"));
    QVERIFY(!isValidToken(u"abcdefghijklmnop="));
    QVERIFY(!isValidToken(QString(kMaxTokenChars + 1, u'a')));
}

void TestProtocolValidation::urls()
{
    QVERIFY(isValidHttpUrl(u"https://www.internet-signalement.gouv.fr"));
    QVERIFY(isValidHttpUrl(u"http://localhost:8080/x?y=1"));
    QVERIFY(!isValidHttpUrl(u"javascript:alert(1)"));
    QVERIFY(!isValidHttpUrl(u"https://a b"));
    QVERIFY(!isValidHttpUrl(u"data:text/html,<script>"));
}

void TestProtocolValidation::text()
{
    QVERIFY(checkText(u"Bonjour\nça va ?\t👍", 100, true, u"t"_s).ok());
    QCOMPARE(checkText(u"Bonjour\nça va ?", 100, false, u"t"_s).error().code,
             ErrorCode::InvalidValue);
    QCOMPARE(checkText(u"abc", 2, false, u"t"_s).error().code, ErrorCode::TextTooLong);
    const QChar lone[] = { QChar(0xdc00) };
    QCOMPARE(checkText(QStringView(lone, 1), 10, false, u"t"_s).error().code,
             ErrorCode::InvalidUtf8);
    const QChar nul[] = { u'a', QChar(0) };
    QCOMPARE(checkText(QStringView(nul, 2), 10, true, u"t"_s).error().field, u"t"_s);
}

void TestProtocolValidation::codePoints()
{
    QCOMPARE(codePointCount(u"abc"), 3);
    QCOMPARE(codePointCount(u"😀😀"), 2);
    QCOMPARE(codePointCount(u"é"), 1);
}

void TestProtocolValidation::enumNamesAreUniqueAndRoundTrip()
{
    const auto check = [](auto values) {
        QSet<QString> names;
        for (const auto value : values) {
            const QString name = wireName(value);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(fromWireName<std::remove_const_t<decltype(value)>>(name),
                     std::optional(value));
        }
    };
    check(allValues<Channel>());
    check(allValues<Language>());
    check(allValues<Role>());
    check(allValues<Presence>());
    check(allValues<ConversationState>());
    check(allValues<SlaState>());
    check(allValues<Outcome>());
    check(allValues<RedirectTarget>());
    check(allValues<Author>());
    check(allValues<DeliveryState>());
    check(allValues<EventKind>());
    check(allValues<CommandOp>());
    check(allValues<ChatStatus>());
    QVERIFY(!fromWireName<Language>(u"FR"));
}

void TestProtocolValidation::redactionHidesTheValue()
{
    setRedactionKey("fixed key for the test");
    const QString tag = redact(u"+33612345678");
    QVERIFY(!tag.contains(u"3361"));
    QCOMPARE(tag, redact(u"+33612345678"));
    QVERIFY(tag != redact(u"+33612345679"));
    setRedactionKey("another key");
    QVERIFY(tag != redact(u"+33612345678"));
}

void TestProtocolValidation::newUuidsAreValidVersion7AndOrdered()
{
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString id = newUuid();
        QVERIFY2(isValidUuid(id), qPrintable(id));
        QCOMPARE(id[14], u'7');
        QVERIFY(QStringView(u"89ab").contains(id[19]));
        QVERIFY2(id > previous, qPrintable(previous + u" then "_s + id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
}

QTEST_GUILESS_MAIN(TestProtocolValidation)
#include "tst_protocol_validation.moc"
