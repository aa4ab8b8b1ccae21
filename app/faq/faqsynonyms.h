#pragma once

#include "protocol/enums.h"
#include "protocol/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>

namespace Guichet {

//! Words that mean the same thing to the search, per language: the everyday and slang words
//! citizens write next to the words of the knowledge base ("portable" / "téléphone",
//! "piqué" / "volé", "CB" / "carte bancaire", "keuf" / "gendarme"). This is data, kept in
//! resources/faq/synonyms.json and loaded with the base:
//!
//! @code
//! {"version": 1,
//!  "fr": [["portable", "téléphone", "tel", "smartphone"], ["cb", "carte bancaire"]],
//!  "en": [["mobile", "phone", "cell"]], "de": [], "it": [], "es": []}
//! @endcode
//!
//! A group is symmetric: a query word of the group also finds the others, slightly below
//! an exact match. A member may be several words ("carte bancaire"), matched as a phrase in
//! queries. Members are analysed like any text (folded, stop words dropped, stemmed), so
//! "volé" also covers "volée" and "voler".
class FaqSynonyms
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::FaqSynonyms)

public:
    //! Parses the JSON form. Errors name the field, e.g. "fr[3][1]".
    static Result<FaqSynonyms> fromJson(QByteArrayView json);
    //! Reads a file (or a Qt resource) holding the JSON form.
    static Result<FaqSynonyms> read(const QString &path);

    //! The groups of one language, as written.
    const QList<QStringList> &groups(Language lang) const { return m_groups[size_t(lang)]; }
    //! Adds a group of at least two members to @p lang.
    void addGroup(Language lang, const QStringList &members);
    //! Groups in all languages.
    qsizetype groupCount() const;
    bool isEmpty() const { return groupCount() == 0; }

private:
    std::array<QList<QStringList>, 5> m_groups;
};

} // namespace Guichet
