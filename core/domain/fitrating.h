#pragma once

#include <array>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// One FIT rating (domain.md "Client feedback"): the client's ORS at the start or SRS at the
/// end of a session. It belongs to an appointment, or to a group session and the member's
/// course, never both. Items are kept in tenths of a point (a mark on a 10 cm line read to the
/// millimetre), so sums and comparisons are exact: 0–100 per item, 0–400 per scale.
struct FitRating
{
    QString id;
    QString course;
    QString appointment; // an individual session, or empty
    QString session; // a group session, or empty
    QDate date;
    FitScale scale = FitScale::Ors;
    std::array<int, 4> items {}; // tenths

    /// The scale's score in tenths (0–400).
    int total() const { return items[0] + items[1] + items[2] + items[3]; }

    friend bool operator==(const FitRating &, const FitRating &) = default;
};

namespace fit {
inline constexpr int itemMax = 100; // 10.0 points
inline constexpr int orsClinicalCutoff = 250; // ORS at or below 25 is in the clinical range
inline constexpr int srsAllianceCutoff = 360; // SRS below 36: the alliance needs a talk
inline constexpr int reliableChange = 50; // 5 points from the course's first ORS
inline constexpr int noProgressFromOrs = 3; // "ingen fremgang" from the third ORS on
} // namespace fit

} // namespace mestring::core
