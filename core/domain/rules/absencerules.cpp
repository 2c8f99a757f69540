#include "absencerules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "issuehelpers.h"

namespace mestring::core {

RuleIssues checkAbsence(const Absence &absence)
{
    RuleIssues issues;
    if (absence.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The absence has no id.")));
    }
    if (absence.client.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("client"),
            QCoreApplication::translate(
                "mestring", "The absence belongs to no client. Choose the client.")));
    }
    if (!absence.from.isValid()) {
        issues.push_back(dataError(QStringLiteral("from"),
            QCoreApplication::translate("mestring",
                "The absence has no first day. Enter the day it "
                "starts.")));
    } else if (absence.to.isValid() && absence.to < absence.from) {
        issues.push_back(dataError(QStringLiteral("to"),
            QCoreApplication::translate("mestring",
                "The absence ends before it starts. Correct the last "
                "day, or leave it empty when the end is not known.")));
    }
    checkTextLength(issues, QStringLiteral("note"), absence.note, textlimit::reason);
    return issues;
}

} // namespace mestring::core
