// guichet-cli faq search, run as a program: the contract of DESIGN.md (--kb, --lang, --limit,
// --json with {"id","lang","score"} best first), on a knowledge base of another domain, and
// the exit codes of docs/cli.md.
#include "tests/support/childprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kMiniKb = QStringLiteral(GUICHET_TEST_DATA "/faq/mini-kb.jsonl");
const QString kMiniSynonyms = QStringLiteral(GUICHET_TEST_DATA "/faq/mini-synonyms.json");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QStringList ids() const
    {
        QStringList result;
        for (const QJsonValue &hit : json().array())
            result.append(hit[u"id"_s].toString());
        return result;
    }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    Guichet::Test::dieWithTest(process);
    process.start(QStringLiteral(GUICHET_CLI), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList search(const QStringList &extra)
{
    return QStringList { u"--json"_s, u"faq"_s, u"search"_s } + extra;
}

} // namespace

class TestFaqCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHitsBestFirst();
    void findsAcrossLanguagesAndLimits();
    void answerLanguage();
    void noMatchIsAnEmptyArray();
    void textOutput();
    void usageErrors_data();
    void usageErrors();
    void fileErrors();
    void skippedLinesAreWarnings();
    void defaultBaseIsTheShippedOne();
    void customSynonyms();

private:
    QTemporaryDir m_dir;
};

void TestFaqCli::jsonHitsBestFirst()
{
    const Run run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"justificatif"_s,
                                 u"de"_s, u"domicile"_s, u"mairie"_s }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.json().isArray(), run.out.constData());
    const QJsonArray hits = run.json().array();
    QCOMPARE(hits.size(), 2);
    double previous = 1e9;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QCOMPARE(hit.keys(), (QStringList { u"answerLang"_s, u"id"_s, u"lang"_s, u"score"_s }));
        QCOMPARE(hit[u"lang"_s].toString(), u"fr"_s);
        // Both entries exist in French, the query's language and so the answer's.
        QCOMPARE(hit[u"answerLang"_s].toString(), u"fr"_s);
        QVERIFY(hit[u"score"_s].isDouble());
        QVERIFY(hit[u"score"_s].toDouble() > 0);
        QVERIFY(hit[u"score"_s].toDouble() <= previous);
        previous = hit[u"score"_s].toDouble();
    }
    QCOMPARE(run.ids(), (QStringList { u"passport-appointment"_s, u"parking-permit"_s }));
}

void TestFaqCli::findsAcrossLanguagesAndLimits()
{
    Run run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"en"_s, u"bulky"_s, u"waste"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids(), QStringList { u"bulky-waste"_s });
    // "library-card" exists only in German: an English search falls back to it.
    run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"en"_s, u"Bibliothek"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids(), QStringList { u"library-card"_s });
    QCOMPARE(run.json().array().at(0)[u"lang"_s].toString(), u"de"_s);
    // --limit, and the last word as a prefix.
    run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--limit"_s, u"1"_s,
                       u"justificatif"_s, u"mair"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids().size(), 1);
}

void TestFaqCli::answerLanguage()
{
    // The agent searches in French for an English-speaking citizen: the English version
    // when there is one, the French one (to translate) when there is not.
    Run run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--answer-lang"_s, u"en"_s,
                           u"passeport"_s, u"stationnement"_s }));
    QCOMPARE(run.exitCode, 0);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &hit : run.json().array())
        byId.insert(hit[u"id"_s].toString(), hit.toObject());
    QCOMPARE(byId.size(), 2);
    QCOMPARE(byId[u"passport-appointment"_s][u"lang"_s].toString(), u"fr"_s);
    QCOMPARE(byId[u"passport-appointment"_s][u"answerLang"_s].toString(), u"en"_s);
    QCOMPARE(byId[u"parking-permit"_s][u"lang"_s].toString(), u"fr"_s);
    QCOMPARE(byId[u"parking-permit"_s][u"answerLang"_s].toString(), u"fr"_s);
    // In text, the language found, then the one returned, and what is missing.
    run = cli({ u"faq"_s, u"search"_s, u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--answer-lang"_s,
                u"en"_s, u"passeport"_s, u"stationnement"_s });
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"passport-appointment [fr→en]  How do I book"_s), run.out.constData());
    QVERIFY2(text.contains(u"parking-permit [fr]"_s), run.out.constData());
    QVERIFY(text.contains(u"(no en translation)"_s));
    // An English query finds the French-only entry through the shipped lexicon.
    run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"en"_s, u"resident"_s, u"parking"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids().value(0), u"parking-permit"_s);
    QCOMPARE(run.json().array().at(0)[u"answerLang"_s].toString(), u"fr"_s);
    // A language that does not exist is a usage error.
    run = cli(search(
        { u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--answer-lang"_s, u"pt"_s, u"passeport"_s }));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("invalid_value"), run.out.constData());
}

void TestFaqCli::noMatchIsAnEmptyArray()
{
    const Run run =
        cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"xyzzy"_s, u"plugh"_s }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().isArray());
    QVERIFY(run.json().array().isEmpty());
}

