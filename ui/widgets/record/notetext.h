#pragma once

#include <QString>

#include "core/services/noteservice.h"

namespace mestring::ui {

/// A note as the journal's reading pane shows it (HTML): kind, time, who signed it, the text,
/// then each addendum with who wrote it and when. The original is never hidden by an addendum.
QString noteHtml(const core::NoteEntry &entry, const QString &courseName);
/// "Signed by Anne Holm on 17-01-2025 11:05".
QString signedLine(const core::JournalNote &note, const QString &authorName);

} // namespace mestring::ui
