#include <catch2/catch.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/testdatabase.h"
#include "support/testtarget.h"
#include "writersetup.h"

using namespace mestring::core;
using namespace mestring::test;

namespace {

// A record while another connection holds the lock: refused as busy with a clear message, after
// waiting for the other program first rather than failing at once.
void checkRefusedAsBusy(AccessLog &log, const Actor &actor)
{
    QElapsedTimer waited;
    waited.start();
    QString message;
    bool busy = false;
    try {
        log.record(actor, AccessKind::Read, QStringLiteral("c1"));
    } catch (const StorageError &e) {
        message = e.message();
        busy = e.isBusy();
    }
    CHECK(busy);
    CHECK(message.contains(QStringLiteral("busy")));
    CHECK(message.contains(QStringLiteral("Nothing was saved")));
    CHECK(waited.elapsed() >= Database::busyTimeoutMs - 500);
}

} // namespace

TEST_CASE("Two program instances writing the same database at once lose no write and corrupt "
          "nothing",
    "[reliability][writers]")
{
    const TestTarget database(QStringLiteral("shared.sqlite"));
    const QString path = database.address();
    const std::vector<WriterTarget> targets = createWriterDatabase(path, 2);
    constexpr int perWriter = 90;
    // Both open the file, then start writing at the same moment. The margin covers starting
    // two processes on a loaded machine (ctest -j2 next to a build).
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 8000;
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(MESTRING_TEST_WRITER),
        writerArguments(path, targets[0], perWriter, QStringLiteral("a"), startAt));
    second.start(QStringLiteral(MESTRING_TEST_WRITER),
        writerArguments(path, targets[1], perWriter, QStringLiteral("b"), startAt));
    REQUIRE(first.waitForFinished(180000));
    REQUIRE(second.waitForFinished(180000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    REQUIRE(first.exitStatus() == QProcess::NormalExit);
    REQUIRE(first.exitCode() == 0);
    REQUIRE(second.exitStatus() == QProcess::NormalExit);
    REQUIRE(second.exitCode() == 0);

    Reported reported;
    CHECK(reported.add(first.readAllStandardOutput()) == perWriter);
    CHECK(reported.add(second.readAllStandardOutput()) == perWriter);
    const QStringList problems = verifyWrites(path, reported);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());

    // Nothing more than reported either, and the two really wrote at the same time: their
    // access-log entries interleave.
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path, Database::OpenMode::MustExist);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM courses")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == reported.courses.size());
    REQUIRE(q.exec(QStringLiteral("SELECT client FROM access_log ORDER BY seq")));
    int switches = 0;
    QString previous;
    while (q.next()) {
        const QString client = q.value(0).toString();
        if (client != targets[0].client && client != targets[1].client) continue;
        if (!previous.isEmpty() && client != previous) ++switches;
        previous = client;
    }
    // How often they take turns depends on the scheduler; at least twice shows they overlapped.
    CHECK(switches >= 2);
}

TEST_CASE("A write to a database that another program keeps locked past the busy timeout "
          "fails with a clear message",
    "[reliability][writers][sqlite]")
{
    TestDatabaseFile file;
    Clock clock;
    AccessLog log(file.db(), clock);
    const Actor manager {QStringLiteral("s1"), QStringLiteral("Lars"), Role::Manager, false};
    log.record(manager, AccessKind::Read, QStringLiteral("c1"));

    const QString other = TestDatabase::uniqueConnectionName();
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        locker.setDatabaseName(file.path());
        REQUIRE(locker.open());
        QSqlQuery hold(locker);
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        checkRefusedAsBusy(log, manager);

        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        CHECK_NOTHROW(log.record(manager, AccessKind::Read, QStringLiteral("c1")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(other);
    CHECK(log.find({}).size() == 2);
}

TEST_CASE("A write waiting past the lock timeout for another session's append to the server's "
          "access log fails with a clear message",
    "[reliability][writers][postgresql]")
{
    TestStoredDatabase stored;
    Clock clock;
    AccessLog log(stored.db(), clock);
    const Actor manager {QStringLiteral("s1"), QStringLiteral("Lars"), Role::Manager, false};
    log.record(manager, AccessKind::Read, QStringLiteral("c1"));

    Database other(TestDatabase::uniqueConnectionName());
    other.open(stored.location(), Database::OpenMode::MustExist);
    {
        // Another PC in the middle of an append, holding the chain's lock.
        Transaction holding(other);
        lockForAppend(other, "access_log");
        checkRefusedAsBusy(log, manager);
    } // the other session gives up
    CHECK_NOTHROW(log.record(manager, AccessKind::Read, QStringLiteral("c1")));
    CHECK(log.find({}).size() == 2);
    CHECK_FALSE(log.firstBrokenEntry().has_value());
}
