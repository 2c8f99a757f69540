#include "servicefixture.h"

#include "core/services/accessdetail.h"
#include "core/services/accesslogservice.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

// Every topic with values of the right number; the values hold what parsing must not split on.
const std::vector<std::pair<AccessTopic, QStringList>> samples = {
    {AccessTopic::Courses, {}},
    {AccessTopic::Course, {QStringLiteral("k000007")}},
    {AccessTopic::Goals, {QStringLiteral("k000007")}},
    {AccessTopic::Goal, {QStringLiteral("g1")}},
    {AccessTopic::Assessments, {QStringLiteral("k1")}},
    {AccessTopic::Assessment, {QStringLiteral("a1")}},
    {AccessTopic::Appointments, {}},
    {AccessTopic::CourseAppointments, {QStringLiteral("k1")}},
    {AccessTopic::Appointment, {QStringLiteral("p1")}},
    {AccessTopic::AppointmentConflicts, {}},
    {AccessTopic::CalendarCentre, {}},
    {AccessTopic::CalendarStaff, {QStringLiteral("s1")}},
    {AccessTopic::DayAppointments, {QStringLiteral("2025-03-01")}},
    {AccessTopic::Journal, {}},
    {AccessTopic::Note, {QStringLiteral("n1")}},
    {AccessTopic::Absences, {}},
    {AccessTopic::AbsencePreview, {}},
    {AccessTopic::Absence, {QStringLiteral("f1")}},
    {AccessTopic::AbsenceCancelling, {QStringLiteral("f1"), QStringLiteral("3")}},
    {AccessTopic::Prescriptions, {}},
    {AccessTopic::Prescription, {QStringLiteral("m1")}},
    {AccessTopic::PrescriptionStopped, {QStringLiteral("m1")}},
    {AccessTopic::PrescriptionReplaced, {QStringLiteral("m1"), QStringLiteral("m2")}},
    {AccessTopic::MedicationList, {QStringLiteral("2025-03-01")}},
    {AccessTopic::Dispensings, {QStringLiteral("m1")}},
    {AccessTopic::Dispensing, {QStringLiteral("d1")}},
    {AccessTopic::MissedDoses, {}},
    {AccessTopic::DispensingList, {}},
    {AccessTopic::Groups, {}},
    {AccessTopic::Group, {QStringLiteral("gr1")}},
    {AccessTopic::Overview, {}},
    {AccessTopic::ReportList, {QStringLiteral("no_show_rate"), QStringLiteral("alcohol")}},
    {AccessTopic::ReportList, {QStringLiteral("alcohol_success_rate")}},
    {AccessTopic::ReportListGroup,
        {QStringLiteral("no_show_rate"), QStringLiteral("alcohol"), QStringLiteral("age_band"),
            QStringLiteral("under 18")}},
    {AccessTopic::ReportListGroup,
        {QStringLiteral("fit_improvement_rate"), QStringLiteral("responsible"),
            QStringLiteral("s1")}},
    {AccessTopic::DisposalCandidates, {}},
    {AccessTopic::Disposal, {QStringLiteral("12"), QStringLiteral("2014-01-01")}},
    {AccessTopic::SeenBy, {}},
    {AccessTopic::AccessLogSearch, {QStringLiteral("s1"), QStringLiteral("2025-01-01"), QString()}},
    {AccessTopic::AccessLogRetention, {QStringLiteral("24")}},
    {AccessTopic::AccessLogPurge,
        {QStringLiteral("2025-01-01"), QStringLiteral("10"), QStringLiteral("99")}},
    {AccessTopic::Password, {QStringLiteral("s1")}},
    {AccessTopic::AccountLockedUntil, {QStringLiteral("2025-03-01T10:15:00+01:00")}},
    {AccessTopic::Backup, {QStringLiteral("mestring-20250301-101500.sqlite")}},
    {AccessTopic::RestoredKeeping, {QStringLiteral("a b.sqlite"), QStringLiteral("c; d.sqlite")}},
    {AccessTopic::Restored, {QStringLiteral("/backups/mestring-20250301.sqlite")}},
    {AccessTopic::InterchangeImport, {}},
    {AccessTopic::InterchangeExport, {}},
    {AccessTopic::DemoDatabase, {QStringLiteral("1234")}},
    {AccessTopic::NewDatabase, {QStringLiteral("leder")}},
    {AccessTopic::Printed, {QStringLiteral("day_list")}},
    {AccessTopic::PrintedPdf, {QStringLiteral("client_status")}},
    {AccessTopic::Spreadsheet, {QStringLiteral("member_list"), QStringLiteral("xlsx")}},
};

} // namespace

TEST_CASE("Every access-log detail is read back as the topic and values it was written with",
    "[core][accesslog][accessdetail]")
{
    for (const auto &[topic, values] : samples) {
        const QString stored = accessDetail(topic, values);
        INFO(stored.toStdString());
        const std::optional<ParsedAccessDetail> parsed = parseAccessDetail(stored);
        REQUIRE(parsed);
        CHECK(parsed->topic == topic);
        CHECK(parsed->values == values);
    }
}

