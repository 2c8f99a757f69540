#pragma once

#include <QString>

#include "core/domain/ruleissue.h"

namespace mestring::core::exchange {

/// Collects reading errors up to a limit, so a badly broken file of 100,000 records yields a
/// readable list instead of 100,000 lines.
class ErrorSink
{
public:
    explicit ErrorSink(int limit) : m_limit(limit) { }

    void add(const QString &path, const QString &message);
    bool isEmpty() const { return m_issues.empty() && !m_truncated; }
    bool isFull() const { return m_truncated; }
    /// The errors; when some were left out, a last entry says so.
    RuleIssues take();

private:
    RuleIssues m_issues;
    int m_limit;
    bool m_truncated = false;
};

} // namespace mestring::core::exchange
