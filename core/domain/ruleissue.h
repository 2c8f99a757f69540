#pragma once

#include <vector>

#include <QString>

namespace mestring::core {

/// One breach of a domain rule. Data rules are errors (never stored); workflow rules are
/// warnings when history is imported or checked, and are enforced by services at the moment
/// staff record something.
struct RuleIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    /// Where: a JSON path into the interchange document, e.g. "courses[3].end_reason", or a
    /// field name relative to the record ("end_reason") when a single record is checked.
    QString path;
    /// What is wrong and what to do, in the user's language (translated with tr()).
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using RuleIssues = std::vector<RuleIssue>;

inline bool hasErrors(const RuleIssues &issues)
{
    for (const RuleIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

} // namespace mestring::core
