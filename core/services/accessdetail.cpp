#include "accessdetail.h"

#include <array>

#include <QRegularExpression>

namespace mestring::core {

namespace {

struct DetailFormat
{
    AccessTopic topic;
    const char *format; // %1, %2, ... are the values
};

// Matched in this order: a longer text before a shorter one it begins with ("prescription %1
// stopped" before "prescription %1"). The texts are stored and hashed: never change one, add
// a new topic instead.
constexpr DetailFormat formats[] = {
    {AccessTopic::Courses, "courses"},
    {AccessTopic::Course, "course %1"},
    {AccessTopic::Goals, "goals of course %1"},
    {AccessTopic::Goal, "goal %1"},
    {AccessTopic::Assessments, "assessments of course %1"},
    {AccessTopic::Assessment, "assessment %1"},
    {AccessTopic::Appointments, "appointments"},
    {AccessTopic::CourseAppointments, "appointments of course %1"},
    {AccessTopic::AppointmentConflicts, "appointment conflicts"},
    {AccessTopic::Appointment, "appointment %1"},
    {AccessTopic::CalendarCentre, "calendar centre"},
    {AccessTopic::CalendarStaff, "calendar of %1"},
    {AccessTopic::CalendarStaff, "calendar %1"}, // as written before "calendar of"
    {AccessTopic::DayAppointments, "appointments on %1"},
    {AccessTopic::Journal, "journal"},
    {AccessTopic::Note, "note %1"},
    {AccessTopic::Absences, "absences"},
    {AccessTopic::AbsencePreview, "absence preview"},
    {AccessTopic::AbsenceCancelling, "absence %1, cancelled %2 appointment(s)"},
    {AccessTopic::Absence, "absence %1"},
    {AccessTopic::Prescriptions, "prescriptions"},
    {AccessTopic::PrescriptionStopped, "prescription %1 stopped"},
    {AccessTopic::PrescriptionReplaced, "prescription %1 ended, replaced by %2"},
    {AccessTopic::Prescription, "prescription %1"},
    {AccessTopic::MedicationList, "medication list %1"},
    {AccessTopic::Dispensings, "dispensings of prescription %1"},
    {AccessTopic::DispensingList, "dispensing list"},
    {AccessTopic::LateDispensing, "late dispensing %1"},
    {AccessTopic::Dispensing, "dispensing %1"},
    {AccessTopic::MissedDoses, "missed doses"},
    {AccessTopic::Groups, "groups"},
    {AccessTopic::Group, "group %1"},
    {AccessTopic::Overview, "overview"},
    {AccessTopic::ReportListGroup, "report list %1 %2 (%3 %4)"},
    {AccessTopic::ReportListGroup, "report list %1 (%2 %3)"},
    {AccessTopic::ReportList, "report list %1 %2"},
    {AccessTopic::ReportList, "report list %1"},
    {AccessTopic::DisposalCandidates, "disposal candidates"},
    {AccessTopic::Disposal, "records disposed of: %1; last entry %2"},
    {AccessTopic::SeenBy, "who has seen the data"},
    {AccessTopic::AccessLogSearch, "access log search: user '%1', %2..%3"},
    {AccessTopic::AccessLogRetention, "access log retention %1 months"},
    {AccessTopic::AccessLogPurge, "access log entries before %1 removed: %2 (up to entry %3)"},
    {AccessTopic::Password, "password of staff %1"},
    {AccessTopic::AccountLockedUntil, "account locked until %1"},
    {AccessTopic::Backup, "backup %1"},
    {AccessTopic::RestoredKeeping, "restored from %1; the replaced file is kept as %2"},
    {AccessTopic::Restored, "restored from %1"},
    {AccessTopic::InterchangeImport, "interchange import"},
    {AccessTopic::InterchangeExport, "interchange export"},
    {AccessTopic::DemoDatabase, "demo database (%1 records)"},
    {AccessTopic::NewDatabase, "database and manager %1"},
    {AccessTopic::Printed, "printed %1"},
    {AccessTopic::PrintedPdf, "saved as PDF %1"},
    {AccessTopic::Spreadsheet, "exported %1 as %2"},
};

constexpr std::array<const char *, 11> documentCodes
    = {"day_list", "attendance_list", "dispensing_sheet", "client_status", "followup",
        "medication_overview", "seen_by", "effect_report", "member_list", "citizen_plan",
        "registry_list"};

qsizetype valueCount(const char *format)
{
    return QString::fromLatin1(format).count(QLatin1Char('%'));
}

// "course %1" -> ^course (.*?)$
const std::vector<QRegularExpression> &patterns()
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> list;
        static const QRegularExpression value(QStringLiteral("\\\\%\\d"));
        for (const DetailFormat &f : formats) {
            QString pattern = QRegularExpression::escape(QString::fromLatin1(f.format));
            pattern.replace(value, QStringLiteral("(.*?)"));
            list.emplace_back(QLatin1Char('^') + pattern + QLatin1Char('$'));
        }
        return list;
    }();
    return compiled;
}

} // namespace

QString accessDocumentCode(AccessDocument document)
{
    return QLatin1StringView(documentCodes[std::size_t(document)]).toString();
}

std::optional<AccessDocument> parseAccessDocument(QStringView code)
{
    for (std::size_t i = 0; i < documentCodes.size(); ++i) {
        if (code == QLatin1StringView(documentCodes[i])) return AccessDocument(i);
    }
    return std::nullopt;
}

QString accessDetail(AccessTopic topic, const QStringList &values)
{
    for (const DetailFormat &f : formats) {
        if (f.topic != topic || valueCount(f.format) != values.size()) continue;
        // Not QString::arg(): a value may itself hold "%1" (a file name).
        QString text;
        for (const char *c = f.format; *c; ++c) {
            if (*c == '%' && c[1] >= '1' && c[1] <= '9')
                text += values[*++c - '1'];
            else
                text += QLatin1Char(*c);
        }
        return text;
    }
    Q_ASSERT_X(false, "accessDetail", "no text for this topic with this many values");
    return values.join(QLatin1Char(' '));
}

std::optional<ParsedAccessDetail> parseAccessDetail(const QString &stored)
{
    const std::vector<QRegularExpression> &list = patterns();
    for (std::size_t i = 0; i < std::size(formats); ++i) {
        const QRegularExpressionMatch match = list[i].match(stored);
        if (!match.hasMatch()) continue;
        ParsedAccessDetail parsed {formats[i].topic, {}};
        for (int c = 1; c <= match.lastCapturedIndex(); ++c)
            parsed.values << match.captured(c);
        return parsed;
    }
    return std::nullopt;
}

QString staffReferenceOf(const ParsedAccessDetail &parsed)
{
    switch (parsed.topic) {
    case AccessTopic::CalendarStaff:
    case AccessTopic::Password:
    case AccessTopic::AccessLogSearch:
        return parsed.values.value(0);
    case AccessTopic::ReportListGroup: {
        // The group is the last value, its dimension the one before.
        const qsizetype n = parsed.values.size();
        return n >= 2 && parsed.values.at(n - 2) == QLatin1StringView("responsible")
            ? parsed.values.at(n - 1)
            : QString();
    }
    default:
        return QString();
    }
}

} // namespace mestring::core
