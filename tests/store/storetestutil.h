#pragma once

#include "app/store/store.h"

#include <QFile>
#include <QUuid>

namespace Guichet::Test {

inline Conversation sampleConversation(qint64 id,
                                       const QString &citizen = QStringLiteral("Jean Dupont"))
{
    Conversation c;
    c.id = id;
    c.reference = QStringLiteral("BN-%1").arg(id);
    c.channel = Channel::Messenger;
    c.lang = Language::Fr;
    c.citizen = citizen;
    c.subject = QStringLiteral("Vol de vélo");
    c.state = ConversationState::Queued;
    c.deadline = 1767225600000 + id;
    c.openedAt = 1767200000000;
    c.updatedAt = 1767200000000;
    c.lastExcerpt = QStringLiteral("On m'a volé mon vélo");
    c.lastSeq = id;
    return c;
}

inline Message sampleMessage(qint64 conversation, const QString &text, qint64 at = 1767200000000)
{
    Message m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.conversation = conversation;
    m.seq = at % 100000;
    m.author = Author::Citizen;
    m.text = text;
    m.at = at;
    m.delivery = DeliveryState::Delivered;
    return m;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Guichet::Test
