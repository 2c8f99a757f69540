#pragma once

#include "actor.h"
#include "core/reports/citizenplan.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Assembles Borgerens plan for printing. Needs ReadClinical; each plan made (for preview,
/// print or PDF) is written to the access log as a print of the client's data.
class CitizenPlanService
{
public:
    CitizenPlanService(const Database &db, AccessLog &log, const Clock &clock);

    CitizenPlan plan(const Actor &actor, const QString &clientId);

private:
    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
