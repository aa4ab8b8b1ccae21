#include "faqeditordialog.h"

#include "app/models/workstation.h"
#include "labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

enum Column { QuestionColumn, LanguageColumn, IdColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kLangRole = Qt::UserRole + 2;

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList items;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            items.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    items.append(current.trimmed());
    items.removeAll(QString());
    return items;
}

} // namespace

FaqEditorDialog::FaqEditorDialog(Workstation *workstation, QWidget *parent)
    : QDialog(parent)
    , m_workstation(workstation)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_entries(new QTreeView(this))
    , m_id(new QLineEdit(this))
    , m_lang(new QComboBox(this))
    , m_question(new QLineEdit(this))
    , m_answer(new QPlainTextEdit(this))
    , m_keywords(new QLineEdit(this))
    , m_links(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_check(new QLabel(this))
{
    setObjectName(u"faqEditorDialog"_s);
    setWindowTitle(tr("Edit the knowledge base"));

    m_model->setHorizontalHeaderLabels({ tr("Question"), tr("Language"), tr("Identifier") });
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // question, language and identifier
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);

    m_search->setObjectName(u"faqEditorSearch"_s);
    m_search->setPlaceholderText(tr("Search the entries (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the entries"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_entries->setObjectName(u"faqEditorEntries"_s);
    m_entries->setAccessibleName(tr("Knowledge base entries"));
    m_entries->setModel(m_filter);
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSortingEnabled(true);
    m_entries->sortByColumn(QuestionColumn, Qt::AscendingOrder);
    m_entries->header()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_entries->header()->setStretchLastSection(false);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_filter->setFilterFixedString(text.trimmed()); });
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FaqEditorDialog::onCurrentChanged);

    m_id->setObjectName(u"faqEditorId"_s);
    m_id->setAccessibleName(tr("Identifier of the entry"));
    m_id->setPlaceholderText(tr("e.g. lost-id-card"));
    m_lang->setObjectName(u"faqEditorLanguage"_s);
    for (const Language l : allValues<Language>())
        m_lang->addItem(Labels::language(l), int(l));
    m_question->setObjectName(u"faqEditorQuestion"_s);
    m_question->setAccessibleName(tr("Question"));
    m_answer->setObjectName(u"faqEditorAnswer"_s);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setTabChangesFocus(true);
    m_keywords->setObjectName(u"faqEditorKeywords"_s);
    m_keywords->setAccessibleName(tr("Keywords, separated by commas"));
    m_keywords->setPlaceholderText(tr("separated by commas"));
    m_links->setObjectName(u"faqEditorLinks"_s);
    m_links->setAccessibleName(tr("Links, separated by spaces"));
    m_links->setPlaceholderText(tr("https://… separated by spaces"));
    m_reason->setObjectName(u"faqEditorReason"_s);
    m_reason->setAccessibleName(tr("Reason, kept in the log"));
    m_reason->setMaxLength(500);
    m_check->setObjectName(u"faqEditorCheck"_s);
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Identifier:"), m_id);
    form->addRow(tr("&Language:"), m_lang);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("Lin&ks:"), m_links);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_check);

    auto *buttons = new QDialogButtonBox(this);
    m_new = buttons->addButton(tr("&New entry"), QDialogButtonBox::ActionRole);
    m_new->setObjectName(u"faqEditorNew"_s);
    m_new->setToolTip(tr("An empty form for a new entry (Ctrl+N)"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"faqEditorSave"_s);
    m_save->setToolTip(tr("Send this version to the server: every workstation gets it (Ctrl+S)"));
    m_retire = buttons->addButton(tr("Re&tire this language"), QDialogButtonBox::ActionRole);
    m_retire->setObjectName(u"faqEditorRetire"_s);
    m_retire->setToolTip(tr("Take this language of the entry out of every workstation's base"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    for (QPushButton *b : { m_new, m_save, m_retire })
        b->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &FaqEditorDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &FaqEditorDialog::save);
    connect(m_retire, &QPushButton::clicked, this, &FaqEditorDialog::retire);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newShortcut, &QShortcut::activated, this, &FaqEditorDialog::startNew);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &FaqEditorDialog::save);

    for (QLineEdit *field : { m_id, m_question, m_keywords, m_links, m_reason })
        connect(field, &QLineEdit::textChanged, this, &FaqEditorDialog::validate);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &FaqEditorDialog::validate);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &FaqEditorDialog::validate);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_entries);
    auto *right = new QWidget(this);
    right->setLayout(form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    // The base changes under the editor (another supervisor, or this one's save coming
    // back by sync): the list follows, the form is left as typed.
    connect(m_workstation, &Workstation::faqChanged, this, &FaqEditorDialog::reload);
    reload();
    startNew();
    m_search->setFocus();
}

