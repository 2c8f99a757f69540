#pragma once

#include <optional>
#include <vector>

#include <QStringList>
#include <QVariantList>

#include "core/domain/fitrating.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// FIT ratings (ORS and SRS). The client column is filled from the course, so the database
/// itself holds one ORS and one SRS per session and client.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const FitRating &rating);
    /// A corrected rating: new items (its session, course and scale stay).
    void updateItems(const FitRating &rating);
    std::optional<FitRating> byId(const QString &id) const;
    /// A course's ratings, earliest first (date, then id).
    std::vector<FitRating> forCourse(const QString &courseId) const;
    /// A client's ratings of one session (an appointment, or a group session), any course.
    std::vector<FitRating> forSession(
        const QString &clientId, const QString &appointmentId, const QString &sessionId) const;
    /// Every rating of the appointments (by id) in `appointmentIds`.
    std::vector<FitRating> forAppointments(const QStringList &appointmentIds) const;
    /// Every rating of one group session.
    std::vector<FitRating> forGroupSession(const QString &sessionId) const;
    /// Whether any rating belongs to one of these group sessions.
    bool anyForGroupSessions(const QStringList &sessionIds) const;
    /// The ratings of courses not ended before `day` (the overview's flags): of one client
    /// when `clientId` is given, of one responsible staff member's courses when `responsible`
    /// is, else of every course.
    std::vector<FitRating> ofCoursesOpenOn(
        const QDate &day, const QString &clientId = {}, const QString &responsible = {}) const;
    /// Every rating in the order it was stored (the export order).
    std::vector<FitRating> all() const;

private:
    std::vector<FitRating> load(const QString &whereAndOrder, const QVariantList &values) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
