#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/services/registryworklist.h"

namespace mestring::ui {

/// "Indberetning – arbejdsliste", the printed list's title.
QString registryListTitle();
/// The registry worklist as printed (A4 landscape): the date, the counts, and every row as on
/// the screen.
QString registryListHtml(const std::vector<core::RegistryWorkItem> &items, const QDate &today);

} // namespace mestring::ui
