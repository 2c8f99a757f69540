#pragma once

#include <array>
#include <string_view>

#include <QLatin1StringView>
#include <QStringView>

#include "enums.h"

namespace mestring::core {

/// How an indicator of domain.md section 3 is broken down in the JSON report.
enum class IndicatorBreakdown {
    None, // a plain ratio or count
    Kinds, // alcohol, drug
    AllAndKinds, // all, alcohol, drug
    AllAndThemes, // all and every goal theme
    LifeAreas, // every life area
    FollowupTypes, // post_1m, post_6m
    KindTransitions // "alcohol.advice_to_intro": kind, then phase transition
};

struct IndicatorInfo
{
    std::string_view id;
    IndicatorBreakdown breakdown;
    /// Counted from clients rather than courses (domain.md section 7): split only by the
    /// client dimensions (municipality, sex, age band), left out of the groups of the others.
    bool clientBased = false;
};

/// Every indicator id of domain.md section 3, in the order of the report. `waiting_days_median`
/// is reported beside `treatment_guarantee_rate` and may have a target of its own.
inline constexpr std::array<IndicatorInfo, 24> indicators = {{
    {"alcohol_success_rate", IndicatorBreakdown::None},
    {"drug_success_rate", IndicatorBreakdown::None},
    {"completed_reduction_rate", IndicatorBreakdown::Kinds},
    {"no_show_rate", IndicatorBreakdown::AllAndKinds},
    {"treatment_guarantee_rate", IndicatorBreakdown::None},
    {"waiting_days_median", IndicatorBreakdown::None},
    {"residential_completion_rate", IndicatorBreakdown::None},
    {"buprenorphine_share", IndicatorBreakdown::None, true},
    {"antabus_clients", IndicatorBreakdown::None, true},
    {"antabus_episodes", IndicatorBreakdown::None, true},
    {"families_reached", IndicatorBreakdown::None},
    {"goal_mastery_rate", IndicatorBreakdown::AllAndThemes},
    {"life_area_improvement", IndicatorBreakdown::LifeAreas},
    {"substitution_qol_rate", IndicatorBreakdown::None, true},
    {"phase_funnel", IndicatorBreakdown::KindTransitions},
    {"group_attendance_rate", IndicatorBreakdown::None},
    {"active_clients", IndicatorBreakdown::AllAndKinds, true},
    {"new_courses", IndicatorBreakdown::AllAndKinds},
    {"ended_courses", IndicatorBreakdown::AllAndKinds},
    {"followup_overdue", IndicatorBreakdown::None},
    {"post_discharge_followup_due", IndicatorBreakdown::FollowupTypes},
    {"fit_improvement_rate", IndicatorBreakdown::None},
    {"fit_low_alliance_share", IndicatorBreakdown::None},
    {"medical_review_overdue", IndicatorBreakdown::None, true},
}};

/// The phase transitions of `phase_funnel`, in funnel order.
inline constexpr std::array<std::string_view, 3> phaseFunnelTransitions
    = {"advice_to_intro", "intro_to_assessment", "assessment_to_treatment"};

inline QLatin1StringView indicatorIdView(std::string_view s)
{
    return QLatin1StringView(s.data(), qsizetype(s.size()));
}

/// The indicator with this id, or nullptr when there is none.
inline const IndicatorInfo *findIndicator(QStringView id)
{
    for (const IndicatorInfo &info : indicators) {
        if (id == indicatorIdView(info.id)) return &info;
    }
    return nullptr;
}

inline bool isIndicatorId(QStringView id)
{
    return findIndicator(id) != nullptr;
}

/// Whether `key` is one of the breakdown keys the report shows for `breakdown`.
inline bool isBreakdownKey(IndicatorBreakdown breakdown, QStringView key)
{
    const bool all = key == QLatin1StringView("all");
    switch (breakdown) {
    case IndicatorBreakdown::None:
        return false;
    case IndicatorBreakdown::Kinds:
        return parseEnum<CourseKind>(key).has_value();
    case IndicatorBreakdown::AllAndKinds:
        return all || parseEnum<CourseKind>(key).has_value();
    case IndicatorBreakdown::AllAndThemes:
        return all || parseEnum<Theme>(key).has_value();
    case IndicatorBreakdown::LifeAreas:
        return parseEnum<LifeArea>(key).has_value();
    case IndicatorBreakdown::FollowupTypes:
        return key == QLatin1StringView("post_1m") || key == QLatin1StringView("post_6m");
    case IndicatorBreakdown::KindTransitions: {
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        if (dot < 0 || !parseEnum<CourseKind>(key.left(dot))) return false;
        for (std::string_view transition : phaseFunnelTransitions) {
            if (key.mid(dot + 1) == indicatorIdView(transition)) return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace mestring::core
