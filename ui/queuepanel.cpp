#include "queuepanel.h"

#include "app/models/queuemodel.h"
#include "labels.h"
#include "queuedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

QueuePanel::QueuePanel(QueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scope(new QComboBox(this))
    , m_states(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_flagged(new QCheckBox(tr("F&lagged"), this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_takeNext(new QPushButton(tr("Take &next"), this))
    , m_count(new QLabel(this))
{
    m_scope->addItem(tr("All"), int(QueueFilter::Scope::All));
    m_scope->addItem(tr("My team"), int(QueueFilter::Scope::Team));
    m_scope->addItem(tr("Mine"), int(QueueFilter::Scope::Mine));
    m_scope->setAccessibleName(tr("Whose conversations"));
    m_states->addItem(tr("Open"), int(QueueFilter::States::Open));
    m_states->addItem(tr("Waiting"), int(QueueFilter::States::Queued));
    m_states->addItem(tr("Taken"), int(QueueFilter::States::Claimed));
    m_states->addItem(tr("Closed"), int(QueueFilter::States::Closed));
    m_states->addItem(tr("Any state"), int(QueueFilter::States::Any));
    m_states->setAccessibleName(tr("Conversation state"));
    m_channel->addItem(tr("All channels"), -1);
    for (const Channel c : allValues<Channel>())
        m_channel->addItem(Labels::channelIcon(c), Labels::channel(c), int(c));
    m_channel->setAccessibleName(tr("Channel"));
    m_language->addItem(tr("All languages"), -1);
    for (const Language l : allValues<Language>())
        m_language->addItem(Labels::language(l), int(l));
    m_language->setAccessibleName(tr("Language"));
    m_flagged->setToolTip(tr("Only emergencies and violence cases"));
    m_search->setPlaceholderText(tr("Search the queue (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the queue"));
    m_takeNext->setToolTip(tr("Take the most urgent waiting conversation (Ctrl+N)"));

    m_view->setModel(model);
    m_view->setItemDelegate(new QueueDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Queue"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_scope);
    filters->addWidget(m_states);
    filters->addWidget(m_flagged);
    auto *filters2 = new QHBoxLayout;
    filters2->setContentsMargins(0, 0, 0, 0);
    filters2->addWidget(m_channel);
    filters2->addWidget(m_language);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_takeNext);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setTabOrder(m_search, m_view);

    for (QComboBox *box : { m_scope, m_states, m_channel, m_language })
        connect(box, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &QueuePanel::applyFilter);
    // Filter as the agent types, without re-filtering 100,000 rows on every key of a fast typist.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &QueuePanel::applyFilter);
    connect(m_takeNext, &QPushButton::clicked, this, &QueuePanel::takeNextRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                const qint64 id = index.isValid() ? index.data(QueueModel::IdRole).toLongLong() : 0;
                if (id && id != m_current) {
                    m_current = id;
                    Q_EMIT conversationSelected(id);
                }
            });
    // A filter rebuilds the rows: keep the agent's conversation selected.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_current)
            selectConversation(m_current);
    });
    connect(model, &QueueModel::countsChanged, this, &QueuePanel::updateCount);
    // The SLA countdowns move with the clock.
    auto *tick = new QTimer(this);
    tick->start(30000);
    connect(tick, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    updateCount();
}

qint64 QueuePanel::currentConversation() const
{
    return m_current;
}

void QueuePanel::selectConversation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        // Filtered out: it stays the agent's conversation, shown when the filter allows.
        m_current = id;
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void QueuePanel::applyFilter()
{
    QueueFilter filter;
    filter.scope = QueueFilter::Scope(m_scope->currentData().toInt());
    filter.states = QueueFilter::States(m_states->currentData().toInt());
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        filter.channel = Channel(c);
    if (const int l = m_language->currentData().toInt(); l >= 0)
        filter.lang = Language(l);
    filter.flaggedOnly = m_flagged->isChecked();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void QueuePanel::updateCount()
{
    m_count->setText(
        tr("%1 shown · %2 waiting").arg(m_model->rowCount()).arg(m_model->waitingCount()));
}

QByteArray QueuePanel::saveFilters() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_scope->currentIndex() << m_states->currentIndex() << m_channel->currentIndex()
        << m_language->currentIndex() << m_flagged->isChecked();
    return state;
}

void QueuePanel::restoreFilters(const QByteArray &state)
{
    QDataStream in(state);
    int scope = 0, states = 0, channel = 0, language = 0;
    bool flagged = false;
    in >> scope >> states >> channel >> language >> flagged;
    if (in.status() != QDataStream::Ok)
        return;
    m_scope->setCurrentIndex(scope);
    m_states->setCurrentIndex(states);
    m_channel->setCurrentIndex(channel);
    m_language->setCurrentIndex(language);
    m_flagged->setChecked(flagged);
}

} // namespace Guichet::Ui
