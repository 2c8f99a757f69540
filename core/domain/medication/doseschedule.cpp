#include "doseschedule.h"

#include <algorithm>

#include <QHash>

#include "coverage.h"

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
    if (p.isAnnulled() || !p.start.isValid() || !from.isValid() || !to.isValid()) return {};
    const QDate first = std::max(from, p.start);
    const QDate last = p.end.isValid() ? std::min(to, p.end) : to;
    if (first > last) return {};
    return {first, first.daysTo(last) + 1};
}

bool awayOn(const Prescription &p, const DoseContext &context, const QDate &day)
{
    return std::any_of(context.absences.begin(), context.absences.end(),
        [&](const Absence &a) { return a.client == p.client && a.covers(day); });
}

bool inPeriod(const Prescription &p, const QDate &day)
{
    return p.start <= day && (p.end.isNull() || day <= p.end);
}

bool isClosed(const DoseContext &context, const QDate &day)
{
    return context.closedDays && context.closedDays->isClosed(day);
}

// The days a dose handed out on `day` lasts by the prescription alone: one day, or for a
// take-home the take-home days, ending before the next handing-out day of a weekday or
// every-N-days schedule (a handing-out day moved past closed days starts a shorter supply).
int naturalSupplyDays(const Prescription &p, const QDate &day)
{
    if (p.mode != DispensingMode::TakeHome) return 1;
    const int days = std::max(1, p.takeHomeDays.value_or(1));
    if (p.schedule.kind == Schedule::Kind::Daily) return days;
    int next = 1;
    while (next < days && !p.schedule.isDueOn(day.addDays(next), p.start))
        ++next;
    return next;
}

// The closed days from `first` on that a supply ending the day before `first` must cover as
// well: the run of closed days there (inside the prescription's period) when a dose is due on
// one of them and the client is not away then (a take-home holds a dose for every day); 0
// otherwise.
int closedDaysToCover(const Prescription &p, const DoseContext &context, const QDate &first)
{
    if (!context.closedDays) return 0;
    int run = context.closedDays->closedRunFrom(first);
    if (p.end.isValid()) run = std::min<int>(run, std::max<qint64>(0, first.daysTo(p.end) + 1));
    const bool daily = p.mode == DispensingMode::TakeHome;
    for (int i = 0; i < run; ++i) {
        const QDate day = first.addDays(i);
        if (!awayOn(p, context, day) && (daily || p.schedule.isDueOn(day, p.start))) return run;
    }
    return 0;
}

// A take-home's handing-out day that falls on a closed day moves to the first open day after
// the closed days (the supply before it was stretched over them).
bool isMovedHandingOut(const Prescription &p, const DoseContext &context, const QDate &day)
{
    if (p.mode != DispensingMode::TakeHome) return false;
    for (int back = 1; back <= ClosedDayCalendar::maxClosedRun; ++back) {
        const QDate closed = day.addDays(-back);
        if (!isClosed(context, closed)) return false;
        if (inPeriod(p, closed) && p.schedule.isDueOn(closed, p.start)) return true;
    }
    return false;
}

} // namespace

std::vector<DoseDay> doseDays(const Prescription &p, std::span<const Dispensing *const> own,
    const DoseContext &context, const QDate &from, const QDate &to, const QDate &today)
{
    const DayRange range = clipped(p, from, to);
    if (range.count == 0) return {};
    const std::size_t n = std::size_t(range.count);
    std::vector<const Dispensing *> onDay(n, nullptr);
    std::vector<int> covered(n + 1, 0), away(n + 1, 0);
    for (const Dispensing *d : own) {
        if (d->prescription != p.id || !d->date.isValid()) continue;
        const qint64 at = range.offset(d->date);
        if (at >= 0 && at < range.count && !onDay[std::size_t(at)]) onDay[std::size_t(at)] = d;
        if (d->status == DispensingStatus::HandedOut && d->days > 1)
            range.mark(covered, d->date.addDays(1), d->lastCoveredDay());
    }
    for (const Dispensing *d : context.sharedSupplies) {
        if (d->prescription != p.id && d->status == DispensingStatus::HandedOut && d->days > 1)
            range.mark(covered, d->date.addDays(1), d->lastCoveredDay());
    }
    for (const Absence &a : context.absences) {
        if (a.client == p.client && a.from.isValid()) range.mark(away, a.from, a.to);
    }

    std::vector<DoseDay> days;
    const bool atCentre = p.mode != DispensingMode::Pharmacy;
    const bool takeHome = p.mode == DispensingMode::TakeHome;
    int coverDepth = 0, awayDepth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        coverDepth += covered[i];
        awayDepth += away[i];
        const QDate date = range.first.addDays(qint64(i));
        const bool available
            = atCentre && coverDepth == 0 && awayDepth == 0 && !isClosed(context, date);
        const bool due = available
            && (p.schedule.isDueOn(date, p.start) || isMovedHandingOut(p, context, date));
        // Doses due on closed days are handed out on the last open day before them: a
        // supervised dose's day takes them (even a day without a dose of its own), a
        // take-home's supply stretches over them.
        const int natural = available ? naturalSupplyDays(p, date) : 1;
        const int closed = available && (due || !takeHome)
            ? closedDaysToCover(p, context, date.addDays(natural))
            : 0;
        const bool scheduled = due || closed > 0;
        const Dispensing *d = onDay[i];
        if (!scheduled && !d) continue;
        DoseState state = date < today ? DoseState::Missed : DoseState::Pending;
        if (d) state = stateOf(d->status);
        DoseDay day {date, scheduled, state, d};
        if (scheduled) {
            day.closedDays = closed;
            day.supplyDays = natural + closed;
        }
        days.push_back(day);
    }
    return days;
}

