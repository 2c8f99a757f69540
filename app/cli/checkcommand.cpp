// mestring-cli check --db PATH
#include "command.h"
#include "commandline.h"
#include "issueprinting.h"
#include "core/domain/clock.h"
#include "core/domain/datasetchecker.h"
#include "core/services/accesslog.h"
#include "core/storage/datasetstore.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/integritycheck.h"
#include "core/storage/transaction.h"

namespace mestring::cli {

namespace {

int runCheck(const QStringList &arguments)
{
    CommandLine cl("check", "--db PATH|ADDRESS",
        "Checks the database file (SQLite's integrity and reference checks) and every "
        "record against the data rules (errors) and workflow rules (warnings). Exits "
        "with a non-zero code when the file is damaged, the access log's hash chain is "
        "broken, or a data rule is broken.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The database file, or a server database (postgresql://user@server/name).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const QString dbPath = cl.required(QStringLiteral("db"));
    auto db = openDatabase(QStringLiteral("check"), dbPath, core::Database::OpenMode::MustExist);

    QStringList damage;
    core::RuleIssues issues;
    std::optional<qint64> brokenLogEntry;
    try {
        // One state of the file for every check, while other programs go on saving.
        const core::ReadSnapshot snapshot(*db);
        damage = core::integrityProblems(*db);
        // The records of a damaged file cannot all be read; the damage is what to report then.
        if (damage.isEmpty()) {
            brokenLogEntry = core::AccessLog(*db, core::Clock()).firstBrokenEntry();
            issues = core::checkDataset(core::loadDataset(*db), core::loadMedicationSettings(*db));
        }
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("check"), e)};
    }
    for (const QString &problem : damage)
        printOut(QStringLiteral("damage: ") + problem + QLatin1Char('\n'));
    if (brokenLogEntry) {
        printOut(QStringLiteral("access log: ")
            + tr("the chain is broken at entry %1: that entry, or one before it, was "
                 "changed or removed.")
                  .arg(*brokenLogEntry)
            + QLatin1Char('\n'));
    }
    printIssues(issues);
    const int errors = int(std::count_if(
        issues.begin(), issues.end(), [](const core::RuleIssue &i) { return i.isError(); }));
    const int warnings = int(issues.size()) - errors;
    QString summary = tr("Errors: %1, warnings: %2, the file is intact.\n");
    if (!damage.isEmpty())
        summary = tr("Errors: %1, warnings: %2, the file is damaged.\n");
    else if (brokenLogEntry)
        summary = tr("Errors: %1, warnings: %2, the file is intact but its access log has been "
                     "altered.\n");
    printOut(summary.arg(errors).arg(warnings));

    if (!damage.isEmpty()) {
        throw CliError {QStringLiteral("mestring-cli: check: ")
            + tr("the database file is damaged: %1. Restore the latest backup.")
                  .arg(damage.constFirst())};
    }
    if (brokenLogEntry) {
        throw CliError {QStringLiteral("mestring-cli: check: ")
            + tr("the access log has been altered: its chain is broken at entry %1.")
                  .arg(*brokenLogEntry)};
    }
    if (errors > 0) {
        core::RuleIssues onlyErrors;
        std::copy_if(issues.begin(), issues.end(), std::back_inserter(onlyErrors),
            [](const core::RuleIssue &i) { return i.isError(); });
        throw CliError {refusal(QStringLiteral("check found errors"), onlyErrors)};
    }
    return ExitOk;
}

const CommandRegistration registration {
    {"check", QT_TRANSLATE_NOOP("mestring", "Check a database file and its records."), runCheck}};

} // namespace

} // namespace mestring::cli
