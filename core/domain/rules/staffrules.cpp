#include "staffrules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "issuehelpers.h"

namespace mestring::core {

RuleIssues checkStaffMember(const StaffMember &member)
{
    RuleIssues issues;
    if (member.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The staff member has no id.")));
    }
    if (member.name.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("name"),
            QCoreApplication::translate("mestring",
                "The staff member has no name. "
                "Enter the name.")));
    }
    checkTextLength(issues, QStringLiteral("name"), member.name, textlimit::personName);
    checkTextLength(issues, QStringLiteral("username"), member.username, textlimit::username);
    checkTextLength(issues, QStringLiteral("team"), member.team, textlimit::team);
    return issues;
}

RuleIssues checkUsernameUnique(const StaffMember &member, std::span<const StaffMember> otherStaff)
{
    if (member.username.isEmpty()) return {};
    for (const StaffMember &other : otherStaff) {
        if (other.id == member.id || other.username != member.username) continue;
        return {dataError(QStringLiteral("username"),
            QCoreApplication::translate("mestring",
                "The username is already used by %1. "
                "Choose another username.")
                .arg(other.name.isEmpty() ? other.id : other.name))};
    }
    return {};
}

} // namespace mestring::core
