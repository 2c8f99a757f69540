// mestring-cli server-init --admin ADDRESS --db ADDRESS --manager-username U --manager-name N
//                          (--password-file F | --password-stdin) [--login-password-file F]
#include "command.h"
#include "commandline.h"
#include "core/storage/database.h"
#include "core/storage/serveradmin.h"
#include "core/storage/storageerror.h"
#include "firstmanager.h"

namespace mestring::cli {

namespace {

const QString command = QStringLiteral("server-init");

core::DatabaseLocation serverAddress(const CommandLine &cl, const QString &option)
{
    const QString text = cl.required(option);
    if (!core::DatabaseLocation::looksLikeServer(text))
        throw cl.usageError(tr("--%1 must be a server address postgresql://...").arg(option));
    try {
        return core::DatabaseLocation::parse(text);
    } catch (const core::StorageError &e) {
        throw CliError {storageFailure(command, e)};
    }
}

// The login the PCs connect as, the database owned by it and Mestring's schema in it, each
// made only when missing. The login may create databases: a server backup is verified by
// restoring it into a scratch database (docs/server.md).
void prepareServer(const core::DatabaseLocation &admin, const core::DatabaseLocation &target,
    const QString &loginPassword)
{
    const core::ServerAdmin server(admin, admin.databaseName());
    const QString login = target.user();
    const QString quotedLogin = core::ServerAdmin::identifier(login);
    if (!server.roleExists(login)) {
        if (loginPassword.isEmpty()) {
            throw CliError {QStringLiteral("mestring-cli: server-init: ")
                + tr("the login %1 does not exist yet; give its new password with "
                     "--login-password-file.")
                      .arg(login)};
        }
        server.createLogin(login, loginPassword);
    }
    // It makes the centre's groups and its staff members' own logins (schema v10), only through
    // the schema's functions, which a manager calls.
    server.exec(QStringLiteral("ALTER ROLE %1 CREATEDB CREATEROLE").arg(quotedLogin));
    const QString name = target.databaseName();
    if (!server.databaseExists(name)) server.createDatabase(name, login);
    const QString quotedName = core::ServerAdmin::identifier(name);
    // Only the program's login (and administrators) may connect to the centre's database.
    server.exec(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(quotedName));
    server.exec(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quotedName, quotedLogin));
    const core::ServerAdmin inDatabase(admin, name);
    inDatabase.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1 AUTHORIZATION %2")
                        .arg(target.schema(), quotedLogin));
}

int runServerInit(const QStringList &arguments)
{
    CommandLine cl("server-init",
        "--admin ADDRESS --db ADDRESS --manager-username NAME --manager-name \"FULL NAME\" "
        "(--password-file FILE | --password-stdin) [--login-password-file FILE]",
        "Creates a centre's database on a PostgreSQL server, given an administrator's "
        "connection once: the login the PCs connect as (the user of --db), the database "
        "owned by it, Mestring's schema and the first manager account. Without the manager "
        "options the database is left empty, for 'copy' to fill it from a centre's file. "
        "What exists already is kept; a manager for a database that already has staff is "
        "refused. No PC needs the administrator's password afterwards.");
    cl.addValueOption(QStringLiteral("admin"), QStringLiteral("ADDRESS"),
        "An administrator's connection, e.g. postgresql://postgres@server/postgres.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("ADDRESS"),
        "The centre's database as the PCs will open it, e.g. "
        "postgresql://mestring@server/rusmiddelcenter.");
    cl.addValueOption(QStringLiteral("manager-username"), QStringLiteral("NAME"),
        "The manager's username for logging in.");
    cl.addValueOption(QStringLiteral("manager-name"), QStringLiteral("FULL NAME"),
        "The manager's full name.");
    cl.addValueOption(QStringLiteral("password-file"), QStringLiteral("FILE"),
        "Read the manager's password from the first line of FILE.");
    cl.addFlag(QStringLiteral("password-stdin"), "Read the manager's password from standard input.");
    cl.addValueOption(QStringLiteral("login-password-file"), QStringLiteral("FILE"),
        "The password of the PCs' login (first line of FILE): sets it when the login is new, "
        "and is used to connect as it.");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const core::DatabaseLocation admin = serverAddress(cl, QStringLiteral("admin"));
    core::DatabaseLocation target = serverAddress(cl, QStringLiteral("db"));
    const bool withManager = cl.isSet(QStringLiteral("manager-username"))
        || cl.isSet(QStringLiteral("manager-name"));
    const QString username = cl.value(QStringLiteral("manager-username")).trimmed();
    const QString name = cl.value(QStringLiteral("manager-name")).trimmed();
    if (withManager && (username.isEmpty() || name.isEmpty()))
        throw cl.usageError(tr("the manager's username and name must not be empty."));
    if (target.user().isEmpty())
        throw cl.usageError(tr("--db must name the login the PCs connect as (postgresql://LOGIN@...)."));
    const QString password = withManager ? managerPassword(cl, command) : QString();
    const StaffDraft manager
        = withManager ? checkedManager(command, username, name, password) : StaffDraft {};
    QString loginPassword;
    if (cl.isSet(QStringLiteral("login-password-file"))) {
        loginPassword = firstLineOf(command, cl.value(QStringLiteral("login-password-file")), false);
        target = target.withPassword(loginPassword);
    }
    try {
        prepareServer(admin, target, loginPassword);
    } catch (const core::StorageError &e) {
        throw CliError {storageFailure(command, e)};
    }
    // Connected as the login itself, so it owns every table the migration creates.
    auto db = openDatabase(command, target, core::Database::OpenMode::CreateIfMissing);
    if (!withManager) {
        printOut(tr("Created %1, empty: fill it with 'mestring-cli copy --to %1'.\n")
                     .arg(target.displayText()));
        return ExitOk;
    }
    createFirstManager(*db, command, manager, password);
    printOut(tr("Created %1 with the manager account '%2'. Connect the PCs with --db %1 or "
                "\"Connect to server\" at the login (docs/server.md).\n")
                 .arg(target.displayText(), username));
    return ExitOk;
}

const CommandRegistration registration {{"server-init",
    QT_TRANSLATE_NOOP("mestring", "Create a centre's database on a PostgreSQL server."),
    runServerInit}};

} // namespace

} // namespace mestring::cli
