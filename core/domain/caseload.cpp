#include "caseload.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace mestring::core {

namespace {

struct FlagText
{
    CaseloadFlagKind kind;
    const char *code;
    const char *title;
};

constexpr std::array flagTexts = {
    FlagText {CaseloadFlagKind::GuaranteeWarning, "guarantee_warning",
        QT_TRANSLATE_NOOP("mestring", "Treatment guarantee: start soon")},
    FlagText {CaseloadFlagKind::GuaranteeOverdue, "guarantee_overdue",
        QT_TRANSLATE_NOOP("mestring", "Treatment guarantee exceeded")},
    FlagText {CaseloadFlagKind::FollowupAssessmentDue, "followup_assessment_due",
        QT_TRANSLATE_NOOP("mestring", "Follow-up assessment due")},
    FlagText {CaseloadFlagKind::NoAttendedContact30, "no_attended_contact_30",
        QT_TRANSLATE_NOOP("mestring", "No attended contact for 30 days")},
    FlagText {CaseloadFlagKind::ThreeNoShowsInRow, "three_no_shows_in_row",
        QT_TRANSLATE_NOOP("mestring", "Three no-shows in a row")},
    FlagText {CaseloadFlagKind::ContactAfterNoShow, "contact_after_no_show",
        QT_TRANSLATE_NOOP("mestring", "Contact the client (no-show)")},
    FlagText {CaseloadFlagKind::ContactAfterMissedAntabus, "contact_after_missed_antabus",
        QT_TRANSLATE_NOOP("mestring", "Contact the client (missed Antabus)")},
    FlagText {CaseloadFlagKind::GoalPastDeadline, "goal_past_deadline",
        QT_TRANSLATE_NOOP("mestring", "Goal past its deadline")},
    FlagText {CaseloadFlagKind::GoalScoreDue, "goal_score_due",
        QT_TRANSLATE_NOOP("mestring", "Goal status score due")},
    FlagText {CaseloadFlagKind::PostDischargeFollowupDue, "post_discharge_followup_due",
        QT_TRANSLATE_NOOP("mestring", "Post-discharge follow-up due")},
    FlagText {CaseloadFlagKind::MedicalReviewOverdue, "medical_review_overdue",
        QT_TRANSLATE_NOOP("mestring", "Medical review overdue")},
    FlagText {CaseloadFlagKind::SrsBelow36, "srs_below_36",
        QT_TRANSLATE_NOOP("mestring", "SRS below 36")},
    FlagText {CaseloadFlagKind::NoProgress, "no_progress",
        QT_TRANSLATE_NOOP("mestring", "No progress (ORS)")},
    FlagText {CaseloadFlagKind::RegistryOverdue, "registry_overdue",
        QT_TRANSLATE_NOOP("mestring", "Registry report overdue")},
};

const FlagText &textOf(CaseloadFlagKind kind)
{
    return flagTexts[std::size_t(kind)];
}

} // namespace

std::vector<CaseloadFlagKind> caseloadFlagKinds()
{
    std::vector<CaseloadFlagKind> kinds;
    for (const FlagText &t : flagTexts)
        kinds.push_back(t.kind);
    return kinds;
}

QString caseloadFlagCode(CaseloadFlagKind kind)
{
    return QLatin1StringView(textOf(kind).code).toString();
}

QString caseloadFlagTitle(CaseloadFlagKind kind)
{
    return QCoreApplication::translate("mestring", textOf(kind).title);
}

bool isMedicalFlag(CaseloadFlagKind kind)
{
    return kind == CaseloadFlagKind::MedicalReviewOverdue;
}

bool isRegistryFlag(CaseloadFlagKind kind)
{
    return kind == CaseloadFlagKind::RegistryOverdue;
}

bool CaseloadRow::has(CaseloadFlagKind flagKind) const
{
    return flag(flagKind) != nullptr;
}

const CaseloadFlag *CaseloadRow::flag(CaseloadFlagKind flagKind) const
{
    const auto it = std::find_if(flags.begin(), flags.end(),
        [flagKind](const CaseloadFlag &f) { return f.kind == flagKind; });
    return it == flags.end() ? nullptr : &*it;
}

} // namespace mestring::core
