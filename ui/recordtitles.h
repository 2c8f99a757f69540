#pragma once

#include <optional>

#include <QString>

#include "core/domain/enums.h"

namespace mestring::ui {

// The words staff read for the closed lists of the plan, assessments, journal and absences
// (translated; Danish by default). Kept apart from enumtitles.h so the record tabs could be
// built next to the course screens without touching the same file.

QString themeTitle(core::Theme theme);
QString goalStatusTitle(core::GoalStatus status);
QString assessmentTypeTitle(core::AssessmentType type);
QString lifeAreaTitle(core::LifeArea area);
QString noteKindTitle(core::NoteKind kind);
QString absenceReasonTitle(core::AbsenceReason reason);
QString appointmentTypeTitle(core::AppointmentType type);
QString appointmentStatusTitle(core::AppointmentStatus status);

/// A VUM support-need score with its word: "2 moderat støttebehov"; empty for nullopt.
QString vumTitle(std::optional<int> score);
/// The word alone ("moderat"), for narrow table cells next to the number.
QString vumWord(int score);
/// A life-area severity 0-4 with its word ("3 svær"); "not asked" for nullopt.
QString severityTitle(std::optional<int> score);

} // namespace mestring::ui
