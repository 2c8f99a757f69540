#pragma once

#include <optional>
#include <vector>

#include "core/domain/appointment.h"
#include "core/domain/calendar.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Appointments (aftaler). The start is stored as written (ISO 8601 with its offset) and its
/// calendar day beside it, so day lists and reports select on a plain date column.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const Appointment &appointment);
    /// Rewrites the appointment (a new time, status or staff member).
    void update(const Appointment &appointment);
    std::optional<Appointment> byId(const QString &id) const;
    /// A course's appointments by start.
    std::vector<Appointment> forCourse(const QString &courseId) const;
    /// One staff member's calendar: appointments whose start day is in [from, to], by start.
    std::vector<Appointment> forStaff(
        const QString &staffId, const QDate &from, const QDate &to) const;
    /// The centre's day: every appointment starting on `day`, by start.
    std::vector<Appointment> onDay(const QDate &day) const;
    /// Appointments of all of a client's courses whose start day is on or after `from` and, when
    /// `to` is valid, on or before it (an absence period, which may be open-ended).
    std::vector<Appointment> forClient(
        const QString &clientId, const QDate &from, const QDate &to = {}) const;
    /// The calendar: appointments whose start day is in [from, to] with their client's id and
    /// name, for one staff member or (staffId empty) the whole centre, by start.
    std::vector<CalendarAppointment> calendar(
        const QDate &from, const QDate &to, const QString &staffId = {}) const;
    /// Every appointment in the order they were stored (the export order).
    std::vector<Appointment> all() const;

private:
    std::vector<Appointment> load(
        const QString &whereAndOrder, const std::vector<QVariant> &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
