#include "refusalsdialog.h"

#include "app/models/errortext.h"
#include "app/models/workstation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Guichet::Ui {

RefusalsDialog::RefusalsDialog(Workstation *workstation, QWidget *parent)
    : QDialog(parent)
    , m_workstation(workstation)
    , m_model(workstation)
    , m_view(new QTreeView(this))
    , m_open(new QPushButton(tr("&Open the conversation"), this))
    , m_resend(new QPushButton(tr("&Resend"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setWindowTitle(tr("Refused by the server"));
    auto *intro = new QLabel(tr("The server refused these actions: they did not happen. Send one "
                                "again, or dismiss it once you have dealt with it."),
                             this);
    intro->setWordWrap(true);
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Refused actions"));
    m_view->header()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 320);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid()) {
            Q_EMIT openConversation(index.data(RefusalsModel::ConversationIdRole).toLongLong());
            accept();
        }
    });
    connect(m_view, &QTreeView::activated, m_open, &QPushButton::click);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const QString id = currentCommand(); !id.isEmpty()) {
            if (auto sent = m_workstation->resendRefusal(id); !sent)
                m_resend->setToolTip(ErrorText::describe(sent.error().code, sent.error().message));
        }
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (const QString id = currentCommand(); !id.isEmpty())
            m_workstation->dismissRefusal(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RefusalsDialog::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &RefusalsDialog::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0)
            m_view->setCurrentIndex(m_model.index(0, 0));
        updateButtons();
    });
    if (m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(0, 0));
    m_view->resizeColumnToContents(RefusalsModel::ConversationColumn);
    m_view->resizeColumnToContents(RefusalsModel::CommandColumn);
    m_view->setFocus();
    updateButtons();
}

QString RefusalsDialog::currentCommand() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(RefusalsModel::CommandIdRole).toString() : QString();
}

void RefusalsDialog::updateButtons()
{
    const bool any = m_view->currentIndex().isValid();
    m_open->setEnabled(any);
    m_resend->setEnabled(any);
    m_dismiss->setEnabled(any);
}

} // namespace Guichet::Ui
