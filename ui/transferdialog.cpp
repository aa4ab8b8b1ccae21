#include "transferdialog.h"

#include "app/models/rostermodel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

//! Matches the typed text in the name or the login.
class RosterFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, RosterModel::NameColumn, parent);
        return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
};

} // namespace

TransferDialog::TransferDialog(RosterModel *roster, QWidget *parent)
    : QDialog(parent)
    , m_roster(roster)
    , m_proxy(new RosterFilter(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"transferDialog"_s);
    setWindowTitle(tr("Transfer"));

    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(tr("Transfer this conversation to a &colleague:"), this);
    m_prompt->setBuddy(m_filter);
    layout->addWidget(m_prompt);
    m_filter->setPlaceholderText(tr("Type a name or a login"));
    m_filter->setAccessibleName(tr("Find a colleague"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(roster);
    m_proxy->setSortRole(RosterModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(RosterModel::NameColumn);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"transferAgents"_s);
    m_view->setAccessibleName(tr("Colleagues"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(RosterModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(RosterModel::LastReplyColumn, true);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No colleague to show yet: the list fills in as the server reports "
                        "who is connected. The conversation can still go back to the queue."));
    layout->addWidget(m_empty);

    m_transfer = m_buttons->addButton(tr("&Transfer"), QDialogButtonBox::AcceptRole);
    m_transfer->setDefault(true);
    m_queue = m_buttons->addButton(tr("Back to the &queue"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<RosterFilter *>(m_proxy)->setText(text);
        selectFirstAvailable();
        updateState();
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (!selectedLogin().isEmpty() && (!m_reason || !reason().isEmpty())) {
            m_chosen = selectedLogin();
            accept();
        }
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        if (selectedLogin().isEmpty() || (m_reason && reason().isEmpty()))
            return;
        m_chosen = selectedLogin();
        accept();
    });
    connect(m_queue, &QPushButton::clicked, this, [this] {
        if (!m_queueAllowed || (m_reason && reason().isEmpty()))
            return;
        m_chosen.clear();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferDialog::updateState);
    // Rows arrive, leave and change while the dialog is open.
    const auto rowsMoved = [this] {
        if (selectedLogin().isEmpty())
            selectFirstAvailable();
        updateState();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsMoved);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsMoved);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsMoved);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TransferDialog::updateState);

    selectFirstAvailable();
    updateState();
    m_filter->setFocus();
    resize(520, 420);
}

void TransferDialog::setReassignment(const QString &prompt, const QString &confirm,
                                     bool queueAllowed)
{
    setObjectName(u"reassignDialog"_s);
    m_prompt->setText(prompt);
    m_transfer->setText(confirm);
    m_queueAllowed = queueAllowed;
    m_queue->setVisible(queueAllowed);
    if (!m_reason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"reassignReason"_s);
        m_reason->setMaxLength(500);
        m_reason->setPlaceholderText(tr("Overloaded, absent, needs a language…"));
        m_reason->setAccessibleName(tr("Reason for the reassignment"));
        auto *label = new QLabel(tr("&Reason:"), this);
        label->setBuddy(m_reason);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        const int at = layout->indexOf(m_buttons);
        layout->insertWidget(at, label);
        layout->insertWidget(at + 1, m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &TransferDialog::updateState);
    }
    m_empty->setText(queueAllowed ? tr("No agent to show yet: the list fills in as the server "
                                       "reports who is connected. The conversation can still "
                                       "go back to the queue.")
                                  : tr("No agent to show yet: the list fills in as the server "
                                       "reports who is connected."));
    updateState();
}

QString TransferDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString TransferDialog::selectedLogin() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const QModelIndex row = selected.isEmpty() ? current : selected.first();
    if (!row.isValid() || !row.data(RosterModel::CanTakeRole).toBool()
        || !m_view->selectionModel()->isRowSelected(row.row(), row.parent()))
        return {};
    return row.data(RosterModel::LoginRole).toString();
}

void TransferDialog::selectFirstAvailable()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RosterModel::CanTakeRole).toBool()) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_view->selectionModel()->clearSelection();
}

void TransferDialog::updateState()
{
    m_empty->setVisible(m_roster->rowCount() == 0);
    // A reassignment says why before anything can be sent.
    const bool reasoned = !m_reason || !reason().isEmpty();
    m_transfer->setEnabled(reasoned && !selectedLogin().isEmpty());
    m_queue->setEnabled(reasoned && m_queueAllowed);
    // Nobody to pick: Enter sends it back to the queue rather than doing nothing.
    m_queue->setDefault(!m_transfer->isEnabled() && m_queue->isEnabled());
    m_transfer->setDefault(m_transfer->isEnabled());
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down in the search field move in the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_view, &forwarded);
            // The view moves the current index; make it the selection.
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                m_view->selectionModel()->select(
                    current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Guichet::Ui
