#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "aftercommit.h"
#include "clientservice.h"
#include "core/domain/groupcourse.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// The outcome of asking for a place in a group.
struct EnrolResult : SaveResult
{
    bool waiting = false; // the group was full: the course joined the waiting list
    int waitingPosition = 0; // 1 = next to get a place (when waiting)
};

/// A member left; the courses that moved up from the waiting list into the freed places.
struct LeaveResult : SaveResult
{
    std::vector<QString> promoted;
};

/// The client behind a member's or waiting treatment course, for showing a group's people.
struct GroupPerson
{
    QString course;
    QString client;
    QString name; // Client::displayName(): the alias for anonymous clients
    QDate birthDate;
};

/// A group with the people in it (members, former members and waiting, each course once).
struct GroupDetails
{
    GroupCourse group;
    std::vector<GroupPerson> people;

    /// The person of a course in the group; null when the course is not in it.
    const GroupPerson *person(const QString &courseId) const;
};

/// Group courses (gruppeforløb): create, sessions, members, waiting list and attendance. A
/// member is a treatment course. Capacity counts the members who have not left; when the group
/// is full a new member joins the waiting list in the order people asked, and a freed place
/// (someone leaves, or the capacity is raised) goes to the first on the list whose course is
/// still open. Needs ManageGroups (clinical staff may read); every read and change of a
/// member's data is written to the access log under the member's client.
class GroupService : public QObject
{
    Q_OBJECT

public:
    GroupService(const Database &db, AccessLog &log, const Clock &clock,
                 QObject *parent = nullptr);

    std::vector<GroupCourse> list(const Actor &actor);
    GroupCourse get(const Actor &actor, const QString &groupId);
    /// The group with the name of every member's and waiting course's client (as get(): one
    /// read logged per client), so a screen can name people without a read per course.
    GroupDetails details(const Actor &actor, const QString &groupId);
    /// Groups a treatment course is in, was in or waits for.
    std::vector<GroupCourse> forCourse(const Actor &actor, const QString &courseId);

    /// Creates a group with its leaders and planned sessions (ids assigned when empty).
    /// Members join through enrol(), so members, waiting list and register must be empty.
    SaveResult create(const Actor &actor, GroupCourse group);
    /// Changes name, type, leaders, capacity and rolling; a raised capacity moves people up
    /// from the waiting list (from today).
    LeaveResult updateDetails(const Actor &actor, const GroupCourse &details);
    /// Adds a session; the result's id is the session's.
    SaveResult addSession(const Actor &actor, const QString &groupId, GroupSession session);
    /// Asks for a place from `askedOn`: a member at once when there is room, else waiting.
    EnrolResult enrol(
        const Actor &actor, const QString &groupId, const QString &courseId, const QDate &askedOn);
    /// A member leaves after `lastDay` (or a waiting course leaves the list); freed places
    /// go to the waiting list from the day after.
    LeaveResult leave(
        const Actor &actor, const QString &groupId, const QString &courseId, const QDate &lastDay);
    /// Records (or corrects) a member's attendance at one session; a session after today is
    /// refused (nothing to record yet).
    SaveResult recordAttendance(const Actor &actor, const QString &groupId,
        const QString &sessionId, const QString &courseId, AttendanceStatus status);

    /// Members who have not left by `day` (to null or on/after `day`).
    static int occupiedOn(const GroupCourse &group, const QDate &day);

Q_SIGNALS:
    void groupChanged(const QString &groupId);

private:
    GroupCourse requireGroup(const QString &groupId) const;
    std::vector<QString> promote(GroupCourse &group, const QDate &from) const;
    void logMembers(const Actor &actor, const GroupCourse &group);
    /// Inside a unit of work (m_after.run): stores the group whole; its signal follows the
    /// commit.
    void save(const Actor &actor, const GroupCourse &group, bool isNew,
        const std::vector<QString> &changedCourses);
    void lockGroups() const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
    AfterCommit m_after;
};

} // namespace mestring::core
