#pragma once

#include "app/core/message.h"

#include <QAbstractListModel>

namespace Guichet {

class Store;

//! The messages of one conversation, oldest first, read from the cache. Messages
//! that arrive or change (delivery receipts, a pending reply acknowledged) are
//! inserted or updated in place.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorRole,
        AgentRole,
        TextRole,
        AtRole,
        DeliveryRole,
        ReasonRole,
        AttachmentsRole, //!< QVariantList of QVariantMap {url, name, type}
    };
    Q_ENUM(Role)

    explicit ConversationModel(QObject *parent = nullptr);

    //! Show @p conversation from @p store (0: nothing).
    void setConversation(Store *store, qint64 conversation);
    qint64 conversation() const { return m_conversation; }
    //! Re-read these messages from the cache; those of other conversations are ignored.
    void refresh(const QStringList &messageIds);
    //! Re-read every message (after a reconnection's sync).
    void reload();
    void clear();

    const Message &at(int row) const { return m_messages.at(row); }
    //! The citizen's last message, for FAQ suggestions.
    QString lastCitizenText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Store *m_store = nullptr;
    qint64 m_conversation = 0;
    QList<Message> m_messages;
};

} // namespace Guichet
