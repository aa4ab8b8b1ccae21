#pragma once

#include "app/models/faqresultsmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! The knowledge base at hand: results change with every keystroke, the matched
//! words highlighted, a preview of the answer; Enter puts it in the composer.
//! Before the agent types, suggestions come from the citizen's last message.
class FaqPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FaqPanel(Workstation *workstation, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QListView *results() const { return m_results; }
    QTextBrowser *preview() const { return m_preview; }
    FaqResultsModel *model() { return &m_model; }
    Language language() const;
    void setLanguage(Language lang);

    //! Suggest entries for the citizen's last message (while the search box is empty).
    void suggestFor(const QString &citizenText, Language lang);

    //! Text with @p spans highlighted, as HTML.
    static QString highlighted(const QString &text, const QList<FaqSpan> &spans,
                               const QColor &mark);

Q_SIGNALS:
    void answerChosen(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showPreview();
    void choose();

    Workstation *m_workstation;
    FaqResultsModel m_model;
    QLineEdit *m_search;
    QComboBox *m_language;
    QLabel *m_hint;
    QListView *m_results;
    QTextBrowser *m_preview;
    QString m_suggestion;
};

} // namespace Guichet::Ui
