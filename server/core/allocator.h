#pragma once

namespace Guichet::Server {

//! Keep freed heap memory in the process instead of giving it back to the system
//! after every command (glibc's malloc; a no-op elsewhere). A supervisor's figures
//! and report pages allocate and free a few megabytes each time: with the default
//! thresholds the heap shrank after each (brk, and a TLB flush on every core),
//! about 13 % of the supervision bench's samples (docs/supervision.md). The
//! environment's MALLOC_TRIM_THRESHOLD_ / MALLOC_TOP_PAD_ still win when set.
void keepFreedMemory();

} // namespace Guichet::Server
