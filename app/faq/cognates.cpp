#include "cognates_p.h"
#include "faqlogging.h"

#include <QFile>
#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace Guichet::Internal {

namespace {

struct Rule
{
    QString foreign;
    QString french;
};
using Rules = std::array<QList<Rule>, 5>;

Rules readRules()
{
    Rules rules;
    QFile file(u":/guichet/faq/cognates.tsv"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        // A build without the resource: cross-language search still works, a little worse.
        qCWarning(lcFaq) << "cannot read the cognate rules:" << file.errorString();
        return rules;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        const auto lang =
            fields.size() == 3 ? fromWireName<Language>(fields[0]) : std::optional<Language>();
        if (!lang || fields[1].isEmpty() || fields[2].isEmpty()) {
            qCWarning(lcFaq) << "cognates.tsv: line" << lineNumber << "skipped (malformed)";
            continue;
        }
        rules[size_t(*lang)].append({ fields[1], fields[2] });
    }
    return rules;
}

} // namespace

QString frenchCognate(const QString &word, Language from)
{
    static const Rules rules = readRules();
    for (const Rule &rule : rules[size_t(from)]) {
        if (word.size() >= rule.foreign.size() + 3 && word.endsWith(rule.foreign))
            return word.chopped(rule.foreign.size()) + rule.french;
    }
    return {};
}

} // namespace Guichet::Internal
