#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "actor.h"
#include "core/domain/disposal.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Disposal (kassation) of a client's records once the legal retention period has run: 10
/// years after the last entry of any kind about the client (journalføringsbekendtgørelsen).
/// Before that nothing of the client can be deleted (the triggers of schema v2 refuse it too).
/// Only a manager (DisposeRecords) disposes; the access log names the client id, who and when
/// and how many records, never their content.
class DisposalService
{
public:
    /// `clock` is the clock a disposal is decided on.
    DisposalService(const Database &db, AccessLog &log, const Clock &clock);

    /// The last day the client's records must still be kept; invalid when nothing about the
    /// client is dated (no journal entry to keep).
    QDate keptUntil(const Actor &actor, const QString &clientId) const;

    /// What disposing of the client would remove, and whether it would be allowed on `today`
    /// (a day to plan with: the disposal itself is always decided on the service's clock).
    DisposalCheck check(const Actor &actor, const QString &clientId, const QDate &today) const;

    /// The clients whose retention period has run out on `today`, oldest last entry first.
    /// Each one shown is logged as read.
    QList<DisposalCandidate> candidates(const Actor &actor, const QDate &today) const;

    /// The disposals done so far, newest first.
    QList<Disposal> disposals(const Actor &actor) const;

    /// Deletes every record of the client in one transaction. Refused (RuleViolation) while
    /// the retention period runs today (the clock) or when nothing is dated; PermissionDenied
    /// for anyone but a manager. Returns the number of rows removed.
    qint64 dispose(const Actor &actor, const QString &clientId);

private:
    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
