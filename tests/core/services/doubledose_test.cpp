#include <catch2/catch.hpp>

#include "core/storage/storageerror.h"
#include "medicationfixture.h"

using namespace mestring::core;
using namespace mestring::test;

TEST_CASE("A second registration of the same dose is refused by the database itself",
    "[core][services][dispensing][concurrency]")
{
    DispensingFixture f;
    Dispensing first = f.dose(QDate(2025, 3, 1));
    first.id = QStringLiteral("d-1");
    first.staff = f.nurse.staffId;
    DispensingRepository(f.db).record(first, at(QDate(2025, 3, 1)));
    Dispensing second = first;
    second.id = QStringLiteral("d-2");
    second.staff = f.doctor.staffId;
    try {
        DispensingRepository(f.db).record(second, at(QDate(2025, 3, 1), 10, 1));
        FAIL("the database took the same dose twice");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::UniqueViolation);
    }
    CHECK(f.count() == 1);
}

TEST_CASE("A dose registered at another station is refused at the second with who registered it "
          "and when",
    "[core][services][dispensing][concurrency]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    const QString givenAt = f.clock.now().toString(QStringLiteral("HH:mm")); // centre time
    const QString message = f.refusedUnchanged(
        [&] { f.dispensings.record(f.doctor, f.dose(QDate(2025, 3, 1))); });
    CHECK(message.contains(QStringLiteral("Mette Dahl")));
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral(" at ") + givenAt));
    CHECK(f.count() == 1);
}

TEST_CASE("A dose annulled can be registered again, and that one cannot be registered twice",
    "[core][services][dispensing][concurrency]")
{
    DispensingFixture f;
    const QString first = f.give(QDate(2025, 3, 1)).id;
    f.dispensings.annul(f.nurse, first, QStringLiteral("Forkert borger"));
    f.give(QDate(2025, 3, 1));
    CHECK(f.count() == 1);
    f.refusedUnchanged([&] { f.dispensings.record(f.doctor, f.dose(QDate(2025, 3, 1))); });
    // Past the service, too: the database refuses a second counting registration.
    Dispensing again = f.dose(QDate(2025, 3, 1));
    again.id = QStringLiteral("d-again");
    CHECK_THROWS_AS(DispensingRepository(f.db).record(again, at(QDate(2025, 3, 1))), StorageError);
}
