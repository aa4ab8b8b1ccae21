#include "faqindexbuilder.h"

#include "modelslogging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Guichet {

FaqIndexBuilder::FaqIndexBuilder(QObject *parent)
    : QObject(parent)
{ }

FaqIndexBuilder::~FaqIndexBuilder()
{
    // A build still running finishes on its worker thread and its result is dropped: nothing
    // it uses belongs to this object, and its watcher (a child) does not wait for it.
    m_watcher = nullptr;
}

void FaqIndexBuilder::build(QList<FaqEntry> entries, const FaqSynonyms &synonyms,
                            std::shared_ptr<const FaqLexicon> lexicon, const QString &fallbackPath)
{
    cancel();
    // Everything the worker reads is its own copy (entries, synonyms) or immutable and shared
    // (the lexicon): the UI thread may go on searching the previous index meanwhile.
    auto work = [entries = std::move(entries), synonyms, lexicon = std::move(lexicon),
                 fallbackPath]() -> std::shared_ptr<FaqIndex> {
        std::shared_ptr<FaqIndex> index;
        if (!entries.isEmpty() || fallbackPath.isEmpty()) {
            index = std::make_shared<FaqIndex>(entries, synonyms);
        } else {
            Result<FaqIndex> read = FaqIndex::load(fallbackPath, synonyms);
            if (!read)
                qCWarning(lcModels) << "FAQ base:" << read.error().message;
            index = std::make_shared<FaqIndex>(read ? std::move(*read) : FaqIndex());
        }
        index->setLexicon(lexicon);
        return index;
    };
    auto *watcher = new QFutureWatcher<std::shared_ptr<FaqIndex>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        std::shared_ptr<FaqIndex> index = watcher->result();
        setBuilding(false);
        Q_EMIT built(std::move(index));
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    setBuilding(true);
}

void FaqIndexBuilder::cancel()
{
    if (!m_watcher)
        return;
    // Its finished() no longer reaches us; the watcher goes once the build is over (or with
    // this object, its parent).
    QFutureWatcher<std::shared_ptr<FaqIndex>> *watcher = std::exchange(m_watcher, nullptr);
    watcher->disconnect(this);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    setBuilding(false);
}

void FaqIndexBuilder::setBuilding(bool building)
{
    if (m_building == building)
        return;
    m_building = building;
    Q_EMIT buildingChanged(building);
}

} // namespace Guichet
