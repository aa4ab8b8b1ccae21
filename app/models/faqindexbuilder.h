#pragma once

#include "app/faq/faqindex.h"
#include "app/faq/faqlexicon.h"
#include "app/faq/faqsynonyms.h"
#include "protocol/faqentry.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Guichet {

//! Builds a knowledge base's index on a worker thread (5,000 entries take some 80 ms of CPU,
//! several hundred on a loaded machine: too long for the thread that draws the window).
//! built() is emitted on the builder's thread; a build started while another runs
//! supersedes it (the older result is dropped), and so does cancel().
class FaqIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit FaqIndexBuilder(QObject *parent = nullptr);
    ~FaqIndexBuilder() override;

    //! Indexes @p entries; when they are empty, the base in the file @p fallbackPath (the one
    //! shipped), if any.
    void build(QList<FaqEntry> entries, const FaqSynonyms &synonyms,
               std::shared_ptr<const FaqLexicon> lexicon, const QString &fallbackPath = {});
    //! Drops the result of the build running, if any.
    void cancel();
    bool isBuilding() const { return m_building; }

Q_SIGNALS:
    //! The index of the latest build, ready to search (with the lexicon set).
    void built(std::shared_ptr<Guichet::FaqIndex> index);
    void buildingChanged(bool building);

private:
    void setBuilding(bool building);

    //! One watcher per build: a superseded build's watcher is disconnected and left to finish.
    QFutureWatcher<std::shared_ptr<FaqIndex>> *m_watcher = nullptr;
    bool m_building = false;
};

} // namespace Guichet
