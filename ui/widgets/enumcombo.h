#pragma once

#include <optional>

#include <QComboBox>

#include "core/domain/enums.h"

namespace mestring::ui {

/// Fills `combo` with every value of E, shown by `title`, the value's code as item data.
/// With `noneText` the first item is "not chosen" (no data).
template <typename E>
void fillEnumCombo(QComboBox *combo, QString (*title)(E), const QString &noneText = QString())
{
    combo->clear();
    if (!noneText.isNull()) combo->addItem(noneText);
    for (E value : core::enumValues<E>())
        combo->addItem(title(value), core::enumCode(value));
}

/// The value chosen in a combo filled by fillEnumCombo; nullopt for "not chosen".
template <typename E> std::optional<E> enumComboValue(const QComboBox *combo)
{
    const QString code = combo->currentData().toString();
    if (code.isEmpty()) return std::nullopt;
    return core::parseEnum<E>(code);
}

template <typename E> void setEnumComboValue(QComboBox *combo, std::optional<E> value)
{
    const int index = value ? combo->findData(core::enumCode(*value)) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace mestring::ui
