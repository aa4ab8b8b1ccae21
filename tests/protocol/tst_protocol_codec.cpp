#include "../testutil.h"
#include "protocol/codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;

Q_DECLARE_METATYPE(Guichet::Protocol::AgentFrame)
Q_DECLARE_METATYPE(Guichet::Protocol::CitizenFrame)

namespace {

const QString kUuid = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
const QString kToken = u"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA"_s;

QJsonObject faqEntry()
{
    return { { u"id"_s, u"perceval-card-fraud"_s },
             { u"lang"_s, u"fr"_s },
             { u"question"_s, u"Ma carte a été utilisée en ligne ?"_s },
             { u"answer"_s, u"Faites opposition puis signalez sur Perceval.\nMerci."_s },
             { u"keywords"_s, QJsonArray { u"cb"_s, u"carte bancaire"_s } },
             { u"links"_s, QJsonArray { u"https://www.service-public.fr"_s } } };
}

// The definitions shipped with Guichet, read from the source tree: protocol/ is tested alone.
QJsonObject redirectDefinitions()
{
    QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/resources/redirects/redirects.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Valid data for every event kind: the codec must carry each one unchanged.
QJsonObject validData(EventKind kind)
{
    switch (kind) {
    case EventKind::ConversationOpened:
        return { { u"channel"_s, u"messenger"_s },
                 { u"lang"_s, u"de"_s },
                 { u"citizen"_s, u"Jürgen M."_s },
                 { u"reference"_s, u"BN-7K3Q9"_s },
                 { u"deadline"_s, qint64(1767225600000) },
                 { u"emergency"_s, false },
                 { u"sgbv"_s, true },
                 { u"team"_s, u"rennes-1"_s },
                 { u"state"_s, u"queued"_s },
                 { u"sla"_s, u"on_time"_s } };
    case EventKind::ConversationUpdated:
        return { { u"lang"_s, u"it"_s }, { u"emergency"_s, true } };
    case EventKind::MessageAdded:
        return { { u"message"_s, kUuid },
                 { u"author"_s, u"agent"_s },
                 { u"agent"_s, u"gnd.martin"_s },
                 { u"text"_s, u"Bonjour 👋\nVoici la marche à suivre."_s },
                 { u"attachments"_s,
                   QJsonArray { QJsonObject { { u"url"_s, u"https://cdn.example/a.jpg"_s },
                                              { u"type"_s, u"image"_s } } } },
                 { u"delivery"_s, u"sent"_s },
                 { u"command"_s, kUuid } };
    case EventKind::MessageDelivery:
        return { { u"message"_s, kUuid },
                 { u"delivery"_s, u"failed"_s },
                 { u"reason"_s, u"outside the 24-hour window"_s } };
    case EventKind::ConversationClaimed:
        return { { u"agent"_s, u"gnd.martin"_s }, { u"from"_s, u"res.durand"_s } };
    case EventKind::ConversationReleased:
        return { { u"agent"_s, u"gnd.martin"_s }, { u"reason"_s, u"lease_lapsed"_s } };
    case EventKind::ConversationClosed:
        return { { u"outcome"_s, u"plainte_en_ligne"_s }, { u"agent"_s, u"gnd.martin"_s } };
    case EventKind::ConversationRedirected:
        return { { u"target"_s, u"brigade"_s },
                 { u"agent"_s, u"gnd.martin"_s },
                 { u"consent"_s,
                   QJsonObject { { u"question"_s, kUuid },
                                 { u"text"_s, u"Acceptez-vous ?"_s },
                                 { u"answer"_s, kUuid },
                                 { u"agent"_s, u"gnd.martin"_s },
                                 { u"at"_s, qint64(1767225600000) } } } };
    case EventKind::SlaChanged:
        return { { u"sla"_s, u"at_risk"_s }, { u"deadline"_s, qint64(1767225600000) } };
    case EventKind::SurveyAnswered:
        return { { u"rating"_s, 4 }, { u"comment"_s, u"Rapide et clair"_s } };
    case EventKind::FaqUpdated:
        return { { u"entry"_s, faqEntry() }, { u"version"_s, 7 } };
    case EventKind::FaqRemoved:
        return { { u"id"_s, u"perceval-card-fraud"_s },
                 { u"lang"_s, u"es"_s },
                 { u"version"_s, 12 } };
    case EventKind::RedirectsUpdated:
        return { { u"definitions"_s, redirectDefinitions() } };
    case EventKind::AgentUpdated:
        return { { u"login"_s, u"gnd.martin"_s },
                 { u"name"_s, u"Camille Martin"_s },
                 { u"role"_s, u"gendarme"_s },
                 { u"team"_s, u"rennes-1"_s },
                 { u"presence"_s, u"away"_s },
                 { u"capacity"_s, 10 },
                 { u"load"_s, 3 } };
    case EventKind::SupervisorAction:
        return { { u"action"_s, u"reassign"_s },       { u"by"_s, u"chef.leroy"_s },
                 { u"reason"_s, u"parle allemand"_s }, { u"from"_s, u"gnd.martin"_s },
                 { u"to"_s, u"res.durand"_s },         { u"conversation"_s, 4 } };
    }
    return {};
}

QJsonObject validArgs(CommandOp op)
{
    switch (op) {
    case CommandOp::Reply:
        return { { u"message"_s, kUuid }, { u"text"_s, u"Réponse"_s } };
    case CommandOp::Release:
        return {};
    case CommandOp::Transfer:
        return { { u"to"_s, u"gnd.martin"_s }, { u"note"_s, u"parle allemand"_s } };
    case CommandOp::Close:
        return { { u"outcome"_s, u"spam"_s } };
    case CommandOp::Redirect:
        return { { u"target"_s, u"these"_s },
                 { u"message"_s, kUuid },
                 { u"text"_s, u"Thésée…"_s } };
    case CommandOp::SetLanguage:
        return { { u"lang"_s, u"es"_s } };
    case CommandOp::SetFlags:
        return { { u"emergency"_s, true } };
    case CommandOp::Retry:
        return { { u"message"_s, kUuid } };
    case CommandOp::SetPresence:
        return { { u"presence"_s, u"busy"_s } };
    case CommandOp::RetireFaq:
        return { { u"id"_s, u"perceval-card-fraud"_s }, { u"lang"_s, u"it"_s } };
    case CommandOp::Read:
        return { { u"after"_s, 12 } };
    case CommandOp::Stats:
        return {};
    case CommandOp::Report:
        return {
            { u"from"_s, 1000 }, { u"to"_s, 2000 }, { u"afterOpened"_s, 1500 }, { u"afterId"_s, 7 }
        };
    case CommandOp::Reassign:
        return { { u"to"_s, u"gnd.martin"_s }, { u"reason"_s, u"parle allemand"_s } };
    case CommandOp::DisableAgent:
    case CommandOp::EnableAgent:
    case CommandOp::OrderWipe:
    case CommandOp::ClearWipe:
        return { { u"login"_s, u"gnd.martin"_s }, { u"reason"_s, u"portable perdu"_s } };
    case CommandOp::StartSurge:
        return { { u"reason"_s, u"alerte enlèvement"_s },
                 { u"channels"_s, QJsonArray { u"webchat"_s } },
                 { u"languages"_s, QJsonArray { u"fr"_s, u"en"_s } } };
    case CommandOp::StopSurge:
        return { { u"reason"_s, u"fin de l'alerte"_s } };
    case CommandOp::EnrolmentCode:
        return { { u"validMinutes"_s, 60 }, { u"accountHours"_s, 8 }, { u"team"_s, u"bnum"_s } };
    case CommandOp::EditFaq:
        return { { u"entry"_s, faqEntry() }, { u"reason"_s, u"nouveau numéro"_s } };
    case CommandOp::SetRedirects:
        return { { u"definitions"_s, redirectDefinitions() } };
    }
    return {};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProtocolCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentRoundTrip_data();
    void agentRoundTrip();
    void citizenRoundTrip_data();
    void citizenRoundTrip();
    void everyEventKindRoundTrips();
    void everyCommandOpRoundTrips();
    void malformedAgentFrames_data();
    void malformedAgentFrames();
    void malformedCitizenFrames_data();
    void malformedCitizenFrames();
    void unknownFieldsAreIgnored();
    void frameSizeLimit();
    void invalidUtf8IsRefused();
    void loneSurrogateEscapeIsRefused();
    void textLimitCountsCodePoints();
    void ackCarriesErrors();
    void errorCodeNamesRoundTrip();
    void redirectAliases();
};

void TestProtocolCodec::agentRoundTrip_data()
{
    QTest::addColumn<AgentFrame>("frame");
    AgentInfo agent { 12,
                      u"gnd.martin"_s,
                      u"Claire Martin"_s,
                      Role::Supervisor,
                      u"rennes-1"_s,
                      { Language::Fr, Language::En },
                      8 };
    QTest::newRow("hello") << AgentFrame { Hello { 1, u"guichet 0.1"_s } };
    QTest::newRow("login-password")
        << AgentFrame { Login { u"gnd.martin"_s, u"s3cr€t pass"_s, {} } };
    QTest::newRow("login-token") << AgentFrame { Login { {}, {}, kToken } };
    QTest::newRow("login-enrolment") << AgentFrame { Login {
        u"res.durand"_s, u"a long enough password"_s, {}, u"ABCDE-FGHJK"_s, u"Lou Durand"_s } };
    QTest::newRow("welcome") << AgentFrame { Welcome { agent, kToken, qint64(1767225600000), 991,
                                                       std::nullopt } };
    QTest::newRow("welcome-channel-rules")
        << AgentFrame { Welcome { agent, kToken, qint64(1767225600000), 991,
                                  ChannelRules { 3600000, false, 7200000, 1800000, 2 } } };
    QTest::newRow("sync") << AgentFrame { Sync { 1234, 500 } };
    QTest::newRow("synced") << AgentFrame { Synced { 2000, 1734, true } };
    QTest::newRow("event") << AgentFrame { Event { 77, EventKind::ConversationClaimed,
                                                   qint64(1767225600000), 5,
                                                   validData(EventKind::ConversationClaimed) } };
    QTest::newRow("event-global") << AgentFrame { Event { 78, EventKind::FaqRemoved, 1, 0,
                                                          validData(EventKind::FaqRemoved) } };
    QTest::newRow("command") << AgentFrame { Command { kUuid, CommandOp::Close, 9,
                                                       validArgs(CommandOp::Close) } };
    QTest::newRow("command-presence") << AgentFrame { Command {
        kUuid, CommandOp::SetPresence, 0, validArgs(CommandOp::SetPresence) } };
    QTest::newRow("claim") << AgentFrame { Claim { kUuid, 9 } };
    QTest::newRow("claim-next") << AgentFrame { Claim { kUuid, 0 } };
    QTest::newRow("ack-ok") << AgentFrame { Ack {
        kUuid, true, QJsonObject { { u"conversation"_s, 9 } }, ErrorCode::Internal, {} } };
    QTest::newRow("ack-refused") << AgentFrame { Ack {
        kUuid, false, {}, ErrorCode::ClaimLost, u"taken by gnd.durand"_s } };
    QTest::newRow("error") << AgentFrame { ErrorFrame { ErrorCode::MissingField, u"required"_s,
                                                        u"args.text"_s, false } };
    QTest::newRow("error-fatal") << AgentFrame { ErrorFrame {
        ErrorCode::AccountDisabled, u"disabled"_s, {}, true } };
    QTest::newRow("typing") << AgentFrame { Typing { 5, false } };
    QTest::newRow("ping") << AgentFrame { Ping { 123456789 } };
    QTest::newRow("pong") << AgentFrame { Pong { 123456789 } };
    QTest::newRow("wipe") << AgentFrame { Wipe { u"laptop reported lost"_s } };
}

void TestProtocolCodec::agentRoundTrip()
{
    QFETCH(AgentFrame, frame);
    const QByteArray bytes = encode(frame);
    const auto decoded = decodeAgentFrame(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->index(), frame.index());
    QVERIFY(*decoded == frame);
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"type"_s).toString(), frameType(frame));
}

