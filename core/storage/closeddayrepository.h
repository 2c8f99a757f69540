#pragma once

#include <vector>

#include "core/domain/closedday.h"

namespace mestring::core {

class Database;

/// The days the centre has added to its calendar of closed days (the public holidays are
/// computed, never stored).
class ClosedDayRepository
{
public:
    explicit ClosedDayRepository(const Database &db)
        : m_db(db)
    {
    }

    void insert(const ClosedDay &day);
    /// False when the day was not one of the centre's closed days.
    bool remove(const QDate &day);
    /// By date.
    std::vector<ClosedDay> all() const;
    /// In the order they were stored (the export order).
    std::vector<ClosedDay> inStoredOrder() const;

private:
    std::vector<ClosedDay> load(const QString &order) const;

    const Database &m_db;
};

} // namespace mestring::core
