// The knowledge base's JSON Lines format (FaqFile) and the synonyms file (FaqSynonyms):
// valid files, malformed lines reported with their number and field, the policy on bad
// lines, and the fast line reader held to FaqEntry::fromJson's verdicts.
#include "app/faq/faqfile.h"
#include "app/faq/faqreader_p.h"
#include "app/faq/faqsynonyms.h"
#include "tests/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

QJsonObject entryObject(const QString &id, const QString &lang = u"fr"_s)
{
    return { { u"id"_s, id },
             { u"lang"_s, lang },
             { u"question"_s, u"Que faire après le vol de mon vélo ?"_s },
             { u"answer"_s, u"Déposez plainte.\nGardez la facture."_s },
             { u"keywords"_s, QJsonArray { u"vélo"_s, u"vol"_s } },
             { u"links"_s, QJsonArray { u"https://www.masecurite.interieur.gouv.fr"_s } } };
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray with(const QString &key, const QJsonValue &value)
{
    QJsonObject object = entryObject(u"topic"_s);
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return line(object);
}

//! The reference verdict: QJsonDocument and FaqEntry::fromJson.
std::optional<FaqEntry> reference(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    auto entry = FaqEntry::fromJson(document.object());
    if (!entry)
        return std::nullopt;
    return *entry;
}

} // namespace

class TestFaqFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidLines();
    void malformedLines_data();
    void malformedLines();
    void skipsBadLinesAndKeepsTheRest();
    void duplicatesKeepTheFirst();
    void failsWhenNothingIsValid();
    void emptyFileIsAnEmptyBase();
    void largeFileReadInParallelKeepsOrderAndLineNumbers();
    void readFromDisk();
    void serializeRoundTrips();
    void fastReaderAgreesWithFromJson();
    void synonyms();
    void synonymErrors_data();
    void synonymErrors();
};

void TestFaqFile::readsValidLines()
{
    const QByteArray data = "\xEF\xBB\xBF" + line(entryObject(u"a"_s)) + "\r\n\n   \n"
        + line(entryObject(u"b"_s, u"en"_s)) + "\r\n" + line(entryObject(u"a"_s, u"de"_s));
    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QVERIFY(file->errors.isEmpty());
    QCOMPARE(file->entries.size(), 3);
    QCOMPARE(file->entries[0].id, u"a"_s);
    QCOMPARE(file->entries[1].lang, Language::En);
    QCOMPARE(file->entries[2].lang, Language::De);
    QCOMPARE(file->entries[0].answer, u"Déposez plainte.\nGardez la facture."_s);
    QCOMPARE(file->entries[0].keywords, (QStringList { u"vélo"_s, u"vol"_s }));
    // The reader's result is exactly FaqEntry::fromJson's.
    QCOMPARE(file->entries[0], *FaqEntry::fromJson(entryObject(u"a"_s)));
}

void TestFaqFile::malformedLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{\"id\": \"a\",") << ErrorCode::MalformedJson
                              << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << ErrorCode::NotAnObject << QString();
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"id\": \"\xff\xfe\"}") << ErrorCode::InvalidUtf8 << QString();
    QTest::newRow("missing question")
        << with(u"question"_s, QJsonValue::Undefined) << ErrorCode::MissingField << u"question"_s;
    QTest::newRow("null answer") << with(u"answer"_s, QJsonValue::Null) << ErrorCode::MissingField
                                 << u"answer"_s;
    QTest::newRow("blank question")
        << with(u"question"_s, u"   "_s) << ErrorCode::InvalidValue << u"question"_s;
    QTest::newRow("question too long")
        << with(u"question"_s, QString(501, u'x')) << ErrorCode::TextTooLong << u"question"_s;
    QTest::newRow("new line in the question")
        << with(u"question"_s, u"a\nb"_s) << ErrorCode::InvalidValue << u"question"_s;
    QTest::newRow("id with a space")
        << with(u"id"_s, u"vol velo"_s) << ErrorCode::InvalidValue << u"id"_s;
    QTest::newRow("id as a number") << with(u"id"_s, 12) << ErrorCode::WrongType << u"id"_s;
    QTest::newRow("unknown language")
        << with(u"lang"_s, u"pt"_s) << ErrorCode::InvalidValue << u"lang"_s;
    QTest::newRow("link not http") << with(u"links"_s, QJsonArray { u"ftp://example.org"_s })
                                   << ErrorCode::InvalidValue << u"links"_s;
    QTest::newRow("keyword not a string")
        << with(u"keywords"_s, QJsonArray { 1 }) << ErrorCode::InvalidValue << u"keywords"_s;
    QTest::newRow("keywords not an array")
        << with(u"keywords"_s, u"vol"_s) << ErrorCode::WrongType << u"keywords"_s;
    QJsonArray many;
    for (int i = 0; i < 65; ++i)
        many.append(u"mot"_s);
    QTest::newRow("too many keywords")
        << with(u"keywords"_s, many) << ErrorCode::InvalidValue << u"keywords"_s;
}

