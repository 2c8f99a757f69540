#pragma once

#include "core/domain/course.h"
#include "core/domain/journalnote.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one journal note: id, client, author, written_at and text present; not an
/// addendum to itself.
RuleIssues checkNote(const JournalNote &note);

/// A note's course belongs to the note's client. Refused at "course".
RuleIssues checkNoteCourse(const JournalNote &note, const Course &course);

/// An addendum points to an existing note of the same client. `original` is the note named by
/// `addendum_to`, or nullptr when there is none. Refused at "addendum_to".
RuleIssues checkAddendum(const JournalNote &note, const JournalNote *original);

} // namespace mestring::core
