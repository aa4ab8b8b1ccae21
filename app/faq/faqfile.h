#pragma once

#include "protocol/faqentry.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Guichet {

//! A line of a knowledge base file that could not be read.
struct FaqLineError
{
    int line = 0; //!< 1-based line number
    Error error; //!< error.field names the offending field ("question", "links")

    //! "line 12: question: longer than 500 characters"
    QString toString() const;
};

//! A knowledge base file in DESIGN.md's JSON Lines format: one entry per line,
//! `{"id","lang","question","answer","keywords":[],"links":[]}`, each validated by
//! FaqEntry::fromJson (the rules of the faq.updated event).
//!
//! Policy for bad lines: a malformed line is skipped and reported in errors (line number,
//! field, reason), so that one bad edit does not take the other entries away from the agents;
//! a second line with the same id and language is reported and skipped (the first one wins).
//! Blank lines are ignored; a UTF-8 byte order mark and CRLF line ends are accepted. Reading
//! fails as a whole only when the file cannot be read, or when it has lines but not one valid
//! entry (it is not a knowledge base).
struct FaqFile
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::FaqFile)

public:
    QList<FaqEntry> entries; //!< in file order
    QList<FaqLineError> errors; //!< the lines skipped, in file order

    //! Parses JSON Lines from memory.
    static Result<FaqFile> parse(QByteArrayView data);
    //! Reads and parses a file (a Qt resource path such as ":/faq/faq.jsonl" works too).
    //! A missing file is ErrorCode::NotFound.
    static Result<FaqFile> read(const QString &path);
    //! The JSON Lines text of @p entries, one per line, in order.
    static QByteArray serialize(const QList<FaqEntry> &entries);
};

} // namespace Guichet
