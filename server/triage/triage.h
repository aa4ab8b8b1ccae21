#pragma once

#include "protocol/enums.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Guichet::Server::Triage {

//! One reason behind a decision, for the agent's banner and the event log.
struct Evidence
{
    QString kind; //!< "emergency" | "sgbv" | "suppressed" (a negation, past or question cancelled a
                  //!< hit)
    QString rule; //!< stable id: a lexicon entry ("weapon.knife"), a pattern ("fr.violence") or a
                  //!< model feature ("model:w:couteau")
    QString excerpt; //!< the words of the message that decided (at most ~60 characters)
    double weight = 0; //!< what it added to the decision's logit
};

//! What the triage made of one citizen message.
struct Assessment
{
    bool emergency = false; //!< danger now: the 17 / 112 / 114 notice, top of the queue
    bool sgbv = false; //!< domestic, sexual or gender-based violence, now or past
    double emergencyScore = 0; //!< 0..1
    double sgbvScore = 0; //!< 0..1
    QList<Evidence> evidence;

    //! One short line in English, for logs and event data (never the message itself
    //! beyond the evidence excerpts).
    QString summary() const;
    //! {"emergency","sgbv","emergencyScore","sgbvScore","evidence":[{kind,rule,excerpt,weight}]}
    QJsonObject toJson() const;
};

//! The triage of citizen messages: lexicons (fuzzy stems), patterns, cues that
//! scope them (past, negation, questions about 17/112, figurative) and two learnt linear
//! models (emergency, SGBV) over those hits and hashed word / character
//! n-grams. Everything it knows comes from one JSON bundle (docs/triage.md).
//! Immutable once built: share it and call assess() from any thread.
class Engine
{
public:
    //! The engine of @p json, checked whole (format, every regular expression,
    //! every weight, the trainer's self-check scores): nullptr and @p error
    //! set when anything is wrong.
    static std::shared_ptr<const Engine> fromBundle(const QByteArray &json, QString *error);
    //! The bundle shipped in resources/triage (built once, then shared).
    static std::shared_ptr<const Engine> builtIn();

    //! The triage of one message. @p hint is the conversation's language when
    //! known: it chooses the decision thresholds of that language when the
    //! bundle has them. Every language's knowledge is applied anyway (citizens
    //! mix them), so the scores do not depend on it.
    Assessment assess(QStringView text, std::optional<Language> hint = std::nullopt) const;

    //! The bundle this engine was built from (what fromBundle reads).
    QByteArray toBundle() const;
    //! The bundle's "version".
    QString version() const;

    //! Internal, public for the trainer's twin and the tests: @p text as the
    //! engine matches it (folded, SMS spelling expanded).
    QString normalize(QStringView text) const;

    struct Term
    {
        QStringList words;
        QList<bool> exact;
    };
    struct LexEntry
    {
        QString id, label, cls;
        QList<Term> terms;
    };
    struct Pattern
    {
        QString id, label, cls;
        QRegularExpression regex;
    };
    struct Cue
    {
        QString id, cue;
        QRegularExpression regex;
    };
    struct Model
    {
        double bias = 0;
        double threshold = 0.5; //!< without a language hint, or for a language not in thresholds
        QHash<QString, double> thresholds; //!< language wire name ("fr") -> threshold
        QHash<QString, double> named;
        std::vector<float> hashed;
    };

private:
    Engine() = default;
    QString selfCheck(const QJsonArray &checks) const;

    QByteArray m_bundle;
    QString m_version;
    QHash<QString, QString> m_sms;
    QList<LexEntry> m_lexicon;
    QHash<QChar, QList<std::pair<int, int>>> m_termsByFirstChar; // first letter → (entry, term)
    QList<Pattern> m_patterns;
    QRegularExpression m_anyPattern; // every pattern in one: most messages match none
    QList<Cue> m_cues;
    int m_buckets = 0;
    int m_charMin = 3, m_charMax = 5;
    int m_negationWindow = 30;
    QSet<QString> m_dangerClasses; // emergency side: "scope:allscoped", "scope:present"
    QSet<QString> m_calmClasses; // "nobody is hurt": sets aside its sentence's danger words
    Model m_emergency, m_sgbv;
};

} // namespace Guichet::Server::Triage
