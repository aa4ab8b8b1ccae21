#pragma once

// The one place that chooses the SQLite library. The store is built against
// SQLCipher; scripts/bench also builds it against plain SQLite (GUICHET_STORE_PLAIN)
// to measure what encryption costs. The two are never linked into one process:
// they export the same symbols.
#ifdef GUICHET_STORE_PLAIN
#include <sqlite3.h>
#else
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
#endif
