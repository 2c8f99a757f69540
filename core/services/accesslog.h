#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "actor.h"

namespace mestring::core {

class Clock;
class Database;

/// Kinds of use recorded in the access log (adgangslog).
enum class AccessKind {
    Read, Create, Change, Search, Print, Export, Import, Login, LoginFailed, AccountLocked, Logout,
    Dispose, Purge, Backup, Restore
};
QString accessKindCode(AccessKind kind);
QString accessKindTitle(const QString &code);

struct AccessLogEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; // accessKindCode
    QString client;
    QString searchText;
    QString detail;
    QString prevHash;
    QString hash;
    /// The server login that wrote the entry, stamped by the server (empty on a file).
    QString login;
    /// Set when the entry was written in another chain (a laptop's, offline) and carried in:
    /// that chain's name and the entry's number and hash there.
    QString origin;
    qint64 originSeq = 0;
    QString originHash;
    /// `at` as stored, which the hash covers (empty for an entry not yet stored).
    QString atText;
};

struct AccessLogQuery
{
    QString actor;
    QString client;
    QString action; // accessKindCode(); empty: every kind
    QDate from;
    QDate to;
    int limit = 1000;
};

/// Every read or change of a client's data, written in core so no path can skip it. Each
/// entry carries the hash of the previous one, so a changed or removed entry breaks the chain.
class AccessLog
{
public:
    /// The centre clock the log stamps entries with (also what a save stamps its row with).
    const Clock &clock() const { return m_clock; }

    AccessLog(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    void record(const Actor &actor, AccessKind kind, const QString &clientId,
                const QString &detail = {});
    void recordSearch(const Actor &actor, const QString &searchText);
    /// One read entry per client, in one transaction with one prepared statement (lists that
    /// show thousands of clients, such as the centre-wide caseload overview).
    void recordReads(const Actor &actor, const QStringList &clientIds, const QString &detail);
    /// As recordReads() for any kind of use (a print of a list of clients, ...).
    void recordForClients(
        const Actor &actor, AccessKind kind, const QStringList &clientIds, const QString &detail);
    /// Appends inside the caller's transaction (for writes that log their own change).
    void appendInTransaction(const Actor &actor, AccessKind kind, const QString &clientId,
                             const QString &searchText, const QString &detail);

    std::vector<AccessLogEntry> find(const AccessLogQuery &query) const;
    /// The seq of the first entry that does not continue the chain (its hash does not match its
    /// fields, its prev_hash is not the previous entry's hash, or entries are missing before it),
    /// nullopt when the chain is whole. The chain starts at the genesis or, after a purge, at the
    /// anchor the purge kept (the hash of the last purged entry).
    std::optional<qint64> firstBrokenEntry() const;

    /// Removes the entries written before `cutoff` (a prefix of the chain: it stops at the first
    /// entry dated on or after it), keeps the last removed entry's hash as the new anchor, and
    /// logs the purge itself; one transaction. Returns the number of entries removed.
    qint64 purgeBefore(const Actor &actor, const QDate &cutoff);

    /// Carries the entries of another chain (a laptop's, written offline) into this log in
    /// their order, each linked into this chain with where it came from (`origin`, and its
    /// number and hash there); one transaction. Entries carried before are skipped, so a sync
    /// run again carries nothing twice. The rest must continue `origin`'s chain from the last
    /// entry carried (or from its start): otherwise nothing is carried and StorageError says
    /// where it broke. Returns the number carried.
    qint64 carryIn(const QString &origin, const std::vector<AccessLogEntry> &entries);

    static QString hashOf(const AccessLogEntry &entry);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace mestring::core
