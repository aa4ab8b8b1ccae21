#include "conversationmodel.h"

#include "app/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

bool before(const Message &a, const Message &b)
{
    // Stored messages in server order; local pending replies (seq 0) after them.
    if ((a.seq == 0) != (b.seq == 0))
        return b.seq == 0;
    if (a.seq != b.seq)
        return a.seq < b.seq;
    return a.at < b.at;
}

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConversationModel::setConversation(Store *store, qint64 conversation)
{
    m_store = store;
    m_conversation = conversation;
    reload();
}

void ConversationModel::reload()
{
    beginResetModel();
    m_messages.clear();
    if (m_store && m_conversation) {
        m_messages = m_store->messages(m_conversation);
        std::stable_sort(m_messages.begin(), m_messages.end(), before);
    }
    endResetModel();
}

void ConversationModel::clear()
{
    setConversation(nullptr, 0);
}

void ConversationModel::refresh(const QStringList &messageIds)
{
    if (!m_store || !m_conversation)
        return;
    for (const QString &id : messageIds) {
        const std::optional<Message> message = m_store->message(id);
        if (!message || message->conversation != m_conversation)
            continue;
        const auto known = std::find_if(m_messages.begin(), m_messages.end(),
                                        [&](const Message &m) { return m.id == id; });
        if (known != m_messages.end()) {
            int row = int(known - m_messages.begin());
            *known = *message;
            // Acknowledged: the reply takes its place in server order. The rows
            // before and after it are still in order (it alone changed), so each
            // side is searched on its own.
            const auto first = m_messages.begin();
            int target = row;
            if (row > 0 && before(*message, m_messages.at(row - 1)))
                target = int(std::upper_bound(first, first + row, *message, before) - first);
            else if (row + 1 < m_messages.size() && before(m_messages.at(row + 1), *message))
                target = int(std::upper_bound(first + row + 1, m_messages.end(), *message, before)
                             - first);
            if (target != row && target != row + 1) {
                beginMoveRows({}, row, row, {}, target);
                m_messages.move(row, target > row ? target - 1 : target);
                endMoveRows();
                row = target > row ? target - 1 : target;
            }
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        const int row = int(std::upper_bound(m_messages.begin(), m_messages.end(), *message, before)
                            - m_messages.begin());
        beginInsertRows({}, row, row);
        m_messages.insert(row, *message);
        endInsertRows();
    }
}

QString ConversationModel::lastCitizenText() const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->author == Author::Citizen)
            return it->text;
    }
    return {};
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case IdRole:
        return m.id;
    case AuthorRole:
        return QVariant::fromValue(m.author);
    case AgentRole:
        return m.agent;
    case AtRole:
        return m.at;
    case DeliveryRole:
        return QVariant::fromValue(m.delivery);
    case ReasonRole:
        return m.reason;
    case AttachmentsRole: {
        if (m.attachments.isEmpty())
            return QVariantList();
        return QJsonDocument::fromJson(m.attachments.toUtf8()).array().toVariantList();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { AuthorRole, "author" },
                   { AgentRole, "agent" },
                   { TextRole, "text" },
                   { AtRole, "at" },
                   { DeliveryRole, "delivery" },
                   { ReasonRole, "reason" },
                   { AttachmentsRole, "attachments" } });
    return names;
}

} // namespace Guichet