std::vector<const Dispensing *> pointersTo(std::span<const Dispensing> dispensings)
{
    std::vector<const Dispensing *> pointers;
    pointers.reserve(dispensings.size());
    for (const Dispensing &d : dispensings)
        pointers.push_back(&d);
    return pointers;
}

std::vector<DoseDay> doseDays(const Prescription &p, std::span<const Dispensing> dispensings,
    const DoseContext &context, const QDate &from, const QDate &to, const QDate &today)
{
    std::vector<const Dispensing *> own;
    for (const Dispensing &d : dispensings) {
        if (d.prescription == p.id) own.push_back(&d);
    }
    return doseDays(p, std::span<const Dispensing *const>(own), context, from, to, today);
}

int plannedSupplyDays(const Prescription &p, const QDate &day, const DoseContext &context)
{
    const int natural = naturalSupplyDays(p, day);
    return natural + closedDaysToCover(p, context, day.addDays(natural));
}

int dosesInSupply(const Prescription &p, const QDate &day, int days)
{
    // A take-home holds a dose for every day it covers; the schedule is its handing-out days.
    if (p.mode == DispensingMode::TakeHome) return std::max(days, 1);
    int doses = 0;
    for (int i = 0; i < days; ++i) {
        if (p.schedule.isDueOn(day.addDays(i), p.start)) ++doses;
    }
    return std::max(doses, 1); // the day it is handed out always holds that day's dose
}

std::vector<QDate> scheduledDays(const Prescription &p, std::span<const Dispensing> dispensings,
    const DoseContext &context, const QDate &from, const QDate &to)
{
    std::vector<QDate> result;
    // Whether a day is over does not change whether it is scheduled.
    for (const DoseDay &day : doseDays(p, dispensings, context, from, to, from)) {
        if (day.scheduled) result.push_back(day.date);
    }
    return result;
}

std::vector<QDate> missedDays(const Prescription &p, std::span<const Dispensing> dispensings,
    const DoseContext &context, const QDate &from, const QDate &to, const QDate &today)
{
    std::vector<QDate> result;
    for (const DoseDay &day : doseDays(p, dispensings, context, from, to, today)) {
        if (day.isMissed()) result.push_back(day.date);
    }
    return result;
}

ClientDoses::ClientDoses(std::span<const Prescription> prescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays)
    : m_prescriptions(prescriptions)
    , m_own(prescriptions.size())
    , m_absences(absences)
    , m_closed(closedDays)
{
    QHash<QStringView, std::size_t> index;
    for (std::size_t i = 0; i < prescriptions.size(); ++i)
        index.insert(prescriptions[i].id, i);
    for (const Dispensing *d : dispensings) {
        const auto it = index.constFind(d->prescription);
        if (it != index.cend()) m_own[*it].push_back(d);
    }
}

std::span<const Dispensing *const> ClientDoses::of(const QString &prescriptionId) const
{
    for (std::size_t i = 0; i < m_prescriptions.size(); ++i) {
        if (m_prescriptions[i].id == prescriptionId) return m_own[i];
    }
    return {};
}

std::vector<DoseDay> ClientDoses::days(
    const Prescription &p, const QDate &from, const QDate &to, const QDate &today) const
{
    std::vector<const Dispensing *> shared;
    for (std::size_t i = 0; i < m_prescriptions.size(); ++i) {
        const Prescription &other = m_prescriptions[i];
        if (other.id == p.id || other.isAnnulled() || !sharesCoverage(p, other)) continue;
        for (const Dispensing *d : m_own[i]) {
            if (d->status == DispensingStatus::HandedOut && d->days > 1) shared.push_back(d);
        }
    }
    const DoseContext context {m_absences, &m_closed, shared};
    return doseDays(p, of(p.id), context, from, to, today);
}

std::vector<DoseDay> ClientDoses::categoryDays(
    DrugCategory category, const QDate &to, const QDate &today) const
{
    std::vector<DoseDay> days;
    for (const Prescription &p : m_prescriptions) {
        if (p.category != category) continue;
        const std::vector<DoseDay> more = this->days(p, p.start, to, today);
        days.insert(days.end(), more.begin(), more.end());
    }
    // Prescriptions of one category never overlap, so this is usually sorted already.
    const auto byDate = [](const DoseDay &a, const DoseDay &b) { return a.date < b.date; };
    if (!std::is_sorted(days.begin(), days.end(), byDate))
        std::stable_sort(days.begin(), days.end(), byDate);
    return days;
}

} // namespace mestring::core
