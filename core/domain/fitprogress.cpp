#include "fitprogress.h"

#include <algorithm>

namespace mestring::core {

bool fitEarlier(const FitRating &a, const FitRating &b)
{
    if (a.date != b.date) return a.date < b.date;
    return a.id < b.id;
}

bool FitProgress::noProgress() const
{
    return orsCount >= fit::noProgressFromOrs && firstOrs && latestOrs
        && *latestOrs < *firstOrs + fit::reliableChange;
}

bool FitProgress::lowAlliance() const
{
    return latestSrs && *latestSrs < fit::srsAllianceCutoff;
}

FitProgress fitProgress(const std::vector<FitRating> &courseRatings)
{
    FitProgress progress;
    const FitRating *firstOrs = nullptr;
    const FitRating *latestOrs = nullptr;
    const FitRating *latestSrs = nullptr;
    for (const FitRating &r : courseRatings) {
        if (r.scale == FitScale::Ors) {
            ++progress.orsCount;
            if (!firstOrs || fitEarlier(r, *firstOrs)) firstOrs = &r;
            if (!latestOrs || fitEarlier(*latestOrs, r)) latestOrs = &r;
        } else if (!latestSrs || fitEarlier(*latestSrs, r)) {
            latestSrs = &r;
        }
    }
    if (firstOrs) {
        progress.firstOrs = firstOrs->total();
        progress.firstOrsDate = firstOrs->date;
        progress.latestOrs = latestOrs->total();
        progress.latestOrsDate = latestOrs->date;
    }
    if (latestSrs) {
        progress.latestSrs = latestSrs->total();
        progress.latestSrsDate = latestSrs->date;
    }
    return progress;
}

std::vector<FitSessionPoint> fitSessions(std::vector<FitRating> courseRatings)
{
    std::sort(courseRatings.begin(), courseRatings.end(), fitEarlier);
    std::vector<FitSessionPoint> points;
    for (const FitRating &r : courseRatings) {
        auto it = std::find_if(points.begin(), points.end(), [&](const FitSessionPoint &p) {
            return p.appointment == r.appointment && p.session == r.session;
        });
        if (it == points.end()) {
            points.push_back({r.date, r.appointment, r.session, std::nullopt, std::nullopt});
            it = points.end() - 1;
        }
        (r.scale == FitScale::Ors ? it->ors : it->srs) = r.total();
    }
    return points;
}

FitChange fitChange(int firstOrs, int laterOrs)
{
    if (laterOrs - firstOrs >= fit::reliableChange) return FitChange::Improved;
    if (firstOrs - laterOrs >= fit::reliableChange) return FitChange::Worsened;
    return FitChange::Unchanged;
}

} // namespace mestring::core
