#pragma once

#include <optional>

#include <QString>

#include "core/domain/goal.h"
#include "core/domain/noshowrate.h"

namespace mestring::ui {

// Texts shared by the printed record reports (Opfølgning pr. behandler, Borgerstatus).

/// "33 % (1 af 3)"; "–" when no appointment counts.
QString noShowRateText(const core::NoShowRate &rate);
/// A VUM score with its word ("2 moderat"); "–" for none.
QString scoreText(std::optional<int> score);
/// "Start 3 svær → seneste 1 let (20-02-2026) → mål 1 let"; missing steps shown as "–".
QString goalProgressText(const core::Goal &goal);
/// "Selvforvaltning: Drikke mindre (frist 10-04-2026)".
QString goalTitleText(const core::Goal &goal);

} // namespace mestring::ui
