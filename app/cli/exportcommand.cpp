// mestring-cli export --db PATH [--out FILE]
#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/exchange/exportservice.h"
#include "core/services/accesslog.h"
#include "core/services/actor.h"

namespace mestring::cli {

namespace {

int runExport(const QStringList &arguments)
{
    CommandLine cl("export", "--db PATH|ADDRESS [--out FILE]",
        "Exports every record of the database as an interchange file (JSON), in the "
        "order the records were stored. Writes to standard output without --out.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("FILE"),
        "The file to write (replaced when it exists).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    const QString outPath = cl.value(QStringLiteral("out"));

    auto db = openDatabase(QStringLiteral("export"), dbPath, core::Database::OpenMode::MustExist);
    core::Clock clock;
    core::AccessLog log(*db, clock);
    QByteArray document;
    try {
        document = core::ExportService(*db, log).exportDocument(core::Actor::system());
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("export"), e)};
    }
    writeOutput(QStringLiteral("export"), outPath, document);
    return ExitOk;
}

const CommandRegistration registration {{"export",
    QT_TRANSLATE_NOOP("mestring", "Export a database as an interchange file."), runExport}};

} // namespace

} // namespace mestring::cli
