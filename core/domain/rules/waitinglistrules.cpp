#include "waitinglistrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"
#include "textlimits.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

RuleIssues checkWaitingListEntry(const WaitingListEntry &entry)
{
    RuleIssues issues;
    if (entry.id.isEmpty())
        issues.push_back(dataError(QStringLiteral("id"), tr("The waiting-list entry has no id.")));
    if (entry.client.isEmpty() && entry.person.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("person"),
            tr("Who is waiting is not given. Enter the person's name and phone number, or "
               "choose an existing client.")));
    }
    checkTextLength(issues, QStringLiteral("person"), entry.person, textlimit::waitingPerson);
    checkTextLength(issues, QStringLiteral("note"), entry.note, textlimit::reason);
    if (!entry.askedOn.isValid()) {
        issues.push_back(dataError(QStringLiteral("asked_on"),
            tr("The day the person asked is not given. Enter it: the list goes by it.")));
    }
    if (entry.takenOff.isValid() && entry.askedOn.isValid() && entry.takenOff < entry.askedOn) {
        issues.push_back(dataError(QStringLiteral("taken_off"),
            tr("The person is taken off the list before they asked. Correct the day.")));
    }
    if (entry.takenOff.isValid() && !entry.takenOffReason) {
        issues.push_back(dataError(QStringLiteral("taken_off_reason"),
            tr("Say why the person is taken off the list: offered a time, declined, or no "
               "longer relevant.")));
    } else if (!entry.takenOff.isValid() && entry.takenOffReason) {
        issues.push_back(dataError(QStringLiteral("taken_off"),
            tr("A reason for taking the person off is given, but not the day. Enter the day, "
               "or remove the reason.")));
    }
    return issues;
}

} // namespace mestring::core