void TestProtocolCodec::citizenRoundTrip_data()
{
    QTest::addColumn<CitizenFrame>("frame");
    QTest::newRow("hello") << CitizenFrame { CitizenHello { 1, Language::It, kToken, 14,
                                                            u"Anna"_s } };
    QTest::newRow("hello-new") << CitizenFrame { CitizenHello { 1, Language::Fr, {}, 0, {} } };
    QTest::newRow("welcome") << CitizenFrame { CitizenWelcome { kToken, u"BN-7K3Q9"_s, Language::Es,
                                                                ChatStatus::Answering, true } };
    QTest::newRow("say") << CitizenFrame { CitizenSay { kUuid, u"On m'a volé mon vélo\nhier"_s } };
    QTest::newRow("message") << CitizenFrame { CitizenMessage {
        3, kUuid, Author::Agent, u"Gendarme"_s, u"Bonjour"_s, qint64(1767225600000) } };
    QTest::newRow("typing") << CitizenFrame { Typing { 0, true } };
    QTest::newRow("status") << CitizenFrame { CitizenStatus { ChatStatus::Closed, {}, false } };
    QTest::newRow("status-emergency")
        << CitizenFrame { CitizenStatus { ChatStatus::Waiting, {}, true } };
    QTest::newRow("survey-request") << CitizenFrame { SurveyRequest {} };
    QTest::newRow("survey") << CitizenFrame { SurveyAnswer { kUuid, 2, u"trop lent"_s } };
    QTest::newRow("ack") << CitizenFrame { Ack { kUuid, true, {}, ErrorCode::Internal, {} } };
    QTest::newRow("error") << CitizenFrame { ErrorFrame {
        ErrorCode::RateLimited, u"slow down"_s, {}, false } };
    QTest::newRow("ping") << CitizenFrame { Ping { 1 } };
    QTest::newRow("pong") << CitizenFrame { Pong { 1 } };
}

