#include "servicefixture.h"

#include "core/services/courseservice.h"
#include "core/services/registryservice.h"
#include "core/storage/registryrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// Wednesday 4 March 2026: this week runs to Sunday 8 March.
const QDate T(2026, 3, 4);

struct RegistryFixture : ServiceFixture
{
    RegistryService registry {db, log, clock};
    QString client = addClient();

    RegistryFixture() { clock.set(QDateTime(T, QTime(9, 0), Qt::OffsetFromUTC, 3600)); }

    QString course(CourseKind kind, LegalBasis basis, const QDate &request, const QDate &start = {},
        const QString &clientId = {})
    {
        Course c;
        c.client = clientId.isEmpty() ? client : clientId;
        c.kind = kind;
        c.legalBasis = basis;
        if (basis == LegalBasis::Sel101a) c.guaranteeExempt = GuaranteeExempt::Anonymous;
        c.requestDate = request;
        c.startDate = start;
        return addCourse(c);
    }
    const RegistryWorkItem *find(const std::vector<RegistryWorkItem> &items, const QString &course,
        RegistryEvent event)
    {
        for (const RegistryWorkItem &item : items) {
            if (item.courseId == course && item.event == event) return &item;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The worklist lists each event with its register's deadline, overdue first",
    "[core][services][registry]")
{
    RegistryFixture f;
    // NAB: a request in January is due by 28 February: overdue on 4 March.
    const QString alcohol = f.course(CourseKind::Alcohol, LegalBasis::Sul141, QDate(2026, 1, 20),
        QDate(2026, 2, 2));
    // SEL 101: a request on 20 February is due 15 March; a start on 2 March, 15 April.
    const QString drug = f.course(CourseKind::Drug, LegalBasis::Sel101, QDate(2026, 2, 20),
        QDate(2026, 3, 2), f.addClient(QStringLiteral("Berg")));
    // SUL 142: requested 1 February, started 6 February: both due 6 March, this week.
    const QString medical = f.course(CourseKind::Drug, LegalBasis::Sul142, QDate(2026, 2, 1),
        QDate(2026, 2, 6), f.addClient(QStringLiteral("Dahl")));

    const std::vector<RegistryWorkItem> items = f.registry.worklist(f.intake);
    REQUIRE(items.size() == 6);
    CHECK(items[0].courseId == alcohol);
    CHECK(items[0].event == RegistryEvent::Request);
    CHECK(items[0].state == RegistryState::Overdue);
    CHECK(items[0].deadline == QDate(2026, 2, 28));
    CHECK(items[0].reg == Register::Nab);
    CHECK(items[1].courseId == medical);
    CHECK(items[1].event == RegistryEvent::Request);
    CHECK(items[1].state == RegistryState::DueThisWeek);
    CHECK(items[1].deadline == QDate(2026, 3, 6));
    CHECK(items[2].event == RegistryEvent::Start);
    CHECK(f.find(items, drug, RegistryEvent::Request)->deadline == QDate(2026, 3, 15));
    CHECK(f.find(items, alcohol, RegistryEvent::Start)->deadline == QDate(2026, 3, 31));
    CHECK(f.find(items, drug, RegistryEvent::Start)->state == RegistryState::Later);
    CHECK(items[5].deadline == QDate(2026, 4, 15));
    const RegistrySummary summary = f.registry.summary(f.coordinator);
    CHECK(summary.overdue == 1);
    CHECK(summary.dueThisWeek == 2);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}

TEST_CASE("The week ends on Sunday: a deadline on Monday is later", "[core][services][registry]")
{
    CHECK(registryStateOn(QDate(2026, 3, 3), T) == RegistryState::Overdue);
    CHECK(registryStateOn(T, T) == RegistryState::DueThisWeek);
    CHECK(registryStateOn(QDate(2026, 3, 8), T) == RegistryState::DueThisWeek);
    CHECK(registryStateOn(QDate(2026, 3, 9), T) == RegistryState::Later);
    CHECK(registryStateOn(QDate(), T) == RegistryState::NotDueYet);
}

TEST_CASE("Anonymous courses are never on the worklist", "[core][services][registry]")
{
    RegistryFixture f;
    f.course(CourseKind::Drug, LegalBasis::Sel101a, QDate(2026, 1, 5), QDate(2026, 1, 5));
    f.course(CourseKind::Alcohol, LegalBasis::Sul141, QDate(2026, 1, 5), QDate(2026, 1, 6),
        f.addAnonymousClient());
    CHECK(f.registry.worklist(f.intake).empty());
    CHECK(f.registry.summary(f.intake).overdue == 0);
}

TEST_CASE("Marking an event reported takes it off the list; undoing a mistaken mark puts it back",
    "[core][services][registry]")
{
    RegistryFixture f;
    const QString k = f.course(CourseKind::Alcohol, LegalBasis::Sul141, QDate(2026, 1, 20));
    f.registry.markReported(f.intake, k, RegistryEvent::Request, QDate(2026, 3, 3));
    CHECK(f.registry.worklist(f.intake).empty());
    const std::vector<RegistryWorkItem> reported = f.registry.worklist(f.intake, QDate(2026, 3, 1));
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].state == RegistryState::Reported);
    CHECK(reported[0].report->reportedOn == QDate(2026, 3, 3));
    CHECK(reported[0].report->staff == f.intake.staffId);
    CHECK(reported[0].reportedByName == QStringLiteral("Ida Lund"));
    CHECK(f.logged(QStringLiteral("change"), f.client) == 1);

