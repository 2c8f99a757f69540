#pragma once

#include <QByteArray>

#include "core/domain/ruleissue.h"

namespace mestring::core {

class AccessLog;
class Database;
struct Actor;

/// What an import did: refused with errors (nothing stored), or stored with warnings.
struct ImportResult
{
    /// Why nothing was stored; paths into the file ("courses[3].end_reason"). Stored records
    /// the file conflicts with are named "database:clients[id=c7]".
    RuleIssues errors;
    /// Workflow-rule breaches of the imported records (domain.md section 2): listed, not refused.
    RuleIssues warnings;
    /// How many records were stored.
    std::size_t imported = 0;

    bool ok() const { return errors.empty(); }
};

/// Imports an interchange document (domain.md section 5) into a database that may already hold
/// records: all of it in one transaction, or nothing.
class ImportService
{
public:
    ImportService(const Database &db, AccessLog &log);

    /// Reads the document (shape errors refuse it), merges it with the stored records (an id
    /// that is already stored refuses it), checks every data rule over the union (a breach
    /// refuses it) and stores every record, with one access-log entry per imported client.
    /// Throws PermissionDenied when the actor may not restore data, StorageError when the
    /// database fails (nothing is stored then either).
    ImportResult importDocument(const Actor &actor, const QByteArray &json);

private:
    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
