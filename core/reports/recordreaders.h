#pragma once

namespace mestring::core {

class AppointmentService;
class AssessmentService;
class CaseloadService;
class ClientService;
class CourseService;
class GoalService;
class NoteService;
class PrescriptionService;
class StaffService;
struct ServiceSet;

/// The services the printed record reports (Opfølgning pr. behandler, Borgerstatus) read
/// through, so permissions and the access log apply exactly as on the screens.
struct RecordReaders
{
    ClientService &clients;
    CourseService &courses;
    GoalService &goals;
    AssessmentService &assessments;
    AppointmentService &appointments;
    NoteService &notes;
    PrescriptionService &prescriptions;
    CaseloadService &caseload;
    StaffService &staff;

    static RecordReaders of(ServiceSet &set);
};

} // namespace mestring::core
