#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/assessment.h"

namespace mestring::core {

class AccessLog;
class Database;

/// Status assessments (statusmålinger) of a course: intake, follow-up every 3 months,
/// discharge and the post-discharge follow-ups. Enforces the ranges of domain.md (life areas
/// 0-4, quality of life 0-20, days used 0-28, drinks not negative). Reads need ReadClinical,
/// changes WriteClinical; every read and change is written to the access log.
class AssessmentService : public QObject
{
    Q_OBJECT

public:
    AssessmentService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    /// A course's assessments, earliest first; logs the read.
    std::vector<Assessment> forCourse(const Actor &actor, const QString &courseId);
    /// Records an assessment (assigns an id when empty). Warns when a post-discharge follow-up
    /// is recorded on a course whose client declined follow-up.
    SaveResult record(const Actor &actor, Assessment assessment);
    /// Corrects a recorded assessment; its course stays the same.
    SaveResult update(const Actor &actor, const Assessment &assessment);

Q_SIGNALS:
    void assessmentChanged(const QString &assessmentId, const QString &courseId);

private:
    SaveResult save(const Actor &actor, const Assessment &assessment, bool isNew);

    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
