#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/services/groupservice.h"

namespace mestring::ui {

/// The attendance list of one group session for signatures: group name and type, the
/// session's date, start and topic, the leaders, and one line per member on that day with
/// an empty box for the member's signature. Previewed and printed, or written as PDF, through
/// ui/print/htmlprint.
class GroupAttendanceSheet
{
    Q_DECLARE_TR_FUNCTIONS(GroupAttendanceSheet)

public:
    /// `leaders` by name. Members are those of the session's date, sorted by name.
    GroupAttendanceSheet(
        const core::GroupDetails &details, const QString &sessionId, const QStringList &leaders);

    /// The people listed for signing, in the printed order.
    const std::vector<core::GroupPerson> &members() const { return m_members; }
    QString html() const;
    /// The clients listed.
    QStringList clientIds() const;
    /// Writes the sheet as an A4 portrait PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;

private:
    core::GroupCourse m_group;
    core::GroupSession m_session;
    QStringList m_leaders;
    std::vector<core::GroupPerson> m_members;
};

} // namespace mestring::ui