void TestProtocolCodec::citizenRoundTrip()
{
    QFETCH(CitizenFrame, frame);
    const auto decoded = decodeCitizenFrame(encode(frame));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QVERIFY(*decoded == frame);
}

void TestProtocolCodec::everyEventKindRoundTrips()
{
    for (const EventKind kind : allValues<EventKind>()) {
        const Event event { 1, kind, qint64(1767225600000), 3, validData(kind) };
        const auto decoded = decodeAgentFrame(encode(AgentFrame { event }));
        QVERIFY2(decoded.ok(),
                 qPrintable(wireName(kind) + u": "_s
                            + (decoded.ok() ? QString() : decoded.error().toString())));
        QCOMPARE(std::get<Event>(*decoded), event);
    }
}

void TestProtocolCodec::everyCommandOpRoundTrips()
{
    for (const CommandOp op : allValues<CommandOp>()) {
        const bool global = isGlobalOp(op);
        const Command command { kUuid, op, global ? 0 : 4, validArgs(op) };
        const auto decoded = decodeAgentFrame(encode(AgentFrame { command }));
        QVERIFY2(decoded.ok(),
                 qPrintable(wireName(op) + u": "_s
                            + (decoded.ok() ? QString() : decoded.error().toString())));
        QCOMPARE(std::get<Command>(*decoded), command);
    }
}

