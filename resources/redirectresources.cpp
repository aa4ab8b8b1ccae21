#include "redirectresources.h"

using namespace Qt::StringLiterals;

namespace Guichet::Resources {

QString redirectDefinitions()
{
    return u":/guichet/redirects/redirects.json"_s;
}

} // namespace Guichet::Resources
