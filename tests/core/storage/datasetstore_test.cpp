#include <catch2/catch.hpp>

#include <algorithm>

#include <QSqlQuery>

#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/staffrepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/sampledataset.h"
#include "support/testdatabase.h"

using namespace mestring::core;
using mestring::test::sampleDataset;
using mestring::test::TestDatabase;

namespace {

// Turns every list around, so stored order and id order disagree.
Dataset reversed(Dataset d)
{
    auto flip = [](auto &list) { std::reverse(list.begin(), list.end()); };
    flip(d.staff), flip(d.clients), flip(d.courses), flip(d.goals), flip(d.assessments);
    flip(d.appointments), flip(d.absences), flip(d.groups), flip(d.prescriptions);
    flip(d.dispensings), flip(d.targets), flip(d.notes);
    return d;
}

} // namespace

TEST_CASE(
    "A stored dataset loads back equal, every list in the order it was stored", "[core][storage]")
{
    TestDatabase db;
    // Reversed: the addendum n2 now comes before the note it corrects, which must still store.
    const Dataset data = reversed(sampleDataset());
    Transaction t(db);
    insertDataset(db, data);
    t.commit();
    CHECK(loadDataset(db) == data);
}

TEST_CASE("Records stored later load after the earlier ones", "[core][storage]")
{
    TestDatabase db;
    const Dataset data = sampleDataset();
    {
        Transaction t(db);
        insertDataset(db, data);
        t.commit();
    }
    StaffMember late {QStringLiteral("a0"), QStringLiteral("Aase"), Role::Intake};
    StaffRepository(db).insert(late);
    const std::vector<StaffMember> staff = loadDataset(db).staff;
    REQUIRE(staff.size() == data.staff.size() + 1);
    CHECK(staff.back() == late);
}

TEST_CASE("A failing bulk insert leaves nothing behind when its transaction rolls back",
    "[core][storage]")
{
    TestDatabase db;
    Dataset data = sampleDataset();
    data.dispensings.back().prescription = QStringLiteral("missing"); // breaks a foreign key
    {
        Transaction t(db);
        CHECK_THROWS_AS(insertDataset(db, data), StorageError);
    }
    CHECK(loadDataset(db) == Dataset {});
}

TEST_CASE(
    "A repository prepares its statements again after the database was reopened", "[core][storage]")
{
    mestring::test::TestDatabaseFile file;
    StaffRepository staff(file.db());
    staff.insert({QStringLiteral("s1"), QStringLiteral("Anne"), Role::Therapist});
    file.close();
    file.reopen();
    staff.insert({QStringLiteral("s2"), QStringLiteral("Bo"), Role::Nurse});
    CHECK(staff.all().size() == 2);
}
