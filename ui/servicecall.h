#pragma once

#include <functional>
#include <optional>

#include <QString>

class QWidget;

namespace mestring::ui {

/// Runs a service call. Returns the message for the user when it failed with a service error
/// (refused, not found, rule broken) or a storage error; nullopt when it succeeded. The one
/// place widgets turn core's exceptions into text.
std::optional<QString> failureOf(const std::function<void()> &call);

/// Runs a service call and shows a failure in a warning box titled `title`; true on success.
bool callOrWarn(QWidget *parent, const QString &title, const std::function<void()> &call);

} // namespace mestring::ui
