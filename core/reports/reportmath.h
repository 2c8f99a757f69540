#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "effectreport.h"

// The pieces of the indicator definitions that are plain arithmetic on fetched rows, apart from
// SQL so they can be tested on their own (domain.md section 3).
namespace mestring::core::reportmath {

/// The median; an even count gives the mean of the two middle values; none when empty.
std::optional<double> median(std::vector<qint64> values);

/// A dated record for "earliest" and "latest": by date, and on the same date the smaller id
/// (plain string order) comes first.
struct DatedId
{
    QDate date;
    QString id;
};

/// Whether `a` comes before `b` in the order of "earliest" and "latest".
bool comesBefore(const DatedId &a, const DatedId &b);

/// A run of days; an invalid `last` means open-ended.
struct DaySpan
{
    QDate first;
    QDate last;

    friend bool operator==(const DaySpan &, const DaySpan &) = default;
};

/// One client's disulfiram prescription, ordered by start and then id.
struct SpanRecord
{
    QString id;
    DaySpan span;
};

/// The antabus episodes of one client: maximal runs of prescriptions (ordered by start, then
/// id) where each starts no later than the day after the previous one ends. An episode ends
/// with its last prescription; an open last prescription leaves it open.
std::vector<DaySpan> joinEpisodes(std::vector<SpanRecord> prescriptions);

/// Index into episodeBucketKeys for an episode of `days` days (1-30, 31-90, 91-180, 181+).
std::size_t episodeBucket(qint64 days);

/// Whether `episode` is closed and its last day is in [from, to].
bool endsIn(const DaySpan &episode, QDate from, QDate to);

/// Count, median length and buckets of the closed episodes whose last day is in [from, to].
EpisodeSummary summarizeEpisodes(const std::vector<DaySpan> &episodes, QDate from, QDate to);

} // namespace mestring::core::reportmath
