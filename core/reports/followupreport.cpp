#include "followupreport.h"

#include <algorithm>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/services/caseloadservice.h"
#include "core/services/goalservice.h"
#include "core/services/noteservice.h"
#include "core/services/staffservice.h"

namespace mestring::core {

namespace {

void keepEarliest(QDate &earliest, const QDate &day)
{
    if (day.isValid() && (earliest.isNull() || day < earliest)) earliest = day;
}

QDate nextDueOf(const CaseloadRow &row, const std::vector<Goal> &goals)
{
    QDate due;
    for (const CaseloadFlag &flag : row.flags)
        keepEarliest(due, flag.due);
    for (const Goal &goal : goals) {
        keepEarliest(due, goal.deadline);
        for (const SubGoal &sub : goal.subgoals) {
            if (sub.doneDate.isNull()) keepEarliest(due, sub.deadline);
        }
    }
    return due;
}

// The latest phone note about the client written on or before `today`.
QDate latestPhoneNote(
    NoteService &notes, const Actor &actor, const QString &clientId, const QDate &today)
{
    QDate latest;
    NoteFilter filter;
    filter.kind = NoteKind::Phone;
    for (const NoteEntry &entry : notes.journal(actor, clientId, filter)) {
        const QDate day = Clock::centreDate(entry.note.writtenAt);
        if (day <= today && (latest.isNull() || day > latest)) latest = day;
    }
    return latest;
}

} // namespace

std::optional<GoalScore> latestScore(const Goal &goal)
{
    const auto latest = std::max_element(goal.scores.begin(), goal.scores.end(),
        [](const GoalScore &a, const GoalScore &b) { return a.date < b.date; });
    if (latest == goal.scores.end()) return std::nullopt;
    return *latest;
}

FollowupReport followupReport(
    RecordReaders readers, const Actor &actor, const QString &responsibleId, const QDate &today)
{
    FollowupReport report;
    report.today = today;
    report.noShowFrom = today.addMonths(-followupNoShowMonths).addDays(1);
    report.responsibleId = responsibleId;
    // First, so an empty id is refused (NotFound) rather than read as the whole centre.
    report.responsibleName = readers.staff.get(actor, responsibleId).name;
    CaseloadQuery query = CaseloadQuery::centre(today);
    query.responsible = responsibleId;
    CaseloadOverview overview = readers.caseload.overview(actor, query);
    for (CaseloadRow &row : overview.rows) {
        if (row.state == CaseloadRowState::Requested) {
            ++report.requestedRows;
            continue;
        }
        if (row.state == CaseloadRowState::Ended) {
            ++report.endedRows;
            continue;
        }
        // The registry is the intake desk's task, not part of the therapist's follow-up.
        std::erase_if(row.flags, [](const CaseloadFlag &f) { return isRegistryFlag(f.kind); });
        FollowupCourse course;
        for (Goal &goal : readers.goals.forCourse(actor, row.courseId)) {
            if (goal.status == GoalStatus::Active) course.goals.push_back(std::move(goal));
        }
        course.noShows = noShowRate(
            readers.appointments.forCourse(actor, row.courseId), report.noShowFrom, today);
        const QDate phone = latestPhoneNote(readers.notes, actor, row.clientId, today);
        course.lastContact = row.lastAttendedContact;
        if (phone.isValid() && (course.lastContact.isNull() || phone > course.lastContact)) {
            course.lastContact = phone;
            course.lastContactByPhone = true;
        }
        course.nextDue = nextDueOf(row, course.goals);
        course.row = std::move(row);
        report.courses.push_back(std::move(course));
    }
    return report;
}

QStringList clientsOf(const FollowupReport &report)
{
    QStringList clients;
    for (const FollowupCourse &course : report.courses) {
        if (!clients.contains(course.row.clientId)) clients << course.row.clientId;
    }
    return clients;
}

} // namespace mestring::core
