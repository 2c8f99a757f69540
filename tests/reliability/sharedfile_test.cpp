#include <catch2/catch.hpp>

#include <memory>
#include <random>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "sharedhistory.h"
#include "support/testdatabase.h"
#include "writersetup.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// One child process of the test, and when the test means to SIGKILL it (0: never).
struct Child
{
    std::unique_ptr<QProcess> process;
    QString what;
    qint64 startNs = 0;
    qint64 killAtNs = 0;
    bool killed = false;
    QString backupsBefore; // for a backup: the folder's listing when it started

    bool running() const { return process && process->state() != QProcess::NotRunning; }
    void start(const QString &program, const QStringList &arguments, const QString &name)
    {
        process = std::make_unique<QProcess>();
        what = name;
        killed = false;
        killAtNs = 0;
        startNs = steadyNs();
        process->start(program, arguments);
        REQUIRE(process->waitForStarted(20000));
    }
    void killIfDue()
    {
        if (killAtNs == 0 || steadyNs() < killAtNs || !running()) return;
        process->kill(); // SIGKILL: no handler, no flush, no rollback
        process->waitForFinished(20000);
        killed = true;
    }
    // Finished (by itself or killed) and not yet collected.
    bool finished() const { return process && process->state() == QProcess::NotRunning; }
};

qint64 msNs(qint64 ms)
{
    return ms * 1000000;
}

struct Run
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QString backups = dir.filePath(QStringLiteral("backups"));
    std::mt19937 random;
    SharedHistory history;
    QStringList problems;
    int cliRuns = 0;
    int cliKills = 0;
    int writerKills = 0;
    QMap<QString, int> commandsRun;

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }

    QStringList backupFiles() const
    {
        return QDir(backups).entryList(
            {QStringLiteral("mestring-*.sqlite")}, QDir::Files, QDir::Name);
    }

    // A command of the command-line tool, chosen at random; a backup or an export is killed now
    // and then at a random moment.
    void startCli(Child &cli)
    {
        static const char *const commands[] = {"report", "export", "backup", "check"};
        const QString command = QLatin1StringView(commands[between(0, 3)]).toString();
        QStringList arguments {command, QStringLiteral("--db"), path};
        if (command == QLatin1StringView("report"))
            arguments << QStringLiteral("--from") << QStringLiteral("2025-01-01")
                      << QStringLiteral("--to") << QStringLiteral("2025-12-31")
                      << QStringLiteral("--format") << QStringLiteral("json");
        else if (command == QLatin1StringView("export"))
            arguments << QStringLiteral("--out") << dir.filePath(QStringLiteral("export.json"));
        else if (command == QLatin1StringView("backup"))
            arguments << QStringLiteral("--dir") << backups << QStringLiteral("--keep")
                      << QStringLiteral("1000");
        cli.backupsBefore = backupFiles().join(QLatin1Char('\n'));
        cli.start(QStringLiteral(MESTRING_CLI), arguments, command);
        ++commandsRun[command];
        if ((command == QLatin1StringView("backup") || command == QLatin1StringView("export"))
            && between(0, 5) == 0)
            cli.killAtNs = cli.startNs + msNs(between(20, 600));
    }

    void collectCli(Child &cli)
    {
        ++cliRuns;
        const QByteArray out = cli.process->readAllStandardOutput();
        const QByteArray err = cli.process->readAllStandardError();
        if (cli.what == QLatin1StringView("backup")) {
            // The file a backup made, also one killed after it was named.
            for (const QString &name : backupFiles()) {
                if (!cli.backupsBefore.split(QLatin1Char('\n')).contains(name))
                    history.backups.push_back(
                        {QDir(backups).filePath(name), cli.startNs, steadyNs()});
            }
        }
        if (cli.killed) {
            ++cliKills;
        } else if (cli.process->exitStatus() != QProcess::NormalExit
            || cli.process->exitCode() != 0) {
            problems << cli.what + QStringLiteral(" failed: ") + QString::fromUtf8(err);
        } else if (cli.what == QLatin1StringView("report")
            && QJsonDocument::fromJson(out).isNull()) {
            problems << QStringLiteral("report wrote no JSON document");
        }
        cli.process.reset();
    }

    void startRestore(Child &restore)
    {
        const QStringList files = backupFiles();
        const QString backup = QDir(backups).filePath(files[between(0, int(files.size()) - 1)]);
        restore.start(QStringLiteral(MESTRING_TEST_WRITER),
            {QStringLiteral("--db"), path, QStringLiteral("--restore"), backup}, backup);
    }

    void collectRestore(Child &restore)
    {
        const QList<QByteArray> lines = restore.process->readAllStandardOutput().split('\n');
        if (restore.process->exitStatus() != QProcess::NormalExit
            || restore.process->exitCode() != 0 || !lines.contains("restored")) {
            problems << QStringLiteral("restore failed: ")
                    + QString::fromUtf8(restore.process->readAllStandardError());
        } else {
            for (const QByteArray &line : lines) {
                if (line.startsWith("locked "))
                    history.restores.push_back({restore.what, line.mid(7).toLongLong()});
            }
        }
        restore.process.reset();
    }
};

} // namespace

