#pragma once

#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/storage.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace Guichet::Server {

//! --demo: demo agents with published passwords, the knowledge base, and
//! simulated citizens writing in the five languages on every channel at a
//! gentle rate. Only ever on loopback (ServerOptions refuses otherwise).
class Demo : public QObject
{
    Q_OBJECT

public:
    Demo(Storage &storage, ConversationService &service, const Clock &clock,
         double messagesPerSecond, QObject *parent = nullptr);

    //! Create the demo accounts (if missing) and import the knowledge base.
    Result<void> seed();
    void startSimulation();
    //! "login / password (role)" lines for the start banner.
    QStringList credentials() const { return m_credentials; }

private:
    void simulate();

    Storage &m_storage;
    ConversationService &m_service;
    const Clock &m_clock;
    double m_rate;
    QTimer m_timer;
    QStringList m_credentials;
    QRandomGenerator m_random;
};

} // namespace Guichet::Server
