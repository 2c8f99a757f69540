#pragma once

#include <span>

#include <QDate>

#include "core/domain/course.h"
#include "core/domain/journalnote.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// First day of the course's interval: its start, or its request date when not started.
QDate courseIntervalStart(const Course &course);

/// Same client and kind, and the intervals (start or request date .. end date or open) share a
/// day; touching on the same day counts.
bool coursesOverlap(const Course &a, const Course &b);

/// Courses of the same kind for one client never overlap. `clientCourses` are the client's
/// other courses (the course itself, by id, is skipped).
RuleIssues checkCourseOverlap(const Course &course, std::span<const Course> clientCourses);

/// True when some phase entry goes to an earlier phase than the entry before it.
bool phaseHistoryGoesBack(const Course &course);

/// Workflow rule: a step back to an earlier phase needs a journal note saying why, taken to be
/// a note of the course's client written on the day of that phase entry, on this course or on
/// none. `clientNotes` are the client's notes. Warns at "phases[i].phase".
RuleIssues checkPhaseHistory(const Course &course, std::span<const JournalNote> clientNotes);

} // namespace mestring::core
