#include "triagebundle.h"

#include "server/core/serverlogging.h"
#include "server/storage/settingsstore.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

const QString kBundleKey = u"triage_bundle"_s;
const QString kRevisionKey = u"triage_revision"_s;

} // namespace

TriageBundle::TriageBundle(SettingsStore &settings, Apply apply, int pollMs, QObject *parent)
    : QObject(parent)
    , m_settingsStore(settings)
    , m_apply(std::move(apply))
{
    m_timer.setInterval(std::max(100, pollMs));
    connect(&m_timer, &QTimer::timeout, this, &TriageBundle::poll);
    m_timer.start();
    poll();
}

qint64 TriageBundle::revision(SettingsStore &settings)
{
    return settings.setting(kRevisionKey).value_or(QString()).toLongLong();
}

std::shared_ptr<const Triage::Engine> TriageBundle::active(SettingsStore &settings, QString *error)
{
    const auto stored = settings.setting(kBundleKey);
    if (!stored || stored->isEmpty())
        return Triage::Engine::builtIn();
    QString problem;
    auto engine = Triage::Engine::fromBundle(stored->toUtf8(), &problem);
    if (!engine && error)
        *error = problem;
    return engine;
}

Result<QString> TriageBundle::import(SettingsStore &settings, const QByteArray &json)
{
    QString problem;
    const auto engine = Triage::Engine::fromBundle(json, &problem);
    if (!engine)
        return makeError(ErrorCode::InvalidValue, problem);
    auto stored = settings.database().transaction([&]() -> Result<void> {
        if (auto r = settings.setSetting(kBundleKey, QString::fromUtf8(json)); !r)
            return r;
        return settings.setSetting(kRevisionKey, QString::number(revision(settings) + 1));
    });
    if (!stored)
        return stored.error();
    return engine->version();
}

void TriageBundle::poll()
{
    const qint64 now = revision(m_settingsStore);
    if (now == m_revision)
        return;
    QString error;
    auto engine = active(m_settingsStore, &error);
    if (!engine) {
        // Once per revision: the log says it, the engine in use stays.
        qCCritical(lcChannels).noquote()
            << "the stored triage bundle does not load, keeping the one in use:" << error;
        m_revision = now;
        return;
    }
    if (m_revision >= 0 || now > 0)
        qCInfo(lcChannels).noquote().nospace()
            << "event=triage_bundle revision=" << now << " version=" << engine->version();
    m_revision = now;
    m_apply(std::move(engine));
}

} // namespace Guichet::Server::Channels
