#pragma once

#include "protocol/enums.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace Guichet {

//! Bilingual word lists between French and each of English, German, Italian and Spanish,
//! in both directions, on stems (folded by Tokenizer, stemmed by Stemmer, stop words out):
//! what lets a German query find an entry written only in French. Built from the FreeDict
//! dictionaries by resources/faq/build-lexicon (docs/faq.md: sources, licences, rebuilding).
//!
//! The file is searched in place, as it is on disk (sorted lines, binary search over its
//! bytes): read() maps it and builds nothing, so loading costs next to nothing whatever its
//! size, and the pages a search never touches are never read. Immutable once loaded, so one
//! instance is shared by every index of a process (FaqIndex::setLexicon()).
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
    //! Lines "FROM>TO <TAB> STEM <TAB> STEMS:WEIGHT|STEMS:WEIGHT…", sorted bytewise; every
    //! line is checked (check()).
    static Result<FaqLexicon> fromData(QByteArray data);
    //! The file at @p path (a Qt resource too), mapped when it can be. Only its first and
    //! last lines are checked here: a full check() reads every page, which is what mapping
    //! avoids. The shipped file is checked whole by its build and by tst_faq_knowledgebase;
    //! a damaged line elsewhere costs the translations of the words around it, nothing more.
    static Result<FaqLexicon> read(const QString &path);
    //! Checks every line: three fields, sorted bytewise.
    static Result<void> check(QByteArrayView data);

    bool isEmpty() const { return m_data.isEmpty(); }
    //! The number of lines (counted on each call).
    qsizetype size() const;

    //! The translations into @p to of the stem @p stem of language @p from, best first;
    //! one of the two languages is French.
    std::vector<Translation> translate(Language from, Language to, QStringView stem) const;

private:
    //! The file the data is mapped from, kept open while the data is in use.
    std::shared_ptr<QFile> m_file;
    QByteArray m_data; // its own bytes, or a raw view of m_file's mapping
};

} // namespace Guichet
