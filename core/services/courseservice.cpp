#include "courseservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/registry.h"
#include "core/domain/ids.h"
#include "core/domain/journalnote.h"
#include "core/domain/rules/coursehistoryrules.h"
#include "core/domain/rules/courserules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/clientrepository.h"
#include "core/storage/courserepository.h"
#include "core/storage/database.h"
#include "core/storage/noterepository.h"
#include "core/storage/rowversion.h"
#include "editconflict.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

// The guarantee deadline is shown from the request on and warned about from this day.
constexpr int guaranteeWarningDay = 10;

void refuseIfEnded(const Course &course)
{
    if (course.isOpen()) return;
    refuse(QStringLiteral("end_date"),
        QCoreApplication::translate("mestring",
            "The course ended on %1 and can no longer "
            "be changed. Register a new course if the "
            "client comes back.")
            .arg(shownDate(course.endDate)));
}

RuleIssues guaranteeReminder(const Course &course, const QDate &today)
{
    const QDate deadline = CourseService::guaranteeDeadline(course);
    if (course.startDate.isValid() || !deadline.isValid()
        || course.requestDate.daysTo(today) < guaranteeWarningDay) {
        return {};
    }
    return {workflowWarning(QStringLiteral("start_date"),
        QCoreApplication::translate("mestring",
            "The treatment guarantee runs out on "
            "%1. Start treatment by then, or record "
            "the reason for the delay when it "
            "starts.")
            .arg(shownDate(deadline)))};
}

// The rule's own reading of "a journal note saying why" (checkPhaseHistory): a note of the
// client written on the day of the step back. Only the new entry is judged, so history imported
// with warnings is not warned about again on every change.
RuleIssues newEntryPhaseIssues(const Course &course, std::span<const JournalNote> notes)
{
    const QString path = elementPath(QLatin1StringView("phases"),
        qsizetype(course.phases.size() - 1), QLatin1StringView("phase"));
    RuleIssues result;
    for (RuleIssue &issue : checkPhaseHistory(course, notes)) {
        if (issue.path == path) result.push_back(std::move(issue));
    }
    return result;
}

[[noreturn]] void refuseStepBackWithoutNote()
{
    refuse(QStringLiteral("note"),
        QCoreApplication::translate("mestring",
            "The course goes back to an earlier phase. Write a journal note saying why; it is "
            "saved with the change."));
}

} // namespace

CourseService::CourseService(const Database &db, AccessLog &log, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

std::vector<Course> CourseService::forClient(const Actor &actor, const QString &clientId)
{
    // Admin staff book appointments and groups on a course, so they see course headers too.
    requireAnyPermission(actor, {Permission::ReadClinical, Permission::ManageAppointments});
    requireClient(m_db, clientId);
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::Courses));
    return CourseRepository(m_db).forClient(clientId);
}

Course CourseService::get(const Actor &actor, const QString &courseId)
{
    requireAnyPermission(actor, {Permission::ReadClinical, Permission::ManageAppointments});
    Course course = requireCourse(m_db, courseId);
    m_log.record(
        actor, AccessKind::Read, course.client, accessDetail(AccessTopic::Course, {courseId}));
    return course;
}

QDate CourseService::guaranteeDeadline(const Course &course)
{
    if (course.guaranteeExempt || !course.requestDate.isValid()) return {};
    return course.requestDate.addDays(treatmentGuaranteeDays);
}

RuleIssues CourseService::validate(const Course &course, bool starting) const
{
    RuleIssues issues = checkCourse(course);
    // Asked for at the moment treatment starts (domain.md): refused without a reason then.
    // Later changes of a course imported without one only repeat the warning.
    if (starting) enforceWorkflow(issues, QStringLiteral("guarantee_delay_reason"));
    const Client client = requireClient(m_db, course.client);
    // The client's other courses are read next for the overlap rule: one writer at a time.
    lockRow(m_db, "clients", client.id);
    appendIssues(issues, checkCourseClient(course, client));
    const std::vector<Course> others = CourseRepository(m_db).forClient(course.client);
    appendIssues(issues, checkCourseOverlap(course, others));
    if (!course.responsible.isEmpty()) requireStaff(m_db, course.responsible);
    return issues;
}

SaveResult CourseService::save(
    const Actor &actor, const Course &course, RuleIssues issues, bool isNew)
{
    refuseOnErrors(issues);
    if (isNew) {
        CourseRepository(m_db).insert(course);
    } else {
        claimVersion(m_db, "courses", course.id, course.version, actor.staffId, m_clock.now());
        CourseRepository(m_db).update(course);
    }
    m_log.appendInTransaction(actor, isNew ? AccessKind::Create : AccessKind::Change, course.client,
        QString(), accessDetail(AccessTopic::Course, {course.id}));
    m_after.add(
        [this, id = course.id, client = course.client] { Q_EMIT courseChanged(id, client); });
    return {course.id, issues};
}

SaveResult CourseService::create(const Actor &actor, Course course)
{
    requireAnyPermission(actor, {Permission::ManageIntake, Permission::WriteClinical});
    return m_after.run(m_db, [&] {
        if (course.id.isEmpty()) course.id = newId();
        if (course.legalBasis == LegalBasis::Sel101a && !course.guaranteeExempt)
            course.guaranteeExempt = GuaranteeExempt::Anonymous;
        if (course.endDate.isValid() || course.endReason || course.outcome) {
            refuse(QStringLiteral("end_date"),
                QCoreApplication::translate("mestring",
                    "A new course cannot be registered as "
                    "ended. Register it first, then end it "
                    "with an end reason and outcome."));
        }
        if (phaseHistoryGoesBack(course)) {
            refuse(QStringLiteral("phases"),
                QCoreApplication::translate("mestring",
                    "The phases of a new course go back to "
                    "an earlier phase. Register the phases "
                    "in order; a later step back is "
                    "recorded with a note saying why."));
        }
        RuleIssues issues = validate(course, course.startDate.isValid());
        appendIssues(issues, guaranteeReminder(course, m_clock.today()));
        addMergeNotice(course, issues);
        return save(actor, course, std::move(issues), true);
    });
}

