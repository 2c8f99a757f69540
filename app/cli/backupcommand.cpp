// mestring-cli backup --db PATH [--dir DIR] [--keep N]
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/actor.h"
#include "core/services/backupservice.h"

namespace mestring::cli {

namespace {

int runBackup(const QStringList &arguments)
{
    CommandLine cl("backup", "--db PATH|ADDRESS [--dir DIR] [--keep N]",
        "Takes a backup of the database into DIR as mestring-YYYYMMDD-HHMMSS.sqlite (of a "
        "server database: .dump, written by pg_dump), checks that the backup opens and is "
        "sound (a server's by restoring it into a scratch database), and then removes all "
        "but the newest N backups in DIR.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    cl.addValueOption(QStringLiteral("dir"), QStringLiteral("DIR"),
        "The backup folder (default: the folder 'backup' beside the database file; "
        "required for a server).");
    cl.addValueOption(QStringLiteral("keep"), QStringLiteral("N"),
        "How many backups to keep in the folder (default 14).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    QString dir = cl.value(QStringLiteral("dir"));
    if (dir.isEmpty() && core::DatabaseLocation::looksLikeServer(dbPath))
        throw cl.usageError(tr("give the backup folder of a server database with --dir."));
    if (dir.isEmpty()) dir = QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backup"));
    int keep = core::BackupService::defaultKeep;
    if (cl.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = cl.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            throw cl.usageError(tr("--keep must be a whole number of at least 1."));
    }

    auto db = openDatabase(QStringLiteral("backup"), dbPath, core::Database::OpenMode::MustExist);
    core::Clock clock;
    core::AccessLog log(*db, clock);
    QElapsedTimer timer;
    timer.start();
    core::BackupResult result;
    try {
        result = core::BackupService(*db, log, clock).backup(core::Actor::system(), dir, keep);
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("backup"), e)};
    }
    printOut(tr("Backup written and checked: %1 (%2 MB, %3 s).\n")
                 .arg(result.path)
                 .arg(double(result.bytes) / 1e6, 0, 'f', 1)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    for (const QString &removed : std::as_const(result.removed))
        printOut(tr("Removed the older backup %1.\n").arg(removed));
    return ExitOk;
}

const CommandRegistration registration {
    {"backup", QT_TRANSLATE_NOOP("mestring", "Take a checked backup of a database."), runBackup}};

} // namespace

} // namespace mestring::cli
