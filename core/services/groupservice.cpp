#include "groupservice.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/grouprules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/transaction.h"
#include "core/storage/unitofwork.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

bool isMemberOn(const GroupMember &m, const QDate &day)
{
    return m.from <= day && (!m.to.isValid() || day <= m.to);
}

bool hasNotLeft(const GroupMember &m, const QDate &day)
{
    return !m.to.isValid() || m.to >= day;
}

RuleIssues startedClosedGroupWarning(const GroupCourse &group, const QDate &from)
{
    const bool started = std::any_of(group.sessions.begin(), group.sessions.end(),
        [&](const GroupSession &s) { return s.date < from; });
    if (group.rolling || !started) return {};
    return {workflowWarning(QStringLiteral("members"),
        QCoreApplication::translate("mestring",
            "The group has already started and "
            "does not take new members along the "
            "way. Check with the group leaders."))};
}

} // namespace

GroupService::GroupService(const Database &db, AccessLog &log, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

int GroupService::occupiedOn(const GroupCourse &group, const QDate &day)
{
    return int(std::count_if(group.members.begin(), group.members.end(),
        [&](const GroupMember &m) { return hasNotLeft(m, day); }));
}

GroupCourse GroupService::requireGroup(const QString &groupId) const
{
    std::optional<GroupCourse> group = GroupCourseRepository(m_db).byId(groupId);
    if (!group) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The group no longer exists. "
            "Open the groups again."));
    }
    return *group;
}

void GroupService::logMembers(const Actor &actor, const GroupCourse &group)
{
    QSet<QString> courses;
    for (const GroupMember &m : group.members)
        courses.insert(m.course);
    for (const WaitingEntry &w : group.waiting)
        courses.insert(w.course);
    QSet<QString> clients;
    CourseRepository repository(m_db);
    for (const QString &courseId : std::as_const(courses)) {
        if (const std::optional<Course> course = repository.byId(courseId))
            clients.insert(course->client);
    }
    for (const QString &client : std::as_const(clients))
        m_log.record(actor, AccessKind::Read, client, accessDetail(AccessTopic::Group, {group.id}));
}

std::vector<GroupCourse> GroupService::list(const Actor &actor)
{
    requireAnyPermission(actor, {Permission::ManageGroups, Permission::ReadClinical});
    std::vector<GroupCourse> groups = GroupCourseRepository(m_db).all();
    for (const GroupCourse &group : groups)
        logMembers(actor, group);
    return groups;
}

GroupCourse GroupService::get(const Actor &actor, const QString &groupId)
{
    requireAnyPermission(actor, {Permission::ManageGroups, Permission::ReadClinical});
    GroupCourse group = requireGroup(groupId);
    logMembers(actor, group);
    return group;
}

const GroupPerson *GroupDetails::person(const QString &courseId) const
{
    const auto found = std::find_if(
        people.begin(), people.end(), [&](const GroupPerson &p) { return p.course == courseId; });
    return found == people.end() ? nullptr : &*found;
}

GroupDetails GroupService::details(const Actor &actor, const QString &groupId)
{
    GroupDetails details;
    details.group = get(actor, groupId);
    CourseRepository courses(m_db);
    ClientRepository clients(m_db);
    auto add = [&](const QString &courseId) {
        if (details.person(courseId)) return;
        GroupPerson person;
        person.course = courseId;
        if (const std::optional<Course> course = courses.byId(courseId)) {
            person.client = course->client;
            if (const std::optional<Client> client = clients.byId(course->client)) {
                person.name = client->displayName();
                person.birthDate = client->birthDate;
            }
        }
        details.people.push_back(person);
    };
    for (const GroupMember &m : details.group.members)
        add(m.course);
    for (const WaitingEntry &w : details.group.waiting)
        add(w.course);
    return details;
}

std::vector<GroupCourse> GroupService::forCourse(const Actor &actor, const QString &courseId)
{
    requireAnyPermission(actor, {Permission::ManageGroups, Permission::ReadClinical});
    const Course course = requireCourse(m_db, courseId);
    m_log.record(actor, AccessKind::Read, course.client, accessDetail(AccessTopic::Groups));
    return GroupCourseRepository(m_db).forCourse(courseId);
}

void GroupService::save(const Actor &actor, const GroupCourse &group, bool isNew,
    const std::vector<QString> &changedCourses)
{
    refuseOnErrors(checkGroup(group));
    for (const QString &leader : group.leaders)
        requireStaff(m_db, leader);
    QSet<QString> clients;
    for (const QString &courseId : changedCourses)
        clients.insert(requireCourse(m_db, courseId).client);

    if (isNew)
        GroupCourseRepository(m_db).insert(group);
    else
        GroupCourseRepository(m_db).update(group);
    for (const QString &client : std::as_const(clients)) {
        m_log.appendInTransaction(actor, AccessKind::Change, client, QString(),
            accessDetail(AccessTopic::Group, {group.id}));
    }
    m_after.add([this, id = group.id] { Q_EMIT groupChanged(id); });
}

