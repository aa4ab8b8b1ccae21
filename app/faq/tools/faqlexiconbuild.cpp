// guichet-faq-lexicon: turns the word pairs extracted from the FreeDict dictionaries
// (resources/faq/build-lexicon.py) into resources/faq/lexicon.tsv, folded and stemmed the
// way the search analyses text, in both directions, sorted for FaqLexicon's binary search.
// Run by resources/faq/build-lexicon; not installed.
//
//   guichet-faq-lexicon PAIRS.tsv OUTPUT.tsv
#include "app/faq/stemmer.h"
#include "app/faq/stopwords.h"
#include "app/faq/tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace Guichet;
using namespace Qt::StringLiterals;

namespace {

// Translations kept per stem, best first: beyond, they are rare senses that mostly add noise.
// From French, fewer: the base is French-first, a French query rarely needs them.
constexpr qsizetype kMaxTranslations = 6;
constexpr qsizetype kMaxFromFrench = 3;

//! The stems of @p text's words in @p lang, stop words out, separated by spaces.
QString stems(QStringView text, Language lang)
{
    QStringList result;
    for (const QString &word : Tokenizer::words(text)) {
        if (!StopWords::contains(lang, word))
            result.append(Stemmer::stem(word, lang));
    }
    return result.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: guichet-faq-lexicon PAIRS.tsv OUTPUT.tsv\n");
        return 2;
    }
    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "guichet-faq-lexicon: %s\n", qPrintable(input.errorString()));
        return 1;
    }
    // "de>fr\tstem" → translation stems → weight; a QMap so that the output is sorted.
    QMap<QByteArray, QHash<QString, float>> table;
    const auto add = [&table](Language from, Language to, const QString &stem,
                              const QString &translation, float weight) {
        const QByteArray key = (wireName(from) + u'>' + wireName(to) + u'\t' + stem).toUtf8();
        float &slot = table[key][translation];
        slot = std::max(slot, weight);
    };
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3)
            continue;
        const auto lang = fromWireName<Language>(fields.at(0));
        if (!lang || *lang == Language::Fr)
            continue;
        const QStringList words = Tokenizer::words(fields.at(1));
        if (words.size() != 1 || StopWords::contains(*lang, words.front()))
            continue;
        const QString foreign = Stemmer::stem(words.front(), *lang);
        for (const QString &item : fields.at(2).split(u'|', Qt::SkipEmptyParts)) {
            const qsizetype colon = item.lastIndexOf(u':');
            const float weight = item.mid(colon + 1).toFloat();
            const QString french = stems(item.left(colon), Language::Fr);
            if (colon <= 0 || weight <= 0 || french.isEmpty())
                continue;
            add(*lang, Language::Fr, foreign, french, weight);
            // French to the other language: single words only, a phrase's parts each mean
            // less than the foreign word.
            if (!french.contains(u' '))
                add(Language::Fr, *lang, french, foreign, weight);
        }
    }

    QByteArray out;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QList<std::pair<QString, float>> ranked;
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            ranked.append({ t.key(), t.value() });
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        const bool fromFrench = it.key().startsWith("fr>");
        ranked.resize(std::min(ranked.size(), fromFrench ? kMaxFromFrench : kMaxTranslations));
        out += it.key() + '\t';
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (i)
                out += '|';
            out += ranked[i].first.toUtf8() + ':'
                + QByteArray::number(double(ranked[i].second), 'g', 2);
        }
        out += '\n';
    }
    QFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || output.write(out) != out.size()) {
        std::fprintf(stderr, "guichet-faq-lexicon: %s\n", qPrintable(output.errorString()));
        return 1;
    }
    std::fprintf(stderr, "guichet-faq-lexicon: %lld stems\n", qlonglong(table.size()));
    return 0;
}
