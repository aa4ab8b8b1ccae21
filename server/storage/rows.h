#pragma once

// Shared by the stores, not part of any interface: how records and JSON are
// written to and read from rows (server/storage/*store.cpp).

#include "database.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Guichet::Server::Rows {

using namespace Qt::StringLiterals;

inline QString joinLanguages(const QList<Language> &languages)
{
    QStringList names;
    for (const Language lang : languages)
        names.append(wireName(lang));
    return names.join(u',');
}

inline QList<Language> splitLanguages(const QString &text)
{
    QList<Language> result;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto lang = fromWireName<Language>(name))
            result.append(*lang);
    }
    return result;
}

//! Runs @p q and reads its first row with @p read: none when the statement
//! failed or found nothing.
template<typename Read>
auto readRow(Database::Query &q, Read read) -> std::optional<decltype(read(q))>
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

//! Runs @p q and reads each row with @p read: none when the statement failed.
template<typename Read>
auto readRows(Database::Query &q, Read read) -> QList<decltype(read(q))>
{
    QList<decltype(read(q))> rows;
    if (q.exec()) {
        while (q.next())
            rows.append(read(q));
    }
    return rows;
}

template<typename E>
inline E enumOr(const QVariant &value, E fallback)
{
    return fromWireName<E>(value.toString()).value_or(fallback);
}

inline QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList jsonToList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

inline constexpr const char *kAgentColumns =
    "id, login, name, role, team, languages, capacity, disabled, expires_at, password_hash, "
    "failed_logins, locked_until, wipe_requested, last_seen, presence";

inline AgentRecord readAgent(const QSqlQuery &q)
{
    AgentRecord a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.role = enumOr(q.value(3), Role::Gendarme);
    a.team = q.value(4).toString();
    a.languages = splitLanguages(q.value(5).toString());
    a.capacity = q.value(6).toInt();
    a.disabled = q.value(7).toInt() != 0;
    a.expiresAt = q.value(8).toLongLong();
    a.passwordHash = q.value(9).toString();
    a.failedLogins = q.value(10).toInt();
    a.lockedUntil = q.value(11).toLongLong();
    a.wipeRequested = q.value(12).toInt() != 0;
    a.lastSeen = q.value(13).toLongLong();
    a.presence = enumOr(q.value(14), Presence::Offline);
    return a;
}

inline constexpr const char *kConversationColumns =
    "id, reference, channel, lang, citizen, citizen_key, subject, state, owner, team, emergency, "
    "sgbv, sla, deadline, outcome, opened_at, updated_at, closed_at, last_citizen_at, "
    "access_digest";

inline constexpr int kConversationColumnCount = 20;

inline ConversationRecord readConversation(const QSqlQuery &q)
{
    ConversationRecord c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.channel = enumOr(q.value(2), Channel::WebChat);
    c.lang = enumOr(q.value(3), Language::Fr);
    c.citizen = q.value(4).toString();
    c.citizenKey = q.value(5).toString();
    c.subject = q.value(6).toString();
    c.state = enumOr(q.value(7), ConversationState::Queued);
    c.owner = q.value(8).toString();
    c.team = q.value(9).toString();
    c.emergency = q.value(10).toInt() != 0;
    c.sgbv = q.value(11).toInt() != 0;
    c.sla = enumOr(q.value(12), SlaState::OnTime);
    c.deadline = q.value(13).toLongLong();
    c.outcome = fromWireName<Outcome>(q.value(14).toString());
    c.openedAt = q.value(15).toLongLong();
    c.updatedAt = q.value(16).toLongLong();
    c.closedAt = q.value(17).toLongLong();
    c.lastCitizenAt = q.value(18).toLongLong();
    c.accessDigest = q.value(19).toString().toLatin1();
    return c;
}

inline constexpr const char *kMessageColumns =
    "id, conversation, seq, author, agent, text, attachments, at, delivery, reason, external_id";

inline MessageRecord readMessage(const QSqlQuery &q)
{
    MessageRecord m;
    m.id = q.value(0).toString();
    m.conversation = q.value(1).toLongLong();
    m.seq = q.value(2).toLongLong();
    m.author = enumOr(q.value(3), Author::Citizen);
    m.agent = q.value(4).toString();
    m.text = q.value(5).toString();
    m.attachments = q.value(6).toString();
    m.at = q.value(7).toLongLong();
    m.delivery = enumOr(q.value(8), DeliveryState::Sent);
    m.reason = q.value(9).toString();
    m.externalId = q.value(10).toString();
    return m;
}

inline Protocol::Event readEvent(const QSqlQuery &q)
{
    Protocol::Event e;
    e.seq = q.value(0).toLongLong();
    e.kind = enumOr(q.value(1), EventKind::MessageAdded);
    e.at = q.value(2).toLongLong();
    e.conversation = q.value(3).toLongLong();
    e.data = fromJsonText(q.value(4).toString());
    return e;
}

// Readable, non-sequential-looking reference for citizens ("BN-4F7KQ2"). It
// is not a secret (the follow-up link carries a separate token).
inline QString referenceFor(qint64 id)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
    quint64 mixed = (quint64(id) * 0x9E3779B1ULL) ^ 0x5DEECE66DULL;
    mixed &= (quint64(1) << 40) - 1;
    QString text;
    for (int i = 0; i < 8; ++i) {
        text.prepend(QLatin1Char(alphabet[mixed & 31]));
        mixed >>= 5;
    }
    return u"BN-"_s + text + u'-' + QString::number(id);
}

} // namespace Guichet::Server::Rows
