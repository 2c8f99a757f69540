#include "doseschedule.h"

#include <algorithm>

namespace mestring::core {

namespace {

DoseState stateOf(DispensingStatus status)
{
    switch (status) {
    case DispensingStatus::Taken:
    case DispensingStatus::HandedOut:
        return DoseState::Given;
    case DispensingStatus::Missed:
        return DoseState::Missed;
    case DispensingStatus::Refused:
        return DoseState::Refused;
    case DispensingStatus::Withheld:
        return DoseState::Withheld;
    }
    return DoseState::Missed;
}

// The days [first, first + count) that a query covers, as offsets for flat per-day arrays.
struct DayRange
{
    QDate first;
    qint64 count = 0;

    qint64 offset(const QDate &d) const { return first.daysTo(d); }

    // Adds one to delta over [from, to] clipped to the range; an invalid `to` is open-ended.
    void mark(std::vector<int> &delta, const QDate &from, const QDate &to) const
    {
        const qint64 lo = std::max<qint64>(offset(from), 0);
        const qint64 hi = std::min<qint64>(to.isValid() ? offset(to) : count - 1, count - 1);
        if (lo > hi) return;
        ++delta[std::size_t(lo)];
        --delta[std::size_t(hi + 1)];
    }
};

DayRange clipped(const Prescription &p, const QDate &from, const QDate &to)
{
    if (!p.start.isValid() || !from.isValid() || !to.isValid()) return {};
    const QDate first = std::max(from, p.start);
    const QDate last = p.end.isValid() ? std::min(to, p.end) : to;
    if (first > last) return {};
    return {first, first.daysTo(last) + 1};
}

} // namespace

std::vector<DoseDay> doseDays(const Prescription &p, std::span<const Dispensing *const> dispensings,
    std::span<const Absence> absences, const QDate &from, const QDate &to, const QDate &today)
{
    const DayRange range = clipped(p, from, to);
    if (range.count == 0) return {};
    const std::size_t n = std::size_t(range.count);
    std::vector<const Dispensing *> onDay(n, nullptr);
    std::vector<int> covered(n + 1, 0), away(n + 1, 0);
    for (const Dispensing *d : dispensings) {
        if (d->prescription != p.id || !d->date.isValid()) continue;
        const qint64 at = range.offset(d->date);
        if (at >= 0 && at < range.count && !onDay[std::size_t(at)]) onDay[std::size_t(at)] = d;
        if (d->status == DispensingStatus::HandedOut && d->days > 1)
            range.mark(covered, d->date.addDays(1), d->lastCoveredDay());
    }
    for (const Absence &a : absences) {
        if (a.client == p.client && a.from.isValid()) range.mark(away, a.from, a.to);
    }

    std::vector<DoseDay> days;
    const bool atCentre = p.mode != DispensingMode::Pharmacy;
    int coverDepth = 0, awayDepth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        coverDepth += covered[i];
        awayDepth += away[i];
        const QDate date = range.first.addDays(qint64(i));
        const bool scheduled
            = atCentre && coverDepth == 0 && awayDepth == 0 && p.schedule.isDueOn(date, p.start);
        const Dispensing *d = onDay[i];
        if (!scheduled && !d) continue;
        DoseState state = date < today ? DoseState::Missed : DoseState::Pending;
        if (d) state = stateOf(d->status);
        days.push_back(DoseDay {date, scheduled, state, d});
    }
    return days;
}

std::vector<DoseDay> doseDays(const Prescription &p, std::span<const Dispensing> dispensings,
    std::span<const Absence> absences, const QDate &from, const QDate &to, const QDate &today)
{
    std::vector<const Dispensing *> own;
    for (const Dispensing &d : dispensings) {
        if (d.prescription == p.id) own.push_back(&d);
    }
    return doseDays(p, std::span<const Dispensing *const>(own), absences, from, to, today);
}

std::vector<QDate> scheduledDays(const Prescription &p, std::span<const Dispensing> dispensings,
    std::span<const Absence> absences, const QDate &from, const QDate &to)
{
    std::vector<QDate> result;
    // Whether a day is over does not change whether it is scheduled.
    for (const DoseDay &day : doseDays(p, dispensings, absences, from, to, from)) {
        if (day.scheduled) result.push_back(day.date);
    }
    return result;
}

std::vector<QDate> missedDays(const Prescription &p, std::span<const Dispensing> dispensings,
    std::span<const Absence> absences, const QDate &from, const QDate &to, const QDate &today)
{
    std::vector<QDate> result;
    for (const DoseDay &day : doseDays(p, dispensings, absences, from, to, today)) {
        if (day.isMissed()) result.push_back(day.date);
    }
    return result;
}

} // namespace mestring::core
