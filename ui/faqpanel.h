#pragma once

#include "app/models/faqresultsmodel.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! The knowledge base at hand: results change with every keystroke, the matched
//! words highlighted, a preview of the answer; Enter puts it in the composer.
//! Before the agent types, suggestions come from the citizen's last message.
//!
//! Two languages: the search language, the one the agent types in (detected, or chosen),
//! and the answer language, the citizen's. An entry is given in the citizen's language when
//! it exists in it; otherwise in the language found (French, mostly), marked as needing
//! translation, and the conversation is told so (answerChosen()) before anything is sent.
class FaqPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FaqPanel(Workstation *workstation, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QListView *results() const { return m_results; }
    QTextBrowser *preview() const { return m_preview; }
    FaqResultsModel *model() { return &m_model; }
    QComboBox *languageBox() const { return m_language; }
    //! Supervisors only (hidden for everyone else): retire the entry shown.
    QPushButton *retireButton() const { return m_retire; }
    //! Shown while the knowledge base is being indexed (Workstation::faqIndexing()).
    QLabel *indexingLabel() const { return m_indexing; }
    //! The search language: the one chosen, or the one detected in what is typed.
    Language language() const;
    //! Choose the search language; std::nullopt: detect it (the default).
    void setLanguage(std::optional<Language> lang);
    //! The citizen's language, in which entries are given when they exist in it.
    Language answerLanguage() const { return m_answerLang; }
    void setAnswerLanguage(Language lang);

    //! Suggest entries for the citizen's last message (while the search box is empty);
    //! @p lang, the citizen's language, becomes the answer language.
    void suggestFor(const QString &citizenText, Language lang);

    //! Text with @p spans highlighted, as HTML.
    static QString highlighted(const QString &text, const QList<FaqSpan> &spans,
                               const QColor &mark);

Q_SIGNALS:
    //! The agent chose an entry: @p text is in @p lang, which is not the citizen's when the
    //! entry has no version in it (the text then needs translating).
    void answerChosen(const QString &text, Guichet::Language lang);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showPreview();
    void choose();
    void updateRetire();
    void updateIndexing();
    //! Asks which versions and why, then sends retire_faq (Workstation::retireFaq).
    void retire();

    Workstation *m_workstation;
    FaqResultsModel m_model;
    QLineEdit *m_search;
    QComboBox *m_language;
    QLabel *m_hint;
    QLabel *m_indexing;
    QLabel *m_answerLabel;
    QListView *m_results;
    QTextBrowser *m_preview;
    QPushButton *m_retire;
    QString m_suggestion;
    Language m_answerLang = Language::Fr;
};

} // namespace Guichet::Ui