void TestFaqCli::textOutput()
{
    const Run run =
        cli({ u"faq"_s, u"search"_s, u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"encombrants"_s });
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"bulky-waste [fr]"_s), run.out.constData());
    QVERIFY(text.contains(u"Quand passent les encombrants ?"_s));
    QVERIFY(!text.contains(u'{'));
}

void TestFaqCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown language")
        << QStringList { u"--kb"_s, kMiniKb, u"--lang"_s, u"pt"_s, u"x"_s };
    QTest::newRow("no language") << QStringList { u"--kb"_s, kMiniKb, u"passport"_s };
    QTest::newRow("no query") << QStringList { u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s };
    QTest::newRow("limit zero") << QStringList { u"--kb"_s,    kMiniKb, u"--lang"_s, u"fr"_s,
                                                 u"--limit"_s, u"0"_s,  u"x"_s };
    QTest::newRow("limit not a number")
        << QStringList { u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--limit"_s, u"ten"_s, u"x"_s };
    QTest::newRow("unknown option")
        << QStringList { u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"--fuzzy"_s, u"x"_s };
}

void TestFaqCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(search(arguments));
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error = run.json()[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), u"invalid_value"_s);
    QVERIFY(!error[u"message"_s].toString().isEmpty());
}

void TestFaqCli::fileErrors()
{
    QVERIFY(m_dir.isValid());
    Run run = cli(
        search({ u"--kb"_s, m_dir.filePath(u"missing.jsonl"_s), u"--lang"_s, u"fr"_s, u"x"_s }));
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.json()[u"error"_s][u"code"_s].toString(), u"not_found"_s);

    // A file that is not a knowledge base at all.
    const QString image = m_dir.filePath(u"image.png"_s);
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    file.close();
    run = cli(search({ u"--kb"_s, image, u"--lang"_s, u"fr"_s, u"x"_s }));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[u"error"_s][u"code"_s].toString(), u"malformed_json"_s);

    // Text mode: the reason on stderr, nothing on stdout.
    run = cli({ u"faq"_s, u"search"_s, u"--kb"_s, m_dir.path(), u"--lang"_s, u"fr"_s, u"x"_s });
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("guichet-cli:"));
}

void TestFaqCli::skippedLinesAreWarnings()
{
    QFile source(kMiniKb);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray data = source.readAll();
    const qsizetype second = data.indexOf('\n') + 1;
    data.insert(second, "{\"id\": \"broken\", \"lang\": \"fr\"}\n"); // line 2: no question
    const QString path = m_dir.filePath(u"with-bad-line.jsonl"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    const Run run = cli(search({ u"--kb"_s, path, u"--lang"_s, u"fr"_s, u"encombrants"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids(), QStringList { u"bulky-waste"_s }); // stdout stays one JSON document
    QVERIFY2(run.err.contains("line 2: question"), run.err.constData());
}

void TestFaqCli::defaultBaseIsTheShippedOne()
{
    const Run run = cli(search({ u"--lang"_s, u"fr"_s, u"cambriolage"_s, u"que"_s, u"faire"_s }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.ids().contains(u"burglary-what-to-do"_s), run.out.constData());
}

void TestFaqCli::customSynonyms()
{
    // "ordures" is in neither the mini base nor the shipped synonyms.
    Run run = cli(search({ u"--kb"_s, kMiniKb, u"--lang"_s, u"fr"_s, u"ordures"_s, u"lundi"_s }));
    QCOMPARE(run.ids(), QStringList { u"bulky-waste"_s });
    QVERIFY(run.json().array().at(0)[u"score"_s].toDouble() > 0);
    const double withoutSynonyms = run.json().array().at(0)[u"score"_s].toDouble();
    run = cli(search({ u"--kb"_s, kMiniKb, u"--synonyms"_s, kMiniSynonyms, u"--lang"_s, u"fr"_s,
                       u"ordures"_s, u"lundi"_s }));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids(), QStringList { u"bulky-waste"_s });
    QVERIFY(run.json().array().at(0)[u"score"_s].toDouble() > withoutSynonyms);

    run = cli(search({ u"--kb"_s, kMiniKb, u"--synonyms"_s, m_dir.filePath(u"none.json"_s),
                       u"--lang"_s, u"fr"_s, u"x"_s }));
    QCOMPARE(run.exitCode, 7);
}

QTEST_GUILESS_MAIN(TestFaqCli)
#include "tst_faq_cli.moc"
