#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/fitrating.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// The ORS and SRS of one client at one session, as far as given.
struct FitSessionRatings
{
    std::optional<FitRating> ors;
    std::optional<FitRating> srs;
};

/// Client feedback (FIT, domain.md "Client feedback"): the ORS at the start and the SRS at the
/// end of an individual session (an appointment) or a group session. The service fills in the
/// rating's date and, for appointments, its course from the session; it refuses a rating of a
/// session after today, of a client who was not there, a second ORS or SRS of one client in
/// one session (a correction keeps the rating's id and changes its items), and items outside
/// 0.0–10.0. Reading needs ReadClinical, recording WriteClinical; every read and change is
/// written to the access log.
class FeedbackService : public QObject
{
    Q_OBJECT

public:
    FeedbackService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    /// Records a new rating (id empty or unknown) or corrects the items of a stored one (its
    /// id). For an appointment `course` may be empty; for a group session it names the
    /// member's course.
    SaveResult record(const Actor &actor, FitRating rating);
    /// The client's ORS and SRS of one session so far: an appointment, or a group session
    /// and the member's course.
    FitSessionRatings forSession(const Actor &actor, const QString &appointmentId,
        const QString &sessionId = {}, const QString &courseId = {});
    /// A course's ratings, earliest first (the record's trend).
    std::vector<FitRating> forCourse(const Actor &actor, const QString &courseId);
    /// The data rules a draft breaks, for the dialog while typing (nothing is logged).
    RuleIssues validate(const FitRating &rating) const;

Q_SIGNALS:
    void feedbackChanged(const QString &courseId, const QString &clientId);

private:
    struct Resolved
    {
        FitRating rating;
        QString clientId;
        RuleIssues issues;
    };
    Resolved resolve(FitRating rating) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
