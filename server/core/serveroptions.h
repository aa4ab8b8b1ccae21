#pragma once

#include "protocol/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Guichet::Server {

//! Everything guichet-server is told at start: command line first, then the
//! config file (--config), then the environment for secrets (never argv).
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::Server::ServerOptions)

public:
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    QString database; //!< empty: SQLite file in dataDir; else postgresql://…
    QString configFile;
    bool demo = false;
    double demoRate = 0.2; //!< simulated citizen messages per second in demo mode
    QString tlsCertificate;
    QString tlsKey;
    //! The whole config file, for the sections other parts read ("routing",
    //! "limits", "channels").
    QJsonObject config;

    //! Parse guichet-server's command line (program name first). On --help or
    //! --version, @p exitNow is set and the text is in @p message.
    static Result<ServerOptions> parse(const QStringList &arguments, bool *exitNow,
                                       QString *message);
};

} // namespace Guichet::Server