void TestFaqFile::malformedLines()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    // A bad line between two good ones: reported with its number, the others kept.
    const QByteArray data =
        line(entryObject(u"first"_s)) + '\n' + text + '\n' + line(entryObject(u"last"_s));
    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QCOMPARE(file->entries.size(), 2);
    QCOMPARE(file->errors.size(), 1);
    const FaqLineError &error = file->errors.constFirst();
    QCOMPARE(error.line, 2);
    QCOMPARE(error.error.code, code);
    QCOMPARE(error.error.field, field);
    QVERIFY(!error.error.message.isEmpty());
    QVERIFY(error.toString().startsWith(u"line 2: "_s));
    QVERIFY(!Internal::readEntryFast(text)); // never accepted by the fast path either
}

void TestFaqFile::skipsBadLinesAndKeepsTheRest()
{
    QByteArray data;
    for (int i = 1; i <= 10; ++i)
        data += (i % 3 == 0 ? QByteArray("oops") : line(entryObject(u"e%1"_s.arg(i)))) + '\n';
    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QCOMPARE(file->entries.size(), 7);
    QCOMPARE(file->errors.size(), 3);
    QCOMPARE(file->errors[0].line, 3);
    QCOMPARE(file->errors[1].line, 6);
    QCOMPARE(file->errors[2].line, 9);
    QCOMPARE(file->entries.last().id, u"e10"_s);
}

void TestFaqFile::duplicatesKeepTheFirst()
{
    QJsonObject second = entryObject(u"a"_s);
    second.insert(u"question"_s, u"Deuxième version ?"_s);
    const QByteArray data = line(entryObject(u"a"_s)) + '\n' + line(entryObject(u"a"_s, u"en"_s))
        + '\n' + line(second) + '\n';
    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QCOMPARE(file->entries.size(), 2);
    QCOMPARE(file->entries[0].question, entryObject(u"a"_s).value(u"question"_s).toString());
    QCOMPARE(file->errors.size(), 1);
    QCOMPARE(file->errors[0].line, 3);
    QCOMPARE(file->errors[0].error.field, u"id"_s);
    QVERIFY(file->errors[0].error.message.contains(u"line 1"_s));
}

