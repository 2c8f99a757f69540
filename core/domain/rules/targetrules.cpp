#include "targetrules.h"

#include <QCoreApplication>

#include "core/domain/indicatorids.h"
#include "issuehelpers.h"

namespace mestring::core {

RuleIssues checkTarget(const EffectTarget &target)
{
    RuleIssues issues;
    const IndicatorInfo *indicator = findIndicator(target.indicator);
    if (!indicator) {
        issues.push_back(dataError(QStringLiteral("indicator"),
            QCoreApplication::translate("mestring",
                "'%1' is not an indicator of "
                "the effect report. Choose one "
                "of the report's indicators.")
                .arg(target.indicator)));
    } else if (!target.breakdown.isNull()
        && !isBreakdownKey(indicator->breakdown, target.breakdown)) {
        issues.push_back(dataError(QStringLiteral("breakdown"),
            QCoreApplication::translate("mestring",
                "The indicator has no breakdown "
                "'%1'. Choose one of its "
                "breakdowns, or none for the "
                "indicator as a whole.")
                .arg(target.breakdown)));
    }
    if (target.year < 1900 || target.year > 9999) {
        issues.push_back(dataError(QStringLiteral("year"),
            QCoreApplication::translate("mestring",
                "The target needs a year, e.g. "
                "2025.")));
    }
    return issues;
}

RuleIssues checkTargetUnique(const EffectTarget &target, std::span<const EffectTarget> otherTargets)
{
    for (const EffectTarget &other : otherTargets) {
        if (&other == &target || other.indicator != target.indicator
            || other.breakdown != target.breakdown || other.year != target.year) {
            continue;
        }
        return {dataError(QStringLiteral("year"),
            QCoreApplication::translate("mestring",
                "This indicator and breakdown already "
                "have a target for %1. Keep one target "
                "per year: change the existing one.")
                .arg(target.year))};
    }
    return {};
}

} // namespace mestring::core
