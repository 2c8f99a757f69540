#pragma once

#include <optional>
#include <vector>

#include <QDate>

#include "course.h"
#include "ruleissue.h"

namespace mestring::core {

/// The national registers courses are reported to (domain.md "Registry reporting"): drug
/// courses to Stofmisbrugsdatabasen, alcohol courses to the national alcohol treatment register.
enum class Register { Smdb, Nab };

/// How the deadline of an event is counted.
enum class RegistryDeadlineRule {
    MonthEndPlus15, // SEL § 101 (social drug treatment): 15 days after the end of the month
    MonthAfterStart, // SUL § 142 (medical drug treatment): 1 month after the start of treatment
    EndOfNextMonth, // NAB: by the end of the following month
};

/// The register of a course; nullopt for anonymous courses (SEL § 101 a, or an anonymous
/// client), which are never reported.
std::optional<Register> registerOf(const Course &course, bool anonymousClient);
RegistryDeadlineRule deadlineRuleOf(const Course &course);

/// One event of a course to report.
struct RegistryDue
{
    RegistryEvent event = RegistryEvent::Request;
    QDate happened;
    /// The last day to report it; null while it cannot be due yet (a SUL § 142 request before
    /// treatment has started).
    QDate deadline;
};

/// The events the course has had (request, start, discharge, as far as their dates are set),
/// with their deadlines. The caller decides whether the course is reported at all.
std::vector<RegistryDue> registryEvents(const Course &course);
/// The deadline of one event of the course; null when the event has not happened or is not
/// due yet.
QDate registryDeadline(const Course &course, RegistryEvent event);
/// The date of the event on the course; null when it has not happened.
QDate registryEventDate(const Course &course, RegistryEvent event);

/// A new course that starts this many days or fewer after the client's previous course of the
/// same kind ended is merged with it by the register (Danmarks Statistik's rule).
inline constexpr int registryMergeDays = 10;

/// The previous course of the same client and kind that the register merges `course` with:
/// one that ended on or before the new course's start (its request date while not started)
/// and at most registryMergeDays before it. Courses with `course`'s id are skipped.
std::optional<Course> registryMergedWith(
    const std::vector<Course> &clientCourses, const Course &course);

/// The notice staff get when a course is created or started that the register will merge
/// with the previous one (a warning at "start_date", or "request_date" while not started);
/// nullopt when it is not merged or the course is never reported.
std::optional<RuleIssue> registryMergeNotice(
    const std::vector<Course> &clientCourses, const Course &course, bool anonymousClient);

} // namespace mestring::core