TEST_CASE("Two program windows, the command-line tool and restores sharing one file at random "
          "moments, with kills, lose no write and damage nothing",
    // [sqlite]: one file shared through SQLite's locks, restores swapping that file and the
    // write order read from SQLite's update hook; the server's sessions are tested by the
    // two-writer and crash tests on PostgreSQL.
    "[reliability][shared][sqlite]")
{
    Run run;
    const std::vector<WriterTarget> targets = createWriterDatabase(run.path, 2);
    const auto seed = std::random_device {}();
    INFO("seed " << seed);
    run.random.seed(seed);
    const qint64 seconds = qEnvironmentVariableIntValue("MESTRING_SHARED_SECONDS") > 0
        ? qEnvironmentVariableIntValue("MESTRING_SHARED_SECONDS")
        : 40;

    Child writers[2];
    Child cli;
    Child restore;
    int writerStarts = 0;
    Reported reported;
    qint64 nextCliNs = steadyNs();
    qint64 nextRestoreNs = steadyNs() + msNs(2000);
    const qint64 endNs = steadyNs() + seconds * 1000000000;
    while (steadyNs() < endNs) {
        for (int i = 0; i < 2; ++i) {
            Child &w = writers[i];
            w.killIfDue();
            if (w.finished()) {
                reported.add(w.process->readAllStandardOutput());
                if (!w.killed)
                    run.problems << QStringLiteral("a writer stopped: ")
                            + QString::fromUtf8(w.process->readAllStandardError());
                run.writerKills += w.killed ? 1 : 0;
                w.process.reset();
            }
            if (!w.process) {
                w.start(QStringLiteral(MESTRING_TEST_WRITER),
                    writerArguments(run.path, targets[std::size_t(i)], 0,
                        QStringLiteral("w%1").arg(++writerStarts))
                        << QStringLiteral("--gui-like"),
                    QStringLiteral("writer"));
                w.killAtNs = w.startNs + msNs(run.between(300, 6000));
            }
        }
        cli.killIfDue();
        if (cli.finished()) run.collectCli(cli);
        if (!cli.process && steadyNs() >= nextCliNs) {
            run.startCli(cli);
            nextCliNs = steadyNs() + msNs(run.between(0, 400));
        }
        if (restore.finished()) run.collectRestore(restore);
        if (!restore.process && steadyNs() >= nextRestoreNs && !run.backupFiles().isEmpty()) {
            run.startRestore(restore);
            nextRestoreNs = steadyNs() + msNs(run.between(1000, 5000));
        }
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    // The end: the windows are killed, the tool and a restore under way finish.
    for (Child &w : writers) {
        w.process->kill();
        w.process->waitForFinished(20000);
        reported.add(w.process->readAllStandardOutput());
    }
    if (cli.process) {
        cli.process->waitForFinished(120000);
        run.collectCli(cli);
    }
    if (restore.process) {
        restore.process->waitForFinished(120000);
        run.collectRestore(restore);
    }
    run.history.writes = reported.writes;

    INFO(run.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(run.problems.isEmpty());
    // The file is sound, its access log unbroken, every write there that must be.
    const QStringList sound = verifyWrites(run.path, Reported());
    INFO(sound.join(QLatin1Char('\n')).toStdString());
    CHECK(sound.isEmpty());
    const QStringList final = run.history.checkFinal(SharedHistory::writeIdsIn(run.path));
    INFO(final.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(final.isEmpty());
    const QStringList backups = run.history.checkBackups();
    INFO(backups.join(QLatin1Char('\n')).toStdString());
    CHECK(backups.isEmpty());

    WARN(seconds << " s: " << reported.writes.size() << " writes reported by " << writerStarts
                 << " writer processes (" << run.writerKills << " killed), "
                 << reported.failures.size() << " failed saves; " << run.cliRuns
                 << " command-line runs (report " << run.commandsRun.value(QStringLiteral("report"))
                 << ", export " << run.commandsRun.value(QStringLiteral("export")) << ", backup "
                 << run.commandsRun.value(QStringLiteral("backup")) << ", check "
                 << run.commandsRun.value(QStringLiteral("check")) << "; " << run.cliKills
                 << " killed); " << run.history.restores.size() << " restores");
    INFO(reported.failures.mid(0, 10).join(QLatin1Char('\n')).toStdString());
    // Saves fail only where the program tells the user to try again (busy), never from damage.
    for (const QString &failure : std::as_const(reported.failures))
        CHECK_FALSE(failure.contains(QStringLiteral("damaged")));
    CHECK(reported.failures.size() * 20 <= qsizetype(reported.writes.size()));
    // The run must have done what it claims: writes, backups, restores and kills.
    CHECK(reported.writes.size() > 200);
    CHECK(run.history.restores.size() >= 3);
    CHECK(run.history.backups.size() >= 3);
    CHECK(run.writerKills >= 4);
}
