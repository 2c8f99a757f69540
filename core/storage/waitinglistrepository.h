#pragma once

#include <optional>
#include <vector>

#include "core/domain/waitinglistentry.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// A waiting-list entry with the name and phone shown for it: the person typed in, or the
/// client's name and phone from master data.
struct WaitingListRow
{
    WaitingListEntry entry;
    QString clientName; // empty when the entry names no client
    QString clientPhone;
};

/// Waiting lists for individual offers (pårørendesamtaler, ...).
class WaitingListRepository
{
public:
    explicit WaitingListRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    void insert(const WaitingListEntry &entry);
    void update(const WaitingListEntry &entry);
    std::optional<WaitingListEntry> byId(const QString &id) const;
    /// An offer's entries in the order people asked (day asked, then the order stored);
    /// `waitingOnly` leaves out those taken off.
    std::vector<WaitingListRow> forOffer(IndividualOffer offer, bool waitingOnly) const;
    /// How many wait for each offer now.
    std::vector<std::pair<IndividualOffer, int>> waitingCounts() const;
    /// Every entry in the order it was stored (the export order).
    std::vector<WaitingListEntry> all() const;

private:
    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
