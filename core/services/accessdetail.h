#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace mestring::core {

/// What an access-log entry says was used, besides its kind (read, print, ...). The log stores
/// it as a fixed English text with the record's values ("goals of course k000007"): the same
/// in every language, and what the entries written before this vocabulary already hold.
/// People never see that text: the access log and the citizen's "Hvem har set mine data" show
/// it in Danish, without internal ids (ui/accessdetailtext.h).
enum class AccessTopic {
    Courses, // a client's courses
    Course, // one course (id)
    Goals, // goals of a course (course id)
    Goal, // one goal (id)
    Assessments, // assessments of a course (course id)
    Assessment, // one assessment (id)
    Appointments, // a client's appointments
    CourseAppointments, // appointments of a course (course id)
    Appointment, // one appointment (id)
    AppointmentConflicts, // the booking dialog's check for overlaps
    CalendarCentre, // the whole centre's calendar
    CalendarStaff, // a staff member's calendar (staff id)
    DayAppointments, // every appointment of a day (date)
    Journal, // the journal
    Note, // one journal note (id)
    Absences, // a client's absence periods
    AbsencePreview, // the appointments a new absence would cancel
    Absence, // one absence period (id)
    AbsenceCancelling, // an absence period (id) that cancelled appointments (count)
    Prescriptions, // a client's prescriptions
    Prescription, // one prescription (id)
    PrescriptionStopped, // a prescription (id) stopped
    PrescriptionReplaced, // a prescription (id) ended and replaced by another (id)
    MedicationList, // the prescriptions active on a day (date)
    Dispensings, // the dispensings of a prescription (id)
    Dispensing, // one dispensing (id)
    LateDispensing, // one dispensing registered after its day (id)
    MissedDoses, // the missed doses behind a block
    DispensingList, // the day's dispensing list
    Groups, // the groups a course takes part in
    Group, // one group course (id)
    Overview, // the caseload overview
    ReportList, // the list behind a report figure (indicator, breakdown)
    ReportListGroup, // the same for one group of a breakdown (indicator, [breakdown,] dimension,
                     // group key)
    DisposalCandidates, // the clients whose retention has run out
    Disposal, // a disposal (records deleted, the last entry's date)
    SeenBy, // the citizen's "Hvem har set mine data"
    AccessLogSearch, // a search in the access log (staff id, from, to)
    AccessLogRetention, // the access log's retention changed (months)
    AccessLogPurge, // expired entries removed (cutoff, count, last seq)
    Password, // a staff member's password set (staff id)
    AccountLockedUntil, // a try while the account was locked (until)
    Backup, // a backup taken (file)
    RestoredKeeping, // a restore (backup file, the replaced file kept)
    Restored, // a restore (backup file)
    InterchangeImport, // the client came in with an interchange file
    InterchangeExport, // the client went out in an interchange file
    DemoDatabase, // a demo database made (records)
    NewDatabase, // a database and its first manager made (username)
    Printed, // a document printed on paper (document)
    PrintedPdf, // a document saved as PDF (document)
    Spreadsheet, // a document exported as a spreadsheet (document, format)
};

/// The documents whose printing or export is logged (the value of Printed, PrintedPdf and
/// Spreadsheet).
enum class AccessDocument {
    DayList, // Kalender: the day's appointments
    AttendanceList, // Grupper: the register of a session
    DispensingSheet, // Medicin: the day's dispensing list
    ClientStatus, // Borgerstatus
    Followup, // Opfølgning pr. behandler
    MedicationOverview, // the client's medication overview
    SeenBy, // Hvem har set mine data
    EffectReport, // Effektmål (no client's data)
    MemberList, // the clients or courses behind a report figure
    CitizenPlan, // Borgerens plan
    RegistryList, // Visitation: the registry worklist (indberetning)
};
QString accessDocumentCode(AccessDocument document);
std::optional<AccessDocument> parseAccessDocument(QStringView code);

/// The stored text of `topic` with its `values` in the order listed above.
QString accessDetail(AccessTopic topic, const QStringList &values = {});

/// A stored text read back: its topic and values; nullopt for a text of no known topic (shown
/// as it is).
struct ParsedAccessDetail
{
    AccessTopic topic;
    QStringList values;
};
std::optional<ParsedAccessDetail> parseAccessDetail(const QString &stored);

/// The value of `parsed` that names a staff member (CalendarStaff, Password, AccessLogSearch,
/// ReportListGroup by responsible staff member), empty when it names none.
QString staffReferenceOf(const ParsedAccessDetail &parsed);

} // namespace mestring::core
