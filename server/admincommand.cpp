#include "admincommand.h"

#include "protocol/validation.h"
#include "server/channels/channelsettings.h"
#include "server/channels/messenger/messengercheck.h"
#include "server/channels/triagebundle.h"
#include "server/channels/twitter/xadmin.h"
#include "server/channels/twitter/xoauth2.h"
#include "server/conversations/conversationservice.h"
#include "server/conversations/knowledgebase.h"
#include "server/conversations/redirects.h"
#include "server/core/secrets.h"
#include "server/core/serveroptions.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

#include <pwd.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

constexpr int kMinPasswordLength = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("Guichet::Server::Admin", text);
}

QString usage()
{
    return tr(
        "Usage: guichet-server admin [--data DIR | --database URL] [--config FILE] COMMAND\n\n"
        "Agents (passwords are read from stdin):\n"
        "  agent add LOGIN --name NAME --role gendarme|reservist|supervisor [--team T]\n"
        "            [--languages fr,en] [--capacity N] [--expires YYYY-MM-DD]\n"
        "  agent set LOGIN [--name] [--role] [--team] [--languages] [--capacity] [--expires]\n"
        "  agent disable LOGIN        cut off at once, live connections included\n"
        "  agent enable LOGIN\n"
        "  agent password LOGIN       reset the password (revokes the agent's sessions)\n"
        "  agent wipe LOGIN [--clear] order (or clear) a remote wipe of the agent's cache\n"
        "  agent list [--json]\n"
        "Knowledge base (JSON Lines):\n"
        "  faq import FILE            add or update entries; agents receive them through sync\n"
        "  faq export [FILE]          to FILE or stdout\n"
        "  faq history ID [--json]    every version of an entry: who, when, what\n"
        "  faq revert ID VERSION      make an earlier version current again (a new version;\n"
        "                             a retired entry comes back); agents receive it\n"
        "  faq retire ID [--lang LL]  take an entry out of the base and of every workstation\n"
        "Redirect definitions (JSON, docs/redirects.md):\n"
        "  redirects import FILE      check, then replace them; agents receive them through sync\n"
        "  redirects export [FILE]    to FILE or stdout\n"
        "Triage bundle (JSON, docs/triage.md):\n"
        "  triage import FILE         check whole, then make it the active bundle of every\n"
        "                             server on this database (within seconds, no restart)\n"
        "  triage export [FILE]       the active bundle, to FILE or stdout\n"
        "Audit log (docs/supervision.md):\n"
        "  audit verify [--json]      check the hash chain; says where it breaks (exit 3)\n"
        "Surges (what reservists may see):\n"
        "  surge on [--channels webchat,messenger] [--languages fr,en]\n"
        "  surge off\n"
        "  surge status\n"
        "Citizen platforms (docs/channels.md; the same environment as the server):\n"
        "  messenger check            token, page id and webhook subscription, asked of the\n"
        "                             Graph API; says what is missing\n"
        "  x webhook register|list|validate|delete, x subscribe|subscriptions|unsubscribe\n"
        "                             X's webhook and the account's subscription\n"
        "                             (guichet-server admin x for details)\n"
        "  x token import [FILE]|status [--json]|refresh|clear\n"
        "                             the account's OAuth 2.0 tokens, sealed in the database\n"
        "                             (import reads X's token JSON from FILE or stdin)\n");
}

// The password on stdin: without echo on a terminal, else the first line.
QString readPassword(QTextStream &err)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        err << tr("Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return password;
}

std::optional<QList<Language>> parseLanguages(const QString &text)
{
    QList<Language> result;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        const auto lang = fromWireName<Language>(name.trimmed());
        if (!lang)
            return std::nullopt;
        result.append(*lang);
    }
    return result;
}

std::optional<qint64> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    // The account works until the end of that day.
    return date.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

