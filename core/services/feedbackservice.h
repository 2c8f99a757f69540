#pragma once

#include <vector>

#include <QHash>
#include <QStringList>

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

/// The ORS and SRS totals (tenths) of one session, as far as given.
struct FitTotals
{
    std::optional<int> ors;
    std::optional<int> srs;
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
    /// The totals of each of these appointments that has a rating, for the lists that show
    /// them (the day list, the Aftaler tab). Needs ReadClinical; the list has logged its reads.
    QHash<QString, FitTotals> totalsForAppointments(
        const Actor &actor, const QStringList &appointmentIds);
    /// The same for one group session, by member course.
    QHash<QString, FitTotals> totalsForGroupSession(const Actor &actor, const QString &sessionId);
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
