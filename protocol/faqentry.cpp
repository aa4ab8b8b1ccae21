#include "faqentry.h"

#include "codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Guichet {

QJsonObject FaqEntry::toJson() const
{
    return { { u"id"_s, id },
             { u"lang"_s, wireName(lang) },
             { u"question"_s, question },
             { u"answer"_s, answer },
             { u"keywords"_s, QJsonArray::fromStringList(keywords) },
             { u"links"_s, QJsonArray::fromStringList(links) } };
}

Result<FaqEntry> FaqEntry::fromJson(const QJsonObject &object)
{
    // The faq.updated event carries an entry: validate with the same rules.
    const auto valid =
        Protocol::validateEventData(EventKind::FaqUpdated, QJsonObject { { u"entry"_s, object } });
    if (!valid) {
        Error error = valid.error();
        error.field.remove(0, qsizetype(sizeof("data.entry.") - 1));
        return error;
    }
    FaqEntry entry;
    entry.id = object.value(u"id"_s).toString();
    entry.lang = *fromWireName<Language>(object.value(u"lang"_s).toString());
    entry.question = object.value(u"question"_s).toString();
    entry.answer = object.value(u"answer"_s).toString();
    for (const QJsonValue &keyword : object.value(u"keywords"_s).toArray())
        entry.keywords.append(keyword.toString());
    for (const QJsonValue &link : object.value(u"links"_s).toArray())
        entry.links.append(link.toString());
    return entry;
}

} // namespace Guichet
