#include "feedbackrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

void checkRequired(const FitRating &rating, RuleIssues &issues)
{
    if (rating.id.isEmpty())
        issues.push_back(dataError(QStringLiteral("id"), tr("The FIT rating has no id.")));
    if (rating.course.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("course"),
            tr("The FIT rating belongs to no course. Choose the course.")));
    }
    if (!rating.date.isValid()) {
        issues.push_back(dataError(QStringLiteral("date"),
            tr("The FIT rating has no date. Enter the day of the session.")));
    }
    if (rating.appointment.isEmpty() == rating.session.isEmpty()) {
        issues.push_back(dataError(rating.appointment.isEmpty() ? QStringLiteral("appointment")
                                                                : QStringLiteral("session"),
            tr("A FIT rating belongs to one session: an appointment or a group session, not "
               "both and not neither.")));
    }
}

} // namespace

RuleIssues checkFitRating(const FitRating &rating)
{
    RuleIssues issues;
    checkRequired(rating, issues);
    for (std::size_t i = 0; i < rating.items.size(); ++i) {
        if (rating.items[i] >= 0 && rating.items[i] <= fit::itemMax) continue;
        issues.push_back(dataError(elementPath(QLatin1StringView("items"), qsizetype(i)),
            tr("Each FIT item is a mark from 0.0 to 10.0. Enter a number from 0 to 10 with at "
               "most one decimal.")));
    }
    return issues;
}

RuleIssues checkFitSession(const FitRating &rating, const FitSessionFacts &facts)
{
    RuleIssues issues;
    if (!facts.found) return issues;
    const QString sessionPath
        = rating.appointment.isEmpty() ? QStringLiteral("session") : QStringLiteral("appointment");
    if (rating.date.isValid() && facts.day.isValid() && rating.date != facts.day) {
        issues.push_back(dataError(QStringLiteral("date"),
            tr("A FIT rating is dated the day of its session (%1). Correct the date.")
                .arg(facts.day.toString(QStringLiteral("dd-MM-yyyy")))));
    }
    if (!rating.appointment.isEmpty() && !facts.appointmentCourse.isEmpty()
        && facts.appointmentCourse != rating.course) {
        issues.push_back(dataError(QStringLiteral("course"),
            tr("The appointment belongs to another course. A FIT rating belongs to the course "
               "of its appointment.")));
    }
    if (!rating.session.isEmpty() && !facts.member) {
        issues.push_back(dataError(QStringLiteral("course"),
            tr("The course is not a member of the session's group. Only members rate a group "
               "session.")));
    }
    const bool absent = (facts.appointmentStatus
                            && (*facts.appointmentStatus == AppointmentStatus::NoShow
                                || *facts.appointmentStatus == AppointmentStatus::CancelledClient
                                || *facts.appointmentStatus == AppointmentStatus::CancelledCentre))
        || (facts.attendance && *facts.attendance != AttendanceStatus::Attended);
    if (absent) {
        issues.push_back(dataError(sessionPath,
            tr("The client was not at this session (a no-show or cancelled), so there is no "
               "rating from it. Check the session, or correct its attendance first.")));
    }
    return issues;
}

RuleIssue fitDuplicateError(const FitRating &rating, const QString &first)
{
    return dataError(QStringLiteral("scale"),
        (rating.scale == FitScale::Ors
                ? tr("The client already has an ORS for this session (%1). A client rates the "
                     "ORS once per session: correct that rating instead.")
                : tr("The client already has an SRS for this session (%1). A client rates the "
                     "SRS once per session: correct that rating instead."))
            .arg(first));
}

} // namespace mestring::core
