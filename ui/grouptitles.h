#pragma once

#include <QColor>
#include <QString>

#include "core/domain/enums.h"

namespace mestring::ui {

// The words staff read for group courses (translated; Danish by default). Kept apart from
// enumtitles/recordtitles so the group screens own their words.

/// "BASIS psychoeducation", "CBT (cognitive behavioural therapy)", ...
QString groupTypeTitle(core::GroupType type);
/// "attended", "no-show", "cancelled by the client".
QString attendanceStatusTitle(core::AttendanceStatus status);
/// The letter in a register cell and the key that records it: F, U, A (fremmødt, udeblevet,
/// afbud) in every language, as the Kalender's keys.
QString attendanceStatusLetter(core::AttendanceStatus status);
/// The cell colour of a status in the register (green, red, amber), light enough for text.
QColor attendanceStatusColor(core::AttendanceStatus status);

} // namespace mestring::ui