bool FaqEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search goes to the list, as in the FAQ panel.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            m_entries->setFocus();
            if (!m_entries->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_entries->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FaqEditorDialog::reload()
{
    const QModelIndex current = m_entries->currentIndex();
    const QString currentId = current.data(kIdRole).toString();
    const int currentLang = current.data(kLangRole).toInt();
    QList<FaqEntry> entries = m_workstation->faqIndex().entries();
    // The form stays as typed while the rows are replaced.
    m_reloading = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const FaqEntry &e : std::as_const(entries)) {
        QList<QStandardItem *> row;
        row.append(new QStandardItem(e.question));
        row.append(new QStandardItem(wireName(e.lang).toUpper()));
        row.append(new QStandardItem(e.id));
        row[LanguageColumn]->setToolTip(Labels::language(e.lang));
        for (QStandardItem *item : std::as_const(row)) {
            item->setData(e.id, kIdRole);
            item->setData(int(e.lang), kLangRole);
        }
        m_model->appendRow(row);
    }
    if (!currentId.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const QModelIndex i = m_filter->index(r, 0);
            if (i.data(kIdRole).toString() == currentId && i.data(kLangRole).toInt() == currentLang)
                m_entries->setCurrentIndex(i);
        }
    }
    m_reloading = false;
    validate();
}

bool FaqEditorDialog::select(const QString &id, Language lang)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        if (i.data(kIdRole).toString() == id && i.data(kLangRole).toInt() == int(lang)) {
            m_entries->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void FaqEditorDialog::onCurrentChanged()
{
    const QModelIndex current = m_entries->currentIndex();
    if (m_reloading || !current.isValid())
        return;
    const std::optional<FaqEntry> entry = m_workstation->faqIndex().entry(
        current.data(kIdRole).toString(), Language(current.data(kLangRole).toInt()));
    if (entry)
        fill(*entry);
}

void FaqEditorDialog::startNew()
{
    m_entries->selectionModel()->clear(); // no current row: onCurrentChanged() leaves the form
    FaqEntry blank;
    fill(blank);
    m_id->setFocus();
}

void FaqEditorDialog::fill(const FaqEntry &entry)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_id, m_lang, m_question, m_answer,
                                                         m_keywords, m_links })
        w->blockSignals(true);
    m_id->setText(entry.id);
    // An existing entry keeps its identifier; another language of it is a new entry.
    m_id->setReadOnly(!entry.id.isEmpty());
    m_lang->setCurrentIndex(m_lang->findData(int(entry.lang)));
    m_question->setText(entry.question);
    m_answer->setPlainText(entry.answer);
    m_keywords->setText(entry.keywords.join(u", "_s));
    m_links->setText(entry.links.join(u' '));
    for (QWidget *w : std::initializer_list<QWidget *> { m_id, m_lang, m_question, m_answer,
                                                         m_keywords, m_links })
        w->blockSignals(false);
    validate();
}

FaqEntry FaqEditorDialog::formEntry() const
{
    FaqEntry entry;
    entry.id = m_id->text().trimmed();
    entry.lang = Language(m_lang->currentData().toInt());
    entry.question = m_question->text().trimmed();
    entry.answer = m_answer->toPlainText().trimmed();
    entry.keywords = splitList(m_keywords->text(), u",;"_s);
    entry.links = splitList(m_links->text(), u" \t\n"_s);
    return entry;
}

std::optional<FaqEntry> FaqEditorDialog::original() const
{
    const FaqEntry entry = formEntry();
    // What the server holds for the (id, language) in the form: saving replaces it.
    return m_workstation->faqIndex().entry(entry.id, entry.lang);
}

void FaqEditorDialog::validate()
{
    const FaqEntry entry = formEntry();
    const std::optional<FaqEntry> stored = original();
    // The protocol's own rules, so that what is sent is accepted.
    const Result<FaqEntry> valid = FaqEntry::fromJson(entry.toJson());
    const bool changed = !stored || *stored != entry;
    const bool reason = !m_reason->text().trimmed().isEmpty();
    QString check;
    if (entry.id.isEmpty() && entry.question.isEmpty())
        check = tr("Choose an entry in the list, or fill in a new one.");
    else if (!valid)
        check = tr("Not valid: %1").arg(valid.error().message);
    else if (!changed)
        check = tr("Nothing changed yet.");
    else if (!stored)
        check = tr("A new entry (or a new language of one); not sent yet.");
    else
        check = tr("A new version of this entry; not sent yet.");
    if (valid && changed && !reason)
        check += u' ' + tr("Say why in the reason.");
    m_check->setText(check);
    m_save->setEnabled(valid && changed && reason);
    m_retire->setEnabled(stored.has_value() && reason);
}

void FaqEditorDialog::save()
{
    if (!m_save->isEnabled())
        return;
    const FaqEntry entry = formEntry();
    Q_EMIT editRequested(entry, m_reason->text().trimmed());
    m_check->setText(tr("Sent; the list shows it once the server has taken it."));
    m_save->setEnabled(false);
}

void FaqEditorDialog::retire()
{
    if (!m_retire->isEnabled())
        return;
    const FaqEntry entry = formEntry();
    Q_EMIT retireRequested(entry.id, entry.lang, m_reason->text().trimmed());
    m_check->setText(tr("Retirement sent; the entry leaves the list once the server has "
                        "taken it."));
    m_retire->setEnabled(false);
}

} // namespace Guichet::Ui
