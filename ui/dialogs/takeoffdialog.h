#pragma once

#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;

namespace mestring::core {
class WaitingListService;
}

namespace mestring::ui {

class DateField;

/// Takes someone off a waiting list: why (offered a time, declined, no longer relevant) and
/// the day (today by default). The entry stays, marked, so the list's history is kept.
class TakeOffDialog : public RecordDialog
{
    Q_OBJECT

public:
    TakeOffDialog(core::WaitingListService &lists, core::Actor actor, QString entryId,
        const QString &who, const QDate &today, QWidget *parent = nullptr);

    QComboBox *reasonField() const { return m_reason; }
    DateField *dayField() const { return m_day; }

protected:
    bool save() override;

private:
    core::WaitingListService &m_lists;
    core::Actor m_actor;
    QString m_entryId;
    QComboBox *m_reason;
    DateField *m_day;
};

} // namespace mestring::ui