void GroupService::lockGroups() const
{
    // A change rewrites the group's lists; a mark writes one cell of its register. One writer
    // at a time for all of them (a server waits here; a file's writers take turns anyway), so
    // what one reads is never overwritten by another's older read.
    lockForAppend(m_db, "group_attendance");
}

std::vector<QString> GroupService::promote(GroupCourse &group, const QDate &from) const
{
    std::vector<QString> promoted;
    CourseRepository courses(m_db);
    while (
        !group.waiting.empty() && (!group.capacity || occupiedOn(group, from) < *group.capacity)) {
        const WaitingEntry next = group.waiting.front();
        group.waiting.erase(group.waiting.begin());
        // A course that ended while waiting gives up its turn.
        const std::optional<Course> course = courses.byId(next.course);
        if (!course || !course->isOpen()) continue;
        group.members.push_back({next.course, from, QDate()});
        promoted.push_back(next.course);
    }
    return promoted;
}

SaveResult GroupService::create(const Actor &actor, GroupCourse group)
{
    requirePermission(actor, Permission::ManageGroups);
    if (!group.members.empty() || !group.waiting.empty() || !group.attendance.empty()) {
        refuse(QStringLiteral("members"),
            QCoreApplication::translate("mestring",
                "Create the group first, then add its "
                "members one by one."));
    }
    if (group.id.isEmpty()) group.id = newId();
    for (GroupSession &session : group.sessions) {
        if (session.id.isEmpty()) session.id = newId();
    }
    return m_after.run(m_db, [&] {
        save(actor, group, true, {});
        return SaveResult {group.id, {}};
    });
}

LeaveResult GroupService::updateDetails(const Actor &actor, const GroupCourse &details)
{
    requirePermission(actor, Permission::ManageGroups);
    return m_after.run(m_db, [&] {
        lockGroups();
        GroupCourse group = requireGroup(details.id);
        group.name = details.name;
        group.type = details.type;
        group.leaders = details.leaders;
        group.capacity = details.capacity;
        group.rolling = details.rolling;
        LeaveResult result;
        result.id = group.id;
        if (group.capacity && occupiedOn(group, m_clock.today()) > *group.capacity) {
            result.warnings.push_back(workflowWarning(QStringLiteral("capacity"),
                QCoreApplication::translate("mestring",
                    "The group has more members than the new "
                    "capacity. Nobody is removed; new members "
                    "wait until there is room.")));
        }
        result.promoted = promote(group, m_clock.today());
        save(actor, group, false, result.promoted);
        return result;
    });
}

SaveResult GroupService::addSession(
    const Actor &actor, const QString &groupId, GroupSession session)
{
    requirePermission(actor, Permission::ManageGroups);
    if (session.id.isEmpty()) session.id = newId();
    return m_after.run(m_db, [&] {
        lockGroups();
        GroupCourse group = requireGroup(groupId);
        group.sessions.push_back(session);
        std::stable_sort(group.sessions.begin(), group.sessions.end(),
            [](const GroupSession &a, const GroupSession &b) { return a.date < b.date; });
        save(actor, group, false, {});
        return SaveResult {session.id, {}};
    });
}

EnrolResult GroupService::enrol(
    const Actor &actor, const QString &groupId, const QString &courseId, const QDate &askedOn)
{
    requirePermission(actor, Permission::ManageGroups);
    return m_after.run(m_db, [&] {
        lockGroups();
        GroupCourse group = requireGroup(groupId);
        const Course course = requireCourse(m_db, courseId);
        if (!course.isOpen()) {
            refuse(QStringLiteral("course"),
                QCoreApplication::translate("mestring",
                    "The treatment course has ended. Only "
                    "clients in an open course can join a "
                    "group."));
        }
        if (!askedOn.isValid()) {
            refuse(QStringLiteral("from"),
                QCoreApplication::translate("mestring",
                    "Enter the day the client asked for a "
                    "place."));
        }
        // The client, not the course: a client with an alcohol and a drug course takes one place
        // (and is one row in the register), whichever course they come through.
        CourseRepository courses(m_db);
        const auto sameClient = [&](const QString &otherCourse) {
            if (otherCourse == courseId) return true;
            const std::optional<Course> other = courses.byId(otherCourse);
            return other && other->client == course.client;
        };
        const bool member = std::any_of(group.members.begin(), group.members.end(),
            [&](const GroupMember &m) { return hasNotLeft(m, askedOn) && sameClient(m.course); });
        const bool waiting = std::any_of(group.waiting.begin(), group.waiting.end(),
            [&](const WaitingEntry &w) { return sameClient(w.course); });
        if (member || waiting) {
            refuse(QStringLiteral("members"),
                QCoreApplication::translate("mestring",
                    "The client is already in this group "
                    "or on its waiting list."));
        }
        EnrolResult result;
        result.id = courseId;
        if (group.capacity && occupiedOn(group, askedOn) >= *group.capacity) {
            // The list is in the order people asked, also when a request is registered late.
            const auto at = std::upper_bound(group.waiting.begin(), group.waiting.end(), askedOn,
                [](const QDate &d, const WaitingEntry &w) {
                    return w.askedOn.isValid() && d < w.askedOn;
                });
            result.waitingPosition = int(at - group.waiting.begin()) + 1;
            group.waiting.insert(at, {courseId, askedOn});
            result.waiting = true;
        } else {
            result.warnings = startedClosedGroupWarning(group, askedOn);
            group.members.push_back({courseId, askedOn, QDate()});
        }
        save(actor, group, false, {courseId});
        return result;
    });
}

