#include "serverbackup.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include "database.h"
#include "integritycheck.h"
#include "postgresbackend.h"
#include "serveradmin.h"
#include "serverroles.h"
#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// A dump or restore of a large centre takes minutes, not hours.
constexpr int toolTimeoutMs = 60 * 60 * 1000;

// The libpq connection string the tools get (--dbname); the password travels in their
// environment, never on a command line others can list.
QString connectionString(const DatabaseLocation &where)
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (value.isEmpty()) return;
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        parts << QLatin1StringView(key) + QStringLiteral("='") + quoted + QLatin1Char('\'');
    };
    add("host", where.host());
    add("port", QString::number(where.port()));
    add("user", where.user());
    add("dbname", where.databaseName());
    const QString options = where.connectOptions();
    return QString(parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + options).trimmed();
}

void runTool(const QString &tool, const QStringList &arguments, const DatabaseLocation &where,
    const QString &failure)
{
    const QString program = postgresTool(tool);
    if (program.isEmpty()) {
        throw StorageError(tr("%1 is not installed on this PC. Ask your IT support to install "
                              "the package postgresql-client.")
                               .arg(tool));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!where.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), where.password());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(toolTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        throw StorageError(failure, QString::fromUtf8(process.readAllStandardError()).trimmed());
    }
}

QString scratchName(const DatabaseLocation &server)
{
    // 44 + 19 characters: PostgreSQL cuts names after 63.
    return server.databaseName().left(44) + QStringLiteral("_check_")
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Restores the backup into a new database `name` on the server of `server`; the caller drops it.
void restoreInto(const QString &backupFile, const DatabaseLocation &server, const QString &name)
{
    ServerAdmin(server).createDatabase(name);
    runTool(QStringLiteral("pg_restore"),
        {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
            QStringLiteral("--dbname=") + connectionString(server.withDatabase(name)), backupFile},
        server,
        tr("The backup could not be restored. It may be damaged, or not a backup of a "
           "Mestring server database."));
}

// Opens the restored copy as the program would and says what is wrong with it.
DatabaseFileCheck checkRestored(const DatabaseLocation &copy)
{
    DatabaseFileCheck check;
    try {
        Database db(QStringLiteral("backup-check-") + QUuid::createUuid().toString());
        db.open(copy, Database::OpenMode::MustExist);
        check.schemaVersion = db.schemaVersion();
        if (const QStringList damage = integrityProblems(db); !damage.isEmpty()) {
            check.problem = tr("The backup is damaged.");
            check.driverText = damage.constFirst();
        } else {
            check.ok = true;
        }
    } catch (const StorageError &e) {
        check.problem = e.message();
        check.driverText = e.driverText();
    }
    return check;
}

} // namespace

QString postgresTool(const QString &name)
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
        [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFileInfo(path).isExecutable()) return path;
    }
    return QStandardPaths::findExecutable(name);
}

void writeServerBackup(const Database &db, const QString &target)
{
    const DatabaseLocation &where = db.location();
    runTool(QStringLiteral("pg_dump"),
        {QStringLiteral("--format=custom"), QStringLiteral("--schema=") + where.schema(),
            QStringLiteral("--file=") + target,
            QStringLiteral("--dbname=") + connectionString(where)},
        where,
        tr("The server's database could not be backed up."));
}

DatabaseFileCheck checkServerBackup(const DatabaseLocation &server, const QString &backupFile)
{
    if (!QFileInfo(backupFile).isFile()) {
        DatabaseFileCheck missing;
        missing.problem = tr("The file %1 does not exist.").arg(backupFile);
        return missing;
    }
    const QString name = scratchName(server);
    DatabaseFileCheck check;
    try {
        restoreInto(backupFile, server, name);
        check = checkRestored(server.withDatabase(name));
    } catch (const StorageError &e) {
        check.problem = e.message();
        check.driverText = e.driverText();
    }
    try {
        ServerAdmin(server).dropDatabase(name);
    } catch (const StorageError &) {
        // A scratch database left behind is named as such; the check's answer stands.
    }
    return check;
}

RestoredBackup replaceServerDatabase(const QString &backupFile, const DatabaseLocation &server,
    const QDateTime &now, const RestoreSteps &steps)
{
    if (!QFileInfo(backupFile).isFile()) {
        throw StorageError(tr("The file %1 does not exist. Nothing has been restored.").arg(backupFile));
    }
    const QString name = scratchName(server);
    const ServerAdmin admin(server);
    try {
        restoreInto(backupFile, server, name);
    } catch (const StorageError &) {
        admin.dropDatabase(name);
        throw;
    }
    const DatabaseFileCheck check = checkRestored(server.withDatabase(name));
    if (!check.ok) {
        admin.dropDatabase(name);
        throw StorageError(check.problem + QLatin1Char(' ')
                + tr("Nothing has been restored; the database has not been changed."),
            check.driverText);
    }
    const QString target = server.databaseName();
    const QString kept
        = target.left(32) + QStringLiteral("_before_restore_") // 32 + 31: PostgreSQL's 63
        + now.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    if (steps.prepare) {
        try {
            Database restored(QStringLiteral("restore-") + QUuid::createUuid().toString());
            restored.open(server.withDatabase(name), Database::OpenMode::MustExistChecked);
            steps.prepare(restored, kept);
        } catch (...) {
            admin.dropDatabase(name);
            throw;
        }
    }
    try {
        admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                       .arg(ServerAdmin::identifier(target), ServerAdmin::identifier(kept)));
        if (steps.onLocked) steps.onLocked();
    } catch (const StorageError &e) {
        admin.dropDatabase(name);
        throw StorageError(tr("The database is open in Mestring on another PC. Close Mestring "
                              "everywhere else and restore again. Nothing has been changed."),
            e.driverText(), StorageError::Kind::Busy);
    }
    admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                   .arg(ServerAdmin::identifier(name), ServerAdmin::identifier(target)));
    // Only the program's login may connect, as server-init set it up.
    admin.exec(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC")
                   .arg(ServerAdmin::identifier(target)));
    // It was restored and brought up to date under a scratch name: the centre's groups (named
    // after the database) get their privileges in it again, connecting included.
    serverroles::grantIn(server.withDatabase(target));
    return {kept, check.schemaVersion};
}

QString PostgresBackend::backupSuffix() const
{
    return QStringLiteral("dump");
}

void PostgresBackend::writeBackup(const Database &db, const QString &target) const
{
    writeServerBackup(db, target);
}

DatabaseFileCheck PostgresBackend::checkBackup(
    const DatabaseLocation &database, const QString &backupFile) const
{
    return checkServerBackup(database, backupFile);
}

RestoredBackup PostgresBackend::restoreBackup(const QString &backupFile,
    const DatabaseLocation &database, const QDateTime &now, const RestoreSteps &steps) const
{
    // Checked on the way: it is restored into a scratch database first, and that is what
    // takes the database's place.
    return replaceServerDatabase(backupFile, database, now, steps);
}

} // namespace mestring::core