void TestProtocolCodec::malformedAgentFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    const auto event = [](const QJsonObject &data, const QString &kind = u"message.added"_s) {
        return json({ { u"type"_s, u"event"_s },
                      { u"seq"_s, 5 },
                      { u"kind"_s, kind },
                      { u"at"_s, 1 },
                      { u"conversation"_s, 2 },
                      { u"data"_s, data } });
    };
    const auto command = [](const QString &op, const QJsonObject &args, int conversation = 3) {
        return json({ { u"type"_s, u"command"_s },
                      { u"id"_s, kUuid },
                      { u"op"_s, op },
                      { u"conversation"_s, conversation },
                      { u"args"_s, args } });
    };

    QTest::newRow("empty") << QByteArray() << ErrorCode::MalformedJson << QString();
    QTest::newRow("garbage") << QByteArray("hello") << ErrorCode::MalformedJson << QString();
    QTest::newRow("truncated") << QByteArray(R"({"type":"ping","nonce":)")
                               << ErrorCode::MalformedJson << QString();
    QTest::newRow("array") << QByteArray(R"([{"type":"ping"}])") << ErrorCode::NotAnObject
                           << QString();
    QTest::newRow("number") << QByteArray("42") << ErrorCode::MalformedJson << QString();
    QTest::newRow("no-type") << QByteArray(R"({"nonce":1})") << ErrorCode::MissingField
                             << u"type"_s;
    QTest::newRow("type-number") << QByteArray(R"({"type":7})") << ErrorCode::WrongType
                                 << u"type"_s;
    QTest::newRow("unknown-type") << QByteArray(R"({"type":"teleport"})") << ErrorCode::UnknownType
                                  << u"type"_s;
    QTest::newRow("hello-no-version")
        << QByteArray(R"({"type":"hello"})") << ErrorCode::MissingField << u"protocol"_s;
    QTest::newRow("hello-version-string") << QByteArray(R"({"type":"hello","protocol":"1"})")
                                          << ErrorCode::WrongType << u"protocol"_s;
    QTest::newRow("hello-version-fraction") << QByteArray(R"({"type":"hello","protocol":1.5})")
                                            << ErrorCode::WrongType << u"protocol"_s;
    QTest::newRow("login-both") << QByteArray(
        R"({"type":"login","login":"ab","password":"x","token":"Zm9vYmFyYmF6cXV4MTIz"})")
                                << ErrorCode::InvalidValue << QString();
    QTest::newRow("login-neither")
        << QByteArray(R"({"type":"login","login":"ab"})") << ErrorCode::InvalidValue << QString();
    QTest::newRow("login-bad-name")
        << QByteArray(R"({"type":"login","login":"Robert'); DROP","password":"x"})")
        << ErrorCode::InvalidValue << u"login"_s;
    QTest::newRow("login-password-no-login") << QByteArray(R"({"type":"login","password":"x"})")
                                             << ErrorCode::MissingField << u"login"_s;
    QTest::newRow("login-long-password") << json({ { u"type"_s, u"login"_s },
                                                   { u"login"_s, u"ab"_s },
                                                   { u"password"_s, QString(600, QChar(0xe9)) } })
                                         << ErrorCode::TextTooLong << u"password"_s;
    QTest::newRow("token-bad-chars")
        << QByteArray(R"({"type":"login","token":"abc def ghi jkl mno"})")
        << ErrorCode::InvalidValue << u"token"_s;
    QTest::newRow("sync-negative")
        << QByteArray(R"({"type":"sync","after":-1})") << ErrorCode::InvalidValue << u"after"_s;
    QTest::newRow("sync-beyond-double") << QByteArray(R"({"type":"sync","after":9007199254740993})")
                                        << ErrorCode::InvalidValue << u"after"_s;
    QTest::newRow("sync-limit-zero") << QByteArray(R"({"type":"sync","after":0,"limit":0})")
                                     << ErrorCode::InvalidValue << u"limit"_s;
    QTest::newRow("sync-limit-huge") << QByteArray(R"({"type":"sync","after":0,"limit":1e9})")
                                     << ErrorCode::InvalidValue << u"limit"_s;
    QTest::newRow("sync-nan") << QByteArray(R"({"type":"sync","after":NaN})")
                              << ErrorCode::MalformedJson << QString();
    QTest::newRow("event-seq-zero") << QByteArray(
        R"({"type":"event","seq":0,"kind":"sla.changed","at":1,"data":{"sla":"at_risk"}})")
                                    << ErrorCode::InvalidValue << u"seq"_s;
    QTest::newRow("event-unknown-kind")
        << QByteArray(R"({"type":"event","seq":1,"kind":"x.y","at":1})") << ErrorCode::InvalidValue
        << u"kind"_s;
    QTest::newRow("event-data-not-object")
        << QByteArray(R"({"type":"event","seq":1,"kind":"sla.changed","at":1,"data":[]})")
        << ErrorCode::WrongType << u"data"_s;
    QTest::newRow("message-no-text-no-attachment")
        << event({ { u"message"_s, kUuid }, { u"author"_s, u"citizen"_s } })
        << ErrorCode::InvalidValue << u"data.text"_s;
    QTest::newRow("message-agent-without-login")
        << event({ { u"message"_s, kUuid }, { u"author"_s, u"agent"_s }, { u"text"_s, u"x"_s } })
        << ErrorCode::MissingField << u"data.agent"_s;
    QTest::newRow("message-bad-author")
        << event({ { u"message"_s, kUuid }, { u"author"_s, u"robot"_s }, { u"text"_s, u"x"_s } })
        << ErrorCode::InvalidValue << u"data.author"_s;
    QTest::newRow("message-uuid-uppercase") << event(
        { { u"message"_s, kUuid.toUpper() }, { u"author"_s, u"citizen"_s }, { u"text"_s, u"x"_s } })
                                            << ErrorCode::InvalidValue << u"data.message"_s;
    QTest::newRow("message-too-long")
        << event({ { u"message"_s, kUuid },
                   { u"author"_s, u"citizen"_s },
                   { u"text"_s, QString(kMaxMessageChars + 1, u'a') } })
        << ErrorCode::TextTooLong << u"data.text"_s;
    QTest::newRow("message-control-char") << event(
        { { u"message"_s, kUuid }, { u"author"_s, u"citizen"_s }, { u"text"_s, u"bell\u0007"_s } })
                                          << ErrorCode::InvalidValue << u"data.text"_s;
    QTest::newRow("message-attachment-javascript")
        << event({ { u"message"_s, kUuid },
                   { u"author"_s, u"citizen"_s },
                   { u"attachments"_s,
                     QJsonArray { QJsonObject { { u"url"_s, u"javascript:alert(1)"_s } } } } })
        << ErrorCode::InvalidValue << u"data.attachments[0].url"_s;
    QTest::newRow("message-too-many-attachments")
        << event({ { u"message"_s, kUuid },
                   { u"author"_s, u"citizen"_s },
                   { u"text"_s, u"x"_s },
                   { u"attachments"_s, QJsonArray { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } } })
        << ErrorCode::InvalidValue << u"data.attachments"_s;
    QTest::newRow("opened-missing-channel") << event({ { u"lang"_s, u"fr"_s },
                                                       { u"citizen"_s, u"A"_s },
                                                       { u"reference"_s, u"R1"_s },
                                                       { u"deadline"_s, 1 } },
                                                     u"conversation.opened"_s)
                                            << ErrorCode::MissingField << u"data.channel"_s;
    QTest::newRow("opened-bad-language") << event({ { u"channel"_s, u"webchat"_s },
                                                    { u"lang"_s, u"pt"_s },
                                                    { u"citizen"_s, u"A"_s },
                                                    { u"reference"_s, u"R1"_s },
                                                    { u"deadline"_s, 1 } },
                                                  u"conversation.opened"_s)
                                         << ErrorCode::InvalidValue << u"data.lang"_s;
    QTest::newRow("survey-rating-six") << event({ { u"rating"_s, 6 } }, u"survey.answered"_s)
                                       << ErrorCode::InvalidValue << u"data.rating"_s;
    QTest::newRow("faq-bad-link") << event(
        { { u"entry"_s,
            QJsonObject { { u"id"_s, u"a"_s },
                          { u"lang"_s, u"fr"_s },
                          { u"question"_s, u"q"_s },
                          { u"answer"_s, u"a"_s },
                          { u"links"_s, QJsonArray { u"ftp://x"_s } } } } },
        u"faq.updated"_s) << ErrorCode::InvalidValue
                                  << u"data.entry.links"_s;
    QTest::newRow("command-no-id")
        << QByteArray(R"({"type":"command","op":"release","conversation":1})")
        << ErrorCode::MissingField << u"id"_s;
    QTest::newRow("command-bad-uuid")
        << QByteArray(R"({"type":"command","id":"1234","op":"release","conversation":1})")
        << ErrorCode::InvalidValue << u"id"_s;
    QTest::newRow("command-unknown-op")
        << command(u"fly"_s, {}) << ErrorCode::InvalidValue << u"op"_s;
    QTest::newRow("command-no-conversation")
        << json({ { u"type"_s, u"command"_s }, { u"id"_s, kUuid }, { u"op"_s, u"release"_s } })
        << ErrorCode::MissingField << u"conversation"_s;
    QTest::newRow("reply-empty") << command(u"reply"_s,
                                            { { u"message"_s, kUuid }, { u"text"_s, u"  \n"_s } })
                                 << ErrorCode::InvalidValue << u"args.text"_s;
    QTest::newRow("reply-no-message-id") << command(u"reply"_s, { { u"text"_s, u"ok"_s } })
                                         << ErrorCode::MissingField << u"args.message"_s;
    QTest::newRow("close-bad-outcome") << command(u"close"_s, { { u"outcome"_s, u"vanished"_s } })
                                       << ErrorCode::InvalidValue << u"args.outcome"_s;
    QTest::newRow("close-pre-plainte-is-not-wire")
        << command(u"close"_s, { { u"outcome"_s, u"pre-plainte"_s } }) << ErrorCode::InvalidValue
        << u"args.outcome"_s;
    QTest::newRow("redirect-text-without-id")
        << command(u"redirect"_s, { { u"target"_s, u"pharos"_s }, { u"text"_s, u"x"_s } })
        << ErrorCode::MissingField << u"args.message"_s;
    QTest::newRow("transfer-bad-login") << command(u"transfer"_s, { { u"to"_s, u"A B"_s } })
                                        << ErrorCode::InvalidValue << u"args.to"_s;
    QTest::newRow("flags-none") << command(u"set_flags"_s, {}) << ErrorCode::MissingField
                                << u"args"_s;
    QTest::newRow("claim-negative")
        << json({ { u"type"_s, u"claim"_s }, { u"id"_s, kUuid }, { u"conversation"_s, -3 } })
        << ErrorCode::InvalidValue << u"conversation"_s;
    QTest::newRow("ack-unknown-code") << QByteArray(
        R"({"type":"ack","id":"0f8fad5b-d9cb-469f-a165-70867728950e","ok":false,"error":{"code":"nope","message":""}})")
                                      << ErrorCode::InvalidValue << u"error"_s;
    QTest::newRow("ack-refused-without-error")
        << QByteArray(R"({"type":"ack","id":"0f8fad5b-d9cb-469f-a165-70867728950e","ok":false})")
        << ErrorCode::MissingField << u"error"_s;
    QTest::newRow("typing-active-string")
        << QByteArray(R"({"type":"typing","conversation":1,"active":"yes"})")
        << ErrorCode::WrongType << u"active"_s;
    QTest::newRow("welcome-bad-role") << QByteArray(
        R"({"type":"welcome","agent":{"id":1,"login":"ab","name":"A","role":"admin"},"token":"Zm9vYmFyYmF6cXV4MTIz","expiresAt":1,"head":0})")
                                      << ErrorCode::InvalidValue << u"agent.role"_s;
}

