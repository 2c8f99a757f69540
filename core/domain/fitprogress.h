#pragma once

#include <optional>
#include <vector>

#include <QDate>

#include "fitrating.h"

namespace mestring::core {

/// Earliest first: by date, then by id (domain.md section 3's order for "earliest"/"latest").
bool fitEarlier(const FitRating &a, const FitRating &b);

/// What a course's FIT ratings say: the first and latest ORS, how many, and the latest SRS.
/// Scores in tenths.
struct FitProgress
{
    int orsCount = 0;
    std::optional<int> firstOrs;
    std::optional<int> latestOrs;
    QDate firstOrsDate;
    QDate latestOrsDate;
    std::optional<int> latestSrs;
    QDate latestSrsDate;

    /// "Ingen fremgang": the third or later ORS is not at least 5 points above the first.
    bool noProgress() const;
    /// "SRS under 36": the latest session's SRS says the alliance needs a talk.
    bool lowAlliance() const;
};

/// The progress of one course from its ratings (any order; other courses' ratings must not be
/// among them).
FitProgress fitProgress(const std::vector<FitRating> &courseRatings);

/// One session of a course with the ORS and SRS given at it.
struct FitSessionPoint
{
    QDate date;
    QString appointment; // or empty
    QString session; // a group session, or empty
    std::optional<int> ors; // tenths
    std::optional<int> srs;
};

/// The course's rated sessions in order (by date, then by the first rating's id): the points
/// of the record's chart and table.
std::vector<FitSessionPoint> fitSessions(std::vector<FitRating> courseRatings);

/// A change from the course's first ORS of 5 points or more is reliable (domain.md).
enum class FitChange { Improved, Unchanged, Worsened };
FitChange fitChange(int firstOrs, int laterOrs);

} // namespace mestring::core
