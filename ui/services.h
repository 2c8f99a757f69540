#pragma once

#include <functional>

namespace mestring::core {
class Clock;
class AbsenceService;
class AccessLogService;
class AppointmentService;
class AssessmentService;
class AuthService;
class CaseloadService;
class ChangeFeed;
class CentreService;
class CitizenPlanService;
class ClientService;
class CourseService;
class DispensingService;
class DisposalService;
class FeedbackService;
class GoalService;
class GroupService;
class MedicationSettingsService;
class NoteService;
class PrescriptionService;
class RegistryService;
class ReportService;
class StaffService;
class TargetService;
class WaitingListService;
struct ServiceSet;
} // namespace mestring::core

namespace mestring::ui {

/// The services the composition root (app/gui) built, handed down to pages and dialogs by
/// reference. Deliberately a plain bundle, not a "session" object: it owns nothing and has no
/// behaviour, so each widget still says which service it uses.
/// See Services::signIn.
using SignIn = std::function<QString(const QString &username, const QString &password)>;

struct Services
{
    const core::Clock &clock; // the centre's "now" and "today" (Europe/Copenhagen)
    core::AuthService &auth;
    core::ClientService &clients;
    core::CourseService &courses;
    core::StaffService &staff;
    core::GoalService &goals;
    core::AssessmentService &assessments;
    core::AppointmentService &appointments;
    core::AbsenceService &absences;
    core::GroupService &groups;
    core::PrescriptionService &prescriptions;
    core::DispensingService &dispensings;
    core::NoteService &notes;
    core::TargetService &targets;
    core::CaseloadService &caseload;
    core::ReportService &reports;
    core::AccessLogService &accessLog; // managers: search and "who has seen my data"
    core::DisposalService &disposals; // managers: kassation after the retention period
    core::MedicationSettingsService &medicationSettings; // closed days, dose limits
    core::FeedbackService &feedback; // FIT: ORS and SRS
    core::WaitingListService &waitingLists; // individual offers (pårørendesamtaler, ...)
    core::RegistryService &registry; // the registry worklist (indberetning)
    core::CentreService &centre; // the centre's name, address and phone
    core::CitizenPlanService &citizenPlans; // Borgerens plan, for printing
    /// What other PCs change, for the lists that update by themselves (LiveRefresh); none
    /// when the program runs without (tests, or a server that refused the second connection).
    core::ChangeFeed *changes = nullptr;
    /// Connects as the staff member about to log in, with the username and password typed
    /// (on a server each has a login of their own, issue 17); a message for the user when that
    /// fails, empty when connected. Not set on a file, whose staff share its one connection.
    SignIn signIn;
    /// The working user changed their own password: connections opened from now on (a
    /// report's, the live lists' after a drop) use the new one. Not set on a file.
    std::function<void(const QString &password)> passwordChanged;

    /// References to every service of `set`.
    static Services of(core::ServiceSet &set);
};

} // namespace mestring::ui
