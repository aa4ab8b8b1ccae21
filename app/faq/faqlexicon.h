#pragma once

#include "protocol/enums.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Guichet {

//! Bilingual word lists between French and each of English, German, Italian and Spanish,
//! in both directions, on stems (folded by Tokenizer, stemmed by Stemmer, stop words out):
//! what lets a German query find an entry written only in French. Built from the FreeDict
//! dictionaries by resources/faq/build-lexicon (docs/faq.md: sources, licences, rebuilding).
//!
//! The file is read as it is and searched in place (sorted lines, binary search): loading
//! costs one read and one pass over the lines, whatever its size. Immutable once loaded, so
//! one instance is shared by every index of a process (FaqIndex::setLexicon()).
class FaqLexicon
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::FaqLexicon)

public:
    //! A translation: one stem, or several (a phrase: "porter plainte" → "port plaint"),
    //! separated by spaces, with its weight (0 to 1).
    struct Translation
    {
        QString stems;
        float weight = 0;
    };

    FaqLexicon() = default;
    //! Lines "FROM>TO <TAB> STEM <TAB> STEMS:WEIGHT|STEMS:WEIGHT…", sorted bytewise.
    static Result<FaqLexicon> fromData(QByteArray data);
    static Result<FaqLexicon> read(const QString &path);

    bool isEmpty() const { return m_lines.empty(); }
    qsizetype size() const { return qsizetype(m_lines.size()); }

    //! The translations into @p to of the stem @p stem of language @p from, best first;
    //! one of the two languages is French.
    std::vector<Translation> translate(Language from, Language to, QStringView stem) const;

private:
    QByteArray m_data;
    std::vector<quint32> m_lines; // where each line starts
};

} // namespace Guichet
