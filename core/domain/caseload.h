#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "enums.h"

namespace mestring::core {

// The thresholds of the caseload overview (Overblik). Day counts follow domain.md: "more than
// N days before today" is flagged, the N-th day itself is still on time.
inline constexpr int guaranteeWarningDay = 10; // warn from request + 10 days
inline constexpr int guaranteeDays = 14; // overdue when today > request + 14 days
inline constexpr int followupAssessmentDays = 91; // as the followup_overdue indicator
inline constexpr int noContactDays = 30;
inline constexpr int noShowsInRow = 3;
inline constexpr int goalScoreDays = 91;
inline constexpr int postDischarge1mDays = 30;
inline constexpr int postDischarge6mDays = 182;
/// A post-discharge follow-up stays on the overview until it is recorded, or until the next
/// one is due (post_1m), or until a year after the end (post_6m).
inline constexpr int postDischargeListedDays = 365;
inline constexpr int medicalReviewDays = 183; // as the medical_review_overdue indicator

/// What the overview asks someone to do about a course.
enum class CaseloadFlagKind {
    GuaranteeWarning, // request registered, not started, today >= request + 10
    GuaranteeOverdue, // not started and today > request + 14
    FollowupAssessmentDue, // latest assessment (or start) more than 91 days ago
    NoAttendedContact30, // no attended appointment (or start) in more than 30 days
    ThreeNoShowsInRow, // the last three appointments with a final status are no-shows
    ContactAfterNoShow, // "kontakt borgeren": a no-show with no later contact
    ContactAfterMissedAntabus, // "kontakt borgeren": missed supervised antabus doses
    GoalPastDeadline, // an active goal whose deadline has passed
    GoalScoreDue, // an active goal without a status score for more than 91 days
    PostDischargeFollowupDue, // post_1m / post_6m assessment due after discharge
    MedicalReviewOverdue, // substitution/antabus client without a review for > 183 days
    SrsBelow36, // the course's latest SRS is below 36: the alliance needs a talk
    NoProgress, // "ingen fremgang": the 3rd or later ORS is not 5 points above the first
    RegistryOverdue, // an event of the course is past its registry deadline, not reported
};

/// Every flag kind in declaration order.
std::vector<CaseloadFlagKind> caseloadFlagKinds();
/// A stable code for the flag ("guarantee_warning", ...), for settings and tests.
QString caseloadFlagCode(CaseloadFlagKind kind);
/// The short text shown on the overview, translated ("Kontakt borgeren", ...).
QString caseloadFlagTitle(CaseloadFlagKind kind);
/// Flags only nurses, doctors, coordinators and managers are shown.
bool isMedicalFlag(CaseloadFlagKind kind);
/// Flags only intake staff, coordinators and managers are shown (the registry worklist).
bool isRegistryFlag(CaseloadFlagKind kind);

/// One flag on a course.
struct CaseloadFlag
{
    CaseloadFlagKind kind = CaseloadFlagKind::GuaranteeWarning;
    /// The deadline the flag is about: the guarantee deadline (request + 14), the day the
    /// follow-up or review fell due, a goal's deadline, the earliest missed day ...; in the
    /// past or today for every flag except GuaranteeWarning (whose deadline is ahead).
    QDate due;
    /// What the deadline was counted from: the request, the latest assessment, the last
    /// attended contact, the no-show, the latest goal score, the end of the course, the latest
    /// medical review. Null when there is none.
    QDate since;
    /// How many: goals past deadline, goals with scores due, no-shows in the run, missed
    /// antabus doses. 1 otherwise.
    int count = 1;
    /// PostDischargeFollowupDue only: post_1m or post_6m.
    std::optional<AssessmentType> followupType;
    /// SrsBelow36 and NoProgress: the latest SRS or ORS, in tenths of a point.
    int fitScore = 0;

    friend bool operator==(const CaseloadFlag &, const CaseloadFlag &) = default;
};

/// What a row of the overview is.
enum class CaseloadRowState {
    Requested, // a request registered, treatment not started (yet) on `today`
    Active, // started on or before today and not ended before today
    Ended, // ended, listed only while a post-discharge follow-up is due
};

/// One course on the overview, with the facts shown beside it and its flags.
struct CaseloadRow
{
    QString courseId;
    QString clientId;
    QString clientName; // the alias for anonymous clients
    bool anonymous = false;
    QDate birthDate;
    CourseKind kind = CourseKind::Alcohol;
    CaseloadRowState state = CaseloadRowState::Active;
    std::optional<Phase> phase; // the latest phase entry
    QString responsibleId;
    QString responsibleName;
    QDate requestDate;
    QDate startDate;
    QDate endDate;
    QDate lastAttendedContact; // the latest attended appointment of the course, on or before today
    QDateTime nextAppointment; // the next planned appointment of the course from today
    std::vector<CaseloadFlag> flags; // in the order of CaseloadFlagKind

    bool has(CaseloadFlagKind flagKind) const;
    const CaseloadFlag *flag(CaseloadFlagKind flagKind) const;
};

} // namespace mestring::core
