#include "coursegroupstext.h"

#include "core/domain/groupstanding.h"
#include "ui/formatting.h"

namespace mestring::ui {

QString CourseGroupsText::describe(
    const std::vector<core::GroupCourse> &groups, const QString &courseId, const QDate &today)
{
    QStringList parts;
    for (const core::GroupCourse &group : groups) {
        const core::GroupStanding standing = core::groupStanding(group, courseId, today);
        QString state;
        if (standing.waiting())
            state = tr("waiting list no. %1").arg(standing.waitingPosition);
        else if (standing.held == 0)
            state = tr("no sessions yet");
        else
            state = tr("%1 of %2 attended").arg(standing.attended).arg(standing.held);
        if (standing.left) state += tr(" (left)");
        parts << tr("%1: %2").arg(group.name, state);
    }
    if (parts.isEmpty()) return QString();
    return tr("Groups: %1").arg(parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace mestring::ui
