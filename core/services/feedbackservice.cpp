#include "feedbackservice.h"

#include <algorithm>

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/rules/feedbackrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/appointmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/feedbackrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

FitSessionFacts appointmentFacts(const Database &db, FitRating &rating)
{
    FitSessionFacts facts;
    const std::optional<Appointment> a = AppointmentRepository(db).byId(rating.appointment);
    if (!a) return facts;
    facts = {true, a->startDay(), a->course, a->status, true, std::nullopt};
    if (rating.course.isEmpty()) rating.course = a->course;
    return facts;
}

FitSessionFacts groupSessionFacts(const Database &db, const FitRating &rating)
{
    FitSessionFacts facts;
    const std::optional<QString> groupId = GroupCourseRepository(db).groupOfSession(rating.session);
    if (!groupId) return facts;
    const std::optional<GroupCourse> group = GroupCourseRepository(db).byId(*groupId);
    if (!group) return facts;
    for (const GroupSession &s : group->sessions) {
        if (s.id == rating.session) facts.day = s.date;
    }
    facts.found = true;
    facts.member = std::any_of(group->members.begin(), group->members.end(),
        [&](const GroupMember &m) { return m.course == rating.course; });
    for (const GroupAttendance &a : group->attendance) {
        if (a.session == rating.session && a.course == rating.course) facts.attendance = a.status;
    }
    return facts;
}

} // namespace

FeedbackService::FeedbackService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

FeedbackService::Resolved FeedbackService::resolve(FitRating rating) const
{
    Resolved result;
    FitSessionFacts facts;
    if (!rating.appointment.isEmpty() && rating.session.isEmpty()) {
        facts = appointmentFacts(m_db, rating);
        if (!facts.found)
            throw NotFound(QCoreApplication::translate(
                "mestring", "The appointment no longer exists. Open it again."));
    } else if (!rating.session.isEmpty() && rating.appointment.isEmpty()) {
        facts = groupSessionFacts(m_db, rating);
        if (!facts.found)
            throw NotFound(QCoreApplication::translate(
                "mestring", "The group session no longer exists. Open it again."));
    }
    if (facts.found) rating.date = facts.day;
    result.issues = checkFitRating(rating);
    append(result.issues, checkFitSession(rating, facts));
    if (facts.found && facts.day > m_clock.today()) {
        result.issues.push_back(dataError(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "The session on %1 has not been held yet. Record FIT on or after the day.")
                .arg(shownDate(facts.day))));
    }
    if (!rating.course.isEmpty()) result.clientId = requireCourse(m_db, rating.course).client;
    // One ORS and one SRS per session and client: a second one is refused, unless it is the
    // same rating corrected.
    for (const FitRating &other :
        FeedbackRepository(m_db).forSession(result.clientId, rating.appointment, rating.session)) {
        if (other.scale == rating.scale && other.id != rating.id)
            result.issues.push_back(fitDuplicateError(rating, shownDate(other.date)));
    }
    result.rating = std::move(rating);
    return result;
}

RuleIssues FeedbackService::validate(const FitRating &rating) const
{
    return checkFitRating(rating);
}

SaveResult FeedbackService::record(const Actor &actor, FitRating rating)
{
    requirePermission(actor, Permission::WriteClinical);
    std::optional<FitRating> stored;
    if (!rating.id.isEmpty()) stored = FeedbackRepository(m_db).byId(rating.id);
    if (stored) {
        // A correction changes the items only; what it was about stays.
        const std::array<int, 4> items = rating.items;
        rating = *stored;
        rating.items = items;
    } else if (rating.id.isEmpty()) {
        rating.id = newId();
    }
    Resolved resolved = resolve(std::move(rating));
    refuseOnErrors(resolved.issues);
    const FitRating &r = resolved.rating;

    Transaction transaction(m_db);
    FeedbackRepository repository(m_db);
    if (stored)
        repository.updateItems(r);
    else
        repository.insert(r);
    m_log.appendInTransaction(actor, stored ? AccessKind::Change : AccessKind::Create,
        resolved.clientId, QString(),
        QStringLiteral("fit ") + enumCode(r.scale) + QLatin1Char(' ') + r.id);
    transaction.commit();
    Q_EMIT feedbackChanged(r.course, resolved.clientId);
    return {r.id, {}};
}

FitSessionRatings FeedbackService::forSession(const Actor &actor, const QString &appointmentId,
    const QString &sessionId, const QString &courseId)
{
    requirePermission(actor, Permission::ReadClinical);
    QString clientId;
    if (!appointmentId.isEmpty()) {
        const std::optional<Appointment> a = AppointmentRepository(m_db).byId(appointmentId);
        if (!a)
            throw NotFound(QCoreApplication::translate(
                "mestring", "The appointment no longer exists. Open it again."));
        clientId = requireCourse(m_db, a->course).client;
    } else {
        clientId = requireCourse(m_db, courseId).client;
    }
    m_log.record(actor, AccessKind::Read, clientId, QStringLiteral("fit"));
    FitSessionRatings result;
    for (FitRating &r : FeedbackRepository(m_db).forSession(clientId, appointmentId, sessionId)) {
        if (r.scale == FitScale::Ors)
            result.ors = std::move(r);
        else
            result.srs = std::move(r);
    }
    return result;
}

namespace {

void addTotal(FitTotals &totals, const FitRating &r)
{
    (r.scale == FitScale::Ors ? totals.ors : totals.srs) = r.total();
}

} // namespace

QHash<QString, FitTotals> FeedbackService::totalsForAppointments(
    const Actor &actor, const QStringList &appointmentIds)
{
    requirePermission(actor, Permission::ReadClinical);
    QHash<QString, FitTotals> totals;
    for (const FitRating &r : FeedbackRepository(m_db).forAppointments(appointmentIds))
        addTotal(totals[r.appointment], r);
    return totals;
}

QHash<QString, FitTotals> FeedbackService::totalsForGroupSession(
    const Actor &actor, const QString &sessionId)
{
    requirePermission(actor, Permission::ReadClinical);
    QHash<QString, FitTotals> totals;
    for (const FitRating &r : FeedbackRepository(m_db).forGroupSession(sessionId))
        addTotal(totals[r.course], r);
    return totals;
}

std::vector<FitRating> FeedbackService::forCourse(const Actor &actor, const QString &courseId)
{
    requirePermission(actor, Permission::ReadClinical);
    const Course course = requireCourse(m_db, courseId);
    m_log.record(actor, AccessKind::Read, course.client, QStringLiteral("fit"));
    return FeedbackRepository(m_db).forCourse(courseId);
}

} // namespace mestring::core
