#include "faqsynonyms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

constexpr qsizetype kMaxMemberChars = 100;
constexpr qsizetype kMaxGroupSize = 64;

} // namespace

Result<FaqSynonyms> FaqSynonyms::fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedJson,
                         tr("invalid JSON at byte %1: %2")
                             .arg(parseError.offset + 1)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, tr("expected a JSON object"));

    FaqSynonyms synonyms;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == u"version"_s) {
            if (it.value().toInt(-1) != 1)
                return makeError(ErrorCode::UnsupportedVersion, tr("unsupported version"), key);
            continue;
        }
        const std::optional<Language> lang = fromWireName<Language>(key);
        if (!lang) {
            return makeError(ErrorCode::InvalidValue,
                             tr("unknown key (expected \"version\" or a language code)"), key);
        }
        if (!it.value().isArray())
            return makeError(ErrorCode::WrongType, tr("expected an array of groups"), key);
        const QJsonArray groups = it.value().toArray();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QString groupField = key + u'[' + QString::number(g) + u']';
            const QJsonArray group = groups.at(g).toArray();
            if (!groups.at(g).isArray() || group.size() < 2 || group.size() > kMaxGroupSize) {
                return makeError(ErrorCode::InvalidValue,
                                 tr("expected an array of 2 to %1 words").arg(kMaxGroupSize),
                                 groupField);
            }
            QStringList members;
            for (qsizetype m = 0; m < group.size(); ++m) {
                const QString member = group.at(m).toString().trimmed();
                if (!group.at(m).isString() || member.isEmpty()
                    || member.size() > kMaxMemberChars) {
                    return makeError(
                        ErrorCode::InvalidValue,
                        tr("expected a word or phrase of 1 to %1 characters").arg(kMaxMemberChars),
                        groupField + u'[' + QString::number(m) + u']');
                }
                members.append(member);
            }
            synonyms.addGroup(*lang, members);
        }
    }
    return synonyms;
}

Result<FaqSynonyms> FaqSynonyms::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("no synonyms file at %1").arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::StorageError,
                         tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    Result<FaqSynonyms> synonyms = fromJson(file.readAll());
    if (!synonyms) {
        Error error = synonyms.error();
        error.message = path + u": "_s + error.message;
        return error;
    }
    return synonyms;
}

void FaqSynonyms::addGroup(Language lang, const QStringList &members)
{
    if (members.size() >= 2)
        m_groups[size_t(lang)].append(members);
}

qsizetype FaqSynonyms::groupCount() const
{
    qsizetype count = 0;
    for (const auto &groups : m_groups)
        count += groups.size();
    return count;
}

} // namespace Guichet
