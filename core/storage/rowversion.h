#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace mestring::core {

class Database;

/// Which save of a changeable row (clients, courses, goals, appointments) is stored, and who
/// made it when (empty for a row not saved since versions were kept).
struct RowVersion
{
    int version = 1;
    QString changedBy; // staff id
    QDateTime changedAt;
};

/// The stored version of row `id` of `table` (one of Mestring's own table names), if the row
/// exists.
std::optional<RowVersion> storedVersion(const Database &db, const char *table, const QString &id);

/// Inside a unit of work (unitofwork.h), before the row is written: moves row `id` of `table`
/// from `version`, the one the unit of work read, to the next, saved by `staff` at `at`. When
/// another writer saved the row between that read and now (a server lets them), throws
/// StorageError::Kind::Busy so the unit of work starts again from its read. On a server the
/// row then stays locked until the transaction ends, so the writes that follow are this
/// save's alone.
void claimVersion(const Database &db, const char *table, const QString &id, int version,
    const QString &staff, const QDateTime &at);

/// Inside a write transaction: holds row `id` of `table` (a record's parent) until the
/// transaction ends, so rules over its children (at most three active goals on a course) are
/// checked and written by one writer at a time. A file's write transaction holds everything
/// already.
void lockRow(const Database &db, const char *table, const QString &id);

} // namespace mestring::core