//! Who runs the admin command, for the knowledge base's history: the person behind sudo
//! when there is one, else the system account.
QString adminOperator()
{
    QString name;
    if (::geteuid() == 0)
        name = qEnvironmentVariable("SUDO_USER");
    if (name.isEmpty()) {
        if (const passwd *account = ::getpwuid(::geteuid()))
            name = QString::fromLocal8Bit(account->pw_name);
    }
    return name.isEmpty() ? u"admin"_s : u"admin:"_s + name;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonObject agentJson(const AgentRecord &a)
{
    QJsonArray languages;
    for (const Language lang : a.languages)
        languages.append(wireName(lang));
    return { { u"login"_s, a.login },
             { u"name"_s, a.name },
             { u"role"_s, wireName(a.role) },
             { u"team"_s, a.team },
             { u"languages"_s, languages },
             { u"capacity"_s, a.capacity },
             { u"disabled"_s, a.disabled },
             { u"expiresAt"_s, a.expiresAt },
             { u"wipeRequested"_s, a.wipeRequested },
             { u"lastSeen"_s, a.lastSeen } };
}

//! Walk the audit chain in id order: every record's hash must match its fields,
//! its previous hash the record before it, its id follow that record's.
int verifyAudit(AuditLog &audit, bool json, QTextStream &out, QTextStream &err)
{
    constexpr int kPage = 5000;
    QJsonArray breaks;
    QStringList lines;
    const auto broken = [&](qint64 id, const QString &what, const QString &text) {
        breaks.append(QJsonObject { { u"id"_s, id }, { u"problem"_s, what } });
        lines.append(text);
    };
    qint64 lastId = 0;
    QString lastHash = AuditLog::auditGenesis();
    qint64 count = 0;
    for (;;) {
        auto page = audit.auditRecords(lastId, kPage);
        if (!page) {
            err << "guichet-server admin: " << page.error().message << Qt::endl;
            return 1;
        }
        for (const AuditLog::AuditRecord &r : std::as_const(*page)) {
            ++count;
            if (r.id != lastId + 1) {
                broken(r.id, u"missing"_s,
                       tr("record %1: records %2 to %3 are missing")
                           .arg(r.id)
                           .arg(lastId + 1)
                           .arg(r.id - 1));
            } else if (r.prevHash != lastHash) {
                broken(r.id, u"previous_hash"_s,
                       tr("record %1: its previous hash %2 is not the hash %3 of record %4 (a "
                          "record was rewritten with a new hash, or replaced)")
                           .arg(r.id)
                           .arg(r.prevHash.left(16), lastHash.left(16))
                           .arg(lastId));
            }
            if (const QString computed = AuditLog::auditHash(r); computed != r.hash) {
                broken(r.id, u"content"_s,
                       tr("record %1: its fields hash to %2, not to the stored %3: it was edited "
                          "(%4 by %5 at %6)")
                           .arg(r.id)
                           .arg(computed.left(16), r.hash.left(16), r.action, r.actor)
                           .arg(r.at));
            }
            // Go on from the stored hash: one edit is reported once, at its record.
            lastId = r.id;
            lastHash = r.hash;
        }
        if (page->size() < kPage)
            break;
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject { { u"records"_s, count },
                                                             { u"headId"_s, lastId },
                                                             { u"headHash"_s, lastHash },
                                                             { u"intact"_s, breaks.isEmpty() },
                                                             { u"breaks"_s, breaks } })
                                     .toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        for (const QString &line : std::as_const(lines))
            out << line << Qt::endl;
        if (breaks.isEmpty()) {
            out << tr("audit log intact: %1 records, last %2, hash %3")
                       .arg(count)
                       .arg(lastId)
                       .arg(lastHash)
                << Qt::endl;
        } else {
            out << tr("audit log BROKEN: %1 problems in %2 records").arg(breaks.size()).arg(count)
                << Qt::endl;
        }
    }
    return breaks.isEmpty() ? 0 : 3;
}

} // namespace

