#pragma once

#include <QString>
#include <QStringList>

namespace Guichet::Reports {

//! One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
//! break, quotes doubled. A text that a spreadsheet would take for a formula
//! (starting with = + - @, a tab or a carriage return) is prefixed with ' so it
//! stays text (OWASP "CSV injection").
QString csvText(const QString &text);
//! A number or a timestamp that this program wrote: quoted if needed, never prefixed.
QString csvPlain(const QString &text);
//! One record, CRLF-terminated as RFC 4180 says.
QString csvRecord(const QStringList &fields);

} // namespace Guichet::Reports
