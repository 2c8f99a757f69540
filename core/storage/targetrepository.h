#pragma once

#include <optional>
#include <vector>

#include "core/domain/effecttarget.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Effect-goal targets (effektmål), keyed by indicator, breakdown and year. A target for the
/// indicator as a whole has a null breakdown; the table stores it as '' so the key has no NULL.
class TargetRepository
{
public:
    explicit TargetRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// Inserts a target whose key is not stored yet; the caller holds the transaction when
    /// this is part of a larger change.
    void insert(const EffectTarget &target);
    /// Inserts the target, or replaces baseline and target of the one with the same key.
    void save(const EffectTarget &target);
    /// Removes the target with this key; false when there was none.
    bool remove(const QString &indicator, const QString &breakdown, int year);
    std::optional<EffectTarget> find(
        const QString &indicator, const QString &breakdown, int year) const;
    /// The targets of one year, by indicator and breakdown.
    std::vector<EffectTarget> forYear(int year) const;
    /// Every target in the order they were stored (the export order).
    std::vector<EffectTarget> all() const;

private:
    std::vector<EffectTarget> load(
        const QString &whereAndOrder, const std::vector<QVariant> &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
