#pragma once

#include <optional>
#include <vector>

#include "core/domain/absence.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Absence periods (fravær) of clients.
class AbsenceRepository
{
public:
    explicit AbsenceRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const Absence &absence);
    /// Rewrites the period (e.g. an open-ended one gets its end).
    void update(const Absence &absence);
    std::optional<Absence> byId(const QString &id) const;
    /// A client's periods, earliest first.
    std::vector<Absence> forClient(const QString &clientId) const;
    /// Every period in the order they were stored (the export order).
    std::vector<Absence> all() const;

private:
    std::vector<Absence> load(const QString &whereAndOrder, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
