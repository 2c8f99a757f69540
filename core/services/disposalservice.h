#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "actor.h"
#include "core/domain/disposal.h"

namespace mestring::core {

class AccessLog;
class Database;

/// Disposal (kassation) of a client's records once the legal retention period has run: 10
/// years after the last entry of any kind about the client (journalføringsbekendtgørelsen).
/// Before that nothing of the client can be deleted (the triggers of schema v2 refuse it too).
/// Only a manager (DisposeRecords) disposes; the access log names the client id, who and when
/// and how many records, never their content.
class DisposalService
{
public:
    DisposalService(const Database &db, AccessLog &log);

    /// The last day the client's records must still be kept; invalid when nothing about the
    /// client is dated (no journal entry to keep).
    QDate keptUntil(const Actor &actor, const QString &clientId) const;

    /// What disposing of the client on `today` would remove, and whether it is allowed.
    DisposalCheck check(const Actor &actor, const QString &clientId, const QDate &today) const;

    /// The clients whose retention period has run out on `today`, oldest last entry first
    /// (those with nothing dated first of all). Each one shown is logged as read.
    QList<DisposalCandidate> candidates(const Actor &actor, const QDate &today) const;

    /// The disposals done so far, newest first.
    QList<Disposal> disposals(const Actor &actor) const;

    /// Deletes every record of the client in one transaction. Refused (RuleViolation) while
    /// the retention period runs on `today`; PermissionDenied for anyone but a manager.
    /// Returns the number of rows removed.
    qint64 dispose(const Actor &actor, const QString &clientId, const QDate &today);

private:
    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
