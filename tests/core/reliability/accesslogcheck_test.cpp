#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "support/tamper.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::TestStoredDatabase;

namespace {

struct CheckRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CheckRun check(const QString &db)
{
    QProcess process;
    process.start(
        QStringLiteral(MESTRING_CLI), {QStringLiteral("check"), QStringLiteral("--db"), db});
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("mestring-cli check passes a purged access log and names the entry where a changed "
          "one breaks",
    "[core][reliability][accesslog][cli]")
{
    TestStoredDatabase file;
    Clock clock;
    AccessLog log(file.db(), clock);
    const Actor anne {QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist, false};
    for (int i = 0; i < 5; ++i)
        log.record(anne, AccessKind::Read, QStringLiteral("c1"));
    // Everything written before tomorrow goes; the purge's own entry stays.
    CHECK(log.purgeBefore(Actor::system(), Clock().today().addDays(1)) == 5);
    for (int i = 0; i < 3; ++i)
        log.record(anne, AccessKind::Read, QStringLiteral("c2"));
    file.close();

    const CheckRun purged = check(file.address());
    INFO(purged.out.toStdString() << purged.err.toStdString());
    CHECK(purged.exitCode == 0);
    CHECK_FALSE(purged.out.contains("access log"));

    file.reopen();
    {
        mestring::test::removeImmutability(file.db(), QStringLiteral("access_log"));
        QSqlQuery q(file.db().connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE access_log SET client = 'c9' WHERE seq = 8")));
    }
    file.close();
    const CheckRun broken = check(file.address());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains("the chain is broken at entry 8"));
    CHECK(broken.err.startsWith("mestring-cli: check: "));
    CHECK(broken.err.contains("entry 8"));
}
