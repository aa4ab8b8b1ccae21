// The report's CSV fields (app/reports/csv.h): RFC 4180 quoting, and text that a
// spreadsheet would run as a formula kept as text.
#include "app/reports/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet::Reports;

class TestCliCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void formulasStayText_data();
    void formulasStayText();
    void recordsEndWithCrlf();
};

void TestCliCsv::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"webchat"_s << u"webchat"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"dit \"non\""_s << u"\"dit \"\"non\"\"\""_s;
    QTest::newRow("line break") << u"un\ndeux"_s << u"\"un\ndeux\""_s;
    QTest::newRow("crlf") << u"un\r\ndeux"_s << u"\"un\r\ndeux\""_s;
    QTest::newRow("accents") << u"Thésée"_s << u"Thésée"_s;
}

void TestCliCsv::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(csvText(text), field);
    QCOMPARE(csvPlain(text), field);
}

void TestCliCsv::formulasStayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("+") << u"+33 6 12"_s << u"'+33 6 12"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("cr") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("inside") << u"a=b"_s << u"a=b"_s;
}

void TestCliCsv::formulasStayText()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(csvText(text), field);
}

void TestCliCsv::recordsEndWithCrlf()
{
    QCOMPARE(csvRecord({ u"a"_s, csvText(u"b,c"_s), QString() }), u"a,\"b,c\",\r\n"_s);
    // Timestamps this program wrote are never prefixed.
    QCOMPARE(csvPlain(u"-0001-01-01"_s), u"-0001-01-01"_s);
}

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
