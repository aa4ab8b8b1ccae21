#include "allocator.h"

#include <QtGlobal>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Guichet::Server {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    // 64 MiB kept at the top of the heap before it is trimmed, 16 MiB asked for
    // beyond each growth: bounded, against a server's hundreds of megabytes.
    constexpr int kTrimThreshold = 64 * 1024 * 1024;
    constexpr int kTopPad = 16 * 1024 * 1024;
    if (qEnvironmentVariableIsEmpty("MALLOC_TRIM_THRESHOLD_"))
        mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
    if (qEnvironmentVariableIsEmpty("MALLOC_TOP_PAD_"))
        mallopt(M_TOP_PAD, kTopPad);
    // Fixing the trim threshold stops glibc from raising the mmap threshold by
    // itself: without this, every block over 128 KiB (a page's JSON) would be
    // mapped and unmapped each time, the same cost by another road.
    constexpr int kMmapThreshold = 16 * 1024 * 1024;
    if (qEnvironmentVariableIsEmpty("MALLOC_MMAP_THRESHOLD_"))
        mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
#endif
}

} // namespace Guichet::Server
