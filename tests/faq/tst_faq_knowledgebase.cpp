// The knowledge base and synonyms shipped in resources/faq/: every line valid by the
// protocol's own rules (read independently of FaqFile), every topic in the five languages,
// and the copies compiled into the programs identical to the files.
#include "app/faq/faqfile.h"
#include "app/faq/faqlexicon.h"
#include "app/faq/faqsynonyms.h"
#include "app/faq/stemmer.h"
#include "app/faq/stopwords.h"
#include "app/faq/tokenizer.h"
#include "resources/faqresources.h"
#include "tests/testutil.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

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
    void glossariesAreWellFormedAndBuiltIn();

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
void TestFaqKnowledgeBase::glossariesAreWellFormedAndBuiltIn()
{
    // Our own glossaries (resources/faq/glossary-LL-fr.tsv, read by build-lexicon.py at build
    // time only): one word per line as the tokenizer sees it, listed once, a few senses; and
    // the committed lexicon rebuilt since, so that each word has translations, its first
    // sense among them (docs/faq.md).
    auto lexicon = FaqLexicon::read(kLexicon);
    QVERIFY(lexicon.ok());
    const auto stems = [](const QString &text, Language lang) {
        QStringList result;
        for (const QString &word : Tokenizer::words(text)) {
            if (!StopWords::contains(lang, word))
                result.append(Stemmer::stem(word, lang));
        }
        return result.join(u' ');
    };
    qsizetype total = 0;
    for (const Language lang : { Language::En, Language::De, Language::It, Language::Es }) {
        const QString path = QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/glossary-%1-fr.tsv")
                                 .arg(wireName(lang));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QVERIFY2(lines.size() > 200, qPrintable(path));
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString where = u"%1:%2: %3"_s.arg(path).arg(i + 1).arg(line);
            const QStringList fields = line.split(u'\t');
            QVERIFY2(fields.size() == 2, qPrintable(where));
            const QStringList words = Tokenizer::words(fields.at(0));
            QVERIFY2(words.size() == 1, qPrintable(where));
            QVERIFY2(!seen.contains(fields.at(0)), qPrintable(where));
            seen.insert(fields.at(0));
            const QStringList senses = fields.at(1).split(u", "_s);
            QVERIFY2(!senses.isEmpty() && senses.size() <= 5, qPrintable(where));
            ++total;
            if (StopWords::contains(lang, words.front()))
                continue;
            const QString first = stems(senses.front(), Language::Fr);
            if (first.isEmpty())
                continue;
            const auto found =
                lexicon->translate(lang, Language::Fr, Stemmer::stem(words.front(), lang));
            QVERIFY2(!found.empty(), qPrintable(where + u" (rebuild the lexicon)"_s));
            QVERIFY2(
                std::any_of(found.cbegin(), found.cend(),
                            [&](const FaqLexicon::Translation &t) { return t.stems == first; }),
                qPrintable(where + u" (rebuild the lexicon)"_s));
        }
    }
    QVERIFY(total > 3000);
}

#include "tst_faq_knowledgebase.moc"
