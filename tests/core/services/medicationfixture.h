#pragma once

#include "servicefixture.h"

#include "core/services/dispensingservice.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/absencerepository.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"

namespace mestring::test {

using namespace mestring::core;

// A daily supervised methadone prescription from Saturday 1 March 2025. The services' clock
// is `now`: each dose is recorded on its own day unless a test says otherwise.
struct DispensingFixture : ServiceFixture
{
    PrescriptionService prescriptions {db, log, clock};
    DispensingService dispensings {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Drug, QDate(2025, 2, 1));
    QString methadone;

    DispensingFixture()
    {
        at(QDate(2025, 3, 1));
        addAppointment(course, QDate(2025, 2, 20), AppointmentType::Doctor,
            AppointmentStatus::Attended, QStringLiteral("s-doc"));
        Prescription p;
        p.client = client;
        p.drug = Drug::Methadone;
        p.category = DrugCategory::Substitution;
        p.doseMg = 60;
        p.start = QDate(2025, 3, 1);
        p.end = QDate(2025, 12, 31);
        methadone = prescriptions.create(doctor, p).id;
    }

    Dispensing dose(
        const QDate &day, DispensingStatus status = DispensingStatus::Taken, int days = 1) const
    {
        Dispensing d;
        d.prescription = methadone;
        d.date = day;
        d.doseMg = 60;
        d.status = status;
        d.days = days;
        return d;
    }
    SaveResult give(
        const QDate &day, DispensingStatus status = DispensingStatus::Taken, int days = 1)
    {
        at(day);
        return dispensings.record(nurse, dose(day, status, days));
    }
    /// The services' clock: 10:00 on `day` (at 9:00 with `morning`).
    void at(const QDate &day, bool morning = false)
    {
        clock.set(QDateTime(day, QTime(morning ? 9 : 10, 0)));
    }
    /// The centre is closed on these days (e.g. a weekend).
    /// Replaces the supervised prescription by a take-home one (7 days) from 1 March.
    void makeTakeHome()
    {
        at(QDate(2025, 2, 28));
        prescriptions.annul(doctor, methadone, QStringLiteral("Skulle være hjemmedosering"));
        Prescription p = *PrescriptionRepository(db).byId(methadone);
        p.annulled.reset();
        p.mode = DispensingMode::TakeHome;
        p.takeHomeDays = 7;
        methadone = prescriptions.create(doctor, p).id;
    }
    void closed(std::initializer_list<QDate> days)
    {
        for (const QDate &day : days)
            ClosedDayRepository(db).insert({day, QStringLiteral("Weekend")});
    }
    int count() { return int(DispensingRepository(db).forPrescription(methadone).size()); }
    void absent(const QDate &from, const QDate &to)
    {
        AbsenceRepository(db).insert(
            {QStringLiteral("abs-1"), client, from, to, AbsenceReason::Hospital, {}});
    }
};


} // namespace mestring::test
