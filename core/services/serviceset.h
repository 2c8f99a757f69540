#pragma once

#include "core/domain/clock.h"
#include "core/services/absenceservice.h"
#include "core/services/accesslog.h"
#include "core/services/accesslogservice.h"
#include "core/services/appointmentservice.h"
#include "core/services/assessmentservice.h"
#include "core/services/authservice.h"
#include "core/services/caseloadservice.h"
#include "core/services/centreservice.h"
#include "core/services/citizenplanservice.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/feedbackservice.h"
#include "core/services/disposalservice.h"
#include "core/services/goalservice.h"
#include "core/services/medicationsettingsservice.h"
#include "core/services/groupservice.h"
#include "core/services/servercredentialstore.h"
#include "core/services/noteservice.h"
#include "core/services/prescriptionservice.h"
#include "core/services/registryservice.h"
#include "core/services/reportservice.h"
#include "core/services/staffservice.h"
#include "core/services/targetservice.h"
#include "core/services/waitinglistservice.h"

namespace mestring::core {

/// Owns one instance of every service over one database, all sharing one access log and one
/// centre clock. Built by the composition roots (the GUI's main, tests, benchmarks); it has no
/// behaviour of its own. Tests set `clock` to a fixed instant.
struct ServiceSet
{
    explicit ServiceSet(const Database &db)
        : log(db, clock)
        , credentials(credentialStoreFor(db))
        , auth(db, log, *credentials, clock)
        , clients(db, log, clock)
        , courses(db, log, clock)
        , goals(db, log)
        , assessments(db, log)
        , appointments(db, log, clock)
        , absences(db, log)
        , groups(db, log, clock)
        , prescriptions(db, log, clock)
        , dispensings(db, log, clock)
        , notes(db, log, clock)
        , staff(db, log, *credentials, clock)
        , targets(db)
        , caseload(db, log, clock)
        , reports(db, log)
        , accessLog(db, log)
        , disposals(db, log, clock)
        , medicationSettings(db, log, clock)
        , feedback(db, log, clock)
        , waitingLists(db, log, clock)
        , registry(db, log, clock)
        , centre(db, log)
        , citizenPlans(db, log, clock)
    {
    }

    Clock clock; // first: everything below is built with it
    AccessLog log;
    std::unique_ptr<CredentialStore> credentials; // the file's, or the server's logins
    AuthService auth;
    ClientService clients;
    CourseService courses;
    GoalService goals;
    AssessmentService assessments;
    AppointmentService appointments;
    AbsenceService absences;
    GroupService groups;
    PrescriptionService prescriptions;
    DispensingService dispensings;
    NoteService notes;
    StaffService staff;
    TargetService targets;
    CaseloadService caseload;
    ReportService reports;
    AccessLogService accessLog;
    DisposalService disposals;
    MedicationSettingsService medicationSettings;
    FeedbackService feedback;
    WaitingListService waitingLists;
    RegistryService registry;
    CentreService centre;
    CitizenPlanService citizenPlans;
};

} // namespace mestring::core
