// mestring-cli copy --from PATH|ADDRESS --to PATH|ADDRESS
#include <QElapsedTimer>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/domain/datasetchecker.h"
#include "core/exchange/exchangewriter.h"
#include "core/services/accesslog.h"
#include "core/storage/databasecopy.h"
#include "core/storage/datasetstore.h"
#include "core/storage/integritycheck.h"

namespace mestring::cli {

namespace {

const QString command = QStringLiteral("copy");

CliError copyFailure(const QString &what)
{
    return {QStringLiteral("mestring-cli: copy: ") + what};
}

// After the copy, before anything else is written to either side: the same rows in every
// table, the same interchange export, a whole access-log chain and a sound database on the
// new side, and the same rule findings as the old side.
void verifyCopy(const core::Database &from, const core::Database &to)
{
    if (core::tableRows(from) != core::tableRows(to))
        throw copyFailure(tr("the copy does not hold the same number of rows as the original."));
    const core::Dataset original = core::loadDataset(from);
    if (core::writeExchange(original) != core::writeExchange(core::loadDataset(to)))
        throw copyFailure(tr("the export of the copy differs from the export of the original."));
    if (const auto broken = core::AccessLog(to, core::Clock()).firstBrokenEntry()) {
        throw copyFailure(
            tr("the access log of the copy is broken at entry %1.").arg(*broken));
    }
    if (const QStringList damage = core::integrityProblems(to); !damage.isEmpty())
        throw copyFailure(tr("the copy is damaged: %1.").arg(damage.constFirst()));
    const core::RuleIssues issues = core::checkDataset(original);
    const auto errors = std::count_if(
        issues.begin(), issues.end(), [](const core::RuleIssue &i) { return i.isError(); });
    printOut(tr("Verified: the same rows, the same export, the access log's chain whole; check "
                "finds %1 errors and %2 warnings, as in the original.\n")
                 .arg(errors)
                 .arg(qsizetype(issues.size()) - errors));
}

int runCopy(const QStringList &arguments)
{
    CommandLine cl("copy", "--from PATH|ADDRESS --to PATH|ADDRESS",
        "Copies a whole centre from one database to another, a file to a server or back: "
        "every record, the access log with its hash chain, disposals and settings, as "
        "stored. The target must be new or empty (a server database made with server-init "
        "without a manager). The copy is verified before it is reported: the same rows, "
        "the same export, a whole access log, and check finding what it finds in the "
        "original. The original is left as it is, with the copy recorded in its log.");
    cl.addValueOption(QStringLiteral("from"), QStringLiteral("PATH|ADDRESS"),
        "The database to copy: a file or a server database (postgresql://user@server/name).");
    cl.addValueOption(QStringLiteral("to"), QStringLiteral("PATH|ADDRESS"),
        "The new database: a file that does not exist yet, or an empty server database.");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString fromText = cl.required(QStringLiteral("from"));
    const QString toText = cl.required(QStringLiteral("to"));
    const bool newFile = !core::DatabaseLocation::looksLikeServer(toText);
    if (newFile && QFileInfo(toText).exists() && QFileInfo(toText).size() > 0)
        throw copyFailure(tr("%1 already exists. Copy into a new file only.").arg(toText));

    QElapsedTimer timer;
    timer.start();
    auto from = openDatabase(command, fromText, core::Database::OpenMode::MustExist);
    auto to = openDatabase(command, toText, core::Database::OpenMode::CreateIfMissing);
    try {
        qint64 total = 0;
        core::copyDatabase(*from, *to, [&total](const QString &table, qint64 rows) {
            total += rows;
            printOut(QStringLiteral("  %1 %2\n").arg(table, -20).arg(rows));
        });
        printOut(tr("Copied %1 rows in %2 s.\n")
                     .arg(total)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        verifyCopy(*from, *to);
        const core::Clock clock;
        core::AccessLog(*to, clock).record(core::Actor::system(), core::AccessKind::Import,
            QString(), QStringLiteral("copied from %1").arg(from->location().displayText()));
        core::AccessLog(*from, clock).record(core::Actor::system(), core::AccessKind::Export,
            QString(), QStringLiteral("copied to %1").arg(to->location().displayText()));
    } catch (const CliError &) {
        to->close();
        if (newFile) removeDatabaseFiles(toText);
        throw;
    } catch (const std::exception &e) {
        to->close();
        if (newFile) removeDatabaseFiles(toText);
        throw CliError {storageFailure(command, e)};
    }
    printOut(tr("Copied %1 to %2 in %3 s.\n")
                 .arg(from->location().displayText(), to->location().displayText())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

const CommandRegistration registration {{"copy",
    QT_TRANSLATE_NOOP("mestring", "Copy a whole centre between a file and a server."), runCopy}};

} // namespace

} // namespace mestring::cli
