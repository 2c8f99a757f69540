#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QTime>

#include "enums.h"

namespace mestring::core {

struct GroupSession
{
    QString id;
    QDate date;
    QTime start;
    QString topic;

    friend bool operator==(const GroupSession &, const GroupSession &) = default;
};

struct GroupMember
{
    QString course;
    QDate from;
    QDate to;

    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};

/// A place on the waiting list; the list's order is the order people asked.
struct WaitingEntry
{
    QString course;
    QDate askedOn;

    friend bool operator==(const WaitingEntry &, const WaitingEntry &) = default;
};

struct GroupAttendance
{
    QString session;
    QString course;
    AttendanceStatus status = AttendanceStatus::Attended;

    friend bool operator==(const GroupAttendance &, const GroupAttendance &) = default;
};

/// A group course (gruppeforløb) with its sessions, members, waiting list and register.
struct GroupCourse
{
    QString id;
    QString name;
    GroupType type = GroupType::Psychoeducation;
    std::vector<QString> leaders; // staff ids
    std::optional<int> capacity;
    bool rolling = false;
    std::vector<GroupSession> sessions;
    std::vector<GroupMember> members;
    std::vector<WaitingEntry> waiting;
    std::vector<GroupAttendance> attendance;

    friend bool operator==(const GroupCourse &, const GroupCourse &) = default;
};

} // namespace mestring::core
