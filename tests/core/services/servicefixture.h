#pragma once

#include <catch2/catch.hpp>

#include <vector>

#include <QUuid>

#include "core/domain/absence.h"
#include "core/domain/appointment.h"
#include "core/domain/assessment.h"
#include "core/domain/client.h"
#include "core/domain/closedday.h"
#include "core/domain/correction.h"
#include "core/domain/clock.h"
#include "core/domain/course.h"
#include "core/domain/dispensing.h"
#include "core/domain/effecttarget.h"
#include "core/domain/fitrating.h"
#include "core/domain/goal.h"
#include "core/domain/groupcourse.h"
#include "core/domain/journalnote.h"
#include "core/domain/prescription.h"
#include "core/domain/registryreport.h"
#include "core/domain/staffmember.h"
#include "core/domain/waitinglistentry.h"
#include "core/services/accesslog.h"
#include "core/services/actor.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "support/testdatabase.h"

namespace mestring::test {

/// Everything stored, read back through the repositories, so a test can assert that a refused
/// operation changed nothing at all (nested lists such as phases and scores included).
struct Snapshot
{
    std::vector<core::StaffMember> staff;
    std::vector<core::Client> clients;
    std::vector<core::Course> courses;
    std::vector<core::Goal> goals;
    std::vector<core::Assessment> assessments;
    std::vector<core::Appointment> appointments;
    std::vector<core::Absence> absences;
    std::vector<core::GroupCourse> groups;
    std::vector<core::Prescription> prescriptions;
    std::vector<core::Dispensing> dispensings;
    std::vector<core::JournalNote> notes;
    std::vector<core::EffectTarget> targets;
    std::vector<core::Correction> corrections;
    std::vector<core::ClosedDay> closedDays;
    std::vector<core::FitRating> feedback;
    std::vector<core::WaitingListEntry> waitingLists;
    std::vector<core::RegistryReport> registryReports;
    std::size_t logEntries = 0;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

/// A fresh database (TestDatabase) on its own connection with one staff member per role, and
/// helpers that store clients and courses directly through the repositories.
struct ServiceFixture
{
    TestDatabase store; // in memory, or on the test server in the run on PostgreSQL
    core::Database &db {store.db()};
    core::Clock clock;
    core::AccessLog log {db, clock};
    core::Actor therapist, nurse, doctor, intake, coordinator, manager, admin;

    ServiceFixture();

    QString addClient(const QString &lastName = QStringLiteral("Hansen"));
    QString addAnonymousClient();
    /// A course stored as given (no service rules), with a new id when empty.
    QString addCourse(core::Course course);
    /// An open course of `kind` for `client`, requested and started on `start`.
    QString addCourse(const QString &client, core::CourseKind kind, const QDate &start);
    /// An attended (or other status) appointment of `type` at 10:00 on `day`.
    QString addAppointment(const QString &course, const QDate &day,
        core::AppointmentType type = core::AppointmentType::Individual,
        core::AppointmentStatus status = core::AppointmentStatus::Planned,
        const QString &staff = QStringLiteral("s-ther"));

    Snapshot snapshot() const;
    /// Access-log entries with this action code ("read", "create", "change"), for one client
    /// when `client` is not empty.
    int logged(const QString &action, const QString &client = {}) const;

    /// Runs `action`, requires it to throw E, and checks that nothing was stored or logged.
    /// Returns the error's message.
    template <typename E = core::RuleViolation, typename F> QString refusedUnchanged(F &&action)
    {
        const Snapshot before = snapshot();
        QString message;
        bool thrown = false;
        try {
            action();
        } catch (const E &e) {
            thrown = true;
            message = e.message();
        }
        REQUIRE(thrown);
        CHECK(snapshot() == before);
        return message;
    }
};

/// 10:00 (or hour:minute) Danish time on `day`.
QDateTime at(const QDate &day, int hour = 10, int minute = 0);

} // namespace mestring::test
