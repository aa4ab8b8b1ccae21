#include "surveystore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

Result<bool> SurveyStore::insertSurvey(qint64 conversation, int rating, const QString &comment,
                                       const QString &agent, qint64 at)
{
    Query q = prepared(u"INSERT INTO surveys (conversation, rating, comment, agent, at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation) DO NOTHING"_s);
    q.bindAll(conversation, rating, comment, agent, at);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

std::optional<std::pair<int, QString>> SurveyStore::survey(qint64 conversation)
{
    Query q = prepared(u"SELECT rating, comment FROM surveys WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair { q.value(0).toInt(), q.value(1).toString() };
}

} // namespace Guichet::Server
