#include "accessdetailtext.h"

#include <QCoreApplication>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "ui/formatting.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

using core::AccessTopic;

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString dateText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? formatDate(date) : isoDate;
}

QString staffText(const core::AccessLogLine &line)
{
    return line.detailStaffName.isEmpty() ? tr("a staff member") : line.detailStaffName;
}

// Texts that need nothing from the entry but their topic.
QString fixedText(AccessTopic topic)
{
    switch (topic) {
    case AccessTopic::Courses:
        return tr("Courses");
    case AccessTopic::Course:
        return tr("A course");
    case AccessTopic::Goals:
        return tr("Goals of a course");
    case AccessTopic::Goal:
        return tr("A goal");
    case AccessTopic::Assessments:
        return tr("Assessments of a course");
    case AccessTopic::Assessment:
        return tr("An assessment");
    case AccessTopic::Appointments:
        return tr("Appointments");
    case AccessTopic::CourseAppointments:
        return tr("Appointments of a course");
    case AccessTopic::Appointment:
        return tr("An appointment");
    case AccessTopic::AppointmentConflicts:
        return tr("Appointments, checked for overlaps while booking");
    case AccessTopic::CalendarCentre:
        return tr("The centre's calendar");
    case AccessTopic::Journal:
        return tr("Journal");
    case AccessTopic::Note:
        return tr("A journal note");
    case AccessTopic::Absences:
        return tr("Absence periods");
    case AccessTopic::AbsencePreview:
        return tr("Appointments a new absence period would cancel");
    case AccessTopic::Absence:
        return tr("An absence period");
    case AccessTopic::Prescriptions:
        return tr("Prescriptions");
    case AccessTopic::Prescription:
        return tr("A prescription");
    case AccessTopic::PrescriptionStopped:
        return tr("A prescription, stopped");
    case AccessTopic::PrescriptionReplaced:
        return tr("A prescription, replaced by a new dose");
    case AccessTopic::Dispensings:
        return tr("Dispensings of a prescription");
    case AccessTopic::LateDispensing:
        return tr("A dispensing registered after its day");
    case AccessTopic::Dispensing:
        return tr("A dispensing");
    case AccessTopic::MissedDoses:
        return tr("Missed doses");
    case AccessTopic::DispensingList:
        return tr("The dispensing list");
    case AccessTopic::Groups:
        return tr("Group courses");
    case AccessTopic::Group:
        return tr("A group course");
    case AccessTopic::Overview:
        return tr("The overview (caseload)");
    case AccessTopic::DisposalCandidates:
        return tr("The list of clients whose records may be disposed of");
    case AccessTopic::SeenBy:
        return tr("Who has seen my data");
    case AccessTopic::InterchangeImport:
        return tr("Read in from an interchange file");
    case AccessTopic::InterchangeExport:
        return tr("Written to an interchange file");
    default:
        return QString();
    }
}

QString reportListText(const QStringList &values)
{
    QString figure = indicatorTitle(values.value(0));
    if (const QString breakdown = breakdownTitle(values.value(1)); !breakdown.isEmpty())
        figure += QStringLiteral(" – ") + breakdown;
    return tr("List behind the report figure \"%1\"").arg(figure);
}

// Indicator, [breakdown,] dimension, group key: the group named as the report names it (the
// staff member's name for `responsible`, "Intet team" for no team).
QString reportListGroupText(const core::AccessLogLine &line, const QStringList &values)
{
    const qsizetype n = values.size();
    const QString key = values.value(n - 1);
    QString group = values.value(n - 2) + QLatin1Char(' ') + key;
    if (const auto dimension = core::parseEnum<core::ReportDimension>(values.value(n - 2))) {
        group = core::dimensionTitle(*dimension) + QStringLiteral(": ")
            + core::groupTitle(*dimension, key, line.detailStaffName);
    }
    return tr("%1, group %2").arg(reportListText(values.first(n - 2)), group);
}

QString accessLogSearchText(const core::AccessLogLine &line, const QStringList &values)
{
    QStringList parts;
    if (!values.value(0).isEmpty()) parts << line.detailStaffName;
    if (!values.value(1).isEmpty() || !values.value(2).isEmpty())
        parts << tr("%1 to %2").arg(dateText(values.value(1)), dateText(values.value(2)));
    parts.removeAll(QString());
    return parts.isEmpty()
        ? tr("Search in the access log")
        : tr("Search in the access log (%1)").arg(parts.join(QStringLiteral(", ")));
}

QString documentText(AccessTopic topic, const QStringList &values)
{
    const std::optional<core::AccessDocument> document = core::parseAccessDocument(values.value(0));
    const QString title = document ? accessDocumentTitle(*document) : values.value(0);
    if (topic == AccessTopic::Printed) return tr("%1 on paper").arg(title);
    if (topic == AccessTopic::PrintedPdf) return tr("%1 saved as PDF").arg(title);
    return tr("%1 as %2").arg(title, values.value(1).toUpper());
}

