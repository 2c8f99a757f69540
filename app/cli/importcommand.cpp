// mestring-cli import --db PATH FILE
#include <QFile>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "issueprinting.h"
#include "core/domain/clock.h"
#include "core/exchange/importservice.h"
#include "core/services/accesslog.h"
#include "core/services/actor.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "core/storage/newdatabasefile.h"

namespace mestring::cli {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw CliError {QStringLiteral("mestring-cli: import: ")
            + tr("cannot read %1: %2. Check the file name.").arg(path, file.errorString())};
    }
    return file.readAll();
}

core::ImportResult importInto(const QString &dbPath, const QByteArray &json, bool isNew)
{
    const auto import = [&json](core::Database &db) {
        core::Clock clock;
        core::AccessLog log(db, clock);
        return core::ImportService(db, log).importDocument(core::Actor::system(), json);
    };
    try {
        if (!isNew) {
            auto db = openDatabase(
                QStringLiteral("import"), dbPath, core::Database::OpenMode::MustExist);
            return import(*db);
        }
        // A new file (or a server's new schema) appears only with the import in it: a refused
        // import leaves none.
        core::ImportResult result;
        core::createDatabase(dbPath, [&](core::Database &db) {
            result = import(db);
            return result.ok();
        });
        return result;
    } catch (const CliError &) {
        throw;
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("import"), e)};
    }
}

int runImport(const QStringList &arguments)
{
    CommandLine cl("import", "--db PATH|ADDRESS FILE",
        "Imports an interchange file (JSON) into the database, which is created when "
        "it does not exist. All or nothing: when the file breaks a data rule nothing "
        "is stored and the error names the place in the file. Breaches of workflow "
        "rules are listed as warnings after the import.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    if (!cl.parse(arguments, 1)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    const QString filePath = cl.positional().constFirst();
    const QByteArray json = readFile(filePath);
    // A server database is opened through createDatabase either way: it makes the schema only
    // where there is none, and takes it away again when the import is refused.
    const bool isNew = core::DatabaseLocation::looksLikeServer(dbPath) || !QFileInfo::exists(dbPath);

    const core::ImportResult result = importInto(dbPath, json, isNew);
    if (!result.ok()) {
        printIssues(result.errors);
        throw CliError {refusal(QStringLiteral("import refused"), result.errors)};
    }
    printIssues(result.warnings);
    printOut(tr("Imported %1 into %2: records: %3, warnings: %4.\n")
                 .arg(filePath, dbPath)
                 .arg(result.imported)
                 .arg(result.warnings.size()));
    return ExitOk;
}

const CommandRegistration registration {{"import",
    QT_TRANSLATE_NOOP("mestring", "Import an interchange file into a database."), runImport}};

} // namespace

} // namespace mestring::cli
