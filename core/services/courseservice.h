#pragma once

#include <optional>
#include <vector>

#include <QObject>

#include "aftercommit.h"

#include "actor.h"
#include "clientservice.h"
#include "core/domain/course.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Treatment courses (behandlingsforløb): requests, start, phases, ending. Enforces the course
/// rules of domain.md section 2 when staff record them: one open course per kind and client,
/// anonymous clients only ambulant, the legal basis fits the kind, a delay reason when
/// treatment starts after day 14 of the request (refused without one), a journal note for a
/// step back to an earlier phase (written in the same transaction), and end reason plus
/// outcome on every ended course. Every read and change is written to the access log.
///
/// Intake staff (ManageIntake) and clinical staff (WriteClinical) register requests, create
/// and start courses; phases, ending and follow-up choices are clinical (WriteClinical).
class CourseService : public QObject
{
    Q_OBJECT

public:
    CourseService(const Database &db, AccessLog &log, const Clock &clock,
                  QObject *parent = nullptr);

    /// The courses of a client, oldest first; logs the read.
    std::vector<Course> forClient(const Actor &actor, const QString &clientId);
    /// One course; logs the read.
    Course get(const Actor &actor, const QString &courseId);

    /// Registers a request (request date, no start date: the guarantee countdown starts) or a
    /// course that starts at once. Assigns an id when empty; an SEL § 101 a course is exempt
    /// from the guarantee as anonymous. End fields must be empty (see end()). Warns from day
    /// 10 of an unstarted request that the guarantee deadline is near.
    SaveResult create(const Actor &actor, Course course);
    /// Changes what the course is (legal basis, setting, program, substances, responsible,
    /// residential fields); dates, phases and the end keep their own operations.
    SaveResult updateDetails(const Actor &actor, const Course &details);
    /// Treatment starts on `startDate`. Later than day 14 after the request and not exempt,
    /// `delayReason` is required.
    SaveResult start(const Actor &actor, const QString &courseId, const QDate &startDate,
        const QString &delayReason = {});
    /// Appends {phase, date}. A step back to an earlier phase needs a journal note saying why
    /// (domain.md): `noteText` is signed as a note of `noteKind` and saved with the change. A
    /// step back dated before today is saved with a warning, as the note is dated today.
    /// Without `noteText` a step back is refused unless a note of the client written on that
    /// day already explains it.
    SaveResult changePhase(const Actor &actor, const QString &courseId, Phase phase,
        const QDate &date, const QString &noteText = {}, NoteKind noteKind = NoteKind::Other);
    /// Ends the course; the end reason and the outcome are both required.
    SaveResult end(const Actor &actor, const QString &courseId, const QDate &endDate,
        std::optional<EndReason> reason, std::optional<Outcome> outcome);
    SaveResult setGuaranteeExempt(
        const Actor &actor, const QString &courseId, std::optional<GuaranteeExempt> exempt);
    SaveResult setDeclinedFollowup(const Actor &actor, const QString &courseId, bool declined);

    /// The last day treatment may start under the guarantee; null when exempt or no request.
    static QDate guaranteeDeadline(const Course &course);

Q_SIGNALS:
    void courseChanged(const QString &courseId, const QString &clientId);
    /// A note was written as part of a course change (a step back to an earlier phase).
    void noteAdded(const QString &noteId, const QString &clientId);

private:
    RuleIssues validate(const Course &course, bool starting = false) const;
    /// The register's 10-day merge notice (domain.md "Registry reporting") as a warning.
    void addMergeNotice(const Course &course, RuleIssues &issues) const;
    SaveResult save(const Actor &actor, const Course &course, RuleIssues issues, bool isNew);

    const Database &m_db;
    AfterCommit m_after;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
