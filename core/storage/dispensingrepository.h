#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/domain/dispensing.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Who registered a dose, and when (recordedAt null for imported records).
struct DoseRecorded
{
    QString staffName;
    QDateTime recordedAt;
};

/// Dispensings (udleveringer): the largest table, insert only (a registration is never
/// edited). Reads stream forward-only so a million rows load in seconds.
class DispensingRepository
{
public:
    explicit DispensingRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change. `recordedAt`:
    /// when it was registered (null for imported records).
    void insert(const Dispensing &dispensing, const QDateTime &recordedAt = {});
    /// Inserts a registration made now (DispensingService::record): the database refuses it
    /// (StorageError::Kind::UniqueViolation) when the prescription's day already has a
    /// counting one, even one another station inserted a moment ago.
    void record(const Dispensing &dispensing, const QDateTime &recordedAt);
    /// Sets a doctor's confirmation of a late registration (once; the caller checks).
    void confirmLate(const QString &id, const SignedReason &confirmation);
    /// The day a dispensing was registered; null when unknown (imported, or before schema 3).
    QDate recordedOn(const QString &id) const;
    /// Who registered the prescription's counting (not annulled) dispensing dated `date`.
    std::optional<DoseRecorded> registeredBy(
        const QString &prescriptionId, const QDate &date) const;
    std::optional<Dispensing> byId(const QString &id) const;
    /// A prescription's counting dispensings (not annulled) by date.
    std::vector<Dispensing> forPrescription(const QString &prescriptionId) const;
    /// A prescription's dispensings, annulled ones too, by date (the history shown).
    std::vector<Dispensing> allForPrescription(const QString &prescriptionId) const;
    /// The counting dispensings of all the client's prescriptions dated `from` or later.
    std::vector<Dispensing> countingForClient(const QString &clientId, const QDate &from) const;
    /// Counting dispensings dated in [from, to], by date then prescription.
    std::vector<Dispensing> between(const QDate &from, const QDate &to) const;
    /// Every dispensing in the order they were stored (the export order).
    std::vector<Dispensing> all() const;
    /// Hands every dispensing to `visit` in stored order without building a list.
    void forEach(const std::function<void(Dispensing &&)> &visit) const;
    int count() const;

private:
    void insertWithEntry(const Dispensing &d, const QDateTime &recordedAt, const QString &entry);
    void load(const QString &whereAndOrder, const std::vector<QVariant> &values,
        const std::function<void(Dispensing &&)> &visit) const;
    std::vector<Dispensing> list(
        const QString &whereAndOrder, const std::vector<QVariant> &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
