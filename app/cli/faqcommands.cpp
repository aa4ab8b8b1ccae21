// guichet-cli faq …: the knowledge base and its search, on any file in DESIGN.md's format.
#include "app/faq/faqindex.h"
#include "cliapp.h"
#include "resources/faqresources.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

namespace {

constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 1000;

const QCommandLineOption kKbOption(u"kb"_s,
                                   CliApp::tr("The knowledge base, JSON Lines (default: the base "
                                              "shipped with Guichet)."),
                                   u"FILE"_s);
const QCommandLineOption
    kLangOption(u"lang"_s, CliApp::tr("The language of the query: fr, en, de, it, es."), u"LL"_s);
const QCommandLineOption kAnswerLangOption(
    u"answer-lang"_s,
    CliApp::tr("The language of the answer to return when the entry exists in it (default: the "
               "query's)."),
    u"LL"_s);
// The number is in the text, not an argument: CliApp translates the descriptions
// again at run time by their source text (made before the translator was installed).
static_assert(kDefaultLimit == 10, "the --limit description says 10");
const QCommandLineOption kLimitOption(u"limit"_s, CliApp::tr("At most N entries (default 10)."),
                                      u"N"_s);
const QCommandLineOption kSynonymsOption(u"synonyms"_s,
                                         CliApp::tr("Synonyms file (default: the synonyms "
                                                    "shipped with Guichet)."),
                                         u"FILE"_s);
const QCommandLineOption kExplainOption(u"explain"_s,
                                        CliApp::tr("Show how each query word matched (text "
                                                   "output)."));

QString languageList()
{
    QStringList names;
    for (const Language lang : allValues<Language>())
        names.append(wireName(lang));
    return names.join(u", "_s);
}

int faqSearch(Invocation &call)
{
    const QCommandLineParser &parser = call.parser;
    Output &output = call.output;

    if (!parser.isSet(kLangOption))
        return output.usage(CliApp::tr("--lang is required (%1)").arg(languageList()));
    const auto lang = fromWireName<Language>(parser.value(kLangOption));
    if (!lang) {
        return output.usage(CliApp::tr("unknown language \"%1\" (expected %2)")
                                .arg(parser.value(kLangOption), languageList()));
    }
    Language answerLang = *lang;
    if (parser.isSet(kAnswerLangOption)) {
        const auto chosen = fromWireName<Language>(parser.value(kAnswerLangOption));
        if (!chosen) {
            return output.usage(CliApp::tr("unknown answer language \"%1\" (expected %2)")
                                    .arg(parser.value(kAnswerLangOption), languageList()));
        }
        answerLang = *chosen;
    }
    int limit = kDefaultLimit;
    if (parser.isSet(kLimitOption)) {
        bool ok = false;
        limit = parser.value(kLimitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            return output.usage(CliApp::tr("--limit expects a number from 1 to %1, not \"%2\"")
                                    .arg(kMaxLimit)
                                    .arg(parser.value(kLimitOption)));
        }
    }
    const QString query = call.arguments.join(u' ');
    if (query.trimmed().isEmpty())
        return output.usage(
            CliApp::tr("no query (usage: guichet-cli faq search --lang LL QUERY…)"));

    const QString synonymsPath =
        parser.isSet(kSynonymsOption) ? parser.value(kSynonymsOption) : Resources::faqSynonyms();
    auto synonyms = FaqSynonyms::read(synonymsPath);
    if (!synonyms)
        return output.fail(synonyms.error());

    const QString kbPath =
        parser.isSet(kKbOption) ? parser.value(kKbOption) : Resources::faqKnowledgeBase();
    QList<FaqLineError> skipped;
    auto index = FaqIndex::load(kbPath, *synonyms, &skipped);
    if (!index)
        return output.fail(index.error());
    // Skipped lines are worth knowing, but the search still runs on the valid ones; stdout
    // keeps its single JSON document.
    QTextStream err(stderr);
    for (const FaqLineError &line : std::as_const(skipped)) {
        err << "guichet-cli: warning: "
            << CliApp::tr("%1: skipped %2").arg(QFileInfo(kbPath).fileName(), line.toString())
            << Qt::endl;
    }

    // The lexicon is a data file beside the program (docs/faq.md): without it, search still
    // runs, across languages by shared words and what the base's translations teach.
    auto lexicon = FaqLexicon::read(Resources::faqLexicon());
    if (lexicon) {
        index->setLexicon(std::make_shared<const FaqLexicon>(std::move(lexicon).value()));
    } else {
        err << "guichet-cli: warning: "
            << CliApp::tr("no cross-language lexicon: %1").arg(lexicon.error().message) << Qt::endl;
    }

    const QList<FaqHit> hits = index->search(query, *lang, limit);
    // The version to give the citizen: in the answer language when it exists, else the one
    // found (French, in a French-first base), which then needs translating.
    const auto answerOf = [&](const FaqHit &hit) {
        return index->entry(hit.id, answerLang) ? answerLang : hit.lang;
    };
    if (output.json()) {
        QJsonArray array;
        for (const FaqHit &hit : hits) {
            array.append(QJsonObject { { u"id"_s, hit.id },
                                       { u"lang"_s, wireName(hit.lang) },
                                       { u"answerLang"_s, wireName(answerOf(hit)) },
                                       { u"score"_s, std::round(hit.score * 1000) / 1000 } });
        }
        output.result(array);
        return Success;
    }
    if (hits.isEmpty()) {
        output.line(CliApp::tr("No entry found."));
        return Success;
    }
    int rank = 0;
    for (const FaqHit &hit : hits) {
        const Language answer = answerOf(hit);
        const auto entry = index->entry(hit.id, answer);
        // [found] or [found→answer]: the language matched, then the one returned.
        const QString langs = answer == hit.lang ? wireName(hit.lang)
                                                 : wireName(hit.lang) + u"→"_s + wireName(answer);
        QString line = u"%1. %2  %3 [%4]  %5"_s.arg(++rank, 2)
                           .arg(hit.score, 6, 'f', 2)
                           .arg(hit.id, langs, entry ? entry->question : QString());
        if (answer != answerLang)
            line += u"  "_s + CliApp::tr("(no %1 translation)").arg(wireName(answerLang));
        output.line(line);
        if (parser.isSet(kExplainOption))
            output.line(u"      "_s + index->explain(query, *lang, hit.id));
    }
    return Success;
}

} // namespace

void registerFaqCommands(CliApp &app)
{
    app.add({ { u"faq"_s, u"search"_s },
              CliApp::tr("Search a knowledge base as the agents' FAQ panel does."),
              u"[--kb FILE] --lang LL [--answer-lang LL] [--limit N] [--synonyms FILE] "
              u"[--explain] QUERY…"_s,
              { kKbOption, kLangOption, kAnswerLangOption, kLimitOption, kSynonymsOption,
                kExplainOption },
              faqSearch });
}

} // namespace Guichet::Cli
