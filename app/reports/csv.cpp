#include "csv.h"

using namespace Qt::StringLiterals;

namespace Guichet::Reports {

QString csvPlain(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvText(const QString &text)
{
    static constexpr char16_t kFormulaStarts[] = { u'=', u'+', u'-', u'@', u'\t', u'\r' };
    if (!text.isEmpty()
        && std::find(std::begin(kFormulaStarts), std::end(kFormulaStarts), text.front().unicode())
            != std::end(kFormulaStarts)) {
        return csvPlain(u'\'' + text);
    }
    return csvPlain(text);
}

QString csvRecord(const QStringList &fields)
{
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace Guichet::Reports
