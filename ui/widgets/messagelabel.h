#pragma once

#include <QLabel>

namespace mestring::ui {

/// Shows a one-line message of a page or panel: in the error colour when it is an error,
/// hidden when empty.
inline void showMessageIn(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace mestring::ui
