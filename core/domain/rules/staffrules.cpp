#include "staffrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"

namespace mestring::core {

RuleIssues checkStaffMember(const StaffMember &member)
{
    RuleIssues issues;
    if (member.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
                                   QCoreApplication::translate("mestring",
                                                               "The staff member has no id.")));
    }
    if (member.name.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("name"),
                                   QCoreApplication::translate("mestring",
                                                               "The staff member has no name. "
                                                               "Enter the name.")));
    }
    return issues;
}

} // namespace mestring::core
