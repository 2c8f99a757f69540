#pragma once

#include <QString>

#include "core/domain/ruleissue.h"

namespace mestring::core {

/// The longest text each free-text field takes, in characters: generous enough that no real
/// entry is refused, small enough that a pasted document or garbage never gets in. The rules
/// refuse longer text (an import too); the dialogs stop typing at the limit.
namespace textlimit {
inline constexpr int personName = 100; // first and last name, staff member's name
inline constexpr int alias = 60;
inline constexpr int municipality = 80;
inline constexpr int phone = 30;
inline constexpr int address = 200;
inline constexpr int username = 50;
inline constexpr int team = 60; // a staff member's team ("Alkoholteam")
inline constexpr int reason = 500; // delay reason, consent text, prescription reason, notes
                                   // of absences and dispensings
inline constexpr int provider = 200;
inline constexpr int goalText = 1000;
inline constexpr int goalMeasure = 300;
inline constexpr int subGoalText = 300;
inline constexpr int journalNote = 20000;
inline constexpr int location = 100; // where an appointment takes place
inline constexpr int groupName = 100;
inline constexpr int sessionTopic = 200;
inline constexpr int closedDayReason = 100; // why the centre is closed that day
inline constexpr int waitingPerson = 200; // name and phone of someone on a waiting list
inline constexpr int centreText = 200; // the centre's name, address, phone and hours
} // namespace textlimit

/// Appends an error for `path` when `text` is longer than `maxLength` characters.
void checkTextLength(RuleIssues &issues, const QString &path, const QString &text, int maxLength);

} // namespace mestring::core
