#pragma once

#include <optional>

#include <QString>

namespace mestring::core {

/// Baseline and target of one indicator (and breakdown) for one year.
struct EffectTarget
{
    QString indicator;
    QString breakdown; // null for the indicator as a whole
    int year = 0;
    std::optional<double> baseline;
    std::optional<double> target;

    friend bool operator==(const EffectTarget &, const EffectTarget &) = default;
};

} // namespace mestring::core
