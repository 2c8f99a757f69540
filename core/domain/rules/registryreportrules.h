#pragma once

#include "core/domain/course.h"
#include "core/domain/registryreport.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one registry mark alone: course, reporting day and who present.
RuleIssues checkRegistryReport(const RegistryReport &report);

/// Data rules between a mark and its course: the course is reported at all (anonymous courses
/// never are), the event has happened, and it was reported on or after the day it happened.
RuleIssues checkRegistryReportOn(
    const RegistryReport &report, const Course &course, bool anonymousClient);

/// The error for a second mark of the same course and event.
RuleIssue registryDuplicateError();

} // namespace mestring::core
