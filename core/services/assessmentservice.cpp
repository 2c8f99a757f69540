#include "assessmentservice.h"

#include <QCoreApplication>

#include "accessdetail.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/assessmentrules.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/storage/assessmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

RuleIssues followupWarning(const Assessment &assessment, const Course &course)
{
    const bool postDischarge
        = assessment.type == AssessmentType::Post1m || assessment.type == AssessmentType::Post6m;
    if (!postDischarge || !course.declinedFollowup) return {};
    return {workflowWarning(QStringLiteral("type"),
        QCoreApplication::translate("mestring",
            "The client declined follow-up after "
            "discharge. Check that the client "
            "agreed to this follow-up."))};
}

} // namespace

AssessmentService::AssessmentService(const Database &db, AccessLog &log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
{
}

std::vector<Assessment> AssessmentService::forCourse(const Actor &actor, const QString &courseId)
{
    requirePermission(actor, Permission::ReadClinical);
    const Course course = requireCourse(m_db, courseId);
    m_log.record(
        actor, AccessKind::Read, course.client, accessDetail(AccessTopic::Assessments, {courseId}));
    return AssessmentRepository(m_db).forCourse(courseId);
}

SaveResult AssessmentService::save(const Actor &actor, const Assessment &assessment, bool isNew)
{
    const Course course = requireCourse(m_db, assessment.course);
    RuleIssues issues = checkAssessment(assessment);
    appendIssues(issues, followupWarning(assessment, course));
    refuseOnErrors(issues);
    Transaction transaction(m_db);
    if (isNew)
        AssessmentRepository(m_db).insert(assessment);
    else
        AssessmentRepository(m_db).update(assessment);
    m_log.appendInTransaction(actor, isNew ? AccessKind::Create : AccessKind::Change, course.client,
        QString(), accessDetail(AccessTopic::Assessment, {assessment.id}));
    transaction.commit();
    Q_EMIT assessmentChanged(assessment.id, assessment.course);
    return {assessment.id, issues};
}

SaveResult AssessmentService::record(const Actor &actor, Assessment assessment)
{
    requirePermission(actor, Permission::WriteClinical);
    if (assessment.id.isEmpty()) assessment.id = newId();
    return save(actor, assessment, true);
}

SaveResult AssessmentService::update(const Actor &actor, const Assessment &changed)
{
    requirePermission(actor, Permission::WriteClinical);
    const std::optional<Assessment> stored = AssessmentRepository(m_db).byId(changed.id);
    if (!stored) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The assessment no longer "
            "exists. Open the course "
            "again."));
    }
    Assessment assessment = changed;
    assessment.course = stored->course; // moving it to another client's course is not a fix
    return save(actor, assessment, false);
}

} // namespace mestring::core
