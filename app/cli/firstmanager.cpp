#include "firstmanager.h"

#include <cstdio>

#include <QFile>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/domain/rules/accountrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/services/servercredentialstore.h"
#include "issueprinting.h"
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

QString managerPassword(const CommandLine &cl, const QString &)
{
    return cl.password();
}

StaffDraft checkedManager(const QString &command, const QString &username, const QString &name,
    const QString &password)
{
    const core::StaffMember manager {core::newId(), name, core::Role::Manager, username, true};
    core::RuleIssues issues = core::checkUsernameFormat(username);
    core::append(issues, core::checkNewPassword(password, manager));
    if (!issues.empty()) throw CliError {refusal(command, issues)};
    return manager;
}

void createFirstManager(const core::Database &db, const QString &command,
    const StaffDraft &manager, const QString &password)
{
    try {
        core::Transaction transaction(db);
        core::StaffRepository staff(db);
        if (!staff.all().empty()) {
            throw CliError {QStringLiteral("mestring-cli: ") + command + QStringLiteral(": ")
                + tr("%1 already holds a Mestring database with staff. Nothing was changed.")
                      .arg(db.location().displayText())};
        }
        staff.insert(manager);
        // On a server the manager's own login, made through the schema's functions.
        const std::unique_ptr<core::CredentialStore> credentials = core::credentialStoreFor(db);
        credentials->syncLogin(manager);
        credentials->setPassword(manager.id, password, false);
        core::AccessLog(db, core::Clock())
            .appendInTransaction(core::Actor::system(), core::AccessKind::Create, QString(),
                QString(),
                tr("Database created with the manager account of %1 (%2)")
                    .arg(manager.name, manager.username));
        transaction.commit();
    } catch (const CliError &) {
        throw;
    } catch (const std::exception &e) {
        throw CliError {storageFailure(command, e)};
    }
}

} // namespace mestring::cli
