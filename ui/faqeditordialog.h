#pragma once

#include "protocol/faqentry.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! The supervisor's knowledge-base editor (docs/supervision.md, "Actions"): the entries
//! of this workstation's copy of the base, searched as one types, and a form to change
//! the selected one, add one (a new entry, or a language an entry lacks) or retire one
//! language of it. Nothing is changed here: saving and retiring are asked of the page
//! (editRequested(), retireRequested()), which sends them through the outbox; the server
//! keeps each as a new version of the entry and every workstation gets it by sync. The
//! list follows the base live (Workstation::faqChanged()). From the keyboard: Ctrl+F
//! searches, Down goes to the list, Ctrl+N starts a new entry, Ctrl+S saves.
class FaqEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FaqEditorDialog(Workstation *workstation, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *entriesView() const { return m_entries; }
    QLineEdit *idField() const { return m_id; }
    QComboBox *languageBox() const { return m_lang; }
    QLineEdit *questionField() const { return m_question; }
    QPlainTextEdit *answerField() const { return m_answer; }
    QLineEdit *keywordsField() const { return m_keywords; }
    QLineEdit *linksField() const { return m_links; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *newButton() const { return m_new; }
    //! Whether the form is valid and what would be saved, or why not.
    QLabel *checkLabel() const { return m_check; }

    //! Select the entry @p id in @p lang (its form filled in); false when not in the list.
    bool select(const QString &id, Language lang);
    //! The entry the form describes, as it would be sent (not necessarily valid).
    FaqEntry formEntry() const;

Q_SIGNALS:
    //! Save @p entry (a new version, or a new entry) because of @p reason.
    void editRequested(const FaqEntry &entry, const QString &reason);
    //! Retire @p id in @p lang because of @p reason.
    void retireRequested(const QString &id, Language lang, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void onCurrentChanged();
    void startNew();
    void fill(const FaqEntry &entry);
    //! The stored entry the form started from; nullopt for a new one.
    std::optional<FaqEntry> original() const;
    void validate();
    void save();
    void retire();

    Workstation *m_workstation;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_entries;
    QLineEdit *m_id;
    QComboBox *m_lang;
    QLineEdit *m_question;
    QPlainTextEdit *m_answer;
    QLineEdit *m_keywords;
    QLineEdit *m_links;
    QLineEdit *m_reason;
    QLabel *m_check;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_retire;
    bool m_reloading = false; //!< the list is being refilled: the form is not touched
};

} // namespace Guichet::Ui
