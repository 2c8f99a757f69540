#pragma once

#include <QString>

class QCoreApplication;

namespace mestring::ui {

/// Installs Mestring's Danish translation (from the resource :/i18n/mestring_da.qm) and Qt's
/// own (qtbase_da.qm: standard buttons, file dialogs) and makes Danish the default locale.
/// The environment variable MESTRING_LANG=en keeps the English source texts (for debugging
/// and for reading a user's bug report next to the code). Returns the language in use: "da"
/// or "en".
QString installTranslations(QCoreApplication &app);

/// Removes the translators installTranslations() added (tests that switch language).
void removeTranslations(QCoreApplication &app);

} // namespace mestring::ui
