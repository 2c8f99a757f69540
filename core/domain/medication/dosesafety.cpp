#include "dosesafety.h"

#include <algorithm>

#include <QHash>

namespace mestring::core {

DoseReassessments::DoseReassessments(std::span<const Prescription> clientPrescriptions,
    std::span<const Appointment> clientAppointments)
{
    for (const Prescription &p : clientPrescriptions) {
        if (p.start.isValid() && !p.isAnnulled()) m_dates.push_back(p.start);
    }
    for (const Appointment &a : clientAppointments) {
        if (a.type == AppointmentType::Doctor && a.status == AppointmentStatus::Attended
            && a.start.isValid()) {
            m_dates.push_back(a.startDay());
        }
    }
    std::sort(m_dates.begin(), m_dates.end());
}

DoseReassessments::DoseReassessments(std::vector<QDate> days)
    : m_dates(std::move(days))
{
    std::erase_if(m_dates, [](const QDate &d) { return !d.isValid(); });
    std::sort(m_dates.begin(), m_dates.end());
}

QDate DoseReassessments::firstBetween(const QDate &after, const QDate &upTo) const
{
    const auto it = std::upper_bound(m_dates.begin(), m_dates.end(), after);
    return it != m_dates.end() && *it <= upTo ? *it : QDate();
}

QDate DoseReassessments::lastOnOrBefore(const QDate &day) const
{
    const auto it = std::upper_bound(m_dates.begin(), m_dates.end(), day);
    return it == m_dates.begin() ? QDate() : *std::prev(it);
}

namespace {

// The safety state while walking a client's substitution dose days in date order. A block,
// once reached, stands until a dose reassessment dated after the last missed day of the run
// that reached it: a refused or withheld dose (what staff record while the dose is blocked) or a
// dose given in breach of the block does not lift it.
class BlockState
{
public:
    /// `forBlock`: a late registration a doctor has not confirmed counts as not registered.
    explicit BlockState(bool forBlock)
        : m_forBlock(forBlock)
    {
    }

    void advance(DoseDay day)
    {
        if (m_forBlock) day = asTheBlockSeesIt(day);
        if (day.state == DoseState::Pending) return;
        if (day.isMissed()) {
            m_run.days.push_back(day.date);
            if (m_run.count() >= missedDosesBeforeBlock && !m_runBlocks) {
                m_runBlocks = true;
                m_blocking.days.clear(); // the later run supersedes it
            }
        } else if (day.scheduled || day.state == DoseState::Given) {
            if (m_runBlocks) {
                std::swap(m_run, m_blocking);
                m_runBlocks = false;
            }
            m_run.days.clear();
        }
    }

    const MissedDoseRun &run() const { return m_run; }
    /// The run that reached a block most recently (the current run when it did); may be empty.
    const MissedDoseRun &blockingRun() const { return m_runBlocks ? m_run : m_blocking; }

    bool blocksOn(const QDate &day, const DoseReassessments &reassessments) const
    {
        const MissedDoseRun &blocking = blockingRun();
        return blocking.count() >= missedDosesBeforeBlock
            && !reassessments.firstBetween(blocking.last(), day).isValid();
    }

    /// The day as the block counts it: an unconfirmed late registration as nothing recorded
    /// (the days it is dated on are over, so a scheduled one is missed).
    static DoseDay asTheBlockSeesIt(DoseDay day)
    {
        if (!day.dispensing || !day.dispensing->awaitsConfirmation()) return day;
        day.dispensing = nullptr;
        day.state = day.scheduled ? DoseState::Missed : DoseState::Pending;
        return day;
    }

private:
    bool m_forBlock;
    MissedDoseRun m_run;
    MissedDoseRun m_blocking;
    bool m_runBlocks = false;
};

QDate latestDispensingDay(std::span<const Dispensing *const> dispensings)
{
    QDate latest;
    for (const Dispensing *d : dispensings) {
        if (d->date.isValid() && (!latest.isValid() || d->date > latest)) latest = d->date;
    }
    return latest;
}

} // namespace

std::vector<DoseDay> substitutionDoseDays(std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const QDate &to, const QDate &today)
{
    return ClientDoses(clientPrescriptions, dispensings, absences, closedDays)
        .categoryDays(DrugCategory::Substitution, to, today);
}

MissedDoseRun trailingMissedRun(std::span<const DoseDay> days)
{
    BlockState state(false);
    for (const DoseDay &day : days)
        state.advance(day);
    return state.run();
}

DoseBlock substitutionBlockOn(const QDate &day, std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const DoseReassessments &reassessments,
    const QDate &today)
{
    const std::vector<DoseDay> days = substitutionDoseDays(clientPrescriptions, dispensings,
        absences, closedDays, day.addDays(-1), std::min(day, today));
    return substitutionBlockOnDays(day, days, reassessments);
}

bool hasRunBreakBefore(std::span<const DoseDay> days, const QDate &before)
{
    return std::any_of(days.begin(), days.end(), [&before](const DoseDay &day) {
        const DoseDay d = BlockState::asTheBlockSeesIt(day);
        return d.date < before
            && (d.state == DoseState::Given
                || (d.scheduled
                    && (d.state == DoseState::Refused || d.state == DoseState::Withheld)));
    });
}

DoseBlock substitutionBlockOnDays(
    const QDate &day, std::span<const DoseDay> days, const DoseReassessments &reassessments)
{
    BlockState state(true);
    for (const DoseDay &d : days)
        state.advance(d);
    DoseBlock block;
    block.blocked = state.blocksOn(day, reassessments);
    block.run = block.blocked ? state.blockingRun() : state.run();
    if (!block.blocked) return block;
    // The block restarted after the latest reassessment that came too early to lift it.
    const QDate reassessed = reassessments.lastOnOrBefore(day);
    std::size_t k = missedDosesBeforeBlock - 1;
    while (reassessed.isValid() && block.run.days[k] < reassessed)
        ++k;
    block.since = block.run.days[k].addDays(1);
    return block;
}

std::vector<BlockedDispensing> dispensingsGivenWhileBlocked(
    std::span<const Prescription> clientPrescriptions,
    std::span<const Dispensing *const> dispensings, std::span<const Absence> absences,
    const ClosedDayCalendar &closedDays, const DoseReassessments &reassessments)
{
    const QDate last = latestDispensingDay(dispensings);
    if (!last.isValid()) return {};
    // Every day up to the last dispensing is over when that dispensing is judged.
    const std::vector<DoseDay> days = substitutionDoseDays(
        clientPrescriptions, dispensings, absences, closedDays, last, last.addDays(1));
    std::vector<BlockedDispensing> result;
    BlockState state(true);
    for (const DoseDay &day : days) {
        // A dose given is judged by the block on its day whether or not it was registered late.
        if (day.state == DoseState::Given && state.blocksOn(day.date, reassessments))
            result.push_back(BlockedDispensing {day.dispensing, state.blockingRun()});
        state.advance(day);
    }
    return result;
}

std::vector<QDate> antabusMissedDoses(
    const Prescription &prescription, const ClientDoses &doses, const QDate &today)
{
    if (prescription.category != DrugCategory::Antabus
        || prescription.mode != DispensingMode::Supervised) {
        return {};
    }
    return trailingMissedRun(doses.days(prescription, prescription.start, today, today)).days;
}

} // namespace mestring::core
