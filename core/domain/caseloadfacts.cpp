#include "caseloadfacts.h"

#include <algorithm>

namespace mestring::core {

namespace {

bool notStarted(const CaseloadRow &row)
{
    return row.state == CaseloadRowState::Requested;
}

void addGuaranteeFlag(
    std::vector<CaseloadFlag> &flags, const CaseloadFacts &facts, const QDate &today)
{
    const CaseloadRow &row = facts.row;
    if (!notStarted(row) || facts.guaranteeExempt || row.requestDate.isNull()) return;
    const QDate deadline = row.requestDate.addDays(guaranteeDays);
    if (today > deadline)
        flags.push_back({CaseloadFlagKind::GuaranteeOverdue, deadline, row.requestDate});
    else if (today >= row.requestDate.addDays(guaranteeWarningDay))
        flags.push_back({CaseloadFlagKind::GuaranteeWarning, deadline, row.requestDate});
}

// "More than `days` days before today": the due day itself is still on time.
void addIfOlder(std::vector<CaseloadFlag> &flags, CaseloadFlagKind kind, const QDate &since,
    int days, const QDate &today, int count = 1)
{
    if (since.isValid() && since.addDays(days) < today)
        flags.push_back({kind, since.addDays(days), since, count});
}

void addActiveFlags(
    std::vector<CaseloadFlag> &flags, const CaseloadFacts &facts, const QDate &today)
{
    const CaseloadRow &row = facts.row;
    const QDate assessed
        = facts.latestAssessment.isValid() ? facts.latestAssessment : row.startDate;
    addIfOlder(
        flags, CaseloadFlagKind::FollowupAssessmentDue, assessed, followupAssessmentDays, today);
    // The start of treatment counts as a contact: a new course gets 30 days for its first one.
    const QDate contact = std::max(row.lastAttendedContact, row.startDate);
    addIfOlder(flags, CaseloadFlagKind::NoAttendedContact30, contact, noContactDays, today);
}

void addAppointmentFlags(std::vector<CaseloadFlag> &flags, const CaseloadFacts &facts)
{
    if (facts.noShowRun >= noShowsInRow) {
        flags.push_back({CaseloadFlagKind::ThreeNoShowsInRow, facts.lastNoShowOfRun,
            facts.lastNoShowOfRun, facts.noShowRun});
    }
    if (facts.unansweredNoShows > 0) {
        flags.push_back({CaseloadFlagKind::ContactAfterNoShow, facts.firstUnansweredNoShow,
            facts.firstUnansweredNoShow, facts.unansweredNoShows});
    }
}

void addGoalFlags(std::vector<CaseloadFlag> &flags, const CaseloadFacts &facts, const QDate &today)
{
    if (facts.goalsPastDeadline > 0) {
        flags.push_back({CaseloadFlagKind::GoalPastDeadline, facts.earliestGoalDeadline, QDate(),
            facts.goalsPastDeadline});
    }
    if (facts.goalsScoreDue > 0 && facts.row.state == CaseloadRowState::Active) {
        addIfOlder(flags, CaseloadFlagKind::GoalScoreDue, facts.oldestGoalScore, goalScoreDays,
            today, facts.goalsScoreDue);
    }
}

void addPostDischargeFlag(
    std::vector<CaseloadFlag> &flags, const CaseloadFacts &facts, const QDate &today)
{
    const QDate end = facts.row.endDate;
    if (facts.noPostDischargeFollowup || end.isNull() || facts.row.startDate.isNull()) return;
    const QDate due1m = end.addDays(postDischarge1mDays);
    const QDate due6m = end.addDays(postDischarge6mDays);
    const QDate listedUntil = end.addDays(postDischargeListedDays); // exclusive
    CaseloadFlag flag {CaseloadFlagKind::PostDischargeFollowupDue, {}, end};
    if (due1m <= today && today < due6m && !facts.hasPost1m) {
        flag.due = due1m;
        flag.followupType = AssessmentType::Post1m;
    } else if (due6m <= today && today < listedUntil && !facts.hasPost6m) {
        flag.due = due6m;
        flag.followupType = AssessmentType::Post6m;
    } else {
        return;
    }
    flags.push_back(flag);
}

} // namespace

std::vector<CaseloadFlag> caseloadFlags(const CaseloadFacts &facts, const QDate &today)
{
    std::vector<CaseloadFlag> flags;
    switch (facts.row.state) {
    case CaseloadRowState::Requested:
        addGuaranteeFlag(flags, facts, today);
        addAppointmentFlags(flags, facts);
        addGoalFlags(flags, facts, today);
        break;
    case CaseloadRowState::Active:
        addActiveFlags(flags, facts, today);
        addAppointmentFlags(flags, facts);
        addGoalFlags(flags, facts, today);
        break;
    case CaseloadRowState::Ended:
        addPostDischargeFlag(flags, facts, today);
        break;
    }
    std::stable_sort(flags.begin(), flags.end(),
        [](const CaseloadFlag &a, const CaseloadFlag &b) { return a.kind < b.kind; });
    return flags;
}

} // namespace mestring::core
