#pragma once

#include <span>

#include <QDate>

#include "core/domain/client.h"
#include "core/domain/course.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Treatment must start no later than this many days after the request (behandlingsgaranti).
inline constexpr int treatmentGuaranteeDays = 14;

/// Rules on one course alone. Data rules: id, client and a request or start date present;
/// legal basis fits kind and setting; residential fields only on residential courses; request
/// <= start <= end; phase dates never decrease; end_date if and only if end_reason and
/// outcome; `stabilised` only on drug courses; guarantee exemption consistent with the legal
/// basis and the delay reason. Workflow rule (warning): started after day 14 of the request,
/// not exempt, with no delay reason.
RuleIssues checkCourse(const Course &course);

/// An anonymous client may only have ambulant courses.
RuleIssues checkCourseClient(const Course &course, const Client &client);

} // namespace mestring::core
