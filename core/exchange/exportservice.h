#pragma once

#include <QByteArray>

namespace mestring::core {

class AccessLog;
class Database;
struct Actor;

/// Exports every record as an interchange document (domain.md section 5), in the order the
/// records were stored: an imported file exports as it was read.
class ExportService
{
public:
    ExportService(const Database &db, AccessLog &log);

    /// The document's bytes. Every exported client gets an access-log entry before the data
    /// leaves the program. Throws PermissionDenied when the actor may not take backups,
    /// StorageError when the database fails.
    QByteArray exportDocument(const Actor &actor);

private:
    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
