#include "storage.h"

namespace Guichet::Server {

Storage::Storage(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{ }

Storage::~Storage() = default;

Result<std::unique_ptr<Storage>> Storage::open(const ServerOptions &options,
                                               const QString &connectionName, const Clock &clock)
{
    auto database = Database::open(options, connectionName, -1, clock);
    if (!database)
        return database.error();
    return std::unique_ptr<Storage>(new Storage(std::move(*database)));
}

} // namespace Guichet::Server