LeaveResult GroupService::leave(
    const Actor &actor, const QString &groupId, const QString &courseId, const QDate &lastDay)
{
    requirePermission(actor, Permission::ManageGroups);
    return m_after.run(m_db, [&] {
        lockGroups();
        GroupCourse group = requireGroup(groupId);
        LeaveResult result;
        result.id = courseId;
        const auto waiting = std::find_if(group.waiting.begin(), group.waiting.end(),
            [&](const WaitingEntry &w) { return w.course == courseId; });
        if (waiting != group.waiting.end()) {
            group.waiting.erase(waiting);
            save(actor, group, false, {courseId});
            return result;
        }
        const auto member = std::find_if(group.members.begin(), group.members.end(),
            [&](const GroupMember &m) { return m.course == courseId && !m.to.isValid(); });
        if (member == group.members.end()) {
            throw NotFound(QCoreApplication::translate("mestring",
                "The client is not a member of "
                "this group."));
        }
        if (!lastDay.isValid() || lastDay < member->from) {
            refuse(QStringLiteral("to"),
                QCoreApplication::translate("mestring",
                    "Enter the client's last day in the "
                    "group, on or after the first day (%1).")
                    .arg(shownDate(member->from)));
        }
        member->to = lastDay;
        result.promoted = promote(group, lastDay.addDays(1));
        std::vector<QString> changed = result.promoted;
        changed.push_back(courseId);
        save(actor, group, false, changed);
        return result;
    });
}

SaveResult GroupService::recordAttendance(const Actor &actor, const QString &groupId,
    const QString &sessionId, const QString &courseId, AttendanceStatus status)
{
    requirePermission(actor, Permission::ManageGroups);
    // Read, checked and written in one unit of work, and only the one cell: a leader marking
    // another member at the same time (another PC) is neither overwritten nor lost.
    runUnitOfWork(m_db, [&] {
        // One mark at a time in the whole register (a server waits here; a file's writers take
        // turns anyway): the checks below see every mark made before, and two new cells never
        // take the same place in the register's order.
        lockGroups();
        const GroupCourse group = requireGroup(groupId);
        const auto session = std::find_if(group.sessions.begin(), group.sessions.end(),
            [&](const GroupSession &s) { return s.id == sessionId; });
        if (session == group.sessions.end()) {
            throw NotFound(QCoreApplication::translate("mestring",
                "The session is not part of "
                "this group."));
        }
        if (session->date > m_clock.today()) {
            refuse(QStringLiteral("attendance"),
                QCoreApplication::translate("mestring",
                    "The session on %1 has not been held yet. "
                    "Record attendance on or after the day.")
                    .arg(shownDate(session->date)));
        }
        const bool member
            = std::any_of(group.members.begin(), group.members.end(), [&](const GroupMember &m) {
                  return m.course == courseId && isMemberOn(m, session->date);
              });
        if (!member) {
            refuse(QStringLiteral("attendance"),
                QCoreApplication::translate("mestring",
                    "The client was not a member of the "
                    "group on %1. Record attendance for "
                    "members only.")
                    .arg(shownDate(session->date)));
        }
        if (status != AttendanceStatus::Attended) {
            for (const FitRating &r : FeedbackRepository(m_db).forGroupSession(sessionId)) {
                if (r.course != courseId) continue;
                refuse(QStringLiteral("attendance"),
                    QCoreApplication::translate("mestring",
                        "The client filled in FIT at this session, so they were there. Correct "
                        "the FIT rating first if it belongs to another session."));
            }
        }
        GroupCourseRepository(m_db).setAttendance(groupId, {sessionId, courseId, status});
        m_log.appendInTransaction(actor, AccessKind::Change, requireCourse(m_db, courseId).client,
            QString(), accessDetail(AccessTopic::Group, {groupId}));
    });
    Q_EMIT groupChanged(groupId);
    return {sessionId, {}};
}

} // namespace mestring::core
