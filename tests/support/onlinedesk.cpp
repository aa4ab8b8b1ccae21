#include "onlinedesk.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Guichet::Test {

bool OnlineDesk::logIn(const QUrl &server, const QString &login, const QString &password,
                       int timeoutMs)
{
    m_workstation.setCachePath(m_home.filePath(u"cache.db"_s));
    m_workstation.setKdfCost(KdfCost::minimum());
    const Result<void> setUp =
        m_workstation.setUp({ server, login }, password, KeyVault::Method::Passphrase,
                            u"une phrase secrète assez longue"_s);
    if (!setUp) {
        qWarning("OnlineDesk: %s could not set up: %s", qPrintable(login),
                 qPrintable(setUp.error().toString()));
        return false;
    }
    const auto online = [this] {
        return m_workstation.engine()->state() == SyncEngine::State::Online;
    };
    if (!QTest::qWaitFor(online, timeoutMs)) {
        qWarning("OnlineDesk: %s not online after %d ms", qPrintable(login), timeoutMs);
        return false;
    }
    return true;
}

} // namespace Guichet::Test
