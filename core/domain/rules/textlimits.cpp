#include "textlimits.h"

#include <QCoreApplication>

#include "issuehelpers.h"

namespace mestring::core {

void checkTextLength(RuleIssues &issues, const QString &path, const QString &text, int maxLength)
{
    if (text.size() <= maxLength) return;
    issues.push_back(dataError(path,
        QCoreApplication::translate(
            "mestring", "The text is too long: %1 characters, at most %2 are allowed. Shorten it.")
            .arg(text.size())
            .arg(maxLength)));
}

} // namespace mestring::core
