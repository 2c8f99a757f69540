#include "coursehistoryrules.h"

#include <QCoreApplication>

#include "core/domain/clock.h"
#include "issuehelpers.h"

namespace mestring::core {

QDate courseIntervalStart(const Course &course)
{
    return course.startDate.isValid() ? course.startDate : course.requestDate;
}

bool coursesOverlap(const Course &a, const Course &b)
{
    if (a.client != b.client || a.kind != b.kind) return false;
    const QDate aFrom = courseIntervalStart(a), bFrom = courseIntervalStart(b);
    if (!aFrom.isValid() || !bFrom.isValid()) return false;
    // An open end reaches every later day.
    const bool aReachesB = !a.endDate.isValid() || a.endDate >= bFrom;
    const bool bReachesA = !b.endDate.isValid() || b.endDate >= aFrom;
    return aReachesB && bReachesA;
}

RuleIssues checkCourseOverlap(const Course &course, std::span<const Course> clientCourses)
{
    for (const Course &other : clientCourses) {
        if (other.id == course.id || !coursesOverlap(course, other)) continue;
        const QString path = course.startDate.isValid() ? QStringLiteral("start_date")
                                                        : QStringLiteral("request_date");
        return {dataError(path,
            QCoreApplication::translate("mestring",
                "The course overlaps another course of the same kind for this "
                "client (id '%1'). A client has at most one active course of "
                "each kind: end the other course first, or correct the dates.")
                .arg(other.id))};
    }
    return {};
}

bool phaseHistoryGoesBack(const Course &course)
{
    for (std::size_t i = 1; i < course.phases.size(); ++i) {
        if (course.phases[i].phase < course.phases[i - 1].phase) return true;
    }
    return false;
}

namespace {

bool explainedByNote(
    const Course &course, const QDate &day, std::span<const JournalNote> clientNotes)
{
    for (const JournalNote &note : clientNotes) {
        if (note.client == course.client && Clock::centreDate(note.writtenAt) == day
            && (note.course.isEmpty() || note.course == course.id)) {
            return true;
        }
    }
    return false;
}

} // namespace

RuleIssues checkPhaseHistory(const Course &course, std::span<const JournalNote> clientNotes)
{
    RuleIssues issues;
    for (std::size_t i = 1; i < course.phases.size(); ++i) {
        const PhaseEntry &entry = course.phases[i];
        if (entry.phase >= course.phases[i - 1].phase
            || explainedByNote(course, entry.date, clientNotes)) {
            continue;
        }
        issues.push_back(workflowWarning(
            elementPath(QLatin1StringView("phases"), qsizetype(i), QLatin1StringView("phase")),
            QCoreApplication::translate("mestring",
                "The course goes back to an earlier phase without a "
                "journal note that day saying why. Write a note for "
                "the client explaining the step back.")));
    }
    return issues;
}

} // namespace mestring::core