    f.registry.undoReported(f.coordinator, k, RegistryEvent::Request);
    CHECK(RegistryRepository(f.db).all().empty());
    CHECK(f.registry.worklist(f.intake).size() == 1);
    CHECK(f.logged(QStringLiteral("change"), f.client) == 2);
    f.refusedUnchanged<NotFound>(
        [&] { f.registry.undoReported(f.coordinator, k, RegistryEvent::Request); });
}

TEST_CASE("A mark twice, before the event, in the future, of an event not happened, or of an "
          "anonymous course is refused",
    "[core][services][registry]")
{
    RegistryFixture f;
    const QString k = f.course(CourseKind::Alcohol, LegalBasis::Sul141, QDate(2026, 1, 20));
    f.registry.markReported(f.intake, k, RegistryEvent::Request);
    f.refusedUnchanged([&] { f.registry.markReported(f.intake, k, RegistryEvent::Request); });
    const QString other = f.course(CourseKind::Drug, LegalBasis::Sel101, QDate(2026, 2, 20));
    f.refusedUnchanged(
        [&] { f.registry.markReported(f.intake, other, RegistryEvent::Request, QDate(2026, 2, 19)); });
    f.refusedUnchanged(
        [&] { f.registry.markReported(f.intake, other, RegistryEvent::Request, T.addDays(1)); });
    f.refusedUnchanged([&] { f.registry.markReported(f.intake, other, RegistryEvent::Start); });
    const QString anonymous
        = f.course(CourseKind::Drug, LegalBasis::Sel101a, QDate(2026, 1, 5), QDate(2026, 1, 5));
    f.refusedUnchanged(
        [&] { f.registry.markReported(f.intake, anonymous, RegistryEvent::Start); });
}

TEST_CASE("Therapists and administrative staff do not keep the registry worklist",
    "[core][services][registry]")
{
    RegistryFixture f;
    const QString k = f.course(CourseKind::Alcohol, LegalBasis::Sul141, QDate(2026, 1, 20));
    f.refusedUnchanged<PermissionDenied>([&] { f.registry.worklist(f.therapist); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.registry.markReported(f.admin, k, RegistryEvent::Request); });
    f.registry.worklist(f.manager);
}

TEST_CASE("Creating a course that starts 10 days after the previous one ended gives the merge "
          "notice; 11 days does not",
    "[core][services][registry]")
{
    RegistryFixture f;
    CourseService courses {f.db, f.log, f.clock};
    // Each client's previous alcohol course ended on 20 February 2026.
    const auto endedCourse = [&](const QString &client) {
        Course previous;
        previous.client = client;
        previous.requestDate = QDate(2025, 9, 1);
        previous.startDate = QDate(2025, 9, 2);
        previous.endDate = QDate(2026, 2, 20);
        previous.endReason = EndReason::Completed;
        previous.outcome = Outcome::Abstinent;
        f.addCourse(previous);
    };
    const auto created = [&](const QString &client, const QDate &start) {
        Course next;
        next.client = client;
        next.requestDate = start;
        next.startDate = start;
        return courses.create(f.intake, next);
    };
    endedCourse(f.client);
    const SaveResult merged = created(f.client, QDate(2026, 3, 2)); // 10 days after
    REQUIRE(merged.warnings.size() == 1);
    CHECK(merged.warnings[0].path == QStringLiteral("start_date"));
    CHECK(merged.warnings[0].message.contains(QStringLiteral("20-02-2026")));

    const QString other = f.addClient(QStringLiteral("Berg"));
    endedCourse(other);
    CHECK(created(other, QDate(2026, 3, 3)).warnings.empty()); // 11 days after
}
