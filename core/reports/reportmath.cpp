#include "reportmath.h"

#include <algorithm>

namespace mestring::core::reportmath {

std::optional<double> median(std::vector<qint64> values)
{
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1) return double(values[n / 2]);
    return (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

bool comesBefore(const DatedId &a, const DatedId &b)
{
    if (a.date != b.date) return a.date < b.date;
    return a.id < b.id;
}

std::vector<DaySpan> joinEpisodes(std::vector<SpanRecord> prescriptions)
{
    std::sort(
        prescriptions.begin(), prescriptions.end(), [](const SpanRecord &a, const SpanRecord &b) {
            return comesBefore({a.span.first, a.id}, {b.span.first, b.id});
        });
    std::vector<DaySpan> episodes;
    const DaySpan *previous = nullptr;
    for (const SpanRecord &p : prescriptions) {
        // An open previous prescription never ends, so whatever follows it joins its episode.
        const bool joins
            = previous && (!previous->last.isValid() || p.span.first <= previous->last.addDays(1));
        if (joins)
            episodes.back().last = p.span.last;
        else
            episodes.push_back(p.span);
        previous = &p.span;
    }
    return episodes;
}

std::size_t episodeBucket(qint64 days)
{
    if (days <= 30) return 0;
    if (days <= 90) return 1;
    if (days <= 180) return 2;
    return 3;
}

bool endsIn(const DaySpan &episode, QDate from, QDate to)
{
    return episode.last.isValid() && episode.last >= from && episode.last <= to;
}

EpisodeSummary summarizeEpisodes(const std::vector<DaySpan> &episodes, QDate from, QDate to)
{
    EpisodeSummary summary;
    std::vector<qint64> lengths;
    for (const DaySpan &e : episodes) {
        if (!endsIn(e, from, to)) continue;
        const qint64 days = e.first.daysTo(e.last) + 1;
        lengths.push_back(days);
        ++summary.buckets[episodeBucket(days)];
    }
    summary.count = qint64(lengths.size());
    summary.medianDays = median(std::move(lengths));
    return summary;
}

} // namespace mestring::core::reportmath
