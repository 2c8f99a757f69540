#pragma once

#include <QString>

#include "core/services/accessdetail.h"
#include "core/services/accesslogservice.h"

namespace mestring::ui {

/// What an access-log entry says was used, in Danish and without internal ids ("Mål i et
/// forløb", "Dagsliste gemt som PDF", "Kalender for Anne Holm"), for the manager's access log
/// and the citizen's "Hvem har set mine data". A text of no known topic is shown as stored.
QString accessDetailText(const core::AccessLogLine &line);

/// "Dagsliste", "Borgerstatus", ...: the document a print or export entry names.
QString accessDocumentTitle(core::AccessDocument document);

} // namespace mestring::ui
