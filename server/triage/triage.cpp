#include "triage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Triage {

namespace {

constexpr auto kFormat = "guichet-triage/1";
constexpr int kMaxBuckets = 1 << 24;
constexpr int kExcerptChars = 60;
constexpr int kShortMessageWords = 4;

// Every step below has a twin in scripts/triage/features.py, which the trainer
// uses: change both, or the bundle's self-check refuses the trained weights.

//! Lower case, accents removed, "ß" → "ss", typographic apostrophes straight,
//! white space runs made one space (one new line when they hold one: the new
//! line ends a sentence).
QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    int pendingSpace = 0; // 0 none, 1 space, 2 new line
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!out.isEmpty())
                pendingSpace = std::max(pendingSpace, c == u'\n' ? 2 : 1);
            continue;
        }
        if (pendingSpace) {
            out += pendingSpace == 2 ? u'\n' : u' ';
            pendingSpace = 0;
        }
        if (c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u00B4')
            out += u'\'';
        else if (c == u'\u00DF')
            out += u"ss"_s;
        else
            out += c.toLower();
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

struct Token
{
    qsizetype start = 0, end = 0;
    QString text;
};

QList<Token> tokensOf(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isWordChar(text[j]))
            ++j;
        tokens.append({ i, j, text.mid(i, j - i) });
        i = j;
    }
    return tokens;
}

//! Optimal string alignment distance, capped: true when @p a and @p b differ by
//! at most one insertion, deletion, substitution or swap of neighbours.
bool withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la || i == lb)
        return true; // the rest is at most one extra character
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

constexpr qsizetype kFuzzyMinLength = 6;

bool wordMatches(const QString &token, const QString &word, bool exact)
{
    if (exact)
        return token == word || (word.size() >= kFuzzyMinLength && withinOneEdit(token, word));
    if (token.startsWith(word))
        return true;
    if (word.size() < kFuzzyMinLength)
        return false;
    for (qsizetype len = word.size() - 1; len <= word.size() + 1; ++len) {
        if (len <= token.size() && withinOneEdit(QStringView(token).left(len), word))
            return true;
    }
    return false;
}

// FNV-1a over the UTF-8 bytes of a feature's name, without building it.
constexpr quint32 kFnvOffset = 2166136261u;
constexpr quint32 kFnvPrime = 16777619u;

quint32 fnvByte(quint32 h, quint8 b)
{
    return (h ^ b) * kFnvPrime;
}

