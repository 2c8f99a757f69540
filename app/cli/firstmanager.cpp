#include "firstmanager.h"

#include <cstdio>

#include <QFile>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"

namespace mestring::cli {

QString firstLineOf(const QString &command, const QString &file, bool standardInput)
{
    QFile in(file);
    const bool open = standardInput ? in.open(stdin, QIODevice::ReadOnly)
                                    : in.open(QIODevice::ReadOnly);
    if (!open) {
        throw CliError {QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ")
            + (standardInput ? tr("standard input cannot be read.")
                             : tr("the password file %1 cannot be read. Check the path.").arg(file))};
    }
    const QByteArray bytes = in.readAll();
    const qsizetype end = bytes.indexOf('\n');
    QString line = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
    if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
    return line;
}

QString managerPassword(const CommandLine &cl, const QString &command)
{
    const bool fromFile = cl.isSet(QStringLiteral("password-file"));
    if (!fromFile && !cl.isSet(QStringLiteral("password-stdin"))) {
        throw cl.usageError(
            tr("give the manager's password with --password-file or --password-stdin."));
    }
    const QString password
        = firstLineOf(command, cl.value(QStringLiteral("password-file")), !fromFile);
    if (password.size() < core::AuthService::minPasswordLength) {
        throw CliError {QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ")
            + tr("the password must have at least %1 characters.")
                  .arg(core::AuthService::minPasswordLength)};
    }
    return password;
}

void createFirstManager(const core::Database &db, const QString &command,
    const QString &username, const QString &name, const QString &password)
{
    try {
        const core::StaffMember manager {core::newId(), name, core::Role::Manager, username, true};
        const QString hash = core::AuthService::hashPassword(password);
        core::Transaction transaction(db);
        core::StaffRepository staff(db);
        if (!staff.all().empty()) {
            throw CliError {QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ")
                + tr("%1 already holds a Mestring database with staff. Nothing was changed.")
                      .arg(db.location().displayText())};
        }
        staff.insert(manager);
        staff.setPasswordHash(manager.id, hash);
        core::AccessLog(db, core::Clock())
            .appendInTransaction(core::Actor::system(), core::AccessKind::Create, QString(),
                QString(), QStringLiteral("database and manager %1").arg(username));
        transaction.commit();
    } catch (const std::exception &e) {
        throw CliError {storageFailure(command, e)};
    }
}

} // namespace mestring::cli