void TestFaqFile::failsWhenNothingIsValid()
{
    auto png = FaqFile::parse(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QVERIFY(!png.ok());
    QCOMPARE(png.error().code, ErrorCode::MalformedJson);
    QVERIFY(png.error().message.contains(u"line 1"_s));
    auto text = FaqFile::parse("hello\nworld\n");
    QVERIFY(!text.ok());
}

void TestFaqFile::emptyFileIsAnEmptyBase()
{
    for (const QByteArray &data : { QByteArray(), QByteArray("\n\n  \r\n") }) {
        auto file = FaqFile::parse(data);
        QVERIFY(file.ok());
        QVERIFY(file->entries.isEmpty());
        QVERIFY(file->errors.isEmpty());
    }
}

void TestFaqFile::largeFileReadInParallelKeepsOrderAndLineNumbers()
{
    // Over 1 MB: read in stretches on several threads. A duplicate far from its original
    // and bad lines everywhere must come out as from a sequential read.
    QByteArray data;
    QList<int> badLines;
    int lineNumber = 0;
    for (int i = 0; i < 4000; ++i) {
        ++lineNumber;
        if (i % 397 == 5) {
            data += "{broken\n";
            badLines.append(lineNumber);
            continue;
        }
        QJsonObject object = entryObject(u"entry-%1"_s.arg(i));
        object.insert(u"answer"_s, QString(QString(300, u'a') + QString::number(i)));
        data += line(object) + '\n';
    }
    data += line(entryObject(u"entry-1"_s)) + '\n'; // a duplicate of line 2
    badLines.append(++lineNumber);
    QVERIFY(data.size() > 1024 * 1024);

    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QCOMPARE(file->errors.size(), badLines.size());
    for (qsizetype i = 0; i < badLines.size(); ++i)
        QCOMPARE(file->errors[i].line, badLines[i]);
    QVERIFY(file->errors.last().error.message.contains(u"line 2"_s));
    QCOMPARE(file->entries.size(), 4000 - (badLines.size() - 1));
    int previous = -1;
    for (const FaqEntry &entry : std::as_const(file->entries)) {
        const int number = entry.id.mid(6).toInt();
        QVERIFY(number > previous);
        previous = number;
    }
}

void TestFaqFile::readFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kb.jsonl"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(line(entryObject(u"a"_s)) + '\n');
    out.close();
    auto file = FaqFile::read(path);
    QVERIFY(file.ok());
    QCOMPARE(file->entries.size(), 1);

    auto missing = FaqFile::read(dir.filePath(u"nope.jsonl"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto folder = FaqFile::read(dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, ErrorCode::InvalidValue);
}

void TestFaqFile::serializeRoundTrips()
{
    QList<FaqEntry> entries;
    for (const QString &lang : { u"fr"_s, u"en"_s, u"de"_s }) {
        QJsonObject object = entryObject(u"trip"_s, lang);
        object.insert(u"answer"_s, u"Guillemets \" et barre \\ et tab\t et 😀, ligne\nsuivante"_s);
        entries.append(*FaqEntry::fromJson(object));
    }
    const QByteArray data = FaqFile::serialize(entries);
    QCOMPARE(data.count('\n'), 3);
    auto file = FaqFile::parse(data);
    QVERIFY(file.ok());
    QCOMPARE(file->entries, entries);
}

void TestFaqFile::fastReaderAgreesWithFromJson()
{
    // Valid lines, structural edge cases, then thousands of random byte mutations: whatever
    // the fast reader accepts, FaqEntry::fromJson accepts too, with the same entry.
    QList<QByteArray> lines {
        line(entryObject(u"a"_s)),
        R"({"id":"a","lang":"fr","question":"Q ?","answer":"R."})",
        R"( { "id" : "a" , "lang" : "es" , "question" : "\u00bfQu\u00e9?" , "answer" : "\ud83d\ude00" } )",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R","extra":{"x":[1,-2.5e3,true,null,{"y":"\""}]}})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R","keywords":null,"links":null})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R","keywords":[]})",
        R"({"id":"a","id":"b","lang":"fr","question":"Q","answer":"R"})",
        R"({"id":"a","lang":"fr","question":"tab\there","answer":"R"})",
        R"({"id":"a","lang":"fr","question":"lone \ud800","answer":"R"})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R\u0000"})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"\uFFFE"})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R","n":01})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R"} x)",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R",})",
        R"({"id":"","lang":"fr","question":"Q","answer":"R"})",
        R"({"id":"a","lang":"FR","question":"Q","answer":"R"})",
        R"({"id":"a","lang":"fr","question":"Q","answer":"R","links":["http://x y"]})",
    };
    QRandomGenerator random(2024);
    const QByteArray specials = QByteArray("\"\\{}[]:,\t\r\x01\x7f\xc3\xa9\xff ", 17);
    QList<QByteArray> mutated;
    for (int round = 0; round < 4000; ++round) {
        QByteArray text = lines[random.bounded(int(lines.size()))];
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const int at = int(random.bounded(int(text.size())));
            const char c = specials[random.bounded(int(specials.size()))];
            switch (random.bounded(3)) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                text.remove(at, 1);
            }
        }
        mutated.append(text);
    }
    lines += mutated;

    // Strictly valid JSON lines that FaqEntry::fromJson accepts: the fast path takes them.
    for (const int strict : { 0, 1, 2, 3, 4, 5, 7 })
        QVERIFY2(Internal::readEntryFast(lines[strict]), lines[strict].constData());

    // QJsonDocument is more lenient than JSON (raw control characters, unknown escapes such
    // as "\g", numbers such as "-.5e3"): those lines take the reference path, which is fine.
    // What matters is that the fast path never accepts what the reference refuses.
    int acceptedFast = 0;
    for (const QByteArray &text : std::as_const(lines)) {
        const auto fast = Internal::readEntryFast(text);
        if (!fast)
            continue;
        ++acceptedFast;
        const auto slow = reference(text);
        QVERIFY2(slow, text.constData());
        QCOMPARE(*fast, *slow);
    }
    QVERIFY(acceptedFast > 100); // the mutations did reach the fast path
}

