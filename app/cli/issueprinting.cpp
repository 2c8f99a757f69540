#include "issueprinting.h"

#include "command.h"

namespace mestring::cli {

namespace {

QString located(const core::RuleIssue &issue)
{
    return issue.path.isEmpty() ? issue.message : issue.path + QStringLiteral(": ") + issue.message;
}

} // namespace

void printIssues(const core::RuleIssues &issues)
{
    QString text;
    for (const core::RuleIssue &issue : issues) {
        text += (issue.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: "))
            + located(issue) + QLatin1Char('\n');
    }
    if (!text.isEmpty()) printOut(text);
}

QString refusal(const QString &what, const core::RuleIssues &errors)
{
    QString line = QStringLiteral("mestring-cli: ") + what;
    if (errors.empty()) return line;
    line += QStringLiteral(": ") + located(errors.front());
    if (errors.size() > 1) line += QLatin1Char(' ') + tr("(errors in all: %1)").arg(errors.size());
    return line;
}

} // namespace mestring::cli
