#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "core/domain/ruleissue.h"

class QWidget;

namespace mestring::ui {

/// Runs a service call. Returns the message for the user when it failed with a service error
/// (refused, not found, rule broken) or a storage error; nullopt when it succeeded. The one
/// place widgets turn core's exceptions into text.
std::optional<QString> failureOf(const std::function<void()> &call);

/// The messages of `issues` (warnings of a saved record, a refusal's reasons), one per line.
QString issueText(const core::RuleIssues &issues);

/// Runs a service call and shows a failure in a warning box titled `title`; true on success.
bool callOrWarn(QWidget *parent, const QString &title, const std::function<void()> &call);

} // namespace mestring::ui
