#pragma once

#include "core/domain/groupcourse.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Data rules on one group course and its nested lists: id and name present; capacity at least
/// 1; sessions have a unique id and a date; members name a course and a first day, from <= to;
/// every attendance record refers to a session of this group and to a course that is a member,
/// at most one per session and course; waiting entries name a course; leaders are named.
/// Paths are relative to the group: "sessions[2].id", "attendance[5].session".
/// That leaders and courses exist is checked where the staff and courses are known
/// (checkDataset, or the service that saves the group).
RuleIssues checkGroup(const GroupCourse &group);

} // namespace mestring::core
