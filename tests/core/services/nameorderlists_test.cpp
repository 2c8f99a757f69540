#include "servicefixture.h"

#include "core/domain/ids.h"
#include "core/services/localcredentialstore.h"
#include "core/services/caseloadservice.h"
#include "core/services/reportservice.h"
#include "core/services/staffservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/staffrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// Every list of names is in the one Danish order (core/domain/nameorder.h), whatever it lists.
const QStringList danishOrder {QStringLiteral("Bo Andersen"), QStringLiteral("Zara Zacho"),
    QStringLiteral("Æble Ærø"), QStringLiteral("Ørn Øster"), QStringLiteral("Åse Åby")};

struct NamesFixture : ServiceFixture
{
    const QDate today {2026, 3, 2};

    NamesFixture()
    {
        clock.set(Clock::at(today, QTime(12, 0)));
        // Stored out of order, so no list is right by accident of insertion.
        for (const QString &name :
            {danishOrder[4], danishOrder[2], danishOrder[0], danishOrder[3], danishOrder[1]}) {
            Client c;
            c.id = newId();
            c.firstName = name.section(QLatin1Char(' '), 0, 0);
            c.lastName = name.section(QLatin1Char(' '), 1);
            c.birthDate = QDate(1980, 1, 1);
            ClientRepository(db).insert(c);
            addCourse(c.id, CourseKind::Alcohol, today.addDays(-30));
        }
    }
};

} // namespace

TEST_CASE("The overview lists clients in Danish alphabetical order", "[core][nameorder]")
{
    NamesFixture f;
    CaseloadService caseload {f.db, f.log, f.clock};
    QStringList names;
    for (const CaseloadRow &row :
        caseload.overview(f.therapist, CaseloadQuery::own(f.therapist, f.today)).rows)
        names << row.clientName;
    CHECK(names == danishOrder);
}

TEST_CASE("The clients behind a report figure are listed in Danish alphabetical order",
    "[core][nameorder]")
{
    NamesFixture f;
    ReportService reports {f.db, f.log};
    QStringList names;
    for (const MemberRow &row : reports.memberRows(f.coordinator, f.today.addDays(-60), f.today,
             QStringLiteral("active_clients"), QStringLiteral("all")))
        names << row.clientName;
    CHECK(names == danishOrder);
}

TEST_CASE("Staff are listed in Danish alphabetical order", "[core][nameorder]")
{
    NamesFixture f;
    for (const QString &name : {danishOrder[3], danishOrder[0], danishOrder[4]}) {
        const QString id = newId();
        StaffRepository(f.db).insert({id, name, Role::Therapist, id, true});
    }
    LocalCredentialStore credentials {f.db};
    StaffService staff {f.db, f.log, credentials, f.clock};
    QStringList names;
    for (const StaffMember &member : staff.list(f.manager)) {
        if (danishOrder.contains(member.name)) names << member.name;
    }
    CHECK(names
        == QStringList {
            QStringLiteral("Bo Andersen"), QStringLiteral("Ørn Øster"), QStringLiteral("Åse Åby")});
}
