#pragma once

#include <optional>
#include <vector>

#include "core/domain/prescription.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Prescriptions (ordinationer). Never edited once stored: a dose change ends the old one and
/// inserts a new one, so the only change offered is ending a prescription.
class PrescriptionRepository
{
public:
    explicit PrescriptionRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const Prescription &prescription);
    /// Sets the last day of a prescription; false when there is no prescription with that id.
    bool endPrescription(const QString &id, const QDate &endDate);
    /// Sets the annulment of a prescription entered in error (once; the caller checks).
    void annul(const QString &id, const SignedReason &annulment);
    /// Sets a doctor's confirmation of the prescription's dose (once; the caller checks).
    void confirmDose(const QString &id, const SignedReason &confirmation);
    std::optional<Prescription> byId(const QString &id) const;
    /// A client's prescriptions, earliest start first (same start: smaller id first).
    std::vector<Prescription> forClient(const QString &clientId) const;
    /// Prescriptions in force on `day` (start <= day, no end or end >= day, not annulled).
    std::vector<Prescription> activeOn(const QDate &day) const;
    /// Every prescription (annulled ones too) of the clients who have one given at the centre
    /// (not at a pharmacy, not annulled) in force on `day`, by client, start, id; only `clientId`'s when not empty; only those
    /// without an end or ending on or after `endingFrom` when it is valid.
    std::vector<Prescription> ofClientsActiveOn(
        const QDate &day, const QString &clientId, const QDate &endingFrom = {}) const;
    /// Prescriptions in force on `day` or later, not annulled, whose dose no doctor has
    /// confirmed (the candidates of the doctor's worklist), by client and start.
    std::vector<Prescription> unconfirmedFrom(const QDate &day) const;
    /// Every prescription in the order they were stored (the export order).
    std::vector<Prescription> all() const;

    /// The stored forms of a schedule ("daily" | "weekdays" | "every_days"; "mon,thu").
    static QString scheduleKindCode(Schedule::Kind kind);
    static QString weekdaysCode(const std::set<int> &weekdays);
    static std::set<int> weekdaysFrom(const QString &code);

private:
    std::vector<Prescription> load(
        const QString &whereAndOrder, const std::vector<QVariant> &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
