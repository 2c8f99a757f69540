#pragma once

#include <optional>
#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "registryworklist.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// The worklist's counts for the overview.
struct RegistrySummary
{
    int overdue = 0;
    int dueThisWeek = 0;
};

/// The registry worklist (domain.md "Registry reporting"): for every course of a named client
/// that is not anonymous, the events to report (request, start, discharge) with the deadline of
/// its register; staff mark an event reported (day, who) and may undo a mistaken mark.
/// Intake staff, coordinators and managers (ManageIntake) keep it; reading it logs one read per
/// client listed, marking and undoing log a change.
class RegistryService : public QObject
{
    Q_OBJECT

public:
    RegistryService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    /// The events not yet marked (overdue first, then by deadline), followed, when
    /// `reportedSince` is a date, by the events marked on or after it (latest first).
    std::vector<RegistryWorkItem> worklist(const Actor &actor, const QDate &reportedSince = {});
    /// How many are overdue and due this week, without listing anyone (nothing is logged).
    RegistrySummary summary(const Actor &actor);
    /// Marks an event reported on `day` (today when null) by the acting staff member.
    SaveResult markReported(
        const Actor &actor, const QString &courseId, RegistryEvent event, const QDate &day = {});
    /// Removes a mistaken mark.
    SaveResult undoReported(const Actor &actor, const QString &courseId, RegistryEvent event);

Q_SIGNALS:
    void registryChanged(const QString &courseId);

private:
    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
