#include "effectreport.h"

namespace mestring::core {

const EffectTarget *EffectReport::findTarget(
    QAnyStringView indicator, QAnyStringView breakdown) const
{
    for (const EffectTarget &t : targets) {
        // A null breakdown (the indicator as a whole) is stored as '' and read back as null
        // or empty: both mean "no breakdown".
        if (QAnyStringView::equal(t.indicator, indicator)
            && t.breakdown.isEmpty() == breakdown.isEmpty()
            && (breakdown.isEmpty() || QAnyStringView::equal(t.breakdown, breakdown)))
            return &t;
    }
    return nullptr;
}

std::optional<double> EffectReport::targetFor(
    QAnyStringView indicator, QAnyStringView breakdown) const
{
    const EffectTarget *t = findTarget(indicator, breakdown);
    return t ? t->target : std::nullopt;
}

} // namespace mestring::core
