#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>

#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/transaction.h"
#include "support/damagedfile.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"
#include "ui/backup/startupcheck.h"
#include "ui/dialogs/logindialog.h"
#include "uitesthelpers.h"

using namespace mestring;
using test::TestDatabase;
using test::TestDatabaseFile;

namespace {

// The sample centre in a closed file, its courses table damaged when `damaged`.
struct StartFile
{
    TestDatabaseFile file;
    QByteArray hash;

    explicit StartFile(bool damaged)
    {
        core::Transaction t(file.db());
        core::insertDataset(file.db(), test::sampleDataset());
        t.commit();
        file.close();
        if (damaged) test::damageTable(file.path(), QStringLiteral("courses"));
        hash = test::fileHash(file.path());
    }
};

void tryLogin(ui::LoginDialog &dialog)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("anne"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("kode1234"));
    dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
}

} // namespace

TEST_CASE("At start the check of a damaged database closes the login dialog with the damaged "
          "message, and nothing is written",
    "[ui][damage]")
{
    StartFile start(true);
    {
        core::Database db(TestDatabase::uniqueConnectionName());
        // As the program starts: only the header is read before the login dialog shows.
        REQUIRE_NOTHROW(db.open(start.file.path(), core::Database::OpenMode::MustExist));
        core::ServiceSet services(db);
        ui::LoginDialog login(services.auth, QStringLiteral("mestring.sqlite"));
        const ui::StartupCheck check(db, &login);
        login.show();
        REQUIRE(test::waitUntil([&] { return !login.isVisible(); }, 20000));
        CHECK(login.result() == QDialog::Rejected);
        CHECK(check.message().contains(QStringLiteral("is damaged. It has not been changed.")));
    }
    CHECK(test::fileHash(start.file.path()) == start.hash);
}

TEST_CASE("A login to a damaged database before its check ended shows the damaged message and "
          "writes nothing",
    "[ui][damage]")
{
    StartFile start(true);
    {
        core::Database db(TestDatabase::uniqueConnectionName());
        db.open(start.file.path(), core::Database::OpenMode::MustExist);
        core::ServiceSet services(db);
        ui::LoginDialog login(services.auth, QStringLiteral("mestring.sqlite"));
        login.show();
        // The login writes to the access log (a wrong password too): the file is checked first.
        tryLogin(login);
        CHECK(login.isVisible());
        CHECK(login.errorText().contains(QStringLiteral("is damaged")));
    }
    CHECK(test::fileHash(start.file.path()) == start.hash);
}

TEST_CASE("At start the check of a sound database leaves the login dialog open", "[ui][damage]")
{
    StartFile start(false);
    core::Database db(TestDatabase::uniqueConnectionName());
    db.open(start.file.path(), core::Database::OpenMode::MustExist);
    core::ServiceSet services(db);
    ui::LoginDialog login(services.auth, QStringLiteral("mestring.sqlite"));
    const ui::StartupCheck check(db, &login);
    login.show();
    db.requireSound(); // waits for the check under way
    QTest::qWait(300); // the check's verdict is looked at every 100 ms
    CHECK(login.isVisible());
    CHECK(check.message().isEmpty());
}
