// mestring-cli demo --db PATH --size small|medium|large [--seed N] [--today YYYY-MM-DD]
#include <QElapsedTimer>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/storage/newdatabasefile.h"
#include "core/storage/tablecounts.h"

namespace mestring::cli {

namespace {

struct DemoOptions
{
    QString dbPath;
    core::DemoSize size = core::DemoSize::Small;
    quint32 seed = 1;
    QDate today;
};

DemoOptions demoOptions(const CommandLine &cl)
{
    DemoOptions o;
    o.dbPath = cl.required(QStringLiteral("db"));
    const auto size = core::parseDemoSize(cl.required(QStringLiteral("size")));
    if (!size) throw cl.usageError(tr("--size must be small, medium or large."));
    o.size = *size;
    if (cl.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        o.seed = cl.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) throw cl.usageError(tr("--seed must be a whole number from 0 to 4294967295."));
    }
    o.today = core::Clock().today();
    if (cl.isSet(QStringLiteral("today"))) {
        o.today
            = QDate::fromString(cl.value(QStringLiteral("today")), QStringLiteral("yyyy-MM-dd"));
        if (!o.today.isValid())
            throw cl.usageError(tr("--today must be a date written YYYY-MM-DD."));
    }
    const QFileInfo file(o.dbPath);
    if (file.exists() && file.size() > 0) {
        throw CliError {QStringLiteral("mestring-cli: demo: ")
            + tr("%1 already exists. Demo data goes into a new file only; choose a "
                 "new file name.")
                  .arg(o.dbPath)};
    }
    return o;
}

void printCounts(const core::Database &db)
{
    QString text;
    for (const auto &[list, count] : core::recordCounts(db))
        text += QStringLiteral("  %1 %2\n").arg(list, -14).arg(count);
    printOut(text);
}

int runDemo(const QStringList &arguments)
{
    CommandLine cl("demo", "--db PATH|ADDRESS --size small|medium|large [--seed N] [--today YYYY-MM-DD]",
        "Creates a new database filled with a generated demo centre. The same size, "
        "seed and day always give the same data.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH|ADDRESS"),
        "The new database file, or an empty server database (postgresql://user@server/name).");
    cl.addValueOption(QStringLiteral("size"), QStringLiteral("SIZE"), "small, medium or large.");
    cl.addValueOption(QStringLiteral("seed"), QStringLiteral("N"), "Random seed (default 1).");
    cl.addValueOption(QStringLiteral("today"), QStringLiteral("DATE"),
        "The day the data is dated around (default: today).");
    if (!cl.parse(arguments, 0)) return ExitOk;
    const DemoOptions o = demoOptions(cl);

    QElapsedTimer timer;
    timer.start();
    std::size_t records = 0;
    try {
        // Generates, stores and gives the demo accounts their password in one transaction, in
        // a file (or a server's schema) that appears at --db only when it is complete.
        core::createDatabase(o.dbPath, [&](core::Database &db) {
            records = core::installDemoDatabase(db, o.size, o.seed, o.today);
            return true;
        });
    } catch (const std::exception &e) {
        throw CliError {storageFailure(QStringLiteral("demo"), e)};
    }
    auto db = openDatabase(QStringLiteral("demo"), o.dbPath, core::Database::OpenMode::MustExist);
    const qint64 elapsed = timer.elapsed();
    printOut(tr("Created %1 with %2 records:\n").arg(o.dbPath).arg(records));
    printCounts(*db);
    printOut(tr("Generated and stored in %1 s. The demo accounts (%2) have the password '%3'.\n")
                 .arg(double(elapsed) / 1000.0, 0, 'f', 1)
                 .arg(core::demoUsernames().join(QStringLiteral(", ")), core::demoPassword()));
    return ExitOk;
}

const CommandRegistration registration {{"demo",
    QT_TRANSLATE_NOOP("mestring", "Create a new database with generated demo data."), runDemo}};

} // namespace

} // namespace mestring::cli
