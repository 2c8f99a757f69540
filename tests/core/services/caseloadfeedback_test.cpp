#include "servicefixture.h"

#include "core/domain/ids.h"
#include "core/services/caseloadservice.h"
#include "core/services/centreservice.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/registryrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// Monday 2 March 2026.
const QDate T(2026, 3, 2);
using K = CaseloadFlagKind;

struct FlagFixture : ServiceFixture
{
    CaseloadService caseload {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2026, 1, 5));

    FlagFixture() { clock.set(QDateTime(T, QTime(9, 0), Qt::OffsetFromUTC, 3600)); }

    /// An attended session `daysAgo` before T with a rating of `tenths` on `scale`.
    void rated(int daysAgo, FitScale scale, int tenths)
    {
        const QDate day = T.addDays(-daysAgo);
        FitRating r;
        r.id = newId();
        r.course = course;
        r.appointment
            = addAppointment(course, day, AppointmentType::Individual, AppointmentStatus::Attended);
        r.date = day;
        r.scale = scale;
        const int quarter = tenths / 4;
        r.items = {quarter, quarter, quarter, tenths - 3 * quarter};
        FeedbackRepository(db).insert(r);
    }
    const CaseloadFlag *flag(const Actor &who, K kind)
    {
        const CaseloadOverview overview = caseload.overview(who, CaseloadQuery::ofClient(client, T));
        REQUIRE(overview.rows.size() == 1);
        return overview.rows.front().flag(kind);
    }
};

} // namespace

TEST_CASE("The course's latest SRS below 36 is flagged on the overview", "[core][caseload][fit]")
{
    FlagFixture f;
    f.rated(14, FitScale::Srs, 380);
    CHECK_FALSE(f.flag(f.therapist, K::SrsBelow36));
    f.rated(7, FitScale::Srs, 359);
    const CaseloadFlag *low = f.flag(f.therapist, K::SrsBelow36);
    REQUIRE(low);
    CHECK(low->fitScore == 359);
    CHECK(low->due == T.addDays(-7));
    f.rated(0, FitScale::Srs, 360);
    CHECK_FALSE(f.flag(f.therapist, K::SrsBelow36));
}

TEST_CASE("No progress is flagged from the third ORS when it is not 5 points above the first",
    "[core][caseload][fit]")
{
    FlagFixture f;
    f.rated(21, FitScale::Ors, 180);
    f.rated(14, FitScale::Ors, 200);
    CHECK_FALSE(f.flag(f.therapist, K::NoProgress)); // two ORS only
    f.rated(7, FitScale::Ors, 229);
    const CaseloadFlag *stuck = f.flag(f.therapist, K::NoProgress);
    REQUIRE(stuck);
    CHECK(stuck->count == 3);
    CHECK(stuck->fitScore == 229);
    CHECK(stuck->since == T.addDays(-21));
    f.rated(0, FitScale::Ors, 230);
    CHECK_FALSE(f.flag(f.therapist, K::NoProgress));
}

TEST_CASE("An overdue registry event is flagged for intake staff and coordinators, not therapists",
    "[core][caseload][registry]")
{
    FlagFixture f;
    // Started 5 January 2026 under SUL 141 (NAB): request and start were due 28 February.
    CHECK(f.flag(f.coordinator, K::RegistryOverdue)->count == 2);
    CHECK(f.flag(f.coordinator, K::RegistryOverdue)->due == QDate(2026, 2, 28));
    CHECK_FALSE(f.flag(f.therapist, K::RegistryOverdue));
    CHECK(f.caseload.overview(f.therapist, CaseloadQuery::own(f.therapist, T)).counts.count(
              K::RegistryOverdue)
        == 0);

    // Intake staff may read the whole centre for this flag only.
    CaseloadQuery registryOnly = CaseloadQuery::centre(T);
    registryOnly.flags = {K::RegistryOverdue};
    CHECK(f.caseload.overview(f.intake, registryOnly).rows.size() == 1);
    CaseloadQuery everything = CaseloadQuery::centre(T);
    f.refusedUnchanged<PermissionDenied>([&] { f.caseload.overview(f.intake, everything); });

    RegistryRepository(f.db).insert({f.course, RegistryEvent::Request, T, f.intake.staffId});
    RegistryRepository(f.db).insert({f.course, RegistryEvent::Start, T, f.intake.staffId});
    CHECK_FALSE(f.flag(f.coordinator, K::RegistryOverdue));
}

TEST_CASE("The centre's details are kept by a manager and read by everyone", "[core][services]")
{
    ServiceFixture f;
    CentreService centre {f.db, f.log};
    CentreInfo info {QStringLiteral(" Rusmiddelcenter Viborg "),
        QStringLiteral("Vesterbrogade 7, 8800 Viborg"), QStringLiteral("87 87 00 00"),
        QStringLiteral("Man-fre 9-15"), QStringLiteral("rusmiddel@viborg.dk")};
    centre.setInfo(f.manager, info);
    CHECK(centre.info().name == QStringLiteral("Rusmiddelcenter Viborg"));
    CHECK(centre.info().hours == QStringLiteral("Man-fre 9-15"));
    f.refusedUnchanged<PermissionDenied>([&] { centre.setInfo(f.coordinator, info); });
    info.address = QString(201, QLatin1Char('x'));
    f.refusedUnchanged([&] { centre.setInfo(f.manager, info); });
}
