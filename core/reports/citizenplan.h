#pragma once

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include "core/domain/centreinfo.h"
#include "core/domain/enums.h"
#include "core/domain/goal.h"

namespace mestring::core {

/// How many coming appointments and group sessions the plan lists.
inline constexpr int citizenPlanAppointments = 8;
inline constexpr int citizenPlanGroupSessions = 6;

/// An active goal as the citizen reads it: their words, how they will see it, the steps.
struct CitizenPlanGoal
{
    Theme theme = Theme::SelfManagement;
    QString text;
    QString measure;
    QDate deadline;
    std::vector<SubGoal> subgoals; // in the plan's order, done ones too
};

struct CitizenPlanAppointment
{
    QDateTime start; // centre time
    int minutes = 0;
    AppointmentType type = AppointmentType::Individual;
    QString staffName;
    QString location;
};

struct CitizenPlanGroupSession
{
    QString groupName;
    QDate date;
    QTime start;
    QString topic;
    QStringList leaders;
};

/// Borgerens plan: what the therapist hands the citizen. Only what is theirs to read and act
/// on: the active goals in their own words, the steps with dates, who helps, the coming
/// appointments and group sessions, and how to reach the centre. No journal text, no scores,
/// no clinical codes.
struct CitizenPlan
{
    QDate today;
    QString clientId;
    QString name; // the client's name, or the alias of an anonymous client
    QStringList contactPersons; // the responsible staff of the open courses
    std::vector<CitizenPlanGoal> goals;
    std::vector<CitizenPlanAppointment> appointments;
    std::vector<CitizenPlanGroupSession> groupSessions;
    CentreInfo centre;
};

} // namespace mestring::core
