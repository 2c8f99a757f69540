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

int naturalSupplyDays(const Prescription &p)
{
    return p.mode == DispensingMode::TakeHome ? std::max(1, p.takeHomeDays.value_or(1)) : 1;
}

// The closed days from `first` on that a supply ending the day before `first` must cover: the
// run of closed days there (inside the prescription's period) when a dose is due on one of
// them and the client is not away then; 0 otherwise.
int closedDaysToCover(const Prescription &p, const DoseContext &context, const QDate &first)
{
    if (!context.closedDays) return 0;
    int run = context.closedDays->closedRunFrom(first);
    if (p.end.isValid()) run = std::min<int>(run, std::max<qint64>(0, first.daysTo(p.end) + 1));
    for (int i = 0; i < run; ++i) {
        const QDate day = first.addDays(i);
        const bool away = std::any_of(context.absences.begin(), context.absences.end(),
            [&](const Absence &a) { return a.client == p.client && a.covers(day); });
        if (!away && p.schedule.isDueOn(day, p.start)) return run;
    }
    return 0;
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
    const int natural = naturalSupplyDays(p);
    int coverDepth = 0, awayDepth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        coverDepth += covered[i];
        awayDepth += away[i];
        const QDate date = range.first.addDays(qint64(i));
        const bool open = !context.closedDays || !context.closedDays->isClosed(date);
        const bool available = atCentre && coverDepth == 0 && awayDepth == 0 && open;
        const bool due = available && p.schedule.isDueOn(date, p.start);
        // A dose due on a closed day is handed out on the last open day before it; a
        // take-home prescription's supply on its own day stretches over them instead.
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

int dosesInSupply(const Prescription &p, const QDate &day, int days)
{
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
