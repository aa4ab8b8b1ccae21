#pragma once

#include "app/faq/faqhit.h"
#include "protocol/faqentry.h"

#include <QAbstractListModel>

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
    };
    Q_ENUM(Role)

    explicit FaqResultsModel(QObject *parent = nullptr);

    //! The index searched; it must outlive the model or be replaced before it goes.
    void setIndex(const FaqIndex *index);
    void setLimit(int limit) { m_limit = limit; }
    //! Search @p query in @p lang (falling back to other languages).
    void search(const QString &query, Language lang);
    void clear();
    QString query() const { return m_query; }
    Language language() const { return m_lang; }

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
    int m_limit = 20;
};

} // namespace Guichet

Q_DECLARE_METATYPE(QList<Guichet::FaqSpan>)
