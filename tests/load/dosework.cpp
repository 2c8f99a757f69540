// The dispensing sessions' work: doses down the day's list, the next day's list when the day is
// done, and the double doses and blocked doses provoked on purpose.
#include "staffsession.h"

#include <thread>

#include "acklog.h"
#include "core/domain/clock.h"
#include "core/services/serviceerrors.h"
#include "core/services/serviceset.h"
#include "dispensinground.h"
#include "doseraces.h"
#include "livelag.h"
#include "loadoptions.h"
#include "loadstats.h"
#include "runcontext.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

// How long a session that offers a race waits for a colleague to take it.
constexpr std::chrono::milliseconds raceWait(3000);

// The share of doses the client does not come for (recorded as missed).
constexpr double missedPercent = 4;

} // namespace

void StaffSession::recordDose()
{
    if (const std::optional<DoseRaces::Race> race = m_run.races.join())
        return runRace(race->id, race->row, race->start);
    DispensingListRow row;
    if (chance(m_run.options.blockedPercent) && m_run.day.blockedRow(m_rng, row)) {
        giveDose(row, true, QStringLiteral("blocked dose refused"));
        return;
    }
    switch (m_run.day.take(row)) {
    case DispensingRound::Take::Turn:
        return startNextDay();
    case DispensingRound::Take::Wait:
        return openClient(); // a colleague is reading the next day's list
    case DispensingRound::Take::Row:
        break;
    }
    if (chance(m_run.options.racePercent)) {
        if (const std::optional<DoseRaces::Race> race = m_run.races.offer(row, raceWait))
            return runRace(race->id, race->row, race->start);
    }
    giveDose(row, false, QStringLiteral("dose refused"));
}

void StaffSession::startNextDay()
{
    const QDate next = m_run.day.nextDay();
    std::vector<DispensingListRow> rows;
    const bool read = timed(Operation::DispensingList, Clock::at(next, QTime(8, 0)),
        [&] { rows = m_services->dispensings.dayList(m_actor, next); });
    if (read)
        m_run.day.start(next, rows);
    else
        m_run.day.turnFailed();
}

void StaffSession::runRace(
    int raceId, const DispensingListRow &row, std::chrono::steady_clock::time_point start)
{
    std::this_thread::sleep_until(start);
    const DoseOutcome outcome = giveDose(row, false, QStringLiteral("race: the second refused"));
    m_run.races.report(raceId,
        outcome == DoseOutcome::Accepted      ? DoseRaces::Outcome::Accepted
            : outcome == DoseOutcome::Refused ? DoseRaces::Outcome::Refused
                                              : DoseRaces::Outcome::Failed);
}

StaffSession::DoseOutcome StaffSession::giveDose(
    const DispensingListRow &row, bool blockedOnPurpose, const QString &refusal)
{
    Dispensing d;
    d.prescription = row.prescription.id;
    d.date = row.day;
    d.doseMg = row.prescription.doseMg;
    if (!blockedOnPurpose && chance(missedPercent)) {
        d.status = DispensingStatus::Missed;
    } else if (!blockedOnPurpose && row.supplyDays > 1) {
        // As the dispensing dialog: a supply over the closed days ahead.
        d.status = DispensingStatus::HandedOut;
        d.days = row.supplyDays;
    }
    bool accepted = false;
    bool refused = false;
    // The nurse's time of day on the row's day (the same day unless the list moved on).
    const QDateTime now = Clock::at(row.day, m_run.day.now().time());
    timed(
        Operation::RecordDose, now,
        [&] {
            try {
                d.id = m_services->dispensings.record(m_actor, d).id;
            } catch (const RuleViolation &) {
                refused = true;
                throw;
            }
            accepted = true;
            m_run.lag.committed(d.id, d.date, std::chrono::steady_clock::now());
            d.staff = m_actor.staffId;
            m_run.acks.dose(d, blockedOnPurpose);
            // The page reads the client's rows again.
            m_services->dispensings.dayList(m_actor, d.date, row.clientId);
        },
        refusal);
    return accepted ? DoseOutcome::Accepted : refused ? DoseOutcome::Refused : DoseOutcome::Failed;
}

} // namespace mestring::load
