#include "sqliteconnection.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QVariant>

#include "database.h"
#include "storageerror.h"

namespace mestring::core {

sqlite3 *sqliteHandle(const Database &db)
{
    if (!db.isOpen()) return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isDamageCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

SqliteConnection::SqliteConnection(
    const QString &path, Mode mode, int busyTimeoutMs, const QString &failure)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString text = errorText();
        sqlite3_close(m_handle);
        m_handle = nullptr;
        throw StorageError(failure, text);
    }
    sqlite3_busy_timeout(m_handle, busyTimeoutMs);
}

SqliteConnection::~SqliteConnection()
{
    // sqlite3_close_v2: statements a failed step left behind are finalized with the connection.
    sqlite3_close_v2(m_handle);
}

int SqliteConnection::exec(const char *sql)
{
    return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
}

QString SqliteConnection::errorText() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
}

QStringList SqliteConnection::column(const char *sql, bool *ok, int *code)
{
    QStringList rows;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            rows << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    *ok = rc == SQLITE_DONE;
    if (code) *code = rc;
    return rows;
}

} // namespace mestring::core
