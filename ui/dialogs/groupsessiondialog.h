#pragma once

#include "core/services/actor.h"
#include "recorddialog.h"

class QLineEdit;

namespace mestring::core {
class GroupService;
}

namespace mestring::ui {

class DateField;
class TimeField;

/// Adds one session to an existing group: date, start and topic.
class GroupSessionDialog : public RecordDialog
{
    Q_OBJECT

public:
    GroupSessionDialog(core::GroupService &groups, core::Actor actor, const QString &groupId,
        const QDate &suggested, const QTime &start, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    DateField *dateField() const { return m_date; }
    TimeField *startField() const { return m_start; }
    QLineEdit *topicField() const { return m_topic; }

protected:
    bool save() override;

private:
    core::GroupService &m_groups;
    core::Actor m_actor;
    QString m_groupId;
    QString m_savedId;
    DateField *m_date;
    TimeField *m_start;
    QLineEdit *m_topic;
};

} // namespace mestring::ui
