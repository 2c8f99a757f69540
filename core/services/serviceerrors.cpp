#include "serviceerrors.h"

#include <QStringList>

namespace mestring::core {

namespace {

QString joinErrors(const RuleIssues &issues)
{
    QStringList lines;
    for (const RuleIssue &issue : issues) {
        if (issue.isError())
            lines << issue.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RuleViolation::RuleViolation(RuleIssues issues)
    : ServiceError(joinErrors(issues))
    , m_issues(std::move(issues))
{
}

} // namespace mestring::core
