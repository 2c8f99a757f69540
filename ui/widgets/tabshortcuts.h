#pragma once

class QTabWidget;

namespace mestring::ui {

/// Lets the shortcuts of the tab page shown (Ctrl+N "new", F2 "change", ...) work while the
/// tab bar has the focus, as they do anywhere inside the page: after Ctrl+Tab or a click on a
/// tab the cursor is on the tab bar, which is not inside the page.
void forwardPageShortcuts(QTabWidget *tabs);

} // namespace mestring::ui
