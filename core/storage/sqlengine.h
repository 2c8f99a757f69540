#pragma once

namespace mestring::core {

/// The two database engines Mestring stores its data in. Only core/storage tells them apart:
/// the Backend behind a Database, and the migration steps that need a statement of each.
enum class SqlEngine {
    SQLite, // one file on one PC: the default, for trying the program and for laptops
    PostgreSQL, // a centre's shared server
};

} // namespace mestring::core
