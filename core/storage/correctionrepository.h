#pragma once

#include <optional>
#include <vector>

#include "core/domain/correction.h"

namespace mestring::core {

class Database;

/// Corrections (rettelser) that annul dispensings: insert only, never changed or deleted.
class CorrectionRepository
{
public:
    explicit CorrectionRepository(const Database &db)
        : m_db(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const Correction &correction);
    /// The correction that annuls the dispensing, if any.
    std::optional<Correction> forDispensing(const QString &dispensingId) const;
    /// The corrections of a prescription's dispensings.
    std::vector<Correction> forPrescription(const QString &prescriptionId) const;
    /// Every correction in the order they were stored (the export order).
    std::vector<Correction> all() const;

private:
    std::vector<Correction> load(
        const QString &whereAndOrder, const std::vector<QVariant> &values) const;

    const Database &m_db;
};

} // namespace mestring::core
