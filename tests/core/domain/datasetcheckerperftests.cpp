#include "core/domain/datasetchecker.h"

#include <ctime>

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// A big centre: 5,000 substitution clients with 200 daily doses and 100 appointments each.
Dataset bigCentre()
{
    constexpr int clients = 5000, doses = 200, appointmentsEach = 100;
    Dataset d;
    d.staff = {staffMember("s1", Role::Therapist), staffMember("s3", Role::Nurse),
        staffMember("s9", Role::Doctor)};
    d.dispensings.reserve(std::size_t(clients) * doses);
    d.appointments.reserve(std::size_t(clients) * appointmentsEach);
    const QDate start = date("2024-01-01");
    for (int c = 0; c < clients; ++c) {
        const QString n = QString::number(c);
        Client client = namedClient("c", "");
        client.id = QStringLiteral("c") + n;
        d.clients.push_back(client);
        Course course = drugCourse("k", "c");
        course.id = QStringLiteral("k") + n;
        course.client = client.id;
        d.courses.push_back(course);
        Prescription p = methadone("m", "c", "2024-01-01");
        p.id = QStringLiteral("m") + n;
        p.client = client.id;
        d.prescriptions.push_back(p);
        for (int i = 0; i < doses; ++i) {
            Dispensing x = dispensing("d", "m", "2024-01-01");
            x.id = p.id + QLatin1Char('-') + QString::number(i);
            x.prescription = p.id;
            x.date = start.addDays(i);
            d.dispensings.push_back(x);
        }
        for (int i = 0; i < appointmentsEach; ++i) {
            Appointment a = appointment("p", "k", "2023-12-20T09:00:00+01:00",
                i == 0 ? AppointmentType::Doctor : AppointmentType::Individual,
                AppointmentStatus::Attended);
            a.id = course.id + QLatin1Char('-') + QString::number(i);
            a.course = course.id;
            a.start = a.start.addDays(i * 3);
            d.appointments.push_back(a);
        }
    }
    return d;
}

} // namespace

// Hidden: run with `core_tests "[perf]"`. Guards against quadratic passes in the checker.
TEST_CASE("A million dispensings and half a million appointments check in seconds", "[.][perf]")
{
    const Dataset d = bigCentre();
    REQUIRE(d.dispensings.size() == 1000000);
    REQUIRE(d.appointments.size() == 500000);
    const double before = threadCpuSeconds();
    const RuleIssues issues = checkDataset(d);
    const double seconds = threadCpuSeconds() - before;
    WARN("checkDataset took " << seconds << " s of CPU time");
    requireNoIssues(issues);
    // Generous enough for an unoptimized build; a quadratic pass takes hours.
    CHECK(seconds < 30);
}
