#include "faqpanel.h"

#include "app/models/workstation.h"
#include "faqdelegate.h"
#include "labels.h"
#include "retirefaqdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

FaqPanel::FaqPanel(Workstation *workstation, QWidget *parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_indexing(new QLabel(this))
    , m_answerLabel(new QLabel(this))
    , m_results(new QListView(this))
    , m_preview(new QTextBrowser(this))
    , m_retire(new QPushButton(this))
{
    m_search->setPlaceholderText(tr("Search the FAQ (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the FAQ"));
    m_search->installEventFilter(this);
    // The language the agent types in: detected by default, or chosen.
    m_language->addItem(tr("Auto", "FAQ search language: detected"), -1);
    m_language->setItemData(0, tr("Detect the language you type in"), Qt::ToolTipRole);
    for (const Language l : allValues<Language>()) {
        m_language->addItem(wireName(l).toUpper(), int(l));
        m_language->setItemData(m_language->count() - 1, Labels::language(l), Qt::ToolTipRole);
    }
    m_language->setAccessibleName(tr("FAQ search language"));
    m_answerLabel->setAccessibleName(tr("FAQ answer language"));
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setItalic(true);
    m_hint->setFont(small);

    m_model.setIndex(&workstation->faqIndex());
    m_results->setModel(&m_model);
    m_results->setItemDelegate(new FaqDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAccessibleName(tr("FAQ results"));
    m_results->installEventFilter(this);
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("FAQ answer preview"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_language);
    top->addWidget(m_answerLabel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"faqSplitter"_s);
    split->addWidget(m_results);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_indexing);
    layout->addWidget(split, 1);
    // Supervisors keep the base up: a wrong or outdated entry leaves every workstation.
    m_retire->setText(tr("Retire entry…"));
    m_retire->setToolTip(tr("Take this entry out of the knowledge base of every workstation "
                            "(Delete in the results)"));
    m_retire->setAccessibleName(tr("Retire the FAQ entry"));
    m_retire->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_retire);
    layout->addLayout(bottom);
    connect(m_retire, &QPushButton::clicked, this, &FaqPanel::retire);

    connect(m_search, &QLineEdit::textChanged, this, &FaqPanel::search);
    connect(m_language, &QComboBox::currentIndexChanged, this, &FaqPanel::search);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model.rowCount() > 0)
            m_results->setCurrentIndex(m_model.index(0));
        showPreview();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FaqPanel::showPreview);
    connect(m_results, &QListView::doubleClicked, this, &FaqPanel::choose);
    // The index is rebuilt when the server sends a new base or the cache reopens.
    connect(workstation, &Workstation::faqChanged, this,
            [this] { m_model.setIndex(&m_workstation->faqIndex()); });
    connect(workstation, &Workstation::opened, this, [this] {
        m_model.setIndex(&m_workstation->faqIndex());
        updateRetire();
    });
    connect(workstation, &Workstation::faqIndexingChanged, this, &FaqPanel::updateIndexing);
    connect(workstation, &Workstation::agentChanged, this, &FaqPanel::updateRetire);
    connect(workstation, &Workstation::lockedChanged, this, &FaqPanel::updateRetire);
    setAnswerLanguage(Language::Fr);
    search();
    updateRetire();
    updateIndexing();
}

void FaqPanel::updateIndexing()
{
    // The index is built on a worker thread: the agent may type meanwhile. Until the first
    // build is over nothing is found, and the panel says why; a rebuild leaves the previous
    // base searchable.
    const bool indexing = m_workstation->faqIndexing();
    m_indexing->setText(!indexing ? QString()
                            : m_workstation->faqIndex().isEmpty()
                            ? tr("Indexing the knowledge base…")
                            : tr("Updating the knowledge base…"));
    m_indexing->setVisible(indexing);
    showPreview();
}

void FaqPanel::updateRetire()
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    m_retire->setVisible(me && me->role == Role::Supervisor);
    m_retire->setEnabled(m_results->currentIndex().isValid());
}

void FaqPanel::retire()
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    const QModelIndex index = m_results->currentIndex();
    if (!index.isValid() || !me || me->role != Role::Supervisor)
        return;
    const QString id = index.data(FaqResultsModel::IdRole).toString();
    const QString question = index.data(FaqResultsModel::QuestionRole).toString();
    const auto shown = index.data(FaqResultsModel::LanguageRole).value<Language>();
    auto *dialog =
        new RetireFaqDialog(id, question, shown, m_workstation->faqIndex().languages(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, question] {
        const Result<QString> sent =
            m_workstation->retireFaq(id, dialog->language(), dialog->reason());
        m_hint->setText(sent ? tr("Retiring “%1”: every workstation drops it when the server "
                                  "confirms.")
                                   .arg(question)
                             : tr("Could not retire “%1”: %2").arg(question, sent.error().message));
        m_hint->show();
    });
    dialog->open();
}

Language FaqPanel::language() const
{
    const int chosen = m_language->currentData().toInt();
    if (chosen >= 0)
        return Language(chosen);
    // Detected: the language whose words the text uses most; on a tie, the citizen's, then
    // French (the agents' own).
    return m_workstation->faqIndex().guessLanguage(m_search->text(), m_answerLang);
}

