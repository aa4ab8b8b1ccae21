#pragma once

#include "protocol/errorcode.h"

#include <QCoreApplication>

namespace Guichet {

//! What the server's answers mean, in the agent's language: the server writes its
//! messages in English for the logs; the workstation shows them by error code.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::ErrorText)

public:
    //! A sentence for @p code; @p serverMessage only where no better words exist.
    static QString describe(ErrorCode code, const QString &serverMessage = {});
};

} // namespace Guichet
