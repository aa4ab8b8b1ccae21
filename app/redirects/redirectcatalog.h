#pragma once

#include "protocol/enums.h"
#include "protocol/redirectdefinitions.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Guichet {

class Store;

//! One redirection, ready to show to an agent and to send to a citizen.
struct Redirect
{
    RedirectTarget target;
    QString title; //!< in the agent's interface language (fallback fr)
    QUrl url;
    QStringList checklist; //!< in the agent's interface language
    QString text; //!< for the citizen, in their language (fallback fr, then en), address filled in
};

//! The official services agents redirect citizens to, and the scripted answer
//! to an emergency. Definitions are data distributed by the server (the
//! redirects.updated event, stored in the cache setting "redirects"), so a
//! change of official address needs no new release (docs/redirects.md).
class RedirectCatalog
{
public:
    //! An empty catalog.
    RedirectCatalog();

    //! Parse and validate a definitions document; the error names the field.
    static Result<RedirectCatalog> fromJson(const QByteArray &json);
    //! The definitions compiled in (resources/redirects/redirects.json).
    static RedirectCatalog builtIn();
    //! The server's copy from the cache setting "redirects", else builtIn().
    static RedirectCatalog fromStore(Store &store);

    qint64 version() const;
    bool isEmpty() const;
    //! The targets defined, in a stable order: pharos, perceval, these, plainte_en_ligne, brigade.
    QList<RedirectTarget> targets() const;
    //! @p uiLanguage is the agent's interface language ("de", or a locale name such as "en_GB").
    std::optional<Redirect> redirect(RedirectTarget target, Language citizen,
                                     const QString &uiLanguage) const;
    //! Tells the citizen the BNum handles no emergencies: 17, 112, 114 by SMS.
    QString emergencyText(Language citizen) const;
    //! The question that asks the citizen's consent to forwarding their request and
    //! contact details to the local brigade, in their language (the agent may edit it;
    //! what was sent is what the server records).
    static QString consentQuestion(Language citizen);
    //! The document, indented, as the admin command exports it.
    QByteArray toJson() const;

private:
    explicit RedirectCatalog(RedirectDefinitions definitions);

    RedirectDefinitions m_definitions;
};

} // namespace Guichet
