// mestring-cli demo --db PATH --size small|medium|large [--seed N] [--today YYYY-MM-DD]
#include <QElapsedTimer>
#include <QFileInfo>

#include "command.h"
#include "commandline.h"
#include "core/demo/demogenerator.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"

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
    if (!size)
        throw cl.usageError(tr("--size must be small, medium or large."));
    o.size = *size;
    if (cl.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        o.seed = cl.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            throw cl.usageError(tr("--seed must be a whole number from 0 to 4294967295."));
    }
    o.today = QDate::currentDate();
    if (cl.isSet(QStringLiteral("today"))) {
        o.today = QDate::fromString(cl.value(QStringLiteral("today")), QStringLiteral("yyyy-MM-dd"));
        if (!o.today.isValid())
            throw cl.usageError(tr("--today must be a date written YYYY-MM-DD."));
    }
    const QFileInfo file(o.dbPath);
    if (file.exists() && file.size() > 0) {
        throw CliError{QStringLiteral("mestring-cli: demo: ")
                       + tr("%1 already exists. Demo data goes into a new file only; choose a "
                            "new file name.")
                             .arg(o.dbPath)};
    }
    return o;
}

// Call site for the lead's AuthService: the demo accounts (demoUsernames()) get their known
// demo password here, so the GUI demo can log in. Until then they have none.
void setDemoPasswords(const core::Database &db)
{
    Q_UNUSED(db);
}

void printCounts(const core::Dataset &d)
{
    const std::pair<const char *, std::size_t> counts[] = {
        {"staff", d.staff.size()},         {"clients", d.clients.size()},
        {"courses", d.courses.size()},     {"goals", d.goals.size()},
        {"assessments", d.assessments.size()}, {"appointments", d.appointments.size()},
        {"absences", d.absences.size()},   {"groups", d.groups.size()},
        {"prescriptions", d.prescriptions.size()}, {"dispensings", d.dispensings.size()},
        {"targets", d.targets.size()},     {"notes", d.notes.size()}};
    QString text;
    for (const auto &[name, count] : counts)
        text += QStringLiteral("  %1 %2\n").arg(QLatin1StringView(name), -14).arg(count);
    printOut(text);
}

int runDemo(const QStringList &arguments)
{
    CommandLine cl("demo", "--db PATH --size small|medium|large [--seed N] [--today YYYY-MM-DD]",
                   "Creates a new database filled with a generated demo centre. The same size, "
                   "seed and day always give the same data.");
    cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH"), "The new database file.");
    cl.addValueOption(QStringLiteral("size"), QStringLiteral("SIZE"), "small, medium or large.");
    cl.addValueOption(QStringLiteral("seed"), QStringLiteral("N"), "Random seed (default 1).");
    cl.addValueOption(QStringLiteral("today"), QStringLiteral("DATE"),
                      "The day the data is dated around (default: today).");
    if (!cl.parse(arguments, 0))
        return ExitOk;
    const DemoOptions o = demoOptions(cl);

    QElapsedTimer timer;
    timer.start();
    const core::Dataset dataset = core::generateDemo(o.size, o.seed, o.today);
    const qint64 generated = timer.restart();
    auto db = openDatabase(QStringLiteral("demo"), o.dbPath, core::Database::OpenMode::CreateIfMissing);
    try {
        core::Transaction transaction(*db);
        core::insertDataset(*db, dataset);
        transaction.commit();
        setDemoPasswords(*db);
    } catch (const std::exception &e) {
        throw CliError{storageFailure(QStringLiteral("demo"), e)};
    }
    const qint64 stored = timer.elapsed();
    printOut(tr("Created %1 with %n record(s):", nullptr, int(dataset.recordCount())).arg(o.dbPath)
             + QLatin1Char('\n'));
    printCounts(dataset);
    printOut(tr("Generated in %1 s, stored in %2 s.\n")
                 .arg(double(generated) / 1000.0, 0, 'f', 1)
                 .arg(double(stored) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

const CommandRegistration registration{
    {"demo", QT_TRANSLATE_NOOP("mestring", "Create a new database with generated demo data."),
     runDemo}};

} // namespace

} // namespace mestring::cli
