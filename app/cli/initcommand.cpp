// mestring-cli init --db PATH --manager-username U --manager-name N
//                   (--password-file F | --password-stdin)
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/domain/rules/accountrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/services/localcredentialstore.h"
#include "core/storage/newdatabasefile.h"
#include "issueprinting.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"

namespace mestring::cli {

namespace {

int runInit(const QStringList &arguments)
{
    CommandLine cl("init",
                   "--db PATH --manager-username NAME --manager-name \"FULL NAME\" "
                   "(--password-file FILE | --password-stdin)",
                   "Creates a new, empty database with its first manager account. The manager "
                   "then creates the other staff accounts in the program.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH"), "The new database file.");
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
    if (const QFileInfo file(path); file.exists() && file.size() > 0) {
        throw CliError{QStringLiteral("mestring-cli: init: ")
                       + tr("%1 already exists. Choose a new file name.").arg(path)};
    }
    const QString password = cl.password();
    const core::StaffMember manager {core::newId(), name, core::Role::Manager, username, true};
    core::RuleIssues issues = core::checkUsernameFormat(username);
    core::append(issues, core::checkNewPassword(password, manager));
    if (!issues.empty()) throw CliError {refusal(QStringLiteral("init"), issues)};
    try {
        // The file appears at PATH only with its manager in it.
        core::createDatabaseFile(path, [&](core::Database &db) {
            core::Transaction transaction(db);
            core::StaffRepository(db).insert(manager);
            // The manager typed this password: it is theirs, not one to replace at the first
            // login.
            core::LocalCredentialStore(db).setPassword(manager.id, password, false);
            core::AccessLog(db, core::Clock()).appendInTransaction(core::Actor::system(),
                core::AccessKind::Create, QString(), QString(),
                tr("Database created with the manager account of %1 (%2)").arg(name, username));
            transaction.commit();
            return true;
        });
    } catch (const std::exception &e) {
        throw CliError{storageFailure(QStringLiteral("init"), e)};
    }
    printOut(tr("Created %1 with the manager account '%2'.\n").arg(path, username));
    return ExitOk;
}

const CommandRegistration registration{
    {"init", QT_TRANSLATE_NOOP("mestring", "Create a new, empty database with its first manager."),
     runInit}};

} // namespace

} // namespace mestring::cli
