#include "servicefixture.h"

#include "core/domain/noshowrate.h"
#include "core/reports/reportengine.h"
#include "core/services/appointmentservice.h"

using namespace mestring::core;
using mestring::test::at;
using mestring::test::ServiceFixture;

namespace {

Appointment on(const QDate &day, AppointmentStatus status)
{
    Appointment a;
    a.start = at(day);
    a.status = status;
    return a;
}

} // namespace

TEST_CASE("The no-show rate counts attended and no-show appointments only",
    "[core][domain][noshow]")
{
    const QDate d(2025, 3, 3);
    const std::vector<Appointment> list {on(d, AppointmentStatus::Attended),
        on(d, AppointmentStatus::NoShow), on(d, AppointmentStatus::Attended),
        on(d, AppointmentStatus::Planned), on(d, AppointmentStatus::CancelledClient),
        on(d, AppointmentStatus::CancelledCentre), on(d, AppointmentStatus::NoShow)};
    const NoShowRate r = noShowRate(list);
    CHECK(r.noShows == 2);
    CHECK(r.counted == 4);
    REQUIRE(r.rate().has_value());
    CHECK(*r.rate() == Approx(0.5));
}

TEST_CASE("The no-show rate keeps to the period by start day, both days included",
    "[core][domain][noshow]")
{
    const std::vector<Appointment> list {on(QDate(2025, 1, 31), AppointmentStatus::NoShow),
        on(QDate(2025, 2, 1), AppointmentStatus::NoShow),
        on(QDate(2025, 2, 28), AppointmentStatus::Attended),
        on(QDate(2025, 3, 1), AppointmentStatus::NoShow)};
    const NoShowRate february = noShowRate(list, QDate(2025, 2, 1), QDate(2025, 2, 28));
    CHECK(february.noShows == 1);
    CHECK(february.counted == 2);
    CHECK(noShowRate(list, QDate(2025, 2, 1)).counted == 3); // open end
}

TEST_CASE("A client with no attended or missed appointment has no no-show rate",
    "[core][domain][noshow]")
{
    CHECK_FALSE(noShowRate({}).rate().has_value());
    CHECK_FALSE(noShowRate({on(QDate(2025, 1, 2), AppointmentStatus::Planned)}).rate());
}

TEST_CASE("The client's no-show rate agrees with the report's no_show_rate for the same period",
    "[core][domain][noshow][reports]")
{
    ServiceFixture f;
    const QString client = f.addClient();
    const QString alcohol = f.addCourse(client, CourseKind::Alcohol, QDate(2024, 11, 1));
    const QString drug = f.addCourse(client, CourseKind::Drug, QDate(2025, 1, 5));
    const std::vector<std::pair<QDate, AppointmentStatus>> history {
        {QDate(2024, 12, 30), AppointmentStatus::NoShow}, // before the period
        {QDate(2025, 1, 6), AppointmentStatus::Attended},
        {QDate(2025, 1, 13), AppointmentStatus::NoShow},
        {QDate(2025, 1, 20), AppointmentStatus::CancelledClient},
        {QDate(2025, 2, 3), AppointmentStatus::NoShow},
        {QDate(2025, 2, 10), AppointmentStatus::Attended},
        {QDate(2025, 12, 31), AppointmentStatus::Attended},
        {QDate(2026, 1, 1), AppointmentStatus::NoShow}}; // after
    int i = 0;
    for (const auto &[day, status] : history)
        f.addAppointment(i++ % 2 ? alcohol : drug, day, AppointmentType::Individual, status);

    AppointmentService appointments(f.db, f.log, f.clock);
    const QDate from(2025, 1, 1), to(2025, 12, 31);
    const NoShowRate mine
        = noShowRate(appointments.forClient(f.therapist, client, QDate()), from, to);
    const Ratio report = computeAppointmentIndicators(f.db, from, to).noShow.all;
    CHECK(mine.noShows == 2);
    CHECK(mine.counted == 5);
    CHECK(report.numerator == mine.noShows);
    CHECK(report.denominator == mine.counted);
}
