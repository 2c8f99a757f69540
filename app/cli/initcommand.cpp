// mestring-cli init --db PATH|ADDRESS --manager-username U --manager-name N
//                   (--password-file F | --password-stdin)
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/storage/database.h"
#include "core/storage/newdatabasefile.h"
#include "firstmanager.h"

namespace mestring::cli {

namespace {

int runInit(const QStringList &arguments)
{
    CommandLine cl("init",
                   "--db PATH|ADDRESS --manager-username NAME --manager-name \"FULL NAME\" "
                   "(--password-file FILE | --password-stdin)",
                   "Creates a new, empty database with its first manager account. The manager "
                   "then creates the other staff accounts in the program. On a server the "
                   "database must exist already (see server-init).");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
                      "The new database file, or a server database (postgresql://...).");
    cl.addValueOption(QStringLiteral("manager-username"), QStringLiteral("NAME"),
                      "The manager's username for logging in.");
    cl.addValueOption(QStringLiteral("manager-name"), QStringLiteral("FULL NAME"),
                      "The manager's full name.");
    cl.addPasswordOptions();
    if (!cl.parse(arguments, 0))
        return ExitOk;
    const QString path = cl.required(QStringLiteral("db"));
    const QString username = cl.required(QStringLiteral("manager-username")).trimmed();
    const QString name = cl.required(QStringLiteral("manager-name")).trimmed();
    if (username.isEmpty() || name.isEmpty())
        throw cl.usageError(tr("the manager's username and name must not be empty."));
    if (const QFileInfo file(path); !core::DatabaseLocation::looksLikeServer(path) && file.exists()
                                    && file.size() > 0) {
        throw CliError{QStringLiteral("mestring-cli: init: ")
                       + tr("%1 already exists. Choose a new file name.").arg(path)};
    }
    const QString password = cl.password();
    const StaffDraft manager = checkedManager(QStringLiteral("init"), username, name, password);
    try {
        // The file (or a server's schema) appears at PATH only with its manager in it.
        core::createDatabase(path, [&](core::Database &db) {
            createFirstManager(db, QStringLiteral("init"), manager, password);
            return true;
        });
    } catch (const CliError &) {
        throw;
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("init"), e)};
    }
    printOut(tr("Created %1 with the manager account '%2'.\n")
                 .arg(core::DatabaseLocation::parse(path).displayText(), username));
    return ExitOk;
}

const CommandRegistration registration{
    {"init", QT_TRANSLATE_NOOP("mestring", "Create a new, empty database with its first manager."),
     runInit}};

} // namespace

} // namespace mestring::cli
