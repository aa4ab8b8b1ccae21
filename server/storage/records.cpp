#include "records.h"

namespace Guichet::Server {

Protocol::AgentInfo AgentRecord::info() const
{
    return Protocol::AgentInfo { id, login, name, role, team, languages, capacity };
}

} // namespace Guichet::Server
