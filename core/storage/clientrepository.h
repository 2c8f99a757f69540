#pragma once

#include <optional>
#include <vector>

#include "core/domain/client.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Clients (borgere). Keeps a lower-case search column for instant search by name, CPR or alias.
class ClientRepository
{
public:
    explicit ClientRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    void insert(const Client &client);
    void update(const Client &client);
    std::optional<Client> byId(const QString &id) const;
    /// The client holding this CPR number (normalized, without dash), if any.
    std::optional<Client> byCpr(const QString &normalizedCpr) const;
    /// Every client in the order they were stored (the export order).
    std::vector<Client> all() const;
    std::vector<Client> byBirthDate(const QDate &birthDate) const;
    /// Clients matching every word of `text` (name, alias, CPR digits, or a birth date typed
    /// as staff write dates; two-digit years read as on `today`), in Danish name order (last
    /// name, then first name); `limit` rows from `offset`.
    std::vector<Client> search(
        const QString &text, int offset, int limit, const QDate &today) const;
    int count() const;

    static QString searchTextOf(const Client &client);

private:
    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
