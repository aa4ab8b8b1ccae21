#pragma once

#include "database.h"
#include "records.h"

namespace Guichet::Server {

//! Citizens' satisfaction answers, one per conversation.
class SurveyStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! Store the answer; false when the conversation has one already.
    Result<bool> insertSurvey(qint64 conversation, int rating, const QString &comment,
                              const QString &agent, qint64 at);
    std::optional<std::pair<int, QString>> survey(qint64 conversation);
};

} // namespace Guichet::Server
