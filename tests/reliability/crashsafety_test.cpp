#include <catch2/catch.hpp>

#include <random>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "support/testtarget.h"
#include "writersetup.h"

using namespace mestring::test;

TEST_CASE("A writer killed with SIGKILL at random moments loses nothing it reported as saved "
          "and leaves nothing half saved",
    "[reliability][crash]")
{
    const TestTarget database(QStringLiteral("crash.sqlite"));
    const QString path = database.address();
    const WriterTarget target = createWriterDatabase(path, 1).front();
    const auto seed = std::random_device {}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    // Every other kill lands at any moment from the start (opening the file, the first
    // transactions); the others once the writer has saved something, in the thick of writing.
    std::uniform_int_distribution<int> fromStartMs(0, 300);
    std::uniform_int_distribution<int> whileWritingMs(0, 150);

    constexpr int kills = 106;
    Reported reported;
    int killedAfterWriting = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(MESTRING_TEST_WRITER),
            writerArguments(path, target, 0, QStringLiteral("w%1").arg(round)));
        REQUIRE(writer.waitForStarted());
        if (round % 2 == 0) {
            QThread::msleep(fromStartMs(random));
        } else {
            writer.waitForReadyRead(10000);
            QThread::msleep(whileWritingMs(random));
        }
        writer.kill(); // SIGKILL: no handler, no flush, no rollback
        REQUIRE(writer.waitForFinished());
        INFO("round " << round << ": " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        if (reported.add(writer.readAllStandardOutput()) > 0) ++killedAfterWriting;
        const QStringList problems = verifyWrites(path, reported);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
    }
    WARN(kills << " kills in " << timer.elapsed() / 1000.0 << " s; " << killedAfterWriting
               << " after the writer had reported saves; " << reported.courses.size()
               << " courses, " << reported.dispensings.size() << " dispensings, "
               << reported.notes.size() << " notes reported");
    // The kills must land while writing, not only before the writer got going.
    CHECK(killedAfterWriting >= kills / 2);
    CHECK(reported.courses.size() > 10);
    CHECK(reported.dispensings.size() > 10);
    CHECK(reported.notes.size() > 10);
}
