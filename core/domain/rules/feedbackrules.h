#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/domain/enums.h"
#include "core/domain/fitrating.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one FIT rating alone: id, course, date and scale present; exactly one of an
/// appointment or a group session; four items, each from 0.0 to 10.0.
/// Paths: "items[2]", "appointment", ...
RuleIssues checkFitRating(const FitRating &rating);

/// What the rating's session is, as the caller found it (the checker in the dataset, the
/// service in the database).
struct FitSessionFacts
{
    bool found = false; // the appointment or the group session exists
    QDate day; // the appointment's day or the session's date
    QString appointmentCourse; // appointments: the course it belongs to
    std::optional<AppointmentStatus> appointmentStatus;
    bool member = true; // group sessions: the course is a member of the session's group
    std::optional<AttendanceStatus> attendance; // group sessions: the member's attendance
};

/// Data rules between a rating and its session: the rating is dated the session's day, belongs
/// to the appointment's course (or a member of the group), and the client was there (not a
/// no-show or a cancelled session). Nothing when the session was not found (the caller reports
/// the missing reference).
RuleIssues checkFitSession(const FitRating &rating, const FitSessionFacts &facts);

/// The error for a second ORS (or SRS) of one client in one session; `first` names the rating
/// already given (a path or a date).
RuleIssue fitDuplicateError(const FitRating &rating, const QString &first);

} // namespace mestring::core
