#include "errorsink.h"

#include "exchangemessages.h"

namespace mestring::core::exchange {

void ErrorSink::add(const QString &path, const QString &message)
{
    if (int(m_issues.size()) >= m_limit) {
        m_truncated = true;
        return;
    }
    m_issues.push_back({RuleIssue::Severity::Error, path, message});
}

RuleIssues ErrorSink::take()
{
    RuleIssues issues = std::move(m_issues);
    if (m_truncated)
        issues.push_back({RuleIssue::Severity::Error, QString(), msgTooManyErrors(m_limit)});
    m_issues.clear();
    m_truncated = false;
    return issues;
}

} // namespace mestring::core::exchange
