#pragma once

#include <QtGlobal>

namespace Guichet::Protocol {

//! Protocol version spoken by this build, and the oldest one it accepts.
inline constexpr int kVersion = 3;
//! The first version with agent.updated events (the roster): older clients are not sent them.
inline constexpr int kRosterVersion = 2;
//! The first version with supervisor actions (their commands, supervisor.action events,
//! enrolment codes at login): older clients are not sent those events.
inline constexpr int kSupervisionVersion = 3;
//! Longest enrolment code as typed (10 characters, grouped with dashes or spaces).
inline constexpr int kMaxEnrolmentCodeChars = 32;
inline constexpr int kMinVersion = 1;

//! Largest agent-protocol frame, in bytes, before any parsing.
inline constexpr qsizetype kMaxAgentFrameBytes = 256 * 1024;
//! Largest citizen-chat frame, in bytes: citizens never need more.
inline constexpr qsizetype kMaxCitizenFrameBytes = 32 * 1024;
//! Longest message text, in Unicode code points (X allows 10,000).
inline constexpr int kMaxMessageChars = 10000;
inline constexpr int kMaxNameChars = 200;
inline constexpr int kMaxShortTextChars = 500;
inline constexpr int kMaxCommentChars = 2000;
inline constexpr int kMaxPasswordBytes = 1024;
inline constexpr int kMaxTokenChars = 128;
inline constexpr int kMaxAttachments = 10;
//! Evidence items of a triage assessment carried by an event.
inline constexpr int kMaxTriageEvidence = 32;
inline constexpr int kMaxUrlChars = 2048;
inline constexpr int kMaxSyncBatch = 5000;
inline constexpr int kDefaultSyncBatch = 1000;
//! Ids and sequence numbers travel as JSON numbers: keep them exact in a double.
inline constexpr qint64 kMaxId = (qint64(1) << 53) - 1;

} // namespace Guichet::Protocol
