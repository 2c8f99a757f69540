#include "backend.h"

#include "databaselocation.h"
#include "postgresbackend.h"
#include "sqlitebackend.h"

namespace mestring::core {

std::unique_ptr<Backend> Backend::forLocation(const DatabaseLocation &location)
{
    if (location.isServer()) return std::make_unique<PostgresBackend>();
    return std::make_unique<SqliteBackend>();
}

} // namespace mestring::core
