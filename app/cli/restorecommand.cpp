// mestring-cli restore --db PATH --from FILE
#include <QElapsedTimer>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/services/actor.h"
#include "core/services/backupservice.h"

namespace mestring::cli {

namespace {

int runRestore(const QStringList &arguments)
{
    CommandLine cl("restore", "--db PATH|ADDRESS --from FILE",
        "Replaces the database by a backup. The backup is checked first (sound, a "
        "Mestring database, a schema this program knows; a server's backup by restoring "
        "it into a scratch database). A file is written into as one change, through "
        "SQLite's locks: Mestring may stay open elsewhere and reads the restored data from "
        "then on; the replaced database is kept beside it as "
        "PATH.before-restore-YYYYMMDD-HHMMSS. A server database is swapped (close Mestring "
        "on every PC first) and the replaced one kept as NAME_before_restore_YYYYMMDD_HHMMSS.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file to replace (need not exist), or a server database.");
    cl.addValueOption(QStringLiteral("from"), QStringLiteral("FILE"), "The backup to restore.");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    const QString from = cl.required(QStringLiteral("from"));

    // The current file is never opened as a Mestring database first: it may be the damaged
    // file being replaced. The restore is logged inside the restored database.
    QElapsedTimer timer;
    timer.start();
    core::RestoreResult result;
    try {
        result = core::BackupService::restoreInto(from, core::DatabaseLocation::parse(dbPath),
            core::Actor::system(), core::Clock());
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("restore"), e)};
    }
    printOut(tr("Restored %1 from %2 (%3 s).\n")
                 .arg(dbPath, from)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (!result.safetyCopy.isEmpty())
        printOut(tr("The replaced database is kept as %1.\n").arg(result.safetyCopy));
    return ExitOk;
}

const CommandRegistration registration {{"restore",
    QT_TRANSLATE_NOOP("mestring", "Replace a database by a checked backup."), runRestore}};

} // namespace

} // namespace mestring::cli
