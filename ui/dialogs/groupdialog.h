#pragma once

#include "core/domain/rules/textlimits.h"

#include <vector>

#include "core/domain/groupcourse.h"
#include "core/domain/staffmember.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace mestring::core {
class GroupService;
}

namespace mestring::ui {

class SessionSeriesEditor;

/// Creates a group course (name, type, leaders, capacity, rolling or closed enrolment and a
/// weekly series of sessions with topics) or changes an existing group's details. Sessions
/// of an existing group are added one at a time (GroupSessionDialog); members join by
/// enrolment, never here.
class GroupDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A new group when `group` has no id, else the details of that group.
    GroupDialog(core::GroupService &groups, core::Actor actor, const core::GroupCourse &group,
        const std::vector<core::StaffMember> &staff, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    /// Courses that moved up from the waiting list because the capacity was raised.
    const std::vector<QString> &promoted() const { return m_promoted; }
    core::GroupCourse draft() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }
    QListWidget *leadersField() const { return m_leaders; }
    QSpinBox *capacityField() const { return m_capacity; }
    QCheckBox *rollingField() const { return m_rolling; }
    /// Null when changing an existing group.
    SessionSeriesEditor *seriesField() const { return m_series; }

    static constexpr int maxNameLength = core::textlimit::groupName;

protected:
    bool save() override;

private:
    void buildForm(const std::vector<core::StaffMember> &staff);

    core::GroupService &m_groups;
    core::Actor m_actor;
    core::GroupCourse m_group;
    QString m_savedId;
    std::vector<QString> m_promoted;
    QLineEdit *m_name;
    QComboBox *m_type;
    QListWidget *m_leaders;
    QSpinBox *m_capacity;
    QCheckBox *m_rolling;
    SessionSeriesEditor *m_series = nullptr;
};

} // namespace mestring::ui