void TestProtocolCodec::malformedAgentFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const auto decoded = decodeAgentFrame(bytes);
    QVERIFY2(!decoded.ok(), "a malformed frame was accepted");
    QCOMPARE(errorCodeName(decoded.error().code), errorCodeName(code));
    QCOMPARE(decoded.error().field, field);
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestProtocolCodec::malformedCitizenFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("agent-frame-on-citizen-side")
        << QByteArray(R"({"type":"claim","id":"x"})") << ErrorCode::UnknownType << u"type"_s;
    QTest::newRow("say-empty") << json(
        { { u"type"_s, u"say"_s }, { u"id"_s, kUuid }, { u"text"_s, u""_s } })
                               << ErrorCode::InvalidValue << u"text"_s;
    QTest::newRow("say-no-id") << QByteArray(R"({"type":"say","text":"hi"})")
                               << ErrorCode::MissingField << u"id"_s;
    QTest::newRow("hello-bad-session")
        << QByteArray(R"({"type":"hello","protocol":1,"session":"../../etc/passwd"})")
        << ErrorCode::InvalidValue << u"session"_s;
    QTest::newRow("hello-bad-lang") << QByteArray(R"({"type":"hello","protocol":1,"lang":"xx"})")
                                    << ErrorCode::InvalidValue << u"lang"_s;
    QTest::newRow("survey-zero") << json(
        { { u"type"_s, u"survey"_s }, { u"id"_s, kUuid }, { u"rating"_s, 0 } })
                                 << ErrorCode::InvalidValue << u"rating"_s;
    QTest::newRow("survey-comment-too-long")
        << json({ { u"type"_s, u"survey"_s },
                  { u"id"_s, kUuid },
                  { u"rating"_s, 3 },
                  { u"comment"_s, QString(kMaxCommentChars + 1, u'x') } })
        << ErrorCode::TextTooLong << u"comment"_s;
    QTest::newRow("oversized") << QByteArray(kMaxCitizenFrameBytes + 1, ' ')
                               << ErrorCode::FrameTooLarge << QString();
}

