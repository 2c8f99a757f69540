#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "core/storage/databaselocation.h"
#include "testserver.h"

namespace mestring::test {

/// Where a command-line test puts a new database: a file in a folder of its own, or in the
/// run on PostgreSQL an empty database of its own on the test server (no Mestring schema yet).
class TestTarget
{
public:
    explicit TestTarget(const QString &fileName = QStringLiteral("centre.sqlite"));

    /// What --db takes: the file's path or the server database's address.
    QString address() const { return m_location.displayText(); }
    core::DatabaseLocation location() const { return m_location; }
    /// The folder for the test's other files (JSON, reports).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// What the database holds, to show that a refused command changed nothing: the file's
    /// bytes, or a server database's rows (every table, the access log included). Empty while
    /// there is no database.
    QByteArray state() const;

private:
    QTemporaryDir m_dir;
    std::optional<TestServerDatabase> m_server;
    core::DatabaseLocation m_location;
};

} // namespace mestring::test
