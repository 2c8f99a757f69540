#pragma once

#include "core/domain/ruleissue.h"

namespace mestring::cli {

/// Prints issues one per line on stdout: "error: courses[3].end_reason: ...".
void printIssues(const core::RuleIssues &issues);

/// The one-line stderr message for refused input: "mestring-cli: <what>: <path>: <message>",
/// with the number of further errors when there are more.
QString refusal(const QString &what, const core::RuleIssues &errors);

} // namespace mestring::cli