void TestProtocolCodec::malformedCitizenFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const auto decoded = decodeCitizenFrame(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(errorCodeName(decoded.error().code), errorCodeName(code));
    QCOMPARE(decoded.error().field, field);
}

void TestProtocolCodec::unknownFieldsAreIgnored()
{
    const auto decoded =
        decodeAgentFrame(R"({"type":"ping","nonce":3,"future":{"nested":[1,2,3]},"x":null})");
    QVERIFY(decoded.ok());
    QCOMPARE(std::get<Ping>(*decoded).nonce, 3);
}

void TestProtocolCodec::frameSizeLimit()
{
    // Exactly at the limit is parsed (and here refused for content), one byte more
    // is refused before parsing.
    QByteArray padded = R"({"type":"ping","pad":")";
    padded.append(QByteArray(kMaxAgentFrameBytes - padded.size() - 2, 'a'));
    padded.append("\"}");
    QCOMPARE(padded.size(), kMaxAgentFrameBytes);
    QVERIFY(decodeAgentFrame(padded).ok());
    padded.insert(20, 'a');
    const auto refused = decodeAgentFrame(padded);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::FrameTooLarge);
}

void TestProtocolCodec::invalidUtf8IsRefused()
{
    const QList<QByteArray> samples = {
        QByteArray("{\"type\":\"say\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"text\":"
                   "\"\xff\xfe\"}"),
        QByteArray(
            "{\"type\":\"say\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"text\":\"\xc3\"}"),
        QByteArray("{\"type\":\"say\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"text\":"
                   "\"\xed\xa0\x80\"}"),
        QByteArray("{\"type\":\"say\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"text\":"
                   "\"\xc0\xaf\"}"),
    };
    for (const QByteArray &sample : samples) {
        const auto decoded = decodeCitizenFrame(sample);
        QVERIFY2(!decoded.ok(), sample.toHex().constData());
        QVERIFY2(decoded.error().code == ErrorCode::InvalidUtf8
                     || decoded.error().code == ErrorCode::MalformedJson,
                 qPrintable(decoded.error().toString()));
    }
}

