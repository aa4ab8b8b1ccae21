#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

Result<void> parseListen(const QString &text, ServerOptions &options)
{
    // HOST:PORT, with [v6]:PORT for IPv6 addresses.
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return makeError(ErrorCode::InvalidValue, ServerOptions::tr("--listen expects HOST:PORT"));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return makeError(ErrorCode::InvalidValue, ServerOptions::tr("invalid port in --listen"));
    QHostAddress address;
    if (host == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return makeError(ErrorCode::InvalidValue,
                         ServerOptions::tr("--listen needs an IP address, not \"%1\"").arg(host));
    options.address = address;
    options.port = quint16(port);
    return {};
}

// The config file's "secretsFile": GUICHET_…=value lines, as the environment would
// give them (docs/operations.md). A file anyone else may read is refused: the
// secrets are the service user's alone. The environment, when it sets a variable,
// wins, as it does over the config file's own "channels" keys.
Result<void> applySecretsFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         ServerOptions::tr("the secrets file %1 does not exist").arg(path));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return makeError(ErrorCode::Forbidden,
                         ServerOptions::tr("the secrets file %1 may be read by others than its "
                                           "owner: chmod 600 it")
                             .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Forbidden,
                         ServerOptions::tr("cannot read the secrets file %1").arg(path));
    static const QRegularExpression assignment(u"^(GUICHET_[A-Z0-9_]+)=(.*)$"_s);
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto match = assignment.match(line);
        // The line's text is not repeated: it may hold a secret.
        if (!match.hasMatch())
            return makeError(ErrorCode::InvalidValue,
                             ServerOptions::tr("%1, line %2: expected GUICHET_NAME=value")
                                 .arg(path)
                                 .arg(number));
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        const QByteArray name = match.captured(1).toLatin1();
        if (!qEnvironmentVariableIsSet(name.constData()))
            qputenv(name.constData(), value.toUtf8());
    }
    return {};
}

Result<void> applyConfigFile(const QString &path, ServerOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         ServerOptions::tr("cannot read the config file %1").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return makeError(
            ErrorCode::InvalidValue,
            ServerOptions::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    const QJsonObject config = document.object();
    options.config = config;
    if (config.contains(u"listen"_s)) {
        if (auto parsed = parseListen(config.value(u"listen"_s).toString(), options); !parsed)
            return parsed;
    }
    if (config.contains(u"data"_s))
        options.dataDir = config.value(u"data"_s).toString();
    if (config.contains(u"database"_s))
        options.database = config.value(u"database"_s).toString();
    if (config.contains(u"tlsCertificate"_s))
        options.tlsCertificate = config.value(u"tlsCertificate"_s).toString();
    if (config.contains(u"tlsKey"_s))
        options.tlsKey = config.value(u"tlsKey"_s).toString();
    if (const QString secrets = config.value(u"secretsFile"_s).toString(); !secrets.isEmpty())
        return applySecretsFile(secrets);
    return {};
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments, bool *exitNow,
                                           QString *message)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Guichet's central backend: agents, queue and claims, citizen channels, knowledge "
           "base, surveys and statistics.\nSecrets come from the environment "
           "(GUICHET_MESSENGER_APP_SECRET…) or the config file, never from the command line."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    tr("Address and port to listen on (port 0: any free port)."),
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption data(u"data"_s, tr("Data folder (SQLite database, keys)."), u"DIR"_s);
    const QCommandLineOption database(
        u"database"_s, tr("postgresql://… to use PostgreSQL instead of SQLite."), u"URL"_s);
    const QCommandLineOption config(u"config"_s, tr("JSON config file."), u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Seed demo agents, the FAQ base and simulated "
                                     "citizens (loopback addresses only)."));
    const QCommandLineOption demoRate(u"demo-rate"_s,
                                      tr("Simulated citizen messages per second in demo mode."),
                                      u"RATE"_s, u"0.2"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, tr("TLS certificate (PEM): serve https/wss."),
                                     u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("TLS private key (PEM)."), u"FILE"_s);
    parser.addOptions({ listen, data, database, config, demo, demoRate, tlsCert, tlsKey });

    if (!parser.parse(arguments))
        return makeError(ErrorCode::InvalidValue, parser.errorText());
    if (parser.isSet(help)) {
        *exitNow = true;
        *message = parser.helpText() + tr("\nAdministration: guichet-server admin --help\n");
        return ServerOptions {};
    }
    if (parser.isSet(version)) {
        *exitNow = true;
        *message = u"guichet-server "_s + QStringLiteral(GUICHET_VERSION) + u" (Qt "_s
            + QString::fromLatin1(qVersion()) + u")\n"_s;
        return ServerOptions {};
    }

    ServerOptions options;
    if (parser.isSet(config)) {
        options.configFile = parser.value(config);
        if (auto applied = applyConfigFile(options.configFile, options); !applied)
            return applied.error();
    }
    if (parser.isSet(listen) || options.configFile.isEmpty()) {
        if (auto parsed = parseListen(parser.value(listen), options); !parsed)
            return parsed.error();
    }
    if (parser.isSet(data))
        options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty())
        options.dataDir = QDir::current().filePath(u"guichet-data"_s);
    if (parser.isSet(database))
        options.database = parser.value(database);
    if (!options.database.isEmpty() && !options.database.startsWith(u"postgresql://"_s)
        && !options.database.startsWith(u"postgres://"_s)) {
        return makeError(ErrorCode::InvalidValue, tr("--database expects a postgresql:// URL"));
    }
    options.demo = parser.isSet(demo);
    bool rateOk = false;
    options.demoRate = parser.value(demoRate).toDouble(&rateOk);
    if (!rateOk || options.demoRate < 0 || options.demoRate > 1000)
        return makeError(ErrorCode::InvalidValue,
                         tr("--demo-rate expects a number of messages per second"));
    if (parser.isSet(tlsCert))
        options.tlsCertificate = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("TLS needs both --tls-cert and --tls-key"));
    if (options.demo && !options.address.isLoopback()) {
        return makeError(ErrorCode::Forbidden,
                         tr("--demo refuses to listen on %1: demo accounts have published "
                            "passwords, use a loopback address (127.0.0.1 or ::1)")
                             .arg(options.address.toString()));
    }
    return options;
}

} // namespace Guichet::Server