QString valuedText(const core::AccessLogLine &line, AccessTopic topic, const QStringList &v)
{
    switch (topic) {
    case AccessTopic::CalendarStaff:
        return tr("Calendar of %1").arg(staffText(line));
    case AccessTopic::DayAppointments:
        return tr("Appointments on %1").arg(dateText(v.value(0)));
    case AccessTopic::AbsenceCancelling: {
        // A count in a variable: lupdate 6.4 hangs on a call with a number inside
        // translate()'s count argument.
        const int count = v.value(1).toInt();
        return QCoreApplication::translate("mestring",
            "An absence period; %n appointment(s) cancelled", "", count);
    }
    case AccessTopic::MedicationList:
        return tr("Medication list of %1").arg(dateText(v.value(0)));
    case AccessTopic::ReportList:
        return reportListText(v);
    case AccessTopic::ReportListGroup:
        return reportListGroupText(line, v);
    case AccessTopic::Disposal: {
        const int count = v.value(0).toInt();
        return QCoreApplication::translate("mestring",
            "%n record(s) disposed of; the last entry was %1", "", count)
            .arg(dateText(v.value(1)));
    }
    case AccessTopic::AccessLogSearch:
        return accessLogSearchText(line, v);
    case AccessTopic::AccessLogRetention: {
        const int count = v.value(0).toInt();
        return QCoreApplication::translate(
            "mestring", "The access log is kept for %n month(s)", "", count);
    }
    case AccessTopic::AccessLogPurge: {
        const int count = v.value(1).toInt();
        return QCoreApplication::translate(
            "mestring", "%n entry(s) from before %1 removed", "", count)
            .arg(dateText(v.value(0)));
    }
    case AccessTopic::Password:
        return tr("Password set for %1").arg(staffText(line));
    case AccessTopic::AccountLockedUntil: {
        const QDateTime until = QDateTime::fromString(v.value(0), Qt::ISODate);
        return tr("The account was locked until %1")
            .arg(until.isValid() ? formatDate(core::Clock::centreTime(until).date()) + QLatin1Char(' ')
                        + core::Clock::centreTime(until).toString(QStringLiteral("HH:mm"))
                                 : v.value(0));
    }
    case AccessTopic::Backup:
        return tr("Backup %1").arg(v.value(0));
    case AccessTopic::RestoredKeeping:
        return tr("Restored from %1; the replaced file is kept as %2").arg(v.value(0), v.value(1));
    case AccessTopic::Restored:
        return tr("Restored from %1").arg(v.value(0));
    case AccessTopic::DemoDatabase:
        return tr("Demo database with %1 records").arg(v.value(0));
    case AccessTopic::NewDatabase:
        return tr("New database with the manager %1").arg(v.value(0));
    case AccessTopic::Printed:
    case AccessTopic::PrintedPdf:
    case AccessTopic::Spreadsheet:
        return documentText(topic, v);
    default:
        return fixedText(topic);
    }
}

} // namespace

QString accessDocumentTitle(core::AccessDocument document)
{
    switch (document) {
    case core::AccessDocument::DayList:
        return tr("Day list");
    case core::AccessDocument::AttendanceList:
        return tr("Attendance list");
    case core::AccessDocument::DispensingSheet:
        return tr("Dispensing sheet");
    case core::AccessDocument::ClientStatus:
        return tr("Client status");
    case core::AccessDocument::Followup:
        return tr("Follow-up per therapist");
    case core::AccessDocument::MedicationOverview:
        return tr("Medication overview");
    case core::AccessDocument::SeenBy:
        return tr("Who has seen my data");
    case core::AccessDocument::EffectReport:
        return tr("Effect goals");
    case core::AccessDocument::MemberList:
        return tr("List behind a report figure");
    case core::AccessDocument::CitizenPlan:
        return tr("The client's plan");
    case core::AccessDocument::RegistryList:
        return tr("Registry worklist");
    }
    return QString();
}

QString accessDetailText(const core::AccessLogLine &line)
{
    const core::AccessLogEntry &e = line.entry;
    if (!e.searchText.isEmpty()) return tr("Search: %1").arg(e.searchText);
    if (e.detail.isEmpty()) {
        // A client's own entry without detail is their master data (opened, made, changed).
        return e.client.isEmpty() ? QString() : tr("Master data");
    }
    const std::optional<core::ParsedAccessDetail> parsed = core::parseAccessDetail(e.detail);
    return parsed ? valuedText(line, parsed->topic, parsed->values) : e.detail;
}

} // namespace mestring::ui
