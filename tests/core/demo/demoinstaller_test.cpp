#include <catch2/catch.hpp>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/authservice.h"
#include "core/services/localcredentialstore.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/storageerror.h"
#include "support/testdatabase.h"

using namespace mestring::core;

TEST_CASE("The small demo database stores the generated centre and every demo account can log in",
          "[core][demo]")
{
    mestring::test::TestDatabase store;
    const Database &db = store;
    const QDate today(2026, 11, 23);
    const std::size_t written = installDemoDatabase(db, DemoSize::Small, 7, today);
    CHECK(written == generateDemo(DemoSize::Small, 7, today).recordCount());
    CHECK(loadDataset(db) == generateDemo(DemoSize::Small, 7, today));

    Clock clock;
    AccessLog log(db, clock);
    LocalCredentialStore credentials(db);
    AuthService auth(db, log, credentials, clock);
    for (const QString &username : demoUsernames())
        CHECK(auth.login(username, demoPassword()).status == AuthService::LoginStatus::Ok);
}

TEST_CASE("Demo data is never put into a database that holds data", "[core][demo]")
{
    mestring::test::TestDatabase store;
    const Database &db = store;
    installDemoDatabase(db, DemoSize::Small, 1, QDate(2026, 11, 23));
    CHECK_THROWS_AS(installDemoDatabase(db, DemoSize::Small, 2, QDate(2026, 11, 23)), StorageError);
}