TEST_CASE("Details written before the vocabulary are read with the same topics",
    "[core][accesslog][accessdetail]")
{
    // Texts as the services wrote them into existing logs (hashed: never rewritten).
    const std::vector<std::pair<QString, AccessTopic>> old = {
        {QStringLiteral("appointments of course k000007"), AccessTopic::CourseAppointments},
        {QStringLiteral("calendar s-ther"), AccessTopic::CalendarStaff},
        {QStringLiteral("calendar centre"), AccessTopic::CalendarCentre},
        {QStringLiteral("absence f1, cancelled 2 appointment(s)"), AccessTopic::AbsenceCancelling},
        {QStringLiteral("prescription m1 ended, replaced by m2"),
            AccessTopic::PrescriptionReplaced},
        {QStringLiteral("report list no_show_rate"), AccessTopic::ReportList},
        {QStringLiteral("access log search: user '', .."), AccessTopic::AccessLogSearch},
    };
    for (const auto &[text, topic] : old) {
        INFO(text.toStdString());
        const std::optional<ParsedAccessDetail> parsed = parseAccessDetail(text);
        REQUIRE(parsed);
        CHECK(parsed->topic == topic);
    }
    CHECK_FALSE(parseAccessDetail(QStringLiteral("something else entirely")));
    CHECK(staffReferenceOf(*parseAccessDetail(QStringLiteral("calendar s-ther")))
        == QStringLiteral("s-ther"));
    // The list of a responsible staff member's group names that staff member; other groups none.
    CHECK(staffReferenceOf(*parseAccessDetail(QStringLiteral("report list new_courses all "
                                                             "(responsible s-ther)")))
        == QStringLiteral("s-ther"));
    CHECK(staffReferenceOf(
              *parseAccessDetail(QStringLiteral("report list new_courses (municipality Viborg)")))
              .isEmpty());
}

TEST_CASE("A print is logged as printed, once per client in the document",
    "[core][accesslog][accessdetail]")
{
    ServiceFixture f;
    AccessLogService service {f.db, f.log};
    const QString a = f.addClient(QStringLiteral("Aby"));
    const QString b = f.addClient(QStringLiteral("Berg"));
    service.recordOutput(f.therapist, AccessTopic::Printed, AccessDocument::DayList, {a, b});
    service.recordOutput(f.therapist, AccessTopic::PrintedPdf, AccessDocument::ClientStatus, {a});
    CHECK(f.logged(QStringLiteral("print"), a) == 2);
    CHECK(f.logged(QStringLiteral("print"), b) == 1);
    CHECK(f.logged(QStringLiteral("read")) == 0);
    const std::vector<AccessLogEntry> entries = f.log.find({});
    CHECK(entries[0].detail
        == accessDetail(AccessTopic::PrintedPdf, {QStringLiteral("client_status")}));
    // The effect report has no client's data; who printed it is still in the log.
    service.recordOutput(f.coordinator, AccessTopic::Printed, AccessDocument::EffectReport, {});
    CHECK(f.log.find({}).front().client.isEmpty());
    CHECK(f.log.find({}).front().action == QStringLiteral("print"));
    // A spreadsheet is an export.
    service.recordOutput(f.coordinator, AccessTopic::Spreadsheet, AccessDocument::MemberList, {a},
        QStringLiteral("csv"));
    CHECK(f.logged(QStringLiteral("export"), a) == 1);
    CHECK(f.log.firstBrokenEntry() == std::nullopt);
    CHECK_THROWS(
        service.recordOutput(f.therapist, AccessTopic::Journal, AccessDocument::DayList, {a}));
}

TEST_CASE("The access log names clients and colleagues without logging reads of them",
    "[core][accesslog][accessdetail]")
{
    ServiceFixture f;
    AccessLogService service {f.db, f.log};
    const QString client = f.addClient(QStringLiteral("Østergaard"));
    f.log.record(f.therapist, AccessKind::Read, client, accessDetail(AccessTopic::Journal));
    f.log.recordReads(
        f.nurse, {client}, accessDetail(AccessTopic::CalendarStaff, {f.therapist.staffId}));
    f.log.record(f.therapist, AccessKind::Read, QStringLiteral("disposed-1"),
        accessDetail(AccessTopic::Journal));
    const int readsBefore = f.logged(QStringLiteral("read"), client);
    const std::vector<AccessLogLine> lines = service.search(f.manager, {});
    CHECK(f.logged(QStringLiteral("read"), client) == readsBefore); // no read per name shown
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].clientName.isEmpty()); // disposed of: no name, and no id shown
    CHECK(lines[1].clientName == QStringLiteral("Jens Østergaard"));
    CHECK(lines[1].detailStaffName == QStringLiteral("Anne Holm"));
    CHECK(lines[2].detailStaffName.isEmpty());
}
