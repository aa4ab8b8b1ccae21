#include "faqresources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Guichet::Resources {

QString faqKnowledgeBase()
{
    return u":/guichet/faq/faq.jsonl"_s;
}

QString faqSynonyms()
{
    return u":/guichet/faq/synonyms.json"_s;
}

QString faqLexicon()
{
    const QString name = u"/faq/lexicon.tsv"_s;
    QStringList candidates;
    if (QCoreApplication::instance()) {
        candidates.append(QCoreApplication::applicationDirPath() + u'/'
                          + QStringLiteral(GUICHET_DATADIR_FROM_BIN) + name);
    }
    candidates.append(QStringLiteral(GUICHET_INSTALL_DATADIR) + name);
    candidates.append(QStringLiteral(GUICHET_BUILD_DATADIR) + name);
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo::exists(path))
            return QFileInfo(path).absoluteFilePath();
    }
    return candidates.front();
}

} // namespace Guichet::Resources
