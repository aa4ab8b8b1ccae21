#pragma once

namespace Guichet::Server {

//! Keep freed heap memory in the process instead of giving it back to the system
//! after every command (glibc's malloc; a no-op elsewhere). A supervisor's figures
//! allocate and free a few hundred kilobytes each time: with the default
//! thresholds the heap shrank after each and grew again at the next (18 page
//! faults a `stats` at a million conversations). Measured side by side, both
//! processes at once on the same data (docs/supervision.md, "Fast at scale"):
//! `stats` takes about 1 ms of CPU less (3.4-3.5 against 4.3-4.5 ms at p50);
//! reports and the wall-clock tail are the same either way. It is not a cure for
//! latency stalls: those were waits for a core. The environment's
//! MALLOC_TRIM_THRESHOLD_ / MALLOC_TOP_PAD_ / MALLOC_MMAP_THRESHOLD_ still win when set.
void keepFreedMemory();

} // namespace Guichet::Server