void TestProtocolCodec::loneSurrogateEscapeIsRefused()
{
    const auto decoded = decodeCitizenFrame(
        R"({"type":"say","id":"0f8fad5b-d9cb-469f-a165-70867728950e","text":"a\ud800b"})");
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::InvalidUtf8);
    QCOMPARE(decoded.error().field, u"text"_s);
}

void TestProtocolCodec::textLimitCountsCodePoints()
{
    // kMaxMessageChars emoji are 2 × kMaxMessageChars UTF-16 units: still allowed.
    QString text;
    for (int i = 0; i < kMaxMessageChars; ++i)
        text.append(u"😀"_s);
    const auto decoded = decodeAgentFrame(encode(AgentFrame { Command {
        kUuid, CommandOp::Reply, 1, { { u"message"_s, kUuid }, { u"text"_s, text } } } }));
    QVERIFY(decoded.ok());
}

void TestProtocolCodec::ackCarriesErrors()
{
    const Ack refused { kUuid, false, {}, ErrorCode::WindowClosed, u"24-hour window closed"_s };
    const QJsonObject object = QJsonDocument::fromJson(encode(AgentFrame { refused })).object();
    QCOMPARE(object.value(u"error"_s).toObject().value(u"code"_s).toString(), u"window_closed"_s);
}

