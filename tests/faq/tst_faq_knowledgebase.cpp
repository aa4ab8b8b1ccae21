// The knowledge base and synonyms shipped in resources/faq/: every line valid by the
// protocol's own rules (read independently of FaqFile), every topic in the five languages,
// and the copies compiled into the programs identical to the files.
#include "app/faq/faqfile.h"
#include "app/faq/faqlexicon.h"
#include "app/faq/faqsynonyms.h"
#include "resources/faqresources.h"
#include "tests/testutil.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

const QString kBase = QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/faq.jsonl");
const QString kSynonyms = QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/synonyms.json");
const QString kLexicon = QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/lexicon.tsv");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFaqKnowledgeBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyLineIsAValidEntry();
    void everyTopicInFiveLanguages();
    void linksAndKeywords();
    void readerAgrees();
    void synonymsAreValid();
    void embeddedCopiesMatchTheFiles();
    void lexiconIsValidAndShippedApart();

private:
    QList<FaqEntry> m_entries;
};

void TestFaqKnowledgeBase::initTestCase()
{
    const QByteArray data = readAll(kBase);
    QVERIFY(!data.isEmpty());
    int number = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                 qPrintable(u"line %1: %2"_s.arg(number).arg(error.errorString())));
        auto entry = FaqEntry::fromJson(document.object());
        QVERIFY2(entry.ok(),
                 qPrintable(u"line %1: %2"_s.arg(number).arg(
                     entry.ok() ? QString() : entry.error().toString())));
        m_entries.append(*entry);
    }
}

void TestFaqKnowledgeBase::everyLineIsAValidEntry()
{
    QVERIFY(m_entries.size() >= 750);
    QSet<QString> seen;
    for (const FaqEntry &entry : std::as_const(m_entries)) {
        const QString key = entry.id + u'/' + wireName(entry.lang);
        QVERIFY2(!seen.contains(key), qPrintable(u"duplicate "_s + key));
        seen.insert(key);
    }
}

void TestFaqKnowledgeBase::everyTopicInFiveLanguages()
{
    QHash<QString, QSet<Language>> languages;
    for (const FaqEntry &entry : std::as_const(m_entries))
        languages[entry.id].insert(entry.lang);
    QVERIFY2(languages.size() >= 150, qPrintable(QString::number(languages.size())));
    const QList<Language> all = allValues<Language>();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        for (const Language lang : all)
            QVERIFY2(it.value().contains(lang), qPrintable(it.key() + u" in "_s + wireName(lang)));
    }
}

void TestFaqKnowledgeBase::linksAndKeywords()
{
    for (const FaqEntry &entry : std::as_const(m_entries)) {
        const QString where = entry.id + u'/' + wireName(entry.lang);
        QVERIFY2(!entry.keywords.isEmpty(), qPrintable(where));
        QVERIFY2(!entry.links.isEmpty(), qPrintable(where));
        for (const QString &link : entry.links)
            QVERIFY2(link.startsWith(u"https://"_s), qPrintable(where + u": "_s + link));
    }
}

void TestFaqKnowledgeBase::readerAgrees()
{
    auto file = FaqFile::read(kBase);
    QVERIFY(file.ok());
    QVERIFY(file->errors.isEmpty());
    QCOMPARE(file->entries, m_entries);
}

void TestFaqKnowledgeBase::synonymsAreValid()
{
    auto synonyms = FaqSynonyms::read(kSynonyms);
    QVERIFY2(synonyms.ok(), qPrintable(synonyms.ok() ? QString() : synonyms.error().toString()));
    for (const Language lang : allValues<Language>())
        QVERIFY2(synonyms->groups(lang).size() >= 25, qPrintable(wireName(lang)));
}

void TestFaqKnowledgeBase::embeddedCopiesMatchTheFiles()
{
    QCOMPARE(readAll(Resources::faqKnowledgeBase()), readAll(kBase));
    QCOMPARE(readAll(Resources::faqSynonyms()), readAll(kSynonyms));
}

void TestFaqKnowledgeBase::lexiconIsValidAndShippedApart()
{
    // Every line: the programs map the file and check only its ends (FaqLexicon::read).
    const QByteArray lexicon = readAll(kLexicon);
    const Result<void> checked = FaqLexicon::check(lexicon);
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().toString()));
    // A data file beside the programs (its licences), not a resource, the same bytes.
    const QString found = Resources::faqLexicon();
    QVERIFY2(!found.startsWith(u':'), qPrintable(found));
    QCOMPARE(readAll(found), lexicon);
    auto read = FaqLexicon::read(found);
    QVERIFY(read.ok());
    const auto theft = read->translate(Language::De, Language::Fr, u"diebstahl");
    QVERIFY(!theft.empty());
    QCOMPARE(theft.front().stems, u"vol"_s);
}

QTEST_GUILESS_MAIN(TestFaqKnowledgeBase)
#include "tst_faq_knowledgebase.moc"
