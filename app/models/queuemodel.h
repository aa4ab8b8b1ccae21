#pragma once

#include "app/core/conversation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringMatcher>

#include <optional>
#include <vector>

namespace Guichet {

//! What the agent wants to see in the queue.
struct QueueFilter
{
    enum class Scope { All, Team, Mine };
    enum class States { Open, Queued, Claimed, Closed, Any };

    Scope scope = Scope::All;
    States states = States::Open;
    std::optional<Channel> channel;
    std::optional<Language> lang;
    bool flaggedOnly = false; //!< emergencies and violence cases
    QString search; //!< in the citizen's name, reference, subject and last message

    bool operator==(const QueueFilter &) const = default;
};

//! The queue: every cached conversation, filtered and ordered most urgent first
//! (emergencies, then sexual and gender-based violence, then by SLA deadline, closed
//! ones last), as the server orders it.
//!
//! Live events go through upsert(): rows are inserted, updated or moved one by one,
//! never reset, so the view keeps its selection and scroll position. A new filter
//! rebuilds the visible rows in one pass over every conversation kept in queue
//! order, without sorting (fast at 100,000); a search is one case-insensitive
//! Boyer-Moore matcher run over the searched fields.
class QueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        ChannelRole,
        LanguageRole,
        CitizenRole,
        SubjectRole,
        StateRole,
        OwnerRole,
        EmergencyRole,
        SgbvRole,
        SlaRole,
        DeadlineRole,
        ExcerptRole,
        LastMessageAtRole,
        UnreadRole,
        //! How many of the agent's commands on it the server refused (int).
        RefusedRole,
    };
    Q_ENUM(Role)

    explicit QueueModel(QObject *parent = nullptr);

    //! The agent the "mine" and "team" scopes refer to.
    void setAgent(const QString &login, const QString &team);

    //! Replace everything (cache opened or unlocked).
    void load(QList<Conversation> conversations);
    //! Above this many conversations at once, upsert() rebuilds the rows in one reset.
    static constexpr int kLargeBatch = 64;
    //! Insert new conversations and update known ones in place (row by row up to
    //! kLargeBatch conversations; a larger batch, a sync after a long absence, in one reset).
    void upsert(const QList<Conversation> &conversations);
    void remove(qint64 id);
    void clear();
    //! Refused commands per conversation (the rows' badges); rows whose count
    //! changed are updated in place.
    void setRefusals(const QHash<qint64, int> &counts);
    int refusedCount() const;

    const QueueFilter &filter() const { return m_filter; }
    void setFilter(const QueueFilter &filter);

    //! The conversation shown at @p row.
    const Conversation &at(int row) const;
    //! The row of @p id, or -1 when it is filtered out or unknown.
    int rowOf(qint64 id) const;
    std::optional<Conversation> conversation(qint64 id) const;
    int totalCount() const { return int(m_all.size()); }
    //! Counts for the status bar: conversations waiting to be taken.
    int waitingCount() const { return m_waiting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Key
    {
        quint8 closed = 0;
        quint8 emergency = 0;
        quint8 sgbv = 0;
        qint64 deadline = 0;
        qint64 id = 0;
        auto operator<=>(const Key &) const = default;
    };
    static Key keyOf(const Conversation &c);
    //! Whether the conversation at position @p pos of m_all passes the filter.
    bool accepts(size_t pos) const;
    //! Where the position whose key is @p key is (or would go) in @p positions,
    //! a list of positions in m_all sorted by key.
    int lowerBound(const std::vector<int> &positions, const Key &key) const;
    int lowerBound(const Key &key) const { return lowerBound(m_visible, key); }
    void rebuild();
    //! Store @p c at @p pos (a new position when pos == m_all.size()) and keep
    //! the keys, the queue order and the counts in step.
    void store(size_t pos, const Conversation &c);

    std::vector<Conversation> m_all;
    std::vector<Key> m_keys; //!< parallel to m_all
    QHash<qint64, int> m_index; //!< id → position in m_all
    QHash<qint64, int> m_refusals; //!< conversation → refused commands
    std::vector<int> m_order; //!< every position in m_all, sorted by key
    std::vector<int> m_visible; //!< the positions m_filter accepts, sorted by key
    QStringMatcher m_search { QString(), Qt::CaseInsensitive }; //!< the filter's search
    int m_waiting = 0;
    QueueFilter m_filter;
    QString m_login;
    QString m_team;
};

} // namespace Guichet