void TestProtocolCodec::errorCodeNamesRoundTrip()
{
    for (int i = 0; i < 100; ++i) {
        const auto code = ErrorCode(i);
        const QString name = errorCodeName(code);
        if (name == u"internal"_s && code != ErrorCode::Internal)
            continue;
        QCOMPARE(errorCodeFromName(name), std::optional<ErrorCode>(code));
    }
    QVERIFY(!errorCodeFromName(u"nonsense"));
}

void TestProtocolCodec::redirectAliases()
{
    QCOMPARE(parseRedirectTarget(u"pré-plainte"), std::optional(RedirectTarget::PlainteEnLigne));
    QCOMPARE(parseRedirectTarget(u"Pre-Plainte en ligne"),
             std::optional(RedirectTarget::PlainteEnLigne));
    QCOMPARE(parseRedirectTarget(u"plainte-en-ligne"),
             std::optional(RedirectTarget::PlainteEnLigne));
    QCOMPARE(parseRedirectTarget(u"plainte_en_ligne"),
             std::optional(RedirectTarget::PlainteEnLigne));
    QCOMPARE(parseRedirectTarget(u"Thésée"), std::optional(RedirectTarget::These));
    QCOMPARE(parseRedirectTarget(u"PHAROS"), std::optional(RedirectTarget::Pharos));
    QCOMPARE(parseRedirectTarget(u"brigade"), std::optional(RedirectTarget::Brigade));
    QVERIFY(!parseRedirectTarget(u"police"));
    QCOMPARE(outcomeFor(RedirectTarget::Perceval), Outcome::Perceval);
}

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocol_codec.moc"
