#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QAnyStringView>
#include <QDate>
#include <QString>

#include "core/domain/effecttarget.h"
#include "core/domain/enums.h"

namespace mestring::core {

/// A rate of domain.md section 3: numerator out of denominator.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    /// numerator / denominator; none when the denominator is 0.
    std::optional<double> value() const
    {
        if (denominator == 0) return std::nullopt;
        return double(numerator) / double(denominator);
    }
    friend bool operator==(const Ratio &, const Ratio &) = default;
};

/// A count keyed `all`, `alcohol`, `drug`.
struct KindCounts
{
    qint64 all = 0;
    std::array<qint64, enumCount<CourseKind>()> byKind {};

    friend bool operator==(const KindCounts &, const KindCounts &) = default;
};

/// A rate keyed `all`, `alcohol`, `drug`.
struct KindRatios
{
    Ratio all;
    std::array<Ratio, enumCount<CourseKind>()> byKind {};

    friend bool operator==(const KindRatios &, const KindRatios &) = default;
};

/// How one life area changed between intake and discharge, over the courses scored on it.
struct AreaChange
{
    qint64 improved = 0;
    qint64 unchanged = 0;
    qint64 worsened = 0;

    Ratio improvedShare() const { return {improved, improved + unchanged + worsened}; }
    friend bool operator==(const AreaChange &, const AreaChange &) = default;
};

/// The bucket bounds of `antabus_episodes` (days, inclusive); the last is open.
inline constexpr std::array<const char *, 4> episodeBucketKeys
    = {"1-30", "31-90", "91-180", "181+"};

/// Antabus episodes whose last day is in the period.
struct EpisodeSummary
{
    qint64 count = 0;
    std::optional<double> medianDays;
    std::array<qint64, episodeBucketKeys.size()> buckets {};

    friend bool operator==(const EpisodeSummary &, const EpisodeSummary &) = default;
};

/// The follow-up types of `post_discharge_followup_due`, in report order.
enum class PostDischargeType { Post1m, Post6m };

/// Every indicator of domain.md section 3 for one period, as plain numbers (no chart, no
/// printing). Arrays are indexed by the enum of their breakdown (CourseKind, Theme, LifeArea,
/// PostDischargeType; `phaseFunnel[kind][transition]` in the order of phaseFunnelTransitions).
struct EffectReport
{
    QDate from;
    QDate to;

    Ratio alcoholSuccess;
    Ratio drugSuccess;
    std::array<Ratio, enumCount<CourseKind>()> completedReduction {};
    KindRatios noShow;
    Ratio treatmentGuarantee;
    std::optional<double> waitingDaysMedian;
    Ratio residentialCompletion;
    Ratio buprenorphineShare;
    qint64 antabusClients = 0;
    EpisodeSummary antabusEpisodes;
    qint64 familiesReached = 0;
    Ratio goalMasteryAll;
    std::array<Ratio, enumCount<Theme>()> goalMasteryByTheme {};
    std::array<AreaChange, enumCount<LifeArea>()> lifeAreas {};
    Ratio substitutionQol;
    std::array<std::array<Ratio, 3>, enumCount<CourseKind>()> phaseFunnel {};
    Ratio groupAttendance;
    KindCounts activeClients;
    KindCounts newCourses;
    KindCounts endedCourses;
    qint64 followupOverdue = 0;
    std::array<Ratio, 2> postDischargeFollowup {};
    Ratio fitImprovement;
    Ratio fitLowAlliance;
    qint64 medicalReviewOverdue = 0;

    /// The effect-goal targets shown beside the values: those of the year of `to`.
    std::vector<EffectTarget> targets;

    /// The configured target of an indicator for a breakdown key (null: the indicator as a
    /// whole; "alcohol.advice_to_intro" for phase_funnel), if any.
    std::optional<double> targetFor(QAnyStringView indicator, QAnyStringView breakdown = {}) const;
    /// The stored target (and baseline) of an indicator for a breakdown key, or nullptr.
    const EffectTarget *findTarget(QAnyStringView indicator, QAnyStringView breakdown = {}) const;

    friend bool operator==(const EffectReport &, const EffectReport &) = default;
};

} // namespace mestring::core
