#include "signedreasonrules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

QString fieldPath(const QString &path, const char *field)
{
    const QString name = QLatin1StringView(field);
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

} // namespace

void checkSignedReason(
    RuleIssues &issues, const QString &path, const SignedReason &s, bool reasonRequired)
{
    if (reasonRequired && s.reason.trimmed().isEmpty()) {
        issues.push_back(dataError(fieldPath(path, "reason"),
            QCoreApplication::translate("mestring",
                "Write the reason, so colleagues and the doctor can see why.")));
    }
    checkTextLength(issues, fieldPath(path, "reason"), s.reason, textlimit::reason);
    if (s.staff.isEmpty()) {
        issues.push_back(dataError(fieldPath(path, "staff"),
            QCoreApplication::translate("mestring", "Name the staff member who decided it.")));
    }
    if (!s.at.isValid()) {
        issues.push_back(dataError(fieldPath(path, "at"),
            QCoreApplication::translate("mestring", "Give the time it was decided.")));
    }
}

} // namespace mestring::core
