#include "servicefixture.h"

#include "core/services/absenceservice.h"
#include "core/storage/absencerepository.h"
#include "core/storage/appointmentrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct AbsenceFixture : ServiceFixture
{
    AbsenceService absences {db, log};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 10));

    Absence holiday(const QDate &from, const QDate &to)
    {
        return {QString(), client, from, to, AbsenceReason::Holiday, QStringLiteral("Spain")};
    }
    AppointmentStatus statusOf(const QString &id)
    {
        return AppointmentRepository(db).byId(id)->status;
    }
};

} // namespace

TEST_CASE("A new absence cancels the planned appointments inside it, not those outside it and "
          "not attended ones",
    "[core][services][absence]")
{
    AbsenceFixture f;
    const QString before = f.addAppointment(f.course, QDate(2025, 6, 30));
    const QString firstDay = f.addAppointment(f.course, QDate(2025, 7, 1));
    const QString lastDay = f.addAppointment(f.course, QDate(2025, 7, 21));
    const QString attended = f.addAppointment(
        f.course, QDate(2025, 7, 2), AppointmentType::Individual, AppointmentStatus::Attended);
    const QString after = f.addAppointment(f.course, QDate(2025, 7, 22));
    const QString otherClient = f.addAppointment(
        f.addCourse(f.addClient(QStringLiteral("Jensen")), CourseKind::Drug, QDate(2025, 1, 1)),
        QDate(2025, 7, 5));

    const Absence absence = f.holiday(QDate(2025, 7, 1), QDate(2025, 7, 21));
    const std::vector<Appointment> preview = f.absences.preview(f.admin, absence);
    CHECK(preview.size() == 2);
    const AbsenceSaveResult saved = f.absences.create(f.admin, absence);
    CHECK(saved.cancelled.size() == 2);

    CHECK(f.statusOf(firstDay) == AppointmentStatus::CancelledClient);
    CHECK(f.statusOf(lastDay) == AppointmentStatus::CancelledClient);
    CHECK(f.statusOf(before) == AppointmentStatus::Planned);
    CHECK(f.statusOf(after) == AppointmentStatus::Planned);
    CHECK(f.statusOf(attended) == AppointmentStatus::Attended);
    CHECK(f.statusOf(otherClient) == AppointmentStatus::Planned);
    CHECK(AbsenceRepository(f.db).forClient(f.client).size() == 1);
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
}

TEST_CASE("The preview of an absence changes nothing", "[core][services][absence]")
{
    AbsenceFixture f;
    f.addAppointment(f.course, QDate(2025, 7, 3));
    const auto before = f.snapshot();
    CHECK(f.absences.preview(f.therapist, f.holiday(QDate(2025, 7, 1), QDate(2025, 7, 21))).size()
        == 1);
    auto after = f.snapshot();
    CHECK(after.appointments == before.appointments);
    CHECK(after.absences.empty());
}

TEST_CASE(
    "An open-ended absence cancels every later planned appointment", "[core][services][absence]")
{
    AbsenceFixture f;
    const QString soon = f.addAppointment(f.course, QDate(2025, 9, 2));
    const QString much = f.addAppointment(f.course, QDate(2026, 3, 2));
    f.absences.create(
        f.therapist, {QString(), f.client, QDate(2025, 9, 1), QDate(), AbsenceReason::Prison, {}});
    CHECK(f.statusOf(soon) == AppointmentStatus::CancelledClient);
    CHECK(f.statusOf(much) == AppointmentStatus::CancelledClient);
}

TEST_CASE("An absence that ends before it starts is refused and cancels nothing",
    "[core][services][absence]")
{
    AbsenceFixture f;
    f.addAppointment(f.course, QDate(2025, 7, 3));
    f.refusedUnchanged(
        [&] { f.absences.create(f.admin, f.holiday(QDate(2025, 7, 21), QDate(2025, 7, 1))); });
    f.refusedUnchanged([&] { f.absences.create(f.admin, f.holiday(QDate(), QDate(2025, 7, 1))); });
}

TEST_CASE("Lengthening an absence cancels the planned appointments in the added days",
    "[core][services][absence]")
{
    AbsenceFixture f;
    const QString later = f.addAppointment(f.course, QDate(2025, 7, 25));
    Absence absence = f.holiday(QDate(2025, 7, 1), QDate(2025, 7, 21));
    absence.id = f.absences.create(f.admin, absence).id;
    CHECK(f.statusOf(later) == AppointmentStatus::Planned);
    absence.to = QDate(2025, 7, 31);
    const AbsenceSaveResult saved = f.absences.update(f.admin, absence);
    CHECK(saved.cancelled.size() == 1);
    CHECK(f.statusOf(later) == AppointmentStatus::CancelledClient);
    CHECK(AbsenceRepository(f.db).byId(absence.id)->to == QDate(2025, 7, 31));
    CHECK(f.logged(QStringLiteral("change"), f.client) == 1);
}

TEST_CASE("Reading a client's absences is logged", "[core][services][absence]")
{
    AbsenceFixture f;
    f.absences.create(f.admin, f.holiday(QDate(2025, 7, 1), QDate(2025, 7, 21)));
    CHECK(f.absences.forClient(f.admin, f.client).size() == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
}
