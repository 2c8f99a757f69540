#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/domain/disposal.h"

namespace mestring::core {

class Database;

/// The storage side of a disposal (kassation): when a client's records were last added to,
/// and removing all of them. The triggers of schema v2 allow the deletes only for a client
/// with a row in `disposals`, so insertDisposal() comes first, in the caller's transaction.
class DisposalRepository
{
public:
    explicit DisposalRepository(const Database &db)
        : m_db(db)
    {
    }

    /// The latest date of anything recorded about the client: course dates and phases, goal
    /// scores and closings, sub-goals done, assessments, appointments, absences, group
    /// membership, waiting and attendance, prescriptions, dispensings, notes, consent, and the
    /// access log's creations and changes of the client still kept; anything still running
    /// (no end date) counts as `today`. Invalid when there is none; a StorageError when a
    /// stored date cannot be read.
    QDate lastEntryDate(const QString &clientId, const QDate &today) const;
    /// Every client with the date of their last entry, in one pass over the tables. A client
    /// with a date that cannot be read is left out.
    QList<DisposalCandidate> lastEntries(const QDate &today) const;
    /// How many rows the client's records fill (the client row included).
    qint64 recordCount(const QString &clientId) const;
    bool isDisposed(const QString &clientId) const;
    /// The disposals done, newest first, with the name of the staff member who did each.
    QList<Disposal> disposals() const;

    void insertDisposal(const QString &clientId, const QDateTime &at, const QString &actorId,
        const QDate &lastEntry, qint64 records);
    /// Deletes every record of the client, children first.
    void deleteClientRecords(const QString &clientId);

private:
    const Database &m_db;
};

} // namespace mestring::core
