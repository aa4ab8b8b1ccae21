// libFuzzer target for the knowledge base's JSON Lines import, both readers:
// the server's (guichet-server admin faq import: all or nothing) and the
// workstation's (FaqFile: bad lines skipped and reported). Beyond "never
// crash": every refusal says why, and what is accepted survives a round trip
// (written out and read again, the same entries).
#include "app/faq/faqfile.h"
#include "server/conversations/knowledgebase.h"

#include <cstdint>
#include <cstdlib>

using namespace Guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QStringList problems;
    const auto imported = Server::KnowledgeBase::parse(bytes, &problems);
    if (!imported) {
        if (imported.error().message.isEmpty())
            std::abort();
    } else {
        for (const FaqEntry &entry : *imported) {
            const auto again = FaqEntry::fromJson(entry.toJson());
            if (!again || !(*again == entry))
                std::abort();
        }
    }

    const auto file = FaqFile::parse(QByteArrayView(bytes));
    if (!file) {
        if (file.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const FaqLineError &error : file->errors) {
        if (error.line <= 0 || error.toString().isEmpty())
            std::abort(); // every skipped line is named
    }
    const auto reread = FaqFile::parse(FaqFile::serialize(file->entries));
    if (file->entries.isEmpty() ? false : (!reread || reread->entries != file->entries))
        std::abort();
    return 0;
}
