#pragma once

#include "core/services/groupservice.h"
#include "recorddialog.h"

namespace mestring::ui {

class DateField;

/// A member leaves the group after a last day, or a waiting client leaves the waiting list.
/// Core moves the first on the waiting list up into a freed place (result().promoted).
class GroupLeaveDialog : public RecordDialog
{
    Q_OBJECT

public:
    GroupLeaveDialog(core::GroupService &groups, core::Actor actor, const QString &groupId,
        const QString &courseId, const QString &name, bool waiting, const QDate &today,
        QWidget *parent = nullptr);

    const core::LeaveResult &result() const { return m_result; }
    /// Null for a waiting client (no last day to give).
    DateField *lastDayField() const { return m_lastDay; }

protected:
    bool save() override;

private:
    core::GroupService &m_groups;
    core::Actor m_actor;
    QString m_groupId;
    QString m_courseId;
    core::LeaveResult m_result;
    DateField *m_lastDay = nullptr;
};

} // namespace mestring::ui
