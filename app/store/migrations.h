#pragma once

#include "database.h"

#include <span>

namespace Guichet {

//! One step of the cache's schema. Step N takes the schema from version N-1 to N.
struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

//! The cache's migrations, in order (migrations.cpp).
std::span<const Migration> cacheMigrations();

//! Bring @p db from its PRAGMA user_version to @p target, one step per
//! transaction. The first failing step is rolled back and stops the run: the
//! file stays at the last version that fully applied. A file newer than the
//! last known step is refused (made by a newer Guichet).
Result<void> migrate(Database &db, std::span<const Migration> steps, int target);

} // namespace Guichet
