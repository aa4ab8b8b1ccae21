#pragma once

#include "frames.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Guichet::Protocol {

//! Decode one agent-protocol frame. Never crashes, never accepts what a frame
//! cannot represent: on any problem, a precise Error (code, message, field).
Result<AgentFrame> decodeAgentFrame(QByteArrayView bytes);
//! Decode one citizen-chat frame (same guarantees, smaller limits).
Result<CitizenFrame> decodeCitizenFrame(QByteArrayView bytes);

//! Compact JSON for a frame. Encoding a frame that fails validation is a
//! programming error: the output is then what a decoder would reject.
QByteArray encode(const AgentFrame &frame);
QByteArray encode(const CitizenFrame &frame);

//! The "type" member of a frame ("hello", "event"...), for logs and metrics.
QString frameType(const AgentFrame &frame);
QString frameType(const CitizenFrame &frame);

//! Per-kind validation of an event's data, and per-op validation of a command's
//! arguments; exposed so the server validates what it emits with the same rules.
Result<void> validateEventData(EventKind kind, const QJsonObject &data);
Result<void> validateCommandArgs(CommandOp op, const QJsonObject &args);
//! Commands that are not about a conversation (set_presence, the supervisors'
//! figures and actions on agents, surges, the knowledge base…).
bool isGlobalOp(CommandOp op);

//! An agent's description as JSON (the welcome frame's "agent"), and back.
QJsonObject agentInfoToJson(const AgentInfo &agent);
Result<AgentInfo> agentInfoFromJson(const QJsonObject &object);

//! The server's channel rules as JSON (the welcome frame's "channels"), and back;
//! a field left out keeps its default.
QJsonObject channelRulesToJson(const ChannelRules &rules);
Result<ChannelRules> channelRulesFromJson(const QJsonObject &object);

//! An error frame built from an Error.
ErrorFrame toErrorFrame(const Error &error, bool fatal = false);

} // namespace Guichet::Protocol
