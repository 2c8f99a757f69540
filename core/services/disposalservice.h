#pragma once

#include <QDate>
#include <QString>

#include "actor.h"

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
    static constexpr int retentionYears = 10;

    DisposalService(const Database &db, AccessLog &log);

    /// The last day the client's records must still be kept; invalid when nothing about the
    /// client is dated (no journal entry to keep).
    QDate keptUntil(const Actor &actor, const QString &clientId) const;

    /// Deletes every record of the client in one transaction. Refused (RuleViolation) while
    /// the retention period runs on `today`; PermissionDenied for anyone but a manager.
    /// Returns the number of rows removed.
    qint64 dispose(const Actor &actor, const QString &clientId, const QDate &today);

private:
    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
