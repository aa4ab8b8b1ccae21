#pragma once

#include "abusestore.h"
#include "agentstore.h"
#include "auditlog.h"
#include "commandacks.h"
#include "conversationstore.h"
#include "database.h"
#include "enrolmentstore.h"
#include "eventlog.h"
#include "faqstore.h"
#include "figurestore.h"
#include "records.h"
#include "sendqueuestore.h"
#include "server/core/serveroptions.h"
#include "settingsstore.h"
#include "surveystore.h"

#include <memory>

namespace Guichet::Server {

//! The composition root of the server's storage: opens the Database and
//! creates one store per concern over it (event log, agents and tokens,
//! conversations and messages, send queue, abuse, knowledge base, surveys,
//! settings, command acknowledgements, audit log, figures, enrolment codes).
//! It owns them and hands each component the stores it needs; it has no
//! operations of its own.
class Storage
{
public:
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    //! Open the back-end @p options name and bring its schema up to date.
    //! @p connectionName keeps Qt Sql connections of one process apart.
    static Result<std::unique_ptr<Storage>>
    open(const ServerOptions &options, const QString &connectionName = QStringLiteral("guichet"),
         const Clock &clock = Clock::system());

    Database &database() { return *m_database; }
    EventLog &eventLog() { return m_eventLog; }
    AgentStore &agentStore() { return m_agents; }
    ConversationStore &conversationStore() { return m_conversations; }
    CommandAcks &commandAcks() { return m_commandAcks; }
    FaqStore &faqStore() { return m_faq; }
    SurveyStore &surveyStore() { return m_surveys; }
    SettingsStore &settingsStore() { return m_settings; }
    FigureStore &figureStore() { return m_figures; }
    SendQueueStore &sendQueueStore() { return m_sendQueue; }
    AbuseStore &abuseStore() { return m_abuse; }
    AuditLog &auditLog() { return m_audit; }
    EnrolmentStore &enrolmentStore() { return m_enrolments; }

private:
    explicit Storage(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    EventLog m_eventLog { *m_database };
    AgentStore m_agents { *m_database };
    ConversationStore m_conversations { *m_database };
    CommandAcks m_commandAcks { *m_database };
    FaqStore m_faq { *m_database };
    SurveyStore m_surveys { *m_database };
    SettingsStore m_settings { *m_database };
    FigureStore m_figures { *m_database };
    SendQueueStore m_sendQueue { *m_database };
    AbuseStore m_abuse { *m_database };
    AuditLog m_audit { *m_database };
    EnrolmentStore m_enrolments { *m_database };
};

} // namespace Guichet::Server
