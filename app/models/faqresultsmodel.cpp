#include "faqresultsmodel.h"

#include "app/faq/faqindex.h"

namespace Guichet {

FaqResultsModel::FaqResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FaqResultsModel::setIndex(const FaqIndex *index)
{
    m_index = index;
    search(m_query, m_lang, m_answerLang);
}

void FaqResultsModel::search(const QString &query, Language lang,
                             std::optional<Language> answerLang)
{
    m_query = query;
    m_lang = lang;
    m_answerLang = answerLang.value_or(lang);
    // A new query is a new list: a reset is what the view should do here.
    beginResetModel();
    m_results.clear();
    if (m_index && !query.trimmed().isEmpty()) {
        const QList<FaqHit> hits = m_index->search(query, lang, m_limit);
        m_results.reserve(hits.size());
        for (FaqHit hit : hits) {
            // The citizen's version when there is one: what the agent sends. Its words were
            // not the ones matched, so nothing in it is highlighted.
            if (hit.lang != m_answerLang) {
                if (std::optional<FaqEntry> answer = m_index->entry(hit.id, m_answerLang)) {
                    hit.questionHighlights.clear();
                    hit.answerHighlights.clear();
                    m_results.append(Result { hit, std::move(*answer) });
                    continue;
                }
            }
            if (std::optional<FaqEntry> entry = m_index->entry(hit.id, hit.lang))
                m_results.append(Result { hit, std::move(*entry) });
        }
    }
    endResetModel();
}

void FaqResultsModel::clear()
{
    search(QString(), m_lang, m_answerLang);
}

int FaqResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant FaqResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuestionRole:
        return r.entry.question;
    case Qt::ToolTipRole:
    case AnswerRole:
        return r.entry.answer;
    case IdRole:
        return r.entry.id;
    case LanguageRole:
        return QVariant::fromValue(r.entry.lang);
    case LinksRole:
        return r.entry.links;
    case QuestionHighlightsRole:
        return QVariant::fromValue(r.hit.questionHighlights);
    case AnswerHighlightsRole:
        return QVariant::fromValue(r.hit.answerHighlights);
    case FellBackRole:
        return r.hit.fellBack;
    case FoundLanguageRole:
        return QVariant::fromValue(r.hit.lang);
    case NeedsTranslationRole:
        return r.entry.lang != m_answerLang;
    default:
        return {};
    }
}

QHash<int, QByteArray> FaqResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { LanguageRole, "lang" },
                   { QuestionRole, "question" },
                   { AnswerRole, "answer" },
                   { LinksRole, "links" },
                   { QuestionHighlightsRole, "questionHighlights" },
                   { AnswerHighlightsRole, "answerHighlights" },
                   { FellBackRole, "fellBack" },
                   { FoundLanguageRole, "foundLang" },
                   { NeedsTranslationRole, "needsTranslation" } });
    return names;
}

} // namespace Guichet
