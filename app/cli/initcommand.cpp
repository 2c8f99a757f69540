// mestring-cli init --db PATH --manager-username U --manager-name N
//                   (--password-file F | --password-stdin)
#include <cstdio>

#include <QFile>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"

namespace mestring::cli {

namespace {

// The password is the first line of the file or of standard input, without its line end;
// nothing is ever asked for interactively.
QString readPassword(const CommandLine &cl)
{
    QByteArray bytes;
    if (cl.isSet(QStringLiteral("password-file"))) {
        QFile file(cl.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            throw CliError{QStringLiteral("mestring-cli: init: ")
                           + tr("the password file %1 cannot be read. Check the path.")
                                 .arg(file.fileName())};
        }
        bytes = file.readAll();
    } else if (cl.isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw CliError{QStringLiteral("mestring-cli: init: ") + tr("standard input cannot be read.")};
        bytes = in.readAll();
    } else {
        throw cl.usageError(tr("give the manager's password with --password-file or --password-stdin."));
    }
    const qsizetype end = bytes.indexOf('\n');
    QString password = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

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
    cl.addValueOption(QStringLiteral("password-file"), QStringLiteral("FILE"),
                      "Read the password from the first line of FILE.");
    cl.addFlag(QStringLiteral("password-stdin"), "Read the password from standard input.");
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
    const QString password = readPassword(cl);
    if (password.size() < core::AuthService::minPasswordLength) {
        throw CliError{QStringLiteral("mestring-cli: init: ")
                       + tr("the password must have at least %1 characters.")
                             .arg(core::AuthService::minPasswordLength)};
    }
    auto db = openDatabase(QStringLiteral("init"), path, core::Database::OpenMode::CreateIfMissing);
    try {
        const core::StaffMember manager{core::newId(), name, core::Role::Manager, username, true};
        const QString hash = core::AuthService::hashPassword(password);
        core::Transaction transaction(*db);
        core::StaffRepository staff(*db);
        staff.insert(manager);
        staff.setPasswordHash(manager.id, hash);
        core::AccessLog(*db, core::Clock()).appendInTransaction(core::Actor::system(), core::AccessKind::Create,
                                                 QString(), QString(),
                                                 QStringLiteral("database and manager %1").arg(username));
        transaction.commit();
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
