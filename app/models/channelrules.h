#pragma once

#include "protocol/enums.h"
#include "protocol/limits.h"

namespace Guichet {

//! The longest reply a channel carries (Messenger's Send API stops at 2,000
//! characters; X direct messages and our own pages at the protocol's limit).
constexpr int replyLimit(Channel channel)
{
    return channel == Channel::Messenger ? 2000 : Protocol::kMaxMessageChars;
}

} // namespace Guichet
