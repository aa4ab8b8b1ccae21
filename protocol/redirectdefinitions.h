#pragma once

#include "enums.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace Guichet {

//! Longest text for a citizen once the address is in: one Messenger message.
inline constexpr int kMaxRedirectTextChars = 2000;
//! Longest official address (they are short; a long one is a mistake).
inline constexpr int kMaxRedirectUrlChars = 500;
//! Largest definitions document, compact JSON: it travels whole in one event.
inline constexpr qsizetype kMaxRedirectDocumentBytes = 128 * 1024;

//! One official service agents redirect citizens to. The agent's texts (title,
//! checklist) come in French and usually English; the citizen's text in up to
//! five languages, with "{url}" where the official address goes, so a change of
//! address is one field (docs/redirects.md).
struct RedirectDefinition
{
    RedirectTarget target = RedirectTarget::Pharos;
    //! Other names agents type for it; each must parse to @c target (parseRedirectTarget).
    QStringList aliases;
    QUrl url; //!< https only
    QMap<Language, QString> title; //!< always has French
    QMap<Language, QStringList> checklist; //!< always has French
    QMap<Language, QString> text; //!< for the citizen, with {url}; always has French
    bool operator==(const RedirectDefinition &) const = default;

    //! The citizen's text in @p lang (else French, then English), the address filled in.
    QString citizenText(Language lang) const;
};

//! The redirect definitions as the server distributes them: a version, one
//! definition per RedirectTarget and the scripted emergency answer. The JSON
//! form is resources/redirects/redirects.json, the admin command's import and
//! export format and the data of the redirects.updated event.
//!
//! Validation is strict, so the server refuses a bad file instead of sending it
//! to every workstation: every target exactly once, https addresses, French
//! texts present, citizen texts that give the address and fit a message, an
//! emergency answer that gives 17, 112 and 114. Unknown fields are ignored.
struct RedirectDefinitions
{
    qint64 version = 0;
    QList<RedirectDefinition> redirects; //!< in RedirectTarget order
    QMap<Language, QString> emergency; //!< always has French
    bool operator==(const RedirectDefinitions &) const = default;

    const RedirectDefinition *find(RedirectTarget target) const;
    //! Equal but for the version: an import of the same content changes nothing.
    bool sameContent(const RedirectDefinitions &other) const;

    QJsonObject toJson() const;
    //! Validates everything; the error names the offending field ("redirects[2].url").
    static Result<RedirectDefinitions> fromJson(const QJsonObject &object);
    //! JSON text (a file, a cached copy): malformed JSON is an error too.
    static Result<RedirectDefinitions> parse(const QByteArray &json);
};

} // namespace Guichet
