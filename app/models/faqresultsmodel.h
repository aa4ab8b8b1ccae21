#pragma once

#include "app/faq/faqhit.h"
#include "protocol/faqentry.h"

#include <QAbstractListModel>

#include <optional>

namespace Guichet {

class FaqIndex;

//! FAQ search results for the query being typed, best first, with the spans of the
//! question and answer to highlight.
class FaqResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LanguageRole,
        QuestionRole,
        AnswerRole,
        LinksRole,
        QuestionHighlightsRole, //!< QList<FaqSpan>
        AnswerHighlightsRole, //!< QList<FaqSpan>
        FellBackRole, //!< the entry is in another language than the one asked
        FoundLanguageRole, //!< Language: the language the entry was found in
        //! bool: the text is not in the answer language (the citizen's), which the entry
        //! lacks: it needs translating before it is sent
        NeedsTranslationRole,
    };
    Q_ENUM(Role)

    explicit FaqResultsModel(QObject *parent = nullptr);

    //! The index searched; it must outlive the model or be replaced before it goes.
    void setIndex(const FaqIndex *index);
    void setLimit(int limit) { m_limit = limit; }
    //! Search @p query written in @p lang (entries of other languages included) and give
    //! each entry in @p answerLang when it exists in it, else as found (default: @p lang).
    void search(const QString &query, Language lang, std::optional<Language> answerLang = {});
    void clear();
    QString query() const { return m_query; }
    Language language() const { return m_lang; }
    Language answerLanguage() const { return m_answerLang; }

    const FaqEntry &entryAt(int row) const { return m_results.at(row).entry; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Result
    {
        FaqHit hit;
        FaqEntry entry;
    };
    const FaqIndex *m_index = nullptr;
    QList<Result> m_results;
    QString m_query;
    Language m_lang = Language::Fr;
    Language m_answerLang = Language::Fr;
    int m_limit = 20;
};

} // namespace Guichet

Q_DECLARE_METATYPE(QList<Guichet::FaqSpan>)
