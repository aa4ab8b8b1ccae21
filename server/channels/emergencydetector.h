#pragma once

#include "protocol/enums.h"

#include <QString>

namespace Guichet::Server::Channels {

//! Phrases that suggest danger now, in the BNum's five languages: violence in
//! progress, a threat to life, suicide, a child in danger, an intruder, a
//! weapon. A match flags the conversation (top of the queue) and sends the
//! citizen the 17 / 112 / 114 notice. The phrases are about the present ("he
//! is hitting me", "someone is breaking in"), so reports of past events ("I
//! was burgled last month") stay unflagged. Every language's phrases are
//! tried whatever the conversation's language: citizens mix them.
class EmergencyDetector
{
public:
    //! True when @p text looks like an emergency.
    static bool looksLikeEmergency(QStringView text);
    //! The name of the first rule that matched (for logs: never the text), or empty.
    static QString matchingRule(QStringView text);

    //! The notice sent to the citizen, in @p lang: the BNum does not handle
    //! emergencies; call 17 or 112, or text 114.
    static QString notice(Language lang);
};

} // namespace Guichet::Server::Channels
