#pragma once

#include "enums.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace Guichet {

//! One entry of the knowledge base, in one language. Entries that share an id in
//! different languages are translations of one another. The JSON form is the
//! knowledge base's JSON Lines format (DESIGN.md) and the faq.updated payload.
struct FaqEntry
{
    QString id;
    Language lang = Language::Fr;
    QString question;
    QString answer;
    QStringList keywords;
    QStringList links;
    bool operator==(const FaqEntry &) const = default;

    QJsonObject toJson() const;
    //! Validates like the protocol decoder (ids, lengths, URLs, UTF-8).
    static Result<FaqEntry> fromJson(const QJsonObject &object);
};

} // namespace Guichet
