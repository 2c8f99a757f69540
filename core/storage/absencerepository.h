#pragma once

#include <optional>
#include <vector>

#include "core/domain/absence.h"
#include "core/domain/calendar.h"
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
    /// The periods overlapping [from, to] with their client's name, by first day. For a staff
    /// member (staffId not empty): only the clients they are responsible for in an open course
    /// or have an appointment with in [from, to].
    std::vector<CalendarAbsence> calendar(
        const QDate &from, const QDate &to, const QString &staffId = {}) const;
    /// Every period in the order they were stored (the export order).
    std::vector<Absence> all() const;

private:
    std::vector<Absence> load(const QString &whereAndOrder, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
