#pragma once

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace mestring::ui {

/// The keyboard behaviour of the medication dialogs, where a stray key must never record or
/// throw away anything: the cursor starts in `firstField`; the buttons never take the focus
/// (so a space or a letter typed by mistake goes to a field, never to Cancel), each has a
/// mnemonic; Ctrl+Enter saves from any field, Enter saves from a one-line field, Esc cancels
/// (asking first when something was typed).
void makeKeyboardSafe(QDialog *dialog, QDialogButtonBox *buttons, QWidget *firstField);

} // namespace mestring::ui
