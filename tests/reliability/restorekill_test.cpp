#include <catch2/catch.hpp>

#include <random>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/storage/database.h"
#include "sharedhistory.h"
#include "support/testdatabase.h"
#include "writersetup.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// Runs the writer to its end: `count` writes into the file.
void write(const QString &path, const WriterTarget &target, int count, const QString &tag)
{
    QProcess writer;
    writer.start(QStringLiteral(MESTRING_TEST_WRITER), writerArguments(path, target, count, tag));
    REQUIRE(writer.waitForFinished(60000));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitCode() == 0);
}

QString takeBackup(const QString &path, const QString &folder)
{
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    const Clock clock;
    AccessLog log(db, clock);
    return BackupService(db, log, clock).backup(Actor::system(), folder, 1000).path;
}

} // namespace

TEST_CASE("A restore killed at a random moment leaves the database as it was or as the backup, "
          "never in between",
    // [sqlite]: kills BackupService::restoreFile, which swaps a file; a server's restore is
    // pg_restore into a scratch database and a rename (serverbackup_test.cpp).
    "[reliability][restore][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("restore.sqlite"));
    const WriterTarget target = createWriterDatabase(path, 1).front();
    write(path, target, 150, QStringLiteral("before"));
    const QString backup = takeBackup(path, dir.filePath(QStringLiteral("backups")));
    const QSet<QString> inBackup = SharedHistory::writeIdsIn(backup);
    const auto seed = std::random_device {}();
    INFO("seed " << seed);
    std::mt19937 random(seed);

    // How long a restore takes here, before the write lock and holding it: the kills are spread
    // over those times (a loaded machine is slower).
    qint64 untilLockedMs = 0;
    qint64 lockedMs = 0;
    {
        write(path, target, 6, QStringLiteral("timing"));
        QElapsedTimer timer;
        timer.start();
        QProcess restore;
        restore.start(QStringLiteral(MESTRING_TEST_WRITER),
            {QStringLiteral("--db"), path, QStringLiteral("--restore"), backup});
        REQUIRE(restore.waitForReadyRead(60000));
        untilLockedMs = timer.elapsed();
        REQUIRE(restore.waitForFinished(60000));
        lockedMs = timer.elapsed() - untilLockedMs;
        REQUIRE(restore.exitCode() == 0);
        REQUIRE(SharedHistory::writeIdsIn(path) == inBackup);
    }

    constexpr int rounds = 24;
    int restored = 0;
    int killedWhileLocked = 0;
    for (int round = 0; round < rounds; ++round) {
        // A state the backup does not have, so the two outcomes can be told apart.
        write(path, target, 6, QStringLiteral("r%1").arg(round));
        const QSet<QString> before = SharedHistory::writeIdsIn(path);
        REQUIRE(before != inBackup);
        QProcess restore;
        restore.start(QStringLiteral(MESTRING_TEST_WRITER),
            {QStringLiteral("--db"), path, QStringLiteral("--restore"), backup});
        REQUIRE(restore.waitForStarted());
        if (round % 2 == 0) {
            // Any moment: checking the backup, copying it, preparing, writing it in, or after.
            const auto total = int(untilLockedMs + lockedMs);
            QThread::msleep(quint64(std::uniform_int_distribution<int>(0, total * 5 / 4)(random)));
        } else {
            // While it holds the write lock: the safety copy, the copy into the database, the
            // commit.
            restore.waitForReadyRead(60000);
            const auto span = int(lockedMs * 1000);
            QThread::usleep(quint64(std::uniform_int_distribution<int>(0, span * 5 / 4)(random)));
            killedWhileLocked += restore.state() == QProcess::Running ? 1 : 0;
        }
        restore.kill();
        REQUIRE(restore.waitForFinished());
        const bool finished = restore.readAllStandardOutput().contains("restored");

        const QStringList sound = verifyWrites(path, Reported());
        INFO("round " << round << ": " << sound.join(QLatin1Char('\n')).toStdString());
        REQUIRE(sound.isEmpty());
        const QSet<QString> after = SharedHistory::writeIdsIn(path);
        INFO("round " << round);
        REQUIRE((after == before || after == inBackup));
        if (finished) REQUIRE(after == inBackup);
        restored += after == inBackup ? 1 : 0;
    }
    WARN(rounds << " restores killed: " << restored << " had committed, " << killedWhileLocked
                << " killed while holding the write lock (a restore took " << untilLockedMs
                << " ms to lock and held the lock " << lockedMs << " ms)");
    // Both outcomes must have happened, and kills inside the atomic part.
    CHECK(restored > 0);
    CHECK(restored < rounds);
    CHECK(killedWhileLocked >= rounds / 4);
}