void TestFaqFile::synonyms()
{
    auto synonyms = FaqSynonyms::fromJson(R"({"version": 1,
        "fr": [["portable", "téléphone"], ["cb", "carte bancaire", "carte bleue"]],
        "en": [["phone", "mobile"]], "de": [], "it": [], "es": []})");
    QVERIFY(synonyms.ok());
    QCOMPARE(synonyms->groupCount(), 3);
    QCOMPARE(synonyms->groups(Language::Fr).size(), 2);
    QCOMPARE(synonyms->groups(Language::Fr)[1],
             (QStringList { u"cb"_s, u"carte bancaire"_s, u"carte bleue"_s }));
    QVERIFY(synonyms->groups(Language::It).isEmpty());

    FaqSynonyms built;
    QVERIFY(built.isEmpty());
    built.addGroup(Language::De, { u"Handy"_s, u"Telefon"_s });
    built.addGroup(Language::De, { u"allein"_s }); // one member is no group
    QCOMPARE(built.groupCount(), 1);

    QTemporaryDir dir;
    auto missing = FaqSynonyms::read(dir.filePath(u"none.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestFaqFile::synonymErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{") << ErrorCode::MalformedJson << QString();
    QTest::newRow("not an object") << QByteArray("[]") << ErrorCode::NotAnObject << QString();
    QTest::newRow("unknown language")
        << QByteArray(R"({"fre": []})") << ErrorCode::InvalidValue << u"fre"_s;
    QTest::newRow("future version")
        << QByteArray(R"({"version": 2})") << ErrorCode::UnsupportedVersion << u"version"_s;
    QTest::newRow("groups not an array")
        << QByteArray(R"({"fr": {}})") << ErrorCode::WrongType << u"fr"_s;
    QTest::newRow("group of one") << QByteArray(R"({"fr": [["a", "b"], ["seul"]]})")
                                  << ErrorCode::InvalidValue << u"fr[1]"_s;
    QTest::newRow("member not a string")
        << QByteArray(R"({"en": [["a", 2]]})") << ErrorCode::InvalidValue << u"en[0][1]"_s;
    QTest::newRow("blank member") << QByteArray(R"({"de": [["a", "  "]]})")
                                  << ErrorCode::InvalidValue << u"de[0][1]"_s;
}

void TestFaqFile::synonymErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    auto synonyms = FaqSynonyms::fromJson(json);
    QVERIFY(!synonyms.ok());
    QCOMPARE(synonyms.error().code, code);
    QCOMPARE(synonyms.error().field, field);
}

QTEST_GUILESS_MAIN(TestFaqFile)
#include "tst_faq_file.moc"
