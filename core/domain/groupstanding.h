#pragma once

#include <QDate>
#include <QString>

#include "groupcourse.h"

namespace mestring::core {

/// How one treatment course stands in a group on a day: member, left or waiting, and its
/// attendance at the sessions held while it was a member.
struct GroupStanding
{
    bool member = false; // a member on the day (joined on or before it, not left before it)
    bool left = false; // was a member and left before the day
    int waitingPosition = 0; // 1 = next to get a place; 0 when not waiting
    int held = 0; // sessions on or before the day while the course was a member
    int attended = 0;
    int noShow = 0;
    int cancelled = 0; // cancelled by the client (afbud)

    bool waiting() const { return waitingPosition > 0; }
};

/// Whether `courseId` was a member of `group` on `day` (any of its membership periods).
bool isGroupMemberOn(const GroupCourse &group, const QString &courseId, const QDate &day);

/// The standing of `courseId` in `group` on `day`. Attendance counts only sessions held on or
/// before `day` within a membership period, as recordAttendance accepts only those.
GroupStanding groupStanding(const GroupCourse &group, const QString &courseId, const QDate &day);

/// The first session on or after `day` (sessions in date and start order); null when none.
const GroupSession *nextGroupSession(const GroupCourse &group, const QDate &day);

} // namespace mestring::core
