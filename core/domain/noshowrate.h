#pragma once

#include <optional>
#include <vector>

#include <QDate>

#include "appointment.h"

namespace mestring::core {

/// The no-show rate of domain.md section 3: of the appointments whose start day is in the
/// period and whose status is attended or no-show, the share that are no-shows. Planned and
/// cancelled appointments (afbud, aflyst) do not count either way.
struct NoShowRate
{
    int noShows = 0;
    int counted = 0; // attended + no-show

    /// nullopt when nothing counts (no denominator).
    std::optional<double> rate() const
    {
        return counted == 0 ? std::nullopt : std::optional<double>(double(noShows) / counted);
    }
};

/// The rate over `appointments` starting in [from, to]; an invalid bound is open.
NoShowRate noShowRate(
    const std::vector<Appointment> &appointments, const QDate &from = {}, const QDate &to = {});

} // namespace mestring::core