int runAdmin(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show help."));
    const QCommandLineOption data(u"data"_s, tr("Data folder."), u"DIR"_s);
    const QCommandLineOption database(u"database"_s, tr("postgresql:// URL."), u"URL"_s);
    const QCommandLineOption config(u"config"_s, tr("Config file."), u"FILE"_s);
    const QCommandLineOption name(u"name"_s, tr("Display name."), u"NAME"_s);
    const QCommandLineOption role(u"role"_s, tr("Role."), u"ROLE"_s);
    const QCommandLineOption team(u"team"_s, tr("Team."), u"TEAM"_s);
    const QCommandLineOption languages(u"languages"_s, tr("Languages."), u"LIST"_s);
    const QCommandLineOption capacity(u"capacity"_s, tr("Simultaneous conversations."), u"N"_s);
    const QCommandLineOption expires(u"expires"_s, tr("Last day of a reservist's account."),
                                     u"DATE"_s);
    const QCommandLineOption channels(u"channels"_s, tr("Channels."), u"LIST"_s);
    const QCommandLineOption json(u"json"_s, tr("JSON output."));
    const QCommandLineOption clear(u"clear"_s, tr("Clear instead of set."));
    const QCommandLineOption lang(u"lang"_s, tr("Language."), u"LL"_s);
    parser.addOptions({ help, data, database, config, name, role, team, languages, capacity,
                        expires, channels, json, clear, lang });
    if (!parser.parse(arguments)) {
        err << "guichet-server admin: " << parser.errorText() << Qt::endl;
        return 2;
    }
    // arguments: program, "admin", command…
    const QStringList words = parser.positionalArguments().mid(1);
    if (parser.isSet(help) || words.isEmpty()) {
        out << usage();
        return parser.isSet(help) ? 0 : 2;
    }
    const auto fail = [&err](const QString &message, int code = 1) {
        err << "guichet-server admin: " << message << Qt::endl;
        return code;
    };

    // The same storage selection as the server itself.
    QStringList serverArgs { u"guichet-server"_s };
    for (const auto &option : { data, database, config }) {
        if (parser.isSet(option))
            serverArgs << u"--"_s + option.names().constFirst() << parser.value(option);
    }
    bool exitNow = false;
    QString ignored;
    auto options = ServerOptions::parse(serverArgs, &exitNow, &ignored);
    if (!options)
        return fail(options.error().message, 2);
    // Platform checks need the channel settings, not the storage.
    if (words.value(0) == u"messenger"_s) {
        if (words.value(1) != u"check"_s) {
            out << usage();
            return 2;
        }
        return Channels::checkMessenger(Channels::ChannelSettings::load(options->config).messenger,
                                        out);
    }
    if (words.value(0) == u"x"_s && words.value(1) != u"token"_s) {
        const auto x = Channels::ChannelSettings::load(options->config, options->dataDir).twitter;
        // Subscribing without OAuth 1.0a: the account's stored OAuth 2.0 token.
        QString userToken;
        if (words.value(1) == u"subscribe"_s && !x.oauth1()) {
            auto opened = Storage::open(*options, u"guichet-admin"_s);
            if (!opened)
                return fail(opened.error().message);
            Channels::XOAuth2::Store store((*opened)->settingsStore(), x);
            auto tokens = store.load();
            if (!tokens)
                return fail(tokens.error().message);
            if (*tokens && (*tokens)->expiresAt <= Clock::system().nowMs())
                return fail(tr("the stored X access token has expired: run guichet-server admin "
                               "x token refresh first"));
            if (*tokens)
                userToken = (*tokens)->accessToken;
        }
        return Channels::runXAdmin(x, words.mid(1), out, err, userToken);
    }
    auto opened = Storage::open(*options, u"guichet-admin"_s);
    if (!opened)
        return fail(opened.error().message);
    Storage &storage = **opened;
    if (words.value(0) == u"x"_s) {
        return Channels::runXTokenAdmin(
            Channels::ChannelSettings::load(options->config, options->dataDir).twitter,
            storage.settingsStore(), words.mid(2), parser.isSet(json), out, err);
    }
    const Clock &clock = Clock::system();
    ConversationService service(
        serviceStores(storage),
        RoutingSettings::fromJson(options->config.value(u"routing"_s).toObject()), clock);
    const qint64 now = clock.nowMs();
    const QString command = words.mid(0, 2).join(u' ');
    const QString target = words.value(2);

    const auto applyFields = [&](AgentRecord &agent) -> std::optional<QString> {
        if (parser.isSet(name))
            agent.name = parser.value(name).trimmed();
        if (parser.isSet(role)) {
            const auto parsed = fromWireName<Role>(parser.value(role));
            if (!parsed)
                return tr("unknown role \"%1\" (gendarme, reservist, supervisor)")
                    .arg(parser.value(role));
            agent.role = *parsed;
        }
        if (parser.isSet(team))
            agent.team = parser.value(team);
        if (parser.isSet(languages)) {
            const auto parsed = parseLanguages(parser.value(languages));
            if (!parsed || parsed->isEmpty())
                return tr("languages are a list of fr, en, de, it, es");
            agent.languages = *parsed;
        }
        if (parser.isSet(capacity)) {
            bool ok = false;
            agent.capacity = parser.value(capacity).toInt(&ok);
            if (!ok || agent.capacity < 0 || agent.capacity > 100)
                return tr("capacity is a number from 0 to 100");
        }
        if (parser.isSet(expires)) {
            const auto date = parseDate(parser.value(expires));
            if (!date)
                return tr("--expires expects a date, YYYY-MM-DD");
            agent.expiresAt = *date;
        }
        if (agent.role == Role::Reservist && agent.expiresAt == 0)
            return tr("a reservist's account is time-boxed: give --expires");
        if (agent.name.isEmpty())
            return tr("--name is required");
        return std::nullopt;
    };
    // Who ran the command, for the audit log: the system account (the admin
    // command runs on the server's own machine, under its own permissions).
    const ConversationService::Actor admin {
        u"admin:"_s + qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", u"?"_s)),
        u"admin"_s
    };
    const auto save = [&](const AgentRecord &agent, bool revoke,
                          const QString &action) -> Result<void> {
        return storage.database().transaction([&]() -> Result<void> {
            if (auto r = storage.agentStore().updateAgent(agent); !r)
                return r;
            if (auto a = storage.auditLog().appendAudit(admin.name, admin.role, action, 0,
                                                        { { u"agent"_s, agent.login } }, now);
                !a)
                return a.error();
            if (revoke) {
                if (auto r = storage.agentStore().revokeTokens(agent.id); !r)
                    return r;
            }
            if (auto r = storage.agentStore().bumpAgentsVersion(); !r)
                return r;
            // The workstations' roster shows the change (name, team, capacity…).
            return service.agentUpdated(agent.login, now);
        });
    };

    if (command == u"agent add"_s) {
        if (!Protocol::isValidLogin(target))
            return fail(tr("a login is 2 to 32 of a-z, 0-9, '.', '_', '-'"), 2);
        if (storage.agentStore().agent(target))
            return fail(tr("agent %1 already exists").arg(target));
        AgentRecord agent;
        agent.login = target;
        agent.team = service.settings().defaultTeam;
        agent.languages = { Language::Fr };
        if (const auto problem = applyFields(agent))
            return fail(*problem, 2);
        const QString password = readPassword(err);
        if (password.size() < kMinPasswordLength)
            return fail(tr("the password needs at least %1 characters").arg(kMinPasswordLength), 2);
        agent.passwordHash = Secrets::hashPassword(password);
        auto created = storage.database().transaction([&]() -> Result<AgentRecord> {
            auto inserted = storage.agentStore().insertAgent(agent, now);
            if (!inserted)
                return inserted;
            if (auto a = storage.auditLog().appendAudit(
                    admin.name, admin.role, u"agent_add"_s, 0,
                    { { u"agent"_s, agent.login }, { u"role"_s, wireName(agent.role) } }, now);
                !a)
                return a.error();
            if (auto r = storage.agentStore().bumpAgentsVersion(); !r)
                return r.error();
            if (auto r = service.agentUpdated(inserted->login, now); !r)
                return r.error();
            return inserted;
        });
        if (!created)
            return fail(created.error().message);
        out << tr("agent %1 created").arg(target) << Qt::endl;
        return 0;
    }

    if (command.startsWith(u"agent "_s) && command != u"agent list"_s) {
        auto agent = storage.agentStore().agent(target);
        if (!agent)
            return fail(tr("no agent %1").arg(target), 7);
        Result<void> saved;
        if (command == u"agent set"_s) {
            if (const auto problem = applyFields(*agent))
                return fail(*problem, 2);
            saved = save(*agent, false, u"agent_set"_s);
        } else if (command == u"agent disable"_s) {
            agent->disabled = true;
            saved = save(*agent, true, u"agent_disable"_s);
        } else if (command == u"agent enable"_s) {
            agent->disabled = false;
            agent->failedLogins = 0;
            agent->lockedUntil = 0;
            saved = save(*agent, false, u"agent_enable"_s);
        } else if (command == u"agent password"_s) {
            const QString password = readPassword(err);
            if (password.size() < kMinPasswordLength)
                return fail(tr("the password needs at least %1 characters").arg(kMinPasswordLength),
                            2);
            agent->passwordHash = Secrets::hashPassword(password);
            agent->failedLogins = 0;
            agent->lockedUntil = 0;
            saved = save(*agent, true, u"agent_password"_s);
        } else if (command == u"agent wipe"_s) {
            agent->wipeRequested = !parser.isSet(clear);
            saved = save(*agent, agent->wipeRequested,
                         agent->wipeRequested ? u"wipe"_s : u"wipe_clear"_s);
        } else {
            out << usage();
            return 2;
        }
        if (!saved)
            return fail(saved.error().message);
        out << tr("agent %1 updated").arg(target) << Qt::endl;
        return 0;
    }

    if (command == u"agent list"_s) {
        QJsonArray list;
        for (const AgentRecord &agent : storage.agentStore().agents()) {
            if (parser.isSet(json)) {
                list.append(agentJson(agent));
                continue;
            }
            QStringList langs;
            for (const Language lang : agent.languages)
                langs.append(wireName(lang));
            out << agent.login.leftJustified(16) << ' ' << wireName(agent.role).leftJustified(11)
                << ' ' << agent.team.leftJustified(10) << ' ' << langs.join(u',').leftJustified(15)
                << ' '
                << (agent.disabled            ? tr("disabled")
                        : agent.isActive(now) ? tr("active")
                                              : tr("expired"))
                << (agent.wipeRequested ? tr(", wipe ordered") : QString()) << Qt::endl;
        }
        if (parser.isSet(json))
            out << QString::fromUtf8(QJsonDocument(list).toJson());
        return 0;
    }

    if (command == u"faq import"_s) {
        QFile file(target);
        if (target.isEmpty() || !file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1").arg(target), 7);
        QStringList problems;
        const auto entries = KnowledgeBase::parse(file.readAll(), &problems);
        // All or nothing: a half-imported base is worse than the old one.
        if (!entries) {
            for (const QString &problem : std::as_const(problems))
                err << problem << Qt::endl;
            return fail(tr("%1 invalid lines: nothing imported").arg(problems.size()));
        }
        const auto changed = KnowledgeBase::import(storage.faqStore(), storage.eventLog(), *entries,
                                                   now, adminOperator());
        if (!changed)
            return fail(changed.error().message);
        out << tr("%1 entries read, %2 added or changed").arg(entries->size()).arg(*changed)
            << Qt::endl;
        return 0;
    }

    if (command == u"faq export"_s) {
        const QByteArray lines = KnowledgeBase::exportJsonLines(storage.faqStore());
        if (target.isEmpty()) {
            out << QString::fromUtf8(lines);
            return 0;
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
            return fail(tr("cannot write %1").arg(target));
        return 0;
    }

    if (command == u"faq history"_s) {
        if (target.isEmpty())
            return fail(tr("faq history ID"), 2);
        const QList<FaqStore::FaqVersion> history = storage.faqStore().faqHistory(target);
        if (history.isEmpty())
            return fail(tr("entry %1 has no history").arg(target), 7);
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const FaqStore::FaqVersion &version : history)
                list.append(KnowledgeBase::versionJson(version));
            out << QString::fromUtf8(QJsonDocument(list).toJson());
            return 0;
        }
        // The newest version of each language is the current text, unless it retired it.
        QMap<Language, qint64> newest;
        for (const FaqStore::FaqVersion &version : history) {
            if (version.action != u"retire"_s)
                newest.insert(version.entry.lang, version.version);
            else
                newest.remove(version.entry.lang);
        }
        // What each version changed from the one before it in its language: an edit of the
        // answer alone would otherwise look like the version it replaced.
        QMap<Language, FaqEntry> previous;
        for (const FaqStore::FaqVersion &version : history) {
            QString action = version.action;
            if (version.revertedFrom)
                action += u' ' + tr("to %1").arg(version.revertedFrom);
            const bool current = newest.value(version.entry.lang) == version.version;
            QStringList changed;
            if (const auto before = previous.constFind(version.entry.lang);
                before != previous.cend() && version.action != u"retire"_s) {
                if (before->question != version.entry.question)
                    changed.append(u"question"_s);
                if (before->answer != version.entry.answer)
                    changed.append(u"answer"_s);
                if (before->keywords != version.entry.keywords)
                    changed.append(u"keywords"_s);
                if (before->links != version.entry.links)
                    changed.append(u"links"_s);
                if (changed.isEmpty())
                    changed.append(tr("same text"));
            }
            previous.insert(version.entry.lang, version.entry);
            out << QString::number(version.version).rightJustified(6) << "  "
                << wireName(version.entry.lang) << "  " << timeText(version.at) << "  "
                << action.leftJustified(12) << ' '
                << (version.by.isEmpty() ? tr("(before history)") : version.by).leftJustified(16)
                << ' ' << version.entry.question
                << (changed.isEmpty() ? QString() : u"  ("_s + changed.join(u", "_s) + u')')
                << (current ? tr("  [current]") : QString()) << Qt::endl;
        }
        return 0;
    }

    if (command == u"faq revert"_s) {
        bool ok = false;
        const qint64 version = words.value(3).toLongLong(&ok);
        if (target.isEmpty() || !ok || version <= 0 || words.size() != 4)
            return fail(tr("faq revert ID VERSION (a number from admin faq history ID)"), 2);
        auto made = storage.database().transaction([&]() -> Result<FaqStore::FaqVersion> {
            return KnowledgeBase::revert(storage.faqStore(), storage.eventLog(), target, version,
                                         now, adminOperator());
        });
        if (!made)
            return fail(made.error().message, made.error().code == ErrorCode::NotFound ? 7 : 1);
        out << tr("%1 (%2) is back to version %3 as version %4; agents receive it through sync")
                   .arg(target, wireName(made->entry.lang))
                   .arg(version)
                   .arg(made->version)
            << Qt::endl;
        return 0;
    }

    if (command == u"faq retire"_s) {
        std::optional<Language> only;
        if (parser.isSet(lang)) {
            only = fromWireName<Language>(parser.value(lang));
            if (!only)
                return fail(tr("languages are a list of fr, en, de, it, es"), 2);
        }
        if (target.isEmpty() || words.size() != 3)
            return fail(tr("faq retire ID [--lang LL]"), 2);
        auto retired = storage.database().transaction([&]() -> Result<QList<FaqStore::FaqVersion>> {
            return KnowledgeBase::retire(storage.faqStore(), storage.eventLog(), target, only, now,
                                         adminOperator());
        });
        if (!retired) {
            return fail(retired.error().message,
                        retired.error().code == ErrorCode::NotFound ? 7 : 1);
        }
        QStringList langs;
        for (const FaqStore::FaqVersion &version : std::as_const(*retired))
            langs.append(wireName(version.entry.lang));
        out << tr("%1 retired (%2); every workstation drops it through sync")
                   .arg(target, langs.join(u", "_s))
            << Qt::endl;
        return 0;
    }

    if (command == u"redirects import"_s) {
        QFile file(target);
        if (target.isEmpty() || !file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1").arg(target), 7);
        // Checked whole before anything is stored: agents never see a bad file.
        auto definitions = RedirectDefinitions::parse(file.readAll());
        if (!definitions) {
            return fail(tr("%1 is not valid, nothing changed: %2")
                            .arg(target, definitions.error().toString()));
        }
        const auto changed =
            Redirects::import(storage.settingsStore(), storage.eventLog(), *definitions, now);
        if (!changed)
            return fail(changed.error().message);
        const auto current = Redirects::current(storage.settingsStore());
        const qint64 version = current ? current->version : 0;
        out << (*changed ? tr("redirect definitions version %1 imported; agents receive them "
                              "through sync")
                               .arg(version)
                         : tr("same definitions as version %1: nothing changed").arg(version))
            << Qt::endl;
        return 0;
    }

    if (command == u"redirects export"_s) {
        const auto current = Redirects::current(storage.settingsStore());
        if (!current)
            return fail(current.error().toString());
        const QByteArray document =
            QJsonDocument(current->toJson()).toJson(QJsonDocument::Indented);
        if (target.isEmpty()) {
            out << QString::fromUtf8(document);
            return 0;
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
            return fail(tr("cannot write %1").arg(target));
        return 0;
    }

    if (command == u"triage import"_s) {
        QFile file(target);
        if (target.isEmpty() || !file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1").arg(target), 7);
        // Checked whole before anything is stored: servers never load a bad bundle.
        const auto imported =
            Channels::TriageBundle::import(storage.settingsStore(), file.readAll());
        if (!imported) {
            return fail(tr("%1 is not a valid triage bundle, nothing changed: %2")
                            .arg(target, imported.error().message));
        }
        out << tr("triage bundle %1 imported (revision %2); running servers use it within "
                  "seconds")
                   .arg(*imported)
                   .arg(Channels::TriageBundle::revision(storage.settingsStore()))
            << Qt::endl;
        return 0;
    }

    if (command == u"triage export"_s) {
        QString error;
        const auto engine = Channels::TriageBundle::active(storage.settingsStore(), &error);
        if (!engine)
            return fail(tr("the stored triage bundle does not load: %1").arg(error));
        const QByteArray bundle = engine->toBundle();
        if (target.isEmpty()) {
            out << QString::fromUtf8(bundle);
            return 0;
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size())
            return fail(tr("cannot write %1").arg(target));
        return 0;
    }

    if (command == u"audit verify"_s)
        return verifyAudit(storage.auditLog(), parser.isSet(json), out, err);

    if (words.value(0) == u"surge"_s) {
        const QString action = words.value(1);
        if (action == u"status"_s) {
            out << QString::fromUtf8(QJsonDocument(service.surge().toJson()).toJson());
            return 0;
        }
        if (action != u"on"_s && action != u"off"_s) {
            out << usage();
            return 2;
        }
        Surge surge;
        surge.active = action == u"on"_s;
        // Unsaid: what routing.surge configures, as for a supervisor's start_surge.
        if (surge.active) {
            surge.channels = service.settings().surgeChannels;
            surge.languages = service.settings().surgeLanguages;
        }
        if (parser.isSet(channels)) {
            surge.channels.clear();
            for (const QString &channelName :
                 parser.value(channels).split(u',', Qt::SkipEmptyParts)) {
                const auto channel = fromWireName<Channel>(channelName.trimmed());
                if (!channel)
                    return fail(tr("unknown channel \"%1\"").arg(channelName), 2);
                surge.channels.append(*channel);
            }
        }
        if (parser.isSet(languages)) {
            const auto parsed = parseLanguages(parser.value(languages));
            if (!parsed)
                return fail(tr("languages are a list of fr, en, de, it, es"), 2);
            surge.languages = *parsed;
        }
        if (auto set = service.setSurge(surge, admin); !set)
            return fail(set.error().message);
        out << (surge.active ? tr("surge on") : tr("surge off")) << Qt::endl;
        return 0;
    }

    out << usage();
    return 2;
}

} // namespace Guichet::Server
