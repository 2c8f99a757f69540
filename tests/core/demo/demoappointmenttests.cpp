#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

namespace {

std::map<QString, QString> clientOfCourse(const Dataset &d)
{
    std::map<QString, QString> out;
    for (const Course &c : d.courses)
        out[c.id] = c.client;
    return out;
}

} // namespace

TEST_CASE("The small demo has appointments today and this week for the demo logins", "[core][demo]")
{
    for (const QDate &today : {demoToday(), QDate(2024, 11, 30)}) { // a Wednesday, a Saturday
        const Dataset d
            = today == demoToday() ? smallDemo() : generateDemo(DemoSize::Small, 7, today);
        std::map<QString, int> todayByStaff;
        int week = 0;
        for (const Appointment &a : d.appointments) {
            todayByStaff[a.staff] += a.startDay() == today ? 1 : 0;
            week += a.startDay() >= today && a.startDay() < today.addDays(7) ? 1 : 0;
            if (a.startDay() >= today)
                CHECK((a.status == AppointmentStatus::Planned
                    || a.status == AppointmentStatus::CancelledClient
                    || a.status == AppointmentStatus::CancelledCentre));
            else
                CHECK(a.status != AppointmentStatus::Planned);
        }
        INFO(today.toString(Qt::ISODate).toStdString());
        CHECK(
            todayByStaff[QStringLiteral("s-anne")] + todayByStaff[QStringLiteral("s-peter")] >= 4);
        CHECK(week >= 20);
    }
}

TEST_CASE("About a quarter of past individual demo appointments are no-shows", "[core][demo]")
{
    int individual = 0;
    int noShow = 0;
    for (const Appointment &a : mediumDemo().appointments) {
        if (a.type != AppointmentType::Individual || a.startDay() >= demoToday()) continue;
        ++individual;
        noShow += a.status == AppointmentStatus::NoShow ? 1 : 0;
    }
    const double rate = double(noShow) / individual;
    CHECK(rate > 0.18);
    CHECK(rate < 0.32);
}

TEST_CASE("Demo appointments lie inside their course and carry a Copenhagen offset", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::map<QString, const Course *> courses;
    for (const Course &c : d.courses)
        courses[c.id] = &c;
    for (const Appointment &a : d.appointments) {
        INFO(a.id.toStdString());
        const Course &c = *courses.at(a.course);
        CHECK(a.startDay() >= c.startDate);
        CHECK((c.endDate.isNull() || a.startDay() <= c.endDate));
        CHECK(a.startDay() <= demoToday().addDays(21));
        const int offset = a.start.offsetFromUtc();
        CHECK((offset == 3600 || offset == 7200));
        CHECK(a.start.time() >= QTime(8, 0));
        CHECK(a.start.time() <= QTime(16, 0));
        CHECK(a.minutes > 0);
    }
}

TEST_CASE(
    "No demo appointment is planned inside an absence, and no dose is given in one", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    const auto absences = groupBy(d.absences, [](const Absence &a) { return a.client; });
    const auto client = clientOfCourse(d);
    auto absent = [&absences](const QString &clientId, const QDate &day) {
        const auto it = absences.find(clientId);
        if (it == absences.end()) return false;
        return std::any_of(it->second.begin(), it->second.end(),
            [&day](const Absence *a) { return a->covers(day); });
    };
    for (const Appointment &a : d.appointments) {
        if (a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Attended)
            CHECK_FALSE(absent(client.at(a.course), a.startDay()));
    }
    std::map<QString, QString> clientOfPrescription;
    for (const Prescription &p : d.prescriptions)
        clientOfPrescription[p.id] = p.client;
    for (const Dispensing &x : d.dispensings)
        CHECK_FALSE(absent(clientOfPrescription.at(x.prescription), x.date));
    bool openEnded = false;
    bool future = false;
    for (const Absence &a : d.absences) {
        CHECK((a.to.isNull() || a.from <= a.to));
        openEnded = openEnded || a.to.isNull();
        future = future || a.from > demoToday();
    }
    CHECK(openEnded);
    CHECK(future);
}

TEST_CASE("Some open demo courses show a no-show streak or a month without attended contact",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    const auto byCourse = groupBy(d.appointments, [](const Appointment &a) { return a.course; });
    int streaks = 0;
    int silent = 0;
    for (const Course &c : d.courses) {
        if (!c.isActiveOn(demoToday()) || c.startDate.daysTo(demoToday()) < 45
            || !byCourse.count(c.id))
            continue;
        std::vector<const Appointment *> past;
        for (const Appointment *a : byCourse.at(c.id)) {
            if (a->startDay() < demoToday()) past.push_back(a);
        }
        std::sort(past.begin(), past.end(),
            [](const Appointment *a, const Appointment *b) { return a->start < b->start; });
        if (past.size() >= 3 && std::all_of(past.end() - 3, past.end(), [](const Appointment *a) {
                return a->status == AppointmentStatus::NoShow;
            }))
            ++streaks;
        const bool attendedLately = std::any_of(past.begin(), past.end(), [](const Appointment *a) {
            return a->status == AppointmentStatus::Attended
                && a->startDay() >= demoToday().addDays(-30);
        });
        silent += attendedLately ? 0 : 1;
    }
    CHECK(streaks >= 2);
    CHECK(silent >= 2);
}
