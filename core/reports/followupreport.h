#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/domain/caseload.h"
#include "core/domain/goal.h"
#include "core/domain/noshowrate.h"
#include "core/services/actor.h"
#include "recordreaders.h"

namespace mestring::core {

/// The no-show rate of the printed reports looks back this many months from the day printed.
inline constexpr int followupNoShowMonths = 12;

/// The score of the latest date (domain.md: "the last status score"), nullopt without scores.
std::optional<GoalScore> latestScore(const Goal &goal);

/// One active course on the caseload review.
struct FollowupCourse
{
    /// The caseload row: client, kind, phase, next planned appointment and the flags.
    CaseloadRow row;
    /// The latest contact on or before the day: an attended appointment of the course or a
    /// phone note about the client (any course); null when there is none.
    QDate lastContact;
    bool lastContactByPhone = false;
    /// The earliest of the flags' due dates, the deadlines of active goals and of sub-goals not
    /// done; null when there is none.
    QDate nextDue;
    /// The course's active goals in plan order.
    std::vector<Goal> goals;
    /// Over the course's appointments starting in [noShowFrom, today].
    NoShowRate noShows;
};

/// Opfølgning pr. behandler: the coordinator's 8-weekly caseload review of one therapist.
struct FollowupReport
{
    QDate today;
    QDate noShowFrom; // today - 12 months + 1 day
    QString responsibleId;
    QString responsibleName;
    /// Every active course the therapist is responsible for, in the caseload's order (client
    /// name, birth date, course id). Requests not started and ended courses are left out.
    std::vector<FollowupCourse> courses;
    /// Rows of the therapist's caseload that are not active (requests, post-discharge
    /// follow-ups), counted so the page can say they are left out.
    int requestedRows = 0;
    int endedRows = 0;
};

/// The clients the review names, in its order (for the access log when it is printed).
QStringList clientsOf(const FollowupReport &report);

/// Assembles the review from the services (CaseloadService for rows and flags, GoalService,
/// AppointmentService, NoteService for phone notes), which check the permissions (another
/// staff member's caseload needs ViewReports) and log every read. Throws what they throw.
FollowupReport followupReport(
    RecordReaders readers, const Actor &actor, const QString &responsibleId, const QDate &today);

} // namespace mestring::core
