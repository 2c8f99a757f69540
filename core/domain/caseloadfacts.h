#pragma once

#include <QDate>

#include "caseload.h"

namespace mestring::core {

/// The aggregates of one course that decide its overview flags, read by SQL (one row per
/// course; appointments, assessments and goals are counted, never loaded).
struct CaseloadFacts
{
    CaseloadRow row; // everything but the flags
    bool guaranteeExempt = false; // anonymous or free choice: no guarantee flags
    bool noPostDischargeFollowup = false; // declined, or ended `deceased`
    QDate latestAssessment; // dated on or before today; null when none
    bool hasPost1m = false;
    bool hasPost6m = false;
    /// No-shows since the course's latest attended or client-cancelled appointment (a centre
    /// cancellation neither counts nor breaks the run), and the latest of them.
    int noShowRun = 0;
    QDate lastNoShowOfRun;
    /// The day of the client's latest contact: an attended appointment (any of the client's
    /// courses) or a phone note, on or before today; null when none.
    QDate lastContactDay;
    /// No-shows of this course after the client's latest contact, and the first of them.
    int unansweredNoShows = 0;
    QDate firstUnansweredNoShow;
    int goalsPastDeadline = 0;
    QDate earliestGoalDeadline; // of the goals past deadline
    int goalsScoreDue = 0;
    QDate oldestGoalScore; // of the goals with a score due: latest score, or the course start
};

/// The flags of one course on `today` (docs/decisions.md, "Caseload overview"), in the order
/// of CaseloadFlagKind. MedicalReviewOverdue and ContactAfterMissedAntabus are per client and
/// added by the caller.
std::vector<CaseloadFlag> caseloadFlags(const CaseloadFacts &facts, const QDate &today);

} // namespace mestring::core