void CourseService::addMergeNotice(const Course &course, RuleIssues &issues) const
{
    const std::optional<Client> client = ClientRepository(m_db).byId(course.client);
    if (!client) return; // validate() has refused the missing client already
    if (const std::optional<RuleIssue> notice = registryMergeNotice(
            CourseRepository(m_db).forClient(course.client), course, client->anonymous))
        issues.push_back(*notice);
}

SaveResult CourseService::updateDetails(const Actor &actor, const Course &details)
{
    requireAnyPermission(actor, {Permission::ManageIntake, Permission::WriteClinical});
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, details.id);
        requireVersion(m_db, "courses", course, details.version, details);
        course.legalBasis = details.legalBasis;
        course.setting = details.setting;
        course.program = details.program;
        course.primarySubstance = details.primarySubstance;
        course.secondarySubstances = details.secondarySubstances;
        course.responsible = details.responsible;
        course.residentialProvider = details.residentialProvider;
        course.plannedWeeks = details.plannedWeeks;
        return save(actor, course, validate(course), false);
    });
}

SaveResult CourseService::start(
    const Actor &actor, const QString &courseId, const QDate &startDate, const QString &delayReason)
{
    requireAnyPermission(actor, {Permission::ManageIntake, Permission::WriteClinical});
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, courseId);
        refuseIfEnded(course);
        if (course.startDate.isValid()) {
            refuse(QStringLiteral("start_date"),
                QCoreApplication::translate("mestring", "Treatment already started on %1.")
                    .arg(shownDate(course.startDate)));
        }
        if (!startDate.isValid()) {
            refuse(QStringLiteral("start_date"),
                QCoreApplication::translate("mestring", "Enter the day treatment starts."));
        }
        course.startDate = startDate;
        course.guaranteeDelayReason = delayReason.trimmed();
        RuleIssues issues = validate(course, true);
        addMergeNotice(course, issues);
        return save(actor, course, std::move(issues), false);
    });
}

SaveResult CourseService::changePhase(const Actor &actor, const QString &courseId, Phase phase,
    const QDate &date, const QString &noteText, NoteKind noteKind)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, courseId);
        refuseIfEnded(course);
        if (!date.isValid()) {
            refuse(QStringLiteral("phases"),
                QCoreApplication::translate(
                    "mestring", "Enter the day the course enters the phase."));
        }
        const std::optional<Phase> current = course.currentPhase();
        const bool stepBack = current && phase < *current;
        const bool withNote = stepBack && !noteText.trimmed().isEmpty();
        course.phases.push_back({phase, date});
        RuleIssues issues = validate(course);
        refuseOnErrors(issues);

        JournalNote note;
        if (withNote) {
            note = {newId(), course.client, course.id, signingStaffId(actor), m_clock.now(),
                noteKind, noteText.trimmed(), QString()};
        }
        if (stepBack) {
            std::vector<JournalNote> notes = NoteRepository(m_db).forClient(course.client);
            if (withNote) notes.push_back(note);
            const RuleIssues unexplained = newEntryPhaseIssues(course, notes);
            if (!withNote && !unexplained.empty()) refuseStepBackWithoutNote();
            // A note signed today for a step back dated earlier: saved, and the warning the checker
            // will show is shown now too.
            appendIssues(issues, unexplained);
        }
        SaveResult result = save(actor, course, issues, false);
        if (withNote) {
            NoteRepository(m_db).insert(note);
            m_after.add(
                [this, id = note.id, client = course.client] { Q_EMIT noteAdded(id, client); });
        }
        return result;
    });
}

SaveResult CourseService::end(const Actor &actor, const QString &courseId, const QDate &endDate,
    std::optional<EndReason> reason, std::optional<Outcome> outcome)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, courseId);
        refuseIfEnded(course);
        if (!endDate.isValid()) {
            refuse(QStringLiteral("end_date"),
                QCoreApplication::translate("mestring", "Enter the day the course ended."));
        }
        course.endDate = endDate;
        course.endReason = reason;
        course.outcome = outcome;
        return save(actor, course, validate(course), false);
    });
}

SaveResult CourseService::setGuaranteeExempt(
    const Actor &actor, const QString &courseId, std::optional<GuaranteeExempt> exempt)
{
    requireAnyPermission(actor, {Permission::ManageIntake, Permission::WriteClinical});
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, courseId);
        course.guaranteeExempt = exempt;
        if (exempt) course.guaranteeDelayReason.clear(); // an exempt course has nothing to explain
        return save(actor, course, validate(course), false);
    });
}

SaveResult CourseService::setDeclinedFollowup(
    const Actor &actor, const QString &courseId, bool declined)
{
    requirePermission(actor, Permission::WriteClinical);
    return m_after.run(m_db, [&] {
        Course course = requireCourse(m_db, courseId);
        course.declinedFollowup = declined;
        return save(actor, course, validate(course), false);
    });
}

} // namespace mestring::core