void FaqPanel::setLanguage(std::optional<Language> lang)
{
    m_language->setCurrentIndex(m_language->findData(lang ? int(*lang) : -1));
}

void FaqPanel::setAnswerLanguage(Language lang)
{
    m_answerLang = lang;
    m_answerLabel->setText(u"→ %1"_s.arg(wireName(lang).toUpper()));
    m_answerLabel->setToolTip(tr("Answers in %1, the citizen's language, when the entry exists "
                                 "in it; otherwise in French, to translate.")
                                  .arg(Labels::language(lang)));
}

void FaqPanel::suggestFor(const QString &citizenText, Language lang)
{
    m_suggestion = citizenText;
    setAnswerLanguage(lang);
    search(); // with the search box empty, the suggestions; else the versions to give change
}

void FaqPanel::search()
{
    const QString typed = m_search->text();
    if (!typed.trimmed().isEmpty()) {
        m_hint->clear();
        m_hint->hide();
        const Language lang = language();
        // Detected: say which language the search is in.
        m_language->setItemText(0,
                                tr("Auto: %1", "FAQ search language detected, e.g. Auto: FR")
                                    .arg(wireName(lang).toUpper()));
        m_model.search(typed, lang, m_answerLang);
        return;
    }
    m_language->setItemText(0, tr("Auto", "FAQ search language: detected"));
    if (!m_suggestion.trimmed().isEmpty()) {
        // The citizen's message is in the citizen's language.
        m_model.search(m_suggestion.left(500), m_answerLang, m_answerLang);
        m_hint->setText(m_model.rowCount()
                            ? tr("Suggested from the citizen's last message")
                            : tr("No suggestion for the citizen's last message: type to search."));
        m_hint->show();
        return;
    }
    m_hint->hide();
    m_model.clear();
}

QString FaqPanel::highlighted(const QString &text, const QList<FaqSpan> &spans, const QColor &mark)
{
    QString html;
    qsizetype at = 0;
    for (const FaqSpan &span : spans) {
        if (span.start < at || span.start + span.length > text.size())
            continue;
        html += text.mid(at, span.start - at).toHtmlEscaped();
        html += u"<span style=\"background-color:%1\"><b>%2</b></span>"_s.arg(
            mark.name(), text.mid(span.start, span.length).toHtmlEscaped());
        at = span.start + span.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), u"<br>"_s);
}

void FaqPanel::showPreview()
{
    const QModelIndex index = m_results->currentIndex();
    m_retire->setEnabled(index.isValid());
    if (!index.isValid()) {
        const bool waiting = m_workstation->faqIndexing() && m_workstation->faqIndex().isEmpty();
        m_preview->setHtml(
            m_search->text().trimmed().isEmpty()
                ? QString()
                : u"<p><i>%1</i></p>"_s.arg(
                    waiting ? tr("The knowledge base is being indexed: the results will "
                                 "appear in a moment.")
                            : tr("Nothing found. Try other words, or another language.")));
        return;
    }
    // The selection colour, toned towards the page so the words stay readable.
    const QColor solid = palette()
                             .color(QPalette::Highlight)
                             .lighter(palette().color(QPalette::Base).lightness() < 128 ? 80 : 160);
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(
        highlighted(index.data(FaqResultsModel::QuestionRole).toString(),
                    index.data(FaqResultsModel::QuestionHighlightsRole).value<QList<FaqSpan>>(),
                    solid),
        highlighted(index.data(FaqResultsModel::AnswerRole).toString(),
                    index.data(FaqResultsModel::AnswerHighlightsRole).value<QList<FaqSpan>>(),
                    solid));
    for (const QString &link : index.data(FaqResultsModel::LinksRole).toStringList())
        html += u"<p><a href=\"%1\">%1</a></p>"_s.arg(link.toHtmlEscaped());
    if (index.data(FaqResultsModel::NeedsTranslationRole).toBool()) {
        // Said first and plainly: this text is not in the citizen's language.
        const auto shown = index.data(FaqResultsModel::LanguageRole).value<Language>();
        html.prepend(u"<p style=\"background-color:#ffe082;color:#000\"><b>%1</b></p>"_s.arg(
            tr("No %1 version of this entry: this is the %2 text. Translate it before sending.")
                .arg(Labels::language(m_answerLang), Labels::language(shown))
                .toHtmlEscaped()));
    }
    html += u"<p><i>%1</i></p>"_s.arg(tr("Enter puts this answer in your reply."));
    m_preview->setHtml(html);
}

void FaqPanel::choose()
{
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid() && m_model.rowCount() > 0)
        index = m_model.index(0);
    if (!index.isValid())
        return;
    QString text = index.data(FaqResultsModel::AnswerRole).toString();
    for (const QString &link : index.data(FaqResultsModel::LinksRole).toStringList()) {
        if (!text.contains(link))
            text += u"\n"_s + link;
    }
    Q_EMIT answerChosen(text, index.data(FaqResultsModel::LanguageRole).value<Language>());
}

bool FaqPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Delete && m_retire->isVisible()) {
            retire();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            // Walk the results without leaving the search box.
            const int row = m_results->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_model.rowCount())
                m_results->setCurrentIndex(m_model.index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Guichet::Ui