quint32 fnv(quint32 h, QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t cp = s[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        if (cp < 0x80) {
            h = fnvByte(h, quint8(cp));
        } else if (cp < 0x800) {
            h = fnvByte(h, quint8(0xC0 | (cp >> 6)));
            h = fnvByte(h, quint8(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            h = fnvByte(h, quint8(0xE0 | (cp >> 12)));
            h = fnvByte(h, quint8(0x80 | ((cp >> 6) & 0x3F)));
            h = fnvByte(h, quint8(0x80 | (cp & 0x3F)));
        } else {
            h = fnvByte(h, quint8(0xF0 | (cp >> 18)));
            h = fnvByte(h, quint8(0x80 | ((cp >> 12) & 0x3F)));
            h = fnvByte(h, quint8(0x80 | ((cp >> 6) & 0x3F)));
            h = fnvByte(h, quint8(0x80 | (cp & 0x3F)));
        }
    }
    return h;
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

QString clip(QStringView s)
{
    return s.size() <= kExcerptChars ? s.toString() : s.left(kExcerptChars - 1).toString() + u'…';
}

struct Hit
{
    QString rule, cls, suffix;
    qsizetype start = 0, end = 0;
    bool present = false; //!< no cue scopes it and a present marker shares its sentence
};

//! Where a hashed feature came from, to name it in the evidence.
struct Origin
{
    char type; // 'w' word, 'b' two words, 'c' characters
    int token;
    int offset;
    int length;
};

QString originName(const Origin &o, const QList<Token> &tokens, QString *excerpt)
{
    const Token &t = tokens[o.token];
    switch (o.type) {
    case 'w':
        *excerpt = t.text;
        return u"model:w:"_s + t.text;
    case 'b':
        *excerpt = t.text + u' ' + tokens[o.token + 1].text;
        return u"model:b:"_s + *excerpt;
    default: {
        const QString padded = u'<' + t.text + u'>';
        *excerpt = t.text;
        return u"model:c:"_s + padded.mid(o.offset, o.length);
    }
    }
}

constexpr Language kLanguages[] = { Language::Fr, Language::En, Language::De, Language::It,
                                    Language::Es };

double thresholdFor(const Engine::Model &model, std::optional<Language> hint)
{
    return hint ? model.thresholds.value(wireName(*hint), model.threshold) : model.threshold;
}

bool readModel(const QJsonValue &value, int buckets, Engine::Model *model, QString *error,
               const QString &name)
{
    if (!value.isObject()) {
        *error = u"models.%1 is missing"_s.arg(name);
        return false;
    }
    const QJsonObject o = value.toObject();
    model->bias = o.value(u"bias"_s).toDouble(std::nan(""));
    model->threshold = o.value(u"threshold"_s).toDouble(std::nan(""));
    if (!std::isfinite(model->bias) || !(model->threshold > 0 && model->threshold < 1)) {
        *error = u"models.%1 needs a finite bias and a threshold between 0 and 1"_s.arg(name);
        return false;
    }
    // Per-language thresholds (optional): the language hint picks one.
    const QJsonValue thresholds = o.value(u"thresholds"_s);
    if (!thresholds.isUndefined() && !thresholds.isObject()) {
        *error = u"models.%1.thresholds is not an object"_s.arg(name);
        return false;
    }
    const QJsonObject byLanguage = thresholds.toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        const double t = it.value().toDouble(std::nan(""));
        const bool known = std::any_of(std::begin(kLanguages), std::end(kLanguages),
                                       [&](Language l) { return wireName(l) == it.key(); });
        if (!known || !(t > 0 && t < 1)) {
            *error = u"models.%1.thresholds.%2 needs a known language and a threshold between 0 "
                     "and 1"_s.arg(name, it.key());
            return false;
        }
        model->thresholds.insert(it.key(), t);
    }
    const QJsonObject named = o.value(u"named"_s).toObject();
    for (auto it = named.begin(); it != named.end(); ++it) {
        const double w = it.value().toDouble(std::nan(""));
        if (!std::isfinite(w)) {
            *error = u"models.%1.named.%2 is not a number"_s.arg(name, it.key());
            return false;
        }
        model->named.insert(it.key(), w);
    }
    model->hashed.assign(size_t(buckets), 0.0f);
    const QJsonArray hashed = o.value(u"hashed"_s).toArray();
    for (const QJsonValue &pair : hashed) {
        const QJsonArray p = pair.toArray();
        const double index = p.size() == 2 ? p[0].toDouble(-1) : -1;
        const double w = p.size() == 2 ? p[1].toDouble(std::nan("")) : std::nan("");
        if (index < 0 || index >= buckets || index != std::floor(index) || !std::isfinite(w)) {
            *error =
                u"models.%1.hashed holds an entry that is not [bucket, weight] within %2 buckets"_s
                    .arg(name)
                    .arg(buckets);
            return false;
        }
        model->hashed[size_t(index)] = float(w);
    }
    return true;
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression regex(pattern, QRegularExpression::UseUnicodePropertiesOption);
    regex.optimize();
    return regex;
}

} // namespace

QString Assessment::summary() const
{
    QStringList parts;
    parts << (emergency ? u"emergency"_s : u"no emergency"_s)
            + u" (%1)"_s.arg(emergencyScore, 0, 'f', 2);
    parts << (sgbv ? u"sgbv"_s : u"no sgbv"_s) + u" (%1)"_s.arg(sgbvScore, 0, 'f', 2);
    QStringList why;
    for (const Evidence &e : evidence) {
        if (why.size() == 4)
            break;
        why << u"%1 %2 \"%3\""_s.arg(e.kind, e.rule, e.excerpt);
    }
    QString line = parts.join(u", "_s);
    if (!why.isEmpty())
        line += u": "_s + why.join(u"; "_s);
    return line;
}

QJsonObject Assessment::toJson() const
{
    QJsonArray list;
    for (const Evidence &e : evidence) {
        list.append(QJsonObject { { u"kind"_s, e.kind },
                                  { u"rule"_s, e.rule },
                                  { u"excerpt"_s, e.excerpt },
                                  { u"weight"_s, std::round(e.weight * 1000) / 1000 } });
    }
    return { { u"emergency"_s, emergency },
             { u"sgbv"_s, sgbv },
             { u"emergencyScore"_s, std::round(emergencyScore * 1000) / 1000 },
             { u"sgbvScore"_s, std::round(sgbvScore * 1000) / 1000 },
             { u"evidence"_s, list } };
}

std::shared_ptr<const Engine> Engine::builtIn()
{
    static std::once_flag once;
    static std::shared_ptr<const Engine> engine;
    std::call_once(once, [] {
        QFile file(u":/guichet/triage/bundle.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in triage bundle is missing from the resources");
        QString error;
        engine = fromBundle(file.readAll(), &error);
        if (!engine)
            qFatal("the built-in triage bundle is invalid: %s", qPrintable(error));
    });
    return engine;
}

std::shared_ptr<const Engine> Engine::fromBundle(const QByteArray &json, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = u"the triage bundle is not a JSON object: %1"_s.arg(parseError.errorString());
        return nullptr;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(kFormat)) {
        *error = u"the triage bundle's format is \"%1\", expected \"%2\""_s.arg(
            root.value(u"format"_s).toString(), QLatin1StringView(kFormat));
        return nullptr;
    }
    std::shared_ptr<Engine> engine(new Engine);
    engine->m_bundle = json;
    engine->m_version = root.value(u"version"_s).toString();
    if (engine->m_version.isEmpty()) {
        *error = u"the triage bundle has no version"_s;
        return nullptr;
    }

    const QJsonObject sms = root.value(u"sms"_s).toObject();
    for (auto it = sms.begin(); it != sms.end(); ++it) {
        if (!it.value().isString() || it.key().isEmpty() || fold(it.key()) != it.key()) {
            *error = u"sms.%1 must be a folded word mapped to a string"_s.arg(it.key());
            return nullptr;
        }
        engine->m_sms.insert(it.key(), fold(it.value().toString()));
    }

    const QJsonArray lexicon = root.value(u"lexicon"_s).toArray();
    if (lexicon.isEmpty()) {
        *error = u"the triage bundle has no lexicon"_s;
        return nullptr;
    }
    QSet<QString> ids;
    for (const QJsonValue &value : lexicon) {
        const QJsonObject o = value.toObject();
        LexEntry entry { o.value(u"id"_s).toString(), {}, o.value(u"class"_s).toString(), {} };
        if (entry.id.isEmpty() || entry.cls.isEmpty() || ids.contains(entry.id)) {
            *error = u"lexicon entry \"%1\" needs a unique id and a class"_s.arg(entry.id);
            return nullptr;
        }
        ids.insert(entry.id);
        for (const QJsonValue &t : o.value(u"terms"_s).toArray()) {
            Term term;
            for (const QString &raw : t.toString().split(u' ', Qt::SkipEmptyParts)) {
                const bool exact = raw.startsWith(u'=');
                const QString word = exact ? raw.mid(1) : raw;
                if (word.isEmpty() || fold(word) != word
                    || !std::all_of(word.begin(), word.end(), isWordChar)) {
                    *error = u"lexicon entry \"%1\": term \"%2\" must be folded words (lower case, "
                             "no accents, letters and digits)"_s.arg(entry.id, t.toString());
                    return nullptr;
                }
                term.words << word;
                term.exact << exact;
            }
            if (term.words.isEmpty()) {
                *error = u"lexicon entry \"%1\" has an empty term"_s.arg(entry.id);
                return nullptr;
            }
            entry.terms << term;
        }
        if (entry.terms.isEmpty()) {
            *error = u"lexicon entry \"%1\" has no terms"_s.arg(entry.id);
            return nullptr;
        }
        engine->m_lexicon << entry;
    }
    for (int e = 0; e < engine->m_lexicon.size(); ++e) {
        const auto &terms = engine->m_lexicon[e].terms;
        for (int t = 0; t < terms.size(); ++t)
            engine->m_termsByFirstChar[terms[t].words.first().front()].append({ e, t });
    }

    for (const QJsonValue &value : root.value(u"patterns"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Pattern p { o.value(u"id"_s).toString(),
                    {},
                    o.value(u"class"_s).toString(),
                    compile(o.value(u"regex"_s).toString()) };
        if (p.id.isEmpty() || p.cls.isEmpty() || ids.contains(p.id)
            || o.value(u"regex"_s).toString().isEmpty() || !p.regex.isValid()) {
            *error = u"pattern \"%1\" needs a unique id, a class and a valid regex (%2)"_s.arg(
                p.id, p.regex.errorString());
            return nullptr;
        }
        ids.insert(p.id);
        engine->m_patterns << p;
    }

    if (!engine->m_patterns.isEmpty()) {
        QStringList all;
        for (const QJsonValue &value : root.value(u"patterns"_s).toArray())
            all << u"(?:"_s + value.toObject().value(u"regex"_s).toString() + u')';
        engine->m_anyPattern = compile(all.join(u'|'));
    }

    static const QSet<QString> cueKinds { u"past"_s, u"negation"_s, u"question"_s, u"figurative"_s,
                                          u"now"_s };
    for (const QJsonValue &value : root.value(u"cues"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Cue c { o.value(u"id"_s).toString(), o.value(u"cue"_s).toString(),
                compile(o.value(u"regex"_s).toString()) };
        if (c.id.isEmpty() || !cueKinds.contains(c.cue) || o.value(u"regex"_s).toString().isEmpty()
            || !c.regex.isValid()) {
            *error = u"cue \"%1\" needs an id, a cue among past, negation, question, "
                     "figurative, now and a valid regex (%2)"_s.arg(c.id, c.regex.errorString());
            return nullptr;
        }
        engine->m_cues << c;
    }

    const QJsonObject features = root.value(u"features"_s).toObject();
    engine->m_buckets = features.value(u"buckets"_s).toInt(0);
    const QJsonArray chars = features.value(u"charNgrams"_s).toArray();
    engine->m_charMin = chars.size() == 2 ? chars[0].toInt(0) : 0;
    engine->m_charMax = chars.size() == 2 ? chars[1].toInt(0) : 0;
    engine->m_negationWindow = features.value(u"negationWindow"_s).toInt(-1);
    for (const auto &[key, set] : { std::pair { u"dangerClasses"_s, &engine->m_dangerClasses },
                                    std::pair { u"calmClasses"_s, &engine->m_calmClasses } }) {
        for (const QJsonValue &value : features.value(key).toArray()) {
            if (value.toString().isEmpty()) {
                *error = u"features.%1 holds class names"_s.arg(key);
                return nullptr;
            }
            set->insert(value.toString());
        }
    }
    if (engine->m_buckets < 1 || engine->m_buckets > kMaxBuckets || engine->m_charMin < 1
        || engine->m_charMax < engine->m_charMin || engine->m_charMax > 8
        || engine->m_negationWindow < 0) {
        *error = u"features needs buckets (1..2^24), charNgrams [min, max] (1..8) and a "
                 "negationWindow"_s;
        return nullptr;
    }

    const QJsonObject models = root.value(u"models"_s).toObject();
    if (!readModel(models.value(u"emergency"_s), engine->m_buckets, &engine->m_emergency, error,
                   u"emergency"_s)
        || !readModel(models.value(u"sgbv"_s), engine->m_buckets, &engine->m_sgbv, error,
                      u"sgbv"_s))
        return nullptr;

    if (const QString failed = engine->selfCheck(root.value(u"selfcheck"_s).toArray());
        !failed.isEmpty()) {
        *error = failed;
        return nullptr;
    }
    return engine;
}

QString Engine::selfCheck(const QJsonArray &checks) const
{
    // The trainer's own scores of a few messages: a bundle trained with features
    // that differ from the engine's would decide differently from what was
    // measured, so it is refused rather than run.
    for (const QJsonValue &value : checks) {
        const QJsonObject o = value.toObject();
        const Assessment a = assess(o.value(u"text"_s).toString());
        const double e = o.value(u"emergencyScore"_s).toDouble(-1);
        const double s = o.value(u"sgbvScore"_s).toDouble(-1);
        if (std::abs(a.emergencyScore - e) > 1e-3 || std::abs(a.sgbvScore - s) > 1e-3) {
            return u"the triage bundle's self-check failed on \"%1\": the engine scores "
                   "%2 / %3, the trainer %4 / %5 (features out of step with "
                   "scripts/triage/features.py?)"_s.arg(clip(o.value(u"text"_s).toString()))
                       .arg(a.emergencyScore)
                       .arg(a.sgbvScore)
                       .arg(e)
                       .arg(s);
        }
    }
    return {};
}

QByteArray Engine::toBundle() const
{
    return m_bundle;
}

QString Engine::version() const
{
    return m_version;
}

QString Engine::normalize(QStringView text) const
{
    const QString folded = fold(text);
    // Letters typed three times or more count once ("aaaide", "helppp"), then
    // SMS spellings are expanded word by word ("jsui" → "je suis").
    QString squeezed;
    squeezed.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size();) {
        const QChar c = folded[i];
        qsizetype run = 1;
        while (i + run < folded.size() && folded[i + run] == c)
            ++run;
        if (c.isLetter() && run >= 3)
            squeezed += c;
        else
            squeezed += QStringView(folded).mid(i, run);
        i += run;
    }
    if (m_sms.isEmpty())
        return squeezed;
    QString out;
    out.reserve(squeezed.size() + 16);
    qsizetype i = 0;
    while (i < squeezed.size()) {
        if (!isWordChar(squeezed[i])) {
            out += squeezed[i++];
            continue;
        }
        qsizetype j = i;
        while (j < squeezed.size() && isWordChar(squeezed[j]))
            ++j;
        const QStringView word = QStringView(squeezed).mid(i, j - i);
        const auto it = m_sms.constFind(word.toString());
        if (it != m_sms.cend())
            out += *it;
        else
            out += word;
        i = j;
    }
    return out;
}

Assessment Engine::assess(QStringView text, std::optional<Language> hint) const
{
    const QString norm = normalize(text);
    const QList<Token> tokens = tokensOf(norm);

    // Sentences: cues (past, negation, questions, figurative) only reach the hits of their own.
    QList<qsizetype> sentenceEnds;
    for (qsizetype i = 0; i < norm.size(); ++i) {
        const QChar c = norm[i];
        if (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\n')
            sentenceEnds << i;
    }
    sentenceEnds << norm.size();
    const auto sentenceOf = [&](qsizetype pos) {
        return int(std::lower_bound(sentenceEnds.begin(), sentenceEnds.end(), pos)
                   - sentenceEnds.begin());
    };

    struct CueHit
    {
        QString cue;
        qsizetype start, end;
        int sentence;
    };
    QList<CueHit> cues;
    QSet<QString> named;
    for (const Cue &cue : m_cues) {
        auto it = cue.regex.globalMatch(norm);
        while (it.hasNext()) {
            const auto m = it.next();
            cues.append(
                { cue.cue, m.capturedStart(), m.capturedEnd(), sentenceOf(m.capturedStart()) });
            named.insert(u"cue:"_s + cue.cue);
        }
    }

    QList<Hit> hits;
    const auto addHit = [&](const QString &rule, const QString &cls, qsizetype start,
                            qsizetype end) {
        const int sentence = sentenceOf(start);
        bool question = false, figurative = false, past = false, negated = false;
        qsizetype pastDistance = -1, nowDistance = -1;
        const auto nearer = [](qsizetype known, qsizetype d) {
            return known < 0 ? d : std::min(known, d);
        };
        for (const CueHit &c : cues) {
            if (c.sentence != sentence)
                continue;
            const qsizetype distance = c.start >= end ? c.start - end
                : c.end <= start                      ? start - c.end
                                                      : 0;
            if (c.cue == u"question"_s) {
                question = true;
            } else if (c.cue == u"figurative"_s) {
                figurative = true;
            } else if (c.cue == u"past"_s) {
                past = true;
                pastDistance = nearer(pastDistance, distance);
            } else if (c.cue == u"now"_s) {
                nowDistance = nearer(nowDistance, distance);
            } else if (c.cue == u"negation"_s && c.end <= start
                       && start - c.end <= m_negationWindow) {
                negated = true;
            }
        }
        // "He hit me last year and now he is at the door": a present marker nearer
        // to the hit than every past marker of its sentence keeps it present (since
        // bundle .9, which names its danger classes: older bundles score as before).
        if (!m_dangerClasses.isEmpty() && past && nowDistance >= 0 && nowDistance < pastDistance)
            past = false;
        const QString suffix = question ? u"q"_s
            : figurative                ? u"fig"_s
            : negated                   ? u"neg"_s
            : past                      ? u"past"_s
                                        : QString();
        hits.append({ rule, cls, suffix, start, end, suffix.isEmpty() && nowDistance >= 0 });
    };

    for (int i = 0; i < tokens.size(); ++i) {
        const auto candidates = m_termsByFirstChar.constFind(tokens[i].text.front());
        if (candidates == m_termsByFirstChar.cend())
            continue;
        for (const auto &[e, t] : *candidates) {
            const Term &term = m_lexicon[e].terms[t];
            if (i + term.words.size() > tokens.size())
                continue;
            bool all = true;
            for (qsizetype k = 0; k < term.words.size() && all; ++k)
                all = wordMatches(tokens[i + k].text, term.words[k], term.exact[k]);
            if (all)
                addHit(m_lexicon[e].id, m_lexicon[e].cls, tokens[i].start,
                       tokens[i + term.words.size() - 1].end);
        }
    }
    const bool anyPattern = !m_patterns.isEmpty() && m_anyPattern.match(norm).hasMatch();
    for (const Pattern &p : anyPattern ? m_patterns : QList<Pattern>()) {
        auto it = p.regex.globalMatch(norm);
        while (it.hasNext()) {
            const auto m = it.next();
            addHit(p.id, p.cls, m.capturedStart(), m.capturedEnd());
        }
    }

    const bool shortMessage = tokens.size() <= kShortMessageWords;
    QHash<QString, int> hitOfFeature; // feature → first hit, for the evidence
    for (int h = 0; h < hits.size(); ++h) {
        const Hit &hit = hits[h];
        QString feature = u"class:"_s + hit.cls;
        if (!hit.suffix.isEmpty())
            feature += u'|' + hit.suffix;
        named.insert(feature);
        if (!hitOfFeature.contains(feature))
            hitOfFeature.insert(feature, h);
        if (shortMessage && hit.suffix.isEmpty())
            named.insert(u"short:"_s + hit.cls);
    }
    // Every class once whatever its cues (SGBV stays SGBV when past or asked
    // about), and every pair of classes met in the message ("partner" with
    // "violence"): what a linear model cannot combine by itself.
    QStringList classes;
    for (const Hit &hit : std::as_const(hits)) {
        if (!classes.contains(hit.cls))
            classes << hit.cls;
    }
    classes.sort();
    for (qsizetype i = 0; i < classes.size(); ++i) {
        named.insert(u"any:"_s + classes[i]);
        for (qsizetype j = i + 1; j < classes.size(); ++j)
            named.insert(u"pair:"_s + classes[i] + u'+' + classes[j]);
    }
    // Scope of the alarming words over the whole message: every danger hit past,
    // negated, asked about or figurative ("nobody hurt, the fire is out"), or a
    // danger hit beside a present marker ("he is here now").
    // "Nobody is hurt, a tree fell on the road": a calm statement sets aside the
    // danger words of its sentence for this feature.
    QSet<int> calmSentences;
    for (const Hit &hit : std::as_const(hits)) {
        if (m_calmClasses.contains(hit.cls))
            calmSentences.insert(sentenceOf(hit.start));
    }
    bool anyDanger = false, allScoped = true, present = false;
    for (const Hit &hit : std::as_const(hits)) {
        if (!m_dangerClasses.contains(hit.cls))
            continue;
        anyDanger = true;
        allScoped =
            allScoped && (!hit.suffix.isEmpty() || calmSentences.contains(sentenceOf(hit.start)));
        present = present || hit.present;
    }
    if (anyDanger && allScoped)
        named.insert(u"scope:allscoped"_s);
    if (present)
        named.insert(u"scope:present"_s);
    if (shortMessage)
        named.insert(u"shape:short"_s);
    // Nothing the lexicons or patterns know: the n-grams alone should hardly decide.
    if (hits.isEmpty())
        named.insert(u"shape:nohit"_s);
    int letters = 0, upper = 0, bangs = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        } else if (c == u'!') {
            ++bangs;
        }
    }
    if (letters >= 4 && upper * 10 >= letters * 6)
        named.insert(u"shape:caps"_s);
    if (bangs >= 2)
        named.insert(u"shape:exclaim"_s);
    if (text.contains(u'?'))
        named.insert(u"shape:question"_s);

    // Hashed n-grams: words, pairs of words, characters of each word between < and >.
    QHash<quint32, Origin> hashed;
    hashed.reserve(tokens.size() * 12);
    const auto addHashed = [&](quint32 h, Origin origin) {
        if (!hashed.contains(h))
            hashed.insert(h, origin);
    };
    const quint32 buckets = quint32(m_buckets);
    const quint32 wordSeed = fnv(kFnvOffset, u"w:");
    const quint32 pairSeed = fnv(kFnvOffset, u"b:");
    const quint32 charSeed = fnv(kFnvOffset, u"c:");
    QString padded;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &w = tokens[i].text;
        addHashed(fnv(wordSeed, w) % buckets, { 'w', i, 0, 0 });
        if (i + 1 < tokens.size()) {
            const quint32 h = fnv(fnv(fnv(pairSeed, w), u" "), tokens[i + 1].text);
            addHashed(h % buckets, { 'b', i, 0, 0 });
        }
        padded = u'<' + w + u'>';
        for (int n = m_charMin; n <= m_charMax; ++n) {
            for (qsizetype o = 0; o + n <= padded.size(); ++o)
                addHashed(fnv(charSeed, QStringView(padded).mid(o, n)) % buckets,
                          { 'c', i, int(o), n });
        }
    }

    struct Contribution
    {
        double weight;
        bool isNamed;
        QString feature;
        quint32 bucket;
    };
    const auto score = [&](const Model &model, QList<Contribution> *parts) {
        double logit = model.bias;
        for (const QString &f : std::as_const(named)) {
            const double w = model.named.value(f, 0.0);
            if (w != 0) {
                logit += w;
                parts->append({ w, true, f, 0 });
            }
        }
        for (auto it = hashed.cbegin(); it != hashed.cend(); ++it) {
            const double w = model.hashed[it.key()];
            if (w != 0) {
                logit += w;
                parts->append({ w, false, {}, it.key() });
            }
        }
        return sigmoid(logit);
    };

    Assessment a;
    QList<Contribution> emergencyParts, sgbvParts;
    a.emergencyScore = score(m_emergency, &emergencyParts);
    a.sgbvScore = score(m_sgbv, &sgbvParts);
    a.emergency = a.emergencyScore >= thresholdFor(m_emergency, hint);
    a.sgbv = a.sgbvScore >= thresholdFor(m_sgbv, hint);

    const auto explain = [&](const QString &kind, QList<Contribution> parts) {
        std::sort(parts.begin(), parts.end(),
                  [](const Contribution &x, const Contribution &y) { return x.weight > y.weight; });
        int shown = 0;
        for (const Contribution &c : parts) {
            if (shown == 4 || c.weight < 0.25)
                break;
            Evidence e { kind, {}, {}, c.weight };
            if (c.isNamed) {
                const auto hit = hitOfFeature.constFind(c.feature);
                if (hit == hitOfFeature.cend())
                    continue; // a shape or cue feature: not words the agent can read
                const Hit &h = hits[*hit];
                e.rule = h.rule;
                e.excerpt = clip(QStringView(norm).mid(h.start, h.end - h.start));
            } else {
                e.rule = originName(hashed.value(c.bucket), tokens, &e.excerpt);
                e.excerpt = clip(e.excerpt);
            }
            a.evidence.append(e);
            ++shown;
        }
    };
    if (a.emergency)
        explain(u"emergency"_s, emergencyParts);
    if (a.sgbv)
        explain(u"sgbv"_s, sgbvParts);
    // Hits a cue cancelled, so that the agent sees what was weighed and set aside.
    int suppressed = 0;
    for (const Hit &h : std::as_const(hits)) {
        if (h.suffix.isEmpty() || suppressed == 3)
            continue;
        const QString feature = u"class:"_s + h.cls + u'|' + h.suffix;
        a.evidence.append({ u"suppressed"_s, h.rule + u'|' + h.suffix,
                            clip(QStringView(norm).mid(h.start, h.end - h.start)),
                            m_emergency.named.value(feature, 0.0) });
        ++suppressed;
    }
    return a;
}

} // namespace Guichet::Server::Triage
