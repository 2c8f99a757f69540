#include "sqlitefiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include "database.h"
#include "migrations.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// A connection of its own for a file that is not the program's open database; removed when
// the object goes.
class ScratchConnection
{
public:
    ScratchConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("scratch-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

DatabaseFileCheck failed(const QString &problem, const QString &driverText = {})
{
    DatabaseFileCheck check;
    check.problem = problem;
    check.driverText = driverText;
    return check;
}

} // namespace

DatabaseFileCheck inspectDatabaseFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) return failed(tr("The file %1 does not exist.").arg(path));
    ScratchConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.isOpen())
        return failed(tr("The file %1 cannot be opened.").arg(path), connection.error());
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return failed(tr("The file %1 is not a Mestring database, or it is damaged.").arg(path),
            q.lastError().text());
    }
    if (q.value(0).toInt() != Database::applicationId)
        return failed(tr("The file %1 is not a Mestring database.").arg(path));
    DatabaseFileCheck check;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        check.schemaVersion = q.value(0).toInt();
    if (check.schemaVersion < 1 || check.schemaVersion > latestSchemaVersion()) {
        return failed(tr("The file %1 was made by another version of Mestring (schema %2; this "
                         "program knows 1 to %3).")
                          .arg(path)
                          .arg(check.schemaVersion)
                          .arg(latestSchemaVersion()));
    }
    // Memory-mapped reads: integrity_check revisits pages, and through read() calls it spends
    // more time in the kernel than checking (a 350 MB file: 11 s of CPU against 5 s).
    q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return failed(tr("The file %1 is damaged.").arg(path), q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1StringView("ok"))
            return failed(tr("The file %1 is damaged.").arg(path), line);
    }
    check.ok = true;
    return check;
}

} // namespace mestring::core
