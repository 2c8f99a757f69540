#include "datasetcheck.h"

#include <algorithm>

#include <QHash>

#include "appointmentrules.h"
#include "clientrules.h"
#include "core/domain/cpr.h"
#include "coursehistoryrules.h"
#include "courserules.h"
#include "goalrules.h"
#include "noterules.h"
#include "staffrules.h"
#include "targetrules.h"

namespace mestring::core {

void DatasetCheck::checkStaff()
{
    QHash<QStringView, int> firstWithUsername;
    for (std::size_t row = 0; row < m_data.staff.size(); ++row) {
        const StaffMember &member = m_data.staff[row];
        if (member.username.isEmpty()) continue;
        const auto first = firstWithUsername.constFind(member.username);
        if (first == firstWithUsername.cend()) {
            firstWithUsername.insert(member.username, int(row));
            continue;
        }
        report(Section::Staff, row,
            checkUsernameUnique(member, std::span(&m_data.staff[std::size_t(*first)], 1)));
    }
}

void DatasetCheck::checkClients()
{
    QHash<QString, int> firstWithCpr;
    for (std::size_t row = 0; row < m_data.clients.size(); ++row) {
        const Client &client = m_data.clients[row];
        if (client.cpr.isEmpty()) continue;
        const QString cpr = normalizedCpr(client.cpr);
        const auto first = firstWithCpr.constFind(cpr);
        if (first == firstWithCpr.cend()) {
            firstWithCpr.insert(cpr, int(row));
            continue;
        }
        report(Section::Clients, row,
            checkCprUnique(client, std::span(&m_data.clients[std::size_t(*first)], 1)));
    }
}

void DatasetCheck::checkCourses()
{
    for (std::size_t row = 0; row < m_data.courses.size(); ++row) {
        const int client = m_index.clientOfCourse[row];
        if (client >= 0) {
            report(Section::Courses, row,
                checkCourseClient(m_data.courses[row], m_data.clients[std::size_t(client)]));
        }
    }
    for (int client = 0; client < int(m_data.clients.size()); ++client)
        sweepCourseOverlaps(client);
    checkPhaseNotes();
}

// Sorted by kind and start, a course overlaps an earlier one exactly when it starts on or before
// the furthest end reached so far: O(n log n) instead of comparing every pair.
void DatasetCheck::sweepCourseOverlaps(int client)
{
    const std::span<const int> rows = m_index.coursesByClient.rows(client);
    if (rows.size() < 2) return;
    const auto &courses = m_data.courses;
    std::vector<int> sorted;
    for (int row : rows) {
        if (courseIntervalStart(courses[std::size_t(row)]).isValid()) sorted.push_back(row);
    }
    std::sort(sorted.begin(), sorted.end(), [&courses](int a, int b) {
        const Course &x = courses[std::size_t(a)], &y = courses[std::size_t(b)];
        const QDate xs = courseIntervalStart(x), ys = courseIntervalStart(y);
        return std::tie(x.kind, xs, a) < std::tie(y.kind, ys, b);
    });
    int reach = -1; // the course of this kind reaching furthest so far
    for (int row : sorted) {
        const Course &course = courses[std::size_t(row)];
        if (reach >= 0 && courses[std::size_t(reach)].kind != course.kind) reach = -1;
        if (reach >= 0) {
            report(Section::Courses, std::size_t(row),
                checkCourseOverlap(course, std::span(&courses[std::size_t(reach)], 1)));
        }
        const QDate reachEnd = reach >= 0 ? courses[std::size_t(reach)].endDate : QDate();
        const bool reachesFurther = reach < 0
            || (reachEnd.isValid() && (!course.endDate.isValid() || course.endDate > reachEnd));
        if (reachesFurther) reach = row;
    }
}

void DatasetCheck::checkPhaseNotes()
{
    for (std::size_t row = 0; row < m_data.courses.size(); ++row) {
        const Course &course = m_data.courses[row];
        if (!phaseHistoryGoesBack(course)) continue;
        // Rare, so the client's notes are copied only here.
        std::vector<JournalNote> notes;
        if (const int client = m_index.clientOfCourse[row]; client >= 0) {
            for (int note : m_index.notesByClient.rows(client))
                notes.push_back(m_data.notes[std::size_t(note)]);
        }
        report(Section::Courses, row, checkPhaseHistory(course, notes));
    }
}

void DatasetCheck::checkGoals()
{
    for (int course = 0; course < m_index.goalsByCourse.groupCount(); ++course) {
        std::vector<Goal> firstActive; // the first three active goals, in document order
        for (int row : m_index.goalsByCourse.rows(course)) {
            const Goal &goal = m_data.goals[std::size_t(row)];
            if (goal.status != GoalStatus::Active) continue;
            if (firstActive.size() < std::size_t(maxActiveGoals))
                firstActive.push_back(goal);
            else
                report(Section::Goals, std::size_t(row), checkActiveGoalLimit(goal, firstActive));
        }
    }
}

void DatasetCheck::checkAppointments()
{
    for (std::size_t row = 0; row < m_data.appointments.size(); ++row) {
        const Appointment &appointment = m_data.appointments[row];
        if (appointment.status != AppointmentStatus::Planned) continue;
        const int client = m_index.clientOfAppointment(row);
        if (client < 0) continue;
        report(Section::Appointments, row,
            checkAppointmentAbsences(
                appointment, m_index.absencesByClient.span(m_absencesByClient, client)));
    }
}

void DatasetCheck::checkNotes()
{
    for (std::size_t row = 0; row < m_data.notes.size(); ++row) {
        const JournalNote &note = m_data.notes[row];
        if (const int course = m_index.courses.find(note.course); course >= 0) {
            report(Section::Notes, row, checkNoteCourse(note, m_data.courses[std::size_t(course)]));
        }
        if (!note.addendumTo.isEmpty()) {
            const int original = m_index.notes.find(note.addendumTo);
            report(Section::Notes, row,
                checkAddendum(
                    note, original >= 0 ? &m_data.notes[std::size_t(original)] : nullptr));
        }
    }
}

void DatasetCheck::checkTargets()
{
    QHash<QString, int> first;
    for (std::size_t row = 0; row < m_data.targets.size(); ++row) {
        const EffectTarget &target = m_data.targets[row];
        // A null breakdown (the whole indicator) differs from every named one.
        const QString key = target.indicator + QChar(0x1f)
            + (target.breakdown.isNull() ? QString(QChar(0x1e)) : target.breakdown) + QChar(0x1f)
            + QString::number(target.year);
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, int(row));
            continue;
        }
        report(Section::Targets, row,
            checkTargetUnique(target, std::span(&m_data.targets[std::size_t(*it)], 1)));
    }
}

} // namespace mestring::core
